import { addCounts } from '../internal/summaries/addCounts.js';
import { checkPercentile, forEachDuration } from '../internal/summaries/durations.js';
import { checkSample, splitSampleArguments } from '../internal/checks/sample.js';
import { checkCount, checkFinite, checkObject, checkOptions, checkRequiredOptions, fail, isPlainObject } from '../internal/checks/validate.js';
import type { Accessor, Answer, SummaryCounts } from '../types.js';

/** The accuracy of an {@link ApproximatePercentileSummary}. @category Statistics */
export interface ApproximatePercentileSummaryOptions {
  /**
   * α, from 10⁻⁶ up to, not including, 1: every percentile read from the summary is within α × its
   * exact value (0.01: within 1 %). Smaller means more buckets: about ln(max/min) / (2α) of them.
   *
   * @defaultValue 0.01
   */
  readonly relativeAccuracy?: number;
}

/** Which percentile to read, and the accuracy of the summary built on the way. @category Statistics */
export interface ApproximatePercentileOptions extends ApproximatePercentileSummaryOptions {
  /** Required: the percentile from 0 to 100 (90, not 0.9). */
  readonly percentile: number;
}

/**
 * A mergeable summary of values ≥ 0 (durations, amounts) from which any percentile can be read
 * within a relative accuracy α: the values counted in log-spaced buckets, in the manner of
 * DDSketch. A positive value x is in bucket k = ⌈ln x / ln γ⌉, γ = (1 + α) / (1 − α), the
 * values in (γ^(k−1), γ^k]; zeros are counted apart. Plain JSON; it merges exactly (counts add),
 * so a percentile of a month is the merge of its days, or of its shards.
 *
 * @category Statistics
 */
export interface ApproximatePercentileSummary {
  /** α, the relative accuracy the buckets were built for. */
  readonly relativeAccuracy: number;
  /** How many values, zeros included. */
  readonly count: number;
  /** How many values are 0. */
  readonly zeroCount: number;
  /** The count of each non-empty bucket, keyed by its index k (an integer, as a string; may be negative). */
  readonly buckets: Readonly<Record<string, number>>;
  /** The smallest value; 0 when `count` is 0. */
  readonly minimum: number;
  /** The largest value; 0 when `count` is 0. */
  readonly maximum: number;
  /** Rows without a value (`null` or `undefined`), skipped. */
  readonly unanswered: number;
}

const DEFAULT_ACCURACY = 0.01;
/**
 * The finest accuracy accepted. Below it the rounding of doubles, not α, bounds the error (γ − 1
 * carries an absolute error near 10⁻¹⁶), and near 10⁻¹⁶ γ rounds to 1: every index would be
 * ±∞ or NaN. At 10⁻⁶ the indexes of all doubles stay within ±4 × 10⁸.
 */
const FINEST_ACCURACY = 1e-6;

function checkAccuracy(metric: string, field: string, value: unknown): number {
  const expected = 'a relative accuracy from 0.000001 up to, not including, 1 (0.01 for 1 %)';
  const accuracy = checkFinite(metric, field, value, expected);
  if (!(accuracy >= FINEST_ACCURACY && accuracy < 1)) fail(metric, field, 'OUT_OF_RANGE', expected, value);
  return accuracy;
}

/** ln γ for α: the width of a bucket on a log scale. */
function logGamma(accuracy: number): number {
  return Math.log((1 + accuracy) / (1 - accuracy));
}

function summarise(metric: string, values: unknown, valueof: unknown, accuracy: number): ApproximatePercentileSummary {
  const scale = logGamma(accuracy);
  const counts = new Map<number, number>();
  let count = 0;
  let zeroCount = 0;
  let minimum = Infinity;
  let maximum = -Infinity;
  const unanswered = forEachDuration(metric, 'values', values, valueof as Accessor<unknown, unknown> | undefined, (x) => {
    count++;
    if (x < minimum) minimum = x;
    if (x > maximum) maximum = x;
    if (x === 0) {
      zeroCount++;
      return;
    }
    // The expression the SQL builder writes too: CEIL(LN(x) / LN(γ)).
    const k = Math.ceil(Math.log(x) / scale);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  });
  const buckets: Record<string, number> = {};
  for (const k of [...counts.keys()].sort((a, b) => a - b)) buckets[String(k)] = counts.get(k)!;
  return count === 0
    ? { relativeAccuracy: accuracy, count, zeroCount, buckets, minimum: 0, maximum: 0, unanswered }
    : { relativeAccuracy: accuracy, count, zeroCount, buckets, minimum, maximum, unanswered };
}

/** A checked summary: buckets sorted by index. */
export interface Checked {
  readonly relativeAccuracy: number;
  readonly count: number;
  readonly zeroCount: number;
  readonly buckets: readonly (readonly [number, number])[];
  readonly minimum: number;
  readonly maximum: number;
  readonly unanswered: number;
}

/** A summary checked (warehouse counts accepted), its buckets sorted by index. */
export function checkApproximatePercentileSummary(metric: string, field: string, value: unknown): Checked {
  const object = checkObject(metric, field, value);
  const relativeAccuracy = checkAccuracy(metric, `${field}.relativeAccuracy`, object['relativeAccuracy']);
  const count = checkCount(metric, `${field}.count`, object['count']);
  const zeroCount = checkCount(metric, `${field}.zeroCount`, object['zeroCount']);
  const unanswered = object['unanswered'] === undefined ? 0 : checkCount(metric, `${field}.unanswered`, object['unanswered']);
  const rawBuckets = object['buckets'];
  if (!isPlainObject(rawBuckets)) fail(metric, `${field}.buckets`, 'WRONG_TYPE', 'a plain object of counts keyed by bucket index', rawBuckets);
  const buckets: [number, number][] = [];
  let total = zeroCount;
  for (const [key, n] of Object.entries(rawBuckets)) {
    if (!/^-?(0|[1-9]\d*)$/.test(key) || !Number.isSafeInteger(Number(key))) {
      fail(metric, `${field}.buckets`, 'UNKNOWN_VALUE', 'bucket indexes written as integers ("-3", "0", "42")', key);
    }
    const counted = checkCount(metric, `${field}.buckets.${key}`, n);
    total += counted;
    if (counted > 0) buckets.push([Number(key), counted]);
  }
  if (total !== count) {
    fail(metric, `${field}.buckets`, 'INCONSISTENT', `counts that add up to count − zeroCount (${String(count - zeroCount)})`, total - zeroCount);
  }
  buckets.sort((a, b) => a[0] - b[0]);
  const minimum = checkFinite(metric, `${field}.minimum`, object['minimum']);
  const maximum = checkFinite(metric, `${field}.maximum`, object['maximum']);
  if (minimum < 0) fail(metric, `${field}.minimum`, 'NEGATIVE', 'a value ≥ 0', object['minimum']);
  if (maximum < minimum) fail(metric, `${field}.maximum`, 'INCONSISTENT', `at least minimum (${String(minimum)})`, object['maximum']);
  // The extremes must be ones these counts can have: 0 with a zero counted, > 0 with a bucket.
  if (count === 0 && maximum !== 0) {
    fail(metric, `${field}.maximum`, 'INCONSISTENT', 'minimum and maximum 0 when count is 0', object['maximum']);
  }
  if (count > 0 && (minimum === 0) !== (zeroCount > 0)) {
    fail(metric, `${field}.minimum`, 'INCONSISTENT', zeroCount > 0 ? `0, as zeroCount is ${String(zeroCount)}` : 'a value > 0, as zeroCount is 0', object['minimum']);
  }
  if (count > 0 && (maximum === 0) !== (buckets.length === 0)) {
    fail(metric, `${field}.maximum`, 'INCONSISTENT', buckets.length === 0 ? '0, as every value is 0' : 'a value > 0, as a bucket counts values > 0', object['maximum']);
  }
  return { relativeAccuracy, count, zeroCount, buckets, minimum, maximum, unanswered };
}

/**
 * Builds an {@link ApproximatePercentileSummary} of a sample of values ≥ 0, such as waits or
 * resolution times in seconds: for percentiles that merge across days, shards and engines
 * (`approximatePercentileSummarySql` builds the same summary in a database).
 *
 * ## Formula
 * γ = (1 + α) / (1 − α); a value x > 0 counts in bucket k = ⌈ln x / ln γ⌉; zeros apart. Memory
 * grows with the number of buckets, ln(max / min) / ln γ (about 1,150 from 1 ms to 10⁷ s at 1 %),
 * not with the number of values.
 *
 * @param values - Values ≥ 0, or rows read through `value`. Any iterable; `null` and `undefined` skipped.
 * @param options - The relative accuracy α.
 * @returns The summary.
 * @throws {@link MetricInputError} the common input checks (a negative value is `NEGATIVE`; α below 10⁻⁶ is `OUT_OF_RANGE`).
 *
 * @example
 * ```ts
 * import { approximatePercentileSummary } from 'service-metrics';
 *
 * // γ = 1.01 / 0.99, ln γ = 0.0200007; 1 s is bucket ⌈0⌉ = 0; 100 s is ⌈4.60517 / 0.0200007⌉ = ⌈230.25…⌉ = 231.
 * approximatePercentileSummary([0, 1, 100, null]);
 * // => { relativeAccuracy: 0.01, count: 3, zeroCount: 1, buckets: { '0': 1, '231': 1 }, minimum: 0, maximum: 100, unanswered: 1 }
 * ```
 * @see Masson, C., Rim, J. E., & Lee, H. K. (2019). DDSketch: a fast and fully-mergeable quantile
 * sketch with relative-error guarantees. *PVLDB*, 12(12), 2195–2205.
 * {@link https://doi.org/10.14778/3352063.3352135}
 * @category Statistics
 */
export function approximatePercentileSummary(values: Iterable<Answer>, options?: ApproximatePercentileSummaryOptions): ApproximatePercentileSummary;
export function approximatePercentileSummary<T>(
  rows: Iterable<T>,
  value: Accessor<T, Answer>,
  options?: ApproximatePercentileSummaryOptions,
): ApproximatePercentileSummary;
export function approximatePercentileSummary(values: unknown, second?: unknown, third?: unknown): ApproximatePercentileSummary {
  const metric = 'approximatePercentileSummary';
  const { valueof, options } = splitSampleArguments(metric, second, third, 'value');
  const { relativeAccuracy = DEFAULT_ACCURACY } = checkOptions(metric, options, ['relativeAccuracy']);
  const accuracy = checkAccuracy(metric, 'options.relativeAccuracy', relativeAccuracy);
  return summarise(metric, checkSample(metric, 'values', values), valueof, accuracy);
}

/**
 * Merges two {@link ApproximatePercentileSummary} objects of the same accuracy, exactly: the
 * counts add, so the merge of the summaries of two samples is the summary of both.
 *
 * @param a - A summary.
 * @param b - A summary with the same `relativeAccuracy`.
 * @returns Their merge.
 * @throws {@link MetricInputError} the common input checks; `INCONSISTENT` (`b.relativeAccuracy`) for another
 * accuracy, and as in {@link approximatePercentileFromSummary} for a summary its counts cannot have.
 *
 * @example
 * ```ts
 * import { approximatePercentileSummary, mergeApproximatePercentileSummaries } from 'service-metrics';
 *
 * const merged = mergeApproximatePercentileSummaries(approximatePercentileSummary([1]), approximatePercentileSummary([0, 1]));
 * merged.buckets; // => { '0': 2 }
 * merged.count; // => 3
 * ```
 * @see {@link https://doi.org/10.14778/3352063.3352135 | Masson, Rim & Lee (2019), DDSketch, PVLDB 12(12)}
 * @category Statistics
 */
export function mergeApproximatePercentileSummaries(
  a: ApproximatePercentileSummary,
  b: ApproximatePercentileSummary,
): ApproximatePercentileSummary {
  const metric = 'mergeApproximatePercentileSummaries';
  const left = checkApproximatePercentileSummary(metric, 'a', a);
  const right = checkApproximatePercentileSummary(metric, 'b', b);
  if (left.relativeAccuracy !== right.relativeAccuracy) {
    fail(metric, 'b.relativeAccuracy', 'INCONSISTENT', `a.relativeAccuracy (${String(left.relativeAccuracy)})`, right.relativeAccuracy);
  }
  const counts = new Map<number, number>(left.buckets.map(([k, n]) => [k, n]));
  for (const [k, n] of right.buckets) counts.set(k, addCounts(metric, `b.buckets.${String(k)}`, counts.get(k) ?? 0, n));
  const buckets: Record<string, number> = {};
  for (const k of [...counts.keys()].sort((x, y) => x - y)) buckets[String(k)] = counts.get(k)!;
  const count = addCounts(metric, 'b.count', left.count, right.count);
  const zeroCount = addCounts(metric, 'b.zeroCount', left.zeroCount, right.zeroCount);
  const unanswered = addCounts(metric, 'b.unanswered', left.unanswered, right.unanswered);
  const sides = [left, right].filter((side) => side.count > 0);
  const minimum = sides.length === 0 ? 0 : Math.min(...sides.map((side) => side.minimum));
  const maximum = sides.length === 0 ? 0 : Math.max(...sides.map((side) => side.maximum));
  return { relativeAccuracy: left.relativeAccuracy, count, zeroCount, buckets, minimum, maximum, unanswered };
}

/**
 * A percentile read from an {@link ApproximatePercentileSummary}, within its relative accuracy α
 * of the exact percentile of the values ({@link durationPercentile}'s, Hyndman & Fan's type 7).
 *
 * ## Formula
 * With n values and h = (n − 1) × percentile / 100, the order statistics of ranks ⌊h⌋ and ⌈h⌉
 * (counting zeros, then buckets by index) are each estimated by their bucket's middle,
 * 2γ^k / (γ + 1) (0 for zeros; the minimum and maximum exactly), kept within [minimum, maximum]; the result is
 * x̂⌊h⌋ + (h − ⌊h⌋)(x̂⌈h⌉ − x̂⌊h⌋). Each estimate is within α of its order statistic, so their
 * weighted mean is within α of the exact percentile, the same weighted mean of the exact values.
 *
 * @param summary - A summary, or its counts from a warehouse (`unanswered` optional).
 * @param options - The percentile, 0–100.
 * @returns The percentile, in the values' units.
 * @throws {@link MetricInputError} the common input checks; `INCONSISTENT` (`summary.buckets`) when the
 * bucket counts do not add up to `count − zeroCount`, and (`summary.minimum`, `summary.maximum`) for
 * extremes the counts cannot have (a minimum that is not 0 while a zero is counted…); `EMPTY`
 * (`summary.count`) when it is 0.
 *
 * @example
 * ```ts
 * import { approximatePercentileFromSummary, approximatePercentileSummary } from 'service-metrics';
 *
 * const summary = approximatePercentileSummary([12, 3, 45, 20, 8]);
 * // The exact 90th percentile is 35 (durationPercentile's example); this is within 1 % of it.
 * Math.abs(approximatePercentileFromSummary(summary, { percentile: 90 }) - 35) <= 0.35; // => true
 * approximatePercentileFromSummary(summary, { percentile: 100 }); // => 45
 * ```
 * @see {@link https://doi.org/10.14778/3352063.3352135 | Masson, Rim & Lee (2019), DDSketch, PVLDB 12(12)}
 * @category Statistics
 */
export function approximatePercentileFromSummary(
  summary: SummaryCounts<ApproximatePercentileSummary>,
  options: { readonly percentile: number },
): number {
  const metric = 'approximatePercentileFromSummary';
  const percentile = checkPercentile(metric, 'options.percentile', checkRequiredOptions(metric, options, ['percentile'])['percentile']);
  return percentileOf(metric, checkApproximatePercentileSummary(metric, 'summary', summary), percentile);
}

function percentileOf(metric: string, summary: Checked, percentile: number): number {
  if (summary.count === 0) fail(metric, 'summary.count', 'EMPTY', 'at least one value', summary.count);
  const gamma = (1 + summary.relativeAccuracy) / (1 - summary.relativeAccuracy);
  const scale = Math.log(gamma);
  // ln of the factor 2 / (γ + 1) between a bucket's upper bound γ^k and its middle.
  const toMiddle = Math.log(2 / (gamma + 1));
  const h = (summary.count - 1) * (percentile / 100);
  const lower = Math.floor(h);
  const fraction = h - lower;
  /** The estimate of the order statistic of 0-based `rank`. */
  const at = (rank: number): number => {
    // The smallest and the largest value are known exactly.
    if (rank === 0) return summary.minimum;
    if (rank === summary.count - 1) return summary.maximum;
    if (rank < summary.zeroCount) return 0;
    let seen = summary.zeroCount;
    for (const [k, n] of summary.buckets) {
      seen += n;
      if (rank < seen) {
        // 2γ^k / (γ + 1) as one exp, which overflows only when the middle itself exceeds the
        // largest double (and so the maximum, which bounds it); 2γ^k overflowed from 9 × 10³⁰⁷ on.
        const middle = Math.exp(k * scale + toMiddle);
        return Math.min(Math.max(middle, summary.minimum), summary.maximum);
      }
    }
    return summary.maximum;
  };
  const below = at(lower);
  if (fraction === 0) return below;
  const above = at(lower + 1);
  return Math.min(below + (above - below) * fraction, above);
}

/**
 * A percentile of a sample of values ≥ 0 through an {@link ApproximatePercentileSummary}: within
 * `relativeAccuracy` of {@link durationPercentile}'s exact value, with memory that does not grow
 * with the sample. For one exact percentile of an array, use {@link durationPercentile}.
 *
 * @param values - Values ≥ 0, or rows read through `value`.
 * @param options - The percentile (0–100) and the relative accuracy.
 * @returns The percentile.
 * @throws {@link MetricInputError} the common input checks; `EMPTY` (`values`) without a value.
 *
 * @example
 * ```ts
 * import { approximatePercentile } from 'service-metrics';
 *
 * approximatePercentile([10, 7, 4, 3, 2, 1], { percentile: 0 }); // => 1
 * Math.abs(approximatePercentile([10, 7, 4, 3, 2, 1], { percentile: 50 }) - 3.5) <= 0.035; // => true
 * approximatePercentile([], { percentile: 50 }); // => throws EMPTY
 * ```
 * @see {@link https://doi.org/10.14778/3352063.3352135 | Masson, Rim & Lee (2019), DDSketch, PVLDB 12(12)}
 * @category Statistics
 */
export function approximatePercentile(values: Iterable<Answer>, options: ApproximatePercentileOptions): number;
export function approximatePercentile<T>(rows: Iterable<T>, value: Accessor<T, Answer>, options: ApproximatePercentileOptions): number;
export function approximatePercentile(values: unknown, second: unknown, third?: unknown): number {
  const metric = 'approximatePercentile';
  const { valueof, options } = splitSampleArguments(metric, second, third, 'value');
  const object = checkRequiredOptions(metric, options, ['percentile', 'relativeAccuracy']);
  const percentile = checkPercentile(metric, 'options.percentile', object['percentile']);
  const given = object['relativeAccuracy'];
  const accuracy = checkAccuracy(metric, 'options.relativeAccuracy', given === undefined ? DEFAULT_ACCURACY : given);
  const summary = summarise(metric, checkSample(metric, 'values', values), valueof, accuracy);
  if (summary.count === 0) fail(metric, 'values', 'EMPTY', 'at least one value', summary.count);
  return percentileOf(metric, checkApproximatePercentileSummary(metric, 'summary', summary), percentile);
}
