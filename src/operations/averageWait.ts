import { meanOfSummary, summariseWaits, type DurationSummary } from '../internal/summaries/durations.js';
import { splitSampleArguments } from '../internal/checks/sample.js';
import { checkOptions, fail } from '../internal/checks/validate.js';
import type { Accessor } from '../types.js';
import type { ContactOutcome, QueueContact } from '../internal/types/contacts.js';

/**
 * Whose waits {@link averageWait} takes from a contact log.
 *
 * @category Operations
 */
export interface WaitOptions {
  /**
   * `'all'`: every contact that queued, answered or abandoned; `'answered'`: answered contacts
   * only (the average speed of answer); `'abandoned'`: abandoned contacts only (the average
   * time to abandon).
   *
   * @defaultValue 'all'
   */
  readonly outcome?: ContactOutcome | 'all';
}

/**
 * Average wait in the queue, in seconds, from a contact log: of every contact (answered and
 * abandoned), or of the answered or the abandoned ones only.
 *
 * ## Formula
 * average wait = Σ waitSeconds / number of contacts, over the contacts with the chosen
 * outcome.
 *
 * ## Variants
 * - **`outcome: 'all'`** (the default): how long customers waited, whatever happened next;
 *   abandoned contacts count with the time they held on.
 * - **`outcome: 'answered'`**: the average speed of answer (ASA), total wait of answered
 *   contacts / answered contacts, as ACDs report it; abandoned contacts are left out
 *   (Sisense, Klipfolio). Also {@link averageSpeedOfAnswer}.
 * - **`outcome: 'abandoned'`**: the average time to abandon (Amazon Connect's "average queue
 *   abandon time"), a measure of customers' patience.
 * - **When the clock starts.** Queue time usually starts when the contact enters the agent
 *   queue, after the IVR and any compulsory announcement; from the caller's side the wait
 *   started when they dialled (CCa2z). Compare figures only when they start the clock at the
 *   same point (Klenke, SWPP 2021).
 * - **Averages hide the tail**: a 10-second average wait may include callers who waited two
 *   minutes (CCa2z). Report a percentile too ({@link durationStats} on the waits).
 *
 * Over many intervals, the mergeable summary is the {@link MeanSummary} of the waits:
 * `meanSummary(contacts, (c) => c.waitSeconds)`, or for one outcome an accessor that returns
 * `null` for the others, `meanSummary(contacts, (c) => (c.outcome === 'answered' ? c.waitSeconds
 * : null))`; merge with {@link mergeMeanSummaries} and take {@link meanFromSummary}: the
 * volume-weighted mean (a `null` wait, an abandon with none recorded, is counted there in
 * `unanswered`, not averaged). Runs in O(n), one pass.
 *
 * @param contacts - Queue contacts (`{ waitSeconds, outcome }`), or rows read through
 * `contact`. Any iterable.
 * @param options - Which contacts' waits to average.
 * @returns The average wait, in seconds.
 * @throws {@link MetricInputError} the common input checks (`contacts[i].waitSeconds`, also an
 * abandoned contact's missing wait unless `outcome` is `'answered'`; `contacts[i].outcome`,
 * `options.outcome`); `EMPTY` (`contacts`) when no contact has the chosen outcome.
 *
 * @example
 * ```ts
 * import { averageWait } from 'service-metrics';
 *
 * const log = [
 *   { waitSeconds: 12, outcome: 'answered' },
 *   { waitSeconds: 95, outcome: 'abandoned' },
 *   { waitSeconds: 3, outcome: 'abandoned' },
 *   { waitSeconds: 40, outcome: 'answered' },
 * ] as const;
 * averageWait(log); // => 37.5
 * averageWait(log, { outcome: 'answered' }); // => 26
 * averageWait(log, { outcome: 'abandoned' }); // => 49
 * averageWait([], { outcome: 'answered' }); // => throws EMPTY
 * ```
 *
 * @see {@link https://www.cca2z.com/article/average-speed-of-answer-asa-average-delay/237 | CCa2z (2009): Average speed of answer (ASA) / average delay}
 * @see {@link https://swpp.org/on-target-fall-2021/measuring-speed-of-answer/ | Klenke, M. (2021). Measuring speed of answer. SWPP On Target}
 * @category Operations
 */
export function averageWait(contacts: Iterable<QueueContact>, options?: WaitOptions): number;
export function averageWait<T>(rows: Iterable<T>, contact: Accessor<T, QueueContact>, options?: WaitOptions): number;
export function averageWait(contacts: unknown, second?: unknown, third?: unknown): number {
  const metric = 'averageWait';
  return meanOfSummary(metric, 'contacts', waitsOf(metric, contacts, second, third));
}

function waitsOf(metric: string, contacts: unknown, second: unknown, third: unknown): DurationSummary {
  const { valueof, options } = splitSampleArguments(metric, second, third, 'contact');
  const { outcome = 'all' } = checkOptions(metric, options, ['outcome']);
  if (outcome !== 'all' && outcome !== 'answered' && outcome !== 'abandoned') {
    const code = typeof outcome === 'string' ? 'UNKNOWN_VALUE' : 'WRONG_TYPE';
    fail(metric, 'options.outcome', code, "'all', 'answered' or 'abandoned'", outcome);
  }
  return summariseWaits(metric, contacts, valueof, outcome);
}
