import { statsOf } from '../internal/summaries/durations.js';
import type { Accessor, Answer } from '../types.js';
import type { DurationStats } from '../internal/types/summaries.js';
export type { DurationStats } from '../internal/types/summaries.js';

/** Options of {@link durationStats}, {@link firstResponseTime} and {@link timeToResolution}. @category Operations */
export interface DurationStatsOptions {
  /** Percentiles to report, each 0–100 (90 for the 90th), keyed as written (`'90'`). @defaultValue [] */
  readonly percentiles?: readonly number[];
  /** Seconds (≥ 0) for `percentWithinThreshold` (86,400: within 24 hours). @defaultValue none */
  readonly thresholdSeconds?: number;
}

/**
 * Mean, median, any percentile, minimum, maximum and the percentage within a threshold of a
 * sample of durations in seconds, exactly, from the durations themselves. `null` and
 * `undefined` ("no duration yet") are skipped and counted in `unanswered`.
 *
 * ## Formula
 * With the n durations sorted, x₀ ≤ x₁ ≤ … ≤ xₙ₋₁:
 * - mean = Σ x / n (compensated sum);
 * - the p-th percentile (p in 0–100), Hyndman & Fan's definition 7: h = (n − 1)·p/100,
 *   P = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋), linear interpolation between the nearest ranks (the
 *   default of R's `quantile`, NumPy's `percentile`, Excel's `PERCENTILE.INC`); median p = 50;
 * - percentWithinThreshold = 100 × #{x ≤ thresholdSeconds} / n (the threshold included, as a
 *   service level does).
 *
 * ## Variants
 * - **Other percentile definitions**: nearest rank (no interpolation); Excel's
 *   `PERCENTILE.EXC` and SPSS use (n + 1)·p. They differ on small samples: say which.
 * - **Percentiles do not merge** (nor does a median of days): keep the durations; this sorts a
 *   copy, O(n log n). Mergeable approximations (t-digest, buckets) are not offered; the mean
 *   merges: {@link meanSummary}, {@link mergeMeanSummaries}, {@link meanFromSummary}.
 *
 * @param durations - Durations in seconds, or rows read through `duration`. Any iterable.
 * @param options - Percentiles to report and a threshold.
 * @returns The statistics, in seconds (percentWithinThreshold in 0–100).
 * @throws {@link MetricInputError} the common input checks (`durations[i]`,
 * `options.percentiles[i]`); `EMPTY` (`durations`) when there is no duration.
 *
 * @example
 * ```ts
 * import { durationStats } from 'service-metrics';
 *
 * // Handle times of six calls, in seconds.
 * const stats = durationStats([240, 300, 180, 600, 420, 360], { percentiles: [90], thresholdSeconds: 400 });
 * stats.meanSeconds; // => 350
 * stats.medianSeconds; // => 330
 * stats.percentiles; // => { '90': 510 }
 * stats.percentWithinThreshold; // => 66.67
 * ```
 *
 * @see Hyndman, R. J., & Fan, Y. (1996). Sample quantiles in statistical packages. *The
 * American Statistician*, 50(4), 361–365.
 * @see {@link https://numpy.org/doc/stable/reference/generated/numpy.percentile.html | NumPy: numpy.percentile (method 'linear', the default)}
 * @category Operations
 */
export function durationStats(durations: Iterable<Answer>, options?: DurationStatsOptions): DurationStats;
export function durationStats<T>(
  rows: Iterable<T>,
  duration: Accessor<T, Answer>,
  options?: DurationStatsOptions,
): DurationStats;
export function durationStats(durations: unknown, second?: unknown, third?: unknown): DurationStats {
  return statsOf('durationStats', durations, second, third);
}
