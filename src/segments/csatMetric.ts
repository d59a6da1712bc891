import { asMetric } from '../internal/summaries/npsCounts.js';
import { countAnswers } from '../internal/summaries/scaleHistogram.js';
import { proportionVersusTarget } from '../internal/numeric/oneSampleTests.js';
import { checkConfidenceLevel } from '../internal/numeric/confidence.js';
import { checkOptions, pickOptions } from '../internal/checks/validate.js';
import { compareProportions } from '../stats/compareProportions.js';
import type { ConfidenceOptions } from '../internal/types/statistics.js';
import { proportionInterval, type ProportionInterval } from '../stats/proportionInterval.js';
import type { ProportionSummary } from '../stats/proportionSummary.js';
import { csatFromSummary, csatSummary, mergeCsatSummaries, type CsatOptions, type CsatSummary } from '../survey/csat.js';
import type { Answer } from '../types.js';
import type { SegmentMetric } from '../internal/types/segments.js';

/**
 * The options of {@link csatMetric} and {@link csatMeanMetric}: the scale of {@link CsatOptions}
 * and the confidence level of the intervals and tests.
 *
 * @category Segments
 */
export interface CsatMetricOptions extends CsatOptions, ConfidenceOptions {}

/**
 * CSAT, the percentage of satisfied answers, as a {@link SegmentMetric} for {@link groupBy},
 * {@link periodSeries} and {@link compareGroups}: each group is a {@link CsatSummary} histogram
 * ({@link csatSummary}, {@link mergeCsatSummaries}), scored with {@link csatFromSummary} (0–100).
 *
 * ## Interval and tests
 * CSAT is a proportion, satisfied answers among all answers, so:
 * - the interval is the Wilson interval of {@link proportionInterval};
 * - two groups are compared with {@link compareProportions} (Newcombe's interval for the
 *   difference, the pooled two-proportion z test for the p-value);
 * - a group is tested against a target T (0–100) with the score test
 *   z = (p̂ − p₀) / √(p₀(1 − p₀)/n), p₀ = T/100, whose inversion is the Wilson interval: the
 *   interval of the difference is the Wilson interval minus T.
 *
 * @param options - The scale, the satisfied threshold, the confidence level.
 * @returns The metric descriptor.
 * @throws {@link MetricInputError} for bad options, as {@link csat} and {@link proportionInterval} do.
 *
 * @example
 * ```ts
 * import { csatMetric, groupBy } from 'service-metrics';
 *
 * const rows = [
 *   { agent: 'Ana', rating: 5 },
 *   { agent: 'Ben', rating: 2 },
 *   { agent: 'Ana', rating: 3 },
 *   { agent: 'Ana', rating: 4 },
 * ];
 * const groups = groupBy(rows, { key: (row) => row.agent, value: (row) => row.rating, metric: csatMetric() });
 * groups.map((group) => [group.key, group.value]); // => [['Ana', 66.67], ['Ben', 0]]
 * groups[0]?.interval?.lower; // => 20.77
 * csatMetric({ scaleMax: 7, satisfiedFrom: 8 }); // => throws OUT_OF_RANGE
 * ```
 *
 * @see Wilson, E. B. (1927). Probable inference, the law of succession, and statistical
 * inference. *Journal of the American Statistical Association*, 22(158), 209–212.
 * @category Segments
 */
export function csatMetric(options?: CsatMetricOptions): SegmentMetric<Answer, CsatSummary, ProportionInterval> {
  const metric = 'csatMetric';
  checkOptions(metric, options, ['scaleMin', 'scaleMax', 'satisfiedFrom', 'confidenceLevel']);
  const { read, proportionOf } = csatProportion(metric, options);
  const confidenceLevel = checkConfidenceLevel(metric, options?.confidenceLevel);
  const level = { confidenceLevel };
  return {
    summarise: (values) => csatSummary(values, pickOptions(options, ['scaleMin', 'scaleMax', 'satisfiedFrom'])),
    merge: mergeCsatSummaries,
    answered: (summary) => countAnswers(metric, 'summary', summary),
    value: (summary) => csatFromSummary(summary, read),
    interval: (summary) => proportionInterval(proportionOf(summary), level),
    compare: (a, b) => compareProportions(proportionOf(a), proportionOf(b), level),
    compareWithTarget: (summary, target) => {
      const { successes, trials } = proportionOf(summary);
      return proportionVersusTarget('compareWithTarget', successes, trials, target, confidenceLevel);
    },
  };
}

/** The number of answers in a CSAT histogram. */

/**
 * Checks the scale options once (as {@link csatSummary} does) and resolves them: `read` is the
 * scale and threshold every summary is read with, so a summary on another scale is
 * `INCONSISTENT`. `proportionOf` gives satisfied answers among all answers, checked by
 * {@link csatFromSummary} (`EMPTY` without answers).
 */
function csatProportion(
  metric: string,
  options: CsatOptions | undefined,
): { read: Required<CsatOptions>; proportionOf: (summary: CsatSummary) => ProportionSummary } {
  const { scaleMin, scaleMax } = asMetric(metric, () => csatSummary([], pickOptions(options, ['scaleMin', 'scaleMax', 'satisfiedFrom'])));
  const satisfiedFrom = options?.satisfiedFrom ?? Math.max(scaleMax - 1, scaleMin + 1);
  const read = { scaleMin, scaleMax, satisfiedFrom };
  const proportionOf = (summary: CsatSummary): ProportionSummary => {
    csatFromSummary(summary, read);
    let successes = 0;
    summary.counts.forEach((count, i) => {
      if (summary.scaleMin + i >= satisfiedFrom) successes += count;
    });
    return { successes, trials: countAnswers(metric, 'summary', summary) };
  };
  return { read, proportionOf };
}
