// `service-metrics sla`: SLA achievement from a help desk's ticket events, one row per event.
// DuckDB reads the cells (as every command does); the clocks run in the library (slaClocks),
// one ticket at a time, in the order of the file; the result is a metric result (result.ts)
// whose groups are keyed by clock, priority and the --by columns.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  MetricInputError,
  periodKey,
  slaAchievementMetric,
  slaAchievementSummary,
  slaClocks,
  type SegmentMetric,
  type SlaClock,
  type SlaEvent,
  type SlaPolicy,
} from 'service-metrics';
import { withControl } from './control.js';
import { BadDataError, UsageError } from './errors.js';
import type { GroupJson, MetricResultJson } from './result.js';
import { comparisons, labelOf, valued, type RunOptions } from './run.js';
import { columnNamed, openFile, type Column } from './source.js';
import type { SourceOptions } from './compute.js';
import { identifier, reading } from './values.js';

/** The columns of the events and the policy, from the command's options. */
export interface SlaOptions {
  readonly policy: string;
  readonly ticket: string;
  readonly type: string;
  readonly at: string;
  readonly priority?: string | undefined;
  readonly status?: string | undefined;
  readonly public?: string | undefined;
  /** The instant the open clocks are judged at (ISO 8601); by default the file's last event. */
  readonly now?: string | undefined;
}

const BAD_TICKETS_SHOWN = 5;

/** Reads the policy file (JSON, or YAML for .yaml/.yml). */
function readPolicy(path: string): SlaPolicy {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`--policy: no file ${path}`);
  }
  try {
    return (['.yaml', '.yml'].includes(extname(path).toLowerCase()) ? parseYaml(text) : JSON.parse(text)) as SlaPolicy;
  } catch (error) {
    throw new UsageError(`--policy ${path}: not ${extname(path) === '.json' ? 'JSON' : 'JSON or YAML'} (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** One row of the events file, as read. */
interface EventRow {
  readonly ticket: string | null;
  readonly type: string | null;
  readonly at: number | null;
  readonly priority: string | null;
  readonly status: string | null;
  readonly public: number | null;
  readonly [group: `by${number}`]: string | null;
}

/** The library's event from a row: only the fields its type carries. */
function eventOf(row: EventRow): SlaEvent {
  const at = row.at!;
  const withPriority = row.priority === null ? {} : { priority: row.priority };
  const withStatus = row.status === null ? {} : { status: row.status };
  switch (row.type) {
    case 'created':
      return { type: 'created', at, ...withPriority, ...withStatus } as SlaEvent;
    case 'status':
      return { type: 'status', at, ...withStatus } as SlaEvent;
    case 'priority':
      return { type: 'priority', at, ...withPriority } as SlaEvent;
    case 'agentReply':
      return { type: 'agentReply', at, ...(row.public === null ? {} : { public: row.public === 1 }) };
    default:
      // requesterComment, or a type the library names in its error.
      return { type: row.type, at } as SlaEvent;
  }
}

/** Computes `service-metrics sla`. */
export async function computeSla(options: SlaOptions, run: RunOptions, source: SourceOptions & { file?: string | undefined }): Promise<MetricResultJson> {
  if (source.file === undefined) throw new UsageError('sla: give the events file to read');
  if (source.db !== undefined) throw new UsageError('sla reads a file of events; --db is not supported yet');
  if (run.time !== undefined) throw new UsageError("sla takes each clock's period from its ticket's first event (--at); --time does not apply");
  const policy = readPolicy(options.policy);
  const now = options.now === undefined ? undefined : Date.parse(options.now);
  if (now !== undefined && !Number.isFinite(now)) throw new UsageError(`--now must be an ISO 8601 instant (2026-11-30T12:00:00Z), got ${JSON.stringify(options.now)}`);
  const file = await openFile(source.file, source);
  let rows: EventRow[];
  try {
    const named = (name: string | undefined, flag: string): Column | undefined => (name === undefined ? undefined : columnNamed(file.columns, name, flag));
    const columns = {
      ticket: named(options.ticket, '--ticket')!,
      type: named(options.type, '--type')!,
      at: named(options.at, '--at')!,
      priority: named(options.priority, '--priority'),
      status: named(options.status, '--status'),
      public: named(options.public, '--public'),
    };
    const by = run.by.map((name) => columnNamed(file.columns, name, '--by'));
    const text = (column: Column | undefined): string => (column === undefined ? 'NULL' : reading(column, 'text', run.reading).value);
    const select = [
      `${text(columns.ticket)} AS ticket`,
      `${text(columns.type)} AS type`,
      `CAST(epoch_ms(${reading(columns.at, 'time', run.reading).value}) AS DOUBLE) AS at`,
      `${text(columns.priority)} AS priority`,
      `${text(columns.status)} AS status`,
      `${columns.public === undefined ? 'NULL' : reading(columns.public, 'flag', run.reading).value} AS public`,
      ...by.map((column, index) => `${text(column)} AS ${identifier(`by${index}`)}`),
    ];
    try {
      rows = (await file.connection.runAndReadAll(`SELECT ${select.join(', ')} FROM ${file.from}`)).getRowObjectsJS() as unknown as EventRow[];
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const cell = /service-metrics: (a cell of column .*? cannot be read \(.*\))/.exec(message);
      if (cell === null) throw error;
      throw new BadDataError(`${source.file}: ${cell[1]!}, so no SLA was computed; run \`service-metrics check\` on the column's metric, or fix the cell`);
    }
  } finally {
    file.close();
  }

  // The tickets, in the order of their first row; each ticket's --by values from its first row.
  const tickets = new Map<string, { rows: EventRow[] }>();
  rows.forEach((row, index) => {
    if (row.ticket === null) throw new BadDataError(`${source.file}: row ${index + 1} has no ${options.ticket} (every event names its ticket)`);
    if (row.at === null) throw new BadDataError(`${source.file}: ticket ${row.ticket}, row ${index + 1}: no ${options.at} (every event has a time)`);
    const ticket = tickets.get(row.ticket) ?? { rows: [] };
    ticket.rows.push(row);
    tickets.set(row.ticket, ticket);
  });
  const judgedAt = now ?? rows.reduce((last, row) => Math.max(last, row.at!), -Infinity);

  const metric = slaAchievementMetric({ confidenceLevel: run.confidenceLevel }) as unknown as SegmentMetric<never, unknown>;
  const groups = new Map<string, { key: Record<string, string | null>; period?: string; clocks: SlaClock[] }>();
  const all: SlaClock[] = [];
  const bad: string[] = [];
  let badTickets = 0;
  for (const [id, ticket] of tickets) {
    let clocks: SlaClock[];
    try {
      clocks = slaClocks({ id, events: ticket.rows.map(eventOf) }, policy, Number.isFinite(judgedAt) ? { now: judgedAt } : {});
    } catch (error) {
      if (!(error instanceof MetricInputError)) throw error;
      if (error.field.startsWith('policy')) throw new UsageError(`--policy ${options.policy}: ${error.message}`);
      badTickets++;
      if (bad.length < BAD_TICKETS_SHOWN) bad.push(`  ticket ${id}: ${error.message}`);
      continue;
    }
    const first = ticket.rows[0]!;
    // A ticket's clocks fall in the period of its first event (its creation).
    const period = run.period === undefined ? undefined : periodKey(ticket.rows.reduce((earliest, row) => Math.min(earliest, row.at!), Infinity), run.period, { timeZone: run.reading.timeZone });
    for (const clock of clocks) {
      all.push(clock);
      const key: Record<string, string | null> = { clock: clock.metric, priority: clock.priority };
      run.by.forEach((name, index) => (key[name] = first[`by${index}`] ?? null));
      const id = JSON.stringify([key, period]);
      const group = groups.get(id) ?? { key, ...(period === undefined ? {} : { period }), clocks: [] };
      group.clocks.push(clock);
      groups.set(id, group);
    }
  }
  if (badTickets > 0) {
    throw new BadDataError(
      `${source.file}: ${badTickets} bad ${badTickets === 1 ? 'ticket' : 'tickets'}, so no SLA was computed${badTickets > bad.length ? ` (the first ${bad.length})` : ''}:\n${bad.join('\n')}`,
    );
  }

  // Running clocks are the ones "without a value" yet: decided clocks are the answers.
  const valuedClocks = (clocks: readonly SlaClock[]): Omit<GroupJson, 'key'> => {
    const summary = slaAchievementSummary(clocks, (clock) => clock.state);
    return { ...valued(metric, summary, run.minimumAnswers), unanswered: summary.running };
  };
  const order = ['firstReply', 'nextReply', 'periodicUpdate', 'requesterWait', 'agentWork', 'fullResolution'];
  const priorities = Object.keys(policy.targets);
  const rank = (group: { key: Record<string, string | null> }): [number, number, string] => [order.indexOf(group.key['clock']!), priorities.indexOf(group.key['priority']!), labelOf({ key: group.key })];
  // Clock, priority, --by groups, then period (keys sort in time order).
  const sorted = [...groups.values()].sort((a, b) => {
    const [ca, pa, la] = rank(a);
    const [cb, pb, lb] = rank(b);
    return ca - cb || pa - pb || la.localeCompare(lb) || (a.period ?? '').localeCompare(b.period ?? '');
  });
  let valuedGroups: GroupJson[] = sorted.map((group) => ({ key: group.key, ...(group.period === undefined ? {} : { period: group.period }), ...valuedClocks(group.clocks) }));
  if (run.compare !== undefined) {
    // Within each clock and priority: its --by groups, or with --period each group's periods.
    const seriesOf = (group: GroupJson): string => JSON.stringify(run.period === undefined ? [group.key['clock'], group.key['priority']] : group.key);
    const tests = comparisons(metric, valuedGroups, run.compare, seriesOf, run.confidenceLevel);
    valuedGroups = valuedGroups.map((group, index) => ({ ...group, comparison: tests[index] ?? null }));
  }
  const overall = valuedClocks(all);
  const result: MetricResultJson = {
    metric: 'sla',
    label: 'SLA achievement',
    unit: '%',
    source: source.file,
    by: ['clock', 'priority', ...run.by],
    ...(run.period === undefined ? {} : { period: run.period }),
    value: overall.value,
    interval: overall.interval,
    answered: overall.answered,
    unanswered: overall.unanswered,
    summary: overall.summary,
    groups: valuedGroups,
  };
  if (run.control === undefined) return result;
  const { control, groups: charted } = withControl(result.groups, result.unit, run.control);
  return { ...result, control, groups: charted };
}
