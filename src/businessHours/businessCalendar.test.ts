import { describe, expect, test } from 'vitest';
import { deepFreeze, expectMetricError } from '../../test/helpers.js';
import { businessCalendar, businessSecondsBetween, isBusinessTime, type BusinessCalendar, type BusinessHours, type MetricInputErrorCode } from '../index.js';

const nineToSix: readonly BusinessHours[] = [['09:00', '18:00']];
const closed: readonly BusinessHours[] = [];
const week = { monday: nineToSix, tuesday: nineToSix, wednesday: nineToSix, thursday: nineToSix, friday: nineToSix, saturday: closed, sunday: closed };
const paris: BusinessCalendar = { timeZone: 'Europe/Paris', week };

/** `paris` with its fields replaced, for error cases (the value may be anything). */
const withWeek = (changes: Record<string, unknown>): unknown => ({ ...paris, week: { ...week, ...changes } });

describe('businessCalendar', () => {
  test('returns the checked calendar: canonical zone, intervals and holidays sorted, deep-frozen, input untouched', () => {
    const input = deepFreeze({
      timeZone: 'europe/paris',
      week: { ...week, monday: [['13:30', '18:00'], ['09:00', '12:30']] as BusinessHours[] },
      holidays: [{ date: '2026-12-25' }, { date: '2026-12-24', hours: [['09:00', '12:00']] as BusinessHours[] }],
    });
    const calendar = businessCalendar(input);
    expect(calendar).toEqual({
      timeZone: 'Europe/Paris',
      week: { ...week, monday: [['09:00', '12:30'], ['13:30', '18:00']] },
      holidays: [
        { date: '2026-12-24', hours: [['09:00', '12:00']] },
        { date: '2026-12-25', hours: [] },
      ],
    });
    expect(Object.isFrozen(calendar)).toBe(true);
    expect(Object.isFrozen(calendar.week.monday[0])).toBe(true);
    expect(Object.isFrozen(calendar.holidays?.[0]?.hours)).toBe(true);
    expect(calendar).not.toBe(input);
  });

  test('its result and the JSON give the same answers, also after a JSON round trip', () => {
    const start = Date.parse('2026-11-27T16:55Z');
    const end = Date.parse('2026-11-30T08:10Z');
    const compiled = businessCalendar(paris);
    const copied = JSON.parse(JSON.stringify(compiled)) as BusinessCalendar;
    for (const calendar of [paris, compiled, copied]) expect(businessSecondsBetween(calendar, start, end)).toBe(900);
  });

  test('accepts touching intervals, 24:00 as an end, 00:00 as the end of one crossing midnight, and a 24-hour week', () => {
    const allDay: BusinessHours[] = [['00:00', '24:00']];
    const always = businessCalendar({ timeZone: 'UTC', week: { monday: allDay, tuesday: allDay, wednesday: allDay, thursday: allDay, friday: allDay, saturday: allDay, sunday: allDay } });
    // Seven days of 24 h: every second of a week, 604 800 s.
    expect(businessSecondsBetween(always, Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 8))).toBe(604_800);
    const evening = businessCalendar({ timeZone: 'UTC', week: { ...week, monday: [['09:00', '12:00'], ['12:00', '18:00'], ['22:00', '00:00']] } });
    // Monday 2026-11-30: 9 h by day and 2 h in the evening.
    expect(businessSecondsBetween(evening, Date.UTC(2026, 10, 30), Date.UTC(2026, 11, 1))).toBe(11 * 3600);
  });

  test('Sunday night into Monday morning wraps round the week', () => {
    const calendar = { timeZone: 'UTC', week: { ...week, monday: [['06:00', '18:00']] as BusinessHours[], sunday: [['22:00', '06:00']] as BusinessHours[] } };
    // Sunday 2026-11-29 22:00 to Monday 06:00 is 8 h, then Monday 06:00–18:00 12 h: 20 h.
    expect(businessSecondsBetween(calendar, Date.UTC(2026, 10, 29), Date.UTC(2026, 10, 30, 23))).toBe(20 * 3600);
    // Overlapping the wrap: Sunday 22:00–07:00 meets Monday 06:00.
    expectMetricError(() => businessCalendar(withWeek({ monday: [['06:00', '18:00']], sunday: [['22:00', '07:00']] }) as BusinessCalendar), {
      metric: 'businessCalendar',
      code: 'INCONSISTENT',
      field: 'calendar.week.monday[0]',
    });
  });

  const errors: readonly [string, unknown, MetricInputErrorCode, string][] = [
    ['not an object', 'Europe/Paris', 'WRONG_TYPE', 'calendar'],
    ['an unknown key', { ...paris, holiday: [] }, 'UNKNOWN_VALUE', 'calendar.holiday'],
    ['an unknown zone', { ...paris, timeZone: 'Europe/Pariss' }, 'UNKNOWN_VALUE', 'calendar.timeZone'],
    ['a zone that is not a string', { ...paris, timeZone: 1 }, 'WRONG_TYPE', 'calendar.timeZone'],
    ['no week', { timeZone: 'UTC' }, 'WRONG_TYPE', 'calendar.week'],
    ['an unknown weekday key', withWeek({ mondy: nineToSix }), 'UNKNOWN_VALUE', 'calendar.week.mondy'],
    ['a weekday left out', { ...paris, week: { ...week, sunday: undefined } }, 'WRONG_TYPE', 'calendar.week.sunday'],
    ['hours that are not a list', withWeek({ monday: '09:00-18:00' }), 'WRONG_TYPE', 'calendar.week.monday'],
    ['an interval that is not a pair', withWeek({ monday: [['09:00']] }), 'WRONG_TYPE', 'calendar.week.monday[0]'],
    ['24:30', withWeek({ monday: [['09:00', '24:30']] }), 'OUT_OF_RANGE', 'calendar.week.monday[0][1]'],
    ['25:00', withWeek({ monday: [['09:00', '25:00']] }), 'OUT_OF_RANGE', 'calendar.week.monday[0][1]'],
    ['09:60', withWeek({ monday: [['09:60', '18:00']] }), 'OUT_OF_RANGE', 'calendar.week.monday[0][0]'],
    ['a start of 24:00', withWeek({ monday: [['24:00', '06:00']] }), 'OUT_OF_RANGE', 'calendar.week.monday[0][0]'],
    ['9:00 without its zero', withWeek({ monday: [['9:00', '18:00']] }), 'UNKNOWN_VALUE', 'calendar.week.monday[0][0]'],
    ['seconds', withWeek({ monday: [['09:00:00', '18:00']] }), 'UNKNOWN_VALUE', 'calendar.week.monday[0][0]'],
    ['a number for a time', withWeek({ monday: [[900, '18:00']] }), 'WRONG_TYPE', 'calendar.week.monday[0][0]'],
    ['an empty interval', withWeek({ monday: [['09:00', '09:00']] }), 'INCONSISTENT', 'calendar.week.monday[0]'],
    ['overlapping intervals', withWeek({ monday: [['13:00', '18:00'], ['09:00', '13:30']] }), 'INCONSISTENT', 'calendar.week.monday[0]'],
    ['a night shift overlapping the next morning', withWeek({ friday: [['22:00', '06:00']], saturday: [['05:00', '12:00']] }), 'INCONSISTENT', 'calendar.week.saturday[0]'],
    ['a week never open', { timeZone: 'UTC', week: { monday: [], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday: [] } }, 'EMPTY', 'calendar.week'],
    ['holidays that are not a list', { ...paris, holidays: { date: '2026-12-25' } }, 'WRONG_TYPE', 'calendar.holidays'],
    ['a holiday that is a string', { ...paris, holidays: ['2026-12-25'] }, 'WRONG_TYPE', 'calendar.holidays[0]'],
    ['a bad date', { ...paris, holidays: [{ date: '2026-02-30' }] }, 'OUT_OF_RANGE', 'calendar.holidays[0].date'],
    ['a date in another format', { ...paris, holidays: [{ date: '25/12/2026' }] }, 'UNKNOWN_VALUE', 'calendar.holidays[0].date'],
    ['a date listed twice', { ...paris, holidays: [{ date: '2026-12-25' }, { date: '2026-12-25', hours: [] }] }, 'INCONSISTENT', 'calendar.holidays[1].date'],
    ['an unknown holiday key', { ...paris, holidays: [{ date: '2026-12-25', name: 'Noël' }] }, 'UNKNOWN_VALUE', 'calendar.holidays[0].name'],
    ["a holiday's hours crossing midnight", { ...paris, holidays: [{ date: '2026-12-31', hours: [['20:00', '02:00']] }] }, 'INCONSISTENT', 'calendar.holidays[0].hours[0]'],
    ["a holiday's hours overlapping", { ...paris, holidays: [{ date: '2026-12-24', hours: [['09:00', '12:00'], ['11:00', '13:00']] }] }, 'INCONSISTENT', 'calendar.holidays[0].hours[1]'],
  ];
  test.each(errors)('%s is a MetricInputError', (_name, calendar, code, field) => {
    expectMetricError(() => businessCalendar(calendar as BusinessCalendar), { metric: 'businessCalendar', code, field });
    // Each function checks a calendar's JSON the same way, naming itself.
    expectMetricError(() => isBusinessTime(calendar as BusinessCalendar, 0), { metric: 'isBusinessTime', code, field });
  });

  test('a leap day is a date in a leap year only', () => {
    expect(businessCalendar({ ...paris, holidays: [{ date: '2028-02-29' }] }).holidays).toEqual([{ date: '2028-02-29', hours: [] }]);
    expectMetricError(() => businessCalendar({ ...paris, holidays: [{ date: '2027-02-29' }] }), {
      metric: 'businessCalendar',
      code: 'OUT_OF_RANGE',
      field: 'calendar.holidays[0].date',
    });
  });
});
