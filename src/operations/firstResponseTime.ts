import { statsOf } from '../internal/summaries/durations.js';
import type { Accessor, Answer } from '../types.js';
import type { DurationStats, DurationStatsOptions } from './durationStats.js';

/**
 * First response time of tickets, emails, chats or messages, in seconds: {@link durationStats}
 * (mean, median, percentiles, min, max, percentage within a threshold) of each contact's time
 * from creation to the first reply by a person, under the name a report uses.
 *
 * ## Variants
 * - **Calendar or business hours**: a ticket from Friday 17:00 answered Monday 09:00 waited 64
 *   calendar hours but few business hours (Zendesk reports both); pass durations in the clock
 *   the report means.
 * - **What counts as a response**: Zendesk runs from creation to the first public agent
 *   comment (automatic acknowledgements do not count); chat tools usually start at the first
 *   customer message.
 * - **No reply yet**: pass `null` (Zendesk's metric stays null too); it is counted in
 *   `unanswered`. Its age so far is a lower bound, not a response time.
 * - **Mean or median**: response times are skewed and many tools report the median; for a mean
 *   over periods merge {@link meanSummary} values.
 *
 * @param durations - First response times in seconds (`null` for no reply yet), or rows read
 * through `duration`. Any iterable.
 * @param options - Percentiles to report and a threshold (3,600 for "within an hour").
 * @returns The statistics, in seconds (percentWithinThreshold in 0–100).
 * @throws {@link MetricInputError} as {@link durationStats} does, naming `firstResponseTime`.
 *
 * @example
 * ```ts
 * import { firstResponseTime } from 'service-metrics';
 *
 * // Minutes to first reply on five emails (one unanswered yet), in seconds.
 * const frt = firstResponseTime([30 * 60, 90 * 60, null, 10 * 60, 240 * 60], { thresholdSeconds: 3600 });
 * frt.medianSeconds; // => 3600
 * frt.percentWithinThreshold; // => 50
 * ```
 *
 * @see {@link https://support.zendesk.com/hc/en-us/articles/4408834848154-About-native-Support-time-duration-metrics | Zendesk: About native Support time duration metrics}
 * @category Operations
 */
export function firstResponseTime(durations: Iterable<Answer>, options?: DurationStatsOptions): DurationStats;
export function firstResponseTime<T>(
  rows: Iterable<T>,
  duration: Accessor<T, Answer>,
  options?: DurationStatsOptions,
): DurationStats;
export function firstResponseTime(durations: unknown, second?: unknown, third?: unknown): DurationStats {
  return statsOf('firstResponseTime', durations, second, third);
}
