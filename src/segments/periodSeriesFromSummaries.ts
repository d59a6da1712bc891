import { checkPeriod, parsePeriodKey } from '../internal/segments/calendar.js';
import { checkFillGaps, checkMinimumAnswers, checkSegmentMetric, mergeEntries, periodGroups } from '../internal/segments/grouping.js';
import { checkRequiredOptions } from '../internal/checks/validate.js';
import type { Comparison, ConfidenceInterval } from '../internal/types/statistics.js';
import type { Period } from './periodKey.js';
import type { KeyedSummary, MetricGroup, SegmentMetric } from '../internal/types/segments.js';

/** What {@link periodSeriesFromSummaries} computes. @category Segments */
export interface PeriodSeriesFromSummariesInput<
  Value,
  Summary,
  Interval extends ConfidenceInterval = ConfidenceInterval,
  Change extends Comparison = Comparison,
> {
  /** The kind of period the keys name: `"day"`, `"week"` or `"month"`. */
  readonly period: Period;
  /** The metric the summaries belong to, such as {@link npsMetric}. */
  readonly metric: SegmentMetric<Value, Summary, Interval, Change>;
  /** As in {@link GroupByInput}. @defaultValue 30 */
  readonly minimumAnswers?: number;
  /** As in {@link PeriodSeriesInput}. @defaultValue true */
  readonly fillGaps?: boolean;
}

/**
 * A series from summaries keyed by period: warehouse counts per month (`GROUP BY
 * date_trunc('month', …)`), or several {@link periodSeries} calls over chunks. Summaries of one
 * period are merged; the result is {@link periodSeries}'s on the same rows (for counts to the
 * last bit, for means to rounding). Keys are ISO 8601 keys, as {@link periodKey} writes them; in
 * PostgreSQL `to_char(…, 'YYYY-MM')` or `to_char(…, 'IYYY-"W"IW')` (ISO week-year and week).
 *
 * @param entries - `{ key, summary }` objects, any iterable; a {@link MetricGroup} is one.
 * @param input - The period, the metric, and options.
 * @returns One entry per period, oldest first.
 * @throws {@link MetricInputError} the common input checks on `input` and on each key
 * (`entries[i].key`; `OUT_OF_RANGE` for `2025-W53`); the metric's errors for a bad summary; a
 * custom metric's bad results (`input.metric.value`…, see {@link SegmentMetric}).
 *
 * @example
 * ```ts
 * import { npsMetric, periodSeriesFromSummaries } from 'service-metrics';
 *
 * const monthly = [
 *   { key: '2026-09', summary: { promoters: 50, passives: 30, detractors: 20, unanswered: 0 } },
 *   { key: '2026-11', summary: { promoters: 45, passives: 30, detractors: 25, unanswered: 0 } },
 * ];
 * const series = periodSeriesFromSummaries(monthly, { period: 'month', metric: npsMetric() });
 * series.map((month) => [month.key, month.value]); // => [['2026-09', 30], ['2026-10', null], ['2026-11', 20]]
 * periodSeriesFromSummaries([{ key: '2025-W53', summary: monthly[0]!.summary }], { period: 'week', metric: npsMetric() }); // => throws OUT_OF_RANGE
 * ```
 *
 * @see {@link https://www.postgresql.org/docs/current/functions-formatting.html | PostgreSQL: data type formatting functions} (`IYYY`, `IW`)
 * @category Segments
 */
export function periodSeriesFromSummaries<
  Value,
  Summary,
  Interval extends ConfidenceInterval = ConfidenceInterval,
  Change extends Comparison = Comparison,
>(
  entries: Iterable<KeyedSummary<string, Summary>>,
  input: PeriodSeriesFromSummariesInput<Value, Summary, Interval, Change>,
): MetricGroup<string, Summary, Interval>[] {
  const metric = 'periodSeriesFromSummaries';
  // A plain object whose every key is known: a typo (`minimumAnswer`) cannot leave a default in place.
  const object = checkRequiredOptions(metric, input, ['period', 'metric', 'minimumAnswers', 'fillGaps'], 'input');
  const period = checkPeriod(metric, 'input.period', object['period']);
  const segment = checkSegmentMetric(metric, 'input.metric', object['metric']);
  const minimumAnswers = checkMinimumAnswers(metric, 'input.minimumAnswers', object['minimumAnswers']);
  const fillGaps = checkFillGaps(metric, 'input.fillGaps', object['fillGaps']);
  const summaries = mergeEntries(metric, entries, segment, (key, field) => parsePeriodKey(metric, field, period, key));
  return periodGroups(metric, summaries, period, segment, minimumAnswers, fillGaps) as MetricGroup<string, Summary, Interval>[];
}
