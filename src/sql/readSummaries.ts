import { readSummaryRows } from '../internal/sql/summaryQuery.js';
import type { SummaryQuery, SummaryRow } from '../internal/types/sql.js';

/**
 * Reads the result rows of a summary query (built by an `xSummarySql` function) into one
 * summary per group, exactly: counts as numbers, bigints (DuckDB) or strings of digits
 * (node-postgres `int8` and `numeric`), reals as numbers or decimal strings. Then compute the
 * metric with the library's `xFromSummary`, merge groups with `mergeXSummaries`, or compare
 * them with the descriptors (`groupSummaries`, `periodSeriesFromSummaries`, `compareGroups`).
 *
 * @param query - The query, as its builder returned it.
 * @param rows - Its result rows, objects keyed by column name (`result.rows` of node-postgres,
 * `reader.getRowObjectsJS()` of DuckDB).
 * @param checks - The rows of check queries (`query.checks.score`), by field, when you ran
 * them: a bad value is then reported with the JavaScript function's own code.
 * @returns One `{ groups, period?, summary }` per row, in the rows' order.
 * @throws {@link SqlCheckError} when a group counted values the JavaScript function would
 * reject: with `checks` for that column, its code for the most frequent value (`OUT_OF_RANGE`
 * for 11 on 0–10), else `INCONSISTENT` (run `query.checks[field]`, or use {@link querySummaries},
 * which does); {@link MetricInputError} `WRONG_TYPE` for a query not built by a builder or a
 * row value that is not a count.
 *
 * @example
 * ```ts
 * import { npsFromSummary } from 'service-metrics';
 * import { npsSummarySql, readSummaries } from 'service-metrics/sql';
 *
 * const query = npsSummarySql({ dialect: 'postgres', from: 'responses', score: 'score' });
 * // node-postgres returns counts as strings:
 * const rows = [{ s_promoters: '50', s_passives: '30', s_detractors: '20', s_answered: '100', s_rows: '104' }];
 * const [all] = readSummaries(query, rows);
 * npsFromSummary(all!.summary); // => 30
 * ```
 * @category SQL
 */
export function readSummaries<S>(
  query: SummaryQuery<S>,
  rows: Iterable<Readonly<Record<string, unknown>>>,
  checks?: Readonly<Record<string, Iterable<Readonly<Record<string, unknown>>>>>,
): SummaryRow<S>[] {
  return readSummaryRows('readSummaries', query, rows, checks);
}
