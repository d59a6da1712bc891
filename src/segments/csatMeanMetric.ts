import { checkConfidenceLevel } from '../internal/numeric/confidence.js';
import { asMetric } from '../internal/summaries/npsCounts.js';
import { meanVersusTarget } from '../internal/numeric/oneSampleTests.js';
import { countAnswers } from '../internal/summaries/scaleHistogram.js';
import { checkOptions, pickOptions } from '../internal/checks/validate.js';
import { compareMeans } from '../stats/compareMeans.js';
import { meanIntervalFromSummary, type MeanInterval } from '../stats/meanInterval.js';
import type { MeanSummary } from '../stats/meanSummary.js';
import { csatFromSummary, csatMeanFromSummary, csatSummary, mergeCsatSummaries, type CsatSummary } from '../survey/csat.js';
import type { Answer } from '../types.js';
import type { CsatMetricOptions } from './csatMetric.js';
import type { SegmentMetric } from '../internal/types/segments.js';

/**
 * The mean CSAT score (4.2 out of 5), in scale points, as a {@link SegmentMetric}: a group's
 * {@link CsatSummary} histogram is valued by {@link csatMeanFromSummary}. The histogram gives the
 * count, mean and Σ (score − mean)² exactly, so the interval and tests are those of
 * {@link meanMetric}.
 *
 * @param options - The scale (`satisfiedFrom` is checked but unused) and the confidence level.
 * @returns The metric descriptor.
 * @throws {@link MetricInputError} the common input checks on `options`; `INCONSISTENT` when
 * `options.scaleMax` ≤ `options.scaleMin`, or for a summary on another scale.
 *
 * @example
 * ```ts
 * import { csatMeanMetric, groupBy } from 'service-metrics';
 *
 * const rows = [{ queue: 'billing', rating: 5 }, { queue: 'billing', rating: 3 }, { queue: 'billing', rating: 4 }, { queue: 'returns', rating: 2 }];
 * const groups = groupBy(rows, { key: (row) => row.queue, value: (row) => row.rating, metric: csatMeanMetric() });
 * groups.map((group) => [group.key, group.value, group.interval?.upper ?? null]); // => [['billing', 4, 6.48], ['returns', 2, null]]
 * ```
 *
 * @see Welch, B. L. (1947). The generalization of "Student's" problem when several different
 * population variances are involved. *Biometrika*, 34(1–2), 28–35.
 * @category Segments
 */
export function csatMeanMetric(
  options?: CsatMetricOptions,
): SegmentMetric<Answer, CsatSummary, MeanInterval> {
  const metric = 'csatMeanMetric';
  checkOptions(metric, options, ['scaleMin', 'scaleMax', 'satisfiedFrom', 'confidenceLevel']);
  // Checks the scale now, not on the first group; every summary is then read on this scale.
  const { scaleMin, scaleMax } = asMetric(metric, () => csatSummary([], pickOptions(options, ['scaleMin', 'scaleMax'])));
  const confidenceLevel = checkConfidenceLevel(metric, options?.confidenceLevel);
  const level = { confidenceLevel };
  const meanSummaryOf = (summary: CsatSummary): MeanSummary => {
    csatFromSummary(summary, { scaleMin, scaleMax }); // INCONSISTENT on another scale, EMPTY without answers
    return histogramMeanSummary(summary, csatMeanFromSummary(summary));
  };
  return {
    summarise: (values) => csatSummary(values, pickOptions(options, ['scaleMin', 'scaleMax'])),
    merge: mergeCsatSummaries,
    answered: (summary) => countAnswers(metric, 'summary', summary),
    value: (summary) => meanSummaryOf(summary).mean,
    interval: (summary) => meanIntervalFromSummary(meanSummaryOf(summary), level),
    compare: (a, b) => compareMeans(meanSummaryOf(a), meanSummaryOf(b), level),
    compareWithTarget: (summary, target) =>
      meanVersusTarget('compareWithTarget', meanSummaryOf(summary), target, confidenceLevel),
  };
}

/** The {@link MeanSummary} of a checked histogram with mean `mean`: count, mean, Σ count × (score − mean)². */
export function histogramMeanSummary(
  summary: { readonly scaleMin: number; readonly counts: readonly number[]; readonly unanswered?: number },
  mean: number,
): MeanSummary {
  let count = 0;
  let sumOfSquaredDeviations = 0;
  summary.counts.forEach((n, i) => {
    const deviation = summary.scaleMin + i - mean;
    count += n;
    sumOfSquaredDeviations += n * deviation * deviation;
  });
  return { count, mean, sumOfSquaredDeviations: count > 1 ? sumOfSquaredDeviations : 0, unanswered: summary.unanswered ?? 0 };
}
