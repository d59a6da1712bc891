import { checkConfidenceLevel, checkMethod } from '../internal/numeric/confidence.js';
import { asMetric } from '../internal/summaries/npsCounts.js';
import { meanVersusTarget, npsVersusTarget, proportionVersusTarget } from '../internal/numeric/oneSampleTests.js';
import { countAnswers } from '../internal/summaries/scaleHistogram.js';
import { checkOptions } from '../internal/checks/validate.js';
import { compareMeans } from '../stats/compareMeans.js';
import { compareNps } from '../stats/compareNps.js';
import { compareProportions } from '../stats/compareProportions.js';
import type { ConfidenceOptions } from '../internal/types/statistics.js';
import { meanIntervalFromSummary } from '../stats/meanInterval.js';
import { npsIntervalFromSummary } from '../stats/npsInterval.js';
import { proportionIntervalFromSummary } from '../stats/proportionInterval.js';
import { cesFromSummary, cesSummary, mergeCesSummaries, type CesOptions, type CesResult, type CesSummary } from '../survey/ces.js';
import type { Answer } from '../types.js';
import { histogramMeanSummary } from './csatMeanMetric.js';
import type { SegmentMetric } from '../internal/types/segments.js';

/**
 * The figure of {@link ces} a {@link cesMetric} reports: `"mean"` (scale points), `"easyPercent"`
 * ("% agree" on CES 2.0), `"difficultPercent"` or `"net"` (% easy − % difficult).
 *
 * @category Segments
 */
export type CesReport = 'mean' | 'easyPercent' | 'difficultPercent' | 'net';

/** The options of {@link cesMetric}: the scale and bands of {@link CesOptions}, the figure, the confidence level. @category Segments */
export interface CesMetricOptions extends CesOptions, ConfidenceOptions {
  /** The figure each group reports. @defaultValue "mean" */
  readonly report?: CesReport;
}

const REPORTS: readonly CesReport[] = ['mean', 'easyPercent', 'difficultPercent', 'net'];
const FIELDS = { mean: 'mean', 'easyPercent': 'easyPercent', 'difficultPercent': 'difficultPercent', net: 'net' } as const;

/**
 * Customer Effort Score as a {@link SegmentMetric}: a group's {@link CesSummary} histogram is
 * valued by one figure of {@link cesFromSummary}, chosen by `report`. CES 1.0 "% easy" (1–2 of
 * 1–5) is `cesMetric({ scaleMax: 5, easyEnd: "low", report: "easyPercent" })`.
 *
 * ## Interval and tests, by figure
 * - `"mean"`: those of {@link meanMetric}, from the histogram's exact count, mean and Σ (score − mean)².
 * - `"easyPercent"`, `"difficultPercent"`: those of {@link proportionMetric}.
 * - `"net"`: a net score of three categories (easy, neither, difficult), so those of
 *   {@link npsMetric} on those counts, adjusted Wald (Rocks 2016).
 *
 * @param options - The scale, direction and bands, the figure, the confidence level.
 * @returns The metric descriptor.
 * @throws {@link MetricInputError} the common input checks on `options` (`UNKNOWN_VALUE` for an
 * unknown `report`); `INCONSISTENT` for a scale or bands that contradict each other.
 *
 * @example
 * ```ts
 * import { cesMetric, groupBy } from 'service-metrics';
 *
 * const rows = [{ channel: 'chat', effort: 7 }, { channel: 'chat', effort: 6 }, { channel: 'chat', effort: 2 }, { channel: 'email', effort: 4 }];
 * const byChannel = (metric: ReturnType<typeof cesMetric>) =>
 *   groupBy(rows, { key: (row) => row.channel, value: (row) => row.effort, metric }).map((group) => group.value);
 * byChannel(cesMetric()); // => [5, 4]
 * byChannel(cesMetric({ report: 'easyPercent' })); // => [66.67, 0]
 * byChannel(cesMetric({ report: 'net' })); // => [33.33, 0]
 * ```
 *
 * @see Dixon, M., Toman, N., & DeLisi, R. (2013). *The Effortless Experience*. Portfolio/Penguin.
 * @see Rocks, B. (2016). Interval estimation for the "net promoter score". *The American
 * Statistician*, 70(4), 365–372.
 * @category Segments
 */
export function cesMetric(options?: CesMetricOptions): SegmentMetric<Answer, CesSummary> {
  const metric = 'cesMetric';
  const { report: given, confidenceLevel: level, ...rest } = checkOptions(metric, options, ['scaleMin', 'scaleMax', 'easyEnd', 'easyBoxes', 'difficultBoxes', 'report', 'confidenceLevel']);
  const report = checkMethod(metric, given, REPORTS, 'mean', 'options.report');
  const confidenceLevel = checkConfidenceLevel(metric, level);
  const scale = rest as CesOptions;
  // Checks the scale and bands now, not on the first group; then reads every summary with them.
  const { scaleMin, scaleMax, easyEnd } = asMetric(metric, () => cesSummary([], scale));
  const bands: CesOptions = { ...scale, scaleMin, scaleMax, easyEnd };
  const resultOf = (summary: CesSummary): CesResult => cesFromSummary(summary, bands);
  const tests = { confidenceLevel };
  const meanOf = (summary: CesSummary) => histogramMeanSummary(summary, resultOf(summary).mean);
  const shareOf = (summary: CesSummary) => {
    const result = resultOf(summary);
    return { successes: report === 'easyPercent' ? result.easyAnswers : result.difficultAnswers, trials: result.answers };
  };
  const netOf = (summary: CesSummary) => {
    const { easyAnswers, difficultAnswers, answers } = resultOf(summary);
    return { promoters: easyAnswers, passives: answers - easyAnswers - difficultAnswers, detractors: difficultAnswers };
  };
  const statistics: Pick<SegmentMetric<Answer, CesSummary>, 'interval' | 'compare' | 'compareWithTarget'> =
    report === 'mean'
      ? {
          interval: (summary) => meanIntervalFromSummary(meanOf(summary), tests),
          compare: (a, b) => compareMeans(meanOf(a), meanOf(b), tests),
          compareWithTarget: (summary, target) => meanVersusTarget('compareWithTarget', meanOf(summary), target, confidenceLevel),
        }
      : report === 'net'
        ? {
            interval: (summary) => npsIntervalFromSummary(netOf(summary), tests),
            compare: (a, b) => compareNps(netOf(a), netOf(b), tests),
            compareWithTarget: (summary, target) => {
              const { promoters, passives, detractors } = netOf(summary);
              const answered = promoters + passives + detractors;
              return npsVersusTarget('compareWithTarget', { promoters, passives, detractors, answered }, target, 'adjustedWald', confidenceLevel);
            },
          }
        : {
            interval: (summary) => proportionIntervalFromSummary(shareOf(summary), tests),
            compare: (a, b) => compareProportions(shareOf(a), shareOf(b), tests),
            compareWithTarget: (summary, target) => {
              const { successes, trials } = shareOf(summary);
              return proportionVersusTarget('compareWithTarget', successes, trials, target, confidenceLevel);
            },
          };
  return {
    summarise: (values) => cesSummary(values, scale),
    merge: mergeCesSummaries,
    answered: (summary) => countAnswers(metric, 'summary', summary),
    value: (summary) => resultOf(summary)[FIELDS[report]],
    ...statistics,
  };
}
