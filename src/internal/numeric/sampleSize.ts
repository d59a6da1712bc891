import { checkCount, checkFinite, fail } from '../checks/validate.js';

/** A margin of error in points (NPS points, percentage points): above 0, at most 100. */
export function checkMarginOfError(metric: string, value: unknown): number {
  const expected = 'a number of points above 0 and at most 100';
  const margin = checkFinite(metric, 'input.marginOfError', value, expected);
  if (!(margin > 0 && margin <= 100)) fail(metric, 'input.marginOfError', 'OUT_OF_RANGE', expected, value);
  return margin;
}

/**
 * The sample size from the infinite-population size n₀: n₀ itself, or with a population of N,
 * n₀/(1 + (n₀ − 1)/N) (Cochran 1977), rounded up, at least 1 (and at most N). A size above
 * 2⁵³ − 1 (a margin of error of about 1e−6 points or less, with no population) is
 * `OUT_OF_RANGE` on `input.marginOfError`, whose value is `margin`.
 */
export function requiredSampleSize(metric: string, infinite: number, populationValue: unknown, margin: number): number {
  let size = infinite;
  if (populationValue !== undefined) {
    const population = checkCount(metric, 'options.populationSize', populationValue);
    if (population === 0) fail(metric, 'options.populationSize', 'OUT_OF_RANGE', 'a whole number ≥ 1', population);
    size = (infinite * population) / (population + infinite - 1);
    if (!(size <= population)) size = population;
  }
  const whole = Math.max(1, Math.ceil(size));
  if (!(whole <= Number.MAX_SAFE_INTEGER)) {
    fail(metric, 'input.marginOfError', 'OUT_OF_RANGE', 'a margin wide enough that the sample size is at most 2⁵³ − 1', margin);
  }
  return whole;
}
