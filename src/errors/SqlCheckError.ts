import { MetricInputError, type MetricInputErrorDetails } from './MetricInputError.js';

/** A bad value found in a column by a summary query's check, and how many rows hold it. @category SQL */
export interface SqlCheckExample {
  /** The value, as the driver returned it (a numeric string of `numeric` read as a number). */
  readonly value: unknown;
  /** How many rows hold it; `null` when only the summary query's one example is known. */
  readonly rows: number | null;
}

/** What a {@link SqlCheckError} is built from. @category SQL */
export interface SqlCheckErrorDetails extends MetricInputErrorDetails {
  /** The column that holds the bad values. */
  readonly column: string;
  /** How many rows of the column hold a value the JavaScript function would reject. */
  readonly badRows: number;
  /** The most frequent bad values (at most 5), most frequent first. */
  readonly examples: readonly SqlCheckExample[];
}

/**
 * Bad values found in the database by a summary query: a `MetricInputError` whose `code`,
 * `expected` and `received` are those the JavaScript function gives for the first bad value
 * (`OUT_OF_RANGE` for 11 on a 0–10 scale, `NOT_INTEGER` for 7.5), whose `field` names the
 * column, and which adds how many rows are bad and the most frequent bad values. No summary is
 * returned from a query whose check found bad values.
 *
 * @example
 * ```ts
 * import { npsSummarySql, readSummaries, SqlCheckError } from 'service-metrics/sql';
 *
 * const query = npsSummarySql({ dialect: 'duckdb', from: 'responses', score: 'score' });
 * // 13 answers, of which 3 are in no class; the check query lists them: 11 twice, 7.5 once.
 * const rows = [{ s_promoters: 5n, s_passives: 3n, s_detractors: 2n, s_answered: 13n, s_rows: 13n }];
 * const checks = { score: [{ value: 11, rows: 2n, total: 3n }, { value: 7.5, rows: 1n, total: 3n }] };
 * readSummaries(query, rows); // => throws INCONSISTENT
 * readSummaries(query, rows, checks); // => throws OUT_OF_RANGE
 * try {
 *   readSummaries(query, rows, checks);
 * } catch (error) {
 *   if (error instanceof SqlCheckError) {
 *     error.message;
 *     // => 'npsSummarySql: column "score" must be an integer from 0 to 10; received 11 (3 rows with bad values: 11 in 2 rows, 7.5 in 1 row)'
 *   }
 * }
 * ```
 * @category SQL
 */
export class SqlCheckError extends MetricInputError {
  /** The column that holds the bad values. */
  readonly column: string;
  /** How many rows of the column hold a value the JavaScript function would reject. */
  readonly badRows: number;
  /** The most frequent bad values (at most 5), most frequent first. */
  readonly examples: readonly SqlCheckExample[];

  constructor(details: SqlCheckErrorDetails) {
    super(details);
    this.column = details.column;
    this.badRows = details.badRows;
    this.examples = details.examples;
    const listed = details.examples
      .filter((example) => example.rows !== null)
      .map((example) => `${describe(example.value)} in ${plural(example.rows ?? 0, 'row')}`);
    this.message += ` (${plural(details.badRows, 'row')} with bad values${listed.length > 0 ? `: ${listed.join(', ')}` : ''})`;
  }
}

function plural(count: number, noun: string): string {
  return `${String(count)} ${noun}${count === 1 ? '' : 's'}`;
}

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
