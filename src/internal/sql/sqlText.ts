import { fail } from '../checks/validate.js';
import type { Period } from '../types/segments.js';
import type { SqlDialect, SqlTimeStorage } from '../types/sql.js';

/**
 * Writes the SQL text of one query for one dialect: identifiers quoted, values as parameters
 * (never spliced into the text), conditional counts with `FILTER` or `SUM(CASE …)`.
 */
export class SqlWriter {
  readonly values: unknown[];

  constructor(
    readonly dialect: SqlDialect,
    private readonly quoteMark: '"' | '`',
    leadingValues: readonly unknown[],
  ) {
    this.values = [...leadingValues];
  }

  /** A quoted identifier: the mark doubled inside, so any name stays one identifier. */
  id(name: string): string {
    const mark = this.quoteMark;
    return mark + name.split(mark).join(mark + mark) + mark;
  }

  /** A parameter placeholder for `value`, added to the values. */
  param(value: unknown): string {
    this.values.push(value);
    return this.dialect === 'portable' ? '?' : `$${String(this.values.length)}`;
  }

  /** Placeholders for a list of values, comma-separated (for `IN (…)`). */
  params(values: readonly unknown[]): string {
    return values.map((value) => this.param(value)).join(', ');
  }

  /** How many rows of the group satisfy `predicate`. */
  countWhere(predicate: string): string {
    return this.dialect === 'portable' ? `SUM(CASE WHEN ${predicate} THEN 1 ELSE 0 END)` : `COUNT(*) FILTER (WHERE ${predicate})`;
  }

  /** How many rows have `column` in `values`; `0` for an empty list (a class with no score). */
  countIn(column: string, values: readonly number[]): string {
    return values.length === 0 ? '0' : this.countWhere(`${column} IN (${this.params(values)})`);
  }

  /** An aggregate read as a double (PostgreSQL returns `numeric` for `AVG` of integers). */
  double(expression: string): string {
    if (this.dialect === 'postgres') return `CAST(${expression} AS DOUBLE PRECISION)`;
    if (this.dialect === 'duckdb') return `CAST(${expression} AS DOUBLE)`;
    return expression;
  }

  /** A parameter that the engine must read as a double (PostgreSQL cannot infer it inside some expressions). */
  doubleParam(value: number): string {
    return this.double(this.param(value));
  }

  /** True exactly for NaN, Infinity and −Infinity on every engine (NaN · 0 and ∞ · 0 are NaN, and NaN ≠ 0). */
  notFinite(column: string): string {
    return `${column} * 0 <> 0`;
  }

  /** The period key of a time column in a time zone, as `periodKey` writes it. */
  periodKey(metric: string, column: string, unit: Period, timeZone: string, storedAs: SqlTimeStorage): string {
    if (this.dialect === 'portable') {
      fail(metric, 'input.period', 'INCONSISTENT', 'absent in the portable dialect (bucket time in your own query)', unit);
    }
    if (this.dialect === 'duckdb') {
      const instant = {
        instant: `CAST(${column} AS TIMESTAMPTZ)`,
        utc: `timezone('UTC', CAST(${column} AS TIMESTAMP))`,
        epochSeconds: `to_timestamp(${column})`,
        epochMilliseconds: `to_timestamp(${column} / 1000.0)`,
      }[storedAs];
      const format = { day: '%Y-%m-%d', week: '%G-W%V', month: '%Y-%m' }[unit];
      // In UTC the wall time is the instant's own microseconds: the same key without a call
      // into ICU for every row (3–4 times faster on 10 million rows).
      const wallTime = timeZone === 'UTC' ? `make_timestamp(epoch_us(${instant}))` : `timezone(${this.param(timeZone)}, ${instant})`;
      return `strftime(${wallTime}, '${format}')`;
    }
    const instant = {
      instant: `CAST(${column} AS TIMESTAMPTZ)`,
      utc: `(CAST(${column} AS TIMESTAMP) AT TIME ZONE 'UTC')`,
      epochSeconds: `to_timestamp(${column})`,
      epochMilliseconds: `to_timestamp(${column} / 1000.0)`,
    }[storedAs];
    const format = { day: 'YYYY-MM-DD', week: 'IYYY-"W"IW', month: 'YYYY-MM' }[unit];
    return `to_char(${instant} AT TIME ZONE CAST(${this.param(timeZone)} AS TEXT), '${format}')`;
  }
}

/** The integers from `from` to `to`, both included (none when `to` < `from`). */
export function integersFrom(from: number, to: number): number[] {
  const list: number[] = [];
  for (let value = from; value <= to; value++) list.push(value);
  return list;
}

/** An option the JavaScript function has already checked, a number or a bigint, as a number. */
export function checkedNumber(value: unknown): number {
  return Number(value);
}
