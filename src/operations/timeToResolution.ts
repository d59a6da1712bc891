import { statsOf } from '../internal/summaries/durations.js';
import type { Accessor, Answer } from '../types.js';
import type { DurationStats, DurationStatsOptions } from './durationStats.js';

/**
 * Time to resolution of tickets or cases, in seconds: the mean, median, chosen percentiles,
 * minimum, maximum and the percentage resolved within a threshold (24 hours: 86,400 s) — from
 * each resolved ticket's time between creation and resolution.
 *
 * ## Formula
 * Per ticket, time to resolution = time resolved − time created. Over the resolved tickets:
 * mean = Σ / n; median and percentiles by Hyndman & Fan's definition 7;
 * percentWithinThreshold = 100 × #{time ≤ thresholdSeconds} / n. See {@link durationStats},
 * which this is, under the name a report uses.
 *
 * ## Variants
 * - **First or full resolution.** Zendesk's first resolution time runs to the first time a
 *   ticket is solved; full resolution time to the last, after any reopening. Pass the one a
 *   report means.
 * - **Calendar or business hours**: compute the durations in the clock the report means.
 * - **Unresolved tickets.** Pass `null` for a ticket not resolved yet: it is skipped and
 *   counted in `unanswered`, so every figure, the percentage within the threshold included, is
 *   over *resolved* tickets. Tickets still open past the threshold have already missed it but
 *   are not counted as missed; report `unanswered` beside the percentage, or compute the share
 *   over all tickets old enough to have been resolved in time.
 * - **Mean or median**: resolution times are skewed; report the median and a high percentile
 *   with the mean. For the mean over many periods merge {@link meanSummary} values
 *   ({@link mergeMeanSummaries}).
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
 * ttr.percentiles['90']! / 3600; // => 51
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
