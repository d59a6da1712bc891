import type { Comparison, ConfidenceInterval } from './statistics.js';

/**
 * A metric as {@link groupBy}, {@link periodSeries} and {@link compareGroups} use it: the
 * library's summary trio (summarise, merge, compute) plus, when the metric has them, its
 * interval and its tests. `Value` is what the `value` accessor reads from a row, `Summary` the
 * metric's mergeable sufficient statistic, which flows through to every group.
 *
 * The library builds one for each summary family: {@link npsMetric}, {@link enpsMetric},
 * {@link csatMetric}, {@link csatMeanMetric}, {@link cesMetric}, {@link nevMetric},
 * {@link nevIntensityMetric}, {@link engagementIndexMetric}, {@link meanMetric},
 * {@link proportionMetric}, and for the contact log {@link serviceLevelMetric},
 * {@link abandonmentRateMetric}, {@link firstContactResolutionMetric}, {@link contactMixMetric},
 * and for SLA clocks {@link slaAchievementMetric}.
 * The `value` accessor picks what each row contributes: a mean agent rating or handle time is
 * `meanMetric()`, an agent-flagged first-contact resolution `proportionMetric()`.
 *
 * Any object of this shape works, so a metric of your own can be grouped too: its functions
 * must be pure, summaries must be objects, `merge` must be associative and commutative with
 * `summarise([])` as its identity, and `value`, `interval` and the comparisons should throw a
 * {@link MetricInputError} with code `EMPTY` when the summary holds too little to compute them
 * (the group then shows `null`). What the members return is checked — `answered` a whole number
 * ≥ 0, `value` a finite number, intervals and comparisons finite with lower ≤ upper, a p-value
 * from 0 to 1 — and an error from `summarise` that is not a `MetricInputError` is wrapped in one
 * (the original as its `cause`): each is a `MetricInputError` on `input.metric.<member>` whose
 * message names the group.
 *
 * @typeParam Value - What the `value` accessor returns for a row, such as an {@link Answer}.
 * @typeParam Summary - The mergeable summary, such as {@link NpsSummary}.
 * @typeParam Interval - The interval the metric gives, such as {@link NpsInterval}.
 * @typeParam Change - The comparison the metric's tests return, such as {@link NpsComparison}.
 * @category Segments
 */
export interface SegmentMetric<
  Value,
  Summary,
  Interval extends ConfidenceInterval = ConfidenceInterval,
  Change extends Comparison = Comparison,
> {
  /** One pass over a group's values into its summary; `summarise([])` is the empty summary. */
  readonly summarise: (values: readonly Value[]) => Summary;
  /** Adds two summaries of the same metric. */
  readonly merge: (a: Summary, b: Summary) => Summary;
  /** How many answers a summary holds (rows without an answer do not count). */
  readonly answered: (summary: Summary) => number;
  /** The metric from a summary; throws `EMPTY` when it is undefined. */
  readonly value: (summary: Summary) => number;
  /** The metric's confidence interval from a summary, if the metric has one. */
  readonly interval?: (summary: Summary) => Interval;
  /** The test of two summaries, `a − b`, if the metric has one. */
  readonly compare?: (a: Summary, b: Summary) => Change;
  /** The test of a summary against a fixed target value, `summary − target`, if the metric has one. */
  readonly compareWithTarget?: (summary: Summary, target: number) => Change;
}

/**
 * The key of a group: a string or a finite number. Keys are compared as a `Map` compares them,
 * so `1` and `"1"` are two different groups.
 *
 * @category Segments
 */
export type GroupKey = string | number;

/**
 * A key with its summary: one entry of a warehouse `GROUP BY`, or a group from an earlier call,
 * as {@link groupSummaries} and {@link periodSeriesFromSummaries} take them.
 *
 * @category Segments
 */
export interface KeyedSummary<Key extends GroupKey, Summary> {
  /** The group's key, such as a channel name or a period key. */
  readonly key: Key;
  /** The group's summary, such as an {@link NpsSummary} from a warehouse. */
  readonly summary: Summary;
}

/**
 * One group of a {@link groupBy} or one period of a {@link periodSeries}: the summary of its
 * rows, the metric, its interval, and whether the group is too small to read much into.
 *
 * @category Segments
 */
export interface MetricGroup<Key extends GroupKey, Summary, Interval extends ConfidenceInterval = ConfidenceInterval> {
  /** The group's key: a channel, agent or category, or a period key such as `"2026-11"`. */
  readonly key: Key;
  /** The group's mergeable summary; merged with the same group of other chunks it gives the whole. */
  readonly summary: Summary;
  /** The number of answers in the group (rows without an answer do not count). */
  readonly answered: number;
  /** The metric of the group, or `null` when it is undefined (no answer in the group). */
  readonly value: number | null;
  /**
   * The metric's confidence interval, or `null` when the metric has none or it is undefined
   * (no answer; for a mean, fewer than two).
   */
  readonly interval: Interval | null;
  /** Whether `answered` is below the call's `minimumAnswers`. */
  readonly small: boolean;
}

/**
 * A calendar period to bucket by, each with an ISO 8601 key:
 * - `"day"`: `2026-11-25`;
 * - `"week"`: the ISO week, Monday to Sunday, `2026-W48`. Week 1 is the week with the year's
 *   first Thursday (the week of 4 January), so the first days of January may belong to the
 *   last week of the year before (2027-01-01 is in `2026-W53`) and the last days of December to
 *   week 1 of the next (2024-12-30 is in `2025-W01`): the year in the key is the ISO week-year;
 * - `"month"`: `2026-11`.
 *
 * Keys of one kind sort as strings in time order.
 *
 * @category Segments
 */
export type Period = 'day' | 'week' | 'month';
