import { checkPercentile, percentileOfSorted, sortedDurations } from '../internal/summaries/durations.js';
import { splitSampleArguments } from '../internal/checks/sample.js';
import { checkRequiredOptions, fail } from '../internal/checks/validate.js';
import type { Accessor, Answer } from '../types.js';

/**
 * Which percentile {@link durationPercentile} computes.
 *
 * @category Operations
 */
export interface DurationPercentileOptions {
  /**
   * The percentile, a number from 0 to 100: 50 for the median, 90 for the 90th percentile, as
   * `numpy.percentile` takes it (a percentage of the sample, like every percentage of the
   * library, not a probability 0–1). Required.
   */
  readonly percentile: number;
}

/**
 * One percentile of a sample of durations in seconds — "90 % of calls were answered within
 * 41 seconds" — computed exactly by Hyndman & Fan's definition 7.
 *
 * ## Formula
 * With the n durations sorted, x₀ ≤ … ≤ xₙ₋₁, and h = (n − 1)·percentile/100:
 * P = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋).
 *
 * This is linear interpolation between the closest ranks, the default of R's
 * `quantile(type = 7)`, NumPy's `percentile` and Excel's `PERCENTILE.INC`. The result lies
 * between the minimum (percentile 0) and the maximum (percentile 100) and never decreases as
 * the percentile grows. See {@link durationStats} for the other definitions in use and for
 * several percentiles from one sort.
 *
 * Exact percentiles need every duration: this copies them into one `Float64Array` (8 bytes
 * each) and sorts it, O(n log n). `null` and `undefined` are skipped.
 *
 * @param durations - Durations in seconds, or rows read through `duration`. Any iterable.
 * @param options - The percentile, 0–100.
 * @returns The percentile, in seconds.
 * @throws {@link MetricInputError} `EMPTY` (`durations`) when there is no duration;
 * `OUT_OF_RANGE` for a percentile outside 0–100 (so 0.9 is the 0.9th percentile, not the
 * 90th: pass 90), `WRONG_TYPE` or `NOT_FINITE` for one that is not a finite number
 * (`options.percentile`), `WRONG_TYPE` (`options`) when the options are missing;
 * `WRONG_TYPE`, `NOT_FINITE` or `NEGATIVE` for a duration that is not a finite number ≥ 0
 * (`durations[i]`).
 *
 * @example
 * ```ts
 * import { durationPercentile } from 'service-metrics';
 *
 * // NumPy's documentation example: the median of 10, 7, 4, 3, 2, 1 is 3.5.
 * durationPercentile([10, 7, 4, 3, 2, 1], { percentile: 50 }); // => 3.5
 * durationPercentile([12, 3, 45, 20, 8], { percentile: 90 }); // => 35
 * durationPercentile([{ wait: 12 }, { wait: 30 }], (row) => row.wait, { percentile: 100 }); // => 30
 * durationPercentile([12, 3], { percentile: 0.9 }); // => 3.081
 * durationPercentile([12, 3], { percentile: 120 }); // => throws OUT_OF_RANGE
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
