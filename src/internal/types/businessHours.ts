/**
 * Opening hours as a pair of local wall-clock times `['09:00', '17:30']` (`HH:MM`, 24-hour):
 * open from the start, included, to the end, excluded. The start is `00:00`–`23:59`; the end is
 * `00:00`–`24:00`, and an end not after the start crosses midnight (`['22:00', '06:00']` on a
 * Friday is open from Friday 22:00 to Saturday 06:00; `['22:00', '24:00']` and
 * `['22:00', '00:00']` both close at midnight). A whole day is `['00:00', '24:00']`.
 *
 * @category Business hours
 */
export type BusinessHours = readonly [start: string, end: string];

/**
 * The opening hours of each day of the week, in the calendar's time zone: every weekday is
 * listed, `[]` for a closed day. Intervals of one day may come in any order; no two intervals of
 * the week may overlap (an interval crossing midnight included). Intervals that touch
 * (`['09:00', '12:00']`, `['12:00', '18:00']`) are one stretch of open time.
 *
 * @category Business hours
 */
export interface BusinessWeek {
  /** Monday's opening hours. */
  readonly monday: readonly BusinessHours[];
  /** Tuesday's opening hours. */
  readonly tuesday: readonly BusinessHours[];
  /** Wednesday's opening hours. */
  readonly wednesday: readonly BusinessHours[];
  /** Thursday's opening hours. */
  readonly thursday: readonly BusinessHours[];
  /** Friday's opening hours. */
  readonly friday: readonly BusinessHours[];
  /** Saturday's opening hours. */
  readonly saturday: readonly BusinessHours[];
  /** Sunday's opening hours. */
  readonly sunday: readonly BusinessHours[];
}

/**
 * A local calendar date on which the weekly hours do not apply: closed all day, or open only
 * during its own `hours`.
 *
 * @category Business hours
 */
export interface BusinessHoliday {
  /** The local date, `YYYY-MM-DD` (`'2026-12-25'`), a real date from year 0001 to 9999. */
  readonly date: string;
  /**
   * The hours open on that date instead of the weekly ones (a partial day, such as
   * `[['09:00', '12:00']]` on Christmas Eve); they lie within the date (an end after the start;
   * `'24:00'` for midnight) and do not overlap.
   *
   * @defaultValue `[]`: closed all day
   */
  readonly hours?: readonly BusinessHours[];
}

/**
 * A business calendar as plain JSON: opening hours for each weekday in an IANA time zone, and
 * holidays. Open time is the set of instants whose local wall-clock date and time, in the
 * zone, fall within the opening hours of that date: the weekly hours of its weekday (and the
 * part after midnight of the previous day's interval crossing midnight), or the holiday's
 * hours on a holiday. See {@link businessCalendar} for the rules.
 *
 * @category Business hours
 */
export interface BusinessCalendar {
  /** An IANA time zone name that `Intl.DateTimeFormat` knows (`'Europe/Paris'`, `'UTC'`). */
  readonly timeZone: string;
  /** The weekly opening hours. */
  readonly week: BusinessWeek;
  /**
   * Dates whose weekly hours are replaced; at most one entry per date.
   *
   * @defaultValue `[]`
   */
  readonly holidays?: readonly BusinessHoliday[];
}
