import { compileCalendar } from '../internal/segments/businessHours.js';
import type { BusinessCalendar } from '../internal/types/businessHours.js';
export type { BusinessCalendar, BusinessHoliday, BusinessHours, BusinessWeek } from '../internal/types/businessHours.js';

/**
 * Checks a business calendar once and returns it ready to use: a deep-frozen copy of its JSON
 * (the zone's canonical name, intervals and holidays sorted) that {@link businessSecondsBetween},
 * {@link addBusinessSeconds}, {@link isBusinessTime} and {@link nextBusinessOpening} take without
 * checking it again. They take the JSON itself too, checked on every call; the result stays
 * plain JSON, so it can be stored or sent to a worker and is checked again there.
 *
 * ## Rules
 * - **Open time** is the set of instants whose local date and wall-clock time in `timeZone` fall
 *   within the opening hours of that date: intervals `[start, end)`, start included, end
 *   excluded. The calendar is open from Friday 22:00 to Saturday 06:00 with
 *   `friday: [['22:00', '06:00']]` (an end not after the start crosses midnight; `'24:00'` ends
 *   at midnight).
 * - **Holidays** close their whole local date, 00:00 to 24:00, except for their own `hours` (a
 *   partial day, which does not cross midnight). They replace the weekly hours that start on
 *   their date, the part after midnight of a night shift included; and a night shift from the
 *   day before stops at midnight when it reaches a holiday.
 * - **Daylight saving** follows the wall clock. On a spring-forward day, local times in the gap
 *   never show, so an interval opening at 02:30 in Paris's 02:00–03:00 gap opens at 03:00, the
 *   first instant the clock shows a later time (where Temporal's `'compatible'` disambiguation
 *   would read 02:30 as 03:30); 01:00–04:00 that day lasts 2 h. On a fall-back day the repeated
 *   times are open both times: 01:00–04:00 lasts 4 h.
 *
 * @param calendar - The calendar's JSON: `timeZone`, `week` (every weekday listed, `[]` when
 * closed) and optional `holidays` (see {@link BusinessCalendar}).
 * @returns The checked calendar, deep-frozen.
 * @throws {@link MetricInputError} the common input checks on every field: `UNKNOWN_VALUE` for an
 * unknown `timeZone`, weekday key or field, or a time not written `HH:MM`; `OUT_OF_RANGE` for a
 * time such as `24:30` or a start of `24:00`, or a date that does not exist (`2026-02-30`);
 * `INCONSISTENT` for an empty interval, overlapping intervals, a holiday's hours that cross
 * midnight, or a date listed twice among the holidays; `EMPTY` for a week with no opening hours.
 *
 * @example
 * ```ts
 * import { businessCalendar } from 'service-metrics';
 *
 * const paris = businessCalendar({
 *   timeZone: 'Europe/Paris',
 *   week: {
 *     monday: [['09:00', '12:30'], ['13:30', '18:00']],
 *     tuesday: [['09:00', '18:00']], wednesday: [['09:00', '18:00']], thursday: [['09:00', '18:00']],
 *     friday: [['09:00', '18:00'], ['22:00', '06:00']], // a night shift into Saturday
 *     saturday: [], sunday: [],
 *   },
 *   holidays: [{ date: '2026-12-25' }, { date: '2026-12-24', hours: [['09:00', '12:00']] }],
 * });
 * paris.holidays; // => [{ date: '2026-12-24', hours: [['09:00', '12:00']] }, { date: '2026-12-25', hours: [] }]
 * businessCalendar({ ...paris, timeZone: 'Europe/Pariss' }); // => throws UNKNOWN_VALUE
 * ```
 *
 * @see {@link https://tc39.es/proposal-temporal/docs/ambiguity.html | Temporal: time zones and resolving ambiguity} (its `disambiguation` option, for contrast)
 * @see {@link https://www.iana.org/time-zones | IANA time zone database}
 * @category Business hours
 */
export function businessCalendar(calendar: BusinessCalendar): BusinessCalendar {
  return compileCalendar('businessCalendar', 'calendar', calendar);
}
