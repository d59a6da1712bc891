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

/**
 * The options of {@link serviceLevelMetric}: the thresholds, the variant and the confidence
 * level.
 *
 * @category Segments
 */
export interface ServiceLevelMetricOptions extends ServiceLevelOptions, ConfidenceOptions {}

/**
 * Service level as a {@link SegmentMetric} for {@link groupBy}, {@link periodSeries} and
 * {@link compareGroups}: each group of contacts is a {@link ServiceLevelSummary}
 * ({@link serviceLevelSummary}, {@link mergeServiceLevelSummaries}) and its value is
 * {@link serviceLevelFromSummary} with the chosen variant, a percentage (0–100). The `value`
 * accessor reads a {@link QueueContact} from each row.
 *
 * ## Interval and tests
 * The service level is a proportion: contacts that met the target among the contacts the
 * variant counts (its `answered` in the group). So the interval is Wilson's, two groups are
 * compared with {@link compareProportions}, and a group is tested against a target with the
 * score test, as {@link proportionMetric} does. The contacts of a queue are not independent
 * trials (a busy hour delays many at once), so read the interval as a guide, not a guarantee.
 *
 * @param options - The threshold (required), the short-abandon threshold, the variant and the
 * confidence level.
 * @returns The metric descriptor.
 * @throws {@link MetricInputError} as {@link serviceLevel} does for bad options; `WRONG_TYPE`,
 * `NOT_FINITE` or `OUT_OF_RANGE` for an `options.confidenceLevel` not strictly between 0 and 1.
 *
 * @example
 * ```ts
 * import { groupBy, serviceLevelMetric } from 'service-metrics';
 *
 * const calls = [
 *   { hour: 9, waitSeconds: 5, outcome: 'answered' as const },
 *   { hour: 9, waitSeconds: 45, outcome: 'answered' as const },
 *   { hour: 10, waitSeconds: 12, outcome: 'answered' as const },
 *   { hour: 10, waitSeconds: 30, outcome: 'abandoned' as const },
 * ];
 * const byHour = groupBy(calls, { key: (c) => c.hour, value: (c) => c, metric: serviceLevelMetric({ thresholdSeconds: 20 }) });
 * byHour.map((group) => [group.key, group.value]); // => [[9, 50], [10, 50]]
 * ```
 *
 * @see {@link http://www.icmi.com/Resources/QueueTips/2005/March/Service-Level-Calculations.aspx | ICMI QueueTips (2005): Service level calculations}
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
