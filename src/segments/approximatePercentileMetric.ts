import { checkRequiredOptions } from '../internal/checks/validate.js';
import { asMetric } from '../internal/summaries/npsCounts.js';
import { checkPercentile } from '../internal/summaries/durations.js';
import {
  approximatePercentileFromSummary,
  approximatePercentileSummary,
  checkApproximatePercentileSummary,
  mergeApproximatePercentileSummaries,
  type ApproximatePercentileOptions,
  type ApproximatePercentileSummary,
} from '../stats/approximatePercentile.js';
import type { SegmentMetric } from '../internal/types/segments.js';
import type { Answer } from '../types.js';

/**
 * A percentile of values ≥ 0 (the 90th percentile of waits, the median resolution time) as a
 * {@link SegmentMetric}: each group's {@link ApproximatePercentileSummary}, merged exactly
 * across chunks and periods, valued by {@link approximatePercentileFromSummary} within the
 * relative accuracy of the exact percentile. No interval and no test.
 *
 * @param options - The percentile (0–100) and the relative accuracy.
 * @returns The metric descriptor.
 * @throws {@link MetricInputError} the common input checks on `options`.
 *
 * @example
 * ```ts
 * import { approximatePercentileMetric, groupBy } from 'service-metrics';
 *
 * const calls = [{ queue: 'a', wait: 0 }, { queue: 'a', wait: 0 }, { queue: 'b', wait: 30 }];
 * const groups = groupBy(calls, { key: (c) => c.queue, value: (c) => c.wait, metric: approximatePercentileMetric({ percentile: 50 }), minimumAnswers: 1 });
 * groups.map((group) => [group.key, group.value]); // => [['a', 0], ['b', 30]]
 * ```
 * @see {@link https://doi.org/10.14778/3352063.3352135 | Masson, Rim & Lee (2019), DDSketch, PVLDB 12(12)}
 * @category Segments
 */
export function approximatePercentileMetric(
  options: ApproximatePercentileOptions,
): SegmentMetric<Answer, ApproximatePercentileSummary> {
  const metric = 'approximatePercentileMetric';
  const object = checkRequiredOptions(metric, options, ['percentile', 'relativeAccuracy']);
  const percentile = checkPercentile(metric, 'options.percentile', object['percentile']);
  const accuracy = object['relativeAccuracy'] === undefined ? {} : { relativeAccuracy: object['relativeAccuracy'] as number };
  asMetric(metric, () => approximatePercentileSummary([], accuracy));
  return {
    summarise: (values) => approximatePercentileSummary(values, accuracy),
    merge: mergeApproximatePercentileSummaries,
    answered: (summary) => checkApproximatePercentileSummary(metric, 'summary', summary).count,
    value: (summary) => approximatePercentileFromSummary(summary, { percentile }),
  };
}
