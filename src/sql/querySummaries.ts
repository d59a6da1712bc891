import { runSummaryQuery } from '../internal/sql/summaryQuery.js';
import type { SqlRunner, SummaryQuery, SummaryRow } from '../internal/types/sql.js';

/**
 * Runs a summary query with your driver and reads its rows ({@link readSummaries}). When the
 * query counted bad values, it runs the column's check query too, and the
 * {@link SqlCheckError} lists the most frequent bad values with their row counts. On good data
 * the check costs nothing: it runs only when something was found.
 *
 * @param query - The query, as its builder returned it.
 * @param run - Runs SQL text with parameter values and resolves to the rows as objects:
 * `(text, values) => client.query(text, values).then((r) => r.rows)` with node-postgres;
 * `async (text, values) => (await connection.runAndReadAll(text, values)).getRowObjectsJS()`
 * with `@duckdb/node-api`.
 * @returns One `{ groups, period?, summary }` per group.
 * @throws {@link SqlCheckError} for bad values in a checked column; what `run` throws (a SQL
 * error from the engine, such as an unknown column) as it is.
 *
 * @example
 * ```ts
 * import { npsFromSummary } from 'service-metrics';
 * import { npsSummarySql, querySummaries } from 'service-metrics/sql';
 *
 * const query = npsSummarySql({ dialect: 'duckdb', from: 'responses', score: 'score' });
 * const fake = async () => [{ s_promoters: 5n, s_passives: 3n, s_detractors: 2n, s_answered: 10n, s_rows: 10n }];
 * const [all] = await querySummaries(query, fake);
 * npsFromSummary(all!.summary); // => 30
 * ```
 * @category SQL
 */
export async function querySummaries<S>(query: SummaryQuery<S>, run: SqlRunner): Promise<SummaryRow<S>[]> {
  return runSummaryQuery('querySummaries', query, run);
}
