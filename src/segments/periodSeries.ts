import { checkPeriod, LocalDays, periodKeyOf, periodOrdinal, readTimestamp } from '../internal/segments/calendar.js';
import {
  checkAccessor,
  checkFillGaps,
  checkMinimumAnswers,
  checkSegmentMetric,
  collectSummaries,
  periodGroups,
} from '../internal/segments/grouping.js';
import { checkRequiredOptions } from '../internal/checks/validate.js';
import type { Comparison, ConfidenceInterval } from '../internal/types/statistics.js';
import type { Accessor } from '../types.js';
import type { Period, Timestamp } from './periodKey.js';
import type { MetricGroup, SegmentMetric } from '../internal/types/segments.js';

/** What {@link periodSeries} buckets and computes. @category Segments */
export interface PeriodSeriesInput<
  T,
  Value,
  Summary,
  Interval extends ConfidenceInterval = ConfidenceInterval,
  Change extends Comparison = Comparison,
> {
  /** Reads when a row happened (see {@link Timestamp}). Rows without a time must be filtered out first. */
  readonly time: Accessor<T, Timestamp>;
  /** `"day"`, `"week"` (ISO 8601, Monday to Sunday) or `"month"` (see {@link Period}). */
  readonly period: Period;
  /** Reads the value the metric needs from a row, such as the 0–10 answer for NPS. */
  readonly value: Accessor<T, Value>;
  /** The metric: {@link npsMetric}, {@link csatMetric}, {@link meanMetric}… or your own {@link SegmentMetric}. */
  readonly metric: SegmentMetric<Value, Summary, Interval, Change>;
  /** The time zone, as in {@link TimeZoneOptions}. @defaultValue "UTC" */
  readonly timeZone?: string;
  /** As in {@link GroupByInput}. @defaultValue 30 */
  readonly minimumAnswers?: number;
  /**
   * Whether every period from the first to the last is listed (those without rows empty, with
   * `value: null`), so a chart shows the gap and "previous" in {@link compareGroups} is the
   * calendar's. A stray timestamp years away adds every period in between: a span of more than
   * 100,000 periods is `OUT_OF_RANGE` unless this is `false`.
   *
   * @defaultValue true
   */
  readonly fillGaps?: boolean;
}

/**
 * A metric per day, ISO week or month, in UTC or a named time zone: one group per period, as
 * {@link groupBy} gives them, keyed `"2026-11-25"`, `"2026-W48"` or `"2026-11"`, in time order.
 *
 * ## How it works
 * One pass over the rows, reading `time(row, index)` then `value(row, index)` once each. Local
 * dates are read as {@link periodKey} reads them, with the zone's offset looked up once per UTC
 * hour (an hour holding a daylight-saving change row by row), so a row at 00:30 local time on
 * the morning after the clocks change falls on the right day. Summaries are bucketed and merged
 * as in {@link groupBy}, so the order of the rows does not matter, and chunks or warehouse
 * counts per period give the same series through {@link periodSeriesFromSummaries}.
 *
 * @param rows - The rows, any iterable.
 * @param input - The time, the period, the value, the metric; the time zone and options.
 * @returns One entry per period, oldest first; with `fillGaps`, no period is skipped.
 * @throws {@link MetricInputError} the common input checks on `input` and on each time, as
 * {@link periodKey} checks it (`times[i]`); any error the metric raises for a value, naming the
 * row (`scores[i]`, `values[i]`); a custom metric's bad results (`input.metric.value`…, see
 * {@link SegmentMetric}).
 *
 * @example
 * ```ts
 * import { npsMetric, periodSeries } from 'service-metrics';
 *
 * const surveys = [
 *   { answeredAt: '2026-03-29T23:30:00Z', score: 10 }, // 00:30 BST on 30 March in London
 *   { answeredAt: '2026-03-29T22:30:00Z', score: 3 }, // 23:30 BST on 29 March
 *   { answeredAt: '2026-03-27T12:00:00Z', score: 9 },
 * ];
 * const daily = periodSeries(surveys, { time: (row) => row.answeredAt, period: 'day', timeZone: 'Europe/London', value: (row) => row.score, metric: npsMetric() });
 * daily.map((day) => [day.key, day.value]);
 * // => [['2026-03-27', 100], ['2026-03-28', null], ['2026-03-29', -100], ['2026-03-30', 100]]
 * ```
 *
 * @see {@link https://en.wikipedia.org/wiki/ISO_week_date | ISO week date}
 * @see {@link https://tc39.es/ecma402/#datetimeformat-objects | ECMA-402: DateTimeFormat objects}
 * @category Segments
 */
export function periodSeries<
  T,
  Value,
  Summary,
  Interval extends ConfidenceInterval = ConfidenceInterval,
  Change extends Comparison = Comparison,
>(rows: Iterable<T>, input: PeriodSeriesInput<T, Value, Summary, Interval, Change>): MetricGroup<string, Summary, Interval>[] {
  const metric = 'periodSeries';
  // A plain object whose every key is known: a typo (`minimumAnswer`) cannot leave a default in place.
  const object = checkRequiredOptions(metric, input, ['time', 'period', 'timeZone', 'value', 'metric', 'minimumAnswers', 'fillGaps'], 'input');
  const timeOf = checkAccessor(metric, 'input.time', object['time']);
  const period = checkPeriod(metric, 'input.period', object['period']);
  const valueOf = checkAccessor(metric, 'input.value', object['value']);
  const segment = checkSegmentMetric(metric, 'input.metric', object['metric']);
  const localDays = new LocalDays(metric, object['timeZone'], 'input.timeZone');
  const minimumAnswers = checkMinimumAnswers(metric, 'input.minimumAnswers', object['minimumAnswers']);
  const fillGaps = checkFillGaps(metric, 'input.fillGaps', object['fillGaps']);
  const summaries = collectSummaries(
    metric,
    rows,
    (row, index) => {
      const time = timeOf(row, index);
      const field = `times[${String(index)}]`;
      return periodOrdinal(period, localDays.of(readTimestamp(metric, field, time), field, time));
    },
    valueOf,
    segment,
    (ordinal) => periodKeyOf(period, ordinal as number),
  );
  return periodGroups(metric, summaries as Map<number, unknown>, period, segment, minimumAnswers, fillGaps) as MetricGroup<
    string,
    Summary,
    Interval
  >[];
}
