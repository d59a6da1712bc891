import { statsOf } from '../internal/summaries/durations.js';
import type { Accessor, Answer } from '../types.js';
import type { DurationStats, DurationStatsOptions } from './durationStats.js';

/**
 * Time to resolution of tickets or cases, in seconds: {@link durationStats} (mean, median,
 * percentiles, min, max, percentage within a threshold such as 86,400 s) of each resolved
 * ticket's time from creation to resolution, under the name a report uses.
 *
 * ## Variants
 * - **First or full resolution** (Zendesk): to the first time a ticket is solved, or to the
 *   last, after any reopening. Pass the one a report means.
 * - **Calendar or business hours**: compute the durations in the clock the report means.
 * - **Unresolved tickets**: pass `null`; they are counted in `unanswered` and every figure is
 *   over *resolved* tickets, so tickets still open past the threshold are not counted as
 *   missed. Report `unanswered` beside the percentage, or compute it over tickets old enough.
 * - **Mean or median**: resolution times are skewed; report the median and a high percentile
 *   with the mean. For a mean over periods merge {@link meanSummary} values.
 *
 * @param durations - Times to resolution in seconds (`null` for unresolved), or rows read
 * through `duration`. Any iterable.
 * @param options - Percentiles to report and the resolution threshold.
 * @returns The statistics, in seconds (percentWithinThreshold in 0–100).
 * @throws {@link MetricInputError} as {@link durationStats} does, naming `timeToResolution`.
 *
 * @example
 * ```ts
 * import { timeToResolution } from 'service-metrics';
 *
 * const hours = [2, 30, 5, null, 20, 72, 8];
 * const ttr = timeToResolution(hours, (h) => (h === null ? null : h * 3600), { thresholdSeconds: 24 * 3600, percentiles: [90] });
 * ttr.percentWithinThreshold; // => 66.67
 * ttr.medianSeconds / 3600; // => 14
 * ```
 *
 * @see {@link https://support.zendesk.com/hc/en-us/articles/4408834848154-About-native-Support-time-duration-metrics | Zendesk: About native Support time duration metrics}
 * @category Operations
 */
export function timeToResolution(durations: Iterable<Answer>, options?: DurationStatsOptions): DurationStats;
export function timeToResolution<T>(
  rows: Iterable<T>,
  duration: Accessor<T, Answer>,
  options?: DurationStatsOptions,
): DurationStats;
export function timeToResolution(durations: unknown, second?: unknown, third?: unknown): DurationStats {
  return statsOf('timeToResolution', durations, second, third);
}
