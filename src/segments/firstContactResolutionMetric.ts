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
 * First-contact resolution as a {@link SegmentMetric} for {@link groupBy},
 * {@link periodSeries} and {@link compareGroups}: the `value` accessor reads each contact's
 * {@link FirstContactOutcome}, each group is a {@link FirstContactResolutionSummary} of those
 * outcomes ({@link mergeFirstContactResolutionSummaries}) and its value is
 * {@link firstContactResolutionFromSummary}, the gross FCR in 0–100.
 *
 * ## Why outcomes, not contacts
 * A repeat is found among *all* of a customer's contacts, across channels and periods, so judge
 * the whole log once with {@link firstContactOutcomes} and group the outcomes: a chat repeated
 * by a call then counts against chat, and a contact at the end of a month is judged by the next
 * month's contacts. Grouping the raw contacts and judging each group apart would miss those
 * repeats. `'tooRecent'` outcomes are counted apart and enter no figure.
 *
 * ## Interval and tests
 * FCR is a proportion, so the interval is Wilson's, two groups are compared with
 * {@link compareProportions}, and a group is tested against a target with the score test, as
 * {@link proportionMetric} does. A group's `answered` is its contacts with a known outcome.
 *
 * @param options - The confidence level.
 * @returns The metric descriptor.
 * @throws {@link MetricInputError} `WRONG_TYPE`, `NOT_FINITE` or `OUT_OF_RANGE` for an
 * `options.confidenceLevel` not strictly between 0 and 1. Its `summarise` throws `WRONG_TYPE` or
 * `UNKNOWN_VALUE` (`values[i]`) for a value that is not an outcome.
 *
 * @example
 * ```ts
 * import { firstContactOutcomes, firstContactResolutionMetric, groupBy } from 'service-metrics';
 *
 * const day = 86_400_000;
 * const log = [
 *   { customerId: 'a', contactedAt: 0, channel: 'chat' },
 *   { customerId: 'a', contactedAt: 2 * day, channel: 'phone' },
 *   { customerId: 'b', contactedAt: day, channel: 'chat' },
 *   { customerId: 'c', contactedAt: 3 * day, channel: 'phone' },
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
