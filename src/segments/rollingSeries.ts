import { checkKey, checkMinimumAnswers, checkSegmentMetric, mergeInto, summariseFor, toGroup } from '../internal/segments/grouping.js';
import { checkSample } from '../internal/checks/sample.js';
import { checkIntegerInRange, checkObject, checkRequiredOptions } from '../internal/checks/validate.js';
import type { Comparison, ConfidenceInterval } from '../internal/types/statistics.js';
import type { GroupKey, KeyedSummary, MetricGroup, SegmentMetric } from '../internal/types/segments.js';

/** What {@link rollingSeries} computes. @category Segments */
export interface RollingSeriesInput<
  Value,
  Summary,
  Interval extends ConfidenceInterval = ConfidenceInterval,
  Change extends Comparison = Comparison,
> {
  /** The metric the summaries belong to, such as {@link serviceLevelMetric} or {@link meanMetric} (ASA). */
  readonly metric: SegmentMetric<Value, Summary, Interval, Change>;
  /** How many intervals each point covers: the entry and the `window − 1` before it, a whole number ≥ 1. */
  readonly window: number;
  /** As in {@link GroupByInput}. @defaultValue 30 */
  readonly minimumAnswers?: number;
}

/**
 * A rolling metric: for each interval, the metric over it and the intervals just before it, from
 * the intervals' mergeable summaries (service level over the last hour, from half-hour summaries).
 *
 * ## Formula
 * ```math
 * S_i = S_{i-w+1} \oplus \dots \oplus S_i, \qquad \text{metric}_i = \text{metric}(S_i)
 * ```
 * with ⊕ the metric's merge and w the window: the exact metric of the pooled contacts, not an
 * average of the intervals' values (a quiet interval weighs what its contacts weigh). The first
 * w − 1 points pool the intervals there are. Each point keeps its entry's key.
 *
 * ## Variants
 * - `window: 1` gives each interval on its own; a window as long as the series gives, at its last
 *   point, the whole day.
 * - Intervals must be consecutive and in time order: fill gaps with empty summaries first
 *   (as {@link periodSeries} does) so that a window spans time, not entries.
 *
 * @param entries - The intervals' summaries in time order, each `{ key, summary }` (any iterable), such as {@link periodSeries}'s groups.
 * @param input - The metric, the window and `minimumAnswers`.
 * @returns One group per entry, as {@link groupBy} returns them, with the rolling summary, value and interval.
 * @throws {@link MetricInputError} the common input checks, and the metric's own on a summary that is not its own.
 * @example
 * ```ts
 * import { rollingSeries, serviceLevelMetric } from 'service-metrics';
 * // Two half hours: 90 of 100 contacts answered within 20 s, then 60 of 100; the hour, 150 of 200.
 * const metric = serviceLevelMetric({ thresholdSeconds: 20 });
 * const counts = { thresholdSeconds: 20, shortAbandonSeconds: 0, abandonedWithinThreshold: 0, shortAbandoned: 0, abandonedWaitUnknown: 0 };
 * const halfHours = [
 *   { key: '09:00', summary: { ...counts, answered: 98, answeredWithinThreshold: 90, abandoned: 2 } },
 *   { key: '09:30', summary: { ...counts, answered: 90, answeredWithinThreshold: 60, abandoned: 10 } },
 * ];
 * rollingSeries(halfHours, { metric, window: 2 }).map((point) => point.value); // => [90, 75]
 * ```
 * @see {@link https://www.callcentrehelper.com/how-to-calculate-service-level-103325.htm | Call Centre Helper: how to calculate service level}
 * @category Segments
 */
export function rollingSeries<
  Key extends GroupKey,
  Value,
  Summary,
  Interval extends ConfidenceInterval = ConfidenceInterval,
  Change extends Comparison = Comparison,
>(entries: Iterable<KeyedSummary<Key, Summary>>, input: RollingSeriesInput<Value, Summary, Interval, Change>): MetricGroup<Key, Summary, Interval>[] {
  const metric = 'rollingSeries';
  const object = checkRequiredOptions(metric, input, ['metric', 'window', 'minimumAnswers'], 'input');
  const segment = checkSegmentMetric(metric, 'input.metric', object['metric']);
  const window = checkIntegerInRange(metric, 'input.window', object['window'], 1, Number.MAX_SAFE_INTEGER);
  const minimumAnswers = checkMinimumAnswers(metric, 'input.minimumAnswers', object['minimumAnswers']);
  const empty = summariseFor(metric, segment, []);
  const read: { key: Key; summary: unknown }[] = [];
  for (const entry of checkSample(metric, 'entries', entries)) {
    const field = `entries[${String(read.length)}]`;
    const item = checkObject(metric, field, entry);
    const key = checkKey(metric, `${field}.key`, item['key']) as Key;
    // Merged into the empty summary: checked, and its optional counts completed.
    read.push({ key, summary: mergeInto(metric, segment, empty, item['summary'], `${field}.summary`, key) });
  }
  return read.map(({ key }, index) => {
    let pooled = empty;
    for (let from = Math.max(0, index - window + 1); from <= index; from++) pooled = mergeInto(metric, segment, pooled, read[from]!.summary, `entries[${String(from)}].summary`, key);
    return toGroup(metric, key, pooled, segment, minimumAnswers) as MetricGroup<Key, Summary, Interval>;
  });
}
