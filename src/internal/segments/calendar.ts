/**
 * Calendar arithmetic for periods: proleptic Gregorian dates as day numbers, ISO 8601 weeks,
 * timestamps read from a `Date`, epoch milliseconds or an ISO-8601 string, and local dates in a
 * named IANA time zone through `Intl.DateTimeFormat` (no date library, no Node built-in).
 */
import type { Period } from '../types/segments.js';
import { checkFinite, fail } from '../checks/validate.js';

export const PERIODS: readonly Period[] = ['day', 'week', 'month'];

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;
/** The largest |time value| of an ECMAScript `Date` (±100 000 000 days around 1970). */
const MAX_TIME = 8.64e15;

export const TIMESTAMP_EXPECTED =
  'a Date, epoch milliseconds, or an ISO-8601 string: a date (2026-11-25) or a date-time with Z or an offset (2026-11-25T09:30:00Z)';
const RANGE_EXPECTED = 'a valid date and time from year 0001 to 9999';

/** ⌊a / b⌋ for b > 0, for negative `a` too. */
function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

/**
 * Days from 1970-01-01 to a date of the proleptic Gregorian calendar (0 for 1970-01-01, −1 for
 * 1969-12-31), by H. Hinnant's `days_from_civil`: the year is counted from March so that the
 * leap day falls last, and 400-year eras of 146 097 days repeat exactly.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = floorDiv(y, 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = floorDiv(153 * monthFromMarch + 2, 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + floorDiv(yearOfEra, 4) - floorDiv(yearOfEra, 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The proleptic Gregorian date of a day number (the inverse of {@link daysFromCivil}). */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const shifted = days + 719_468;
  const era = floorDiv(shifted, 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = floorDiv(
    dayOfEra - floorDiv(dayOfEra, 1460) + floorDiv(dayOfEra, 36_524) - floorDiv(dayOfEra, 146_096),
    365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + floorDiv(yearOfEra, 4) - floorDiv(yearOfEra, 100));
  const monthFromMarch = floorDiv(5 * dayOfYear + 2, 153);
  const day = dayOfYear - floorDiv(153 * monthFromMarch + 2, 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The first and last day numbers whose year is 0001…9999, the years a period key can show. */
const FIRST_DAY = daysFromCivil(1, 1, 1);
const LAST_DAY = daysFromCivil(9999, 12, 31);

/**
 * The ordinal of the period holding day number `days`, counting periods of one kind in order:
 * the day number itself; for weeks ⌊(days + 3) / 7⌋, the Monday-to-Sunday week counted from the
 * week of 1969-12-29 (1970-01-01, day 0, was a Thursday); for months 12 × year + month − 1.
 */
export function periodOrdinal(period: Period, days: number): number {
  if (period === 'day') return days;
  if (period === 'week') return floorDiv(days + 3, 7);
  const { year, month } = civilFromDays(days);
  return year * 12 + month - 1;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * The ISO 8601 key of a period ordinal: `2026-11-25`, `2026-W48`, `2026-11`. A week belongs to
 * the year of its Thursday (ISO 8601: week 1 is the week with the year's first Thursday), so
 * its year may differ from the calendar year of its Monday or Sunday.
 */
export function periodKeyOf(period: Period, ordinal: number): string {
  if (period === 'day') {
    const { year, month, day } = civilFromDays(ordinal);
    return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  }
  if (period === 'week') {
    const thursday = ordinal * 7; // the Monday is 7·ordinal − 3
    const { year } = civilFromDays(thursday);
    const week = floorDiv(thursday - daysFromCivil(year, 1, 1), 7) + 1;
    return `${pad(year, 4)}-W${pad(week, 2)}`;
  }
  const year = floorDiv(ordinal, 12);
  return `${pad(year, 4)}-${pad(ordinal - 12 * year + 1, 2)}`;
}

const KEY_PATTERNS: Readonly<Record<Period, RegExp>> = {
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
  week: /^(\d{4})-W(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
};

const KEY_EXAMPLES: Readonly<Record<Period, string>> = {
  day: 'a day key such as "2026-11-25"',
  week: 'an ISO week key such as "2026-W48"',
  month: 'a month key such as "2026-11"',
};

/**
 * The ordinal of a period key of kind `period`, checked: `WRONG_TYPE` for a non-string,
 * `UNKNOWN_VALUE` for another format, `OUT_OF_RANGE` for a day, week or month that does not
 * exist (`2026-02-30`, `2025-W53`, `2026-13`, year 0000).
 */
export function parsePeriodKey(metric: string, field: string, period: Period, key: unknown): number {
  const expected = KEY_EXAMPLES[period];
  if (typeof key !== 'string') fail(metric, field, 'WRONG_TYPE', expected, key);
  const match = KEY_PATTERNS[period].exec(key);
  if (!match) fail(metric, field, 'UNKNOWN_VALUE', expected, key);
  const year = Number(match[1]);
  const second = Number(match[2]);
  let ordinal: number | undefined;
  if (year >= 1) {
    if (period === 'day') {
      const day = Number(match[3]);
      if (second >= 1 && second <= 12 && day >= 1 && day <= daysInMonth(year, second)) {
        ordinal = daysFromCivil(year, second, day);
      }
    } else if (period === 'month') {
      if (second >= 1 && second <= 12) ordinal = year * 12 + second - 1;
    } else {
      // Week 1 holds 4 January, and week n comes n − 1 weeks after it. The week exists only when
      // its key reads back the same: week 00 does not, and week 53 only when its Thursday is in
      // the same year.
      const candidate = periodOrdinal('week', daysFromCivil(year, 1, 4)) + second - 1;
      if (periodKeyOf('week', candidate) === key) ordinal = candidate;
    }
  }
  if (ordinal === undefined) fail(metric, field, 'OUT_OF_RANGE', `${expected}, naming a real ${period}`, key);
  return ordinal;
}

/** A timestamp read: an instant (epoch milliseconds) or a calendar date (a day number). */
export type ReadTime = { readonly kind: 'instant'; readonly ms: number } | { readonly kind: 'date'; readonly days: number };

const ISO_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?)?$/;

/**
 * Reads a timestamp: a `Date` (also from another realm) or epoch milliseconds is an instant; an
 * ISO-8601 string is a calendar date (`2026-11-25`, bucketed as that date in any time zone) or
 * an instant (`2026-11-25T09:30:00Z`, `…+01:00`, `…+0100`, `…+01`; a space may replace the `T`;
 * fractions of a second beyond milliseconds are dropped). A date-time without `Z` or an offset
 * is rejected, because its instant depends on the machine's time zone.
 */
export function readTimestamp(metric: string, field: string, value: unknown): ReadTime {
  if (typeof value === 'number') {
    checkFinite(metric, field, value, TIMESTAMP_EXPECTED);
    if (Math.abs(value) > MAX_TIME) fail(metric, field, 'OUT_OF_RANGE', RANGE_EXPECTED, value);
    return { kind: 'instant', ms: value };
  }
  if (typeof value === 'string') return readIsoString(metric, field, value);
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const ms = Date.prototype.getTime.call(value as Date);
    if (Number.isNaN(ms)) fail(metric, field, 'NOT_FINITE', `${TIMESTAMP_EXPECTED} (not an Invalid Date)`, value);
    return { kind: 'instant', ms };
  }
  return fail(metric, field, 'WRONG_TYPE', TIMESTAMP_EXPECTED, value);
}

function readIsoString(metric: string, field: string, text: string): ReadTime {
  const match = ISO_PATTERN.exec(text);
  if (!match) fail(metric, field, 'UNKNOWN_VALUE', TIMESTAMP_EXPECTED, text);
  const [, yearText, monthText, dayText, hourText, minuteText, secondText, fraction, zulu, sign, offsetHours, offsetMinutes] =
    match;
  const year = Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    fail(metric, field, 'OUT_OF_RANGE', RANGE_EXPECTED, text);
  }
  const days = daysFromCivil(year, month, day);
  if (hourText === undefined) return { kind: 'date', days };
  if (zulu === undefined && sign === undefined) fail(metric, field, 'UNKNOWN_VALUE', TIMESTAMP_EXPECTED, text);
  const hour = Number(hourText);
  const minute = Number(minuteText);
  const second = secondText === undefined ? 0 : Number(secondText);
  const [zoneHours, zoneMinutes] = [Number(offsetHours ?? 0), Number(offsetMinutes ?? 0)];
  const offset = (sign === '-' ? -1 : 1) * (zoneHours * 60 + zoneMinutes);
  if (hour > 23 || minute > 59 || second > 59 || zoneHours > 23 || zoneMinutes > 59) {
    fail(metric, field, 'OUT_OF_RANGE', RANGE_EXPECTED, text);
  }
  const milliseconds = fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'));
  const ms = days * MS_PER_DAY + hour * MS_PER_HOUR + minute * 60_000 + second * 1000 + milliseconds - offset * 60_000;
  return { kind: 'instant', ms };
}

type ClockField = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';

/**
 * A formatter of a zone's wall clock, and the order in which its formatted text shows the six
 * numbers (learnt from `formatToParts`, so no locale pattern is assumed).
 */
export interface ZoneClock {
  readonly formatter: Intl.DateTimeFormat;
  readonly fields: readonly ClockField[];
}

/**
 * Clocks by canonical time zone (`resolvedOptions().timeZone`: "Europe/Paris" for
 * "europe/paris"), shared by all calls: creating a formatter is far slower than using it. Both
 * caches are bounded, least recently used first out, so that many spellings of one zone (or
 * many zones) cannot grow the heap: `spellings` maps what callers wrote to the canonical name.
 */
const clocks = new Map<string, ZoneClock>();
const spellings = new Map<string, string>();

/** The most entries each zone cache holds. */
export const ZONE_CACHE_LIMIT = 64;

/** The sizes of the two zone caches (for tests of their bound). */
export function zoneCacheSizes(): { readonly spellings: number; readonly clocks: number } {
  return { spellings: spellings.size, clocks: clocks.size };
}

/** `map.get(key)`, marking the entry most recently used. */
function touch<V>(map: Map<string, V>, key: string): V | undefined {
  const value = map.get(key);
  // Stryker disable next-line all: the order only decides which entry a full cache drops first (speed, not results).
  if (value !== undefined) {
    map.delete(key);
    map.set(key, value);
  }
  return value;
}

/** `map.set(key, value)`, dropping the least recently used entry past the limit. */
function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.set(key, value);
  if (map.size > ZONE_CACHE_LIMIT) map.delete(map.keys().next().value!);
}

const CLOCK_FIELDS: readonly string[] = ['year', 'month', 'day', 'hour', 'minute', 'second'];

function clockFormatter(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    calendar: 'gregory',
    numberingSystem: 'latn',
    era: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  });
}

/**
 * The cached clock that reads the wall-clock date and time of an instant in `timeZone`, or
 * `UNKNOWN_VALUE` (`WRONG_TYPE` for a non-string) when the platform does not know the zone.
 */
export function zoneFormatter(metric: string, field: string, timeZone: unknown): ZoneClock {
  const expected = 'an IANA time zone name such as "Europe/London" or "UTC"';
  if (typeof timeZone !== 'string') fail(metric, field, 'WRONG_TYPE', expected, timeZone);
  const canonical = touch(spellings, timeZone);
  // Stryker disable next-line all: a cache miss only builds the same clock again.
  if (canonical !== undefined) {
    const cached = touch(clocks, canonical);
    // Stryker disable next-line all: (as above)
    if (cached !== undefined) return cached;
  }
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = clockFormatter(timeZone);
  } catch {
    return fail(metric, field, 'UNKNOWN_VALUE', expected, timeZone);
  }
  const name = formatter.resolvedOptions().timeZone;
  remember(spellings, timeZone, name);
  let clock = touch(clocks, name);
  if (clock === undefined) {
    // Stryker disable next-line all: fields learnt wrong only send zoneOffset to formatToParts, which reads the same values.
    const fields = formatter.formatToParts(0).map((part) => part.type).filter((type): type is ClockField => CLOCK_FIELDS.includes(type));
    clock = { formatter, fields };
    remember(clocks, name, clock);
  }
  return clock;
}

/**
 * The offset of a zone from UTC at instant `ms`, in milliseconds (+3 600 000 for BST): the
 * wall-clock time the formatter shows, read as if it were UTC, minus the instant (to the
 * second, the formatter's precision). A year before 1 shows with the era `BC`, read as
 * 1 − year. The text of `format` is read (about four times faster than `formatToParts`), its
 * six numbers in the order learnt from `formatToParts`; should it ever not hold exactly six
 * numbers, `formatToParts` is used.
 */
export function zoneOffset(clock: ZoneClock, ms: number): number {
  // Stryker disable next-line all: both ways of reading set all six values.
  const values: Record<ClockField, number> = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  let beforeChrist: boolean;
  const text = clock.formatter.format(ms);
  // Stryker disable next-line all: numbers split otherwise are not six, and formatToParts reads the same values.
  const numbers = text.match(/\d+/g);
  if (numbers?.length === 6 && clock.fields.length === 6) {
    clock.fields.forEach((name, i) => (values[name] = Number(numbers[i])));
    beforeChrist = text.includes('B');
  } else {
    beforeChrist = false;
    for (const part of clock.formatter.formatToParts(ms)) {
      if (part.type === 'era') beforeChrist = part.value.startsWith('B');
      else if (CLOCK_FIELDS.includes(part.type)) values[part.type as ClockField] = Number(part.value);
    }
  }
  const year = beforeChrist ? 1 - values.year : values.year;
  const wallClock =
    daysFromCivil(year, values.month, values.day) * MS_PER_DAY +
    values.hour * MS_PER_HOUR +
    values.minute * 60_000 +
    values.second * 1000;
  return wallClock - floorDiv(ms, 1000) * 1000;
}

/**
 * Turns timestamps into local day numbers for one call: in UTC by arithmetic alone; in a named
 * zone through one cached formatter and a per-call table of UTC hours. The zone's offset is read
 * at the start of each UTC hour met and of the hour after it; when the two agree, no offset
 * change falls inside the hour (the time zone database never changes an offset twice within an
 * hour), so every instant of that hour uses it. A million rows then cost about one formatter
 * call per distinct hour, not one per row. In an hour that ends with or holds a change, each
 * instant is formatted on its own.
 */
export class LocalDays {
  private readonly formatter: ZoneClock | undefined;
  /** The offset at the start of each UTC hour read so far. */
  private readonly starts = new Map<number, number>();
  /** For each UTC hour met, its offset when constant through the hour, else NaN. */
  private readonly hours = new Map<number, number>();
  private lastHour = Number.NaN;
  private lastOffset = 0;

  /** With `cacheHours` false (one timestamp), each instant is formatted on its own. */
  constructor(
    private readonly metric: string,
    timeZone: unknown,
    timeZoneField: string,
    // Stryker disable next-line all: the hour cache only saves formatter calls (a test checks it gives the same days).
    private readonly cacheHours = true,
  ) {
    // Stryker disable next-line all: a formatter for UTC reads the same days as the arithmetic, only slower.
    this.formatter = timeZone === undefined || timeZone === 'UTC' ? undefined : zoneFormatter(metric, timeZoneField, timeZone);
  }

  /** The local day number of a read timestamp; `OUT_OF_RANGE` outside years 0001–9999. */
  of(time: ReadTime, field: string, received: unknown): number {
    let days: number;
    if (time.kind === 'date') {
      days = time.days;
    } else {
      const ms = time.ms;
      // Offsets stay within a day, so an instant more than a day outside years 0001–9999 in
      // UTC is out of range in every zone; checking first keeps the formatter inside its range.
      const utcDays = floorDiv(ms, MS_PER_DAY);
      // Stryker disable next-line all: V8 formats every Date instant, and the check of the local day below fails the same way.
      if (utcDays < FIRST_DAY - 1 || utcDays > LAST_DAY + 1) fail(this.metric, field, 'OUT_OF_RANGE', RANGE_EXPECTED, received);
      days = this.formatter === undefined ? utcDays : floorDiv(ms + this.offset(this.formatter, ms), MS_PER_DAY);
    }
    if (days < FIRST_DAY || days > LAST_DAY) fail(this.metric, field, 'OUT_OF_RANGE', RANGE_EXPECTED, received);
    return days;
  }

  private offset(formatter: ZoneClock, ms: number): number {
    // Stryker disable next-line all: formatting an instant on its own gives the offset the caches hold.
    if (!this.cacheHours) return zoneOffset(formatter, ms);
    const hour = floorDiv(ms, MS_PER_HOUR);
    // Stryker disable next-line all: (as above)
    if (hour === this.lastHour) return this.lastOffset;
    let offset = this.hours.get(hour);
    // Stryker disable next-line all: (as above)
    if (offset === undefined) {
      const start = this.startOf(formatter, hour);
      offset = start === this.startOf(formatter, hour + 1) ? start : Number.NaN;
      this.hours.set(hour, offset);
    }
    // Stryker disable next-line all: (as above)
    if (Number.isNaN(offset)) return zoneOffset(formatter, ms);
    this.lastHour = hour;
    this.lastOffset = offset;
    return offset;
  }

  private startOf(formatter: ZoneClock, hour: number): number {
    let offset = this.starts.get(hour);
    // Stryker disable next-line all: (as above)
    if (offset === undefined) {
      offset = zoneOffset(formatter, hour * MS_PER_HOUR);
      this.starts.set(hour, offset);
    }
    return offset;
  }
}

/** Checks `options.period`: one of `"day"`, `"week"`, `"month"`. */
export function checkPeriod(metric: string, field: string, value: unknown): Period {
  const expected = 'one of "day", "week", "month"';
  if (typeof value !== 'string') fail(metric, field, 'WRONG_TYPE', expected, value);
  if (!(PERIODS as readonly string[]).includes(value)) fail(metric, field, 'UNKNOWN_VALUE', expected, value);
  return value as Period;
}
