import { checkKey, checkMinimumAnswers, checkSegmentMetric, groupsByKey, mergeEntries } from '../internal/segments/grouping.js';
import { checkRequiredOptions } from '../internal/checks/validate.js';
import type { Comparison, ConfidenceInterval } from '../internal/types/statistics.js';
import type { GroupKey, KeyedSummary, MetricGroup, SegmentMetric } from '../internal/types/segments.js';

/** What {@link groupSummaries} computes. @category Segments */
export interface GroupSummariesInput<
  Value,
  Summary,
  Interval extends ConfidenceInterval = ConfidenceInterval,
  Change extends Comparison = Comparison,
> {
  /** The metric the summaries belong to, such as {@link npsMetric}. */
  readonly metric: SegmentMetric<Value, Summary, Interval, Change>;
  /** As in {@link GroupByInput}. @defaultValue 30 */
  readonly minimumAnswers?: number;
}

/**
 * Groups from keyed summaries: the rows of a warehouse `GROUP BY` (NPS counts per channel), or
 * the groups of several {@link groupBy} calls over chunks or shards. Summaries of one key are
 * merged with the metric's `merge` (each is checked, even one seen once), then each group gets
 * its value, interval and small flag, sorted by key, as in {@link groupBy}; so
 * `groupSummaries([...groupBy(chunk1, input), ...groupBy(chunk2, input)], { metric })` equals
 * `groupBy([...chunk1, ...chunk2], input)` (for counts to the last bit, for means to rounding).
 *
 * @param entries - `{ key, summary }` objects, any iterable; a {@link MetricGroup} is one.
 * @param input - The metric and the small-group threshold.
 * @returns One group per key, sorted by key.
 * @throws {@link MetricInputError} the common input checks on `input` and on each key
 * (`entries[i].key`); the metric's errors for a bad summary (`entries[i].summary.promoters`),
 * such as `INCONSISTENT` for a CSAT summary on another scale; a custom metric's bad results
 * (`input.metric.value`…, see {@link SegmentMetric}).
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
  // A plain object whose every key is known: a typo (`minimumAnswer`) cannot leave a default in place.
  const object = checkRequiredOptions(metric, input, ['metric', 'minimumAnswers'], 'input');
  const segment = checkSegmentMetric(metric, 'input.metric', object['metric']);
  const minimumAnswers = checkMinimumAnswers(metric, 'input.minimumAnswers', object['minimumAnswers']);
  const summaries = mergeEntries(metric, entries, segment, (key, field) => checkKey(metric, field, key));
  return groupsByKey(metric, summaries, segment, minimumAnswers) as MetricGroup<Key, Summary, Interval>[];
}
