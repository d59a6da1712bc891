import { checkAccessor, meanOfSummary, summariseWaits } from '../internal/summaries/durations.js';
import type { Accessor } from '../types.js';
import type { QueueContact } from '../internal/types/contacts.js';

/**
 * Average speed of answer (ASA), in seconds, from a contact log: the mean time answered
 * contacts waited in the queue before an agent answered.
 *
 * ## Formula
 * ASA = Σ waitSeconds of answered contacts / answered contacts
 *
 * Abandoned contacts are left out (Sisense; Klipfolio: "Sum(waiting time) / Count(answered
 * calls)"); contacts answered at once count with their 0 s, so this is the same figure as the
 * `averageSpeedOfAnswer` that {@link erlangCPerformance} forecasts. It is exactly
 * `averageWait(contacts, { outcome: 'answered' })`.
 *
 * ## Variants
 * - **Abandoned contacts included** ("average wait" or "average delay" of every contact):
 *   {@link averageWait}. CCa2z's average delay divides the waits of all calls by all calls.
 * - **Mean wait of those who waited** (leaving out contacts answered at once) is longer; Erlang
 *   C gives it as AHT / (N − A). Not offered from a log: filter the log first if a report means
 *   it.
 * - **Ring time.** Most ACDs count the time the agent's phone rings as waiting (Sisense); some
 *   stop the clock when the contact is offered to an agent.
 * - **Over many intervals** the ASA is total wait / total answered (volume-weighted): merge
 *   the {@link MeanSummary} of each interval's answered waits,
 *   `meanSummary(contacts, (c) => (c.outcome === 'answered' ? c.waitSeconds : null))`, with
 *   {@link mergeMeanSummaries} and take {@link meanFromSummary}, never the mean of interval ASAs.
 * - **The median or the 90th percentile** of answer times tells more about the long waits:
 *   {@link durationStats} on the answered contacts' waits.
 *
 * Runs in O(n), one pass, reading each row once.
 *
 * @param contacts - Queue contacts (`{ waitSeconds, outcome }`), or rows read through
 * `contact`. Any iterable.
 * @returns The ASA, in seconds.
 * @throws {@link MetricInputError} `EMPTY` (`contacts`) when no contact was answered;
 * `WRONG_TYPE` for a record that is not an object (`contacts[i]`), `WRONG_TYPE`, `NOT_FINITE`
 * or `NEGATIVE` for a `contacts[i].waitSeconds` that is not a finite number ≥ 0, `WRONG_TYPE`
 * or `UNKNOWN_VALUE` for a `contacts[i].outcome` other than `'answered'` or `'abandoned'`;
 * `WRONG_TYPE` (`contact`) for an accessor that is not a function.
 *
 * @example
 * ```ts
 * import { averageSpeedOfAnswer } from 'service-metrics';
 *
 * averageSpeedOfAnswer([
 *   { waitSeconds: 0, outcome: 'answered' },
 *   { waitSeconds: 45, outcome: 'answered' },
 *   { waitSeconds: 120, outcome: 'abandoned' },
 *   { waitSeconds: 15, outcome: 'answered' },
 * ]); // => 20
 * const rows = [{ queueSeconds: 30, answered: true }, { queueSeconds: 10, answered: true }];
 * averageSpeedOfAnswer(rows, (row) => ({ waitSeconds: row.queueSeconds, outcome: row.answered ? 'answered' : 'abandoned' })); // => 20
 * averageSpeedOfAnswer([{ waitSeconds: 60, outcome: 'abandoned' }]); // => throws EMPTY
 * ```
 *
 * @see {@link https://www.klipfolio.com/metrics/support/average-speed-to-answer | Klipfolio: Average speed to answer}
 * @see {@link https://www.sisense.com/kpi-library/customer-service-kpis/average-speed-of-answer/ | Sisense: Average speed of answer}
 * @category Operations
 */
export function averageSpeedOfAnswer(contacts: Iterable<QueueContact>): number;
export function averageSpeedOfAnswer<T>(rows: Iterable<T>, contact: Accessor<T, QueueContact>): number;
export function averageSpeedOfAnswer(contacts: unknown, contact?: unknown): number {
  const metric = 'averageSpeedOfAnswer';
  const summary = summariseWaits(metric, contacts, checkAccessor(metric, 'contact', contact), 'answered');
  return meanOfSummary(metric, 'contacts', summary);
}
