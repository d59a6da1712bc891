/**
 * Calendar arithmetic, timestamps and zone offsets. Mutants that no test can tell apart and that
 * are not marked in calendar.ts: zoneOffset reading every instant through formatToParts (the
 * `numbers?.length === 6` test made false, or `numbers.length` without `?.`: a formatter's text
 * always holds six numbers; there, `beforeChrist` starting true, since the era part always sets
 * it, and the literal parts stored under their own names, never read), and LocalDays treating
 * every hour as holding a change (its `start === …` test made false: each instant is then
 * formatted on its own, which gives the same day).
 */
import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../../test/helpers.js';
import {
  civilFromDays,
  daysFromCivil,
  LocalDays,
  parsePeriodKey,
  periodKeyOf,
  periodOrdinal,
  readTimestamp,
  zoneCacheSizes,
  zoneFormatter,
  ZONE_CACHE_LIMIT,
  zoneOffset,
} from './calendar.js';

const HOUR = 3_600_000;
const DAY = 86_400_000;

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/** An independent local date: the zone's date read by a formatter of another locale and options. */
function wallClockDate(ms: number, timeZone: string): string {
  let formatter = dateFormatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(ms);
  const get = (type: string): string => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

describe('day numbers', () => {
  test('agree with Date.UTC at known dates', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(1969, 12, 31)).toBe(-1);
    expect(daysFromCivil(2000, 3, 1)).toBe(Date.UTC(2000, 2, 1) / DAY);
    expect(daysFromCivil(2026, 11, 25)).toBe(Date.UTC(2026, 10, 25) / DAY);
  });

  test('the last day of a 400-year era, 29 February of a year divisible by 400, reads back', () => {
    for (const year of [1600, 2000, 2400]) {
      const days = Date.UTC(year, 1, 29) / DAY;
      expect(civilFromDays(days)).toEqual({ year, month: 2, day: 29 });
      expect(periodKeyOf('day', days)).toBe(`${String(year)}-02-29`);
    }
  });

  propTest.prop([fc.integer({ min: -719_162, max: 2_932_896 })])(
    'round-trip and agree with Date (a different implementation) over years 1–9999',
    (days) => {
      const date = new Date(days * DAY);
      const civil = civilFromDays(days);
      expect(civil).toEqual({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
      expect(daysFromCivil(civil.year, civil.month, civil.day)).toBe(days);
    },
  );
});

describe('ISO weeks', () => {
  /**
   * The ISO week by the textbook rule (Wikipedia, "ISO week date": week = ⌊(ordinal day −
   * weekday + 10) / 7⌋, with week 0 meaning the last week of the year before and 53 in a year
   * with 52 weeks meaning week 1 of the next), on Date methods: a second implementation.
   */
  function textbookWeek(days: number): string {
    const date = new Date(days * DAY);
    const year = date.getUTCFullYear();
    const weekday = ((date.getUTCDay() + 6) % 7) + 1; // Monday 1 … Sunday 7
    const ordinal = (Date.UTC(year, date.getUTCMonth(), date.getUTCDate()) - Date.UTC(year, 0, 1)) / DAY + 1;
    const weeksIn = (y: number): number => {
      const p = (x: number): number => (x + Math.floor(x / 4) - Math.floor(x / 100) + Math.floor(x / 400)) % 7;
      return p(y) === 4 || p(y - 1) === 3 ? 53 : 52;
    };
    let week = Math.floor((ordinal - weekday + 10) / 7);
    let weekYear = year;
    if (week < 1) {
      weekYear = year - 1;
      week = weeksIn(weekYear);
    } else if (week > weeksIn(year)) {
      weekYear = year + 1;
      week = 1;
    }
    return `${String(weekYear).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
  }

  propTest.prop([fc.integer({ min: -700_000, max: 2_900_000 })])('agree with the textbook rule', (days) => {
    expect(periodKeyOf('week', periodOrdinal('week', days))).toBe(textbookWeek(days));
  });

  propTest.prop([fc.integer({ min: -700_000, max: 2_900_000 }), fc.constantFrom('day', 'week', 'month' as const)])(
    'keys parse back to their ordinal, and consecutive ordinals sort as their keys',
    (days, period) => {
      const ordinal = periodOrdinal(period, days);
      const key = periodKeyOf(period, ordinal);
      expect(parsePeriodKey('t', 'k', period, key)).toBe(ordinal);
      expect(periodKeyOf(period, ordinal + 1) > key).toBe(true);
    },
  );
});

describe('period keys and dates that do not exist', () => {
  // Gregorian leap years: divisible by 4, except centuries not divisible by 400.
  const real = ['2000-02-29', '2024-02-29', '2026-01-31', '2026-04-30', '2026-12-31', '0001-01-01', '9999-12-31'];
  const unreal = ['1900-02-29', '2100-02-29', '2026-02-29', '2026-04-31', '2026-06-31', '2026-09-31', '2026-11-31', '2026-01-32', '2026-01-00', '2026-00-10', '2026-13-01', '0000-01-01'];

  test('a day key or a date names a real day', () => {
    for (const key of real) {
      const [year, month, day] = key.split('-').map(Number) as [number, number, number];
      const days = daysFromCivil(year, month, day);
      expect(parsePeriodKey('t', 'k', 'day', key), key).toBe(days);
      expect(readTimestamp('t', 'f', key), key).toEqual({ kind: 'date', days });
    }
    for (const key of unreal) {
      expectMetricError(() => parsePeriodKey('t', 'k', 'day', key), { metric: 't', field: 'k', code: 'OUT_OF_RANGE' });
      expectMetricError(() => readTimestamp('t', 'f', key), { metric: 't', field: 'f', code: 'OUT_OF_RANGE' });
    }
  });

  test('a month key names months 01–12; a week key weeks 01–52, or 53 in a year that has it', () => {
    expect(parsePeriodKey('t', 'k', 'month', '2026-01')).toBe(2026 * 12);
    expect(parsePeriodKey('t', 'k', 'month', '2026-12')).toBe(2026 * 12 + 11);
    for (const key of ['2026-00', '2026-13', '0000-06']) {
      expectMetricError(() => parsePeriodKey('t', 'k', 'month', key), { metric: 't', field: 'k', code: 'OUT_OF_RANGE' });
    }
    // 2026 starts on a Thursday, so it has 53 ISO weeks: week 53 runs from Monday 28 December.
    const weekOf = (ms: number): number => Math.floor((ms / DAY + 3) / 7);
    expect(parsePeriodKey('t', 'k', 'week', '2026-W01')).toBe(weekOf(Date.UTC(2025, 11, 29)));
    expect(parsePeriodKey('t', 'k', 'week', '2026-W53')).toBe(weekOf(Date.UTC(2026, 11, 28)));
    for (const key of ['2026-W00', '2025-W53', '2026-W54']) {
      expectMetricError(() => parsePeriodKey('t', 'k', 'week', key), { metric: 't', field: 'k', code: 'OUT_OF_RANGE' });
    }
  });
});

describe('readTimestamp', () => {
  test('instants and dates', () => {
    const instant = Date.UTC(2026, 10, 25, 9, 30);
    expect(readTimestamp('t', 'f', '2026-11-25T09:30:00Z')).toEqual({ kind: 'instant', ms: instant });
    expect(readTimestamp('t', 'f', '2026-11-25 10:30:00+01:00')).toEqual({ kind: 'instant', ms: instant });
    expect(readTimestamp('t', 'f', '2026-11-25T04:30-0500')).toEqual({ kind: 'instant', ms: instant });
    expect(readTimestamp('t', 'f', '2026-11-25T11:30:00.000+02')).toEqual({ kind: 'instant', ms: instant });
    expect(readTimestamp('t', 'f', '2026-11-25T09:30:00.123456Z')).toEqual({ kind: 'instant', ms: instant + 123 });
    expect(readTimestamp('t', 'f', '2026-11-25T09:30:00.5Z')).toEqual({ kind: 'instant', ms: instant + 500 });
    expect(readTimestamp('t', 'f', new Date(instant))).toEqual({ kind: 'instant', ms: instant });
    expect(readTimestamp('t', 'f', instant)).toEqual({ kind: 'instant', ms: instant });
    expect(readTimestamp('t', 'f', '2026-11-25')).toEqual({ kind: 'date', days: Date.UTC(2026, 10, 25) / DAY });
  });

  test('offsets up to ±23:59, and epoch milliseconds up to ±8.64e15, the range of a Date', () => {
    expect(readTimestamp('t', 'f', '2026-11-25T23:00:00+23:00')).toEqual({ kind: 'instant', ms: Date.UTC(2026, 10, 25, 0, 0) });
    expect(readTimestamp('t', 'f', '2026-11-25T00:00:00-23:59')).toEqual({ kind: 'instant', ms: Date.UTC(2026, 10, 25, 23, 59) });
    expect(readTimestamp('t', 'f', '2026-11-25T05:59:00+05:59')).toEqual({ kind: 'instant', ms: Date.UTC(2026, 10, 25, 0, 0) });
    for (const ms of [8.64e15, -8.64e15]) {
      expect(new Date(ms).getTime()).toBe(ms);
      expect(readTimestamp('t', 'f', ms)).toEqual({ kind: 'instant', ms });
    }
  });

  test('agrees with Date.parse on offset strings', () => {
    for (const text of ['1999-12-31T23:59:59.999Z', '2024-02-29T12:00:00+05:45', '0001-01-01T00:00:00Z', '2026-03-29T01:00:00-10:00']) {
      expect(readTimestamp('t', 'f', text)).toEqual({ kind: 'instant', ms: Date.parse(text) });
    }
  });

  test('rejects what is not a timestamp', () => {
    expectMetricError(() => readTimestamp('t', 'f', '2026-11-25T09:30:00'), { metric: 't', field: 'f', code: 'UNKNOWN_VALUE' });
    expectMetricError(() => readTimestamp('t', 'f', 'yesterday'), { metric: 't', code: 'UNKNOWN_VALUE' });
    expectMetricError(() => readTimestamp('t', 'f', '2026-02-29'), { metric: 't', code: 'OUT_OF_RANGE' });
    expectMetricError(() => readTimestamp('t', 'f', '2024-13-01'), { metric: 't', code: 'OUT_OF_RANGE' });
    expectMetricError(() => readTimestamp('t', 'f', '0000-01-01'), { metric: 't', code: 'OUT_OF_RANGE' });
    expectMetricError(() => readTimestamp('t', 'f', '2026-11-25T24:00:00Z'), { metric: 't', code: 'OUT_OF_RANGE' });
    expectMetricError(() => readTimestamp('t', 'f', '2026-11-25T23:60:00Z'), { metric: 't', code: 'OUT_OF_RANGE' });
    expectMetricError(() => readTimestamp('t', 'f', '2026-11-25T23:59:60Z'), { metric: 't', code: 'OUT_OF_RANGE' });
    expectMetricError(() => readTimestamp('t', 'f', '2026-11-25T23:00:00+24:00'), { metric: 't', code: 'OUT_OF_RANGE' });
    expectMetricError(() => readTimestamp('t', 'f', '2026-11-25T23:00:00+01:60'), { metric: 't', code: 'OUT_OF_RANGE' });
    expectMetricError(() => readTimestamp('t', 'f', '2026-11-25T23:00:00+0199'), { metric: 't', code: 'OUT_OF_RANGE' });
    expectMetricError(() => readTimestamp('t', 'f', new Date(Number.NaN)), { metric: 't', code: 'NOT_FINITE' });
    expectMetricError(() => readTimestamp('t', 'f', Number.NaN), { metric: 't', code: 'NOT_FINITE' });
    expectMetricError(() => readTimestamp('t', 'f', 8.64e15 + 1), { metric: 't', code: 'OUT_OF_RANGE' });
    expectMetricError(() => readTimestamp('t', 'f', null), { metric: 't', code: 'WRONG_TYPE' });
    expectMetricError(() => readTimestamp('t', 'f', { year: 2026 }), { metric: 't', code: 'WRONG_TYPE' });
  });
});

describe('zone offsets', () => {
  test('at the 2026 changes, as GNU date 9.1 and the tz database give them', () => {
    // `TZ=Europe/London date -d 2026-03-29T00:59:59Z` → 00:59:59 GMT; `…01:00:00Z` → 02:00 BST;
    // `TZ=America/New_York date -d 2026-03-08T06:59:59Z` → 01:59:59 EST; `…07:00:00Z` → 03:00 EDT;
    // `TZ=Australia/Lord_Howe date -d 2026-10-03T15:29:59Z` → 01:59:59 +1030; `…15:30:00Z` →
    // 02:30 +11 (a half-hour change in the middle of a UTC hour).
    const cases: [string, string, number][] = [
      ['Europe/London', '2026-03-29T00:59:59Z', 0],
      ['Europe/London', '2026-03-29T01:00:00Z', 60],
      ['Europe/London', '2026-10-25T00:59:59Z', 60],
      ['Europe/London', '2026-10-25T01:00:00Z', 0],
      ['America/New_York', '2026-03-08T06:59:59Z', -300],
      ['America/New_York', '2026-03-08T07:00:00Z', -240],
      ['America/New_York', '2026-11-01T05:59:59Z', -240],
      ['America/New_York', '2026-11-01T06:00:00Z', -300],
      ['Australia/Lord_Howe', '2026-10-03T15:29:59Z', 630],
      ['Australia/Lord_Howe', '2026-10-03T15:30:00Z', 660],
      ['Asia/Kathmandu', '2026-11-24T18:15:00Z', 345],
    ];
    for (const [zone, time, minutes] of cases) {
      expect(zoneOffset(zoneFormatter('t', 'z', zone), Date.parse(time)), `${zone} ${time}`).toBe(minutes * 60_000);
    }
  });

  test('the hour cache gives the same days as formatting every instant, around every 2026 change', () => {
    const zones = ['Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'America/Santiago', 'Pacific/Chatham'];
    const [start, end] = [Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1)];
    for (const zone of zones) {
      const formatter = zoneFormatter('t', 'z', zone);
      const cached = new LocalDays('t', zone, 'z');
      const single = new LocalDays('t', zone, 'z', false);
      const check = (ms: number): void => {
        const time = { kind: 'instant', ms } as const;
        expect(cached.of(time, 'f', ms), `${zone} ${new Date(ms).toISOString()}`).toBe(single.of(time, 'f', ms));
      };
      // Every 31 hours through the year (a different hour of the day each time), checked
      // against a fresh formatter too.
      for (let ms = start; ms < end; ms += 31 * HOUR) {
        check(ms);
        expect(periodKeyOf('day', single.of({ kind: 'instant', ms }, 'f', ms))).toBe(wallClockDate(ms, zone));
      }
      // Every 7½ minutes for a day on each side of each change, so the changes and the local
      // midnights next to them are straddled (Santiago changes at midnight; Lord Howe and
      // Chatham in the middle of a UTC hour).
      let changes = 0;
      for (let day = start; day < end; day += DAY) {
        if (zoneOffset(formatter, day) === zoneOffset(formatter, day + DAY)) continue;
        for (let hour = day; hour < day + DAY; hour += HOUR) {
          if (zoneOffset(formatter, hour) === zoneOffset(formatter, hour + HOUR)) continue;
          changes++;
          for (let ms = hour - DAY; ms < hour + DAY; ms += 450_000) check(ms);
        }
      }
      expect(changes, zone).toBe(zone === 'Asia/Kolkata' ? 0 : 2);
    }
  });

  propTest.prop([fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }), fc.constantFrom('Europe/London', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/St_Johns')])(
    'the local date agrees with a fresh Intl formatter',
    (ms, zone) => {
      const days = new LocalDays('t', zone, 'z').of({ kind: 'instant', ms }, 'f', ms);
      expect(periodKeyOf('day', days)).toBe(wallClockDate(ms, zone));
    },
  );

  test('a change in the middle of a UTC hour at local midnight (Tehran, 21 September 2021), as zdump gives it', () => {
    // `zdump -v -c 2021,2022 Asia/Tehran`: 19:29:59 UT = 23:59:59 +0430; 19:30:00 UT = 23:00:00 +0330.
    // So 19:15 UT is 23:45 on the 21st, and 19:45 UT is 23:15 on the 21st again (not 00:15 on the 22nd).
    const tehran = new LocalDays('t', 'Asia/Tehran', 'z');
    const day = (iso: string): string => periodKeyOf('day', tehran.of({ kind: 'instant', ms: Date.parse(iso) }, 'f', iso));
    expect(day('2021-09-21T19:15:00Z')).toBe('2021-09-21');
    expect(day('2021-09-21T19:45:00Z')).toBe('2021-09-21');
    expect(day('2021-09-21T20:29:59Z')).toBe('2021-09-21');
    expect(day('2021-09-21T20:30:00Z')).toBe('2021-09-22');
  });

  test('read through formatToParts when the text does not give six numbers in a known order, years before 1 included', () => {
    // Etc/GMT-2 is two hours ahead of UTC at every instant; Asia/Kathmandu 5 h 45 min since 1986.
    const cases: [string, string, number][] = [
      ['Etc/GMT-2', '2026-11-25T09:30:15Z', 120],
      ['Etc/GMT-2', '-000500-06-01T00:00:00Z', 120], // 501 BC
      ['Etc/GMT-2', '0000-12-31T23:00:00Z', 120], // 31 December 1 BC in UTC, 1 January of year 1 there
      ['Asia/Kathmandu', '2026-11-24T18:15:00Z', 345],
    ];
    for (const [zone, time, minutes] of cases) {
      const clock = zoneFormatter('t', 'z', zone);
      const ms = Date.parse(time);
      expect(Number.isNaN(ms)).toBe(false);
      expect(zoneOffset(clock, ms), `${zone} ${time}`).toBe(minutes * 60_000);
      expect(zoneOffset({ formatter: clock.formatter, fields: [] }, ms), `${zone} ${time}, formatToParts`).toBe(minutes * 60_000);
    }
  });

  test('years 0001–9999 only, in every zone', () => {
    const tokyo = new LocalDays('t', 'Asia/Tokyo', 'z');
    const first = Date.parse('0001-01-01T00:00:00Z');
    expect(periodKeyOf('day', tokyo.of({ kind: 'instant', ms: first }, 'f', first))).toBe('0001-01-01');
    const last = Date.parse('9999-12-31T15:00:00Z'); // 10000-01-01 00:00 JST
    expectMetricError(() => tokyo.of({ kind: 'instant', ms: last }, 'f', last), { metric: 't', field: 'f', code: 'OUT_OF_RANGE' });
    const honolulu = new LocalDays('t', 'Pacific/Honolulu', 'z');
    expectMetricError(() => honolulu.of({ kind: 'instant', ms: first }, 'f', first), { metric: 't', code: 'OUT_OF_RANGE' });
    expectMetricError(() => honolulu.of({ kind: 'instant', ms: -8.64e15 }, 'f', -8.64e15), { metric: 't', code: 'OUT_OF_RANGE' });
    expectMetricError(() => new LocalDays('t', 'UTC', 'z').of({ kind: 'instant', ms: 8.64e15 }, 'f', 8.64e15), {
      metric: 't',
      code: 'OUT_OF_RANGE',
    });
  });

  test('unknown zones', () => {
    expectMetricError(() => zoneFormatter('t', 'z', 'Mars/Olympus_Mons'), { metric: 't', field: 'z', code: 'UNKNOWN_VALUE' });
    expectMetricError(() => zoneFormatter('t', 'z', ''), { metric: 't', field: 'z', code: 'UNKNOWN_VALUE' });
    expectMetricError(() => zoneFormatter('t', 'z', 1), { metric: 't', field: 'z', code: 'WRONG_TYPE' });
  });
});

describe('zone cache', () => {
  test('spellings of one zone share one clock, and the caches stay within their bound', () => {
    const first = zoneFormatter('test', 'timeZone', 'Europe/Paris');
    const before = zoneCacheSizes().clocks;
    for (const spelling of ['europe/paris', 'EUROPE/PARIS', 'Europe/PARIS', 'eUrOpE/pArIs']) {
      expect(zoneFormatter('test', 'timeZone', spelling)).toBe(first);
    }
    expect(zoneCacheSizes().clocks).toBe(before);
    // 200 distinct spellings (every case pattern of the 8 letters of "europe/p…"), far past the bound.
    for (let mask = 0; mask < 200; mask++) {
      const spelling = Array.from('europe/paris', (c, i) => ((mask >> i) & 1 ? c.toUpperCase() : c)).join('');
      expect(zoneFormatter('test', 'timeZone', spelling).formatter.resolvedOptions().timeZone).toBe('Europe/Paris');
      const sizes = zoneCacheSizes();
      expect(sizes.spellings).toBeLessThanOrEqual(ZONE_CACHE_LIMIT);
      expect(sizes.clocks).toBeLessThanOrEqual(ZONE_CACHE_LIMIT);
    }
    // Far more than the bound were distinct, so the cache of spellings is full, not emptied.
    expect(zoneCacheSizes().spellings).toBe(ZONE_CACHE_LIMIT);
    expect(zoneCacheSizes().clocks).toBe(before);
  });
});
