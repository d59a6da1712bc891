import { checkConfidenceLevel, normalCritical } from '../internal/numeric/confidence.js';
import { checkMarginOfError, requiredSampleSize } from '../internal/numeric/sampleSize.js';
import { checkInRange, checkObject, checkOptions } from '../internal/checks/validate.js';
import type { ConfidenceOptions } from '../internal/types/statistics.js';

/**
 * What {@link proportionSampleSize} plans for.
 *
 * @category Statistics
 */
export interface ProportionSampleSizeInput {
  /** The wanted margin of error, in percentage points: 5 for "± 5 %". More than 0, at most 100. */
  readonly marginOfError: number;
  /**
   * The expected rate, in percent (0–100), from a past survey or a guess. Without it, the worst
   * case, 50 %.
   * @defaultValue 50 (the worst case)
   */
  readonly expectedPercentage?: number;
}

/**
 * The options of {@link proportionSampleSize}.
 *
 * @category Statistics
 */
export interface ProportionSampleSizeOptions extends ConfidenceOptions {
  /**
   * The number of people who can be surveyed; the finite population correction then lowers the
   * answer. A whole number ≥ 1.
   * @defaultValue an infinite population
   */
  readonly populationSize?: number;
}

/**
 * How many answers a rate (CSAT % satisfied, FCR, CES % agree) needs for a given margin of
 * error: "how many answers for ± 5 % at 95 %?".
 *
 * ## Formula
 * n₀ = (100·z / E)² × p(1 − p), with p the expected rate as a fraction, E the margin in
 * percentage points and z the normal critical value (1.96 for 95 %). With a population of N,
 * n = n₀ / (1 + (n₀ − 1)/N) (Cochran 1977). Rounded up to a whole answer, at least 1.
 *
 * Without an expected rate the planner takes the worst case p = 50 %, where p(1 − p) is
 * largest: the well-known 385 answers for ± 5 % at 95 % (1 068 for ± 3 %). The margin is that of
 * the Wald interval; the Wilson interval of {@link proportionInterval} is slightly narrower for
 * rates away from 50 %.
 *
 * @param input - The margin of error in percentage points and, optionally, the expected rate.
 * @param options - Confidence level and population size.
 * @returns The number of answers needed, a whole number ≥ 1.
 * @throws {@link MetricInputError} `WRONG_TYPE` or `NOT_FINITE` for a margin, expected percentage
 * or confidence level that is not a finite number; `OUT_OF_RANGE` for a margin not above 0 and at
 * most 100 (or so narrow that the sample size would pass 2⁵³ − 1), an expected percentage outside
 * 0–100, or a confidence level not strictly between 0 and 1; `WRONG_TYPE`, `NOT_FINITE`,
 * `NOT_INTEGER`, `NEGATIVE` or `OUT_OF_RANGE` for a population that is not a whole number from 0 to
 * 2⁵³ − 1.
 *
 * @example
 * ```ts
 * import { proportionSampleSize } from 'service-metrics';
 *
 * proportionSampleSize({ marginOfError: 5 }); // => 385
 * proportionSampleSize({ marginOfError: 3 }); // => 1068
 * proportionSampleSize({ marginOfError: 5, expectedPercentage: 85 }); // => 196
 * proportionSampleSize({ marginOfError: 5 }, { populationSize: 1000 }); // => 278
 * ```
 *
 * @see Cochran, W. G. (1977). *Sampling Techniques* (3rd ed.). Wiley.
 * @see {@link https://www.statsmodels.org/stable/generated/statsmodels.stats.proportion.samplesize_confint_proportion.html | statsmodels: samplesize_confint_proportion}
 * @category Statistics
 */
export function proportionSampleSize(input: ProportionSampleSizeInput, options?: ProportionSampleSizeOptions): number {
  const metric = 'proportionSampleSize';
  const object = checkObject(metric, 'input', input);
  const margin = checkMarginOfError(metric, object['marginOfError']);
  const expected = object['expectedPercentage'] === undefined ? 50 : checkInRange(metric, 'input.expectedPercentage', object['expectedPercentage'], 0, 100);
  const p = expected / 100;
  const settings = checkOptions(metric, options, ['confidenceLevel', 'populationSize']);
  const z = normalCritical(checkConfidenceLevel(metric, settings['confidenceLevel']));
  return requiredSampleSize(metric, ((100 * z) / margin) ** 2 * p * (1 - p), settings['populationSize'], margin);
}
