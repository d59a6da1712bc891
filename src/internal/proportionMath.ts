import { checkCount, checkObject, fail } from './validate.js';

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
 * The lower Wilson bound of `successes` out of `trials` (fraction scale), in the form
 * x² / (n·(n + z²)·(centre + half-width)) that equals centre − half-width without subtracting
 * two nearly equal numbers: exactly 0 for no success, never below 0.
 */
function wilsonLower(successes: number, trials: number, z: number): number {
  if (successes === 0) return 0;
  const z2 = z * z;
  const denominator = trials + z2;
  const centre = (successes + z2 / 2) / denominator;
  const halfWidth = (z * Math.sqrt((successes * (trials - successes)) / trials + z2 / 4)) / denominator;
  return (successes * successes) / (trials * denominator * (centre + halfWidth));
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
