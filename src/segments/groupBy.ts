import {
  checkAccessor,
  checkKey,
  checkMinimumAnswers,
  checkSegmentMetric,
  collectSummaries,
  groupsByKey,
} from '../internal/segments/grouping.js';
import { checkRequiredOptions } from '../internal/checks/validate.js';
import type { Comparison, ConfidenceInterval } from '../internal/types/statistics.js';
import type { Accessor } from '../types.js';
import type { GroupKey, MetricGroup, SegmentMetric } from '../internal/types/segments.js';

/** What {@link groupBy} groups by and computes. @category Segments */
export interface GroupByInput<
  T,
  Key extends GroupKey,
  Value,
  Summary,
  Interval extends ConfidenceInterval = ConfidenceInterval,
  Change extends Comparison = Comparison,
> {
  /**
   * Reads a row's group: a string or a finite number (channel, segment, agent, category). Rows
   * without one must be given one (`(row) => row.channel ?? "unknown"`) or filtered out first.
   */
  readonly key: Accessor<T, Key>;
  /** Reads the value the metric needs from a row, such as the 0–10 answer for NPS. */
  readonly value: Accessor<T, Value>;
  /** The metric: {@link npsMetric}, {@link csatMetric}, {@link meanMetric}… or your own {@link SegmentMetric}. */
  readonly metric: SegmentMetric<Value, Summary, Interval, Change>;
  /**
   * Groups with fewer answers are flagged `small`: a whole number ≥ 0. Thirty is a common rule
   * of thumb of survey practice, not a statistical threshold; the interval says how sure a
   * group's value is.
   *
   * @defaultValue 30
   */
  readonly minimumAnswers?: number;
}

/**
 * Any metric by a key — channel, segment, agent, category — from one pass over the rows: each
 * group with its mergeable summary, its value, its confidence interval, and a flag for groups
 * too small to read much into.
 *
 * ## How it works
 * Each row is read once, in order: `key(row, index)`, then `value(row, index)`. Values are
 * buffered per group and summarised a few thousand at a time by the metric's `summarise`, then
 * merged, so memory grows with the groups, not the rows, and a bad value names its row
 * (`scores[8123]`). A group's value is the metric's own: its NPS equals {@link nps} of its rows.
 * Groups of several calls (chunks, shards, warehouse counts) merge through {@link groupSummaries}.
 *
 * ## Order and undefined values
 * Groups are sorted by key, whatever the order of the rows: numbers first, ascending, then
 * strings by UTF-16 code units (not by locale, so the order is the same everywhere); `1` and
 * `"1"` are two groups. A group whose metric is undefined has `value: null` or `interval: null`
 * (see {@link MetricGroup}) instead of throwing for the whole call.
 *
 * @param rows - The rows, any iterable.
 * @param input - The key, the value and the metric, and the small-group threshold.
 * @returns One group per key, sorted by key.
 * @throws {@link MetricInputError} the common input checks on `input` and on each key
 * (`keys[i]`); any error the metric raises for a value, naming the row (`scores[i]`, `values[i]`);
 * a custom metric's bad results (`input.metric.value`…, see {@link SegmentMetric}).
 *
 * @example
 * ```ts
 * import { groupBy, npsMetric } from 'service-metrics';
 *
 * const surveys = [
 *   { channel: 'phone', score: 9 }, { channel: 'chat', score: 10 }, { channel: 'phone', score: 4 },
 *   { channel: 'chat', score: 8 }, { channel: 'email', score: null },
 * ];
 * const byChannel = groupBy(surveys, { key: (row) => row.channel, value: (row) => row.score, metric: npsMetric(), minimumAnswers: 2 });
 * byChannel.map((group) => [group.key, group.value, group.answered, group.small]);
 * // => [['chat', 50, 2, false], ['email', null, 0, true], ['phone', 0, 2, false]]
 * groupBy([{ channel: undefined, score: 9 }], { key: (row) => row.channel, value: (row) => row.score, metric: npsMetric() }); // => throws WRONG_TYPE
 * ```
 *
 * @category Segments
 */
export function groupBy<
  T,
  Key extends GroupKey,
  Value,
  Summary,
  Interval extends ConfidenceInterval = ConfidenceInterval,
  Change extends Comparison = Comparison,
>(rows: Iterable<T>, input: GroupByInput<T, Key, Value, Summary, Interval, Change>): MetricGroup<Key, Summary, Interval>[] {
  const metric = 'groupBy';
  // A plain object whose every key is known: a typo (`minimumAnswer`) cannot leave a default in place.
  const object = checkRequiredOptions(metric, input, ['key', 'value', 'metric', 'minimumAnswers'], 'input');
  const keyOf = checkAccessor(metric, 'input.key', object['key']);
  const valueOf = checkAccessor(metric, 'input.value', object['value']);
  const segment = checkSegmentMetric(metric, 'input.metric', object['metric']);
  const minimumAnswers = checkMinimumAnswers(metric, 'input.minimumAnswers', object['minimumAnswers']);
  const summaries = collectSummaries(
    metric,
    rows,
    (row, index) => checkKey(metric, `keys[${String(index)}]`, keyOf(row, index)),
    valueOf,
    segment,
  );
  return groupsByKey(metric, summaries, segment, minimumAnswers) as MetricGroup<Key, Summary, Interval>[];
}
