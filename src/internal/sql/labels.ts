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

/**
 * The capitals whose JavaScript lower case is not the engines' simple case mapping, with the
 * letter the engines give: `İ` (JavaScript: `i` and U+0307, DuckDB: `i`) and `Σ` (JavaScript: `ς`
 * at the end of a word, DuckDB: `σ`). A text holding one could be lower-cased by the engine to a
 * label JavaScript does not see in it, so it matches no label that holds that letter. (Not
 * covered: a PostgreSQL database under a Turkish locale, whose `lower('I')` is `ı`.)
 */
const CAPITALS_LOWERED_OTHERWISE = [
  ['\u0130', 'i'],
  ['\u03a3', '\u03c3'],
] as const;

/**
 * True when `column` is text whose normalised label is one of `labels` (FALSE for none), and the
 * engine's case folding cannot have made it one that JavaScript's does not (see above).
 */
export function labelIn(sql: SqlWriter, column: string, labels: readonly string[]): string {
  if (labels.length === 0) return 'FALSE';
  const text = sql.dialect === 'portable' ? column : `CAST(${column} AS TEXT)`;
  const guards = CAPITALS_LOWERED_OTHERWISE.filter(([, lower]) => labels.some((label) => label.includes(lower))).map(
    ([capital]) => `POSITION(${sql.param(capital)} IN ${text}) = 0`,
  );
  return [isText(sql, column), ...guards, `${normalisedLabel(sql, column)} IN (${sql.params(labels)})`].join(' AND ');
}
