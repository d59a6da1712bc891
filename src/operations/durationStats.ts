import { statsOf } from '../internal/summaries/durations.js';
import type { Accessor, Answer } from '../types.js';
import type { DurationStats } from '../internal/types/summaries.js';
export type { DurationStats } from '../internal/types/summaries.js';

/**
 * What {@link durationStats} (and {@link firstResponseTime}, {@link timeToResolution}) report
 * besides the mean, median, minimum and maximum.
 *
 * @category Operations
 */
export interface DurationStatsOptions {
  /**
   * Percentiles to report, each a number from 0 to 100 (90 for the 90th percentile), as
   * `numpy.percentile` takes them. They appear in `percentiles`, keyed by the number as
   * written (`'90'`, `'99.5'`).
   * @defaultValue [] (none besides the median)
   */
  readonly percentiles?: readonly number[];
  /**
   * A threshold in seconds, a finite number ≥ 0: when given, `percentWithinThreshold` reports
   * the percentage of durations at most this long (86,400 for "resolved within 24 hours").
   * @defaultValue none (no `percentWithinThreshold`)
   */
  readonly thresholdSeconds?: number;
}

/**
 * Mean, median, any percentile, minimum, maximum and the percentage within a threshold of a
 * sample of durations in seconds — exactly, from the durations themselves.
 *
 * ## Formula
 * With the n durations sorted, x₀ ≤ x₁ ≤ … ≤ xₙ₋₁:
 * - mean = Σ x / n (compensated sum);
 * - the p-th percentile (p in 0–100) is Hyndman & Fan's definition 7: h = (n − 1)·p/100,
 *   P = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋) — linear interpolation between the two nearest
 *   ranks, the default of R's `quantile`, NumPy's `percentile` and Excel's `PERCENTILE.INC`;
 *   the median is p = 50; p = 0 and p = 100 are the minimum and maximum;
 * - percentWithinThreshold = 100 × #{x ≤ thresholdSeconds} / n ("within" includes the
 *   threshold itself, as a service level does).
 *
 * ## Variants
 * - **Percentile definitions differ.** Nearest-rank percentiles (the smallest value with at
 *   least p % of the sample at or below it) never interpolate and are a little higher on small
 *   samples; Excel's `PERCENTILE.EXC` and SPSS use (n + 1)·p instead of (n − 1)·p + 1. On
 *   thousands of durations they agree closely; on ten they do not, so say which one a report
 *   uses.
 * - **Exact needs the data.** Percentiles do not merge: the median of two days is not a
 *   function of the two daily medians. Keep the durations (or recompute from the log); this
 *   function holds them all in one `Float64Array` (8 bytes each) and sorts it, O(n log n).
 *   Mergeable approximations (t-digest, histograms with fixed buckets) trade exactness for
 *   size and are not offered here. The mean and count do merge: {@link meanSummary} on the
 *   durations, {@link mergeMeanSummaries}, {@link meanFromSummary}.
 *
 * `null` and `undefined` mean "no duration yet" and are skipped, counted in `unanswered`.
 *
 * @param durations - Durations in seconds, or rows read through `duration`. Any iterable.
 * @param options - Percentiles to report and a threshold.
 * @returns The summary fields and the statistics, in seconds (percentWithinThreshold in 0–100).
 * @throws {@link MetricInputError} `EMPTY` (`durations`) when there is no duration;
 * `WRONG_TYPE`, `NOT_FINITE` or `NEGATIVE` for a duration that is not a finite number ≥ 0
 * (`durations[i]`); `OUT_OF_RANGE` (or `WRONG_TYPE`, `NOT_FINITE`) for a percentile outside
 * 0–100 (`options.percentiles[i]`), `WRONG_TYPE` when `options.percentiles` is not an array;
 * `WRONG_TYPE`, `NOT_FINITE` or `NEGATIVE` for a bad `options.thresholdSeconds`.
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
 * durationStats([null, undefined]); // => throws EMPTY
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
