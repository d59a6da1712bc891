/**
 * Business calendars: checking a calendar's JSON, compiling it to minutes, and walking its open
 * time as intervals of instants, in its IANA time zone through `Intl.DateTimeFormat` (the zone
 * clocks of `calendar.ts`), without a date library.
 *
 * Open time is defined on the wall clock: an instant is open when its local date and time, in
 * the zone, lie within the opening hours of that local date. Within a stretch of instants where
 * the zone's offset `o` is constant, the wall clock is the instant plus `o`, so the open
 * instants of the stretch are the open wall-clock intervals shifted by −`o`, clipped to it. The
 * walk goes from one offset change to the next (or 32 days at a time), date by date, never
 * minute by minute: a span of ten years costs one formatter call per UTC day boundary (cached
 * per compiled calendar) and a binary search per offset change.
 */
import type { BusinessCalendar, BusinessHoliday, BusinessHours, BusinessWeek } from '../types/businessHours.js';
import { checkInstant } from '../checks/instant.js';
import { readList } from '../checks/lists.js';
import { checkAmounts, fail, isPlainObject } from '../checks/validate.js';
import { daysFromCivil, parsePeriodKey, zoneFormatter, zoneOffset, type ZoneClock } from './calendar.js';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const MINUTES_PER_DAY = 1440;

/** The weekday keys, Monday first (ISO 8601 numbering less one). */
export const WEEKDAYS: readonly (keyof BusinessWeek)[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** The first instant of year 0001 and the first of year 10000 (UTC): instants are taken between them. */
export const FIRST_INSTANT = daysFromCivil(1, 1, 1) * MS_PER_DAY;
export const END_INSTANT = daysFromCivil(10_000, 1, 1) * MS_PER_DAY;

/** Opening hours in minutes from the local midnight of their date: `[start, end)`, end ≤ 2 days. */
type Minutes = readonly [start: number, end: number];

/** A calendar checked and compiled. */
export interface CompiledCalendar {
  /** The zone's clock, or `undefined` for UTC (offset 0 at every instant). */
  readonly clock: ZoneClock | undefined;
  /** The weekly hours of each weekday, Monday first, sorted by start. */
  readonly week: readonly (readonly Minutes[])[];
  /** The hours of each holiday, by local day number (days from 1970-01-01), sorted by start. */
  readonly holidays: ReadonlyMap<number, readonly Minutes[]>;
  /** The zone's offset at UTC midnights met so far, by epoch milliseconds (a bounded cache). */
  readonly midnightOffsets: Map<number, number>;
}

/** Calendars returned by `businessCalendar` (deep-frozen, so their compiled form stays true). */
const compiledCalendars = new WeakMap<object, CompiledCalendar>();

const HOURS_EXPECTED = "a pair of local times ['HH:MM', 'HH:MM'], such as ['09:00', '17:30']";
const TIME_PATTERN = /^(\d{2}):(\d{2})$/;

/** A local time `HH:MM` as minutes from midnight: `00:00`–`23:59`, or up to `24:00` for an end. */
function readTime(metric: string, field: string, value: unknown, isEnd: boolean): number {
  const expected = isEnd ? "a local time 'HH:MM' from '00:00' to '24:00'" : "a local time 'HH:MM' from '00:00' to '23:59'";
  if (typeof value !== 'string') fail(metric, field, 'WRONG_TYPE', expected, value);
  const match = TIME_PATTERN.exec(value);
  if (!match) fail(metric, field, 'UNKNOWN_VALUE', expected, value);
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  if (Number(match[2]) > 59 || minutes > (isEnd ? MINUTES_PER_DAY : MINUTES_PER_DAY - 1)) fail(metric, field, 'OUT_OF_RANGE', expected, value);
  return minutes;
}

interface ReadHours {
  readonly minutes: Minutes;
  readonly hours: BusinessHours;
  readonly field: string;
}

/**
 * A list of opening hours, sorted by start. In the weekly hours an end not after the start
 * crosses midnight; in a holiday's hours (`withinDay`) it is `INCONSISTENT`. An empty interval
 * (start = end) is `INCONSISTENT`.
 */
function readHoursList(metric: string, field: string, value: unknown, withinDay: boolean): ReadHours[] {
  const list = readList(metric, field, value, `a list of opening hours, each ${HOURS_EXPECTED}; [] when closed`);
  return list
    .map((item, index) => {
      const at = `${field}[${String(index)}]`;
      const pair = Array.isArray(item) ? (item as readonly unknown[]) : undefined;
      if (pair?.length !== 2) fail(metric, at, 'WRONG_TYPE', HOURS_EXPECTED, item);
      const start = readTime(metric, `${at}[0]`, pair[0], false);
      let end = readTime(metric, `${at}[1]`, pair[1], true);
      if (start === end) {
        fail(metric, at, 'INCONSISTENT', "an interval that is not empty (a whole day is ['00:00', '24:00'])", item);
      }
      if (end < start) {
        if (withinDay) fail(metric, at, 'INCONSISTENT', "hours within the holiday's date: an end after the start ('24:00' for midnight)", item);
        end += MINUTES_PER_DAY;
      }
      return { minutes: [start, end] as const, hours: [pair[0], pair[1]] as unknown as BusinessHours, field: at };
    })
    .sort((a, b) => a.minutes[0] - b.minutes[0]);
}

/** `INCONSISTENT` on the later of two intervals that overlap, among intervals sorted by start. */
function checkNoOverlap(metric: string, intervals: readonly (ReadHours & { readonly from: number; readonly to: number })[]): void {
  for (let i = 1; i < intervals.length; i++) {
    const before = intervals[i - 1]!;
    const after = intervals[i]!;
    if (after.from < before.to) {
      fail(metric, after.field, 'INCONSISTENT', `opening hours that overlap no others; they overlap ${before.field} (${before.hours.join('–')})`, after.hours);
    }
  }
}

/** Deep-freezes a fresh plain-JSON value. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * Checks a calendar's JSON and compiles it; returns the compiled form and the checked calendar
 * as fresh, deep-frozen plain JSON (the zone's canonical name, intervals and holidays sorted).
 */
export function checkCalendar(metric: string, field: string, value: unknown): { calendar: BusinessCalendar; compiled: CompiledCalendar } {
  const calendarObject = checkAmounts(metric, field, value, ['timeZone', 'week', 'holidays']);
  const clock = zoneFormatter(metric, `${field}.timeZone`, calendarObject['timeZone']);
  const timeZone = clock.formatter.resolvedOptions().timeZone;

  const weekField = `${field}.week`;
  const weekObject = calendarObject['week'];
  if (!isPlainObject(weekObject)) fail(metric, weekField, 'WRONG_TYPE', `an object of opening hours by weekday (${WEEKDAYS.join(', ')})`, weekObject);
  checkAmounts(metric, weekField, weekObject, WEEKDAYS);
  const days = WEEKDAYS.map((day) => {
    const dayField = `${weekField}.${day}`;
    if (weekObject[day] === undefined) {
      fail(metric, dayField, 'WRONG_TYPE', `a list of opening hours, each ${HOURS_EXPECTED}; [] when closed (every weekday is listed)`, undefined);
    }
    return readHoursList(metric, dayField, weekObject[day], false);
  });
  // Overlaps on the circular week, in minutes from Monday 00:00; Sunday's hours past midnight
  // wrap round to Monday.
  const weekMinutes = 7 * MINUTES_PER_DAY;
  const onWeek = days.flatMap((hours, weekday) =>
    hours.flatMap((read) => {
      const from = weekday * MINUTES_PER_DAY + read.minutes[0];
      const to = weekday * MINUTES_PER_DAY + read.minutes[1];
      return to <= weekMinutes ? [{ ...read, from, to }] : [{ ...read, from, to: weekMinutes }, { ...read, from: 0, to: to - weekMinutes }];
    }),
  );
  checkNoOverlap(metric, onWeek.sort((a, b) => a.from - b.from));
  if (onWeek.length === 0) fail(metric, weekField, 'EMPTY', 'a week with some opening hours', weekObject);

  const holidays = new Map<number, readonly Minutes[]>();
  const holidayList: BusinessHoliday[] = [];
  const holidaysValue = calendarObject['holidays'];
  if (holidaysValue !== undefined) {
    const list = readList(metric, `${field}.holidays`, holidaysValue, "a list of holidays { date: 'YYYY-MM-DD', hours? }");
    list.forEach((holiday, index) => {
      const at = `${field}.holidays[${String(index)}]`;
      if (!isPlainObject(holiday)) fail(metric, at, 'WRONG_TYPE', "a holiday { date: 'YYYY-MM-DD', hours? }", holiday);
      checkAmounts(metric, at, holiday, ['date', 'hours']);
      const day = parsePeriodKey(metric, `${at}.date`, 'day', holiday['date']);
      if (holidays.has(day)) fail(metric, `${at}.date`, 'INCONSISTENT', 'a date listed once among the holidays', holiday['date']);
      const hours = holiday['hours'] === undefined ? [] : readHoursList(metric, `${at}.hours`, holiday['hours'], true);
      checkNoOverlap(metric, hours.map((read) => ({ ...read, from: read.minutes[0], to: read.minutes[1] })));
      holidays.set(day, hours.map((read) => read.minutes));
      holidayList.push({ date: holiday['date'] as string, hours: hours.map((read) => [...read.hours] as const) });
    });
  }
  holidayList.sort((a, b) => (a.date < b.date ? -1 : 1));

  const week = Object.fromEntries(WEEKDAYS.map((day, i) => [day, days[i]!.map((read) => [...read.hours] as const)])) as unknown as BusinessWeek;
  const calendar = deepFreeze<BusinessCalendar>({ timeZone, week, holidays: holidayList });
  const compiled: CompiledCalendar = {
    // Stryker disable next-line all: UTC's clock reads the same offsets (0) as none, only slower.
    clock: timeZone === 'UTC' ? undefined : clock,
    week: days.map((hours) => hours.map((read) => read.minutes)),
    holidays,
    midnightOffsets: new Map(),
  };
  return { calendar, compiled };
}

/** Checks and compiles a calendar, and remembers the compiled form of the frozen result. */
export function compileCalendar(metric: string, field: string, value: unknown): BusinessCalendar {
  const { calendar, compiled } = checkCalendar(metric, field, value);
  compiledCalendars.set(calendar, compiled);
  return calendar;
}

/**
 * The compiled form of a calendar argument: remembered for a calendar returned by
 * `businessCalendar`, checked and compiled afresh for any other object (a calendar's JSON, or
 * one that went through `JSON.stringify`).
 */
export function calendarArgument(metric: string, field: string, value: unknown): CompiledCalendar {
  // A WeakMap holds no primitive key: `get` gives undefined for one.
  return compiledCalendars.get(value as object) ?? checkCalendar(metric, field, value).compiled;
}

/** An instant (`Date` or epoch milliseconds) from year 0001 to 9999 (UTC), as epoch milliseconds. */
export function checkCalendarInstant(metric: string, field: string, value: unknown): number {
  const ms = checkInstant(metric, field, value);
  if (ms < FIRST_INSTANT || ms >= END_INSTANT) fail(metric, field, 'OUT_OF_RANGE', 'an instant from year 0001 to 9999 (UTC)', value);
  return ms;
}

/** The most UTC midnights a compiled calendar remembers the offset of (about 270 years). */
const MIDNIGHT_CACHE_LIMIT = 100_000;

/** The zone's offset at instant `ms`, in milliseconds (whole seconds). */
function offsetAt(calendar: CompiledCalendar, ms: number): number {
  return calendar.clock === undefined ? 0 : zoneOffset(calendar.clock, ms);
}

/** The zone's offset at a UTC midnight, cached. */
function midnightOffset(calendar: CompiledCalendar, midnight: number): number {
  let offset = calendar.midnightOffsets.get(midnight);
  // Stryker disable next-line all: the cache only saves formatter calls.
  if (offset === undefined) {
    offset = offsetAt(calendar, midnight);
    // Stryker disable next-line all: (as above)
    if (calendar.midnightOffsets.size >= MIDNIGHT_CACHE_LIMIT) calendar.midnightOffsets.clear();
    calendar.midnightOffsets.set(midnight, offset);
  }
  return offset;
}

/**
 * The first instant after `from` (whose offset is `offset`) at which the offset changes, or
 * `until` when it does not change before. Offsets are read at each UTC midnight; between two
 * that differ, the change is found by bisection to the second (offsets are whole seconds and
 * change on a whole second). Assumes the offset changes at most once between two UTC
 * midnights, as the time zone database has it: a change and its reversal within one UTC day
 * would go unseen.
 */
function nextOffsetChange(calendar: CompiledCalendar, from: number, offset: number, until: number): number {
  // Stryker disable next-line all: in UTC every midnight's offset is 0, so the walk below returns `until` too.
  if (calendar.clock === undefined) return until;
  let before = from;
  for (let midnight = (Math.floor(from / MS_PER_DAY) + 1) * MS_PER_DAY; before < until; midnight += MS_PER_DAY) {
    if (midnightOffset(calendar, midnight) !== offset) {
      // The offset is `offset` at second lo and another at second hi: bisect.
      let lo = Math.floor(before / 1000);
      let hi = midnight / 1000;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (offsetAt(calendar, mid * 1000) === offset) lo = mid;
        else hi = mid;
      }
      return Math.min(hi * 1000, until);
    }
    before = midnight;
  }
  return until;
}

/** The open wall-clock intervals of local day number `day`, in wall-clock milliseconds (local time read as UTC). */
function openWallIntervals(calendar: CompiledCalendar, day: number): readonly Minutes[] {
  const base = day * MS_PER_DAY;
  const holiday = calendar.holidays.get(day);
  if (holiday !== undefined) return holiday.map(([start, end]) => [base + start * MS_PER_MINUTE, base + end * MS_PER_MINUTE]);
  // A holiday closes its whole date: the hours of an interval crossing into it stop at midnight.
  const cut = calendar.holidays.has(day + 1) ? MINUTES_PER_DAY : 2 * MINUTES_PER_DAY;
  const weekday = (((day + 3) % 7) + 7) % 7; // day 0, 1970-01-01, was a Thursday
  return calendar.week[weekday]!.map(([start, end]) => [base + start * MS_PER_MINUTE, base + Math.min(end, cut) * MS_PER_MINUTE]);
}

/** Days of open time walked per step when the offset does not change. */
const STEP_DAYS = 32;

/**
 * Calls `visit(start, end)` for each open interval of instants, in order, from `from` until
 * `until` (each clipped to [from, until); touching intervals may come separately), until
 * `visit` returns `true`. Returns whether it did.
 */
export function forEachOpenInterval(calendar: CompiledCalendar, from: number, until: number, visit: (start: number, end: number) => boolean): boolean {
  let cursor = from;
  while (cursor < until) {
    const offset = offsetAt(calendar, cursor);
    const stepEnd = nextOffsetChange(calendar, cursor, offset, Math.min(until, cursor + STEP_DAYS * MS_PER_DAY));
    // The local dates whose open time can meet [cursor, stepEnd): a date's hours end within two days of its midnight.
    const lastDay = Math.floor((stepEnd - 1 + offset) / MS_PER_DAY);
    for (let day = Math.floor((cursor + offset) / MS_PER_DAY) - 1; day <= lastDay; day++) {
      for (const [wallStart, wallEnd] of openWallIntervals(calendar, day)) {
        const start = Math.max(wallStart - offset, cursor);
        const end = Math.min(wallEnd - offset, stepEnd);
        if (start < end && visit(start, end)) return true;
      }
    }
    cursor = stepEnd;
  }
  return false;
}

/** Whether instant `ms` is open: its local date and time lie within that date's opening hours (or the previous date's crossing midnight). */
export function isOpenAt(calendar: CompiledCalendar, ms: number): boolean {
  const wall = ms + offsetAt(calendar, ms);
  const day = Math.floor(wall / MS_PER_DAY);
  for (const date of [day - 1, day]) {
    for (const [start, end] of openWallIntervals(calendar, date)) if (start <= wall && wall < end) return true;
  }
  return false;
}
