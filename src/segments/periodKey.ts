import { checkPeriod, LocalDays, periodKeyOf, periodOrdinal, readTimestamp } from '../internal/segments/calendar.js';
import { checkOptions } from '../internal/checks/validate.js';
import type { Period } from '../internal/types/segments.js';
export type { Period } from '../internal/types/segments.js';

/**
 * When a row happened: a `Date`; epoch milliseconds (not seconds); an ISO-8601 date-time with `Z`
 * or an offset (`"2026-11-25T10:30:00+01:00"`; `+0100`, `+01` and a space for the `T` also;
 * digits beyond milliseconds dropped); or a date, `"2026-11-25"`, that day in every time zone. A
 * date-time without `Z` or an offset is rejected: JavaScript would read it in the machine's own
 * zone, so a laptop and a server would bucket it differently. Add the offset, or `Z` for UTC.
 *
 * @category Segments
 */
export type Timestamp = Date | number | string;

/** The time zone whose calendar the periods follow. @category Segments */
export interface TimeZoneOptions {
  /**
   * An IANA time zone name (`"Europe/London"`) that `Intl.DateTimeFormat` knows: an instant falls
   * on the local date there, daylight-saving changes included.
   *
   * @defaultValue "UTC"
   */
  readonly timeZone?: string;
}

/**
 * The period a timestamp falls in, as an ISO 8601 key (`"2026-11-25"`, `"2026-W48"`, `"2026-11"`;
 * see {@link Period}), in UTC or a named time zone: for a composite key in {@link groupBy}
 * (channel by month) or a label; {@link periodSeries} buckets whole datasets faster. Local dates
 * come from `Intl.DateTimeFormat` (one formatter per zone), weeks and months by integer arithmetic.
 *
 * @param time - A `Date`, epoch milliseconds, or an ISO-8601 string (see {@link Timestamp}).
 * @param period - `"day"`, `"week"` (ISO 8601) or `"month"`.
 * @param options - The time zone.
 * @returns The period key.
 * @throws {@link MetricInputError} the common input checks: for `time`, `NOT_FINITE` for an Invalid
 * Date, `UNKNOWN_VALUE` for another format or no offset, `OUT_OF_RANGE` for an impossible date
 * (`2026-02-30`) or a year outside 0001–9999; `UNKNOWN_VALUE` for an unknown `options.timeZone`.
 *
 * @example
 * ```ts
 * import { periodKey } from 'service-metrics';
 *
 * periodKey('2026-11-25T09:30:00Z', 'week'); // => '2026-W48'
 * periodKey('2027-01-01', 'week'); // => '2026-W53'
 * periodKey(Date.UTC(2026, 10, 30, 23, 30), 'month'); // => '2026-11'
 * periodKey(Date.UTC(2026, 10, 30, 23, 30), 'month', { timeZone: 'Europe/Paris' }); // => '2026-12'
 * periodKey('2026-11-25T09:30:00', 'day'); // => throws UNKNOWN_VALUE
 * ```
 *
 * @see {@link https://en.wikipedia.org/wiki/ISO_week_date | ISO week date} (ISO 8601 weeks)
 * @see {@link https://tc39.es/ecma402/#datetimeformat-objects | ECMA-402: DateTimeFormat objects}
 * @category Segments
 */
export function periodKey(time: Timestamp, period: Period, options?: TimeZoneOptions): string {
  const metric = 'periodKey';
  const kind = checkPeriod(metric, 'period', period);
  const timeZone = checkOptions(metric, options, ['timeZone'])['timeZone'];
  const days = new LocalDays(metric, timeZone, 'options.timeZone', false).of(readTimestamp(metric, 'time', time), 'time', time);
  return periodKeyOf(kind, periodOrdinal(kind, days));
}
