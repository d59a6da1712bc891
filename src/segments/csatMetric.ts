import { asMetric } from '../internal/summaries/npsCounts.js';
import { countAnswers } from '../internal/summaries/scaleHistogram.js';
import { proportionVersusTarget } from '../internal/numeric/oneSampleTests.js';
import { checkConfidenceLevel } from '../internal/numeric/confidence.js';
import { checkOptions, pickOptions } from '../internal/checks/validate.js';
import { compareProportions } from '../stats/compareProportions.js';
import type { ConfidenceOptions } from '../internal/types/statistics.js';
import { proportionIntervalFromSummary, type ProportionInterval } from '../stats/proportionInterval.js';
import type { ProportionSummary } from '../stats/proportionSummary.js';
import { csatFromSummary, csatSummary, mergeCsatSummaries, type CsatOptions, type CsatSummary } from '../survey/csat.js';
import type { Answer } from '../types.js';
import type { SegmentMetric } from '../internal/types/segments.js';

/** The options of {@link csatMetric} and {@link csatMeanMetric}: the scale of {@link CsatOptions}, the confidence level. @category Segments */
export interface CsatMetricOptions extends CsatOptions, ConfidenceOptions {}

/**
 * CSAT, the percentage of satisfied answers (0–100), as a {@link SegmentMetric}: a group's
 * {@link CsatSummary} histogram is valued by {@link csatFromSummary}. CSAT is a proportion, so
 * its interval and tests are those of {@link proportionMetric}.
 *
 * @param options - The scale, the satisfied threshold, the confidence level.
 * @returns The metric descriptor.
 * @throws {@link MetricInputError} the common input checks on `options`; `INCONSISTENT` when
 * `options.scaleMax` ≤ `options.scaleMin`, or for a summary on another scale.
 *
 * @example
 * ```ts
 * import { csatMetric, groupBy } from 'service-metrics';
 *
 * const rows = [{ agent: 'Ana', rating: 5 }, { agent: 'Ben', rating: 2 }, { agent: 'Ana', rating: 3 }, { agent: 'Ana', rating: 4 }];
 * const groups = groupBy(rows, { key: (row) => row.agent, value: (row) => row.rating, metric: csatMetric() });
 * groups.map((group) => [group.key, group.value]); // => [['Ana', 66.67], ['Ben', 0]]
 * groups[0]?.interval?.lower; // => 20.77
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
    interval: (summary) => proportionIntervalFromSummary(proportionOf(summary), level),
    compare: (a, b) => compareProportions(proportionOf(a), proportionOf(b), level),
    compareWithTarget: (summary, target) => {
      const { successes, trials } = proportionOf(summary);
      return proportionVersusTarget('compareWithTarget', successes, trials, target, confidenceLevel);
    },
  };
}

/**
 * Checks the scale options once, as {@link csatSummary} does: `read` is the scale every summary
 * is read with (another is `INCONSISTENT`); `proportionOf` gives satisfied among all answers.
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
