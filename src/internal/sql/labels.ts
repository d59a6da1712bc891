import type { SqlWriter } from './sqlText.js';

/**
 * The characters JavaScript's `String.prototype.trim` removes: WhiteSpace and LineTerminator
 * (ECMA-262 §22.1.3.32), every code point whose trimmed string is empty.
 */
export const JS_WHITESPACE = '\t\n\u000b\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/**
 * A text label as JavaScript's `label.trim().toLowerCase()` normalises it: trimmed of the same
 * characters, lower-cased by the engine (`lower`: Unicode in DuckDB, the database's locale in
 * PostgreSQL, ASCII only under the C locale). Adds one parameter (the characters).
 */
export function normalisedLabel(sql: SqlWriter, column: string): string {
  const text = sql.dialect === 'portable' ? column : `CAST(${column} AS TEXT)`;
  return `lower(TRIM(BOTH ${sql.param(JS_WHITESPACE)} FROM ${text}))`;
}

/**
 * True when `column` holds text (JavaScript reads only strings as labels): DuckDB's and
 * PostgreSQL's type of the column; the portable dialect trusts the column.
 */
export function isText(sql: SqlWriter, column: string): string {
  return {
    duckdb: `typeof(${column}) = 'VARCHAR'`,
    postgres: `pg_typeof(${column}) IN ('text'::regtype, 'character varying'::regtype)`,
    portable: 'TRUE',
  }[sql.dialect];
}

/** True when `column` is text whose normalised label is one of `labels` (FALSE for none). */
export function labelIn(sql: SqlWriter, column: string, labels: readonly string[]): string {
  if (labels.length === 0) return 'FALSE';
  return `${isText(sql, column)} AND ${normalisedLabel(sql, column)} IN (${sql.params(labels)})`;
}
