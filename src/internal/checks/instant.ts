import { fail } from './validate.js';

/** Epoch milliseconds a `Date` can hold: ±8.64 × 10¹⁵ (±100,000,000 days from 1970). */
export const MAX_TIME = 8.64e15;

/**
 * A point in time as epoch milliseconds, from a valid `Date` or a finite number of epoch
 * milliseconds within the range of `Date`. Strings are refused (`WRONG_TYPE`): ISO strings
 * without an offset are read as UTC or as local time depending on their form, so the caller
 * parses them (`Date.parse`, or a date library) and says which.
 */
export function checkInstant(metric: string, field: string, value: unknown): number {
  const expected = 'a valid Date or epoch milliseconds (a finite number); parse strings first';
  let time: number;
  if (typeof value === 'number') time = value;
  else if (value instanceof Date) time = value.getTime();
  else fail(metric, field, 'WRONG_TYPE', expected, value);
  if (!Number.isFinite(time)) fail(metric, field, 'NOT_FINITE', expected, value);
  if (Math.abs(time) > MAX_TIME) fail(metric, field, 'OUT_OF_RANGE', 'epoch milliseconds within ±8.64e15 (the range of Date)', value);
  return time === 0 ? 0 : time;
}
