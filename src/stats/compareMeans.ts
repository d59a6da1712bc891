import { checkConfidenceLevel } from '../internal/numeric/confidence.js';
import { checkMeanSummary } from '../internal/summaries/meanStatistics.js';
import { tComparison } from '../internal/numeric/tComparison.js';
import { checkOptions, fail } from '../internal/checks/validate.js';
import type { Comparison, ConfidenceOptions } from '../internal/types/statistics.js';
import type { MeanSummary } from './meanSummary.js';

/** The difference of two means (`a − b`) with its Welch interval, standard error, ν and p-value. @category Statistics */
export interface MeanComparison extends Comparison<'welch'> {
  /** The standard error of the difference, √(sₐ²/nₐ + s_b²/n_b), in the values' units. */
  readonly standardError: number;
  /** The Welch–Satterthwaite degrees of freedom, usually fractional. */
  readonly degreesOfFreedom: number;
}

/**
 * Welch's t-test of two independent means (two teams' mean CSAT, AHT before and after): `a − b`, interval, p.
 *
 * ## Formula
 * With sample variances s² (dividing by n − 1): SE = √(sₐ²/nₐ + s_b²/n_b); ν = SE⁴ / [(sₐ²/nₐ)²/(nₐ − 1) +
 * (s_b²/n_b)²/(n_b − 1)] (Welch–Satterthwaite); interval (meanₐ − mean_b) ± t(ν)·SE; p-value P(|T_ν| ≥
 * |meanₐ − mean_b|/SE). As R's `t.test(a, b)`. With SE = 0 the interval is the difference, p is 1 (equal
 * means) or 0, ν = nₐ + n_b − 2. Bounds are not clipped.
 *
 * @param a - Summary of the first sample (from {@link meanSummary}).
 * @param b - Summary of the second sample.
 * @param options - The confidence level.
 * @returns The difference `a − b` in the values' units, its interval, SE, ν and p-value.
 * @throws {@link MetricInputError} the common input checks; `EMPTY` with fewer than two values; `INCONSISTENT` (as {@link mergeMeanSummaries}).
 * @example
 * ```ts
 * import { compareMeans, meanSummary } from 'service-metrics';
 * // R: t.test(extra ~ group, data = sleep): t = -1.8608, df = 17.776, p-value = 0.07939
 * const group1 = meanSummary([0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0, 2]);
 * const group2 = meanSummary([1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]);
 * compareMeans(group1, group2);
 * // => { difference: -1.58, lower: -3.3654832, upper: 0.2054832, standardError: 0.849, degreesOfFreedom: 17.776, pValue: 0.07939, confidenceLevel: 0.95, method: 'welch' }
 * ```
 * @see Welch, B. L. (1947). The generalization of "Student's" problem when several different population variances are involved. *Biometrika*, 34(1–2), 28–35.
 * @see Satterthwaite, F. E. (1946). An approximate distribution of estimates of variance components. *Biometrics Bulletin*, 2(6), 110–114.
 * @see {@link https://stat.ethz.ch/R-manual/R-devel/library/stats/html/t.test.html | R: t.test}
 * @category Statistics
 */
export function compareMeans(a: MeanSummary, b: MeanSummary, options?: ConfidenceOptions): MeanComparison {
  const metric = 'compareMeans';
  const left = checkMeanSummary(metric, 'a', a);
  const right = checkMeanSummary(metric, 'b', b);
  if (left.count < 2) fail(metric, 'a.count', 'EMPTY', 'at least two values', left.count);
  if (right.count < 2) fail(metric, 'b.count', 'EMPTY', 'at least two values', right.count);
  const confidenceLevel = checkConfidenceLevel(metric, checkOptions(metric, options, ['confidenceLevel'])['confidenceLevel']);
  const varianceA = left.sumOfSquaredDeviations / (left.count - 1) / left.count;
  const varianceB = right.sumOfSquaredDeviations / (right.count - 1) / right.count;
  const difference = left.mean - right.mean;
  const standardError = Math.sqrt(varianceA + varianceB);
  // Each variance of a mean is at most MAX_VALUE / 2, so only the difference can overflow.
  if (!Number.isFinite(difference)) {
    fail(metric, 'b.mean', 'OUT_OF_RANGE', 'a mean close enough to a.mean that their difference is finite', right.mean);
  }
  if (standardError === 0) return tComparison(difference, 0, left.count + right.count - 2, confidenceLevel, 'welch');
  // ν = 1 / (wₐ²/(nₐ − 1) + w_b²/(n_b − 1)) with w the shares of the variance: the same
  // number as the textbook ratio, without squaring variances that may under- or overflow.
  const shareA = varianceA / (varianceA + varianceB);
  const shareB = varianceB / (varianceA + varianceB);
  const degreesOfFreedom = 1 / ((shareA * shareA) / (left.count - 1) + (shareB * shareB) / (right.count - 1));
  return tComparison(difference, standardError, degreesOfFreedom, confidenceLevel, 'welch');
}
