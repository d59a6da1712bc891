import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { isBusinessTime, type BusinessHours } from '../index.js';

const nineToSix: readonly BusinessHours[] = [['09:00', '18:00']];
const closedWeek = { monday: [], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday: [] };
const utc = (iso: string): number => Date.parse(iso);

describe('isBusinessTime', () => {
  test('open from the start, included, to the end, excluded', () => {
    const calendar = { timeZone: 'UTC', week: { ...closedWeek, monday: nineToSix } };
    expect(isBusinessTime(calendar, utc('2026-11-30T08:59:59.999Z'))).toBe(false);
    expect(isBusinessTime(calendar, utc('2026-11-30T09:00Z'))).toBe(true);
    expect(isBusinessTime(calendar, new Date('2026-11-30T17:59:59.999Z'))).toBe(true);
    expect(isBusinessTime(calendar, utc('2026-11-30T18:00Z'))).toBe(false);
  });

  test('45-minute offset: Kathmandu 09:00 is 03:15 UTC', () => {
    const calendar = { timeZone: 'Asia/Kathmandu', week: { ...closedWeek, monday: nineToSix } };
    expect(isBusinessTime(calendar, utc('2026-11-30T03:14Z'))).toBe(false);
    expect(isBusinessTime(calendar, utc('2026-11-30T03:15Z'))).toBe(true);
  });

  test('the repeated hour of the Paris fall-back: 02:30–05:00 is closed during the second 02:00–02:30', () => {
    const calendar = { timeZone: 'Europe/Paris', week: { ...closedWeek, sunday: [['02:30', '05:00']] as BusinessHours[] } };
    expect(isBusinessTime(calendar, utc('2026-10-25T00:45Z'))).toBe(true); // 02:45 CEST
    expect(isBusinessTime(calendar, utc('2026-10-25T01:15Z'))).toBe(false); // 02:15 CET
    expect(isBusinessTime(calendar, utc('2026-10-25T01:45Z'))).toBe(true); // 02:45 CET
  });

  test('a night shift into a holiday stops at midnight', () => {
    const calendar = { timeZone: 'UTC', week: { ...closedWeek, friday: [['22:00', '06:00']] as BusinessHours[] }, holidays: [{ date: '2026-11-28' }] };
    expect(isBusinessTime(calendar, utc('2026-11-27T23:59Z'))).toBe(true);
    expect(isBusinessTime(calendar, utc('2026-11-28T00:00Z'))).toBe(false);
  });

  test('errors name the instant', () => {
    const calendar = { timeZone: 'UTC', week: { ...closedWeek, monday: nineToSix } };
    expectMetricError(() => isBusinessTime(calendar, Number.POSITIVE_INFINITY), { metric: 'isBusinessTime', code: 'NOT_FINITE', field: 'instant' });
    expectMetricError(() => isBusinessTime(calendar, 9e15), { metric: 'isBusinessTime', code: 'OUT_OF_RANGE', field: 'instant' });
  });
});
