import { checkConfidenceLevel } from '../internal/numeric/confidence.js';
import { checkOptions } from '../internal/checks/validate.js';
import {
  checkSlaAchievementSummary,
  countSlaStates,
  mergeSlaAchievementSummaries,
  slaAchievementFromSummary,
  type SlaAchievementSummary,
} from '../businessHours/slaAchievement.js';
import type { SlaClockState } from '../businessHours/slaClocks.js';
import type { ConfidenceOptions } from '../internal/types/statistics.js';
import type { ProportionInterval } from '../stats/proportionInterval.js';
import { proportionParts } from './proportionParts.js';
import type { SegmentMetric } from '../internal/types/segments.js';

/** Successes (achieved) and trials (achieved + breached) of a checked summary. */
function achievementProportion(metric: string, field: string, summary: unknown): { successes: number; trials: number } {
  const { achieved, breached } = checkSlaAchievementSummary(metric, field, summary);
  return { successes: achieved, trials: achieved + breached };
}

/**
 * SLA achievement (0–100) as a {@link SegmentMetric}: the `value` accessor reads each clock's
 * {@link SlaClockState} (from {@link slaClocks}), and a group's {@link SlaAchievementSummary} is
 * valued by {@link slaAchievementFromSummary}; active and paused clocks enter no figure. Key the
 * clocks by metric, priority, group or period. Interval and tests: {@link proportionMetric}'s
 * (the Wilson interval of achieved among decided clocks).
 *
 * @param options - The confidence level.
 * @returns The metric descriptor.
 * @throws {@link MetricInputError} the common input checks on `options`, and in `summarise` on
 * each state (`values[i]`).
 *
 * @example
 * ```ts
 * import { groupBy, slaAchievementMetric } from 'service-metrics';
 *
 * const clocks = [
 *   { metric: 'firstReply', state: 'achieved' }, { metric: 'firstReply', state: 'breached' },
 *   { metric: 'firstReply', state: 'achieved' }, { metric: 'fullResolution', state: 'achieved' },
 *   { metric: 'fullResolution', state: 'paused' },
 * ] as const;
 * const byMetric = groupBy(clocks, { key: (c) => c.metric, value: (c) => c.state, metric: slaAchievementMetric() });
 * byMetric.map((group) => [group.key, group.value]); // => [['firstReply', 66.67], ['fullResolution', 100]]
 * ```
 *
 * @see Wilson, E. B. (1927). Probable inference, the law of succession, and statistical
 * inference. *Journal of the American Statistical Association*, 22(158), 209–212.
 * @category Segments
 */
export function slaAchievementMetric(options?: ConfidenceOptions): SegmentMetric<SlaClockState | null | undefined, SlaAchievementSummary, ProportionInterval> {
  const metric = 'slaAchievementMetric';
  const confidenceLevel = checkConfidenceLevel(metric, checkOptions(metric, options, ['confidenceLevel'])['confidenceLevel']);
  return {
    summarise: (values) => countSlaStates(metric, values),
    merge: mergeSlaAchievementSummaries,
    answered: (summary) => achievementProportion(metric, 'summary', summary).trials,
    value: (summary) => slaAchievementFromSummary(summary),
    ...proportionParts<SlaAchievementSummary>(confidenceLevel, (summary, field, name) => achievementProportion(name, field, summary)),
  };
}
