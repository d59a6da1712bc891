// One metric over one source: a file read by DuckDB, or a PostgreSQL table or query.
import type { SqlPeriod, SqlRunner, SqlSource, SummaryRow } from 'service-metrics/sql';
import { checkFile } from './check.js';
import { BadDataError, UsageError } from './errors.js';
import { inputColumn, POSTGRES, type MetricCommand, type MetricOptions, type Plan } from './metrics.js';
import { cellsOf, duckRunner, groupColumn, isBadData, keyedByName, resultOf, summarise, type RunOptions } from './run.js';
import type { MetricResultJson } from './result.js';
import { columnNamed, openFile, type Column, type Encoding, type InputFormat } from './source.js';
import { identifier } from './values.js';
import type { Io } from './main.js';

export interface SourceOptions {
  readonly file?: string | undefined;
  readonly db?: string | undefined;
  readonly table?: string | undefined;
  readonly query?: string | undefined;
  readonly format?: InputFormat | undefined;
  readonly delimiter?: string | undefined;
  readonly encoding: Encoding;
  readonly timeZone: string;
}

const BAD_ROWS_SHOWN = 5;

/** The summary rows of a plan, plus the overall summary (merged, or from its own query). */
async function summaries(plan: Plan, run: SqlRunner, from: SqlSource, groupBy: readonly string[], period: SqlPeriod | undefined, dialect: 'duckdb' | 'postgres'): Promise<{ rows: SummaryRow<unknown>[]; overall: unknown }> {
  const grouped = groupBy.length > 0 || period !== undefined;
  if (!grouped) {
    const rows = await summarise(plan, run, from, [], undefined, dialect);
    return { rows: [], overall: rows[0]!.summary };
  }
  const rows = await summarise(plan, run, from, groupBy, period, dialect);
  const metric = plan.metric;
  if (metric === undefined) {
    // An exact percentile does not merge: the whole is its own query.
    const [all] = await summarise(plan, run, from, [], undefined, dialect);
    return { rows, overall: all!.summary };
  }
  return { rows, overall: rows.reduce((sum, row) => metric.merge(sum, row.summary), metric.summarise([])) };
}

/** Computes a metric command's result. */
export async function computeMetric(command: MetricCommand, given: MetricOptions, run: RunOptions, source: SourceOptions, io: Io): Promise<MetricResultJson> {
  const plan = command.plan(given, run.confidenceLevel);
  if (plan.mixOf !== undefined && run.compare !== undefined) {
    throw new UsageError('contact-mix does not take --compare yet');
  }
  if (plan.mixOf !== undefined && run.control !== undefined) {
    throw new UsageError('contact-mix does not take --control: each period has one share per channel, not one value to chart');
  }
  if (source.db !== undefined) return computeFromPostgres(command, plan, given, run, source);
  if (source.file === undefined) throw new UsageError(`${command.name}: give the file to read, or --db with --table or --query`);
  if (source.table !== undefined || source.query !== undefined) throw new UsageError('--table and --query go with --db');
  const file = await openFile(source.file, source);
  try {
    const cells = cellsOf(plan, given, run, file.columns);
    const period: SqlPeriod | undefined = run.period === undefined ? undefined : { column: cells.time!, unit: run.period, timeZone: run.reading.timeZone };
    if (io.interactive === true) await file.connection.run('SET enable_progress_bar = true; SET enable_progress_bar_print = false');
    const runner = progressRunner(duckRunner(file), io, () => file.connection.progress.percentage);
    let found: Awaited<ReturnType<typeof summaries>>;
    try {
      found = await summaries(plan, runner, { query: cells.query(file.from) }, cells.groupBy, period, 'duckdb');
    } catch (error) {
      if (!isBadData(error)) throw error;
      // Stop, and show where: the first bad rows with their lines.
      const checked = await checkFile(file, plan, cells, BAD_ROWS_SHOWN);
      const listed = checked.bad.map((row) => `  line ${row.line}, ${row.column}: ${row.value === null ? '(empty)' : JSON.stringify(row.value)}: ${row.reason}`).join('\n');
      const total = checked.reasons.reduce((sum, reason) => sum + reason.rows, 0);
      const detail = total === 0 ? `  ${error instanceof Error ? error.message : String(error)}` : listed;
      throw new BadDataError(`${source.file}: ${total === 0 ? 'bad data' : `${checked.badRows} bad ${checked.badRows === 1 ? 'row' : 'rows'}`}, so no ${command.name} was computed${total > checked.bad.length ? ` (the first ${checked.bad.length})` : ''}:\n${detail}\nrun \`service-metrics check ${command.name} …\` with the same options to list every one`);
    }
    return resultOf(command, plan, keyedByName(found.rows, run.by), found.overall, run, source.file);
  } finally {
    file.close();
  }
}

/**
 * A runner that shows, on stderr when it is a terminal, how far a long query is (DuckDB's
 * estimate of the share of the file read, when it has one) and the time spent.
 */
export function progressRunner(run: SqlRunner, io: Io, percentage: () => number): SqlRunner {
  if (io.interactive !== true) return run;
  return async (text, values) => {
    const started = Date.now();
    const timer = setInterval(() => {
      const done = percentage();
      const share = done > 0 ? `${Math.min(100, Math.floor(done))} %, ` : '';
      io.stderr(`\rservice-metrics: reading… ${share}${((Date.now() - started) / 1000).toFixed(0)} s\u001b[K`);
    }, 500);
    try {
      return await run(text, values);
    } finally {
      clearInterval(timer);
      if (Date.now() - started >= 500) io.stderr('\r\u001b[K');
    }
  };
}

/** The plan over a PostgreSQL table or query: the columns are typed there, so they are read as they are. */
async function computeFromPostgres(command: MetricCommand, plan: Plan, given: MetricOptions, run: RunOptions, source: SourceOptions): Promise<MetricResultJson> {
  if ((source.table === undefined) === (source.query === undefined)) throw new UsageError('--db needs --table <name> or --query <sql> (one of them)');
  if (run.reading.dateFormat !== undefined || run.reading.missing.length > 0) throw new UsageError('--date-format and --missing read file cells; with --db the columns are typed by PostgreSQL');
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: source.db });
  await client.connect().catch((error: unknown) => {
    throw new UsageError(`cannot connect to ${redact(source.db!)}: ${error instanceof Error ? error.message : String(error)}`);
  });
  try {
    const relation = source.table === undefined ? `(${source.query!})` : source.table.split('.').map(identifier).join('.');
    const probe = await client.query(`SELECT * FROM ${relation} AS source LIMIT 0`).catch((error: unknown) => {
      throw new UsageError(`${source.table ?? 'the query'}: ${error instanceof Error ? error.message : String(error)}`);
    });
    const types = new Map<number, string>([[1186, 'INTERVAL'], [16, 'BOOLEAN']]);
    const columns: Column[] = probe.fields.map((field) => ({ name: field.name, type: types.get(field.dataTypeID) ?? 'OTHER' }));
    const raw = new Map<string, Column>();
    for (const input of plan.inputs) {
      const { name, flag } = inputColumn(given, input);
      raw.set(input.option, columnNamed(columns, name, flag));
    }
    const byColumns = run.by.map((name) => columnNamed(columns, name, '--by'));
    if (run.period !== undefined && run.time === undefined) throw new UsageError('--period needs --time <column>, the time of each row');
    const time = run.period === undefined ? undefined : columnNamed(columns, run.time!, '--time');
    const kindOf = new Map(plan.inputs.map((input) => [input.option, input.kind]));
    const read = (option: string): string => {
      const column = raw.get(option)!;
      const name = identifier(column.name);
      switch (kindOf.get(option)) {
        case 'score':
          return `CAST(${name} AS DOUBLE PRECISION)`;
        case 'duration':
          return column.type === 'INTERVAL' ? `EXTRACT(EPOCH FROM ${name})::DOUBLE PRECISION` : `CAST(${name} AS DOUBLE PRECISION)`;
        case 'flag':
          return `CAST(${name} AS INTEGER)`;
        case 'outcome':
          return `lower(trim(CAST(${name} AS TEXT)))`;
        case 'text':
          return `NULLIF(trim(CAST(${name} AS TEXT)), '')`;
        default:
          return name;
      }
    };
    const planColumns = plan.columns(read, POSTGRES);
    const select = [
      ...Object.entries(planColumns).map(([name, expression]) => `${expression} AS ${identifier(name)}`),
      ...byColumns.map((column, index) => `${identifier(column.name)} AS ${identifier(groupColumn(index))}`),
      ...(time === undefined ? [] : [`${identifier(time.name)} AS "period time"`]),
    ];
    const from: SqlSource = { query: `SELECT ${select.join(', ')} FROM ${relation} AS source` };
    const period: SqlPeriod | undefined = run.period === undefined ? undefined : { column: 'period time', unit: run.period, timeZone: run.reading.timeZone };
    const runner: SqlRunner = async (text, values) => (await client.query(text, values as unknown[])).rows as Record<string, unknown>[];
    if (time !== undefined) {
      // A row without a time has no period: bad data, as in a file (PostgreSQL has no error(…)
      // to raise inside the summary query, so one count first).
      const [{ missing }] = (await runner(`SELECT count(*)::INTEGER AS missing FROM (${from.query}) AS rows WHERE "period time" IS NULL`, [])) as [{ missing: number }];
      if (missing > 0) {
        throw new BadDataError(`${source.table ?? 'the query'}: ${missing} ${missing === 1 ? 'row has' : 'rows have'} no ${time.name} (a row without a time has no period), so no ${command.name} was computed; leave them out with --query "SELECT … WHERE ${identifier(time.name)} IS NOT NULL"`);
      }
    }
    try {
      const found = await summaries(plan, runner, from, byColumns.map((_, index) => groupColumn(index)), period, 'postgres');
      return resultOf(command, plan, keyedByName(found.rows, run.by), found.overall, run, source.table ?? 'query');
    } catch (error) {
      if (isBadData(error)) throw new BadDataError(`${source.table ?? 'the query'}: ${error instanceof Error ? error.message : String(error)}`);
      throw error;
    }
  } finally {
    await client.end();
  }
}

/** A connection URL without its password. */
function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
