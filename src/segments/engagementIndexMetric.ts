import { checkConfidenceLevel } from '../internal/numeric/confidence.js';
import { asMetric } from '../internal/summaries/npsCounts.js';
import { meanVersusTarget, proportionVersusTarget } from '../internal/numeric/oneSampleTests.js';
import { answersBetween, countAnswers } from '../internal/summaries/scaleHistogram.js';
import { checkOptions } from '../internal/checks/validate.js';
import { compareMeans } from '../stats/compareMeans.js';
import { compareProportions } from '../stats/compareProportions.js';
import type { Comparison, ConfidenceOptions } from '../internal/types/statistics.js';
import { meanIntervalFromSummary } from '../stats/meanInterval.js';
import { proportionIntervalFromSummary } from '../stats/proportionInterval.js';
import {
  engagementIndexFromSummary,
  engagementIndexSummary,
  mergeEngagementIndexSummaries,
  type EngagementIndexOptions,
  type EngagementIndexSummary,
} from '../survey/engagementIndex.js';
import type { Answer } from '../types.js';
import { histogramMeanSummary } from './csatMeanMetric.js';
import type { SegmentMetric } from '../internal/types/segments.js';

/** The options of {@link engagementIndexMetric}: those of {@link engagementIndex}, the confidence level. @category Segments */
export interface EngagementIndexMetricOptions extends EngagementIndexOptions, ConfidenceOptions {}

/**
 * The engagement index (0–100) as a {@link SegmentMetric}: a group's
 * {@link EngagementIndexSummary} histogram is valued by {@link engagementIndexFromSummary}.
 * Answers are pooled over items, as in {@link engagementIndex}, so the intervals treat every
 * answer as independent and overstate the precision when one person answers many items.
 *
 * ## Interval and tests, by method
 * - `"percentOfMaximumPossible"`, 100 × (mean − scaleMin) / (scaleMax − scaleMin): those of
 *   {@link meanMetric}, rescaled the same way (a rescaling changes no p-value).
 * - `"percentFavourable"`: those of {@link proportionMetric}.
 *
 * @param options - The scale, method, favourable threshold and confidence level.
 * @returns The metric descriptor.
 * @throws {@link MetricInputError} the common input checks on `options`; `INCONSISTENT` when
 * `options.scaleMax` ≤ `options.scaleMin`.
 *
 * @example
 * ```ts
 * import { engagementIndexMetric, groupBy } from 'service-metrics';
 *
 * const answers = [{ team: 'north', answer: 5 }, { team: 'north', answer: 4 }, { team: 'north', answer: 3 }, { team: 'south', answer: 2 }];
 * const teams = groupBy(answers, { key: (row) => row.team, value: (row) => row.answer, metric: engagementIndexMetric() });
 * teams.map((team) => [team.key, team.value]); // => [['north', 75], ['south', 25]]
 * ```
 *
 * @see Cohen, P., Cohen, J., Aiken, L. S., & West, S. G. (1999). The problem of units and the
 * circumstance for POMP. *Multivariate Behavioral Research*, 34(3), 315–346.
 * @category Segments
 */
export function engagementIndexMetric(options?: EngagementIndexMetricOptions): SegmentMetric<Answer, EngagementIndexSummary> {
  const metric = 'engagementIndexMetric';
  const { confidenceLevel: level, ...rest } = checkOptions(metric, options, ['scaleMin', 'scaleMax', 'method', 'favourableFrom', 'confidenceLevel']);
  const confidenceLevel = checkConfidenceLevel(metric, level);
  const settings = rest as EngagementIndexOptions;
  // Checks the scale, method and threshold now, not on the first group.
  const { scaleMin, scaleMax } = asMetric(metric, () => engagementIndexSummary([], settings));
  asMetric(metric, () => engagementIndexFromSummary({ scaleMin, scaleMax, counts: [1, ...Array<number>(scaleMax - scaleMin).fill(0)], unanswered: 0 }, settings));
  const value = (summary: EngagementIndexSummary): number => engagementIndexFromSummary(summary, settings);
  const tests = { confidenceLevel };
  const span = scaleMax - scaleMin;
  const favourableFrom = settings.favourableFrom ?? Math.max(scaleMax - 1, scaleMin + 1);
  const statistics: Pick<SegmentMetric<Answer, EngagementIndexSummary>, 'interval' | 'compare' | 'compareWithTarget'> =
    settings.method === 'percentFavourable'
      ? (() => {
          const shareOf = (summary: EngagementIndexSummary) => {
            value(summary); // checks the summary against the options; EMPTY without answers
            return { successes: answersBetween(summary, favourableFrom, scaleMax), trials: countAnswers(metric, 'summary', summary) };
          };
          return {
            interval: (summary) => proportionIntervalFromSummary(shareOf(summary), tests),
            compare: (a, b) => compareProportions(shareOf(a), shareOf(b), tests),
            compareWithTarget: (summary, target) => {
              const { successes, trials } = shareOf(summary);
              return proportionVersusTarget('compareWithTarget', successes, trials, target, confidenceLevel);
            },
          };
        })()
      : (() => {
          // index = 100 × (mean − scaleMin) / span, so index units are mean units × 100 / span.
          const scale = 100 / span;
          const meanOf = (summary: EngagementIndexSummary) => histogramMeanSummary(summary, scaleMin + value(summary) / scale);
          const rescale = <C extends Comparison>(comparison: C & { readonly standardError: number }) => ({
            ...comparison,
            difference: comparison.difference * scale,
            lower: comparison.lower * scale,
            upper: comparison.upper * scale,
            standardError: comparison.standardError * scale,
          });
          return {
            interval: (summary) => {
              const interval = meanIntervalFromSummary(meanOf(summary), tests);
              return {
                ...interval,
                estimate: value(summary),
                lower: Math.max(0, (interval.lower - scaleMin) * scale),
                upper: Math.min(100, (interval.upper - scaleMin) * scale),
              };
            },
            compare: (a, b) => rescale(compareMeans(meanOf(a), meanOf(b), tests)),
            compareWithTarget: (summary, target) => {
              const goal = typeof target === 'number' ? scaleMin + target / scale : target;
              return rescale(meanVersusTarget('compareWithTarget', meanOf(summary), goal, confidenceLevel));
            },
          };
        })();
  return {
    summarise: (values) => engagementIndexSummary(values, settings),
    merge: mergeEngagementIndexSummaries,
    answered: (summary) => countAnswers(metric, 'summary', summary),
    value,
    ...statistics,
  };
}
