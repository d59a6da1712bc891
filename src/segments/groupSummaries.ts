import { checkKey, checkMinimumAnswers, checkSegmentMetric, groupsByKey, mergeEntries } from '../internal/segments/grouping.js';
import { checkObject } from '../internal/checks/validate.js';
import type { Comparison, ConfidenceInterval } from '../internal/types/statistics.js';
import type { GroupKey, KeyedSummary, MetricGroup, SegmentMetric } from '../internal/types/segments.js';

/**
 * What {@link groupSummaries} computes.
 *
 * @category Segments
 */
export interface GroupSummariesInput<
  Value,
  Summary,
  Interval extends ConfidenceInterval = ConfidenceInterval,
  Change extends Comparison = Comparison,
> {
  /** The metric the summaries belong to, such as {@link npsMetric}. */
  readonly metric: SegmentMetric<Value, Summary, Interval, Change>;
  /**
   * Groups with fewer answers are flagged `small`: a whole number ≥ 0.
   * @defaultValue 30
   */
  readonly minimumAnswers?: number;
}

/**
 * Groups from summaries that are already keyed: the rows of a warehouse `GROUP BY` (NPS counts
 * per channel), or the groups of several {@link groupBy} calls over chunks of a stream or
 * shards of a table. Summaries with the same key are merged with the metric's `merge`, then
 * each group gets its value, interval and small flag, exactly as in {@link groupBy}.
 *
 * So `groupSummaries([...groupBy(chunk1, input), ...groupBy(chunk2, input)], { metric })`
 * equals `groupBy([...chunk1, ...chunk2], input)`: for counts (NPS, CSAT, proportions) to the
 * last bit, for means to rounding (merging adds floating-point sums in another order).
 *
 * Every summary is checked: it is merged into the metric's empty summary, so one seen once is
 * checked too. Groups are sorted by key as in {@link groupBy}.
 *
 * @param entries - `{ key, summary }` objects, any iterable; a {@link MetricGroup} is one.
 * @param input - The metric and the small-group threshold.
 * @returns One group per key, sorted by key.
 * @throws {@link MetricInputError} `WRONG_TYPE` (`input`, `entries`, `entries[i]`) for an input
 * that is not an object, entries that are not iterable, or an entry that is not an object;
 * `WRONG_TYPE` for a missing metric member (`input.metric.summarise`…); `WRONG_TYPE` or
 * `NOT_FINITE` for a key that is not a string or a finite number (`entries[i].key`); `WRONG_TYPE`,
 * `NOT_FINITE`, `NOT_INTEGER`, `NEGATIVE` or `OUT_OF_RANGE` for an `input.minimumAnswers` that is
 * not a whole number from 0 to 2⁵³ − 1; the metric's errors for a bad summary
 * (`entries[i].summary.promoters`), such as `INCONSISTENT` for a CSAT summary on another scale.
 *
 * @example
 * ```ts
 * import { groupSummaries, npsMetric } from 'service-metrics';
 *
 * // SELECT channel, COUNT(*) FILTER (WHERE score >= 9) AS promoters, … GROUP BY channel, shard
 * const warehouse = [
 *   { key: 'chat', summary: { promoters: 120, passives: 50, detractors: 30, unanswered: 0 } },
 *   { key: 'phone', summary: { promoters: 40, passives: 30, detractors: 30, unanswered: 0 } },
 *   { key: 'chat', summary: { promoters: 80, passives: 50, detractors: 70, unanswered: 6 } },
 * ];
 * groupSummaries(warehouse, { metric: npsMetric() }).map((group) => [group.key, group.value]);
 * // => [['chat', 25], ['phone', 10]]
 * const bad = [{ key: 'chat', summary: { promoters: -1, passives: 0, detractors: 0, unanswered: 0 } }];
 * groupSummaries(bad, { metric: npsMetric() }); // => throws NEGATIVE
 * ```
 *
 * @category Segments
 */
export function groupSummaries<
  Key extends GroupKey,
  Value,
  Summary,
  Interval extends ConfidenceInterval = ConfidenceInterval,
  Change extends Comparison = Comparison,
>(
  entries: Iterable<KeyedSummary<Key, Summary>>,
  input: GroupSummariesInput<Value, Summary, Interval, Change>,
): MetricGroup<Key, Summary, Interval>[] {
  const metric = 'groupSummaries';
  const object = checkObject(metric, 'input', input);
  const segment = checkSegmentMetric(metric, 'input.metric', object['metric']);
  const minimumAnswers = checkMinimumAnswers(metric, 'input.minimumAnswers', object['minimumAnswers']);
  const summaries = mergeEntries(metric, entries, segment, (key, field) => checkKey(metric, field, key));
  return groupsByKey(metric, summaries, segment, minimumAnswers) as MetricGroup<Key, Summary, Interval>[];
}
