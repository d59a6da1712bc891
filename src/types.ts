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
 * A number as a database driver may send it: a `number`, or a `bigint` within ±(2⁵³ − 1), read
 * exactly (DuckDB and Arrow Int64 columns, `COUNT(*)`); beyond that range, `OUT_OF_RANGE`.
 *
 * @category Conventions
 */
export type Numeric = number | bigint;

/**
 * `T` as a warehouse or a driver sends it: every number may be a {@link Numeric} and every list
 * any iterable (a typed array, a `Set`). Results are never of this type: they hold numbers and
 * plain arrays.
 *
 * @typeParam T - The shape the library returns, such as {@link CsatSummary}.
 * @category Conventions
 */
export type FromWarehouse<T> = T extends number
  ? Numeric
  : T extends readonly (infer E)[]
    ? Iterable<FromWarehouse<E>>
    : T extends string | boolean | bigint | null | undefined
      ? T
      : { readonly [P in keyof T]: FromWarehouse<T[P]> };

/**
 * A summary `S` as a warehouse gives it: its numbers may be bigints and its lists any iterable
 * ({@link FromWarehouse}), and its bookkeeping fields `K` may be left out (by default
 * `unanswered`: a `COUNT(*) … GROUP BY score` has no row for blank answers; absent reads as 0).
 * Every `xFromSummary` takes it; `xSummary` and `mergeXSummaries` return `S`, every field
 * included. `meanFromSummary` also makes `sumOfSquaredDeviations` optional:
 * `SummaryCounts<MeanSummary, 'sumOfSquaredDeviations' | 'unanswered'>`.
 *
 * @typeParam S - The summary type, such as {@link NpsSummary}.
 * @typeParam K - Its fields that may be left out.
 * @category Conventions
 */
export type SummaryCounts<S, K extends keyof S = 'unanswered' & keyof S> = FromWarehouse<Omit<S, K> & Partial<Pick<S, K>>>;
