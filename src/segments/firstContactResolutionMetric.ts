import { checkConfidenceLevel } from '../internal/numeric/confidence.js';
import { checkOptions } from '../internal/checks/validate.js';
import {
  countCheckedOutcomes,
  fcrProportion,
  firstContactResolutionFromSummary,
  mergeFirstContactResolutionSummaries,
  type FirstContactOutcome,
  type FirstContactResolutionSummary,
} from '../operations/firstContactResolution.js';
import type { ConfidenceOptions } from '../internal/types/statistics.js';
import type { ProportionInterval } from '../stats/proportionInterval.js';
import { proportionParts } from './proportionParts.js';
import type { SegmentMetric } from '../internal/types/segments.js';

/**
 * First-contact resolution, the gross FCR (0–100), as a {@link SegmentMetric}: the `value`
 * accessor reads each contact's {@link FirstContactOutcome}, and a group's
 * {@link FirstContactResolutionSummary} is valued by {@link firstContactResolutionFromSummary}.
 * Judge the whole log with {@link firstContactOutcomes}, then group the outcomes, so a chat
 * repeated by a call counts against chat and a month's last contacts are judged by the next
 * month's; `'tooRecent'` enters no figure. Interval and tests: {@link proportionMetric}'s.
 *
 * @param options - The confidence level.
 * @returns The metric descriptor.
 * @throws {@link MetricInputError} the common input checks on `options`, and in `summarise` on
 * each outcome (`values[i]`).
 *
 * @example
 * ```ts
 * import { firstContactOutcomes, firstContactResolutionMetric, groupBy } from 'service-metrics';
 *
 * const day = 86_400_000;
 * const log = [
 *   { customerId: 'a', contactedAt: 0, channel: 'chat' }, { customerId: 'a', contactedAt: 2 * day, channel: 'phone' },
 *   { customerId: 'b', contactedAt: day, channel: 'chat' }, { customerId: 'c', contactedAt: 3 * day, channel: 'phone' },
 * ];
 * const outcomes = firstContactOutcomes(log, { observedUntil: 20 * day });
 * const byChannel = groupBy(log, { key: (c) => c.channel, value: (_c, i) => outcomes[i]!, metric: firstContactResolutionMetric() });
 * byChannel.map((group) => [group.key, group.value]); // => [['chat', 50], ['phone', 100]]
 * ```
 *
 * @see {@link https://www.sqmgroup.com/resources/library/blog/fcr-metric-operating-philosophy | SQM Group: each contact channel should measure its FCR rate}
 * @category Segments
 */
export function firstContactResolutionMetric(
  options?: ConfidenceOptions,
): SegmentMetric<FirstContactOutcome, FirstContactResolutionSummary, ProportionInterval> {
  const metric = 'firstContactResolutionMetric';
  const confidenceLevel = checkConfidenceLevel(metric, checkOptions(metric, options, ['confidenceLevel'])['confidenceLevel']);
  return {
    summarise: (values) => countCheckedOutcomes(metric, values),
    merge: mergeFirstContactResolutionSummaries,
    answered: (summary) => fcrProportion(metric, 'summary', summary).trials,
    value: (summary) => firstContactResolutionFromSummary(summary),
    ...proportionParts<FirstContactResolutionSummary>(confidenceLevel, (summary, field, name) => fcrProportion(name, field, summary)),
  };
}
