import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { addBusinessSeconds, type BusinessHours } from '../index.js';

const nineToSix: readonly BusinessHours[] = [['09:00', '18:00']];
const weekdays = { monday: nineToSix, tuesday: nineToSix, wednesday: nineToSix, thursday: nineToSix, friday: nineToSix, saturday: [], sunday: [] };
const paris = { timeZone: 'Europe/Paris', week: weekdays };
const utc = (iso: string): number => Date.parse(iso);
const iso = (ms: number): string => new Date(ms).toISOString();

describe('addBusinessSeconds', () => {
  test('an 8-hour target from Friday 17:55 in Paris is due Monday 16:55 (5 min Friday + 7 h 55 min Monday)', () => {
    expect(iso(addBusinessSeconds(paris, utc('2026-11-27T16:55Z'), 8 * 3600))).toBe('2026-11-30T15:55:00.000Z');
  });

  test('the due instant is the earliest: exactly the closing time when the duration ends with the day', () => {
    // Friday 17:00 + 1 h = Friday 18:00 (17:00 UTC), not Monday 09:00.
    expect(iso(addBusinessSeconds(paris, utc('2026-11-27T16:00Z'), 3600))).toBe('2026-11-27T17:00:00.000Z');
    // 0 s is the start itself, open or not.
    expect(addBusinessSeconds(paris, utc('2026-11-28T12:00Z'), 0)).toBe(utc('2026-11-28T12:00Z'));
    // From a closed time the clock starts at the opening: Saturday noon + 1 s = Monday 09:00:01.
    expect(iso(addBusinessSeconds(paris, new Date('2026-11-28T12:00Z'), 1))).toBe('2026-11-30T08:00:01.000Z');
  });

  test('across the Paris spring-forward gap: Sunday 01:00–04:00 holds 2 h, so 2 h 30 min from its start ends at 01:30 the next Sunday', () => {
    const calendar = { timeZone: 'Europe/Paris', week: { ...weekdays, monday: [], tuesday: [], wednesday: [], thursday: [], friday: [], sunday: [['01:00', '04:00']] as BusinessHours[] } };
    // 29 March: 00:00–02:00 UTC (2 h); 5 April (CEST): 01:00 CEST = 23:00 UTC on 4 April, + 30 min.
    expect(iso(addBusinessSeconds(calendar, utc('2026-03-29T00:00Z'), 2.5 * 3600))).toBe('2026-04-04T23:30:00.000Z');
    // The gap opening rule: 1 s after a 02:30 opening on 29 March is 03:00:01 CEST = 01:00:01 UTC.
    const gap = { ...calendar, week: { ...calendar.week, sunday: [['02:30', '05:00']] as BusinessHours[] } };
    expect(iso(addBusinessSeconds(gap, utc('2026-03-28T12:00Z'), 1))).toBe('2026-03-29T01:00:01.000Z');
  });

  test('a year of business hours, walked in milliseconds', () => {
    // 2027 in UTC: 365 days from Friday 1 January = 52 weeks + Friday, so 261 weekdays; 261 × 9 h ends on Friday 31 December at 18:00.
    const began = performance.now();
    expect(iso(addBusinessSeconds({ timeZone: 'UTC', week: weekdays }, utc('2027-01-01T00:00Z'), 261 * 9 * 3600))).toBe('2027-12-31T18:00:00.000Z');
    expect(performance.now() - began).toBeLessThan(200);
  });

  test('errors: a negative or huge duration', () => {
    expectMetricError(() => addBusinessSeconds(paris, 0, -1), { metric: 'addBusinessSeconds', code: 'NEGATIVE', field: 'seconds' });
    expectMetricError(() => addBusinessSeconds(paris, 0, 1e15), { metric: 'addBusinessSeconds', code: 'OUT_OF_RANGE', field: 'seconds' });
    // Within the real time left before year 10000, but the calendar's open time runs out first.
    const nearEnd = utc('9999-12-31T00:00Z');
    expectMetricError(() => addBusinessSeconds({ timeZone: 'UTC', week: weekdays }, nearEnd, 20 * 3600), { metric: 'addBusinessSeconds', code: 'OUT_OF_RANGE', field: 'seconds' });
  });
});
