/**
 * Behaviour of the business-hours functions that mutation testing found unchecked (src/businessHours
 * scored 89.5 %): the texts of their errors (a caller reads the message, so a changed or emptied
 * text must fail a test), ticket ids, a clock paused at the instant it is read, and a target used
 * up at the instant a clock pauses.
 *
 * Equivalent mutants left alive (no test can tell them apart):
 * - slaClocks' `measure`: `runningAtEnd`'s first value and the `span.from <= end` tests (every clock
 *   starts with the first span, and only a running clock, whose end is `now`, reads the flag);
 *   `due !== undefined && due < end` with its first half dropped (`undefined < end` is false); a
 *   zero-length span skipped with `>` instead of `>=` (it adds nothing);
 * - slaClocks' `readLog`: the first values of `status`, `priority`, `last` and `statusClocks`, which the
 *   created event always sets before they are read; a span pushed when the status did not change
 *   (it measures the same); `targets.get(priority)?.` (a checked priority is always in the map); a
 *   metric's default pauses as a set holding a non-status instead of an empty one;
 * - addBusinessSeconds' early range check (`>` for `>=`, or `+ from` for `- from`): it only saves
 *   the walk, which refuses the same durations with the same error;
 * - the compiled calendar (src/internal/segments/businessHours.ts): holidays sorted with `<=` (no two
 *   share a date), `end <= start` for a crossing of midnight (an empty interval is refused first),
 *   deepFreeze without its null test (the JSON holds no null), one more midnight walked or one more
 *   local date visited (the intervals are clipped to the step), an offset change seen at every
 *   midnight (the bisection finds none and the walk goes on a day at a time), and `day - 1` for
 *   `day + 1` before the walk's first date when the offset is positive (it starts a day earlier,
 *   which is harmless).
 */
import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { businessCalendar, businessSecondsBetween, isBusinessTime, nextBusinessOpening, slaAchievement, slaClocks, type SlaEvent, type SlaPolicy } from '../index.js';

const day: readonly (readonly [string, string])[] = [['09:00', '18:00']];
const calendar = businessCalendar({
  timeZone: 'UTC',
  week: { monday: day, tuesday: day, wednesday: day, thursday: day, friday: day, saturday: [], sunday: [] },
});
const at = (iso: string): number => Date.parse(`${iso}Z`);
const hour = 3600;
const policy: SlaPolicy = { calendar, targets: { normal: { firstReply: { seconds: hour, hours: 'calendar' } } } };
const created: SlaEvent = { type: 'created', at: at('2026-11-30T09:00'), priority: 'normal' };

/** The error of `run`, checked for its metric, code and field, and for the text of what was expected. */
function expectText(run: () => unknown, metric: string, code: Parameters<typeof expectMetricError>[1]['code'], field: string, expected: string): void {
  const error = expectMetricError(run, { metric, code, field });
  expect(error.message).toContain(`${field} must be ${expected}`);
}

describe('slaClocks: ticket ids', () => {
  const ticket = (id: unknown) => () => slaClocks({ id: id as string, events: [created] }, policy);
  test('an empty string, a number that is not finite, and anything else are refused', () => {
    const expected = 'a ticket id: a non-empty string or a finite number';
    expectText(ticket(''), 'slaClocks', 'OUT_OF_RANGE', 'ticket.id', expected);
    expectText(ticket(Number.NaN), 'slaClocks', 'NOT_FINITE', 'ticket.id', expected);
    expectText(ticket(true), 'slaClocks', 'WRONG_TYPE', 'ticket.id', expected);
    expectText(ticket(undefined), 'slaClocks', 'WRONG_TYPE', 'ticket.id', expected);
  });

  test('a numeric id names the ticket without quotes; a string id with them', () => {
    const bad = [created, { type: 'escalated', at: at('2026-11-30T10:00') }] as SlaEvent[];
    expect(expectMetricError(() => slaClocks({ id: 42, events: bad }, policy), { metric: 'slaClocks', code: 'UNKNOWN_VALUE' }).message).toContain('(ticket 42)');
    expect(expectMetricError(() => slaClocks({ id: '42', events: bad }, policy), { metric: 'slaClocks', code: 'UNKNOWN_VALUE' }).message).toContain("(ticket '42')");
  });
});

describe('slaClocks: the texts of a bad log', () => {
  const run = (events: readonly unknown[], now?: number) => () => slaClocks({ id: 7, events: events as SlaEvent[] }, policy, now === undefined ? undefined : { now });
  const types = "'created', 'status', 'priority', 'agentReply', 'requesterComment'";

  test('the ticket and its events', () => {
    expectText(() => slaClocks(null as unknown as { id: number; events: SlaEvent[] }, policy), 'slaClocks', 'WRONG_TYPE', 'ticket', 'a ticket { id, events }');
    expectText(() => slaClocks({ id: 7, events: 5 as unknown as SlaEvent[] }, policy), 'slaClocks', 'WRONG_TYPE', 'ticket.events', 'a list of events (any iterable), created first');
    expectText(run([created, 'reply']), 'slaClocks', 'WRONG_TYPE', 'ticket.events[1]', 'an event { type, at, … } (ticket 7)');
    expectText(run([created, { type: 3, at: at('2026-11-30T10:00') }]), 'slaClocks', 'WRONG_TYPE', 'ticket.events[1].type', `an event type, one of ${types} (ticket 7)`);
    expectText(run([created, { type: 'x', at: at('2026-11-30T10:00') }]), 'slaClocks', 'UNKNOWN_VALUE', 'ticket.events[1].type', `an event type, one of ${types} (ticket 7)`);
  });

  test('the order of events', () => {
    expectText(run([{ type: 'agentReply', at: at('2026-11-30T10:00') }]), 'slaClocks', 'INCONSISTENT', 'ticket.events[0].type', "'created': the log starts with the ticket's creation (ticket 7)");
    expectText(run([created, created]), 'slaClocks', 'INCONSISTENT', 'ticket.events[1].type', 'an event after the creation: a ticket is created once (ticket 7)');
    expectText(
      run([created, { type: 'agentReply', at: at('2026-11-30T08:00') }]),
      'slaClocks',
      'INCONSISTENT',
      'ticket.events[1].at',
      "an instant not before the ticket's creation (2026-11-30T09:00:00.000Z, ticket 7)",
    );
    expectText(
      run([created, { type: 'requesterComment', at: at('2026-11-30T11:00') }, { type: 'agentReply', at: at('2026-11-30T10:00') }]),
      'slaClocks',
      'INCONSISTENT',
      'ticket.events[2].at',
      'an instant not before the event before it (2026-11-30T11:00:00.000Z): events in order (ticket 7)',
    );
    const closed: SlaEvent = { type: 'status', at: at('2026-11-30T10:00'), status: 'closed' };
    expectText(run([created, closed, { type: 'status', at: at('2026-11-30T11:00'), status: 'open' }]), 'slaClocks', 'INCONSISTENT', 'ticket.events[2]', 'no event after the ticket was closed: a closed ticket is final (ticket 7)');
    const solved: SlaEvent = { type: 'status', at: at('2026-11-30T10:00'), status: 'solved' };
    expectText(
      run([created, solved, { type: 'agentReply', at: at('2026-11-30T11:00') }]),
      'slaClocks',
      'INCONSISTENT',
      'ticket.events[2].type',
      'an event on an unsolved ticket: reopen the solved ticket (a status change) before a comment (ticket 7)',
    );
    expectText(run([created], at('2026-11-30T08:00')), 'slaClocks', 'INCONSISTENT', 'options.now', 'an instant not before the last event (2026-11-30T09:00:00.000Z)');
  });

  test('statuses, priorities and replies', () => {
    const unsolved = "'new', 'open', 'pending', 'onHold'";
    expectText(run([{ ...created, status: 5 }]), 'slaClocks', 'WRONG_TYPE', 'ticket.events[0].status', `a status, one of ${unsolved} (ticket 7)`);
    expectText(run([{ ...created, status: 'solved' }]), 'slaClocks', 'UNKNOWN_VALUE', 'ticket.events[0].status', `a status, one of ${unsolved} (ticket 7)`);
    expectText(run([{ ...created, priority: 1 }]), 'slaClocks', 'WRONG_TYPE', 'ticket.events[0].priority', 'a priority of policy.targets (ticket 7)');
    const two: SlaPolicy = { ...policy, targets: { normal: {}, urgent: {} } };
    expectText(
      () => slaClocks({ id: 7, events: [{ ...created, priority: 'low' }] }, two),
      'slaClocks',
      'UNKNOWN_VALUE',
      'ticket.events[0].priority',
      "a priority of policy.targets, one of 'normal', 'urgent' (ticket 7)",
    );
    expectText(run([created, { type: 'agentReply', at: at('2026-11-30T10:00'), public: 'yes' }]), 'slaClocks', 'WRONG_TYPE', 'ticket.events[1].public', 'true or false (ticket 7)');
  });
});

describe('slaClocks: the texts of a bad policy', () => {
  const with_ = (changed: Record<string, unknown>) => () => slaClocks({ id: 7, events: [created] }, { ...policy, ...changed });
  test('targets, hours and pauses', () => {
    expectText(with_({ targets: [] }), 'slaClocks', 'WRONG_TYPE', 'policy.targets', 'a plain object of targets by priority');
    expectText(with_({ targets: { normal: { firstReply: { seconds: 60, hours: 'office' } } } }), 'slaClocks', 'UNKNOWN_VALUE', 'policy.targets.normal.firstReply.hours', "'business' or 'calendar'");
    expectText(with_({ targets: { normal: { firstReply: { seconds: 60, hours: 1 } } } }), 'slaClocks', 'WRONG_TYPE', 'policy.targets.normal.firstReply.hours', "'business' or 'calendar'");
    expectText(
      () => slaClocks({ id: 7, events: [created] }, { targets: { normal: { firstReply: { seconds: 60, hours: 'business' } } } }),
      'slaClocks',
      'INCONSISTENT',
      'policy.targets.normal.firstReply.hours',
      "'calendar', or a policy.calendar for business hours",
    );
    expectText(with_({ pauses: { agentWork: 'pending' } }), 'slaClocks', 'WRONG_TYPE', 'policy.pauses.agentWork', "a list of unsolved statuses ('new', 'open', 'pending', 'onHold')");
  });

  test('the default pauses: requester wait pauses while pending, agent work while pending or on hold', () => {
    // 09:00 new; 10:00 pending; 11:00 on hold; read at 12:00. Requester wait counts 09–10 and 11–12;
    // agent work only 09–10; full resolution all three hours.
    const events: SlaEvent[] = [created, { type: 'status', at: at('2026-11-30T10:00'), status: 'pending' }, { type: 'status', at: at('2026-11-30T11:00'), status: 'onHold' }];
    const targets = { normal: { requesterWait: { seconds: 10 * hour, hours: 'calendar' }, agentWork: { seconds: 10 * hour, hours: 'calendar' }, fullResolution: { seconds: 10 * hour, hours: 'calendar' } } } as const;
    const clocks = slaClocks({ id: 7, events }, { targets }, { now: at('2026-11-30T12:00') });
    expect(Object.fromEntries(clocks.map((clock) => [clock.metric, clock.calendarSeconds]))).toEqual({ requesterWait: 2 * hour, agentWork: hour, fullResolution: 3 * hour });
  });
});

describe('slaClocks: instants on the edges', () => {
  test('a clock paused at the instant it is read is paused', () => {
    // Pending at 09:20, read at that instant (the last event, the default now): paused with 40 min left.
    const events: SlaEvent[] = [created, { type: 'status', at: at('2026-11-30T09:20'), status: 'pending' }];
    const pausing: SlaPolicy = { ...policy, pauses: { firstReply: ['pending'] } };
    expect(slaClocks({ id: 7, events }, pausing)[0]).toMatchObject({ state: 'paused', secondsLeft: 40 * 60, breachAt: null });
  });

  test('a clock resumed at the instant it is read is active', () => {
    // Pending 09:20–09:40, open again at 09:40, read then: active, 40 min left, due at 10:20.
    const events: SlaEvent[] = [created, { type: 'status', at: at('2026-11-30T09:20'), status: 'pending' }, { type: 'status', at: at('2026-11-30T09:40'), status: 'open' }];
    const pausing: SlaPolicy = { ...policy, pauses: { firstReply: ['pending'] } };
    expect(slaClocks({ id: 7, events }, pausing)[0]).toMatchObject({ state: 'active', secondsLeft: 40 * 60, breachAt: at('2026-11-30T10:20') });
  });

  test('a target used up at the instant the clock pauses breaches at that instant, not when it resumes', () => {
    // One hour of first-reply time runs out at 10:00, when the ticket goes pending; it reopens at 11:00 and
    // is answered at 11:30: breached at 10:00.
    const events: SlaEvent[] = [
      created,
      { type: 'status', at: at('2026-11-30T10:00'), status: 'pending' },
      { type: 'status', at: at('2026-11-30T11:00'), status: 'open' },
      { type: 'agentReply', at: at('2026-11-30T11:30') },
    ];
    const pausing: SlaPolicy = { ...policy, pauses: { firstReply: ['pending'] } };
    expect(slaClocks({ id: 7, events }, pausing)[0]).toMatchObject({ state: 'breached', breachAt: at('2026-11-30T10:00'), calendarSeconds: 1.5 * hour });
  });
});

describe('the other business-hours functions: their texts', () => {
  test('slaAchievement, businessSecondsBetween, nextBusinessOpening', () => {
    expectText(() => slaAchievement([], 'state' as never), 'slaAchievement', 'WRONG_TYPE', 'state', 'a function (row, index) => state');
    expectText(() => slaAchievement(['active']), 'slaAchievement', 'EMPTY', 'states', 'at least one clock achieved or breached');
    expectText(
      () => businessSecondsBetween(calendar, at('2026-11-30T10:00'), at('2026-11-30T09:00')),
      'businessSecondsBetween',
      'INCONSISTENT',
      'end',
      `an instant not before start (${String(at('2026-11-30T10:00'))} ms)`,
    );
    // After 18:00 on the last day of year 9999, the next opening would fall in year 10000.
    expectText(() => nextBusinessOpening(calendar, at('9999-12-31T19:00')), 'nextBusinessOpening', 'OUT_OF_RANGE', 'instant', 'an instant after which the calendar opens before year 10000');
  });
});

describe('the compiled calendar', () => {
  const closed: readonly (readonly [string, string])[] = [];
  const mondayNights = (timeZone: string) =>
    businessCalendar({
      timeZone,
      week: { monday: [['22:00', '06:00']], tuesday: closed, wednesday: closed, thursday: closed, friday: closed, saturday: closed, sunday: closed },
    });

  test("Monday night's hours, crossing into Tuesday, are open on Tuesday morning", () => {
    // Monday 30 November 2026; Tuesday 1 December 03:00 UTC is inside 22:00–06:00.
    expect(isBusinessTime(mondayNights('UTC'), at('2026-12-01T03:00'))).toBe(true);
    expect(isBusinessTime(mondayNights('UTC'), at('2026-12-01T06:00'))).toBe(false);
    // Honolulu is UTC−10 all year: Tuesday 04:00–06:00 there is 14:00–16:00 UTC. The walk must start
    // from the local date before the start's (Monday), whose hours run into Tuesday.
    expect(businessSecondsBetween(mondayNights('Pacific/Honolulu'), at('2026-12-01T14:00'), at('2026-12-01T16:00'))).toBe(2 * hour);
  });

  test('a time of 59 minutes is read; 60 is not', () => {
    const late = businessCalendar({ timeZone: 'UTC', week: { ...calendar.week, saturday: [['09:59', '10:59']] } });
    // Saturday 5 December 2026, 09:59–10:59 UTC: an hour.
    expect(businessSecondsBetween(late, at('2026-12-05T00:00'), at('2026-12-06T00:00'))).toBe(hour);
    expectText(
      () => businessCalendar({ timeZone: 'UTC', week: { ...calendar.week, saturday: [['09:60', '10:00']] } }),
      'businessCalendar',
      'OUT_OF_RANGE',
      'calendar.week.saturday[0][0]',
      "a local time 'HH:MM' from '00:00' to '23:59'",
    );
  });

  test('a holiday listed twice, and instants outside years 0001–9999, are refused with their texts', () => {
    const repeated = () => businessCalendar({ ...calendar, holidays: [{ date: '2026-12-25' }, { date: '2026-12-25' }] });
    expectText(repeated, 'businessCalendar', 'INCONSISTENT', 'calendar.holidays[1].date', 'a date listed once among the holidays');
    expect(expectMetricError(repeated, { metric: 'businessCalendar', code: 'INCONSISTENT' }).received).toBe('2026-12-25');
    const range = 'an instant from year 0001 to 9999 (UTC)';
    // −62 135 596 800 000 ms is 0001-01-01T00:00:00Z; 253 402 300 800 000 ms is 10000-01-01T00:00:00Z.
    // 1 January 0001 was a Monday (proleptic Gregorian), open from 09:00; 31 December 9999 a Friday, closed at 18:00.
    expect(isBusinessTime(calendar, -62_135_596_800_000)).toBe(false);
    expect(isBusinessTime(calendar, -62_135_596_800_000 + 9 * hour * 1000)).toBe(true);
    expectText(() => isBusinessTime(calendar, -62_135_596_800_001), 'isBusinessTime', 'OUT_OF_RANGE', 'instant', range);
    expectText(() => isBusinessTime(calendar, 253_402_300_800_000), 'isBusinessTime', 'OUT_OF_RANGE', 'instant', range);
    expect(isBusinessTime(calendar, 253_402_300_799_999)).toBe(false);
  });
});
