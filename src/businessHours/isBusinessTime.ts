import { calendarArgument, checkCalendarInstant, isOpenAt } from '../internal/segments/businessHours.js';
import type { BusinessCalendar } from '../internal/types/businessHours.js';

/**
 * Whether an instant is within business hours: its local date and wall-clock time in the
 * calendar's zone fall within that date's opening hours `[start, end)` (or the hours after
 * midnight of the previous date's interval crossing it), holidays applied (see
 * {@link businessCalendar}). An interval's closing instant is outside it.
 *
 * @param calendar - A calendar from {@link businessCalendar}, or its JSON (checked on each call).
 * @param instant - A `Date` or epoch milliseconds, from year 0001 to 9999.
 * @returns `true` when open.
 * @throws {@link MetricInputError} the common input checks (and the calendar's, as
 * {@link businessCalendar} does).
 *
 * @example
 * ```ts
 * import { isBusinessTime } from 'service-metrics';
 *
 * const calendar = {
 *   timeZone: 'Asia/Kolkata', // UTC+05:30
 *   week: { monday: [['09:00', '18:00']], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday: [] },
 * };
 * isBusinessTime(calendar, Date.parse('2026-11-30T03:30Z')); // => true
 * isBusinessTime(calendar, Date.parse('2026-11-30T12:30Z')); // => false
 * ```
 *
 * @see {@link https://tc39.es/ecma402/#datetimeformat-objects | ECMA-402: DateTimeFormat objects}
 * @category Business hours
 */
export function isBusinessTime(calendar: BusinessCalendar, instant: Date | number): boolean {
  const metric = 'isBusinessTime';
  const compiled = calendarArgument(metric, 'calendar', calendar);
  return isOpenAt(compiled, checkCalendarInstant(metric, 'instant', instant));
}
