/**
 * The four business-hours functions against a slow reference written here: it steps through
 * every UTC minute of a window, formats each with its own `Intl.DateTimeFormat` (weekday name,
 * date and time as text, `formatToParts`) and asks whether that local weekday and time is open,
 * reading the calendar's JSON as strings ('HH:MM' compares as text). Calendars use whole
 * minutes and the zones here have whole-minute offsets, so open time is constant within each
 * UTC minute.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  addBusinessSeconds,
  businessCalendar,
  businessSecondsBetween,
  isBusinessTime,
  nextBusinessOpening,
  type BusinessCalendar,
  type BusinessHoliday,
  type BusinessHours,
} from '../index.js';

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const ZONES = ['UTC', 'Europe/Paris', 'America/Santiago', 'Australia/Adelaide', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/New_York'];
/** Days near the 2026 changes of those zones, and a leap day. */
const ANCHORS = ['2026-03-29', '2026-10-25', '2026-04-05', '2026-09-06', '2026-10-04', '2026-03-08', '2026-11-01', '2028-02-29'].map((date) => Date.parse(`${date}T00:00Z`));
const WINDOW_MINUTES = 10 * 1440;
const MINUTE = 60_000;

const pad = (n: number): string => String(n).padStart(2, '0');
const hhmm = (minutes: number): string => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

// ── the reference ────────────────────────────────────────────────────────────────────────

interface LocalMinute {
  readonly date: string;
  readonly weekday: (typeof DAYS)[number];
  readonly time: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function localMinute(timeZone: string, ms: number): LocalMinute {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(ms).map((part) => [part.type, part.value]));
  return {
    date: `${parts['year']!}-${parts['month']!}-${parts['day']!}`,
    weekday: parts['weekday']!.toLowerCase() as LocalMinute['weekday'],
    time: `${parts['hour']!}:${parts['minute']!}`,
  };
}

/** The date before `date` ('YYYY-MM-DD'), and the weekday before `weekday`. */
const dayBefore = (date: string): string => new Date(Date.parse(`${date}T00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const weekdayBefore = (weekday: LocalMinute['weekday']): LocalMinute['weekday'] => DAYS[(DAYS.indexOf(weekday) + 6) % 7]!;

/** Whether the calendar is open at local `time` on `date`, read from the JSON as text. */
function referenceOpen(calendar: BusinessCalendar, { date, weekday, time }: LocalMinute): boolean {
  const holiday = (day: string): BusinessHoliday | undefined => calendar.holidays?.find((h) => h.date === day);
  const crosses = ([start, end]: BusinessHours): boolean => end !== '24:00' && end <= start;
  const today = holiday(date);
  if (today !== undefined) return (today.hours ?? []).some(([start, end]) => start <= time && time < end);
  for (const interval of calendar.week[weekday]) {
    const [start, end] = interval;
    if (crosses(interval) ? start <= time : start <= time && time < end) return true;
  }
  if (holiday(dayBefore(date)) !== undefined) return false;
  return calendar.week[weekdayBefore(weekday)].some((interval) => crosses(interval) && time < interval[1]);
}

/** For each minute of the window, whether it is open, and the open minutes before each minute. */
function reference(calendar: BusinessCalendar, windowStart: number): { open: boolean[]; before: number[] } {
  const open: boolean[] = [];
  const before = [0];
  for (let i = 0; i < WINDOW_MINUTES; i++) {
    open.push(referenceOpen(calendar, localMinute(calendar.timeZone, windowStart + i * MINUTE)));
    before.push(before[i]! + (open[i] ? 1 : 0));
  }
  return { open, before };
}

// ── random calendars ─────────────────────────────────────────────────────────────────────

/** Up to two intervals of a day, on whole minutes (mostly quarter hours, to meet the DST hours), sorted. */
const minuteOfDay = fc.oneof(fc.integer({ min: 0, max: 95 }).map((q) => q * 15), fc.integer({ min: 0, max: 1439 }));
const dayPoints = fc.uniqueArray(minuteOfDay, { minLength: 0, maxLength: 4 }).map((points) => points.sort((a, b) => a - b));

/**
 * A valid week: each day's points paired into intervals; a day's last interval may cross
 * midnight (ending before the next day's first start) or end at 24:00.
 */
const weekArbitrary = fc.tuple(fc.array(dayPoints, { minLength: 7, maxLength: 7 }), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 7, maxLength: 7 })).map(([points, endings]) => {
  const days = points.map((p) => {
    const pairs: [number, number][] = [];
    for (let i = 0; i + 1 < p.length; i += 2) pairs.push([p[i]!, p[i + 1]!]);
    return pairs;
  });
  const week: Record<string, BusinessHours[]> = {};
  days.forEach((pairs, d) => {
    const next = days[(d + 1) % 7]!;
    const nextStart = next.length > 0 ? next[0]![0] : 1440;
    week[DAYS[d]!] = pairs.map(([start, end], i): BusinessHours => {
      if (i === pairs.length - 1 && endings[d] === 1) return [hhmm(start), '24:00'];
      // Crossing midnight: an end not after the start, and not past the next day's first start.
      if (i === pairs.length - 1 && endings[d] === 2 && start > 0) return [hhmm(start), hhmm(Math.min(nextStart, Math.floor(start / 2)))];
      return [hhmm(start), hhmm(end)];
    });
  });
  if (Object.values(week).every((hours) => hours.length === 0)) week['monday'] = [['09:00', '17:00']];
  return week as unknown as BusinessCalendar['week'];
});

const caseArbitrary = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    week: weekArbitrary,
    anchor: fc.constantFrom(...ANCHORS),
    shift: fc.integer({ min: -7 * 1440, max: 0 }),
    holidays: fc.uniqueArray(
      fc.record({ day: fc.integer({ min: -1, max: 11 }), hours: fc.option(fc.tuple(minuteOfDay, minuteOfDay).filter(([a, b]) => a !== b), { nil: undefined }) }),
      { maxLength: 3, selector: (h) => h.day },
    ),
  })
  .map(({ timeZone, week, anchor, shift, holidays }) => {
    const windowStart = anchor + shift * MINUTE;
    const calendar: BusinessCalendar = {
      timeZone,
      week,
      holidays: holidays.map(({ day, hours }) => {
        const date = new Date(windowStart + day * 86_400_000).toISOString().slice(0, 10);
        if (hours === undefined) return { date };
        const [a, b] = hours[0] < hours[1] ? hours : [hours[1], hours[0]];
        return { date, hours: [[hhmm(a), b === 1440 ? '24:00' : hhmm(b)]] };
      }),
    };
    return { calendar, windowStart };
  });

/** A minute of the window, as an index. */
const minuteIndex = fc.integer({ min: 0, max: WINDOW_MINUTES });
const RUNS = { numRuns: 25 };

// ── properties ───────────────────────────────────────────────────────────────────────────

describe('business hours against the minute-stepping reference', () => {
  test.prop([caseArbitrary, minuteIndex, minuteIndex, fc.array(minuteIndex, { minLength: 5, maxLength: 5 })], RUNS)(
    'businessSecondsBetween, isBusinessTime, nextBusinessOpening and addBusinessSeconds agree with it',
    ({ calendar, windowStart }, i, j, probes) => {
      const compiled = businessCalendar(calendar);
      const { open, before } = reference(calendar, windowStart);
      const at = (index: number): number => windowStart + index * MINUTE;
      const [from, to] = i <= j ? [i, j] : [j, i];
      expect(businessSecondsBetween(compiled, at(from), at(to))).toBe((before[to]! - before[from]!) * 60);
      for (const p of probes.filter((index) => index < WINDOW_MINUTES)) {
        expect(isBusinessTime(compiled, at(p))).toBe(open[p]);
        expect(isBusinessTime(compiled, at(p) + 30_000)).toBe(open[p]);
        const next = open.indexOf(true, p);
        if (next !== -1) expect(nextBusinessOpening(compiled, at(p))).toBe(at(next));
        else expect(nextBusinessOpening(compiled, at(p))).toBeGreaterThanOrEqual(at(WINDOW_MINUTES));
        // The due instant of k business minutes: the end of the k-th open minute from p.
        const k = before[WINDOW_MINUTES]! - before[p]!;
        if (k > 0) {
          const wanted = Math.max(1, Math.ceil(k / 2));
          let due = p;
          while (before[due]! - before[p]! < wanted) due++;
          expect(addBusinessSeconds(compiled, at(p), wanted * 60)).toBe(at(due));
        }
      }
    },
  );
});

describe('business hours: properties at any millisecond', () => {
  const instant = (windowStart: number): fc.Arbitrary<number> => fc.integer({ min: 0, max: WINDOW_MINUTES * MINUTE }).map((ms) => windowStart + ms);
  const withInstants = caseArbitrary.chain((c) => fc.tuple(fc.constant(c), fc.array(instant(c.windowStart), { minLength: 3, maxLength: 3 })));

  test.prop([withInstants], RUNS)('additive over any split point, and monotone', ([{ calendar }, times]) => {
    const [a, b, c] = [...times].sort((x, y) => x - y) as [number, number, number];
    const compiled = businessCalendar(calendar);
    const ab = businessSecondsBetween(compiled, a, b);
    const bc = businessSecondsBetween(compiled, b, c);
    const ac = businessSecondsBetween(compiled, a, c);
    expect(ab + bc).toBeCloseTo(ac, 9);
    expect(ab).toBeLessThanOrEqual(ac);
    expect(bc).toBeLessThanOrEqual(ac);
    expect(ac).toBeLessThanOrEqual((c - a) / 1000);
  });

  test.prop([withInstants], RUNS)('addBusinessSeconds(start, businessSecondsBetween(start, end)) is the first instant with that much business time, ≤ end', ([{ calendar }, times]) => {
    const [start, end] = [...times].sort((x, y) => x - y) as [number, number];
    const compiled = businessCalendar(calendar);
    const seconds = businessSecondsBetween(compiled, start, end);
    const due = addBusinessSeconds(compiled, start, seconds);
    expect(due).toBeLessThanOrEqual(end);
    expect(due).toBeGreaterThanOrEqual(start);
    expect(businessSecondsBetween(compiled, start, due)).toBe(seconds);
    if (seconds > 0) {
      expect(businessSecondsBetween(compiled, start, due - 1)).toBeLessThan(seconds);
      // The due instant ends open time: the millisecond before it is open.
      expect(isBusinessTime(compiled, due - 1)).toBe(true);
    }
  });

  test.prop([withInstants, fc.nat({ max: 3 * 86_400 }), fc.nat({ max: 3 * 86_400 })], RUNS)('addBusinessSeconds is monotone in the duration', ([{ calendar }, times], x, y) => {
    const start = times[0]!;
    const compiled = businessCalendar(calendar);
    const [small, large] = x <= y ? [x, y] : [y, x];
    expect(addBusinessSeconds(compiled, start, small)).toBeLessThanOrEqual(addBusinessSeconds(compiled, start, large));
  });
});
