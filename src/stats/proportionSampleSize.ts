import { checkConfidenceLevel, normalCritical } from '../internal/numeric/confidence.js';
import { checkMarginOfError, requiredSampleSize } from '../internal/numeric/sampleSize.js';
import { checkAmounts, checkInRange, checkOptions } from '../internal/checks/validate.js';
import type { ConfidenceOptions } from '../internal/types/statistics.js';
import type { FromWarehouse } from '../types.js';

/** What {@link proportionSampleSize} plans for. @category Statistics */
export interface ProportionSampleSizeInput {
  /** The wanted margin of error, in percentage points: 5 for "± 5 %". More than 0, at most 100. */
  readonly marginOfError: number;
  /** The expected rate in percent (0–100), from a past survey or a guess. @defaultValue 50 (the worst case) */
  readonly expectedPercentage?: number;
}

/** The options of {@link proportionSampleSize}. @category Statistics */
export interface ProportionSampleSizeOptions extends ConfidenceOptions {
  /** People who can be surveyed, a whole number ≥ 1 (finite population correction). @defaultValue an infinite population */
  readonly populationSize?: number;
}

/**
 * How many answers a rate (CSAT %, FCR, CES % agree) needs for a given margin of error ("± 5 % at 95 %?").
 *
 * ## Formula
 * n₀ = (100·z / E)² × p(1 − p), p the expected rate as a fraction, E the margin in percentage points, z the
 * normal critical value (1.96 for 95 %); with a population N, n = n₀ / (1 + (n₀ − 1)/N) (Cochran 1977).
 * Rounded up, at least 1. Without an expected rate, the worst case p = 50 %: 385 answers for ± 5 % at 95 %.
 * The margin is the Wald interval's; the Wilson interval of {@link proportionIntervalFromSummary} is slightly narrower
 * away from 50 %.
 *
 * @param input - The margin of error in percentage points and, optionally, the expected rate.
 * @param options - Confidence level and population size.
 * @returns The number of answers needed, a whole number ≥ 1.
 * @throws {@link MetricInputError} the common input checks (also a margin needing over 2⁵³ − 1 answers).
 * @example
 * ```ts
 * import { proportionSampleSize } from 'service-metrics';
 * proportionSampleSize({ marginOfError: 5 }); // => 385
 * proportionSampleSize({ marginOfError: 5, expectedPercentage: 85 }); // => 196
 * ```
 * @see Cochran, W. G. (1977). *Sampling Techniques* (3rd ed.). Wiley.
 * @see {@link https://www.statsmodels.org/stable/generated/statsmodels.stats.proportion.samplesize_confint_proportion.html | statsmodels: samplesize_confint_proportion}
 * @category Statistics
 */
export function proportionSampleSize(input: FromWarehouse<ProportionSampleSizeInput>, options?: ProportionSampleSizeOptions): number {
  const metric = 'proportionSampleSize';
  const object = checkAmounts(metric, 'input', input, ['marginOfError', 'expectedPercentage']);
  const margin = checkMarginOfError(metric, object['marginOfError']);
  const expected = object['expectedPercentage'] === undefined ? 50 : checkInRange(metric, 'input.expectedPercentage', object['expectedPercentage'], 0, 100);
  const p = expected / 100;
  const settings = checkOptions(metric, options, ['confidenceLevel', 'populationSize']);
  const z = normalCritical(checkConfidenceLevel(metric, settings['confidenceLevel']));
  return requiredSampleSize(metric, ((100 * z) / margin) ** 2 * p * (1 - p), settings['populationSize'], margin);
}
