import { checkConfidenceLevel, tCritical } from '../internal/numeric/confidence.js';
import { checkMeanSummary, summariseValues } from '../internal/summaries/meanStatistics.js';
import { splitSampleArguments } from '../internal/checks/sample.js';
import { checkOptions, fail } from '../internal/checks/validate.js';
import type { Accessor, Answer, SummaryCounts } from '../types.js';
import type { ConfidenceInterval, ConfidenceOptions } from '../internal/types/statistics.js';
import type { MeanSummary } from './meanSummary.js';

/** A confidence interval for a mean, in the values' own units (scale points, seconds). @category Statistics */
export type MeanInterval = ConfidenceInterval<'t'>;

/**
 * A confidence interval for the mean of a sample by Student's t: mean CSAT or CES, AHT, any average.
 *
 * ## Formula
 * mean ± t · s/√n, s the sample standard deviation (dividing by n − 1), t the two-sided critical value of
 * Student's t with n − 1 degrees of freedom (2.262 for 10 values at 95 %, → 1.960). It assumes a roughly
 * normal mean (any distribution once n is a few dozen). Bounds are not clipped: on 1–5 ratings near the top
 * they can pass 5 (then prefer {@link proportionIntervalFromSummary} on the top-box share); for right-skewed handle
 * times and n < 30 the right side is too narrow. `null`/`undefined` are skipped; equals
 * `meanIntervalFromSummary(meanSummary(values))`.
 *
 * @param values - Finite numbers, or rows read through `value`. Any iterable.
 * @param options - The confidence level.
 * @returns The interval; `estimate` is the mean.
 * @throws {@link MetricInputError} the common input checks (`values[i]`); `EMPTY` with fewer than two values.
 * @example
 * ```ts
 * import { meanInterval } from 'service-metrics';
 * // R: t.test(c(-1.2, -2.4, -1.3, -1.3, 0, -1, -1.8, -0.8, -4.6, -1.4)), the sleep data
 * meanInterval([-1.2, -2.4, -1.3, -1.3, 0, -1, -1.8, -0.8, -4.6, -1.4]);
 * // => { estimate: -1.58, lower: -2.4598858, upper: -0.7001142, confidenceLevel: 0.95, method: 't' }
 * ```
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
 * {@link meanInterval} from a {@link MeanSummary} (or a warehouse's `COUNT`, `AVG`, `STDDEV_SAMP`).
 *
 * @param summary - Count, mean and sum of squared deviations; `unanswered` optional.
 * @param options - The confidence level.
 * @returns The interval; `estimate` is the mean.
 * @throws {@link MetricInputError} the common input checks; `EMPTY` with a count below 2; `INCONSISTENT` for a contradictory summary.
 * @example
 * ```ts
 * import { meanIntervalFromSummary } from 'service-metrics';
 * // 400 calls, mean 312 s, sample standard deviation 95 s: sumOfSquaredDeviations = 399 × 95²
 * meanIntervalFromSummary({ count: 400, mean: 312, sumOfSquaredDeviations: 399 * 95 ** 2 });
 * // => { estimate: 312, lower: 302.66, upper: 321.34, confidenceLevel: 0.95, method: 't' }
 * ```
 * @see Student [Gosset, W. S.] (1908). The probable error of a mean. *Biometrika*, 6(1), 1–25.
 * @see {@link https://stat.ethz.ch/R-manual/R-devel/library/stats/html/t.test.html | R: t.test}
 * @category Statistics
 */
export function meanIntervalFromSummary(summary: SummaryCounts<MeanSummary>, options?: ConfidenceOptions): MeanInterval {
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
