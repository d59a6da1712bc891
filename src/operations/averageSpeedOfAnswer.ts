import { checkAccessor, meanOfSummary, summariseWaits } from '../internal/summaries/durations.js';
import type { Accessor } from '../types.js';
import type { QueueContact } from '../internal/types/contacts.js';

/**
 * Average speed of answer (ASA), in seconds, from a contact log: the mean time answered
 * contacts waited before an agent answered.
 *
 * ## Formula
 * ```math
 * \mathrm{ASA} = \frac{\sum \text{waitSeconds of answered contacts}}{\text{answered contacts}}
 * ```
 *
 * Abandoned contacts are left out (Sisense; Klipfolio); contacts answered at once count with
 * 0 s, so this is the `averageSpeedOfAnswer` {@link erlangCPerformance} forecasts. Exactly
 * `averageWait(contacts, { outcome: 'answered' })`.
 *
 * ## Variants
 * - **Abandoned included** ("average delay", CCa2z): {@link averageWait}. **Only those who
 *   waited** (Erlang C: AHT / (N − A)) is longer: filter the log first.
 * - **Ring time** counts as waiting in most ACDs (Sisense); some stop the clock at the offer.
 * - **Over intervals**: total wait / total answered, merging {@link MeanSummary} values
 *   ({@link mergeMeanSummaries}), never a mean of ASAs. **Percentiles**: {@link durationStats}.
 *
 * @param contacts - Queue contacts (`{ waitSeconds, outcome }`), or rows read through
 * `contact`. Any iterable.
 * @returns The ASA, in seconds.
 * @throws {@link MetricInputError} the common input checks (`contacts[i].waitSeconds`,
 * `contacts[i].outcome`, `contact`); `EMPTY` (`contacts`) when no contact was answered.
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
