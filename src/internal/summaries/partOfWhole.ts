import { checkAmounts, checkCount, fail } from '../checks/validate.js';

/**
 * The percentage a count is of another, from a counts object: `100 × part / whole`.
 *
 * Validates `input` (an object, else `WRONG_TYPE` on `inputField`), both counts (whole numbers
 * ≥ 0, named `${inputField}.${wholeField}`…), then `part ≤ whole` (`INCONSISTENT` on the part)
 * and `whole > 0` (`EMPTY` on the whole). Both counts are exact integers, so 100 × part is exact and the one division rounds
 * correctly; the result is in 0–100 and reaches both ends.
 */
export function percentageOfWhole(
  metric: string,
  input: unknown,
  inputField: string,
  wholeField: string,
  partField: string,
): number {
  const object = checkAmounts(metric, inputField, input, [wholeField, partField]);
  const whole = checkCount(metric, `${inputField}.${wholeField}`, object[wholeField]);
  const part = checkCount(metric, `${inputField}.${partField}`, object[partField]);
  if (part > whole) fail(metric, `${inputField}.${partField}`, 'INCONSISTENT', `at most ${wholeField} (${String(whole)})`, part);
  if (whole === 0) fail(metric, `${inputField}.${wholeField}`, 'EMPTY', `at least 1 (a rate over no ${wholeField} is undefined)`, whole);
  return (100 * part) / whole;
}

/**
 * How far a sum of fractional durations may exceed the total it is part of and still count as
 * equal to it: 2⁻⁴⁰ (about 10⁻¹²) of the total. 0.1 + 0.2 seconds of a 0.3-second total add up
 * to 0.30000000000000004 in doubles; that is rounding, not a contradiction.
 */
const ROUNDING = 2 ** -40;

/**
 * Whether `part` exceeds `whole` (both ≥ 0) by more than rounding: then the two contradict each
 * other (`INCONSISTENT`). Below that, callers divide `Math.min(part, whole)` by `whole`, so the
 * share never leaves 0–100.
 */
export function exceeds(part: number, whole: number): boolean {
  return part > whole + whole * ROUNDING;
}
