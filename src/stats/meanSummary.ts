import { checkMeanSummary, summariseValues } from '../internal/summaries/meanStatistics.js';
import { addCounts } from '../internal/summaries/addCounts.js';
import { fail } from '../internal/checks/validate.js';
import type { Accessor, Answer, SummaryCounts } from '../types.js';
import type { MeanSummary } from '../internal/types/summaries.js';
export type { MeanSummary } from '../internal/types/summaries.js';

/**
 * One pass over numeric values into a {@link MeanSummary} by Welford's update; O(n).
 *
 * ## Formula
 * For each value x: n ← n + 1; δ = x − mean; mean ← mean + δ/n; M₂ ← M₂ + δ·(x − mean). `null`/`undefined`
 * count in `unanswered`; an empty sample gives the merge identity.
 *
 * @param values - Finite numbers, or rows read through `value`. Any iterable.
 * @returns The summary, as plain JSON.
 * @throws {@link MetricInputError} the common input checks (`values[i]`; `values` when Σ (x − mean)² overflows).
 * @example
 * ```ts
 * import { meanSummary } from 'service-metrics';
 * meanSummary([4, 5, 3, null]);
 * // => { count: 3, mean: 4, sumOfSquaredDeviations: 2, unanswered: 1 }
 * ```
 * @see Welford, B. P. (1962). Note on a method for calculating corrected sums of squares and products. *Technometrics*, 4(3), 419–420.
 * @category Statistics
 */
export function meanSummary(values: Iterable<Answer>): MeanSummary;
export function meanSummary<T>(rows: Iterable<T>, value: Accessor<T, Answer>): MeanSummary;
export function meanSummary(values: unknown, value?: unknown): MeanSummary {
  return summariseValues('meanSummary', values, value);
}

/**
 * Merges two {@link MeanSummary} values (chunks, shards, groups) by Chan, Golub & LeVeque's pairwise update.
 *
 * ## Formula
 * n = nₐ + n_b; mean = (nₐ·meanₐ + n_b·mean_b)/n; δ = mean_b − meanₐ; M₂ = M₂ₐ + M₂_b + δ²·nₐ·n_b/n.
 *
 * @param a - One summary.
 * @param b - Another summary.
 * @returns A new summary; neither input is changed.
 * @throws {@link MetricInputError} the common input checks (`a.count`…); `INCONSISTENT` for a mean or spread its count cannot have.
 * @example
 * ```ts
 * import { meanSummary, mergeMeanSummaries } from 'service-metrics';
 * mergeMeanSummaries(meanSummary([4, 5]), meanSummary([3]));
 * // => { count: 3, mean: 4, sumOfSquaredDeviations: 2, unanswered: 0 }
 * ```
 * @see Chan, T. F., Golub, G. H., & LeVeque, R. J. (1983). Algorithms for computing the sample variance: analysis and recommendations. *The American Statistician*, 37(3), 242–247.
 * @category Statistics
 */
export function mergeMeanSummaries(a: MeanSummary, b: MeanSummary): MeanSummary {
  const metric = 'mergeMeanSummaries';
  const left = checkMeanSummary(metric, 'a', a);
  const right = checkMeanSummary(metric, 'b', b);
  const unanswered = addCounts(metric, 'b.unanswered', left.unanswered, right.unanswered);
  const count = addCounts(metric, 'b.count', left.count, right.count);
  if (left.count === 0) return { ...right, unanswered };
  if (right.count === 0) return { ...left, unanswered };
  const delta = right.mean - left.mean;
  let mean = (left.count * left.mean + right.count * right.mean) / count;
  // n × mean can overflow where the mean cannot: then move from one mean towards the other.
  if (!Number.isFinite(mean)) mean = left.mean + delta * (right.count / count);
  const sumOfSquaredDeviations =
    left.sumOfSquaredDeviations + right.sumOfSquaredDeviations + (delta * delta * left.count * right.count) / count;
  if (!Number.isFinite(sumOfSquaredDeviations)) {
    fail(metric, 'b', 'OUT_OF_RANGE', 'a summary whose merge with a has a finite sumOfSquaredDeviations', b);
  }
  return { count, mean, sumOfSquaredDeviations, unanswered };
}

/**
 * The mean of a {@link MeanSummary}, or of warehouse `COUNT` and `AVG` as `count` and `mean`.
 *
 * @param summary - Count and mean (`sumOfSquaredDeviations`, `unanswered` optional); merge summaries first, never average means.
 * @returns The mean, in the values' units.
 * @throws {@link MetricInputError} the common input checks; `EMPTY` (`summary.count`) for 0 values; `INCONSISTENT` as in {@link mergeMeanSummaries}.
 * @example
 * ```ts
 * import { meanFromSummary } from 'service-metrics';
 * // Call Centre Helper's AHT: (668,205 + 99,153 + 198,306) s over 4,311 calls, from ACD totals.
 * meanFromSummary({ count: 4311, mean: (668205 + 99153 + 198306) / 4311 }); // => 224
 * ```
 * @see {@link https://callcentrehelper.com/what-is-average-handling-time-aht-208977.htm | Call Centre Helper: What is average handling time (AHT)?}
 * @category Statistics
 */
export function meanFromSummary(summary: SummaryCounts<MeanSummary, 'sumOfSquaredDeviations' | 'unanswered'>): number {
  const metric = 'meanFromSummary';
  const checked = checkMeanSummary(metric, 'summary', summary, true);
  if (checked.count === 0) fail(metric, 'summary.count', 'EMPTY', 'at least one value', checked.count);
  return checked.mean;
}

/**
 * The arithmetic mean of numeric values (handle times, waits, scores), skipping `null` and `undefined`.
 *
 * ## Formula
 * mean = Σ x / n, computed as the running mean m ← m + (x − m)/k, which cannot overflow.
 *
 * @param values - Finite numbers, or rows read through `value`. Any iterable.
 * @returns The mean, in the values' units.
 * @throws {@link MetricInputError} the common input checks (`values[i]`); `EMPTY` (`values`) when no value is given.
 * @example
 * ```ts
 * import { mean } from 'service-metrics';
 * mean([300, 420, null, 240]); // => 320
 * ```
 * @see Welford, B. P. (1962). Note on a method for calculating corrected sums of squares and products. *Technometrics*, 4(3), 419–420.
 * @category Statistics
 */
export function mean(values: Iterable<Answer>): number;
export function mean<T>(rows: Iterable<T>, value: Accessor<T, Answer>): number;
export function mean(values: unknown, value?: unknown): number {
  const summary = summariseValues('mean', values, value);
  if (summary.count === 0) fail('mean', 'values', 'EMPTY', 'at least one value', summary.count);
  return summary.mean;
}
