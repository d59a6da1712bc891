import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { nextBusinessOpening, type BusinessHours } from '../index.js';

const nineToSix: readonly BusinessHours[] = [['09:00', '18:00']];
const closedWeek = { monday: [], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday: [] };
const utc = (iso: string): number => Date.parse(iso);
const iso = (ms: number): string => new Date(ms).toISOString();

describe('nextBusinessOpening', () => {
  test('the instant itself when open; else the next opening', () => {
    const calendar = { timeZone: 'Europe/Paris', week: { ...closedWeek, monday: nineToSix, tuesday: nineToSix } };
    expect(nextBusinessOpening(calendar, utc('2026-11-30T10:00Z'))).toBe(utc('2026-11-30T10:00Z'));
    // At closing time (Monday 18:00 CET = 17:00 UTC) it is closed: Tuesday 09:00 CET.
    expect(iso(nextBusinessOpening(calendar, utc('2026-11-30T17:00Z')))).toBe('2026-12-01T08:00:00.000Z');
    expect(iso(nextBusinessOpening(calendar, new Date('2026-12-01T17:00Z')))).toBe('2026-12-07T08:00:00.000Z');
  });

  test('an opening in the spring-forward gap is the instant the clock jumps past it: 02:30 opens at 03:00 CEST (01:00 UTC)', () => {
    const calendar = { timeZone: 'Europe/Paris', week: { ...closedWeek, sunday: [['02:30', '05:00']] as BusinessHours[] } };
    expect(iso(nextBusinessOpening(calendar, utc('2026-03-28T12:00Z')))).toBe('2026-03-29T01:00:00.000Z');
    // On an ordinary Sunday, 02:30 CET is 01:30 UTC.
    expect(iso(nextBusinessOpening(calendar, utc('2026-03-21T12:00Z')))).toBe('2026-03-22T01:30:00.000Z');
  });

  test('skips holidays; a partial day opens at its own hours', () => {
    const calendar = {
      timeZone: 'UTC',
      week: { ...closedWeek, thursday: nineToSix, friday: nineToSix },
      holidays: [{ date: '2026-12-24', hours: [['10:00', '12:00']] as BusinessHours[] }, { date: '2026-12-25' }],
    };
    expect(iso(nextBusinessOpening(calendar, utc('2026-12-24T00:00Z')))).toBe('2026-12-24T10:00:00.000Z');
    expect(iso(nextBusinessOpening(calendar, utc('2026-12-24T12:00Z')))).toBe('2026-12-31T09:00:00.000Z');
  });

  test('OUT_OF_RANGE when the calendar never opens again before year 10000', () => {
    const calendar = { timeZone: 'UTC', week: { ...closedWeek, monday: nineToSix } };
    // 31 December 9999 is a Friday.
    expectMetricError(() => nextBusinessOpening(calendar, utc('9999-12-31T00:00Z')), { metric: 'nextBusinessOpening', code: 'OUT_OF_RANGE', field: 'instant' });
  });
});
