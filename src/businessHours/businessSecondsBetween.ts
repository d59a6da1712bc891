import { calendarArgument, checkCalendarInstant, forEachOpenInterval } from '../internal/segments/businessHours.js';
import { fail } from '../internal/checks/validate.js';
import type { BusinessCalendar } from '../internal/types/businessHours.js';

/**
 * The business time between two instants: the seconds of open time of a calendar in
 * [`start`, `end`), such as a ticket's wait in business hours.
 *
 * businessSeconds(start, end) = |open ∩ [start, end)| / 1000, in seconds (the instants'
 * milliseconds count, so the result may have a fraction). It is additive: for start ≤ t ≤ end,
 * businessSecondsBetween(start, t) + businessSecondsBetween(t, end) =
 * businessSecondsBetween(start, end). Open time follows the wall clock in the calendar's zone,
 * daylight-saving changes, holidays and intervals crossing midnight included (see
 * {@link businessCalendar} for the rules). The time is walked interval by interval and date by
 * date, never minute by minute: ten years take milliseconds.
 *
 * @param calendar - A calendar from {@link businessCalendar}, or its JSON (checked on each call).
 * @param start - The first instant: a `Date` or epoch milliseconds, from year 0001 to 9999.
 * @param end - The last instant, excluded: the same, not before `start`.
 * @returns Seconds of business time, ≥ 0.
 * @throws {@link MetricInputError} the common input checks (and the calendar's, as
 * {@link businessCalendar} does); `INCONSISTENT` when `end` is before `start` (no negative time:
 * a reply before its ticket is a data error to see).
 *
 * @example
 * ```ts
 * import { businessSecondsBetween } from 'service-metrics';
 *
 * const weekdays = [['09:00', '18:00']] as const;
 * const calendar = {
 *   timeZone: 'Europe/Paris',
 *   week: { monday: weekdays, tuesday: weekdays, wednesday: weekdays, thursday: weekdays, friday: weekdays, saturday: [], sunday: [] },
 * };
 * // A ticket opened on Friday at 17:55 and answered on Monday at 09:10 waited 15 business minutes.
 * businessSecondsBetween(calendar, new Date('2026-11-27T17:55+01:00'), new Date('2026-11-30T09:10+01:00')); // => 900
 * ```
 *
 * @see {@link https://tc39.es/proposal-temporal/docs/ambiguity.html | Temporal: time zones and resolving ambiguity} (gaps and repeated times)
 * @category Business hours
 */
export function businessSecondsBetween(calendar: BusinessCalendar, start: Date | number, end: Date | number): number {
  const metric = 'businessSecondsBetween';
  const compiled = calendarArgument(metric, 'calendar', calendar);
  const from = checkCalendarInstant(metric, 'start', start);
  const until = checkCalendarInstant(metric, 'end', end);
  if (until < from) fail(metric, 'end', 'INCONSISTENT', `an instant not before start (${String(from)} ms)`, end);
  let total = 0;
  forEachOpenInterval(compiled, from, until, (open, close) => {
    total += close - open;
    return false;
  });
  return total / 1000;
}
