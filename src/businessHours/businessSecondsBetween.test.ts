import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { businessCalendar, businessSecondsBetween, type BusinessCalendar, type BusinessHours } from '../index.js';

const nineToSix: readonly BusinessHours[] = [['09:00', '18:00']];
const weekdays = { monday: nineToSix, tuesday: nineToSix, wednesday: nineToSix, thursday: nineToSix, friday: nineToSix, saturday: [], sunday: [] };
const utc = (iso: string): number => Date.parse(iso);
const hours = (h: number): number => h * 3600;
/** A calendar open only on Sundays, in `timeZone`, during `sunday`. */
const sundays = (timeZone: string, sunday: readonly BusinessHours[]): BusinessCalendar => ({
  timeZone,
  week: { monday: [], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday },
});

describe('businessSecondsBetween: worked examples', () => {
  test('a ticket opened Friday 17:55 and answered Monday 09:10 (Mon–Fri 09:00–18:00) waited 15 business minutes', () => {
    // 17:55–18:00 Friday (5 min) + 09:00–09:10 Monday (10 min) = 900 s, in Paris (UTC+1 in November).
    const calendar = { timeZone: 'Europe/Paris', week: weekdays };
    expect(businessSecondsBetween(calendar, utc('2026-11-27T16:55Z'), utc('2026-11-30T08:10Z'))).toBe(900);
    expect(businessSecondsBetween(calendar, new Date('2026-11-27T17:55+01:00'), new Date('2026-11-30T09:10+01:00'))).toBe(900);
  });

  test('lunch breaks, milliseconds, an empty span, and end before start', () => {
    const calendar = { timeZone: 'UTC', week: { ...weekdays, monday: [['09:00', '12:30'], ['13:30', '18:00']] as BusinessHours[] } };
    // Monday 2026-11-30, 12:00 to 14:00: 30 min before lunch + 30 min after = 3600 s.
    expect(businessSecondsBetween(calendar, utc('2026-11-30T12:00Z'), utc('2026-11-30T14:00Z'))).toBe(3600);
    expect(businessSecondsBetween(calendar, utc('2026-11-30T09:00Z'), utc('2026-11-30T09:00:00.250Z'))).toBe(0.25);
    expect(businessSecondsBetween(calendar, utc('2026-11-30T10:00Z'), utc('2026-11-30T10:00Z'))).toBe(0);
    expectMetricError(() => businessSecondsBetween(calendar, utc('2026-11-30T10:00Z'), utc('2026-11-30T09:00Z')), {
      metric: 'businessSecondsBetween',
      code: 'INCONSISTENT',
      field: 'end',
    });
  });

  test('instants as Date or epoch milliseconds from year 0001 to 9999; strings refused', () => {
    const calendar = { timeZone: 'UTC', week: weekdays };
    expectMetricError(() => businessSecondsBetween(calendar, '2026-11-30T09:00Z' as unknown as number, 0), { metric: 'businessSecondsBetween', code: 'WRONG_TYPE', field: 'start' });
    expectMetricError(() => businessSecondsBetween(calendar, new Date(Number.NaN), 0), { metric: 'businessSecondsBetween', code: 'NOT_FINITE', field: 'start' });
    expectMetricError(() => businessSecondsBetween(calendar, 0, Date.UTC(10_000, 0, 1)), { metric: 'businessSecondsBetween', code: 'OUT_OF_RANGE', field: 'end' });
    // Year 0001 to 0002 in UTC: 1 January 0001 was a Monday (proleptic Gregorian); 365 days = 52 weeks + 1 day, so 261 weekdays of 9 h.
    const yearOne = -62_135_596_800_000;
    expect(businessSecondsBetween(calendar, yearOne, yearOne + 365 * 86_400_000)).toBe(hours(261 * 9));
  });
});

describe('businessSecondsBetween: daylight saving', () => {
  // Paris, 2026: clocks go from 02:00 CET to 03:00 CEST on Sunday 29 March (at 01:00 UTC) and from
  // 03:00 CEST back to 02:00 CET on Sunday 25 October (at 01:00 UTC).
  test('Paris, 01:00–04:00 on the spring-forward Sunday lasts 2 h, on the fall-back Sunday 4 h', () => {
    const calendar = sundays('Europe/Paris', [['01:00', '04:00']]);
    // 01:00 CET = 00:00 UTC; 04:00 CEST = 02:00 UTC.
    expect(businessSecondsBetween(calendar, utc('2026-03-28T12:00Z'), utc('2026-03-29T12:00Z'))).toBe(hours(2));
    // 01:00 CEST = 23:00 UTC the day before; 04:00 CET = 03:00 UTC.
    expect(businessSecondsBetween(calendar, utc('2026-10-24T12:00Z'), utc('2026-10-25T12:00Z'))).toBe(hours(4));
  });

  test('Paris, an opening in the gap (02:30) opens when the clock jumps to 03:00, not at 03:30 (Temporal compatible)', () => {
    const calendar = sundays('Europe/Paris', [['02:30', '05:00']]);
    // 03:00 CEST = 01:00 UTC to 05:00 CEST = 03:00 UTC: 2 h (Temporal's 'compatible' reading of 02:30 as 03:30 would give 1.5 h).
    expect(businessSecondsBetween(calendar, utc('2026-03-28T12:00Z'), utc('2026-03-29T12:00Z'))).toBe(hours(2));
    // A closing in the gap: 00:00 CET (23:00 UTC) to the jump at 01:00 UTC, when the clock passes 02:30: 2 h.
    expect(businessSecondsBetween(sundays('Europe/Paris', [['00:00', '02:30']]), utc('2026-03-28T12:00Z'), utc('2026-03-29T12:00Z'))).toBe(hours(2));
  });

  test('Paris, 02:30–05:00 on the fall-back Sunday is open during both 02:30–03:00, not during the second 02:00–02:30', () => {
    const calendar = sundays('Europe/Paris', [['02:30', '05:00']]);
    // 02:30–03:00 CEST = 00:30–01:00 UTC (30 min); 02:00–02:30 CET = 01:00–01:30 UTC closed;
    // 02:30–05:00 CET = 01:30–04:00 UTC (2.5 h): 3 h in all.
    expect(businessSecondsBetween(calendar, utc('2026-10-24T12:00Z'), utc('2026-10-25T12:00Z'))).toBe(hours(3));
    expect(businessSecondsBetween(calendar, utc('2026-10-25T01:00Z'), utc('2026-10-25T01:30Z'))).toBe(0);
  });

  test('outside business hours a change costs nothing: Mon–Fri 09:00–18:00 in Paris over each change week is 45 h', () => {
    const calendar = { timeZone: 'Europe/Paris', week: weekdays };
    expect(businessSecondsBetween(calendar, utc('2026-03-23T00:00Z'), utc('2026-04-04T00:00Z'))).toBe(hours(90));
    expect(businessSecondsBetween(calendar, utc('2026-10-19T00:00Z'), utc('2026-10-31T00:00Z'))).toBe(hours(90));
  });

  test('Adelaide (UTC+9:30, +10:30 in summer): 01:00–04:00 lasts 2 h on 4 October 2026 and 4 h on 5 April 2026', () => {
    const calendar = sundays('Australia/Adelaide', [['01:00', '04:00']]);
    // 4 Oct: 01:00 ACST = 15:30 UTC (3 Oct); clocks go 02:00 → 03:00 at 16:30 UTC; 04:00 ACDT = 17:30 UTC.
    expect(businessSecondsBetween(calendar, utc('2026-10-03T00:00Z'), utc('2026-10-04T12:00Z'))).toBe(hours(2));
    // 5 Apr: 01:00 ACDT = 14:30 UTC (4 Apr); clocks go 03:00 → 02:00 at 16:30 UTC; 04:00 ACST = 18:30 UTC.
    expect(businessSecondsBetween(calendar, utc('2026-04-04T00:00Z'), utc('2026-04-05T12:00Z'))).toBe(hours(4));
  });

  test('Sydney (UTC+10, +11 in summer): the southern spring is in October', () => {
    // 4 Oct 2026: 01:00 AEST = 15:00 UTC; 04:00 AEDT = 17:00 UTC: 2 h.
    expect(businessSecondsBetween(sundays('Australia/Sydney', [['01:00', '04:00']]), utc('2026-10-03T00:00Z'), utc('2026-10-04T12:00Z'))).toBe(hours(2));
  });

  test('Santiago changes at midnight: Sunday 00:00–01:00 never shows on 6 September 2026, Saturday 23:00–24:00 shows twice on 4 April 2026', () => {
    // 6 Sep: 00:00 −04 → 01:00 −03 at 04:00 UTC; open from 04:00 UTC (clock 01:00) to 02:00 −03 = 05:00 UTC: 1 h.
    expect(businessSecondsBetween(sundays('America/Santiago', [['00:00', '02:00']]), utc('2026-09-05T00:00Z'), utc('2026-09-07T00:00Z'))).toBe(hours(1));
    // 4 Apr: Saturday 22:00 −03 = 01:00 UTC (5 Apr); 24:00 −03 → 23:00 −04 at 03:00 UTC; 24:00 −04 = 04:00 UTC: 3 h.
    const saturday = { timeZone: 'America/Santiago', week: { ...sundays('UTC', []).week, saturday: [['22:00', '24:00']] as BusinessHours[] } };
    expect(businessSecondsBetween(saturday, utc('2026-04-04T00:00Z'), utc('2026-04-06T00:00Z'))).toBe(hours(3));
  });

  test('half-hour and 45-minute offsets: Kolkata (+5:30) and Kathmandu (+5:45)', () => {
    const monday = { ...sundays('UTC', []).week, monday: nineToSix };
    // Monday 30 Nov 2026, 09:00–18:00 IST = 03:30–12:30 UTC; from 12:00 UTC: 30 min.
    expect(businessSecondsBetween({ timeZone: 'Asia/Kolkata', week: monday }, utc('2026-11-30T12:00Z'), utc('2026-12-01T00:00Z'))).toBe(1800);
    // 09:00–18:00 NPT = 03:15–12:15 UTC; from 12:00 UTC: 15 min.
    expect(businessSecondsBetween({ timeZone: 'Asia/Kathmandu', week: monday }, utc('2026-11-30T12:00Z'), utc('2026-12-01T00:00Z'))).toBe(900);
  });
});

describe('businessSecondsBetween: midnight and holidays', () => {
  const nightShift = { timeZone: 'UTC', week: { ...weekdays, friday: [['22:00', '06:00']] as BusinessHours[] } };
  const weekend = [utc('2026-11-27T00:00Z'), utc('2026-11-29T00:00Z')] as const; // Friday 27 and Saturday 28 November

  test('an interval crossing midnight opens Friday 22:00 to Saturday 06:00', () => {
    expect(businessSecondsBetween(nightShift, ...weekend)).toBe(hours(8));
    expect(businessSecondsBetween(nightShift, utc('2026-11-28T00:00Z'), weekend[1])).toBe(hours(6));
  });

  test('a holiday on the Saturday cuts the night shift at midnight', () => {
    expect(businessSecondsBetween({ ...nightShift, holidays: [{ date: '2026-11-28' }] }, ...weekend)).toBe(hours(2));
  });

  test("a holiday on the Friday cancels the Friday's night shift, its hours after midnight included", () => {
    expect(businessSecondsBetween({ ...nightShift, holidays: [{ date: '2026-11-27' }] }, ...weekend)).toBe(0);
    // A partial holiday: only its own hours, 10:00–12:00.
    expect(businessSecondsBetween({ ...nightShift, holidays: [{ date: '2026-11-27', hours: [['10:00', '12:00']] }] }, ...weekend)).toBe(hours(2));
  });

  test('a partial day on a closed weekday opens it: Saturday 10:00–14:00', () => {
    const calendar = { timeZone: 'UTC', week: weekdays, holidays: [{ date: '2026-11-28', hours: [['10:00', '14:00']] as BusinessHours[] }] };
    expect(businessSecondsBetween(calendar, utc('2026-11-28T00:00Z'), utc('2026-11-29T00:00Z'))).toBe(hours(4));
  });

  test('holidays are local dates: Christmas in Sydney is over before it starts in London', () => {
    const allDay: BusinessHours[] = [['00:00', '24:00']];
    const always = { monday: allDay, tuesday: allDay, wednesday: allDay, thursday: allDay, friday: allDay, saturday: allDay, sunday: allDay };
    const sydney = { timeZone: 'Australia/Sydney', week: always, holidays: [{ date: '2026-12-25' }] };
    // 25 Dec in Sydney (AEDT, +11) is 24 Dec 13:00 UTC to 25 Dec 13:00 UTC: of 24 Dec 00:00 UTC to 26 Dec 00:00 UTC, 48 − 24 = 24 h open.
    expect(businessSecondsBetween(sydney, utc('2026-12-24T00:00Z'), utc('2026-12-26T00:00Z'))).toBe(hours(24));
    expect(businessSecondsBetween(sydney, utc('2026-12-24T13:00Z'), utc('2026-12-25T13:00Z'))).toBe(0);
  });
});

describe('businessSecondsBetween: leap days and long spans', () => {
  const allDay: BusinessHours[] = [['00:00', '24:00']];
  const always = { monday: allDay, tuesday: allDay, wednesday: allDay, thursday: allDay, friday: allDay, saturday: allDay, sunday: allDay };

  test('February has 29 days in 2028, 28 in 2027', () => {
    const calendar = { timeZone: 'Europe/Paris', week: always };
    expect(businessSecondsBetween(calendar, utc('2028-02-01T00:00Z'), utc('2028-03-01T00:00Z'))).toBe(29 * 86_400);
    expect(businessSecondsBetween(calendar, utc('2027-02-01T00:00Z'), utc('2027-03-01T00:00Z'))).toBe(28 * 86_400);
    // Tuesday 29 February 2028 is a weekday like any other: Monday 28 + Tuesday 29 = 18 h.
    expect(businessSecondsBetween({ timeZone: 'UTC', week: weekdays }, utc('2028-02-28T00:00Z'), utc('2028-03-01T00:00Z'))).toBe(hours(18));
  });

  test('ten years in Paris, in milliseconds: 2609 weekdays of 9 h, and every second of a 24/7 calendar', () => {
    // 2016-01-01 (a Friday) to 2026-01-01: 3653 days (2016, 2020 and 2024 leap) = 521 weeks + 6 days
    // (Friday to Wednesday: 4 weekdays), so 521 × 5 + 4 = 2609 weekdays; 09:00–18:00 never meets a change.
    const start = utc('2016-01-01T00:00Z');
    const end = utc('2026-01-01T00:00Z');
    const began = performance.now();
    expect(businessSecondsBetween(businessCalendar({ timeZone: 'Europe/Paris', week: weekdays }), start, end)).toBe(hours(2609 * 9));
    expect(performance.now() - began).toBeLessThan(500);
    // A calendar always open counts real time, daylight saving or not: 3653 × 86 400 s.
    expect(businessSecondsBetween({ timeZone: 'Europe/Paris', week: always }, start, end)).toBe(3653 * 86_400);
  });
});
