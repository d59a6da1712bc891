import { readList } from '../checks/lists.js';
import type { ContactOutcome } from '../types/contacts.js';
import type { DurationStats } from '../types/summaries.js';
import type { Accessor } from '../../types.js';
import { checkQueueContact, failUnknownWait } from '../checks/queueContact.js';
import { forEachValue, isMissing, splitSampleArguments } from '../checks/sample.js';
import { checkInRange, checkNonNegative, checkOptions, fail } from '../checks/validate.js';

/**
 * The shared arithmetic of the duration metrics (`durationStats`, `durationPercentile`,
 * `averageWait`, `averageHandleTime` and the other averages): a compensated running total, the
 * one-pass readers of durations, waits and statistics, and the type-7 percentile of a sorted
 * sample. Their mergeable summary is the public `MeanSummary`.
 */

/** Count, compensated total, shortest and longest of a pass over durations (internal). */
export interface DurationSummary {
  readonly count: number;
  readonly totalSeconds: number;
  readonly minSeconds: number | null;
  readonly maxSeconds: number | null;
  readonly unanswered: number;
}

/**
 * A running total of finite numbers ≥ 0 with Neumaier's compensation, plus count, min and max.
 * Mutable on purpose: one per pass, never exposed.
 */
export class DurationAccumulator {
  count = 0;
  private sum = 0;
  private compensation = 0;
  min = Infinity;
  max = -Infinity;

  /**
   * Adds one duration, already checked to be a finite number ≥ 0 and not −0 (the checks turn −0
   * into 0, so a summary is the same after a JSON round trip).
   */
  add(x: number): void {
    const next = this.sum + x;
    // Both terms are ≥ 0, so the larger is kept exactly and the other's lost low bits are
    // recovered exactly (Neumaier 1974).
    this.compensation += this.sum >= x ? this.sum - next + x : x - next + this.sum;
    this.sum = next;
    this.count++;
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
  }

  /** The compensated total; `OUT_OF_RANGE` on `field` when it overflows a double. */
  total(metric: string, field: string): number {
    const total = this.sum + this.compensation;
    if (!Number.isFinite(total)) fail(metric, field, 'OUT_OF_RANGE', 'durations whose total is a finite number', total);
    return total;
  }

  /** The summary of what was added, with `unanswered` rows skipped. */
  summary(metric: string, field: string, unanswered: number): DurationSummary {
    const empty = this.count === 0;
    return {
      count: this.count,
      totalSeconds: this.total(metric, field),
      minSeconds: empty ? null : this.min,
      maxSeconds: empty ? null : this.max,
      unanswered,
    };
  }
}

/**
 * The accessor argument of a `(values, valueof?)` function, named `field` in the signature
 * (`duration`, `contact`): a function or nothing.
 */
export function checkAccessor(metric: string, field: string, value: unknown): Accessor<unknown, unknown> | undefined {
  if (value !== undefined && typeof value !== 'function') {
    fail(metric, field, 'WRONG_TYPE', 'a function (row, index) => value', value);
  }
  return value as Accessor<unknown, unknown> | undefined;
}

/**
 * Calls `visit` with each duration of a sample (read through `valueof`), in order; counts
 * `null` and `undefined` as unanswered and returns that count; throws for anything else that is
 * not a finite number ≥ 0, naming `field[i]`.
 */
export function forEachDuration(
  metric: string,
  field: string,
  values: unknown,
  valueof: Accessor<unknown, unknown> | undefined,
  visit: (seconds: number) => void,
): number {
  let unanswered = 0;
  forEachValue(metric, field, values, valueof, (value, index) => {
    // `x >= 0` is false for NaN; `x < Infinity` rules out +Infinity: a finite number ≥ 0.
    if (typeof value === 'number' && value >= 0 && value < Infinity) visit(value + 0);
    else if (isMissing(value)) unanswered++;
    else visit(checkNonNegative(metric, `${field}[${String(index)}]`, value)); // throws, or a bigint read exactly
  });
  return unanswered;
}

/**
 * The durations of a sample, sorted ascending in a `Float64Array`, with their summary. Exact
 * percentiles need every value: this holds n doubles (8n bytes) besides the input.
 */
export function sortedDurations(
  metric: string,
  field: string,
  values: unknown,
  valueof: unknown,
): { sorted: Float64Array; summary: DurationSummary } {
  const accessor = checkAccessor(metric, 'duration', valueof);
  const accumulator = new DurationAccumulator();
  let buffer = new Float64Array(64);
  const unanswered = forEachDuration(metric, field, values, accessor, (seconds) => {
    if (accumulator.count === buffer.length) {
      const grown = new Float64Array(buffer.length * 2);
      grown.set(buffer);
      buffer = grown;
    }
    buffer[accumulator.count] = seconds;
    accumulator.add(seconds);
  });
  const sorted = buffer.subarray(0, accumulator.count).sort(); // typed arrays sort numerically
  return { sorted, summary: accumulator.summary(metric, field, unanswered) };
}

/**
 * The `percentile` (0–100) of a sorted, non-empty sample by Hyndman & Fan's definition 7 (R's
 * default `quantile`, NumPy's default `percentile`, Excel's `PERCENTILE.INC`): with the values
 * x₀ ≤ … ≤ xₙ₋₁ and h = (n − 1) × percentile / 100, it is x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋).
 *
 * The interpolated value lies between its two neighbours exactly; `Math.min` only removes a
 * rounding excess of the last bit, so the result is monotone in `percentile` and within
 * [min, max].
 */
export function percentileOfSorted(sorted: Float64Array, percentile: number): number {
  const h = (sorted.length - 1) * (percentile / 100);
  const lower = Math.floor(h);
  const below = sorted[lower]!;
  const fraction = h - lower; // exact: h and ⌊h⌋ share their leading bits
  if (fraction === 0) return below;
  const above = sorted[lower + 1]!;
  return Math.min(below + (above - below) * fraction, above);
}

/** A percentile in 0–100, as `numpy.percentile` takes it (a probability would be 0–1). */
export function checkPercentile(metric: string, field: string, value: unknown): number {
  return checkInRange(metric, field, value, 0, 100);
}

/**
 * The mean of a pass, total / count, kept within [min, max] when they are known: the exact
 * mean lies there, so this only removes rounding error.
 * `EMPTY` on `field` when the count is 0.
 */
export function meanOfSummary(metric: string, field: string, summary: DurationSummary): number {
  if (summary.count === 0) fail(metric, field, 'EMPTY', 'at least one duration', summary.count);
  let mean = summary.totalSeconds / summary.count;
  if (summary.minSeconds !== null && mean < summary.minSeconds) mean = summary.minSeconds;
  if (summary.maxSeconds !== null && mean > summary.maxSeconds) mean = summary.maxSeconds;
  return mean;
}

/**
 * The statistics of a duration sample for `metric` (`durationStats`, `firstResponseTime`,
 * `timeToResolution`): the shared body of the three.
 */
export function statsOf(metric: string, durations: unknown, second: unknown, third: unknown): DurationStats {
  const { valueof, options } = splitSampleArguments(metric, second, third, 'duration');
  const { percentiles: rawPercentiles = [], thresholdSeconds } = checkOptions(metric, options, ['percentiles', 'thresholdSeconds']);
  const list = readList(metric, 'options.percentiles', rawPercentiles, 'a list of percentiles from 0 to 100');
  const requested: number[] = [];
  for (let i = 0; i < list.length; i++) requested.push(checkPercentile(metric, `options.percentiles[${String(i)}]`, list[i]));
  const threshold =
    thresholdSeconds === undefined ? undefined : checkNonNegative(metric, 'options.thresholdSeconds', thresholdSeconds);
  const { sorted, summary } = sortedDurations(metric, 'durations', durations, valueof);
  const meanSeconds = meanOfSummary(metric, 'durations', summary); // EMPTY when there is no duration
  const percentiles: Record<string, number> = {};
  for (const p of requested) percentiles[String(p)] = percentileOfSorted(sorted, p);
  const stats = {
    ...summary,
    minSeconds: sorted[0]!,
    maxSeconds: sorted[sorted.length - 1]!,
    meanSeconds,
    medianSeconds: percentileOfSorted(sorted, 50),
    percentiles,
  };
  if (threshold === undefined) return stats;
  return { ...stats, percentWithinThreshold: (100 * countAtMost(sorted, threshold)) / sorted.length };
}

/** How many of the sorted values are ≤ `limit`: a binary search for the first one above it. */
function countAtMost(sorted: Float64Array, limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! <= limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * One pass over a contact log into the summary of the waits of the contacts with `outcome`
 * (`'all'`: every contact). Records are checked as `contacts[i]`; a log has no unanswered rows.
 * An abandoned contact with no recorded wait is skipped when only answered waits are read, and
 * an error when its wait would be averaged.
 */
export function summariseWaits(
  metric: string,
  contacts: unknown,
  valueof: Accessor<unknown, unknown> | undefined,
  outcome: ContactOutcome | 'all',
): DurationSummary {
  const accumulator = new DurationAccumulator();
  forEachValue(metric, 'contacts', contacts, valueof, (value, index) => {
    const contact = checkQueueContact(metric, 'contacts', index, value);
    if (outcome !== 'all' && contact.outcome !== outcome) return;
    if (contact.waitSeconds === null) failUnknownWait(metric, 'contacts', index, `the average wait of ${outcome === 'all' ? 'all' : 'abandoned'} contacts`);
    accumulator.add(contact.waitSeconds);
  });
  return accumulator.summary(metric, 'contacts', 0);
}
