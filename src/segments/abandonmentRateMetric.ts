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

/**
 * The options of {@link abandonmentRateMetric}: the short-abandon threshold and the confidence
 * level.
 *
 * @category Segments
 */
export interface AbandonmentRateMetricOptions extends AbandonmentRateOptions, ConfidenceOptions {}

/**
 * Abandonment rate as a {@link SegmentMetric} for {@link groupBy}, {@link periodSeries} and
 * {@link compareGroups}: each group of contacts is an {@link AbandonmentRateSummary}
 * ({@link abandonmentRateSummary}, {@link mergeAbandonmentRateSummaries}) and its value is
 * {@link abandonmentRateFromSummary}, a percentage (0–100). The `value` accessor reads a
 * {@link QueueContact} from each row.
 *
 * ## Interval and tests
 * The rate is a proportion, abandons among contacts offered (short abandons out of both), so
 * the interval is Wilson's, two groups are compared with {@link compareProportions}, and a group
 * is tested against a target with the score test, as {@link proportionMetric} does. A group's
 * `answered` is its contacts offered (short abandons left out).
 *
 * @param options - The short-abandon threshold and the confidence level.
 * @returns The metric descriptor.
 * @throws {@link MetricInputError} `WRONG_TYPE`, `NOT_FINITE` or `NEGATIVE` for a bad
 * `options.shortAbandonSeconds`; `WRONG_TYPE`, `NOT_FINITE` or `OUT_OF_RANGE` for an
 * `options.confidenceLevel` not strictly between 0 and 1.
 *
 * @example
 * ```ts
 * import { abandonmentRateMetric, periodSeries } from 'service-metrics';
 *
 * const calls = [
 *   { at: Date.UTC(2026, 0, 5), waitSeconds: 30, outcome: 'answered' as const },
 *   { at: Date.UTC(2026, 0, 5), waitSeconds: 90, outcome: 'abandoned' as const },
 *   { at: Date.UTC(2026, 1, 2), waitSeconds: 10, outcome: 'answered' as const },
 *   { at: Date.UTC(2026, 1, 3), waitSeconds: 3, outcome: 'abandoned' as const },
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
