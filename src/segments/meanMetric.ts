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
 * The mean of any numeric value (handle time in seconds, a CES or rating score, a wait) as a
 * {@link SegmentMetric} for {@link groupBy}, {@link periodSeries} and {@link compareGroups}:
 * each group is a {@link MeanSummary} (Welford's count, mean and Σ (x − mean)²; see
 * {@link meanSummary}, {@link mergeMeanSummaries}), and the value is {@link meanFromSummary},
 * in the values' units. Durations use it too: `meanMetric()` with `value: (c) => c.waitSeconds`
 * gives the average wait of each group.
 *
 * ## Interval and tests
 * - The interval is the t interval of {@link meanIntervalFromSummary} (`null` for a group with
 *   fewer than two values).
 * - Two groups are compared with {@link compareMeans} (Welch's t test).
 * - A group is tested against a target with the one-sample t test, t = (x̄ − μ₀)/(s/√n) on
 *   n − 1 degrees of freedom.
 *
 * Merging summaries adds floating-point sums in another order than one pass does, so a group's
 * mean may differ from the mean of its rows computed in one pass in the last bits (about 1e-15
 * relative); counts are exact.
 *
 * @param options - The confidence level.
 * @returns The metric descriptor.
 * @throws {@link MetricInputError} `WRONG_TYPE` (`options`) for options that are not an object;
 * `WRONG_TYPE`, `NOT_FINITE` or `OUT_OF_RANGE` for an `options.confidenceLevel` that is not a
 * number strictly between 0 and 1.
 *
 * @example
 * ```ts
 * import { groupBy, meanMetric } from 'service-metrics';
 *
 * const contacts = [
 *   { team: 'north', handleSeconds: 300 },
 *   { team: 'south', handleSeconds: 420 },
 *   { team: 'north', handleSeconds: 360 },
 *   { team: 'north', handleSeconds: null },
 * ];
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
