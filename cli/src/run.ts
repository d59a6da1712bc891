// Runs a metric command: the cells read by values.ts, summarised by the summary SQL of
// service-metrics/sql in DuckDB (or PostgreSQL), each group valued by the library's descriptor.
import { compareGroups, contactMixMetric, MetricInputError, type Baseline, type ConfidenceInterval, type SegmentMetric } from 'service-metrics';
import { querySummaries, SqlCheckError, type SqlPeriod, type SqlRunner, type SqlSource, type SqlTarget, type SummaryRow } from 'service-metrics/sql';
import type { DuckDBValue } from '@duckdb/node-api';
import { withControl, type ControlOptions } from './control.js';
import { BadDataError, UsageError } from './errors.js';
import { DUCKDB, inputColumn, type MetricCommand, type MetricOptions, type Plan } from './metrics.js';
import type { ComparisonJson, GroupJson, IntervalJson, MetricResultJson } from './result.js';
import { columnNamed, type Column, type FileSource } from './source.js';
import { identifier, reading, required, type ReadingOptions } from './values.js';

/** Grouping and statistics options common to every metric command. */
export interface RunOptions {
  readonly by: readonly string[];
  readonly period?: 'day' | 'week' | 'month' | undefined;
  /** The time column of `period`. */
  readonly time?: string | undefined;
  readonly confidenceLevel: number;
  readonly minimumAnswers: number;
  readonly compare?: string | undefined;
  /** `--control`: each period series on a control chart. */
  readonly control?: ControlOptions | undefined;
  readonly reading: ReadingOptions;
}

/** The SQL that reads a file's cells into the columns of a plan, and how they were named. */
export interface Cells {
  /** `SELECT <columns> FROM (SELECT <read cells> FROM <from>)`. */
  readonly query: (from: string) => string;
  /** The same, with `problem` columns instead of errors and the raw cells: for `check`. */
  readonly checkQuery: (from: string, extra: readonly string[]) => string;
  /** Each read cell's alias (`in0`, `by0`, `time`) → the file's column it reads. */
  readonly aliases: ReadonlyMap<string, string>;
  /** The names of the group columns in the query ({@link groupColumn}). */
  readonly groupBy: readonly string[];
  /** The name of the period's time column in the query, if any. */
  readonly time?: string;
}

const PERIOD_TIME = 'period time';

/**
 * The name of the i-th `--by` column in the summary query: not the file's own name, which could
 * be one of the metric's columns (`score`); {@link keyedByName} gives the names back.
 */
export function groupColumn(index: number): string {
  return `group ${index}`;
}

/** Summary rows with their groups keyed by the `--by` columns' own names. */
export function keyedByName<S>(rows: readonly SummaryRow<S>[], by: readonly string[]): SummaryRow<S>[] {
  return rows.map((row) => ({ ...row, groups: Object.fromEntries(by.map((name, index) => [name, row.groups[groupColumn(index)] ?? null])) }));
}

/** The columns of a plan, read from the file's cells. */
export function cellsOf(plan: Plan, given: MetricOptions, options: RunOptions, columns: readonly Column[]): Cells {
  const sources = new Map<string, Column>();
  for (const input of plan.inputs) {
    const { name, flag } = inputColumn(given, input);
    sources.set(input.option, columnNamed(columns, name, flag));
  }
  const byColumns = options.by.map((name) => columnNamed(columns, name, '--by'));
  if (options.period !== undefined && options.time === undefined) throw new UsageError('--period needs --time <column>, the time of each row');
  if (options.period === undefined && options.time !== undefined) throw new UsageError('--time goes with --period day|week|month');
  const time = options.period === undefined ? undefined : columnNamed(columns, options.time!, '--time');
  const kinds = new Map<string, { column: Column; kind: Plan['inputs'][number]['kind'] }>();
  plan.inputs.forEach((input, index) => kinds.set(`in${index}`, { column: sources.get(input.option)!, kind: input.kind }));
  byColumns.forEach((column, index) => kinds.set(`by${index}`, { column, kind: 'text' }));
  if (time !== undefined) kinds.set('time', { column: time, kind: 'time' });
  const alias = new Map(plan.inputs.map((input, index) => [input.option, `in${index}`]));
  const planColumns = plan.columns((option) => {
    const name = alias.get(option);
    if (name === undefined) throw new Error(`service-metrics: the plan reads ${option}, which is not one of its inputs`);
    return identifier(name);
  }, DUCKDB);
  const outer = [
    ...Object.entries(planColumns).map(([name, expression]) => `${expression} AS ${identifier(name)}`),
    ...byColumns.map((_, index) => `${identifier(`by${index}`)} AS ${identifier(groupColumn(index))}`),
    ...(time === undefined ? [] : [`"time" AS ${identifier(PERIOD_TIME)}`]),
  ];
  if (new Set(options.by).size !== options.by.length) throw new UsageError('--by names a column twice');
  const readings = [...kinds].map(([name, { column, kind }]) => {
    const read = reading(column, kind, options.reading);
    return { name, ...(name === 'time' ? required(read, column.name, 'missing: a row without a time has no period') : read) };
  });
  const query = (from: string): string => `SELECT ${outer.join(', ')} FROM (SELECT ${readings.map((cell) => `${cell.value} AS ${identifier(cell.name)}`).join(', ')} FROM ${from}) AS cells`;
  return {
    query,
    checkQuery: (from, extra) => {
      // Every cell's problem, the raw cells, and the plan's columns where every cell reads.
      const problems = readings.map((cell) => `${cell.problem} AS ${identifier(`problem ${cell.name}`)}`);
      const safe = readings.map((cell) => `CASE WHEN ${cell.problem} IS NULL THEN ${cell.value} END AS ${identifier(cell.name)}`);
      const raws = [...kinds].map(([name, { column }]) => `CAST(${identifier(column.name)} AS VARCHAR) AS ${identifier(`raw ${name}`)}`);
      const carried = [...extra.map((name) => identifier(name)), ...readings.map((cell) => identifier(`problem ${cell.name}`)), ...[...kinds.keys()].map((name) => identifier(`raw ${name}`))];
      return `SELECT ${carried.join(', ')}, ${outer.join(', ')} FROM (SELECT ${[...extra.map((name) => identifier(name)), ...problems, ...safe, ...raws].join(', ')} FROM ${from}) AS cells`;
    },
    aliases: new Map([...kinds].map(([name, { column }]) => [name, column.name])),
    groupBy: byColumns.map((_, index) => groupColumn(index)),
    ...(time === undefined ? {} : { time: PERIOD_TIME }),
  };
}

/** Runs a query in DuckDB, rows as objects. */
export function duckRunner(source: FileSource): SqlRunner {
  return async (text, values) => (await source.connection.runAndReadAll(text, values as DuckDBValue[])).getRowObjectsJS();
}

/** What a summary query found in one group. */
interface Found {
  readonly groups: Readonly<Record<string, string | number | boolean | null>>;
  readonly period?: string;
  readonly summary: unknown;
}

/** Runs a plan's summary query over `from` (with the `target`'s grouping). */
export async function summarise(plan: Plan, run: SqlRunner, from: SqlSource, groupBy: readonly string[], period: SqlPeriod | undefined, dialect: SqlTarget['dialect']): Promise<SummaryRow<unknown>[]> {
  const target: SqlTarget = { dialect, from, groupBy, ...(period === undefined ? {} : { period }) };
  return querySummaries(plan.query(target), run);
}

function intervalJson(interval: ConfidenceInterval | null | undefined): IntervalJson | null {
  if (interval === null || interval === undefined) return null;
  return { lower: interval.lower, upper: interval.upper, method: interval.method, confidence: interval.confidenceLevel };
}

/** `metric.value`, or null when the group holds too little (EMPTY). */
function orNull<T>(compute: () => T): T | null {
  try {
    return compute();
  } catch (error) {
    if (error instanceof MetricInputError && error.code === 'EMPTY') return null;
    throw error;
  }
}

function unansweredOf(summary: unknown): number {
  const value = (summary as { unanswered?: unknown; unclassified?: unknown; tooRecent?: unknown }).unanswered;
  return typeof value === 'number' ? value : 0;
}

/** The value, interval and counts of a summary. */
export function valued(metric: SegmentMetric<never, unknown>, summary: unknown, minimumAnswers: number): Omit<GroupJson, 'key'> {
  const answered = metric.answered(summary);
  return {
    value: orNull(() => metric.value(summary)),
    interval: metric.interval === undefined ? null : intervalJson(orNull(() => metric.interval!(summary))),
    answered,
    unanswered: unansweredOf(summary),
    small: answered < minimumAnswers,
    summary,
  };
}

/** `previous`, `first` or `target=40`, as the library's baseline. */
function baselineOf(compare: string): 'previous' | 'first' | { target: number } {
  if (compare === 'previous' || compare === 'first') return compare;
  const target = /^target=(-?\d+(\.\d+)?)$/.exec(compare);
  if (target !== null) return { target: Number(target[1]) };
  throw new UsageError(`--compare must be previous, first or target=<value> (target=40), got ${JSON.stringify(compare)}`);
}

/** Each group's test against its baseline, Holm-adjusted within each series. */
export function comparisons(metric: SegmentMetric<never, unknown>, groups: readonly GroupJson[], compare: string, seriesOf: (group: GroupJson) => string, confidenceLevel: number): (ComparisonJson | null)[] {
  const baseline = baselineOf(compare);
  if (metric.compare === undefined) throw new UsageError('--compare: this metric has no test (an exact percentile); use --statistic mean or within=<seconds>');
  const result: (ComparisonJson | null)[] = groups.map(() => null);
  const series = new Map<string, number[]>();
  groups.forEach((group, index) => {
    const name = seriesOf(group);
    series.set(name, [...(series.get(name) ?? []), index]);
  });
  for (const indexes of series.values()) {
    // A group with no answers cannot be tested: it is left out of the series (and of the adjustment).
    const members = indexes.filter((index) => groups[index]!.answered > 0);
    if (members.length === 0) continue;
    const entries = members.map((index) => ({ key: String(index), summary: groups[index]!.summary }));
    const against: Baseline<string> = baseline === 'first' ? { key: entries[0]!.key } : baseline;
    const tested = compareGroups(entries, { metric, against, adjustment: 'holm' });
    for (const test of tested) {
      if (test.comparison === null || test.adjustedPValue === null) continue;
      const index = Number(test.key);
      const baselineLabel = test.baseline === null ? 'target' : labelOf(groups[Number(test.baseline)]!);
      result[index] = {
        baseline: typeof baseline === 'object' ? `target ${baseline.target}` : baselineLabel,
        difference: test.comparison.difference,
        pValue: test.comparison.pValue,
        adjustedPValue: test.adjustedPValue,
        significant: test.adjustedPValue < 1 - confidenceLevel,
      };
    }
  }
  return result;
}

/** A group's name in one line: `chat / 2026-W48`. */
export function labelOf(group: Pick<GroupJson, 'key' | 'period'>): string {
  const parts = Object.values(group.key).map((value) => (value === null ? '(none)' : String(value)));
  if (group.period !== undefined) parts.push(group.period);
  return parts.length === 0 ? 'all' : parts.join(' / ');
}

/** Sorts groups by key values then period, nulls last. */
function compareKeys(a: Found, b: Found, by: readonly string[]): number {
  for (const name of by) {
    const x = a.groups[name] ?? null;
    const y = b.groups[name] ?? null;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    return String(x) < String(y) ? -1 : 1;
  }
  return (a.period ?? '') < (b.period ?? '') ? -1 : (a.period ?? '') > (b.period ?? '') ? 1 : 0;
}

/** The result of a metric over the summary rows of its query. */
export function resultOf(command: MetricCommand, plan: Plan, rows: readonly Found[], overall: unknown, options: RunOptions, source: string): MetricResultJson {
  const by = options.by;
  const found = [...rows].sort((a, b) => compareKeys(a, b, by));
  const base = { metric: command.name, label: plan.label, unit: plan.unit, source, by, ...(options.period === undefined ? {} : { period: options.period }) };
  if (plan.mixOf !== undefined) return mixResult(plan, found, overall, options, base);
  if (plan.metric === undefined) {
    // An exact percentile: no interval, no merge; the overall value comes from its own query.
    const percentile = (summary: unknown): Omit<GroupJson, 'key'> => {
      const { count, unanswered, seconds } = summary as { count: number; unanswered: number; seconds: number | null };
      return { value: seconds, interval: null, answered: count, unanswered, small: count < options.minimumAnswers, summary };
    };
    const groups = found.map((row) => ({ key: row.groups, ...(row.period === undefined ? {} : { period: row.period }), ...percentile(row.summary) }));
    const all = percentile(overall);
    return controlled({ ...base, value: all.value, interval: null, answered: all.answered, unanswered: all.unanswered, summary: overall, groups: isGrouped(options) ? groups : [] }, options);
  }
  const metric = plan.metric;
  let groups: GroupJson[] = found.map((row) => ({ key: row.groups, ...(row.period === undefined ? {} : { period: row.period }), ...valued(metric, row.summary, options.minimumAnswers) }));
  if (options.compare !== undefined && isGrouped(options)) {
    // With a period, each --by group is a series over time; without, the groups are one series.
    const seriesOf = (group: GroupJson): string => (options.period === undefined ? '' : JSON.stringify(group.key));
    const tests = comparisons(metric, groups, options.compare, seriesOf, options.confidenceLevel);
    groups = groups.map((group, index) => ({ ...group, comparison: tests[index] ?? null }));
  }
  const all = valued(metric, overall, options.minimumAnswers);
  return controlled({ ...base, value: all.value, interval: all.interval, answered: all.answered, unanswered: all.unanswered, summary: overall, groups: isGrouped(options) ? groups : [] }, options);
}

/** A result with its period series on control charts, with `--control`. */
function controlled(result: MetricResultJson, options: RunOptions): MetricResultJson {
  if (options.control === undefined) return result;
  const { control, groups } = withControl(result.groups, result.unit, options.control);
  return { ...result, control, groups };
}

function isGrouped(options: RunOptions): boolean {
  return options.by.length > 0 || options.period !== undefined;
}

/** Contact mix: one group per category (within each --by group and period), valued as its share. */
function mixResult(plan: Plan, found: readonly Found[], overall: unknown, options: RunOptions, base: Omit<MetricResultJson, 'value' | 'interval' | 'answered' | 'unanswered' | 'summary' | 'groups'>): MetricResultJson {
  const category = plan.mixOf!;
  const expand = (row: Found | undefined, summary: unknown): GroupJson[] => {
    const mix = summary as { groups: Record<string, { contacts: number }>; unclassified: number };
    return Object.keys(mix.groups)
      .sort()
      .map((name) => {
        const metric = contactMixMetric({ category: name, confidenceLevel: options.confidenceLevel }) as unknown as SegmentMetric<never, unknown>;
        const rest = valued(metric, summary, 0);
        return {
          key: { ...(row?.groups ?? {}), [category]: name },
          ...(row?.period === undefined ? {} : { period: row.period }),
          ...rest,
          answered: mix.groups[name]!.contacts,
          unanswered: mix.unclassified,
          small: mix.groups[name]!.contacts < options.minimumAnswers,
        };
      });
  };
  const groups = isGrouped(options) ? found.flatMap((row) => expand(row, row.summary)) : expand(undefined, overall);
  const mix = overall as { groups: Record<string, { contacts: number }>; unclassified: number };
  const contacts = Object.values(mix.groups).reduce((sum, group) => sum + group.contacts, 0);
  return { ...base, by: [...options.by, category], value: null, interval: null, answered: contacts, unanswered: mix.unclassified, summary: overall, groups };
}

/** A bad-data error from the engine: a cell that cannot be read, or a value the library rejects. */
export function isBadData(error: unknown): boolean {
  if (error instanceof SqlCheckError) return true;
  return error instanceof Error && error.message.includes('service-metrics: a cell of column');
}

export { BadDataError };
