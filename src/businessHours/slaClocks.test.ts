import { describe, expect, test } from 'vitest';
import { expectMetricError, iterate } from '../../test/helpers.js';
import { businessCalendar, slaClocks, type BusinessHours, type SlaClock, type SlaEvent, type SlaPolicy } from '../index.js';

// Mon–Fri 09:00–18:00 in Paris (UTC+1 in November and December 2026). 2026-11-27 is a Friday,
// 2026-11-30 a Monday.
const nineToSix: readonly BusinessHours[] = [['09:00', '18:00']];
const calendar = businessCalendar({
  timeZone: 'Europe/Paris',
  week: { monday: nineToSix, tuesday: nineToSix, wednesday: nineToSix, thursday: nineToSix, friday: nineToSix, saturday: [], sunday: [] },
});
/** A Paris wall-clock time in November–December 2026 (UTC+1), as epoch ms. */
const paris = (local: string): number => Date.parse(`${local}+01:00`);
const hour = 3600;

const business = (seconds: number) => ({ seconds, hours: 'business' as const });
const calendarHours = (seconds: number) => ({ seconds, hours: 'calendar' as const });

const clocksOf = (events: readonly SlaEvent[], policy: SlaPolicy, now?: number): SlaClock[] =>
  slaClocks({ id: 'T-1', events }, policy, now === undefined ? undefined : { now });
const only = (clocks: readonly SlaClock[], metric: SlaClock['metric']): SlaClock[] => clocks.filter((c) => c.metric === metric);

describe('slaClocks: worked examples (hand computations in the comments)', () => {
  test('the issue: opened Friday 17:55, answered Monday 09:10, is 15 business minutes', () => {
    const [clock] = clocksOf(
      [
        { type: 'created', at: paris('2026-11-27T17:55'), priority: 'normal' },
        { type: 'agentReply', at: paris('2026-11-30T09:10') },
      ],
      { calendar, targets: { normal: { firstReply: business(hour) } } },
    );
    // Friday 17:55–18:00 (5 min) + Monday 09:00–09:10 (10 min) = 900 s; all time: 63 h 15 min.
    expect(clock).toEqual({
      ticketId: 'T-1',
      metric: 'firstReply',
      priority: 'normal',
      target: { seconds: 3600, hours: 'business' },
      startedAt: paris('2026-11-27T17:55'),
      stoppedAt: paris('2026-11-30T09:10'),
      calendarSeconds: 63 * hour + 15 * 60,
      businessSeconds: 900,
      state: 'achieved',
      breachAt: null,
      secondsLeft: null,
    });
  });

  test('a breach: its instant is when the business time reached the target', () => {
    const [clock] = clocksOf(
      [
        { type: 'created', at: paris('2026-11-30T17:30'), priority: 'normal' },
        { type: 'agentReply', at: paris('2026-12-01T09:45') },
      ],
      { calendar, targets: { normal: { firstReply: business(hour) } } },
    );
    // Monday 17:30–18:00 counts 30 min; the other 30 min run out on Tuesday at 09:30. Replied at
    // 09:45: 30 + 45 = 75 business minutes.
    expect(clock?.state).toBe('breached');
    expect(clock?.breachAt).toBe(paris('2026-12-01T09:30'));
    expect(clock?.businessSeconds).toBe(75 * 60);
    expect(clock?.calendarSeconds).toBe(16 * hour + 15 * 60);
  });

  test("ServiceNow's worked example: a 24-hour duration on a 9–5 schedule is three working days", () => {
    // ServiceNow, "SLA duration and schedules": a duration of one day (24 h) with a 9 am–5 pm
    // schedule is spread over three working days of 8 h. Opened Monday 09:00: due Wednesday 17:00.
    const nineToFive: readonly BusinessHours[] = [['09:00', '17:00']];
    const schedule = { timeZone: 'Europe/Paris', week: { monday: nineToFive, tuesday: nineToFive, wednesday: nineToFive, thursday: nineToFive, friday: nineToFive, saturday: [], sunday: [] } };
    const policy: SlaPolicy = { calendar: schedule, targets: { p2: { fullResolution: business(24 * hour) } } };
    const created: SlaEvent = { type: 'created', at: paris('2026-11-30T09:00'), priority: 'p2' };
    expect(clocksOf([created], policy, paris('2026-11-30T10:00'))[0]).toMatchObject({ state: 'active', breachAt: paris('2026-12-02T17:00'), secondsLeft: 23 * hour });
    // Resolved Thursday 10:00: 24 h + 1 h of business time, breached at Wednesday 17:00.
    const late = clocksOf([created, { type: 'status', at: paris('2026-12-03T10:00'), status: 'solved' }], policy)[0];
    expect(late).toMatchObject({ state: 'breached', breachAt: paris('2026-12-02T17:00'), businessSeconds: 25 * hour });
  });

  test('a reply at the due instant is achieved; a calendar-hours target ignores the calendar', () => {
    const events: SlaEvent[] = [
      { type: 'created', at: paris('2026-11-27T17:00'), priority: 'normal' },
      { type: 'agentReply', at: paris('2026-11-27T18:00') },
    ];
    expect(clocksOf(events, { calendar, targets: { normal: { firstReply: business(hour) } } })[0]?.state).toBe('achieved');
    // 17:00 to Saturday 10:00 is 17 h of calendar time against a 12-hour calendar target: due at Saturday 05:00.
    const late = clocksOf([events[0]!, { type: 'agentReply', at: paris('2026-11-28T10:00') }], { targets: { normal: { firstReply: calendarHours(12 * hour) } } })[0];
    expect(late).toMatchObject({ state: 'breached', breachAt: paris('2026-11-28T05:00'), calendarSeconds: 17 * hour, businessSeconds: null });
  });

  test('a running clock at now: active with its projected breach, or paused with the time left', () => {
    const created: SlaEvent = { type: 'created', at: paris('2026-11-30T10:00'), priority: 'normal' };
    const active = clocksOf([created], { calendar, targets: { normal: { firstReply: business(hour) } } }, paris('2026-11-30T10:20'))[0];
    // 20 min counted, 40 min left: due at 11:00 if it keeps running.
    expect(active).toMatchObject({ state: 'active', secondsLeft: 40 * 60, breachAt: paris('2026-11-30T11:00'), stoppedAt: null, businessSeconds: 1200 });
    // Freshdesk-style: pending pauses the first-reply timer. 09:00–09:20 counts, then paused.
    const events: SlaEvent[] = [
      { type: 'created', at: paris('2026-11-30T09:00'), priority: 'normal' },
      { type: 'status', at: paris('2026-11-30T09:20'), status: 'pending' },
    ];
    const policy: SlaPolicy = { calendar, targets: { normal: { firstReply: business(hour) } }, pauses: { firstReply: ['pending'] } };
    expect(clocksOf(events, policy, paris('2026-11-30T15:00'))[0]).toMatchObject({ state: 'paused', secondsLeft: 2400, breachAt: null, businessSeconds: 1200, calendarSeconds: 1200 });
    // Once past its due instant, a running clock is breached before it stops.
    expect(clocksOf([created], { calendar, targets: { normal: { firstReply: business(hour) } } }, paris('2026-11-30T12:00'))[0]).toMatchObject({
      state: 'breached',
      breachAt: paris('2026-11-30T11:00'),
      stoppedAt: null,
    });
  });

  test('pauses, next reply, periodic update and the status clocks over one ticket', () => {
    const events: SlaEvent[] = [
      { type: 'created', at: paris('2026-11-30T09:00'), priority: 'normal' },
      { type: 'agentReply', at: paris('2026-11-30T09:30') },
      { type: 'status', at: paris('2026-11-30T09:30'), status: 'pending' },
      { type: 'requesterComment', at: paris('2026-11-30T11:00') },
      { type: 'status', at: paris('2026-11-30T11:00'), status: 'open' },
      { type: 'agentReply', at: paris('2026-11-30T11:00'), public: false },
      { type: 'requesterComment', at: paris('2026-11-30T11:30') },
      { type: 'status', at: paris('2026-11-30T12:00'), status: 'onHold' },
      { type: 'status', at: paris('2026-11-30T13:00'), status: 'solved' },
    ];
    const all = { seconds: 2 * hour, hours: 'calendar' as const };
    const clocks = clocksOf(events, {
      calendar,
      targets: { normal: { firstReply: all, nextReply: all, periodicUpdate: all, requesterWait: all, agentWork: all, fullResolution: all } },
    });
    const seconds = (metric: SlaClock['metric']): number[] => only(clocks, metric).map((c) => c.calendarSeconds);
    expect(seconds('firstReply')).toEqual([30 * 60]);
    // The oldest unanswered comment (11:00) to the solve (13:00); the 11:30 comment opens no second clock.
    expect(seconds('nextReply')).toEqual([2 * hour]);
    // From the 09:30 reply to the solve; the private note is no update.
    expect(seconds('periodicUpdate')).toEqual([3.5 * hour]);
    // Requester wait: new 09:00–09:30, open 11:00–12:00, on-hold 12:00–13:00 (pending paused) = 2.5 h.
    expect(seconds('requesterWait')).toEqual([2.5 * hour]);
    // Agent work: new and open only, 30 min + 1 h.
    expect(seconds('agentWork')).toEqual([1.5 * hour]);
    expect(seconds('fullResolution')).toEqual([4 * hour]);
    expect(only(clocks, 'periodicUpdate')[0]).toMatchObject({ state: 'breached', breachAt: paris('2026-11-30T11:30') });
    // Requester wait reached 2 h at 12:30 (30 min + 1 h open + 30 min on hold).
    expect(only(clocks, 'requesterWait')[0]).toMatchObject({ state: 'breached', breachAt: paris('2026-11-30T12:30') });
    expect(only(clocks, 'agentWork')[0]?.state).toBe('achieved');
    expect(clocks.map((c) => c.metric)).toEqual(['firstReply', 'nextReply', 'periodicUpdate', 'requesterWait', 'agentWork', 'fullResolution']);
  });

  test('reopening: the status clocks run on from where they stood, to the last solve', () => {
    const events: SlaEvent[] = [
      { type: 'created', at: paris('2026-11-30T09:00'), priority: 'normal', status: 'open' },
      { type: 'status', at: paris('2026-11-30T10:00'), status: 'solved' },
      { type: 'status', at: paris('2026-11-30T13:00'), status: 'open' },
      { type: 'requesterComment', at: paris('2026-11-30T13:00') },
      { type: 'agentReply', at: paris('2026-11-30T13:20') },
      { type: 'status', at: paris('2026-11-30T14:00'), status: 'solved' },
      { type: 'status', at: paris('2026-12-03T14:00'), status: 'closed' },
    ];
    const clocks = clocksOf(events, { calendar, targets: { normal: { firstReply: business(hour), nextReply: business(hour), fullResolution: business(3 * hour) } } });
    // The solve at 10:00 ended the first-reply clock (1 h, due exactly then: achieved).
    expect(only(clocks, 'firstReply')[0]).toMatchObject({ stoppedAt: paris('2026-11-30T10:00'), businessSeconds: hour, state: 'achieved' });
    expect(only(clocks, 'nextReply')[0]).toMatchObject({ startedAt: paris('2026-11-30T13:00'), businessSeconds: 20 * 60, state: 'achieved' });
    // 09:00–10:00 and 13:00–14:00; closing after the solve changes nothing.
    expect(only(clocks, 'fullResolution')[0]).toMatchObject({ stoppedAt: paris('2026-11-30T14:00'), businessSeconds: 2 * hour, state: 'achieved' });
  });

  test('a priority change re-targets running clocks from their start; stopped clocks keep theirs', () => {
    const policy: SlaPolicy = { calendar, targets: { normal: { firstReply: business(8 * hour), fullResolution: business(8 * hour) }, urgent: { firstReply: business(hour) }, low: {} } };
    const events: SlaEvent[] = [
      { type: 'created', at: paris('2026-11-30T09:00'), priority: 'normal' },
      { type: 'priority', at: paris('2026-11-30T11:00'), priority: 'urgent' },
    ];
    // Urgent's 1 h ran out at 10:00, before the change: breached at once.
    const clocks = clocksOf(events, policy, paris('2026-11-30T11:30'));
    expect(clocks).toHaveLength(1); // urgent has no full-resolution target
    expect(clocks[0]).toMatchObject({ metric: 'firstReply', priority: 'urgent', state: 'breached', breachAt: paris('2026-11-30T10:00') });
    const answered = clocksOf([events[0]!, { type: 'agentReply', at: paris('2026-11-30T10:30') }, events[1]!], policy);
    expect(only(answered, 'firstReply')[0]).toMatchObject({ priority: 'normal', state: 'achieved', target: { seconds: 8 * hour } });
    expect(clocksOf([events[0]!, { type: 'priority', at: paris('2026-11-30T09:30'), priority: 'low' }], policy)).toEqual([]);
  });

  test('events as any iterable; inputs are not mutated', () => {
    const events = Object.freeze([Object.freeze({ type: 'created', at: paris('2026-11-30T09:00'), priority: 'normal' }) as SlaEvent]);
    const policy = Object.freeze({ targets: Object.freeze({ normal: Object.freeze({ firstReply: Object.freeze(calendarHours(hour)) }) }) });
    expect(slaClocks({ id: 7, events: iterate(events) }, policy, { now: new Date(paris('2026-11-30T09:15')) })[0]).toMatchObject({
      ticketId: 7,
      state: 'active',
      secondsLeft: 45 * 60,
      breachAt: paris('2026-11-30T10:00'),
    });
  });
});

describe('slaClocks: bad logs name the ticket and the event', () => {
  const policy: SlaPolicy = { calendar, targets: { normal: { firstReply: business(hour) } } };
  const created: SlaEvent = { type: 'created', at: paris('2026-11-30T09:00'), priority: 'normal' };
  const run = (events: readonly unknown[], now?: number) => () => slaClocks({ id: 'T-9', events: events as SlaEvent[] }, policy, now === undefined ? undefined : { now });
  const expectLogError = (events: readonly unknown[], code: 'INCONSISTENT' | 'UNKNOWN_VALUE' | 'WRONG_TYPE' | 'EMPTY', field: string): void => {
    const error = expectMetricError(run(events), { metric: 'slaClocks', code, field });
    expect(error.message).toContain("ticket 'T-9'");
  };

  test('an event before the creation, and events out of order', () => {
    expectLogError([created, { type: 'agentReply', at: paris('2026-11-30T08:59') }], 'INCONSISTENT', 'ticket.events[1].at');
    expectLogError(
      [created, { type: 'requesterComment', at: paris('2026-11-30T11:00') }, { type: 'agentReply', at: paris('2026-11-30T10:00') }],
      'INCONSISTENT',
      'ticket.events[2].at',
    );
  });

  test('a comment on a solved ticket with no reopening, and any event after closing', () => {
    const solved: SlaEvent = { type: 'status', at: paris('2026-11-30T10:00'), status: 'solved' };
    expectLogError([created, solved, { type: 'agentReply', at: paris('2026-11-30T11:00') }], 'INCONSISTENT', 'ticket.events[2].type');
    expectLogError([created, solved, { type: 'requesterComment', at: paris('2026-11-30T11:00') }], 'INCONSISTENT', 'ticket.events[2].type');
    const closed: SlaEvent = { type: 'status', at: paris('2026-11-30T10:00'), status: 'closed' };
    expectLogError([created, closed, { type: 'status', at: paris('2026-11-30T11:00'), status: 'open' }], 'INCONSISTENT', 'ticket.events[2]');
  });

  test('an unknown status, priority or event type; a log not starting with its creation', () => {
    expectLogError([created, { type: 'status', at: paris('2026-11-30T10:00'), status: 'waiting' }], 'UNKNOWN_VALUE', 'ticket.events[1].status');
    expectLogError([{ ...created, status: 'solved' }], 'UNKNOWN_VALUE', 'ticket.events[0].status');
    expectLogError([created, { type: 'priority', at: paris('2026-11-30T10:00'), priority: 'critical' }], 'UNKNOWN_VALUE', 'ticket.events[1].priority');
    expectLogError([created, { type: 'escalated', at: paris('2026-11-30T10:00') }], 'UNKNOWN_VALUE', 'ticket.events[1].type');
    expectLogError([{ type: 'agentReply', at: paris('2026-11-30T10:00') }], 'INCONSISTENT', 'ticket.events[0].type');
    expectLogError([created, created], 'INCONSISTENT', 'ticket.events[1].type');
    expectLogError([], 'EMPTY', 'ticket.events');
    expectLogError([created, { type: 'agentReply', at: paris('2026-11-30T10:00'), public: 'yes' }], 'WRONG_TYPE', 'ticket.events[1].public');
  });

  test('now before the last event; a business target with no calendar', () => {
    expectMetricError(run([created], paris('2026-11-30T08:00')), { metric: 'slaClocks', code: 'INCONSISTENT', field: 'options.now' });
    expectMetricError(() => slaClocks({ id: 1, events: [created] }, { targets: { normal: { firstReply: business(hour) } } }), {
      metric: 'slaClocks',
      code: 'INCONSISTENT',
      field: 'policy.targets.normal.firstReply.hours',
    });
    expectMetricError(() => slaClocks({ id: 1, events: [created] }, { ...policy, pauses: { agentWork: ['solved' as 'pending'] } }), {
      metric: 'slaClocks',
      code: 'UNKNOWN_VALUE',
      field: 'policy.pauses.agentWork[0]',
    });
  });
});
