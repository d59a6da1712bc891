/**
 * Reads the value a metric needs from one row of a sample, as in d3's `mean(values, valueof)`:
 * `nps(rows, (row) => row.score)`. It is called exactly once per row, in order, with the row and
 * its index; return `null` or `undefined` for "no answer".
 *
 * @category Conventions
 */
export type Accessor<T, V> = (row: T, index: number) => V;

/**
 * One answer in a sample of numeric answers: a number (or a bigint within ±(2⁵³ − 1), read
 * exactly, as DuckDB and Arrow Int64 columns give), or `null` / `undefined` for "no answer"
 * (skipped and counted as unanswered).
 *
 * @category Conventions
 */
export type Answer = number | bigint | null | undefined;

/**
 * A summary `S` as a warehouse gives it, with the bookkeeping field `unanswered` optional (a
 * `COUNT(*) … GROUP BY score` has no row for blank answers; absent reads as 0). Every
 * `xFromSummary` takes it; `xSummary` and `mergeXSummaries` return `S`, `unanswered` included.
 *
 * @category Conventions
 */
export type SummaryCounts<S extends { readonly unanswered: number }> = Omit<S, 'unanswered'> & {
  /** Rows without an answer; 0 when absent. */
  readonly unanswered?: number;
};
