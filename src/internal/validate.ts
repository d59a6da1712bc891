import { MetricInputError, type MetricInputErrorCode } from '../errors/MetricInputError.js';

/** Throws a {@link MetricInputError}. The message reads "`metric`: `field` must be `expected`; received …". */
export function fail(
  metric: string,
  field: string,
  code: MetricInputErrorCode,
  expected: string,
  received: unknown,
): never {
  throw new MetricInputError({ metric, field, code, expected, received });
}

/** Rejects anything that is not a finite number, with `WRONG_TYPE` or `NOT_FINITE`. */
export function checkFinite(metric: string, field: string, value: unknown, expected = 'a finite number'): number {
  if (typeof value !== 'number') fail(metric, field, 'WRONG_TYPE', expected, value);
  if (!Number.isFinite(value)) fail(metric, field, 'NOT_FINITE', expected, value);
  return value;
}

/** A finite number ≥ 0: a duration, an amount of money, a time total. */
export function checkNonNegative(metric: string, field: string, value: unknown): number {
  const expected = 'a finite number ≥ 0';
  const number = checkFinite(metric, field, value, expected);
  if (number < 0) fail(metric, field, 'NEGATIVE', expected, value);
  return number;
}

/** A finite number > 0. Zero is `EMPTY` when `zeroIsEmpty` (a denominator with nothing in it), else `OUT_OF_RANGE`. */
export function checkPositive(metric: string, field: string, value: unknown, zeroIsEmpty = false): number {
  const expected = 'a finite number > 0';
  const number = checkFinite(metric, field, value, expected);
  if (number < 0) fail(metric, field, 'NEGATIVE', expected, value);
  if (number === 0) fail(metric, field, zeroIsEmpty ? 'EMPTY' : 'OUT_OF_RANGE', expected, value);
  return number;
}

/**
 * A whole number from 0 to 2⁵³ − 1 (`Number.MAX_SAFE_INTEGER`): a count of people, contacts,
 * answers. Larger whole numbers are `OUT_OF_RANGE`: a double cannot count past 2⁵³ one by one,
 * and sums or products of such counts would round or overflow.
 */
export function checkCount(metric: string, field: string, value: unknown): number {
  const expected = 'a whole number from 0 to 2⁵³ − 1';
  const number = checkFinite(metric, field, value, expected);
  if (!Number.isInteger(number)) fail(metric, field, 'NOT_INTEGER', expected, value);
  if (number < 0) fail(metric, field, 'NEGATIVE', expected, value);
  if (number > Number.MAX_SAFE_INTEGER) fail(metric, field, 'OUT_OF_RANGE', expected, value);
  return number;
}

/** A finite number in the closed range [`min`, `max`]. */
export function checkInRange(metric: string, field: string, value: unknown, min: number, max: number): number {
  const expected = `a number from ${String(min)} to ${String(max)}`;
  const number = checkFinite(metric, field, value, expected);
  if (number < min || number > max) fail(metric, field, 'OUT_OF_RANGE', expected, value);
  return number;
}

/** A whole number in the closed range [`min`, `max`]. */
export function checkIntegerInRange(metric: string, field: string, value: unknown, min: number, max: number): number {
  const expected = `an integer from ${String(min)} to ${String(max)}`;
  const number = checkFinite(metric, field, value, expected);
  if (!Number.isInteger(number)) fail(metric, field, 'NOT_INTEGER', expected, value);
  if (number < min || number > max) fail(metric, field, 'OUT_OF_RANGE', expected, value);
  return number;
}

/** A plain object (not `null`, not an array), such as a function's input object. */
export function checkObject(metric: string, field: string, value: unknown): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(metric, field, 'WRONG_TYPE', 'an object', value);
  }
  return value as Readonly<Record<string, unknown>>;
}

/** Options are optional: `undefined` reads as `{}`; anything else must be an object. */
export function checkOptions(metric: string, options: unknown): Readonly<Record<string, unknown>> {
  return options === undefined ? {} : checkObject(metric, 'options', options);
}
