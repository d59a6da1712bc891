import { calendarArgument, checkCalendarInstant, END_INSTANT, forEachOpenInterval } from '../internal/segments/businessHours.js';
import { checkNonNegative, fail } from '../internal/checks/validate.js';
import type { BusinessCalendar } from '../internal/types/businessHours.js';

/**
 * The instant a business duration after another: a due time, such as "8 business hours after
 * the ticket was opened".
 *
 * The result is the earliest instant t ≥ `start` with
 * {@link businessSecondsBetween}(calendar, start, t) = `seconds`: so it is always open time or
 * the end of an open interval (the closing instant), never later in a closed stretch; with
 * `seconds` = 0 it is `start` itself (use {@link nextBusinessOpening} for the instant the clock
 * starts). Open time follows the wall clock in the calendar's zone (see {@link businessCalendar}).
 *
 * @param calendar - A calendar from {@link businessCalendar}, or its JSON (checked on each call).
 * @param start - The instant the duration starts: a `Date` or epoch milliseconds, from year 0001 to 9999.
 * @param seconds - The business duration, in seconds, ≥ 0.
 * @returns The due instant, in epoch milliseconds (`new Date(result)` for a `Date`).
 * @throws {@link MetricInputError} the common input checks (and the calendar's, as
 * {@link businessCalendar} does); `OUT_OF_RANGE` on `seconds` also when the due instant would
 * fall after year 9999.
 *
 * @example
 * ```ts
 * import { addBusinessSeconds } from 'service-metrics';
 *
 * const weekdays = [['09:00', '18:00']] as const;
 * const calendar = {
 *   timeZone: 'Europe/Paris',
 *   week: { monday: weekdays, tuesday: weekdays, wednesday: weekdays, thursday: weekdays, friday: weekdays, saturday: [], sunday: [] },
 * };
 * // Opened on Friday at 17:30 with a 1-hour target: due on Monday at 09:30 in Paris.
 * const due = addBusinessSeconds(calendar, new Date('2026-11-27T17:30+01:00'), 3600);
 * new Date(due).toISOString(); // => '2026-11-30T08:30:00.000Z'
 * ```
 *
 * @see {@link https://tc39.es/proposal-temporal/docs/ambiguity.html | Temporal: time zones and resolving ambiguity} (gaps and repeated times)
 * @category Business hours
 */
export function addBusinessSeconds(calendar: BusinessCalendar, start: Date | number, seconds: number): number {
  const metric = 'addBusinessSeconds';
  const compiled = calendarArgument(metric, 'calendar', calendar);
  const from = checkCalendarInstant(metric, 'start', start);
  const amount = checkNonNegative(metric, 'seconds', seconds);
  const expected = 'a duration whose due instant falls before year 10000';
  // Business time never exceeds real time: a duration longer than the time left is out of range at once.
  if (amount * 1000 > END_INSTANT - from) fail(metric, 'seconds', 'OUT_OF_RANGE', expected, seconds);
  if (amount === 0) return from;
  let left = amount * 1000;
  let due = Number.NaN;
  const found = forEachOpenInterval(compiled, from, END_INSTANT, (open, close) => {
    if (close - open < left) {
      left -= close - open;
      return false;
    }
    due = open + left;
    return true;
  });
  if (!found) fail(metric, 'seconds', 'OUT_OF_RANGE', expected, seconds);
  return due;
}
