import { checkConfidenceLevel } from '../internal/numeric/confidence.js';
import { checkMeanSummary } from '../internal/summaries/meanStatistics.js';
import { meanVersusTarget } from '../internal/numeric/oneSampleTests.js';
import { checkOptions } from '../internal/checks/validate.js';
import { compareMeans } from '../stats/compareMeans.js';
import type { ConfidenceOptions } from '../internal/types/statistics.js';
import { meanIntervalFromSummary, type MeanInterval } from '../stats/meanInterval.js';
import { meanFromSummary, meanSummary, mergeMeanSummaries, type MeanSummary } from '../stats/meanSummary.js';
import type { Answer } from '../types.js';
import type { SegmentMetric } from '../internal/types/segments.js';

/**
 * The mean of any numeric value (handle time or a wait in seconds, a rating) as a
 * {@link SegmentMetric}: a group's {@link MeanSummary} (Welford's count, mean and Σ (x − mean)²)
 * is valued by {@link meanFromSummary}, in the values' units. Merged means may differ from a
 * one-pass mean in the last bits (about 1e-15 relative); counts are exact.
 *
 * ## Interval and tests
 * The t interval of {@link meanIntervalFromSummary} (`null` below two values); Welch's t test
 * ({@link compareMeans}) between groups; against a target μ₀, the one-sample t test
 * t = (x̄ − μ₀)/(s/√n) on n − 1 degrees of freedom.
 *
 * @param options - The confidence level.
 * @returns The metric descriptor.
 * @throws {@link MetricInputError} the common input checks on `options`.
 *
 * @example
 * ```ts
 * import { groupBy, meanMetric } from 'service-metrics';
 *
 * const contacts = [{ team: 'north', handleSeconds: 300 }, { team: 'south', handleSeconds: 420 }, { team: 'north', handleSeconds: 360 }, { team: 'north', handleSeconds: null }];
 * const byTeam = groupBy(contacts, { key: (row) => row.team, value: (row) => row.handleSeconds, metric: meanMetric() });
 * byTeam.map((group) => [group.key, group.value, group.answered]); // => [['north', 330, 2], ['south', 420, 1]]
 * ```
 *
 * @see Welford, B. P. (1962). Note on a method for calculating corrected sums of squares and
 * products. *Technometrics*, 4(3), 419–420.
 * @category Segments
 */
export function meanMetric(options?: ConfidenceOptions): SegmentMetric<Answer, MeanSummary, MeanInterval> {
  const metric = 'meanMetric';
  const confidenceLevel = checkConfidenceLevel(metric, checkOptions(metric, options, ['confidenceLevel'])['confidenceLevel']);
  const level = { confidenceLevel };
  return {
    summarise: (values) => meanSummary(values),
    merge: mergeMeanSummaries,
    answered: (summary) => checkMeanSummary(metric, 'summary', summary).count,
    value: (summary) => meanFromSummary(checkMeanSummary(metric, 'summary', summary)),
    interval: (summary) => meanIntervalFromSummary(summary, level),
    compare: (a, b) => compareMeans(a, b, level),
    compareWithTarget: (summary, target) =>
      meanVersusTarget('compareWithTarget', checkMeanSummary('compareWithTarget', 'summary', summary), target, confidenceLevel),
  };
}
