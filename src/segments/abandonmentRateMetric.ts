import { checkConfidenceLevel } from '../internal/numeric/confidence.js';
import { checkNonNegative, checkOptions } from '../internal/checks/validate.js';
import {
  abandonmentRateFromSummary,
  abandonmentRateSummary,
  checkAbandonmentRateSummary,
  mergeAbandonmentRateSummaries,
  type AbandonmentRateOptions,
  type AbandonmentRateSummary,
} from '../operations/abandonmentRate.js';
import type { QueueContact } from '../internal/types/contacts.js';
import type { ConfidenceOptions } from '../internal/types/statistics.js';
import type { ProportionInterval } from '../stats/proportionInterval.js';
import { proportionParts } from './proportionParts.js';
import type { SegmentMetric } from '../internal/types/segments.js';

/** The options of {@link abandonmentRateMetric}: the short-abandon threshold, the confidence level. @category Segments */
export interface AbandonmentRateMetricOptions extends AbandonmentRateOptions, ConfidenceOptions {}

/**
 * Abandonment rate (0–100) as a {@link SegmentMetric}: the `value` accessor reads a
 * {@link QueueContact} from each row, and a group's {@link AbandonmentRateSummary} is valued by
 * {@link abandonmentRateFromSummary}. Interval and tests: {@link proportionMetric}'s, over the
 * contacts offered less short abandons (the group's `answered`).
 *
 * @param options - The short-abandon threshold and the confidence level.
 * @returns The metric descriptor.
 * @throws {@link MetricInputError} the common input checks on `options`.
 *
 * @example
 * ```ts
 * import { abandonmentRateMetric, periodSeries } from 'service-metrics';
 *
 * const calls = [
 *   { at: Date.UTC(2026, 0, 5), waitSeconds: 30, outcome: 'answered' as const }, { at: Date.UTC(2026, 0, 5), waitSeconds: 90, outcome: 'abandoned' as const },
 *   { at: Date.UTC(2026, 1, 2), waitSeconds: 10, outcome: 'answered' as const }, { at: Date.UTC(2026, 1, 3), waitSeconds: 3, outcome: 'abandoned' as const },
 * ];
 * const monthly = periodSeries(calls, { time: (c) => c.at, period: 'month', value: (c) => c, metric: abandonmentRateMetric({ shortAbandonSeconds: 5 }) });
 * monthly.map((month) => [month.key, month.value]); // => [['2026-01', 50], ['2026-02', 0]]
 * ```
 *
 * @see {@link https://www.callcentrehelper.com/how-to-measure-call-abandon-rate-75869.htm | Call Centre Helper: How to measure call abandon rate}
 * @category Segments
 */
export function abandonmentRateMetric(
  options?: AbandonmentRateMetricOptions,
): SegmentMetric<QueueContact, Required<AbandonmentRateSummary>, ProportionInterval> {
  const metric = 'abandonmentRateMetric';
  const settings = checkOptions(metric, options, ['shortAbandonSeconds', 'confidenceLevel']);
  const confidenceLevel = checkConfidenceLevel(metric, settings['confidenceLevel']);
  const rawShort = settings['shortAbandonSeconds'];
  const summaryOptions = rawShort === undefined ? {} : { shortAbandonSeconds: checkNonNegative(metric, 'options.shortAbandonSeconds', rawShort) };
  const proportionOf = (summary: AbandonmentRateSummary, field: string, name: string): { successes: number; trials: number } => {
    const { offered, abandoned, shortAbandoned } = checkAbandonmentRateSummary(name, field, summary);
    return { successes: abandoned - shortAbandoned, trials: offered - shortAbandoned };
  };
  return {
    summarise: (values) => abandonmentRateSummary(values, summaryOptions),
    merge: mergeAbandonmentRateSummaries,
    answered: (summary) => proportionOf(summary, 'summary', metric).trials,
    value: abandonmentRateFromSummary,
    ...proportionParts(confidenceLevel, proportionOf),
  };
}
