import { checkConfidenceLevel } from '../internal/numeric/confidence.js';
import { checkOptions } from '../internal/checks/validate.js';
import type { QueueContact } from '../internal/types/contacts.js';
import {
  mergeServiceLevelSummaries,
  checkThresholds,
  readVariant,
  serviceLevelFromSummary,
  serviceLevelProportion,
  serviceLevelSummary,
  type ServiceLevelOptions,
  type ServiceLevelSummary,
} from '../operations/serviceLevel.js';
import type { ConfidenceOptions } from '../internal/types/statistics.js';
import type { ProportionInterval } from '../stats/proportionInterval.js';
import { proportionParts } from './proportionParts.js';
import type { SegmentMetric } from '../internal/types/segments.js';

/** The options of {@link serviceLevelMetric}: the thresholds, the variant, the confidence level. @category Segments */
export interface ServiceLevelMetricOptions extends ServiceLevelOptions, ConfidenceOptions {}

/**
 * Service level (0–100) as a {@link SegmentMetric}: the `value` accessor reads a
 * {@link QueueContact} from each row, and a group's {@link ServiceLevelSummary} is valued by
 * {@link serviceLevelFromSummary} with the chosen variant. Interval and tests:
 * {@link proportionMetric}'s, over the contacts the variant counts (the group's `answered`); a
 * queue's contacts are not independent trials, so read the interval as a guide.
 *
 * @param options - The threshold (required), short-abandon threshold, variant, confidence level.
 * @returns The metric descriptor.
 * @throws {@link MetricInputError} the common input checks on `options`; `INCONSISTENT` when
 * `options.shortAbandonSeconds` exceeds `options.thresholdSeconds`.
 *
 * @example
 * ```ts
 * import { groupBy, serviceLevelMetric } from 'service-metrics';
 *
 * const calls = [
 *   { hour: 9, waitSeconds: 5, outcome: 'answered' as const }, { hour: 9, waitSeconds: 45, outcome: 'answered' as const },
 *   { hour: 10, waitSeconds: 12, outcome: 'answered' as const }, { hour: 10, waitSeconds: 30, outcome: 'abandoned' as const },
 * ];
 * const byHour = groupBy(calls, { key: (c) => c.hour, value: (c) => c, metric: serviceLevelMetric({ thresholdSeconds: 20 }) });
 * byHour.map((group) => [group.key, group.value]); // => [[9, 50], [10, 50]]
 * ```
 *
 * @see {@link https://www.icmi.com/Resources/QueueTips/2005/March/Service-Level-Calculations.aspx | ICMI QueueTips (2005): Service level calculations}
 * @category Segments
 */
export function serviceLevelMetric(
  options: ServiceLevelMetricOptions,
): SegmentMetric<QueueContact, Required<ServiceLevelSummary>, ProportionInterval> {
  const metric = 'serviceLevelMetric';
  const settings = checkOptions(metric, options, ['thresholdSeconds', 'shortAbandonSeconds', 'variant', 'confidenceLevel']);
  const variant = readVariant(metric, settings, ['thresholdSeconds', 'shortAbandonSeconds', 'variant', 'confidenceLevel']);
  const confidenceLevel = checkConfidenceLevel(metric, settings['confidenceLevel']);
  const thresholds = checkThresholds(metric, 'options', settings, 0);
  return {
    summarise: (values) => serviceLevelSummary(values, thresholds),
    merge: mergeServiceLevelSummaries,
    answered: (summary) => serviceLevelProportion(metric, 'summary', summary, variant).trials,
    value: (summary) => serviceLevelFromSummary(summary, { variant }),
    ...proportionParts<Required<ServiceLevelSummary>>(confidenceLevel, (summary, field, name) =>
      serviceLevelProportion(name, field, summary, variant),
    ),
  };
}
