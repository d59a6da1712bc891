import { checkDurationSummary, meanOfSummary, summariseDurations } from '../internal/durations.js';
import { addCounts } from '../internal/addCounts.js';
import { fail } from '../internal/validate.js';
import type { Accessor, Answer } from '../types.js';

/**
 * How many durations and their total, as an ACD interval report or a warehouse query gives
 * them (`COUNT(*)`, `SUM(seconds)`), with the shortest and longest when known: the input of
 * {@link averageDurationFromSummary} and {@link mergeDurationSummaries}. A
 * {@link DurationSummary} has this shape.
 *
 * @category Operations
 */
export interface DurationTotals {
  /** How many durations (contacts answered, contacts handled, tickets resolved), a whole number ≥ 0. */
  readonly count: number;
  /** Their sum, in seconds, a finite number ≥ 0; 0 when `count` is 0. */
  readonly totalSeconds: number;
  /**
   * The shortest duration, in seconds, or `null` when there is none (`count` 0) or it is not
   * known (totals from a report that does not give it).
   * @defaultValue null
   */
  readonly minSeconds?: number | null;
  /**
   * The longest duration, in seconds, or `null` when there is none or it is not known.
   * @defaultValue null
   */
  readonly maxSeconds?: number | null;
  /**
   * Rows that had no duration (`null` or `undefined`: a ticket not resolved yet, a chat with
   * no reply yet), skipped and counted, as `unanswered` is in every summary of the library;
   * they enter no figure.
   * @defaultValue 0
   */
  readonly unanswered?: number;
}

/**
 * The sufficient statistic of a mean duration: count, total, shortest and longest, and rows
 * without a duration, as plain JSON that merges. The mean over many intervals, queues or
 * shards is total / count of the merged summary — weighted by volume, never a mean of means.
 *
 * Percentiles and the median cannot be merged from a summary this small: they need the
 * durations themselves (see {@link durationStats}).
 *
 * @category Operations
 */
export interface DurationSummary extends DurationTotals {
  readonly minSeconds: number | null;
  readonly maxSeconds: number | null;
  readonly unanswered: number;
}

/**
 * One pass over durations in seconds (answer times, handle times, times to first response or
 * to resolution) into a {@link DurationSummary}: how many, their total, the shortest and the
 * longest.
 *
 * The total is a compensated sum (Neumaier), accurate to the last bits however many durations
 * there are. `null` and `undefined` mean "no duration yet" (an open ticket): they are skipped
 * and counted in `unanswered`. Anything else that is not a finite number ≥ 0 is an error. An empty
 * sample gives the empty summary, the identity of {@link mergeDurationSummaries}. Runs in
 * O(n), one pass, reading each row once and keeping nothing.
 *
 * @param durations - Durations in seconds, or rows read through `duration`. Any iterable.
 * @returns The summary, as plain JSON.
 * @throws {@link MetricInputError} `WRONG_TYPE`, `NOT_FINITE` or `NEGATIVE` for a duration that is
 * not a finite number ≥ 0 (naming its index, `durations[i]`); `OUT_OF_RANGE` (`durations`) when the
 * total overflows a double; `WRONG_TYPE` for a sample that is not iterable or an accessor that is
 * not a function.
 *
 * @example
 * ```ts
 * import { durationSummary } from 'service-metrics';
 *
 * durationSummary([300, 420, null, 240]);
 * // => { count: 3, totalSeconds: 960, minSeconds: 240, maxSeconds: 420, unanswered: 1 }
 * durationSummary([{ resolvedAfter: 3600 }, { resolvedAfter: 5400 }], (row) => row.resolvedAfter).totalSeconds; // => 9000
 * ```
 *
 * @see Neumaier, A. (1974). Rundungsfehleranalyse einiger Verfahren zur Summation endlicher
 * Summen. *ZAMM*, 54(1), 39–51.
 * @category Operations
 */
export function durationSummary(durations: Iterable<Answer>): DurationSummary;
export function durationSummary<T>(rows: Iterable<T>, duration: Accessor<T, Answer>): DurationSummary;
export function durationSummary(durations: unknown, duration?: unknown): DurationSummary {
  return summariseDurations('durationSummary', 'durations', durations, duration);
}

/**
 * Adds two {@link DurationSummary} values (or the totals of two ACD report rows), as for two
 * intervals, two queues, two shards. Merging is commutative, associative up to the rounding
 * of one addition, and has the empty summary as identity.
 *
 * The minimum and maximum are those of both sides; when one side has durations but does not
 * know its minimum (or maximum), neither does the result (`null`).
 *
 * @param a - One summary or totals.
 * @param b - Another.
 * @returns A new summary; neither input is changed.
 * @throws {@link MetricInputError} `WRONG_TYPE` (`a`, `b`) for a summary that is not an object;
 * `WRONG_TYPE`, `NOT_FINITE`, `NOT_INTEGER`, `NEGATIVE` or `OUT_OF_RANGE` for a count that is not a
 * whole number from 0 to 2⁵³ − 1 (`a.count`…); `WRONG_TYPE`, `NOT_FINITE` or `NEGATIVE` for a
 * total, minimum or maximum that is not a finite number ≥ 0; `INCONSISTENT` for totals that
 * contradict themselves (a total, minimum or maximum with a count of 0; a minimum above the
 * maximum; a total outside count × [min, max]); `OUT_OF_RANGE` (`b.totalSeconds`) when the sum of
 * the totals overflows a double; `OUT_OF_RANGE` (`b.count`, `b.unanswered`) for a merged count past
 * 2⁵³ − 1.
 *
 * @example
 * ```ts
 * import { durationSummary, mergeDurationSummaries } from 'service-metrics';
 *
 * mergeDurationSummaries(durationSummary([30, 50]), durationSummary([10, null]));
 * // => { count: 3, totalSeconds: 90, minSeconds: 10, maxSeconds: 50, unanswered: 1 }
 * // Totals from a report, with no minimum or maximum:
 * mergeDurationSummaries({ count: 300, totalSeconds: 9000 }, { count: 500, totalSeconds: 20000 });
 * // => { count: 800, totalSeconds: 29000, minSeconds: null, maxSeconds: null, unanswered: 0 }
 * ```
 *
 * @category Operations
 */
export function mergeDurationSummaries(a: DurationTotals, b: DurationTotals): DurationSummary {
  const metric = 'mergeDurationSummaries';
  const left = checkDurationSummary(metric, 'a', a);
  const right = checkDurationSummary(metric, 'b', b);
  const unanswered = addCounts(metric, 'b.unanswered', left.unanswered, right.unanswered);
  const count = addCounts(metric, 'b.count', left.count, right.count);
  if (left.count === 0) return { ...right, unanswered };
  if (right.count === 0) return { ...left, unanswered };
  const totalSeconds = left.totalSeconds + right.totalSeconds;
  if (totalSeconds === Infinity) fail(metric, 'b.totalSeconds', 'OUT_OF_RANGE', "a total whose sum with a's is a finite number", right.totalSeconds);
  const both = (x: number | null, y: number | null, pick: (x: number, y: number) => number): number | null =>
    x === null || y === null ? null : pick(x, y);
  return {
    count,
    totalSeconds,
    minSeconds: both(left.minSeconds, right.minSeconds, Math.min),
    maxSeconds: both(left.maxSeconds, right.maxSeconds, Math.max),
    unanswered,
  };
}

/**
 * The mean duration of a {@link DurationSummary}, or of totals from an ACD report or a
 * warehouse: total / count, in seconds.
 *
 * ## Formula
 * mean = totalSeconds / count
 *
 * Over many intervals, queues or days, merge their summaries (or add their counts and totals)
 * first: the result is the volume-weighted mean, which is what a report over the whole period
 * means. The mean of the daily means gives each day the same weight whatever its volume, and
 * is wrong whenever volumes differ.
 *
 * This is the average speed of answer from (answered contacts, total answer wait), the average
 * handle time from (contacts handled, talk + hold + after-contact work), and so on; see
 * {@link averageSpeedOfAnswer}, {@link averageWait} and {@link averageHandleTime} for the
 * same figures from a log.
 *
 * @param summary - A count and a total in seconds (with the minimum and maximum when known).
 * @returns The mean, in seconds.
 * @throws {@link MetricInputError} `EMPTY` (`summary.count`) when the count is 0; `WRONG_TYPE`
 * (`summary`) when the summary is not an object; otherwise as {@link mergeDurationSummaries} for
 * bad or contradictory totals (naming `summary.count`, `summary.totalSeconds`…).
 *
 * @example
 * ```ts
 * import { averageDurationFromSummary, mergeDurationSummaries } from 'service-metrics';
 *
 * // Call Centre Helper's AHT example: 668,205 s talk + 99,153 s hold + 198,306 s wrap, 4,311 calls.
 * averageDurationFromSummary({ count: 4311, totalSeconds: 668205 + 99153 + 198306 }); // => 224
 * // ASA over three days: 34 s weighted by calls, not the 31.67 s mean of the daily 30, 40 and 25 s.
 * const monday = { count: 300, totalSeconds: 9000 };
 * const tuesday = { count: 500, totalSeconds: 20000 };
 * const wednesday = { count: 200, totalSeconds: 5000 };
 * averageDurationFromSummary(mergeDurationSummaries(mergeDurationSummaries(monday, tuesday), wednesday)); // => 34
 * averageDurationFromSummary({ count: 0, totalSeconds: 0 }); // => throws EMPTY
 * ```
 *
 * @see {@link https://callcentrehelper.com/what-is-average-handling-time-aht-208977.htm | Call Centre Helper: What is average handling time (AHT)?}
 * @category Operations
 */
export function averageDurationFromSummary(summary: DurationTotals): number {
  const metric = 'averageDurationFromSummary';
  return meanOfSummary(metric, 'summary.count', checkDurationSummary(metric, 'summary', summary));
}
