import { checkConfidenceLevel, normalCritical } from '../internal/numeric/confidence.js';
import { checkAmounts, checkNonNegative, checkObject, checkOptions, fail } from '../internal/checks/validate.js';
import { requiredSampleSize, checkMarginOfError } from '../internal/numeric/sampleSize.js';
import type { ConfidenceOptions } from '../internal/types/statistics.js';
import type { FromWarehouse } from '../types.js';

/** Expected shares of promoters, passives and detractors in any unit: only ratios matter. @category Statistics */
export interface NpsMix {
  /** Expected promoters (9–10), ≥ 0. */
  readonly promoters: number;
  /** Expected passives (7–8), ≥ 0. */
  readonly passives: number;
  /** Expected detractors (0–6), ≥ 0. */
  readonly detractors: number;
}

/** What {@link npsSampleSize} plans for. @category Statistics */
export interface NpsSampleSizeInput {
  /** The wanted margin of error in NPS points (5 for "± 5 points"), above 0, at most 100. */
  readonly marginOfError: number;
  /** The expected mix, from a past survey or a guess. @defaultValue the worst case, 50 % promoters and 50 % detractors */
  readonly mix?: NpsMix;
}

/** The options of {@link npsSampleSize}. @category Statistics */
export interface NpsSampleSizeOptions extends ConfidenceOptions {
  /** Customers that can be surveyed, a whole number ≥ 1 (finite population correction). @defaultValue an infinite population */
  readonly populationSize?: number;
}

/**
 * How many answers an NPS survey needs for a given margin of error ("± 5 points at 95 %?").
 *
 * ## Formula
 * n₀ = (100·z / E)² × v, with v = (p + d) − (p − d)² the variance of one answer for the expected shares p,
 * d, E the margin in NPS points, z the normal critical value (1.96 for 95 %). With N customers, n = n₀ / (1
 * + (n₀ − 1)/N) (Cochran 1977). Rounded up, at least 1. Without a mix, the worst case v = 1 (half
 * promoters, half detractors): 1 537 answers for ± 5 points; a 50/30/20 % mix gives v = 0.61 and 938. The
 * margin is the Wald half-width; the adjusted Wald interval of {@link npsInterval} is about as wide beyond
 * a few dozen answers.
 *
 * @param input - The margin of error in NPS points and, optionally, the expected mix.
 * @param options - Confidence level and population size.
 * @returns The number of answers needed, a whole number ≥ 1.
 * @throws {@link MetricInputError} the common input checks (also a margin needing over 2⁵³ − 1 answers); `EMPTY` (`input.mix`) for all-zero shares.
 * @example
 * ```ts
 * import { npsSampleSize } from 'service-metrics';
 * npsSampleSize({ marginOfError: 5 }); // => 1537
 * npsSampleSize({ marginOfError: 5, mix: { promoters: 50, passives: 30, detractors: 20 } }); // => 938
 * ```
 * @see Cochran, W. G. (1977). *Sampling Techniques* (3rd ed.). Wiley (sample size for a given margin, and the finite population correction).
 * @see Rocks, B. (2016). Interval estimation for the "net promoter score". *The American Statistician*, 70(4), 365–372 (the variance of NPS).
 * @category Statistics
 */
export function npsSampleSize(input: FromWarehouse<NpsSampleSizeInput>, options?: NpsSampleSizeOptions): number {
  const metric = 'npsSampleSize';
  const object = checkAmounts(metric, 'input', input, ['marginOfError', 'mix']);
  const margin = checkMarginOfError(metric, object['marginOfError']);
  let variance = 1;
  if (object['mix'] !== undefined) {
    const mix = checkObject(metric, 'input.mix', object['mix']);
    const promoters = checkNonNegative(metric, 'input.mix.promoters', mix['promoters']);
    const passives = checkNonNegative(metric, 'input.mix.passives', mix['passives']);
    const detractors = checkNonNegative(metric, 'input.mix.detractors', mix['detractors']);
    // Three huge shares can overflow their total; a quarter of each cannot, and is exact.
    const scale = Number.isFinite(promoters + passives + detractors) ? 1 : 0.25;
    const total = scale * promoters + scale * passives + scale * detractors;
    if (total === 0) fail(metric, 'input.mix', 'EMPTY', 'at least one share above 0', mix);
    const [p, d] = [(scale * promoters) / total, (scale * detractors) / total];
    variance = p + d - (p - d) * (p - d);
  }
  const settings = checkOptions(metric, options, ['confidenceLevel', 'populationSize']);
  const z = normalCritical(checkConfidenceLevel(metric, settings['confidenceLevel']));
  return requiredSampleSize(metric, ((100 * z) / margin) ** 2 * variance, settings['populationSize'], margin);
}
