import { calendarArgument, checkCalendarInstant, END_INSTANT, forEachOpenInterval } from '../internal/segments/businessHours.js';
import { fail } from '../internal/checks/validate.js';
import type { BusinessCalendar } from '../internal/types/businessHours.js';

/**
 * The next instant a calendar is open: the earliest open instant at or after `instant`, which
 * is `instant` itself when the calendar is open then. It is when a business-hours clock started
 * at `instant` begins to count. Open time follows the wall clock in the calendar's zone (see
 * {@link businessCalendar}): an opening inside a spring-forward gap is the instant the clock
 * jumps past it.
 *
 * @param calendar - A calendar from {@link businessCalendar}, or its JSON (checked on each call).
 * @param instant - A `Date` or epoch milliseconds, from year 0001 to 9999.
 * @returns The opening instant, in epoch milliseconds (`new Date(result)` for a `Date`).
 * @throws {@link MetricInputError} the common input checks (and the calendar's, as
 * {@link businessCalendar} does); `OUT_OF_RANGE` on `instant` also when the calendar does not
 * open again before year 10000.
 *
 * @example
 * ```ts
 * import { nextBusinessOpening } from 'service-metrics';
 *
 * const weekdays = [['09:00', '18:00']] as const;
 * const calendar = {
 *   timeZone: 'America/New_York',
 *   week: { monday: weekdays, tuesday: weekdays, wednesday: weekdays, thursday: weekdays, friday: weekdays, saturday: [], sunday: [] },
 *   holidays: [{ date: '2026-11-26' }], // Thanksgiving
 * };
 * // Wednesday 25 November at 19:00 in New York: closed until Friday 09:00 (14:00 UTC).
 * new Date(nextBusinessOpening(calendar, Date.parse('2026-11-26T00:00Z'))).toISOString(); // => '2026-11-27T14:00:00.000Z'
 * nextBusinessOpening(calendar, Date.parse('2026-11-27T15:00Z')) === Date.parse('2026-11-27T15:00Z'); // => true
 * ```
 *
 * @see {@link https://tc39.es/proposal-temporal/docs/ambiguity.html | Temporal: time zones and resolving ambiguity} (gaps and repeated times)
 * @category Business hours
 */
export function nextBusinessOpening(calendar: BusinessCalendar, instant: Date | number): number {
  const metric = 'nextBusinessOpening';
  const compiled = calendarArgument(metric, 'calendar', calendar);
  const from = checkCalendarInstant(metric, 'instant', instant);
  let opening = Number.NaN;
  const found = forEachOpenInterval(compiled, from, END_INSTANT, (open) => {
    opening = open;
    return true;
  });
  if (!found) fail(metric, 'instant', 'OUT_OF_RANGE', 'an instant after which the calendar opens before year 10000', instant);
  return opening;
}
