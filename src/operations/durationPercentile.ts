import { checkPercentile, percentileOfSorted, sortedDurations } from '../internal/summaries/durations.js';
import { splitSampleArguments } from '../internal/checks/sample.js';
import { checkRequiredOptions, fail } from '../internal/checks/validate.js';
import type { Accessor, Answer } from '../types.js';

/** Which percentile {@link durationPercentile} computes. @category Operations */
export interface DurationPercentileOptions {
  /** Required: the percentile from 0 to 100, as `numpy.percentile` takes it (90, not 0.9). */
  readonly percentile: number;
}

/**
 * One percentile of a sample of durations in seconds ("90 % of calls were answered within
 * 41 s"), exact, by Hyndman & Fan's definition 7, as {@link durationStats} computes it (see it
 * for the other definitions, and for several percentiles from one sort).
 *
 * ## Formula
 * With the n durations sorted, x₀ ≤ … ≤ xₙ₋₁, and h = (n − 1)·percentile/100:
 * P = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋), between the minimum (0) and the maximum (100).
 *
 * `null` and `undefined` are skipped. O(n log n): the durations are copied and sorted.
 *
 * @param durations - Durations in seconds, or rows read through `duration`. Any iterable.
 * @param options - The percentile, 0–100.
 * @returns The percentile, in seconds.
 * @throws {@link MetricInputError} the common input checks (`options.percentile` 0.9 is the
 * 0.9th percentile: pass 90); `EMPTY` (`durations`) when there is no duration.
 *
 * @example
 * ```ts
 * import { durationPercentile } from 'service-metrics';
 *
 * // NumPy's documentation example: the median of 10, 7, 4, 3, 2, 1 is 3.5.
 * durationPercentile([10, 7, 4, 3, 2, 1], { percentile: 50 }); // => 3.5
 * durationPercentile([12, 3, 45, 20, 8], { percentile: 90 }); // => 35
 * ```
 *
 * @see Hyndman, R. J., & Fan, Y. (1996). Sample quantiles in statistical packages. *The
 * American Statistician*, 50(4), 361–365.
 * @see {@link https://numpy.org/doc/stable/reference/generated/numpy.percentile.html | NumPy: numpy.percentile}
 * @category Operations
 */
export function durationPercentile(durations: Iterable<Answer>, options: DurationPercentileOptions): number;
export function durationPercentile<T>(
  rows: Iterable<T>,
  duration: Accessor<T, Answer>,
  options: DurationPercentileOptions,
): number;
export function durationPercentile(durations: unknown, second: unknown, third?: unknown): number {
  const metric = 'durationPercentile';
  const { valueof, options } = splitSampleArguments(metric, second, third, 'duration');
  const percentile = checkPercentile(metric, 'options.percentile', checkRequiredOptions(metric, options, ['percentile'])['percentile']);
  const { sorted } = sortedDurations(metric, 'durations', durations, valueof);
  if (sorted.length === 0) fail(metric, 'durations', 'EMPTY', 'at least one duration', durations);
  return percentileOfSorted(sorted, percentile);
}
