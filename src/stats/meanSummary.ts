import { checkMeanSummary, summariseValues } from '../internal/summaries/meanStatistics.js';
import { addCounts } from '../internal/summaries/addCounts.js';
import { fail } from '../internal/checks/validate.js';
import type { Accessor, Answer } from '../types.js';
import type { MeanSummary } from '../internal/types/summaries.js';
export type { MeanSummary } from '../internal/types/summaries.js';

/**
 * One pass over numeric values (ratings, handle times in seconds, scores) into a
 * {@link MeanSummary}: count, mean and sum of squared deviations, by Welford's update, which
 * stays accurate where the textbook Σx² − (Σx)²/n cancels to noise (values far from 0 with a
 * small spread, such as timestamps or 1 000 000 ± 1).
 *
 * ## Formula
 * For each value x: n ← n + 1; δ = x − mean; mean ← mean + δ/n; M₂ ← M₂ + δ·(x − mean).
 *
 * `null` and `undefined` are "no value", skipped and counted in `unanswered`; anything else
 * that is not a finite number is an error. An empty sample gives the empty summary, the
 * identity of {@link mergeMeanSummaries}. Runs in O(n), one pass.
 *
 * @param values - Finite numbers, or rows read through `value`. Any iterable.
 * @returns The summary, as plain JSON.
 * @throws {@link MetricInputError} `WRONG_TYPE` or `NOT_FINITE` for a value that is not a finite
 * number (naming its index, `values[i]`); `OUT_OF_RANGE` (field `values`) for values so far apart
 * (about 1e154) that Σ (x − mean)² is not a finite number.
 *
 * @example
 * ```ts
 * import { meanSummary } from 'service-metrics';
 *
 * meanSummary([4, 5, 3, null]);
 * // => { count: 3, mean: 4, sumOfSquaredDeviations: 2, unanswered: 1 }
 * meanSummary([{ seconds: 300 }, { seconds: 420 }], (row) => row.seconds).mean; // => 360
 * ```
 *
 * @see Welford, B. P. (1962). Note on a method for calculating corrected sums of squares and
 * products. *Technometrics*, 4(3), 419–420.
 * @category Statistics
 */
export function meanSummary(values: Iterable<Answer>): MeanSummary;
export function meanSummary<T>(rows: Iterable<T>, value: Accessor<T, Answer>): MeanSummary;
export function meanSummary(values: unknown, value?: unknown): MeanSummary {
  return summariseValues('meanSummary', values, value);
}

/**
 * Merges two {@link MeanSummary} values, as for two chunks of a stream, two shards or two groups
 * of a query, with the pairwise update of Chan, Golub & LeVeque. Merging is commutative (to the
 * last bit) and associative up to rounding, with the empty summary as identity.
 *
 * ## Formula
 * n = nₐ + n_b; mean = (nₐ·meanₐ + n_b·mean_b)/n; δ = mean_b − meanₐ;
 * M₂ = M₂ₐ + M₂_b + δ²·nₐ·n_b/n.
 *
 * @param a - One summary.
 * @param b - Another summary.
 * @returns A new summary; neither input is changed.
 * @throws {@link MetricInputError} `WRONG_TYPE` (`a`, `b`) for a summary that is not an object;
 * `WRONG_TYPE`, `NOT_FINITE`, `NOT_INTEGER`, `NEGATIVE` or `OUT_OF_RANGE` for a `count` or
 * `unanswered` that is not a whole number from 0 to 2⁵³ − 1 (`a.count`…); `WRONG_TYPE` or
 * `NOT_FINITE` for a `mean` that is not a finite number; `WRONG_TYPE`, `NOT_FINITE` or `NEGATIVE`
 * for a `sumOfSquaredDeviations` that is not a finite number ≥ 0 (`INCONSISTENT` for a non-zero
 * mean with no value, or a spread with a single value); `OUT_OF_RANGE` (field `b`) when the two
 * means are so far apart that the merged sum of squared deviations is not a finite number, and
 * (`b.count`, `b.unanswered`) when a merged count would pass 2⁵³ − 1.
 *
 * @example
 * ```ts
 * import { meanSummary, mergeMeanSummaries } from 'service-metrics';
 *
 * mergeMeanSummaries(meanSummary([4, 5]), meanSummary([3]));
 * // => { count: 3, mean: 4, sumOfSquaredDeviations: 2, unanswered: 0 }
 * ```
 *
 * @see Chan, T. F., Golub, G. H., & LeVeque, R. J. (1983). Algorithms for computing the sample
 * variance: analysis and recommendations. *The American Statistician*, 37(3), 242–247.
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
 * The mean of a {@link MeanSummary}, or of warehouse figures of that shape (`COUNT` as `count`,
 * `AVG` as `mean`): the mean handle time, wait or score of the rows summarised. Over many
 * intervals, queues or shards, merge their summaries first: the result is weighted by volume,
 * never a mean of means.
 *
 * `unanswered` (bookkeeping) may be left out, and so may `sumOfSquaredDeviations`, which only
 * the interval and the tests need (both are checked when given).
 *
 * @param summary - Count and mean (and, when known, the sum of squared deviations).
 * @returns The mean, in the values' units.
 * @throws {@link MetricInputError} `EMPTY` (`summary.count`) when the count is 0; as
 * {@link mergeMeanSummaries} for a bad or contradictory summary (`summary.count`, `summary.mean`…).
 *
 * @example
 * ```ts
 * import { meanFromSummary, meanSummary, mergeMeanSummaries } from 'service-metrics';
 *
 * // Average speed of answer over two days: (20 + 5 + 50) / 3 s, weighted by calls.
 * const monday = meanSummary([{ waitSeconds: 20 }], (c) => c.waitSeconds);
 * const tuesday = meanSummary([{ waitSeconds: 5 }, { waitSeconds: 50 }], (c) => c.waitSeconds);
 * meanFromSummary(mergeMeanSummaries(monday, tuesday)); // => 25
 * // Call Centre Helper's AHT: (668,205 + 99,153 + 198,306) s over 4,311 calls, from ACD totals.
 * meanFromSummary({ count: 4311, mean: (668205 + 99153 + 198306) / 4311 }); // => 224
 * meanFromSummary({ count: 0, mean: 0 }); // => throws EMPTY
 * ```
 *
 * @see {@link https://callcentrehelper.com/what-is-average-handling-time-aht-208977.htm | Call Centre Helper: What is average handling time (AHT)?}
 * @category Statistics
 */
export function meanFromSummary(summary: MeanFromSummaryInput): number {
  const metric = 'meanFromSummary';
  const checked = checkMeanSummary(metric, 'summary', summary, true);
  if (checked.count === 0) fail(metric, 'summary.count', 'EMPTY', 'at least one value', checked.count);
  return checked.mean;
}

/**
 * What {@link meanFromSummary} takes: a {@link MeanSummary}, or warehouse figures of that shape
 * with `sumOfSquaredDeviations` and `unanswered` left out (the mean needs neither).
 *
 * @category Statistics
 */
export type MeanFromSummaryInput = Pick<MeanSummary, 'count' | 'mean'> & Partial<MeanSummary>;

/**
 * The arithmetic mean of numeric values (handle times, waits, scores): Welford's running mean,
 * exactly `meanFromSummary(meanSummary(values, value))`. `null` and `undefined` are skipped;
 * anything else that is not a finite number is an error.
 *
 * ## Formula
 * mean = Σ x / n, computed as the running mean m ← m + (x − m)/k, which cannot overflow where
 * the sum would.
 *
 * @param values - Finite numbers, or rows read through `value`. Any iterable.
 * @returns The mean, in the values' units.
 * @throws {@link MetricInputError} `EMPTY` (`values`) when no value is given; as
 * {@link meanSummary} for a bad value.
 *
 * @example
 * ```ts
 * import { mean } from 'service-metrics';
 *
 * mean([300, 420, null, 240]); // => 320
 * mean([{ talk: 100 }, { talk: 150 }], (row) => row.talk); // => 125
 * mean([null]); // => throws EMPTY
 * ```
 *
 * @see Welford, B. P. (1962). Note on a method for calculating corrected sums of squares and
 * products. *Technometrics*, 4(3), 419–420.
 * @category Statistics
 */
export function mean(values: Iterable<Answer>): number;
export function mean<T>(rows: Iterable<T>, value: Accessor<T, Answer>): number;
export function mean(values: unknown, value?: unknown): number {
  const summary = summariseValues('mean', values, value);
  if (summary.count === 0) fail('mean', 'values', 'EMPTY', 'at least one value', summary.count);
  return summary.mean;
}
