import { MetricInputError } from '../../errors/MetricInputError.js';
import { SqlCheckError } from '../../errors/SqlCheckError.js';
import { bigintToNumber, checkRequiredOptions, fail, isPlainObject } from '../checks/validate.js';
import { checkPeriod, zoneFormatter } from '../segments/calendar.js';
import type { SqlDialect, SqlQuery, SqlTimeStorage, SummaryQuery, SummaryRow } from '../types/sql.js';
import { SqlWriter } from './sqlText.js';

/** One input column of a family: its field name in the builder's input (`score`) and how its values read. */
export interface SqlColumn {
  readonly field: string;
  /** `"number"`: the driver may send a bigint or a numeric string; `"text"`: strings as they are. */
  readonly kind: 'number' | 'text' | 'flag';
  /** Whether the input may leave it out. */
  readonly optional?: boolean;
  /**
   * `"checked"`: NULL is not skipped but judged by the column's `accepted` predicate (which must
   * then be TRUE or FALSE on NULL), for a column the JavaScript function requires (an outcome).
   * @defaultValue NULL is skipped
   */
  readonly nulls?: 'checked';
}

/** The quoted column of each field (only those given, for optional ones). */
export type Columns = Readonly<Record<string, string>>;

/**
 * A summary family in SQL: its columns, its aggregates (alias → SQL), the accepted values of each
 * checked column (a predicate on non-NULL values), how a result row becomes the summary, and
 * how one rejected value is described (by running the JavaScript check on it).
 */
export interface SummarySpec<S> {
  /** The input columns. Aggregates and predicates add their parameters in the order of their text. */
  readonly columns: readonly SqlColumn[];
  aggregates(sql: SqlWriter, columns: Columns): Readonly<Record<string, string>>;
  /**
   * The accepted values of each checked column. With `only`, the predicate of that field is
   * needed alone (a check query): a spec with several must then write only that one, so that
   * the text holds every parameter added. Parameters are added in the order of the entries.
   */
  accepted(sql: SqlWriter, columns: Columns, only?: string): Readonly<Record<string, string>>;
  /** The summary of a group from its row. */
  build(read: SummaryReader): S;
  /**
   * A summary that is more than one row per group (a histogram of buckets, one entry per
   * category): the query groups by this expression too, and `fold` makes the group's summary
   * from its rows, each with its `detail` value (none for an empty table without groups).
   */
  readonly detail?: {
    expression(sql: SqlWriter, columns: Columns): string;
    fold(parts: readonly { readonly detail: unknown; readonly row: SummaryReader }[]): S;
  };
  /**
   * The bad rows of each checked column, from the aggregates, when they follow from them (a score
   * family's classes cover every accepted value: bad = answered − Σ classes). Without it, the
   * query counts them with the negated `accepted` predicate: one more conditional count.
   */
  bad?(read: SummaryReader): Readonly<Record<string, number>>;
  /**
   * Rows judged over the whole source before grouping (window functions, such as the next
   * contact of the same customer): a query over `source` (its rows and derived columns), which
   * the summary query reads as the common table expression `"judged"`. Check queries read the
   * source itself.
   */
  judged?(sql: SqlWriter, columns: Columns, source: string): string;
  /** Throws the MetricInputError the JavaScript function throws for `value` in `field`. */
  reject(field: string, value: unknown): void;
}

/** Reads an aggregate of the current row: a count (whole, ≥ 0; NULL is 0) or a real (NULL is null). */
export interface SummaryReader {
  count(alias: string): number;
  real(alias: string): number | null;
}

interface Plan {
  readonly metric: string;
  readonly groupBy: readonly string[];
  readonly period: boolean;
  readonly spec: SummarySpec<unknown>;
  readonly columnNames: Readonly<Record<string, string>>;
}

/** The plans of the queries built, for {@link readSummaryRows}: a query is plain data, its reading is ours. */
const plans = new WeakMap<object, Plan>();

const TARGET_KEYS = ['dialect', 'from', 'groupBy', 'period', 'identifierQuote'];
const DIALECTS: readonly SqlDialect[] = ['duckdb', 'postgres', 'portable'];
const STORAGES: readonly SqlTimeStorage[] = ['instant', 'utc', 'epochSeconds', 'epochMilliseconds'];

/** A name of a column or table: a non-empty string without NUL, at most 128 characters. */
function checkIdentifier(metric: string, field: string, value: unknown): string {
  const expected = 'a column or table name: a non-empty string of at most 128 characters, without NUL';
  if (typeof value !== 'string') fail(metric, field, 'WRONG_TYPE', expected, value);
  if (value.length === 0 || value.length > 128 || value.includes('\0')) fail(metric, field, 'OUT_OF_RANGE', expected, value);
  return value;
}

function checkOneOf<T extends string>(metric: string, field: string, value: unknown, allowed: readonly T[]): T {
  const expected = `one of ${allowed.map((name) => `"${name}"`).join(', ')}`;
  if (typeof value !== 'string') fail(metric, field, 'WRONG_TYPE', expected, value);
  if (!(allowed as readonly string[]).includes(value)) fail(metric, field, 'UNKNOWN_VALUE', expected, value);
  return value as T;
}

interface Source {
  readonly leading: readonly unknown[];
  /** `WITH "source" AS (…) ` or ''. */
  readonly prefix: (sql: SqlWriter) => string;
  readonly table: (sql: SqlWriter) => string;
}

function checkSource(metric: string, value: unknown): Source {
  const field = 'input.from';
  if (typeof value === 'string') {
    const name = checkIdentifier(metric, field, value);
    return { leading: [], prefix: () => '', table: (sql) => sql.id(name) };
  }
  if (Array.isArray(value)) {
    const parts = (value as readonly unknown[]).map((part, i) => checkIdentifier(metric, `${field}[${String(i)}]`, part));
    if (parts.length === 0) fail(metric, field, 'EMPTY', 'a table name or its parts', value);
    return { leading: [], prefix: () => '', table: (sql) => parts.map((part) => sql.id(part)).join('.') };
  }
  if (!isPlainObject(value)) {
    fail(metric, field, 'WRONG_TYPE', 'a table name, its parts, or { query, values? }', value);
  }
  const object = checkRequiredOptions(metric, value, ['query', 'values'], field);
  const query = object['query'];
  if (typeof query !== 'string') fail(metric, `${field}.query`, 'WRONG_TYPE', 'the SQL text of a query', query);
  if (query.trim() === '') fail(metric, `${field}.query`, 'EMPTY', 'the SQL text of a query', query);
  const values = object['values'] ?? [];
  if (!Array.isArray(values)) fail(metric, `${field}.values`, 'WRONG_TYPE', 'an array of parameter values', values);
  return {
    leading: values as readonly unknown[],
    prefix: (sql) => `WITH ${sql.id('source')} AS (${query}) `,
    table: (sql) => sql.id('source'),
  };
}

/**
 * Builds the summary query of a family and its companion check queries, after checking the
 * builder's input (`metric` names the builder) and the family's own options (`checkOptions`,
 * which runs the JavaScript function's checks).
 */
export function buildSummaryQuery<S>(metric: string, input: unknown, spec: SummarySpec<S>, checkOptions: () => void): SummaryQuery<S> {
  const fields = spec.columns.map((column) => column.field);
  const object = checkRequiredOptions(metric, input, [...TARGET_KEYS, ...fields], 'input');
  const dialect = checkOneOf(metric, 'input.dialect', object['dialect'], DIALECTS);
  const quote = checkOneOf(metric, 'input.identifierQuote', object['identifierQuote'] ?? '"', ['"', '`'] as const);
  const source = checkSource(metric, object['from']);
  const groupByValue = object['groupBy'] ?? [];
  if (!Array.isArray(groupByValue)) fail(metric, 'input.groupBy', 'WRONG_TYPE', 'an array of column names', groupByValue);
  const groupBy = (groupByValue as readonly unknown[]).map((name, i) => checkIdentifier(metric, `input.groupBy[${String(i)}]`, name));
  const columnNames: Record<string, string> = {};
  for (const column of spec.columns) {
    const value = object[column.field];
    if (value === undefined && column.optional === true) continue;
    columnNames[column.field] = checkIdentifier(metric, `input.${column.field}`, value);
  }
  const period = object['period'] === undefined ? undefined : checkPeriodInput(metric, object['period']);
  if (period !== undefined && dialect === 'portable') {
    fail(metric, 'input.period', 'INCONSISTENT', 'absent in the portable dialect (bucket time in your own query)', object['period']);
  }
  checkOptions();

  const writer = (): SqlWriter => new SqlWriter(dialect, quote, source.leading);
  const nullsChecked = new Set(spec.columns.filter((column) => column.nulls === 'checked').map((column) => column.field));
  const rejected = (field: string, column: string, accepted: string): string =>
    nullsChecked.has(field) ? `NOT (${accepted})` : `${column} IS NOT NULL AND NOT (${accepted})`;
  const quoted = (sql: SqlWriter): Columns =>
    Object.fromEntries(Object.entries(columnNames).map(([field, name]) => [field, sql.id(name)]));

  // The summary query.
  const sql = writer();
  const columns = quoted(sql);
  let prefix = source.prefix(sql);
  let table = source.table(sql);
  if (spec.judged !== undefined) {
    const judged = `${sql.id('judged')} AS (${spec.judged(sql, columns, table)}) `;
    prefix = prefix === '' ? `WITH ${judged}` : `${prefix.trimEnd()}, ${judged}`;
    table = sql.id('judged');
  }
  const keys = groupBy.map((name) => sql.id(name));
  if (period !== undefined) {
    keys.push(sql.periodKey(metric, sql.id(period.column), period.unit, period.timeZone, period.storedAs));
  }
  const select = keys.map((key, i) => `${key} AS ${sql.id(i < groupBy.length ? `g${String(i)}` : 'period')}`);
  if (spec.detail !== undefined) select.push(`${spec.detail.expression(sql, columns)} AS ${sql.id('detail')}`);
  // Grouped by position: an expression with parameters is written once, whatever the dialect.
  const positions = select.map((_, i) => String(i + 1)).join(', ');
  for (const [alias, expression] of Object.entries(spec.aggregates(sql, columns))) select.push(`${expression} AS ${sql.id(`s_${alias}`)}`);
  // Per checked column, its bad rows, unless they follow from the aggregates.
  if (spec.bad === undefined) {
    for (const [field, accepted] of Object.entries(spec.accepted(sql, columns))) {
      select.push(`${sql.countWhere(rejected(field, columns[field]!, accepted))} AS ${sql.id(`bad_${field}`)}`);
    }
  }
  const grouping = positions === '' ? '' : ` GROUP BY ${positions} ORDER BY ${positions}`;
  const text = `${prefix}SELECT ${select.join(', ')} FROM ${table}${grouping}`;

  // The check queries, one per checked column.
  const checks: Record<string, SqlQuery> = {};
  const probe = writer();
  for (const field of Object.keys(spec.accepted(probe, quoted(probe)))) {
    const check = writer();
    const checkPrefix = source.prefix(check);
    const column = quoted(check)[field]!;
    const accepted = spec.accepted(check, quoted(check), field)[field]!;
    checks[field] = {
      text:
        `${checkPrefix}SELECT ${column} AS ${check.id('value')}, COUNT(*) AS ${check.id('rows')}, ` +
        `SUM(COUNT(*)) OVER () AS ${check.id('total')} FROM ${source.table(check)} ` +
        `WHERE ${rejected(field, column, accepted)} GROUP BY ${column} ORDER BY COUNT(*) DESC LIMIT 5`,
      values: check.values,
    };
  }
  const query: SummaryQuery<S> = { metric, text, values: sql.values, checks };
  plans.set(query, { metric, groupBy, period: period !== undefined, spec: spec, columnNames });
  return query;
}

function checkPeriodInput(
  metric: string,
  value: unknown,
): { column: string; unit: 'day' | 'week' | 'month'; timeZone: string; storedAs: SqlTimeStorage } {
  const object = checkRequiredOptions(metric, value, ['column', 'unit', 'timeZone', 'storedAs'], 'input.period');
  const column = checkIdentifier(metric, 'input.period.column', object['column']);
  const unit = checkPeriod(metric, 'input.period.unit', object['unit']);
  const timeZone = object['timeZone'] ?? 'UTC';
  // An IANA name that Intl knows (as periodKey requires); not an offset such as "+05:30", which
  // PostgreSQL would read as a POSIX zone, east and west swapped.
  zoneFormatter(metric, 'input.period.timeZone', timeZone);
  if (!/^[A-Za-z]/.test(timeZone as string)) {
    fail(metric, 'input.period.timeZone', 'UNKNOWN_VALUE', 'an IANA time zone name such as "Europe/London" or "UTC"', timeZone);
  }
  const storedAs = checkOneOf(metric, 'input.period.storedAs', object['storedAs'] ?? 'instant', STORAGES);
  return { column, unit, timeZone: timeZone as string, storedAs };
}

/** The plan of a query built by a builder; `WRONG_TYPE` for anything else. */
function planOf(metric: string, query: unknown): Plan {
  const plan = typeof query === 'object' && query !== null ? plans.get(query) : undefined;
  if (plan === undefined) fail(metric, 'query', 'WRONG_TYPE', 'a query built by an xSummarySql function, such as npsSummarySql', query);
  return plan;
}

/** A decimal number as PostgreSQL writes `numeric` and `int8`: `42`, `-3.50`, `1e3`. */
const DECIMAL = /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i;

const COUNT_EXPECTED = 'a count: a whole number ≥ 0 as a number, a bigint or a string of digits';

/** A count as a driver sends it: a number, a bigint (DuckDB) or a string of digits (node-postgres `int8`, `numeric`). */
export function readCount(metric: string, field: string, value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'bigint') {
    if (value < 0n) fail(metric, field, 'NEGATIVE', COUNT_EXPECTED, value);
    return bigintToNumber(metric, field, value, COUNT_EXPECTED);
  }
  const number = typeof value === 'string' && DECIMAL.test(value) ? Number(value) : value;
  if (typeof number !== 'number') fail(metric, field, 'WRONG_TYPE', COUNT_EXPECTED, value);
  if (!Number.isInteger(number)) fail(metric, field, Number.isFinite(number) ? 'NOT_INTEGER' : 'NOT_FINITE', COUNT_EXPECTED, value);
  if (number < 0) fail(metric, field, 'NEGATIVE', COUNT_EXPECTED, value);
  if (number > Number.MAX_SAFE_INTEGER) fail(metric, field, 'OUT_OF_RANGE', COUNT_EXPECTED, value);
  return number;
}

const REAL_EXPECTED = 'a number, a bigint or a decimal string';

/** A real as a driver sends it: a number, a bigint, a decimal string (`numeric`); NULL is null. */
export function readReal(metric: string, field: string, value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value === 0 ? 0 : value;
  if (typeof value === 'bigint') return bigintToNumber(metric, field, value, REAL_EXPECTED);
  if (typeof value === 'string' && DECIMAL.test(value)) {
    const number = Number(value);
    return number === 0 ? 0 : number;
  }
  if (value === 'NaN') return Number.NaN;
  if (value === 'Infinity') return Number.POSITIVE_INFINITY;
  if (value === '-Infinity') return Number.NEGATIVE_INFINITY;
  return fail(metric, field, 'WRONG_TYPE', REAL_EXPECTED, value);
}

/**
 * A group key value as a report shows it: bigint → number (or its digits beyond 2⁵³), Date → ISO
 * string; a list or another object is `WRONG_TYPE` (group by scalar columns).
 */
function readKey(metric: string, field: string, value: unknown): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'bigint') {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : String(value);
  }
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return fail(metric, field, 'WRONG_TYPE', 'a group key: a string, number, bigint, boolean, Date or NULL', value);
}

/** A value of a checked column as the JavaScript check should see it (a numeric string of `numeric` → a number). */
function exampleValue(kind: SqlColumn['kind'], value: unknown): unknown {
  if (kind !== 'number' || typeof value !== 'string') return value;
  try {
    return readReal('', '', value);
  } catch {
    return value;
  }
}

/**
 * The error for `badRows` bad values in `field`: with the check query's rows, the JavaScript
 * function's own code for the most frequent one; without them, `INCONSISTENT` (the rows hold
 * values the summary does not count) and where to find them.
 */
function checkError(plan: Plan, field: string, badRows: number, checkRows: unknown): SqlCheckError {
  const column = plan.columnNames[field]!;
  const details = { metric: plan.metric, field: `column "${column}"`, column, badRows };
  if (checkRows === undefined) {
    return new SqlCheckError({
      ...details,
      code: 'INCONSISTENT',
      expected: `only values the JavaScript function accepts (the query's checks.${field} lists the others)`,
      received: undefined,
      examples: [],
    });
  }
  const kind = plan.spec.columns.find((entry) => entry.field === field)?.kind ?? 'text';
  const examples = readRows(plan.metric, `checks.${field}`, checkRows).map((row, i) => ({
    value: exampleValue(kind, row['value']),
    rows: readCount(plan.metric, `checks.${field}[${String(i)}].rows`, row['rows']),
  }));
  let cause: MetricInputError | undefined;
  try {
    plan.spec.reject(field, examples[0]?.value);
  } catch (error) {
    if (error instanceof MetricInputError) cause = error;
    else throw error;
  }
  return new SqlCheckError({
    ...details,
    code: cause?.code ?? 'INCONSISTENT',
    expected: cause?.expected ?? 'only values the JavaScript function accepts',
    received: examples[0]?.value,
    examples,
  });
}

/** Result rows: an iterable of objects. */
function readRows(metric: string, field: string, rows: unknown): Readonly<Record<string, unknown>>[] {
  if (typeof rows !== 'object' || rows === null || typeof (rows as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function') {
    fail(metric, field, 'WRONG_TYPE', 'result rows: objects keyed by column name', rows);
  }
  return [...(rows as Iterable<unknown>)].map((row, i) => {
    if (typeof row !== 'object' || row === null) fail(metric, `${field}[${String(i)}]`, 'WRONG_TYPE', 'a row object keyed by column name', row);
    return row as Readonly<Record<string, unknown>>;
  });
}

/**
 * Reads the rows of a summary query into summaries. If a group counted bad values, throws a
 * {@link SqlCheckError} for the first column that has some, built from `checks[field]` (the
 * rows of that column's check query) when given.
 */
export function readSummaryRows<S>(
  metric: string,
  query: SummaryQuery<S>,
  rows: unknown,
  checks?: Readonly<Record<string, unknown>>,
): SummaryRow<S>[] {
  const plan = planOf(metric, query);
  if (checks !== undefined && !isPlainObject(checks)) fail(metric, 'checks', 'WRONG_TYPE', 'an object of check rows by field', checks);
  // The rows of each group (one, unless the family has a detail), in the order of the rows.
  const parts = new Map<
    string,
    { groups: Record<string, string | number | boolean | null>; period: string | undefined; rows: { detail: unknown; row: SummaryReader }[] }
  >();
  // Bad rows found, per checked field, over all groups.
  const bad = new Map<string, number>();
  readRows(metric, 'rows', rows).forEach((record, index) => {
    const at = `rows[${String(index)}]`;
    const reader: SummaryReader = {
      count: (alias) => readCount(metric, `${at}.s_${alias}`, record[`s_${alias}`]),
      real: (alias) => readReal(metric, `${at}.s_${alias}`, record[`s_${alias}`]),
    };
    const counted =
      plan.spec.bad?.(reader) ??
      Object.fromEntries(Object.keys(plan.columnNames).map((field) => [field, readCount(metric, `${at}.bad_${field}`, record[`bad_${field}`])]));
    for (const [field, rowsBad] of Object.entries(counted)) if (rowsBad > 0) bad.set(field, (bad.get(field) ?? 0) + rowsBad);
    if (bad.size > 0) return;
    const groups: Record<string, string | number | boolean | null> = {};
    plan.groupBy.forEach((name, i) => {
      groups[name] = readKey(metric, `${at}.g${String(i)}`, record[`g${String(i)}`]);
    });
    let period: string | undefined;
    if (plan.period) {
      const value = record['period'];
      if (typeof value !== 'string') fail(metric, `${at}.period`, 'WRONG_TYPE', 'a period key (a string)', value);
      period = value;
    }
    const id = JSON.stringify([Object.values(groups), period ?? null]);
    const group = parts.get(id) ?? { groups, period, rows: [] };
    if (plan.spec.detail === undefined && group.rows.length > 0) {
      fail(metric, at, 'INCONSISTENT', 'one row per group (the rows of the query as it was built)', id);
    }
    group.rows.push({ detail: record['detail'], row: reader });
    parts.set(id, group);
  });
  for (const [field, badRows] of bad) throw checkError(plan, field, badRows, checks?.[field]);
  const detail = plan.spec.detail;
  // Without groups, an empty table is one empty summary, as the JavaScript summary of no rows.
  if (detail !== undefined && parts.size === 0 && plan.groupBy.length === 0 && !plan.period) return [{ groups: {}, summary: detail.fold([]) as S }];
  return [...parts.values()].map(({ groups, period, rows: group }) => {
    const summary = (detail === undefined ? plan.spec.build(group[0]!.row) : detail.fold(group)) as S;
    return period === undefined ? { groups, summary } : { groups, period, summary };
  });
}

/**
 * Runs a summary query with `run`; when a group counted bad values, runs the check query of the
 * first column that has some and throws a {@link SqlCheckError} with its most frequent bad
 * values and their counts.
 */
export async function runSummaryQuery<S>(
  metric: string,
  query: SummaryQuery<S>,
  run: (text: string, values: readonly unknown[]) => Promise<readonly Readonly<Record<string, unknown>>[]>,
): Promise<SummaryRow<S>[]> {
  planOf(metric, query);
  if (typeof run !== 'function') fail(metric, 'run', 'WRONG_TYPE', 'a function (text, values) => Promise<rows>', run);
  const rows = await run(query.text, query.values);
  try {
    return readSummaryRows(metric, query, rows);
  } catch (error) {
    if (!(error instanceof SqlCheckError) || error.examples.length > 0) throw error;
    const field = Object.keys(query.checks).find((name) => `column "${planOf(metric, query).columnNames[name]!}"` === error.field);
    if (field === undefined) throw error;
    const check = query.checks[field]!;
    return readSummaryRows(metric, query, rows, { [field]: await run(check.text, check.values) });
  }
}
