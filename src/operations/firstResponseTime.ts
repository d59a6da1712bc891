import { statsOf } from '../internal/summaries/durations.js';
import type { Accessor, Answer } from '../types.js';
import type { DurationStats, DurationStatsOptions } from './durationStats.js';

/**
 * First response time of tickets, emails, chats or messages, in seconds: the mean, median,
 * chosen percentiles, minimum, maximum and, with a threshold, the percentage answered within
 * it — from each contact's time between arrival and the first reply by a person.
 *
 * ## Formula
 * Per contact, first response time = time of the first agent reply − time the contact was
 * created. Over the contacts: mean = Σ / n; median and percentiles by Hyndman & Fan's
 * definition 7; percentWithinThreshold = 100 × #{time ≤ thresholdSeconds} / n. See
 * {@link durationStats}, which this is, under the name a report uses.
 *
 * ## Variants
 * - **Calendar or business hours.** A ticket created at 17:00 on Friday and answered at 09:00
 *   on Monday waited 64 calendar hours but a few business hours. Zendesk reports both; compute
 *   the durations in the clock the report means before passing them.
 * - **What counts as a response.** Zendesk's first reply time runs from ticket creation to
 *   the first public agent comment; automatic acknowledgements do not count. Chat tools
 *   usually start at the first customer message.
 * - **Open contacts.** A contact with no reply yet has no first response time: pass `null`
 *   (Zendesk's metric stays null until both events happen); it is skipped and counted in
 *   `unanswered`. Its age so far is a lower bound, not a response time.
 * - **Mean or median.** Response times are skewed (a few very long); many tools report the
 *   median. Both are here; for the mean over many periods merge
 *   {@link meanSummary} values ({@link mergeMeanSummaries}).
 *
 * @param durations - First response times in seconds (`null` for no reply yet), or rows read
 * through `duration`. Any iterable.
 * @param options - Percentiles to report and a threshold (such as 3,600 for "within an hour").
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
 * frt.meanSeconds; // => 5550
 * frt.percentWithinThreshold; // => 50
 * frt.unanswered; // => 1
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
