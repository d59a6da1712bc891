import { checkPeriod, LocalDays, periodOrdinal, readTimestamp } from '../internal/segments/calendar.js';
import {
  checkAccessor,
  checkFillGaps,
  checkMinimumAnswers,
  checkSegmentMetric,
  collectSummaries,
  periodGroups,
} from '../internal/segments/grouping.js';
import { checkObject } from '../internal/checks/validate.js';
import type { Comparison, ConfidenceInterval } from '../internal/types/statistics.js';
import type { Accessor } from '../types.js';
import type { Period, Timestamp } from './periodKey.js';
import type { MetricGroup, SegmentMetric } from '../internal/types/segments.js';

/**
 * What {@link periodSeries} buckets and computes.
 *
 * @category Segments
 */
export interface PeriodSeriesInput<
  T,
  Value,
  Summary,
  Interval extends ConfidenceInterval = ConfidenceInterval,
  Change extends Comparison = Comparison,
> {
  /** Reads when a row happened (see {@link Timestamp}). Rows without a time must be filtered out first. */
  readonly time: Accessor<T, Timestamp>;
  /** `"day"`, `"week"` (ISO 8601, Monday to Sunday) or `"month"`. */
  readonly period: Period;
  /** Reads the value the metric needs from a row, such as the 0–10 answer for NPS. */
  readonly value: Accessor<T, Value>;
  /** The metric: {@link npsMetric}, {@link csatMetric}, {@link meanMetric}… or your own {@link SegmentMetric}. */
  readonly metric: SegmentMetric<Value, Summary, Interval, Change>;
  /**
   * An IANA time zone name whose calendar the periods follow, such as `"Europe/London"`.
   * @defaultValue "UTC"
   */
  readonly timeZone?: string;
  /**
   * Groups with fewer answers are flagged `small`: a whole number ≥ 0.
   * @defaultValue 30
   */
  readonly minimumAnswers?: number;
  /**
   * Whether every period from the first to the last is listed, those without rows with an
   * empty summary and `value: null`, so that a chart shows the gap and "the previous period"
   * in {@link compareGroups} is the calendar's previous period. (One stray timestamp years
   * away then adds a period for every day or week in between: check the range of the times.
   * A span of more than 100,000 periods is an `OUT_OF_RANGE` error unless this is `false`.)
   * @defaultValue true
   */
  readonly fillGaps?: boolean;
}

/**
 * A metric per day, ISO week or month, in UTC or in a named time zone: a series ordered by
 * period, each period with its summary, value, interval and small flag, as {@link groupBy}
 * gives them, its key an ISO 8601 period key (`"2026-11-25"`, `"2026-W48"`, `"2026-11"`).
 *
 * ## How it works
 * One pass over the rows, reading `time(row, index)` then `value(row, index)` once each. The
 * local date of an instant is read through `Intl.DateTimeFormat` with one cached formatter per
 * time zone, never one per row: the zone's offset is looked up once per distinct UTC hour and
 * reused for every row in that hour (an hour holding a daylight-saving change is read row by
 * row), so a row at 00:30 local time on the morning after the clocks change falls on the right
 * day. Weeks and months follow from the date by integer arithmetic (ISO 8601 weeks: week 1 holds
 * the year's first Thursday, and the key's year is the week-year).
 *
 * Summaries are bucketed by period and merged as in {@link groupBy}, so the series does not
 * depend on the order of the rows, and series of chunks or warehouse counts per period give
 * the same result through {@link periodSeriesFromSummaries}.
 *
 * @param rows - The rows, any iterable.
 * @param input - The time, the period, the value, the metric; the time zone and options.
 * @returns One entry per period, oldest first; with `fillGaps`, no period is skipped.
 * @throws {@link MetricInputError} for a bad time, naming its row (`times[i]`): `WRONG_TYPE`,
 * `NOT_FINITE` (NaN, an Invalid Date), `UNKNOWN_VALUE` (a string in another format, or a date-time
 * without an offset), `OUT_OF_RANGE` (an impossible date, or outside years 0001–9999);
 * `UNKNOWN_VALUE` for an `input.period` or `input.timeZone` that does not exist; `WRONG_TYPE`,
 * `NOT_FINITE`, `NOT_INTEGER`, `NEGATIVE` or `OUT_OF_RANGE` for an `input.minimumAnswers` that is
 * not a whole number from 0 to 2⁵³ − 1; any error the metric raises for a value, naming the row
 * (`scores[i]` for NPS or CSAT, `values[i]` for a mean or a proportion).
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
 * const daily = periodSeries(surveys, {
 *   time: (row) => row.answeredAt,
 *   period: 'day',
 *   timeZone: 'Europe/London',
 *   value: (row) => row.score,
 *   metric: npsMetric(),
 * });
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
  const object = checkObject(metric, 'input', input);
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
  );
  return periodGroups(metric, summaries as Map<number, unknown>, period, segment, minimumAnswers, fillGaps) as MetricGroup<
    string,
    Summary,
    Interval
  >[];
}
