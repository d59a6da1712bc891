/**
 * slaClocks against a slow reference written here: it replays a ticket's log minute by minute,
 * asks of each minute which status the ticket is in and whether the calendar is open then (its
 * own `Intl.DateTimeFormat`, local weekday, date and time as text, compared with the calendar's
 * JSON as strings), and counts each clock's minutes one by one; the due instant is the end of the
 * minute in which the count reaches the target. Logs and calendars are on whole minutes, and the
 * zones here have whole-minute offsets, so status and open time are constant within each UTC
 * minute. Events fall on distinct minutes (ties in log order are covered by the worked examples).
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  businessCalendar,
  slaClocks,
  type BusinessCalendar,
  type BusinessHours,
  type SlaClock,
  type SlaEvent,
  type SlaMetricName,
  type SlaPolicy,
  type SlaStatus,
  type SlaTarget,
  type SlaUnsolvedStatus,
} from '../index.js';

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const ZONES = ['UTC', 'Europe/Paris', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu'];
/** Starts a few days before the 2026 changes of those zones (Paris 29 March, New York 1 November, Lord Howe 5 April). */
const ANCHORS = ['2026-03-26', '2026-10-29', '2026-04-02', '2026-11-27'].map((date) => Date.parse(`${date}T00:00Z`));
const METRICS: readonly SlaMetricName[] = ['firstReply', 'nextReply', 'periodicUpdate', 'requesterWait', 'agentWork', 'fullResolution'];
const UNSOLVED: readonly SlaUnsolvedStatus[] = ['new', 'open', 'pending', 'onHold'];
const STATUSES: readonly SlaStatus[] = [...UNSOLVED, 'solved', 'closed'];
const PRIORITIES = ['low', 'normal', 'urgent'] as const;
const MINUTE = 60_000;
const DEFAULT_PAUSES: Partial<Record<SlaMetricName, readonly SlaStatus[]>> = { requesterWait: ['pending'], agentWork: ['pending', 'onHold'] };

const pad = (n: number): string => String(n).padStart(2, '0');
const hhmm = (minutes: number): string => (minutes === 1440 ? '24:00' : `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`);

// ── the reference ────────────────────────────────────────────────────────────────────────

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Whether the calendar is open during the UTC minute starting at `ms`, read from its JSON as text. */
function referenceOpen(calendar: BusinessCalendar, ms: number): boolean {
  let formatter = formatters.get(calendar.timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone: calendar.timeZone, weekday: 'long', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(calendar.timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(ms).map((part) => [part.type, part.value]));
  const date = `${parts['year']!}-${parts['month']!}-${parts['day']!}`;
  const time = `${parts['hour']!}:${parts['minute']!}`;
  if (calendar.holidays?.some((holiday) => holiday.date === date)) return false;
  const weekday = parts['weekday']!.toLowerCase() as (typeof DAYS)[number];
  return calendar.week[weekday].some(([start, end]) => start <= time && time < end);
}

interface ReferenceClock {
  readonly metric: SlaMetricName;
  readonly start: number;
  stop: number | undefined;
  priority: string;
  /** The minutes (indices from the creation) counted in all time, and in business time. */
  readonly counted: number[];
  readonly open: number[];
}

/** The clocks of a log whose events fall on distinct whole minutes, by stepping minute by minute. */
function reference(events: readonly SlaEvent[], policy: SlaPolicy, now: number): Omit<SlaClock, 'ticketId' | 'target'>[] {
  const created = events[0]!.at as number;
  const minuteOf = (event: SlaEvent): number => ((event.at as number) - created) / MINUTE;
  const last = (now - created) / MINUTE;
  const pauses = (metric: SlaMetricName): readonly SlaStatus[] => policy.pauses?.[metric] ?? DEFAULT_PAUSES[metric] ?? [];
  const openAt = (minute: number): boolean => policy.calendar !== undefined && referenceOpen(policy.calendar, created + minute * MINUTE);
  const solved = (status: SlaStatus): boolean => status === 'solved' || status === 'closed';

  const clocks: ReferenceClock[] = [];
  let status: SlaStatus = 'new';
  let priority = '';
  const running = (metric: SlaMetricName): ReferenceClock[] => clocks.filter((c) => c.metric === metric && c.stop === undefined);
  const start = (metric: SlaMetricName, minute: number): void => {
    clocks.push({ metric, start: minute, stop: undefined, priority, counted: [], open: [] });
  };
  const stopAll = (metrics: readonly SlaMetricName[], minute: number): void => {
    for (const clock of clocks) {
      if (metrics.includes(clock.metric) && clock.stop === undefined) {
        clock.stop = minute;
        clock.priority = priority;
      }
    }
  };
  const apply = (event: SlaEvent, minute: number): void => {
    if (event.type === 'created') {
      priority = event.priority;
      status = event.status ?? 'new';
      for (const metric of ['firstReply', 'requesterWait', 'agentWork', 'fullResolution'] as const) start(metric, minute);
    } else if (event.type === 'priority') {
      priority = event.priority;
    } else if (event.type === 'status') {
      if (solved(event.status) && !solved(status)) stopAll(METRICS, minute);
      if (!solved(event.status) && solved(status)) {
        // Reopened: the status clocks run again.
        for (const clock of clocks) if (['requesterWait', 'agentWork', 'fullResolution'].includes(clock.metric)) clock.stop = undefined;
      }
      status = event.status;
    } else if (event.type === 'requesterComment') {
      const firstReplyDone = clocks.some((c) => c.metric === 'firstReply' && c.stop !== undefined);
      if (firstReplyDone && running('nextReply').length === 0) start('nextReply', minute);
    } else if (event.public !== false) {
      stopAll(['firstReply', 'nextReply', 'periodicUpdate'], minute);
      start('periodicUpdate', minute);
    }
  };

  let next = 0;
  for (let minute = 0; minute < last; minute++) {
    while (next < events.length && minuteOf(events[next]!) === minute) apply(events[next++]!, minute);
    const open = openAt(minute);
    for (const clock of clocks) {
      if (clock.stop !== undefined || solved(status) || pauses(clock.metric).includes(status)) continue;
      clock.counted.push(minute);
      if (open) clock.open.push(minute);
    }
  }
  while (next < events.length) apply(events[next++]!, minuteOf(events[next - 1]!));
  for (const clock of clocks) if (clock.stop === undefined) clock.priority = priority;

  const result: Omit<SlaClock, 'ticketId' | 'target'>[] = [];
  for (const metric of METRICS) {
    for (const clock of clocks.filter((c) => c.metric === metric)) {
      const target: SlaTarget | undefined = policy.targets[clock.priority]?.[metric];
      if (target === undefined) continue;
      const goal = target.seconds / 60;
      const minutes = target.hours === 'business' ? clock.open : clock.counted;
      const end = clock.stop ?? last;
      const due = minutes.length >= goal ? minutes[goal - 1]! + 1 : undefined;
      let state: SlaClock['state'];
      let breachAt: number | null = null;
      let secondsLeft: number | null = null;
      if (due !== undefined && due < end) {
        state = 'breached';
        breachAt = created + due * MINUTE;
      } else if (clock.stop !== undefined) {
        state = 'achieved';
      } else {
        const left = goal - minutes.length;
        secondsLeft = left * 60;
        if (solved(status) || pauses(metric).includes(status)) {
          state = 'paused';
        } else {
          state = 'active';
          // Step on from now until `left` more minutes are counted (NaN, not compared, beyond 15 days).
          let minute = last;
          let more = left;
          while (more > 0 && minute < last + 15 * 1440) {
            if (target.hours === 'calendar' || openAt(minute)) more--;
            minute++;
          }
          breachAt = more > 0 ? Number.NaN : created + minute * MINUTE;
        }
      }
      result.push({
        metric,
        priority: clock.priority,
        startedAt: created + clock.start * MINUTE,
        stoppedAt: clock.stop === undefined ? null : created + clock.stop * MINUTE,
        calendarSeconds: clock.counted.length * 60,
        businessSeconds: policy.calendar === undefined ? null : clock.open.length * 60,
        state,
        breachAt,
        secondsLeft,
      });
    }
  }
  return result;
}

// ── random calendars, policies and logs ─────────────────────────────────────────────────

/** Up to two intervals a day on quarter hours, an end of 24:00 included, and up to two whole-day holidays. */
const dayHours = fc
  .uniqueArray(fc.integer({ min: 0, max: 96 }), { maxLength: 4 })
  .map((points) => points.sort((a, b) => a - b))
  .map((points) => {
    const hours: BusinessHours[] = [];
    for (let i = 0; i + 1 < points.length; i += 2) hours.push([hhmm(points[i]! * 15), hhmm(points[i + 1]! * 15)]);
    return hours;
  });
const calendarArbitrary = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    days: fc.array(dayHours, { minLength: 7, maxLength: 7 }),
    holidays: fc.uniqueArray(fc.integer({ min: 0, max: 9 }), { maxLength: 2 }),
    anchor: fc.constantFrom(...ANCHORS),
  })
  .map(({ timeZone, days, holidays, anchor }) => {
    const week = Object.fromEntries(DAYS.map((day, i) => [day, days[i]!])) as unknown as Record<(typeof DAYS)[number], BusinessHours[]>;
    if (DAYS.every((day) => week[day].length === 0)) week.wednesday = [['09:00', '17:00']];
    const calendar: BusinessCalendar = { timeZone, week, holidays: holidays.map((day) => ({ date: new Date(anchor + day * 86_400_000).toISOString().slice(0, 10) })) };
    return { calendar, anchor };
  });

const targetArbitrary = fc.record({ seconds: fc.integer({ min: 1, max: 600 }).map((m) => m * 60), hours: fc.constantFrom('business' as const, 'calendar' as const) });
const targetsArbitrary = fc.record(
  Object.fromEntries(PRIORITIES.map((p) => [p, fc.record(Object.fromEntries(METRICS.map((m) => [m, targetArbitrary])), { requiredKeys: [] })])),
) as fc.Arbitrary<SlaPolicy['targets']>;
const pausesArbitrary = fc.record(Object.fromEntries(METRICS.map((m) => [m, fc.subarray([...UNSOLVED])])), { requiredKeys: [] }) as fc.Arbitrary<NonNullable<SlaPolicy['pauses']>>;

interface Action {
  readonly kind: 'reply' | 'privateNote' | 'comment' | 'status' | 'priority';
  readonly gap: number;
  readonly status: SlaStatus;
  readonly priority: string;
}

/** Raw actions, made into a valid log by `buildLog`. */
const actionArbitrary: fc.Arbitrary<Action> = fc.record({
  kind: fc.constantFrom('reply', 'privateNote', 'comment', 'status', 'priority'),
  gap: fc.integer({ min: 1, max: 900 }),
  status: fc.constantFrom(...STATUSES),
  priority: fc.constantFrom(...PRIORITIES),
});

function buildLog(start: number, initial: { status: SlaUnsolvedStatus; priority: string }, actions: readonly Action[]): SlaEvent[] {
  const events: SlaEvent[] = [{ type: 'created', at: start, priority: initial.priority, status: initial.status }];
  let status: SlaStatus = initial.status;
  let at = start;
  for (const action of actions) {
    if (status === 'closed') break;
    at += action.gap * MINUTE;
    const solved = status === 'solved';
    if ((action.kind === 'reply' || action.kind === 'privateNote' || action.kind === 'comment') && solved) {
      status = 'open';
      events.push({ type: 'status', at, status });
    } else if (action.kind === 'reply') events.push({ type: 'agentReply', at });
    else if (action.kind === 'privateNote') events.push({ type: 'agentReply', at, public: false });
    else if (action.kind === 'comment') events.push({ type: 'requesterComment', at });
    else if (action.kind === 'priority') events.push({ type: 'priority', at, priority: action.priority });
    else {
      status = action.status;
      events.push({ type: 'status', at, status });
    }
  }
  return events;
}

const caseArbitrary = fc
  .record({
    place: calendarArbitrary,
    offset: fc.integer({ min: 0, max: 2 * 1440 }),
    initial: fc.record({ status: fc.constantFrom(...UNSOLVED), priority: fc.constantFrom(...PRIORITIES) }),
    actions: fc.array(actionArbitrary, { maxLength: 10 }),
    extra: fc.integer({ min: 0, max: 600 }),
    targets: targetsArbitrary,
    pauses: fc.option(pausesArbitrary, { nil: undefined }),
  })
  .map(({ place, offset, initial, actions, extra, targets, pauses }) => {
    const events = buildLog(place.anchor + offset * MINUTE, initial, actions);
    const now = (events.at(-1)!.at as number) + extra * MINUTE;
    const policy: SlaPolicy = pauses === undefined ? { calendar: place.calendar, targets } : { calendar: place.calendar, targets, pauses };
    return { events, now, policy };
  });

const RUNS = { numRuns: 60 };

// ── properties ───────────────────────────────────────────────────────────────────────────

describe('slaClocks against the minute-stepping reference', () => {
  test.prop([caseArbitrary], RUNS)('every clock, its elapsed times, state, breach instant and time left agree', ({ events, now, policy }) => {
    const fast = slaClocks({ id: 'T', events }, { ...policy, calendar: businessCalendar(policy.calendar!) }, { now });
    const slow = reference(events, policy, now);
    expect(fast.length).toBe(slow.length);
    fast.forEach((clock, i) => {
      const expected = slow[i]!;
      const { ticketId, target, ...rest } = clock;
      expect(ticketId).toBe('T');
      expect(target).toEqual(policy.targets[clock.priority]?.[clock.metric]);
      if (Number.isNaN(expected.breachAt)) expect({ ...rest, breachAt: null }).toEqual({ ...expected, breachAt: null });
      else expect(rest).toEqual(expected);
    });
  });
});

describe('slaClocks: properties', () => {
  test.prop([caseArbitrary, fc.constantFrom(...METRICS), fc.constantFrom(...UNSOLVED)], RUNS)(
    'pausing in one more status never increases elapsed time',
    ({ events, now, policy }, metric, extra) => {
      const calendar = businessCalendar(policy.calendar!);
      const before = policy.pauses?.[metric] ?? DEFAULT_PAUSES[metric] ?? [];
      const more = { ...policy, calendar, pauses: { ...policy.pauses, [metric]: [...new Set([...before, extra])] as SlaUnsolvedStatus[] } };
      const base = slaClocks({ id: 1, events }, { ...policy, calendar }, { now }).filter((c) => c.metric === metric);
      const paused = slaClocks({ id: 1, events }, more, { now }).filter((c) => c.metric === metric);
      expect(paused.length).toBe(base.length);
      paused.forEach((clock, i) => {
        expect(clock.businessSeconds!).toBeLessThanOrEqual(base[i]!.businessSeconds!);
        expect(clock.calendarSeconds).toBeLessThanOrEqual(base[i]!.calendarSeconds);
        // Never worse: a clock achieved without the pause stays achieved with it.
        if (base[i]!.state === 'achieved') expect(clock.state).toBe('achieved');
      });
    },
  );

  test.prop([caseArbitrary, fc.integer({ min: 1, max: 3000 })], RUNS)('a later first reply never improves first reply time', ({ events, now, policy }, delayMinutes) => {
    const calendar = businessCalendar(policy.calendar!);
    const reply = events.findIndex((e) => e.type === 'agentReply' && e.public !== false);
    if (reply === -1) return;
    // Delay the reply, and everything after it, by the same time.
    const delay = delayMinutes * MINUTE;
    const later = events.map((e, i) => (i >= reply ? { ...e, at: (e.at as number) + delay } : e));
    const first = (log: readonly SlaEvent[], at: number): SlaClock | undefined =>
      slaClocks({ id: 1, events: log }, { ...policy, calendar }, { now: at }).find((c) => c.metric === 'firstReply');
    const early = first(events, now);
    const late = first(later, now + delay);
    if (early === undefined || late === undefined) return;
    if (early.priority !== late.priority) return;
    expect(late.businessSeconds!).toBeGreaterThanOrEqual(early.businessSeconds!);
    expect(late.calendarSeconds).toBeGreaterThanOrEqual(early.calendarSeconds);
    if (late.state === 'achieved') expect(early.state).toBe('achieved');
  });
});
