import type { QueueContact } from '../types/contacts.js';
import { checkNonNegative, fail } from './validate.js';

/**
 * Validates one record of a contact log and returns its two fields, each read exactly once.
 * `field` and `index` name the record (`contacts[3]`, `contacts[3].waitSeconds`); the name is
 * built only when a record is rejected, so the hot path allocates no strings.
 *
 * - not an object (including `null`, `undefined`, an array): `WRONG_TYPE` on `field[i]`;
 * - `waitSeconds` not a finite number ≥ 0: `WRONG_TYPE`, `NOT_FINITE` or `NEGATIVE`;
 * - `outcome` not a string: `WRONG_TYPE`; a string other than `'answered'` or `'abandoned'`:
 *   `UNKNOWN_VALUE`.
 */
export function checkQueueContact(metric: string, field: string, index: number, value: unknown): QueueContact {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(metric, `${field}[${index}]`, 'WRONG_TYPE', 'a queue contact { waitSeconds, outcome }', value);
  }
  const { waitSeconds, outcome } = value as Readonly<Record<string, unknown>>;
  // `w >= 0` is false for NaN; `w < Infinity` rules out +Infinity: a finite number ≥ 0.
  if (!(typeof waitSeconds === 'number' && waitSeconds >= 0 && waitSeconds < Infinity)) {
    checkNonNegative(metric, `${field}[${index}].waitSeconds`, waitSeconds);
  }
  if (outcome !== 'answered' && outcome !== 'abandoned') {
    const expected = "'answered' or 'abandoned'";
    fail(metric, `${field}[${index}].outcome`, typeof outcome === 'string' ? 'UNKNOWN_VALUE' : 'WRONG_TYPE', expected, outcome);
  }
  return { waitSeconds: waitSeconds as number, outcome };
}
