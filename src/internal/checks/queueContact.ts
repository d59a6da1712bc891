import type { ContactOutcome } from '../types/contacts.js';
import { checkNonNegative, fail } from './validate.js';

/** A checked record of a contact log: `waitSeconds` is `null` only for an abandoned contact. */
export interface CheckedQueueContact {
  readonly waitSeconds: number | null;
  readonly outcome: ContactOutcome;
}

/**
 * Validates one record of a contact log and returns its two fields, each read exactly once.
 * `field` and `index` name the record (`contacts[3]`, `contacts[3].waitSeconds`); the name is
 * built only when a record is rejected, so the hot path allocates no strings.
 *
 * - not an object (including `null`, `undefined`, an array): `WRONG_TYPE` on `field[i]`;
 * - `outcome` not a string: `WRONG_TYPE`; a string other than `'answered'` or `'abandoned'`:
 *   `UNKNOWN_VALUE`;
 * - `waitSeconds` `null` or absent: `null` for an abandoned contact (its wait was not recorded;
 *   the caller decides whether it needs it, see {@link failUnknownWait}), `WRONG_TYPE` for an
 *   answered one; otherwise not a finite number ≥ 0: `WRONG_TYPE`, `NOT_FINITE` or `NEGATIVE`.
 */
export function checkQueueContact(metric: string, field: string, index: number, value: unknown): CheckedQueueContact {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(metric, `${field}[${index}]`, 'WRONG_TYPE', 'a queue contact { waitSeconds, outcome }', value);
  }
  const { waitSeconds, outcome } = value as Readonly<Record<string, unknown>>;
  if (outcome !== 'answered' && outcome !== 'abandoned') {
    const expected = "'answered' or 'abandoned'";
    fail(metric, `${field}[${index}].outcome`, typeof outcome === 'string' ? 'UNKNOWN_VALUE' : 'WRONG_TYPE', expected, outcome);
  }
  // `w >= 0` is false for NaN; `w < Infinity` rules out +Infinity: a finite number ≥ 0.
  if (typeof waitSeconds === 'number' && waitSeconds >= 0 && waitSeconds < Infinity) return { waitSeconds: waitSeconds + 0, outcome };
  if (waitSeconds == null) {
    if (outcome === 'abandoned') return { waitSeconds: null, outcome };
    fail(metric, `${field}[${index}].waitSeconds`, 'WRONG_TYPE', 'a finite number ≥ 0: an answered contact always has a wait', waitSeconds);
  }
  return { waitSeconds: checkNonNegative(metric, `${field}[${index}].waitSeconds`, waitSeconds), outcome };
}

/**
 * Rejects an abandoned contact with no recorded wait (`null` or absent) where the calculation
 * needs it: `WRONG_TYPE` on `field[i].waitSeconds`, saying what needs it (`purpose`: "the
 * variant 'abandonedWithinThresholdAsMet'", "options.shortAbandonSeconds > 0").
 */
export function failUnknownWait(metric: string, field: string, index: number, purpose: string): never {
  return fail(metric, `${field}[${index}].waitSeconds`, 'WRONG_TYPE', `a finite number ≥ 0: an abandoned contact's wait is needed for ${purpose}`, null);
}
