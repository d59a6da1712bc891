import { checkPeriod, LocalDays, periodKeyOf, periodOrdinal, readTimestamp } from '../internal/segments/calendar.js';
import { checkOptions } from '../internal/checks/validate.js';
import type { Period } from '../internal/types/segments.js';
export type { Period } from '../internal/types/segments.js';

/**
 * When a row happened:
 * - a `Date`, or epoch milliseconds (not seconds: multiply Unix seconds by 1000);
 * - an ISO-8601 date-time with `Z` or an offset: `"2026-11-25T09:30:00Z"`,
 *   `"2026-11-25T10:30:00+01:00"` (`+0100` and `+01` also; a space may replace the `T`, as
 *   warehouses export; digits beyond milliseconds are dropped);
 * - an ISO-8601 calendar date, `"2026-11-25"`: a date, not an instant, so it falls on that
 *   day in every time zone.
 *
 * A date-time without `Z` or an offset (`"2026-11-25T09:30:00"`) is rejected: JavaScript would
 * read it in the machine's own time zone, so the same data would bucket differently on a laptop
 * and on a server. Add the offset, or `Z` if the warehouse stores UTC.
 *
 * @category Segments
 */
export type Timestamp = Date | number | string;

/**
 * The time zone whose calendar the periods follow.
 *
 * @category Segments
 */
export interface TimeZoneOptions {
  /**
   * An IANA time zone name, such as `"Europe/London"` or `"America/New_York"`, as
   * `Intl.DateTimeFormat` knows it: an instant falls on the day, week and month of the local
   * date there, with daylight-saving changes taken into account.
   * @defaultValue "UTC"
   */
  readonly timeZone?: string;
}

/**
 * The period a timestamp falls in, as an ISO 8601 key: `"2026-11-25"`, `"2026-W48"` or
 * `"2026-11"`, in UTC or in a named time zone. Useful for a composite key in {@link groupBy}
 * (channel by month) or for labelling; {@link periodSeries} buckets whole datasets faster.
 *
 * ## How it works
 * The local date is read through `Intl.DateTimeFormat` (one formatter per time zone, created
 * once and reused), with no date library; weeks and months are then computed from the date by
 * integer arithmetic on the proleptic Gregorian calendar.
 *
 * @param time - A `Date`, epoch milliseconds, or an ISO-8601 string (see {@link Timestamp}).
 * @param period - `"day"`, `"week"` (ISO 8601) or `"month"`.
 * @param options - The time zone.
 * @returns The period key.
 * @throws {@link MetricInputError} for `time`: `WRONG_TYPE` for another type, `NOT_FINITE` for
 * NaN or an Invalid Date, `UNKNOWN_VALUE` for a string in another format (or without an offset),
 * `OUT_OF_RANGE` for an impossible date (`2026-02-30`) or one outside years 0001–9999; for
 * `period`: `WRONG_TYPE` or `UNKNOWN_VALUE`; for `options.timeZone`: `WRONG_TYPE` or
 * `UNKNOWN_VALUE` for a zone the platform does not know.
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
 * periodKey(new Date(), 'day', { timeZone: 'Mars/Olympus_Mons' }); // => throws UNKNOWN_VALUE
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
