import { calendarArgument, checkCalendarInstant, END_INSTANT, forEachOpenInterval, type CompiledCalendar } from '../internal/segments/businessHours.js';
import { readList } from '../internal/checks/lists.js';
import { checkAmounts, checkOptions, checkPositive, fail, isPlainObject } from '../internal/checks/validate.js';
import { MetricInputError } from '../errors/MetricInputError.js';
import type { BusinessCalendar } from '../internal/types/businessHours.js';

/**
 * A ticket's status, as the SLA clocks read it (Zendesk's six statuses; map a help desk's own
 * statuses onto them): `'new'`, `'open'`, `'pending'` (waiting on the requester), `'onHold'`
 * (waiting on a third party), `'solved'`, `'closed'`.
 *
 * @category Business hours
 */
export type SlaStatus = 'new' | 'open' | 'pending' | 'onHold' | 'solved' | 'closed';

/** A status in which a ticket is not yet solved: the statuses a policy may list as pausing a clock. @category Business hours */
export type SlaUnsolvedStatus = 'new' | 'open' | 'pending' | 'onHold';

/**
 * The clocks {@link slaClocks} runs (rules there): `'firstReply'`, `'nextReply'`,
 * `'periodicUpdate'`, `'requesterWait'`, `'agentWork'`, `'fullResolution'`.
 *
 * @category Business hours
 */
export type SlaMetricName = 'firstReply' | 'nextReply' | 'periodicUpdate' | 'requesterWait' | 'agentWork' | 'fullResolution';

/**
 * One event of a ticket's log, as {@link slaClocks} reads it; `at` is a `Date` or epoch
 * milliseconds (parse strings first). Other fields of a row (ids, authors, bodies) are ignored.
 *
 * - `{ type: 'created', at, priority, status? }`: the first event, and only the first; `status`
 *   is the status the ticket is created in, `'new'` by default (`'new'`, `'open'`, `'pending'`
 *   or `'onHold'`).
 * - `{ type: 'status', at, status }`: a status change. Solving and closing are status changes
 *   (`'solved'`, `'closed'`); so is reopening: a change from `'solved'` to an unsolved status.
 *   A closed ticket is final, as in Zendesk: no event may follow.
 * - `{ type: 'priority', at, priority }`: a priority change, which re-targets running clocks.
 * - `{ type: 'agentReply', at, public? }`: a comment by an agent; `public: false` (an internal
 *   note) stops no clock. `public` is `true` by default.
 * - `{ type: 'requesterComment', at }`: a comment by the requester.
 *
 * @category Business hours
 */
export type SlaEvent =
  | {
      /** The ticket's creation: the first event, and only the first. */
      readonly type: 'created';
      /** When it happened: a `Date` or epoch milliseconds. */
      readonly at: Date | number;
      /** The priority it is created with: a key of the policy's `targets`. */
      readonly priority: string;
      /** The status it is created in. @defaultValue 'new' */
      readonly status?: SlaUnsolvedStatus;
    }
  | {
      /** A status change: solving, closing and reopening included. */
      readonly type: 'status';
      /** When it happened: a `Date` or epoch milliseconds. */
      readonly at: Date | number;
      /** The new status. */
      readonly status: SlaStatus;
    }
  | {
      /** A priority change. */
      readonly type: 'priority';
      /** When it happened: a `Date` or epoch milliseconds. */
      readonly at: Date | number;
      /** The new priority: a key of the policy's `targets`. */
      readonly priority: string;
    }
  | {
      /** A comment by an agent. */
      readonly type: 'agentReply';
      /** When it happened: a `Date` or epoch milliseconds. */
      readonly at: Date | number;
      /** Whether the requester sees it; an internal note (`false`) stops no clock. @defaultValue true */
      readonly public?: boolean;
    }
  | {
      /** A comment by the requester. */
      readonly type: 'requesterComment';
      /** When it happened: a `Date` or epoch milliseconds. */
      readonly at: Date | number;
    };

/** A ticket as {@link slaClocks} reads it: an id for error messages and its event log. @category Business hours */
export interface SlaTicket {
  /** The ticket's id, named in error messages: a non-empty string or a finite number. */
  readonly id: string | number;
  /** The ticket's events, in the order they happened (times never decreasing), `created` first. Any iterable. */
  readonly events: Iterable<SlaEvent>;
}

/** A target of an SLA policy: a duration, in business or calendar hours. @category Business hours */
export interface SlaTarget {
  /** The target duration, in seconds (> 0): 3600 for one hour. */
  readonly seconds: number;
  /** Whether the duration counts the open time of the policy's calendar (`'business'`) or all time (`'calendar'`). */
  readonly hours: 'business' | 'calendar';
}

/**
 * An SLA policy: targets per priority and per clock, the calendar of its business hours, and
 * the statuses that pause each clock.
 *
 * @category Business hours
 */
export interface SlaPolicy {
  /**
   * The targets of each priority (`{ urgent: { firstReply: { seconds: 3600, hours: 'business' } }, … }`);
   * a clock with no target under the ticket's priority is not reported. Every priority a ticket
   * takes must be listed (with `{}` for none).
   */
  readonly targets: Readonly<Record<string, Partial<Readonly<Record<SlaMetricName, SlaTarget>>>>>;
  /**
   * The business hours (see {@link businessCalendar}); needed by targets in business hours, and
   * for each clock's `businessSeconds`.
   *
   * @defaultValue none: every `businessSeconds` is `null`, and business-hours targets are an error
   */
  readonly calendar?: BusinessCalendar;
  /**
   * The unsolved statuses in which each clock stops counting. Solved and closed stop every clock.
   *
   * @defaultValue Zendesk's: `{ requesterWait: ['pending'], agentWork: ['pending', 'onHold'] }`, the other clocks never pause
   */
  readonly pauses?: Partial<Readonly<Record<SlaMetricName, readonly SlaUnsolvedStatus[]>>>;
}

/** Options of {@link slaClocks}. @category Business hours */
export interface SlaClockOptions {
  /**
   * The instant the clocks are read at (a `Date` or epoch milliseconds), not before the last event.
   *
   * @defaultValue the last event's instant
   */
  readonly now?: Date | number;
}

/**
 * Where a clock stands: `'achieved'` (stopped by its due instant), `'breached'` (stopped after
 * it, or still running past it), `'active'` (running, not yet due) or `'paused'` (in a pausing
 * status, not yet due).
 *
 * @category Business hours
 */
export type SlaClockState = 'achieved' | 'breached' | 'active' | 'paused';

/** One SLA clock of a ticket, as {@link slaClocks} reads it at `now`. All instants are epoch milliseconds. @category Business hours */
export interface SlaClock {
  /** The ticket's id. */
  readonly ticketId: string | number;
  /** Which clock. */
  readonly metric: SlaMetricName;
  /** The priority whose target applies: the ticket's priority when the clock stopped, or at `now`. */
  readonly priority: string;
  /** The target that applies. */
  readonly target: SlaTarget;
  /** When the clock started. */
  readonly startedAt: number;
  /** When it stopped (the reply, or the last solve), or `null` while it runs or is paused. */
  readonly stoppedAt: number | null;
  /** Time counted, pauses excluded, from the start to the stop (or `now`), in seconds: ServiceNow's actual elapsed time. */
  readonly calendarSeconds: number;
  /** The same, within the calendar's open time, in seconds (ServiceNow's business elapsed time); `null` without a calendar. */
  readonly businessSeconds: number | null;
  /** Where the clock stands at `now`. */
  readonly state: SlaClockState;
  /**
   * When the counted time reached the target: the instant it breached (`'breached'`), or would
   * breach if it kept running (`'active'`); `null` when achieved or paused.
   */
  readonly breachAt: number | null;
  /** For an active or paused clock, the target less the time counted, in the target's hours (seconds, ≥ 0); else `null`. */
  readonly secondsLeft: number | null;
}

const METRICS: readonly SlaMetricName[] = ['firstReply', 'nextReply', 'periodicUpdate', 'requesterWait', 'agentWork', 'fullResolution'];
const STATUSES: readonly SlaStatus[] = ['new', 'open', 'pending', 'onHold', 'solved', 'closed'];
const UNSOLVED: readonly SlaStatus[] = ['new', 'open', 'pending', 'onHold'];
const EVENT_TYPES = ['created', 'status', 'priority', 'agentReply', 'requesterComment'] as const;
const DEFAULT_PAUSES: Readonly<Partial<Record<SlaMetricName, readonly SlaStatus[]>>> = { requesterWait: ['pending'], agentWork: ['pending', 'onHold'] };

const quoted = (names: readonly string[]): string => names.map((name) => `'${name}'`).join(', ');
const isSolved = (status: SlaStatus): boolean => status === 'solved' || status === 'closed';

interface CheckedPolicy {
  readonly targets: ReadonlyMap<string, Partial<Record<SlaMetricName, SlaTarget>>>;
  readonly calendar: CompiledCalendar | undefined;
  readonly pauses: Readonly<Record<SlaMetricName, ReadonlySet<SlaStatus>>>;
}

function readStatus(metric: string, field: string, value: unknown, allowed: readonly SlaStatus[]): SlaStatus {
  if (typeof value !== 'string') fail(metric, field, 'WRONG_TYPE', `a status, one of ${quoted(allowed)}`, value);
  if (!allowed.includes(value as SlaStatus)) fail(metric, field, 'UNKNOWN_VALUE', `a status, one of ${quoted(allowed)}`, value);
  return value as SlaStatus;
}

function checkPolicy(metric: string, policy: unknown): CheckedPolicy {
  const object = checkAmounts(metric, 'policy', policy, ['targets', 'calendar', 'pauses']);
  const calendar = object['calendar'] === undefined ? undefined : calendarArgument(metric, 'policy.calendar', object['calendar']);
  const targetsValue = object['targets'];
  if (!isPlainObject(targetsValue)) fail(metric, 'policy.targets', 'WRONG_TYPE', 'a plain object of targets by priority', targetsValue);
  const targets = new Map<string, Partial<Record<SlaMetricName, SlaTarget>>>();
  for (const [priority, byMetric] of Object.entries(targetsValue)) {
    const field = `policy.targets.${priority}`;
    const checked = checkAmounts(metric, field, byMetric, METRICS);
    const read: Partial<Record<SlaMetricName, SlaTarget>> = {};
    for (const name of METRICS) {
      if (checked[name] === undefined) continue;
      const target = checkAmounts(metric, `${field}.${name}`, checked[name], ['seconds', 'hours']);
      const seconds = checkPositive(metric, `${field}.${name}.seconds`, target['seconds']);
      const hours = target['hours'];
      if (hours !== 'business' && hours !== 'calendar') {
        fail(metric, `${field}.${name}.hours`, typeof hours === 'string' ? 'UNKNOWN_VALUE' : 'WRONG_TYPE', "'business' or 'calendar'", hours);
      }
      if (hours === 'business' && calendar === undefined) {
        fail(metric, `${field}.${name}.hours`, 'INCONSISTENT', "'calendar', or a policy.calendar for business hours", hours);
      }
      read[name] = { seconds, hours };
    }
    targets.set(priority, read);
  }
  const pausesValue = object['pauses'] === undefined ? {} : checkAmounts(metric, 'policy.pauses', object['pauses'], METRICS);
  const pauses = {} as Record<SlaMetricName, ReadonlySet<SlaStatus>>;
  for (const name of METRICS) {
    const given = pausesValue[name];
    if (given === undefined) {
      pauses[name] = new Set(DEFAULT_PAUSES[name] ?? []);
      continue;
    }
    const field = `policy.pauses.${name}`;
    const list = readList(metric, field, given, `a list of unsolved statuses (${quoted(UNSOLVED)})`);
    pauses[name] = new Set(list.map((status, i) => readStatus(metric, `${field}[${String(i)}]`, status, UNSOLVED)));
  }
  return { targets, calendar, pauses };
}

/** A clock as the event log opens and stops it, before it is measured. */
interface RawClock {
  readonly metric: SlaMetricName;
  readonly startedAt: number;
  stoppedAt: number | undefined;
  /** The priority when it stopped (or, while it runs, the ticket's latest priority). */
  priority: string;
}

/** The ticket's status from `from` until the next change (or `now`). */
interface StatusSpan {
  readonly from: number;
  readonly status: SlaStatus;
}

/**
 * Reads the log: checks each event and returns the status spans and the clocks it opens and
 * stops (rules: {@link slaClocks}).
 */
function readLog(
  metric: string,
  ticket: unknown,
  policy: CheckedPolicy,
): { id: string | number; spans: StatusSpan[]; clocks: RawClock[]; last: number } {
  const object = ticket;
  if (typeof object !== 'object' || object === null || Array.isArray(object)) fail(metric, 'ticket', 'WRONG_TYPE', 'a ticket { id, events }', ticket);
  const { id, events } = object as Readonly<Record<string, unknown>>;
  if (typeof id === 'string') {
    if (id === '') fail(metric, 'ticket.id', 'OUT_OF_RANGE', 'a ticket id: a non-empty string or a finite number', id);
  } else if (typeof id === 'number') {
    if (!Number.isFinite(id)) fail(metric, 'ticket.id', 'NOT_FINITE', 'a ticket id: a non-empty string or a finite number', id);
  } else {
    fail(metric, 'ticket.id', 'WRONG_TYPE', 'a ticket id: a non-empty string or a finite number', id);
  }
  const ticketName = `ticket ${typeof id === 'string' ? `'${id}'` : String(id)}`;
  const list = readList(metric, 'ticket.events', events, 'a list of events (any iterable), created first');
  if (list.length === 0) fail(metric, 'ticket.events', 'EMPTY', `at least the created event (${ticketName})`, events);

  const spans: StatusSpan[] = [];
  const clocks: RawClock[] = [];
  let status: SlaStatus = 'new';
  let priority = '';
  let createdAt = 0;
  let last = -Infinity;
  let firstReply: RawClock | undefined;
  let nextReply: RawClock | undefined;
  let periodic: RawClock | undefined;
  let statusClocks: RawClock[] = [];
  const open = (name: SlaMetricName, at: number): RawClock => {
    const clock: RawClock = { metric: name, startedAt: at, stoppedAt: undefined, priority };
    clocks.push(clock);
    return clock;
  };
  const stop = (clock: RawClock | undefined, at: number): void => {
    if (clock !== undefined) {
      clock.stoppedAt = at;
      clock.priority = priority;
    }
  };
  const readPriority = (field: string, value: unknown): string => {
    if (typeof value !== 'string') fail(metric, field, 'WRONG_TYPE', `a priority of policy.targets (${ticketName})`, value);
    if (!policy.targets.has(value)) {
      fail(metric, field, 'UNKNOWN_VALUE', `a priority of policy.targets, one of ${quoted([...policy.targets.keys()])} (${ticketName})`, value);
    }
    return value;
  };

  list.forEach((event, index) => {
    try {
      readEvent(event, index);
    } catch (error) {
      // Every error about an event names the ticket, so a batch over many tickets points at the row.
      if (error instanceof MetricInputError && !error.expected.includes(ticketName)) {
        throw new MetricInputError({ metric, field: error.field, code: error.code, expected: `${error.expected} (${ticketName})`, received: error.received });
      }
      throw error;
    }
  });
  function readEvent(event: unknown, index: number): void {
    const at = `ticket.events[${String(index)}]`;
    if (!isPlainObject(event)) fail(metric, at, 'WRONG_TYPE', `an event { type, at, … } (${ticketName})`, event);
    const type = event['type'];
    if (typeof type !== 'string') fail(metric, `${at}.type`, 'WRONG_TYPE', `an event type, one of ${quoted(EVENT_TYPES)} (${ticketName})`, type);
    if (!(EVENT_TYPES as readonly string[]).includes(type)) {
      fail(metric, `${at}.type`, 'UNKNOWN_VALUE', `an event type, one of ${quoted(EVENT_TYPES)} (${ticketName})`, type);
    }
    const time = checkCalendarInstant(metric, `${at}.at`, event['at']);
    if (index === 0) {
      if (type !== 'created') fail(metric, `${at}.type`, 'INCONSISTENT', `'created': the log starts with the ticket's creation (${ticketName})`, type);
    } else {
      if (type === 'created') fail(metric, `${at}.type`, 'INCONSISTENT', `an event after the creation: a ticket is created once (${ticketName})`, type);
      if (time < createdAt) {
        fail(metric, `${at}.at`, 'INCONSISTENT', `an instant not before the ticket's creation (${new Date(createdAt).toISOString()}, ${ticketName})`, event['at']);
      }
      if (time < last) {
        fail(metric, `${at}.at`, 'INCONSISTENT', `an instant not before the event before it (${new Date(last).toISOString()}): events in order (${ticketName})`, event['at']);
      }
      if (status === 'closed') fail(metric, at, 'INCONSISTENT', `no event after the ticket was closed: a closed ticket is final (${ticketName})`, event);
    }
    last = time;
    switch (type) {
      case 'created': {
        createdAt = time;
        priority = readPriority(`${at}.priority`, event['priority']);
        status = event['status'] === undefined ? 'new' : readStatus(metric, `${at}.status`, event['status'], UNSOLVED);
        spans.push({ from: time, status });
        firstReply = open('firstReply', time);
        statusClocks = [open('requesterWait', time), open('agentWork', time), open('fullResolution', time)];
        break;
      }
      case 'priority': {
        priority = readPriority(`${at}.priority`, event['priority']);
        break;
      }
      case 'status': {
        const next = readStatus(metric, `${at}.status`, event['status'], STATUSES);
        if (isSolved(next) && !isSolved(status)) {
          // Solving answers the requester: it stops the reply and update clocks, and (until a reopening) the status clocks.
          for (const clock of [firstReply, nextReply, periodic]) stop(clock, time);
          firstReply = nextReply = periodic = undefined;
          for (const clock of statusClocks) stop(clock, time);
        } else if (!isSolved(next) && isSolved(status)) {
          // Reopened: the status clocks run on from where they stood.
          for (const clock of statusClocks) clock.stoppedAt = undefined;
        }
        if (next !== status) spans.push({ from: time, status: next });
        status = next;
        break;
      }
      case 'agentReply':
      case 'requesterComment': {
        if (isSolved(status)) {
          fail(metric, `${at}.type`, 'INCONSISTENT', `an event on an unsolved ticket: reopen the solved ticket (a status change) before a comment (${ticketName})`, type);
        }
        if (type === 'requesterComment') {
          // The oldest unanswered comment starts the next-reply clock, once the first reply is given.
          if (firstReply === undefined && nextReply === undefined) nextReply = open('nextReply', time);
          break;
        }
        const isPublic = event['public'];
        if (isPublic !== undefined && typeof isPublic !== 'boolean') {
          fail(metric, `${at}.public`, 'WRONG_TYPE', `true or false (${ticketName})`, isPublic);
        }
        if (isPublic === false) break;
        for (const clock of [firstReply, nextReply, periodic]) stop(clock, time);
        firstReply = nextReply = undefined;
        periodic = open('periodicUpdate', time);
        break;
      }
    }
  }
  // Clocks still running take the latest priority.
  for (const clock of clocks) if (clock.stoppedAt === undefined) clock.priority = priority;
  return { id, spans, clocks, last };
}

/** The business milliseconds of [from, until). */
function businessMs(calendar: CompiledCalendar, from: number, until: number): number {
  let total = 0;
  forEachOpenInterval(calendar, from, until, (start, end) => {
    total += end - start;
    return false;
  });
  return total;
}

/** The earliest instant t in [from, until] with `left` business milliseconds in [from, t), or `undefined` when there are fewer. */
function businessAdvance(calendar: CompiledCalendar, from: number, until: number, left: number): number | undefined {
  if (left === 0) return from;
  let remaining = left;
  let due: number | undefined;
  forEachOpenInterval(calendar, from, until, (start, end) => {
    if (end - start < remaining) {
      remaining -= end - start;
      return false;
    }
    due = start + remaining;
    return true;
  });
  return due;
}

/**
 * The SLA clocks of a ticket: from its event log and an SLA policy, each clock's elapsed time in
 * calendar and business hours, its target, whether it is achieved, breached, active or paused
 * at `now`, the instant it breached (or will), and the time left.
 *
 * ## The clocks
 * - **firstReply**: from the creation to the first public agent reply.
 * - **nextReply**: after the first reply, from the oldest unanswered requester comment to the
 *   next public agent reply; one clock per such comment.
 * - **periodicUpdate**: from each public agent reply to the next one.
 * - **requesterWait**: from the creation to the last solve, counting time in new, open and on-hold
 *   (paused in pending).
 * - **agentWork**: the same, counting time in new and open (paused in pending and on-hold).
 * - **fullResolution**: from the creation to the last solve, in every unsolved status.
 *
 * Solving a ticket stops every clock: a reply or update clock stops at the solve (solving
 * answers the requester), and the status clocks run on, from where they stood, when the ticket
 * is reopened. `policy.pauses` sets the unsolved statuses that pause each clock (the defaults
 * above are Zendesk's; Freshdesk's pending pauses every timer: list it for each clock).
 *
 * ## Elapsed time and breach
 * A clock counts the time, within [start, stop) or [start, now), in which it is not paused:
 * `calendarSeconds`, and `businessSeconds` within the calendar's open time (ServiceNow's actual
 * and business elapsed times). Its **due instant** is the earliest instant at which the counted
 * time, in the target's hours, reaches the target: a clock stopped at or before it is achieved,
 * one stopped after it (or still running at `now` past it) is breached, `breachAt` being that
 * instant. The target is that of the priority in force when the clock stops, or at `now` for a
 * running clock: a priority change re-targets running clocks from their start, as Zendesk
 * recalculates them, so a clock raised to a stricter target may be breached at once, with a
 * `breachAt` before the change. A clock whose priority has no target for it is left out.
 *
 * ## Vendors
 * Zendesk's SLA metrics are the model (first reply, next reply, periodic update, requester
 * wait, agent work, full resolution; "pausable update" is `periodicUpdate` paused in pending).
 * Freshdesk has two timers, first response and resolution, both stopped in every status whose
 * "SLA timer" is off. ServiceNow reports each task SLA's actual (24×7) and business (schedule)
 * elapsed time, both net of pauses, as this does.
 *
 * @param ticket - The ticket: `id` and `events` ({@link SlaEvent}), in order.
 * @param policy - The {@link SlaPolicy}.
 * @param options - The instant the clocks are read at.
 * @returns The clocks, by metric (in the order above), then by start.
 * @throws {@link MetricInputError} the common input checks (fields named from `ticket`, such as
 * `ticket.events[3].status`, with the ticket's id in the message; a priority that
 * `policy.targets` does not list is `UNKNOWN_VALUE`); `EMPTY` for a log with no event;
 * `INCONSISTENT` for a log that does not start with `created` or creates twice, an event before
 * the creation or before the event before it, a comment on a solved ticket that was not
 * reopened, any event after `closed`, a business-hours target without `policy.calendar`, or an
 * `options.now` before the last event.
 *
 * @example
 * ```ts
 * import { slaClocks } from 'service-metrics';
 *
 * const weekdays = [['09:00', '18:00']] as const;
 * const policy = {
 *   calendar: {
 *     timeZone: 'Europe/Paris',
 *     week: { monday: weekdays, tuesday: weekdays, wednesday: weekdays, thursday: weekdays, friday: weekdays, saturday: [], sunday: [] },
 *   },
 *   targets: { normal: { firstReply: { seconds: 3600, hours: 'business' } } },
 * } as const;
 * // Opened on Friday at 17:55 and answered on Monday at 09:10: 15 business minutes, within the hour.
 * const [firstReply] = slaClocks({
 *   id: 'T-1',
 *   events: [
 *     { type: 'created', at: new Date('2026-11-27T17:55+01:00'), priority: 'normal' },
 *     { type: 'agentReply', at: new Date('2026-11-30T09:10+01:00') },
 *   ],
 * }, policy);
 * firstReply?.businessSeconds; // => 900
 * firstReply?.state; // => 'achieved'
 * ```
 *
 * @see {@link https://support.zendesk.com/hc/en-us/articles/4408834848154 | Zendesk: About native duration metrics (first reply, requester wait, agent wait, full resolution)}
 * @see {@link https://handbook.gitlab.com/handbook/security/customer-support-operations/zendesk/metrics-definitions | GitLab handbook: Zendesk metrics definitions (statuses counted by requester wait, agent work, pausable update)}
 * @see {@link https://support.zendesk.com/hc/en-us/articles/4408885881498-Troubleshooting-common-SLA-issues | Zendesk: Troubleshooting common SLA issues (targets change with priority)}
 * @see {@link https://support.freshdesk.com/support/solutions/articles/229718-when-a-ticket-is-created-does-the-timer-start-right-away-how-can-i-stop-the-timer-when-i-respond-to | Freshdesk: when the SLA timer starts, and statuses that switch it off}
 * @see {@link https://raw.githubusercontent.com/ServiceNow/ServiceNowDocs/australia/markdown/it-service-management/service-level-management/r_ElapsedTimeCounting.md | ServiceNow: Actual and business elapsed times}
 * @category Business hours
 */
export function slaClocks(ticket: SlaTicket, policy: SlaPolicy, options?: SlaClockOptions): SlaClock[] {
  const metric = 'slaClocks';
  const checkedPolicy = checkPolicy(metric, policy);
  const { now: nowOption } = checkOptions(metric, options, ['now']);
  const log = readLog(metric, ticket, checkedPolicy);
  let now = log.last;
  if (nowOption !== undefined) {
    now = checkCalendarInstant(metric, 'options.now', nowOption);
    if (now < log.last) fail(metric, 'options.now', 'INCONSISTENT', `an instant not before the last event (${new Date(log.last).toISOString()})`, nowOption);
  }
  const { calendar, pauses } = checkedPolicy;
  const result: SlaClock[] = [];
  for (const name of METRICS) {
    for (const clock of log.clocks) {
      if (clock.metric !== name) continue;
      const target = checkedPolicy.targets.get(clock.priority)?.[name];
      if (target === undefined) continue;
      result.push(measure(log.id, clock, target, log.spans, now, pauses[name], calendar));
    }
  }
  return result;
}

/** Measures one clock against its target at `now` (rules: {@link slaClocks}). */
function measure(
  ticketId: string | number,
  clock: RawClock,
  target: SlaTarget,
  spans: readonly StatusSpan[],
  now: number,
  pausing: ReadonlySet<SlaStatus>,
  calendar: CompiledCalendar | undefined,
): SlaClock {
  const end = clock.stoppedAt ?? now;
  const goal = target.seconds * 1000;
  const business = target.hours === 'business';
  let calendarMs = 0;
  let businessTotal = 0;
  let counted = 0;
  let due: number | undefined;
  let runningAtEnd = false;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    const from = Math.max(span.from, clock.startedAt);
    const until = Math.min(i + 1 < spans.length ? spans[i + 1]!.from : now, end);
    const runs = !isSolved(span.status) && !pausing.has(span.status);
    if (runs && span.from <= end) runningAtEnd = true;
    else if (span.from <= end) runningAtEnd = false;
    if (!runs || from >= until) continue;
    const length = until - from;
    const open = calendar === undefined ? 0 : businessMs(calendar, from, until);
    const inTarget = business ? open : length;
    if (due === undefined && counted + inTarget >= goal) {
      due = business ? businessAdvance(calendar!, from, until, goal - counted) : from + (goal - counted);
    }
    counted += inTarget;
    calendarMs += length;
    businessTotal += open;
  }
  let state: SlaClockState;
  let breachAt: number | null = null;
  let secondsLeft: number | null = null;
  if (due !== undefined && due < end) {
    state = 'breached';
    breachAt = due;
  } else if (clock.stoppedAt !== undefined) {
    state = 'achieved';
  } else {
    const left = Math.max(goal - counted, 0);
    secondsLeft = left / 1000;
    if (runningAtEnd) {
      state = 'active';
      breachAt = business ? (businessAdvance(calendar!, now, END_INSTANT, left) ?? null) : now + left;
    } else {
      state = 'paused';
    }
  }
  return {
    ticketId,
    metric: clock.metric,
    priority: clock.priority,
    target: { seconds: target.seconds, hours: target.hours },
    startedAt: clock.startedAt,
    stoppedAt: clock.stoppedAt ?? null,
    calendarSeconds: calendarMs / 1000,
    businessSeconds: calendar === undefined ? null : businessTotal / 1000,
    state,
    breachAt,
    secondsLeft,
  };
}
