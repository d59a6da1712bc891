import { describe, expect, test } from 'vitest';
import { expectMetricError, NOT_NUMBERS } from '../../test/helpers.js';
import { periodKey, type Period } from '../index.js';

describe('periodKey', () => {
  test('ISO weeks at year boundaries', () => {
    // Each fact checked twice on this machine, independently of the library:
    // GNU date 9.1, `date -u -d 2027-01-01 +'%a %G-W%V'` → "Fri 2026-W53", and Python 3,
    // `datetime.date(2027, 1, 1).isocalendar()` → (2026, 53, 5). ISO 8601: week 1 is the week
    // with the year's first Thursday, so 2026 (which starts on a Thursday) has 53 weeks.
    const facts: [string, string][] = [
      ['2026-01-01', '2026-W01'], // Thursday
      ['2027-01-01', '2026-W53'], // Friday: still the last week of 2026
      ['2026-12-28', '2026-W53'], // Monday of that week
      ['2027-01-04', '2027-W01'], // Monday: week 1 of 2027
      ['2021-01-01', '2020-W53'], // Friday
      ['2024-12-30', '2025-W01'], // Monday, in 2025's week 1
      ['2008-12-29', '2009-W01'], // Wikipedia's example, "2008-12-29 is 2009-W01-1"
      ['2010-01-03', '2009-W53'], // Wikipedia's example, "2010-01-03 is 2009-W53-7"
      ['2026-11-25', '2026-W48'], // Wednesday
    ];
    for (const [date, week] of facts) expect(periodKey(date, 'week'), date).toBe(week);
  });

  test('days and months in UTC', () => {
    expect(periodKey('2026-11-25T23:59:59.999Z', 'day')).toBe('2026-11-25');
    expect(periodKey('2026-11-26T00:00:00Z', 'day')).toBe('2026-11-26');
    expect(periodKey(Date.UTC(2024, 1, 29, 12), 'day')).toBe('2024-02-29');
    expect(periodKey(new Date(Date.UTC(2026, 11, 31, 23, 59)), 'month')).toBe('2026-12');
    expect(periodKey(0, 'day')).toBe('1970-01-01');
    expect(periodKey(-1, 'day')).toBe('1969-12-31');
    expect(periodKey('0001-01-01', 'month')).toBe('0001-01');
    expect(periodKey('9999-12-31', 'week')).toBe('9999-W52'); // GNU date: Fri 9999-W52
  });

  test('daylight-saving changes in named zones', () => {
    // GNU date 9.1: `TZ=Europe/London date -d 2026-03-29T23:30:00Z` → 2026-03-30 00:30 BST;
    // `…2026-10-24T23:30:00Z` → 2026-10-25 00:30 BST; `…2026-10-25T23:30:00Z` → 23:30 GMT.
    // `TZ=America/New_York date -d 2026-03-08T04:30:00Z` → 2026-03-07 23:30 EST;
    // `…2026-03-09T03:30:00Z` → 2026-03-08 23:30 EDT; `…2026-03-09T04:30:00Z` → 03-09 00:30 EDT;
    // `…2026-11-02T04:30:00Z` → 2026-11-01 23:30 EST; `…2026-11-02T05:30:00Z` → 11-02 00:30 EST.
    const london = { timeZone: 'Europe/London' };
    const newYork = { timeZone: 'America/New_York' };
    const facts: [string, { timeZone: string }, string][] = [
      ['2026-03-29T22:59:59Z', london, '2026-03-29'],
      ['2026-03-29T23:30:00Z', london, '2026-03-30'],
      ['2026-10-24T23:30:00Z', london, '2026-10-25'],
      ['2026-10-25T23:30:00Z', london, '2026-10-25'],
      ['2026-03-08T04:30:00Z', newYork, '2026-03-07'],
      ['2026-03-09T03:30:00Z', newYork, '2026-03-08'],
      ['2026-03-09T04:30:00Z', newYork, '2026-03-09'],
      ['2026-11-02T04:30:00Z', newYork, '2026-11-01'],
      ['2026-11-02T05:30:00Z', newYork, '2026-11-02'],
    ];
    for (const [time, zone, day] of facts) expect(periodKey(time, 'day', zone), `${time} ${zone.timeZone}`).toBe(day);
  });

  test('a month or week turns at local midnight', () => {
    // 2026-11-30T23:30Z is 00:30 CET on 1 December in Paris and 18:30 EST on 30 November in New York.
    expect(periodKey('2026-11-30T23:30:00Z', 'month', { timeZone: 'Europe/Paris' })).toBe('2026-12');
    expect(periodKey('2026-11-30T23:30:00Z', 'month', { timeZone: 'America/New_York' })).toBe('2026-11');
    // 2027-01-03T23:30Z: Sunday 23:30 in UTC (2026-W53), Monday 00:30 in Paris (2027-W01).
    expect(periodKey('2027-01-03T23:30:00Z', 'week')).toBe('2026-W53');
    expect(periodKey('2027-01-03T23:30:00Z', 'week', { timeZone: 'Europe/Paris' })).toBe('2027-W01');
    // Kolkata is UTC+5:30, Kathmandu UTC+5:45 (GNU date: 18:29:59Z → 23:59:59 +0530).
    expect(periodKey('2026-11-24T18:29:59Z', 'day', { timeZone: 'Asia/Kolkata' })).toBe('2026-11-24');
    expect(periodKey('2026-11-24T18:30:00Z', 'day', { timeZone: 'Asia/Kolkata' })).toBe('2026-11-25');
    expect(periodKey('2026-11-24T18:14:59Z', 'day', { timeZone: 'Asia/Kathmandu' })).toBe('2026-11-24');
    expect(periodKey('2026-11-24T18:15:00Z', 'day', { timeZone: 'Asia/Kathmandu' })).toBe('2026-11-25');
  });

  test('a calendar date is the same day in every zone; an offset string is an instant', () => {
    for (const timeZone of ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/New_York']) {
      expect(periodKey('2026-11-25', 'day', { timeZone })).toBe('2026-11-25');
    }
    expect(periodKey('2026-11-25T01:00:00+02:00', 'day')).toBe('2026-11-24');
    expect(periodKey('2026-11-25T01:00:00+02:00', 'day', { timeZone: 'Europe/Helsinki' })).toBe('2026-11-25');
  });

  test('bad time', () => {
    const metric = 'periodKey';
    expectMetricError(() => periodKey('2026-11-25T09:30:00', 'day'), { metric, field: 'time', code: 'UNKNOWN_VALUE' });
    expectMetricError(() => periodKey('25/11/2026', 'day'), { metric, field: 'time', code: 'UNKNOWN_VALUE' });
    expectMetricError(() => periodKey('2026-02-29', 'day'), { metric, field: 'time', code: 'OUT_OF_RANGE' });
    expectMetricError(() => periodKey(new Date('not a date'), 'day'), { metric, field: 'time', code: 'NOT_FINITE' });
    expectMetricError(() => periodKey(1e16, 'day'), { metric, field: 'time', code: 'OUT_OF_RANGE' });
    for (const [value, code] of NOT_NUMBERS) {
      if (typeof value === 'string') continue;
      // A bigint time is refused whatever its size: epoch milliseconds or microseconds? Convert first.
      const expected = typeof value === 'bigint' ? 'WRONG_TYPE' : code;
      expectMetricError(() => periodKey(value as number, 'day'), { metric, field: 'time', code: expected });
    }
    expectMetricError(() => periodKey(undefined as unknown as number, 'day'), { metric, field: 'time', code: 'WRONG_TYPE' });
  });

  test('bad period and time zone', () => {
    const metric = 'periodKey';
    expectMetricError(() => periodKey(0, 'quarter' as Period), { metric, field: 'period', code: 'UNKNOWN_VALUE' });
    expectMetricError(() => periodKey(0, 7 as unknown as Period), { metric, field: 'period', code: 'WRONG_TYPE' });
    expectMetricError(() => periodKey(0, 'day', { timeZone: 'Europe/Londres' }), {
      metric,
      field: 'options.timeZone',
      code: 'UNKNOWN_VALUE',
    });
    expectMetricError(() => periodKey(0, 'day', { timeZone: 1 as unknown as string }), {
      metric,
      field: 'options.timeZone',
      code: 'WRONG_TYPE',
    });
    expectMetricError(() => periodKey(0, 'day', 'UTC' as never), { metric, field: 'options', code: 'WRONG_TYPE' });
  });
});
