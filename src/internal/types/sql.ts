import type { Period } from './segments.js';

/**
 * The SQL a builder writes: `"duckdb"` and `"postgres"` (both tested live against the real
 * engines), or `"portable"`: `SUM(CASE …)` instead of `FILTER`, `?` parameters, no casts and no
 * periods, for engines that are not tested here (BigQuery, Snowflake, Spark SQL, Trino,
 * ClickHouse; see the guide "Your data is in a database").
 *
 * @category SQL
 */
export type SqlDialect = 'duckdb' | 'postgres' | 'portable';

/**
 * What a query reads: a table name (`"responses"`), a schema-qualified name as its parts
 * (`["analytics", "responses"]`), both quoted; or your own query, `{ query, values? }`, used as a
 * common table expression as written (its parameters, `values`, come first: `$1…` or `?`).
 *
 * @category SQL
 */
export type SqlSource = string | readonly string[] | SqlSubquery;

/** Your own query as the source of a summary query. @category SQL */
export interface SqlSubquery {
  /** The SQL text of a `SELECT`, used as `WITH "source" AS (query)`. */
  readonly query: string;
  /** Its parameter values, bound before the builder's own. @defaultValue [] */
  readonly values?: readonly unknown[];
}

/**
 * How a time column is stored, for time buckets: `"instant"` (a `TIMESTAMPTZ`, the default),
 * `"utc"` (a `TIMESTAMP` without time zone that holds UTC), `"epochSeconds"` or
 * `"epochMilliseconds"` (numbers).
 *
 * @category SQL
 */
export type SqlTimeStorage = 'instant' | 'utc' | 'epochSeconds' | 'epochMilliseconds';

/**
 * A time bucket for each group: the day, ISO week or month of `column` in `timeZone`, keyed as
 * {@link periodKey} keys it (`"2026-11-25"`, `"2026-W48"`, `"2026-11"`).
 *
 * @category SQL
 */
export interface SqlPeriod {
  /** The time column. */
  readonly column: string;
  /** `"day"`, `"week"` (ISO 8601) or `"month"`. */
  readonly unit: Period;
  /** An IANA time zone name. @defaultValue "UTC" */
  readonly timeZone?: string;
  /** How the column is stored. @defaultValue "instant" */
  readonly storedAs?: SqlTimeStorage;
}

/**
 * Where a summary query reads and how it groups; each builder adds the names of its own
 * columns (`score`, `waitSeconds`…). Every name is an identifier, quoted in the SQL, never
 * spliced as text.
 *
 * @category SQL
 */
export interface SqlTarget {
  /** The SQL to write. */
  readonly dialect: SqlDialect;
  /** The table or query to read. */
  readonly from: SqlSource;
  /** Columns to group by, one summary per combination of their values. @defaultValue [] */
  readonly groupBy?: readonly string[];
  /** A time bucket per group (not in the portable dialect). */
  readonly period?: SqlPeriod;
  /**
   * How identifiers are quoted: `'"'` (the SQL standard) or `` '`' `` (BigQuery, Spark SQL,
   * MySQL), for the portable dialect.
   *
   * @defaultValue '"'
   */
  readonly identifierQuote?: '"' | '`';
}

/** A query and its parameters, ready for a driver: `client.query(text, values)`. @category SQL */
export interface SqlQuery {
  /** The SQL text, with parameters as `$1…` (duckdb, postgres) or `?` (portable). */
  readonly text: string;
  /** The parameter values, in order. */
  readonly values: readonly unknown[];
}

/**
 * A summary query built by an `xSummarySql` function: one row per group, read back with
 * {@link readSummaries} (or run and read with {@link querySummaries}). It also counts, in each
 * group, the values the JavaScript function would reject; `checks` has, per checked column, the
 * companion query that lists them.
 *
 * @typeParam S - The summary each row becomes, such as {@link NpsSummary}.
 * @category SQL
 */
export interface SummaryQuery<S> extends SqlQuery {
  /** The builder that made it, such as `"npsSummarySql"`. */
  readonly metric: string;
  /**
   * Per checked input (`score`, `waitSeconds`…), a query whose rows are the values the
   * JavaScript function would reject, most frequent first (at most 5): `value`, `rows` (how many
   * rows hold it) and `total` (bad rows in the column).
   */
  readonly checks: Readonly<Record<string, SqlQuery>>;
  /** Only to carry the summary type. */
  readonly summaryType?: S;
}

/**
 * One group of a summary query's result.
 *
 * @typeParam S - The summary type.
 * @category SQL
 */
export interface SummaryRow<S> {
  /**
   * The value of each `groupBy` column, by column name. Numbers and strings as the driver gives
   * them, except: a bigint within ±(2⁵³ − 1) becomes a number (beyond, its decimal string), a
   * `Date` its ISO string.
   */
  readonly groups: Readonly<Record<string, string | number | boolean | null>>;
  /** The period key, when the query has a `period`. */
  readonly period?: string;
  /** The group's summary, for the library's `xFromSummary`, merges and descriptors. */
  readonly summary: S;
}

/**
 * Runs a query with a driver and returns its rows as objects keyed by column name:
 * `(text, values) => pg.query(text, values).then((result) => result.rows)`.
 *
 * @category SQL
 */
export type SqlRunner = (text: string, values: readonly unknown[]) => Promise<readonly Readonly<Record<string, unknown>>[]>;
