import type { ProportionSummary } from '../types/summaries.js';
import type { Accessor } from '../../types.js';
import { forEachValue, isMissing } from '../checks/sample.js';
import { checkCount, checkObject, fail } from '../checks/validate.js';

/** `{ successes, trials }`, checked: whole numbers, successes ≤ trials, trials ≥ 1. */
export function checkProportionCounts(metric: string, field: string, value: unknown): { successes: number; trials: number } {
  const object = checkObject(metric, field, value);
  const successes = checkCount(metric, `${field}.successes`, object['successes']);
  const trials = checkCount(metric, `${field}.trials`, object['trials']);
  if (trials === 0) fail(metric, `${field}.trials`, 'EMPTY', 'at least one trial', trials);
  if (successes > trials) {
    fail(metric, `${field}.successes`, 'INCONSISTENT', `at most trials (${String(trials)})`, successes);
  }
  return { successes, trials };
}

/**
 * The lower Wilson bound of `successes` (x) out of `trials` (n) (fraction scale), in the form
 * x² / (n·(x + z²/2 + z·√(x(n − x)/n + z²/4))) that equals centre − half-width without
 * subtracting two nearly equal numbers (centre and half-width share the denominator n + z²,
 * which cancels): exactly 0 for no success, never below 0.
 */
function wilsonLower(successes: number, trials: number, z: number): number {
  if (successes === 0) return 0; // 0 / 0 when z = 0
  const z2 = z * z;
  const root = Math.sqrt((successes * (trials - successes)) / trials + z2 / 4);
  return (successes * successes) / (trials * (successes + z2 / 2 + z * root));
}

/**
 * The Wilson score interval (fraction scale): the p whose score test |p̂ − p| ≤ z·√(p(1 − p)/n)
 * does not reject. The upper bound is 1 − the lower bound of the failures, so both stay in
 * [0, 1] and are exact at 0 and n successes.
 */
export function wilsonBounds(successes: number, trials: number, z: number): { lower: number; upper: number } {
  return {
    lower: wilsonLower(successes, trials, z),
    upper: 1 - wilsonLower(trials - successes, trials, z),
  };
}

/**
 * Checks a {@link ProportionSummary} named `field`: whole numbers, successes ≤ trials,
 * `unanswered` optional (0). Zero trials are allowed here.
 */
export function checkProportionSummary(metric: string, field: string, value: unknown): Required<ProportionSummary> {
  const object = checkObject(metric, field, value);
  const successes = checkCount(metric, `${field}.successes`, object['successes']);
  const trials = checkCount(metric, `${field}.trials`, object['trials']);
  const unanswered = object['unanswered'] === undefined ? 0 : checkCount(metric, `${field}.unanswered`, object['unanswered']);
  if (successes > trials) {
    fail(metric, `${field}.successes`, 'INCONSISTENT', `at most trials (${String(trials)})`, successes);
  }
  return { successes, trials, unanswered };
}

/** One pass over yes/no values into successes, trials and unanswered rows. */
export function summariseProportion(metric: string, values: unknown, value: unknown): Required<ProportionSummary> {
  if (value !== undefined && typeof value !== 'function') {
    fail(metric, 'value', 'WRONG_TYPE', 'a function (row, index) => value', value);
  }
  let successes = 0;
  let trials = 0;
  let unanswered = 0;
  forEachValue(metric, 'values', values, value as Accessor<unknown, unknown> | undefined, (x, index) => {
    // 1n and 0n: a flag from a DuckDB or Arrow integer column.
    if (x === true || x === 1 || x === 1n) {
      successes++;
      trials++;
    } else if (x === false || x === 0 || x === 0n) {
      trials++;
    } else if (isMissing(x)) {
      unanswered++;
    } else {
      const expected = 'true, false, 1 or 0 (null or undefined for none)';
      const code = typeof x === 'bigint' ? 'OUT_OF_RANGE' : typeof x !== 'number' ? 'WRONG_TYPE' : Number.isFinite(x) ? 'OUT_OF_RANGE' : 'NOT_FINITE';
      fail(metric, `values[${String(index)}]`, code, expected, x);
    }
  });
  return { successes, trials, unanswered };
}
