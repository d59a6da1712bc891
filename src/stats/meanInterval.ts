import { checkConfidenceLevel, tCritical } from '../internal/numeric/confidence.js';
import { checkMeanSummary, summariseValues } from '../internal/summaries/meanStatistics.js';
import { splitSampleArguments } from '../internal/checks/sample.js';
import { checkOptions, fail } from '../internal/checks/validate.js';
import type { Accessor, Answer } from '../types.js';
import type { ConfidenceInterval, ConfidenceOptions } from '../internal/types/statistics.js';
import type { MeanSummary } from './meanSummary.js';

/**
 * A confidence interval for a mean, in the values' own units (scale points, seconds).
 *
 * @category Statistics
 */
export type MeanInterval = ConfidenceInterval<'t'>;

/**
 * A confidence interval for the mean of a sample, by Student's t: mean CSAT or CES score,
 * average handle time, any average of numbers.
 *
 * ## Formula
 * mean ± t · s/√n, with s the sample standard deviation (dividing by n − 1) and t the
 * two-sided critical value of Student's t with n − 1 degrees of freedom (2.262 for 10 values
 * at 95 %, tending to the normal 1.960 as n grows).
 *
 * The interval assumes the mean is roughly normal: true for any distribution once n is a few
 * dozen, and for small n when the values are not very skewed. It knows nothing of the scale:
 * the bounds are not clipped, so on 1–5 ratings with a small sample near the top they can pass
 * 5. Such an interval says that the normal approximation is poor there; a proportion interval
 * on the top-box share ({@link proportionInterval}) is then the better tool. Handle times are
 * skewed to the right: with fewer than about 30 calls the interval is too narrow on the right.
 *
 * `null` and `undefined` are "no value", skipped. `meanInterval(values)` is exactly
 * `meanIntervalFromSummary(meanSummary(values))`. Runs in O(n), one pass.
 *
 * @param values - Finite numbers, or rows read through `value`. Any iterable.
 * @param options - The confidence level.
 * @returns The interval; `estimate` is the mean.
 * @throws {@link MetricInputError} `EMPTY` with fewer than two values (no spread to measure);
 * `WRONG_TYPE` or `NOT_FINITE` for a value that is not a finite number (naming its index);
 * `OUT_OF_RANGE` for a confidence level not strictly between 0 and 1.
 *
 * @example
 * ```ts
 * import { meanInterval } from 'service-metrics';
 *
 * // R: t.test(c(-1.2, -2.4, -1.3, -1.3, 0, -1, -1.8, -0.8, -4.6, -1.4)), the sleep data
 * meanInterval([-1.2, -2.4, -1.3, -1.3, 0, -1, -1.8, -0.8, -4.6, -1.4]);
 * // => { estimate: -1.58, lower: -2.4598858, upper: -0.7001142, confidenceLevel: 0.95, method: 't' }
 * meanInterval([{ csat: 4 }, { csat: 5 }, { csat: 3 }], (row) => row.csat, { confidenceLevel: 0.9 }).upper; // => 5.69
 * meanInterval([4]); // => throws EMPTY
 * ```
 *
 * @see Student [Gosset, W. S.] (1908). The probable error of a mean. *Biometrika*, 6(1), 1–25.
 * @see {@link https://stat.ethz.ch/R-manual/R-devel/library/stats/html/t.test.html | R: t.test}
 * @category Statistics
 */
export function meanInterval(values: Iterable<Answer>, options?: ConfidenceOptions): MeanInterval;
export function meanInterval<T>(rows: Iterable<T>, value: Accessor<T, Answer>, options?: ConfidenceOptions): MeanInterval;
export function meanInterval(values: unknown, second?: unknown, third?: unknown): MeanInterval {
  const metric = 'meanInterval';
  const { valueof, options } = splitSampleArguments(metric, second, third, 'value');
  return intervalOf(metric, 'values', summariseValues(metric, values, valueof), options);
}

/**
 * A confidence interval for a mean from a {@link MeanSummary}: from {@link meanSummary}, from
 * merged shards, or from a warehouse's `COUNT`, `AVG` and `STDDEV_SAMP`. Gives the same
 * interval as {@link meanInterval} on the values summarised.
 *
 * @param summary - Count, mean and sum of squared deviations.
 * @param options - The confidence level.
 * @returns The interval; `estimate` is the mean.
 * @throws {@link MetricInputError} `EMPTY` with a count below 2; the summary errors of
 * {@link mergeMeanSummaries}; `OUT_OF_RANGE` for a confidence level not strictly between 0
 * and 1.
 *
 * @example
 * ```ts
 * import { meanIntervalFromSummary } from 'service-metrics';
 *
 * // 400 calls, mean 312 s, sample standard deviation 95 s: sumOfSquaredDeviations = 399 × 95²
 * meanIntervalFromSummary({ count: 400, mean: 312, sumOfSquaredDeviations: 399 * 95 ** 2, unanswered: 0 });
 * // => { estimate: 312, lower: 302.66, upper: 321.34, confidenceLevel: 0.95, method: 't' }
 * ```
 *
 * @see Student [Gosset, W. S.] (1908). The probable error of a mean. *Biometrika*, 6(1), 1–25.
 * @see {@link https://stat.ethz.ch/R-manual/R-devel/library/stats/html/t.test.html | R: t.test}
 * @category Statistics
 */
export function meanIntervalFromSummary(summary: MeanSummary, options?: ConfidenceOptions): MeanInterval {
  const metric = 'meanIntervalFromSummary';
  return intervalOf(metric, 'summary.count', checkMeanSummary(metric, 'summary', summary), options);
}

function intervalOf(metric: string, field: string, summary: MeanSummary, options: unknown): MeanInterval {
  const confidenceLevel = checkConfidenceLevel(metric, checkOptions(metric, options, ['confidenceLevel'])['confidenceLevel']);
  const { count, mean, sumOfSquaredDeviations } = summary;
  if (count < 2) fail(metric, field, 'EMPTY', 'at least two values', count);
  const standardError = Math.sqrt(sumOfSquaredDeviations / (count - 1) / count);
  const halfWidth = tCritical(confidenceLevel, count - 1) * standardError;
  return { estimate: mean, lower: mean - halfWidth, upper: mean + halfWidth, confidenceLevel, method: 't' };
}
