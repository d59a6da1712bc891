import { durationPercentile, type DurationPercentileOptions } from '../operations/durationPercentile.js';
import { asMetric } from '../internal/summaries/npsCounts.js';
import { buildSummaryQuery, type SummarySpec } from '../internal/sql/summaryQuery.js';
import { checkedNumber } from '../internal/sql/sqlText.js';
import type { SqlTarget, SummaryQuery } from '../internal/types/sql.js';

/** Where {@link durationPercentileSql} reads: a {@link SqlTarget} and the duration column. @category SQL */
export interface DurationPercentileSqlInput extends SqlTarget {
  /** The column of durations in seconds (≥ 0); NULL is skipped. */
  readonly duration: string;
}

/** One group's exact percentile, computed by the engine. @category SQL */
export interface DurationPercentileResult {
  /** How many durations. */
  readonly count: number;
  /** Rows without a duration (NULL), skipped. */
  readonly unanswered: number;
  /** The percentile, in seconds; `null` for a group without durations. */
  readonly seconds: number | null;
}

/**
 * The SQL of {@link durationPercentile}: the exact percentile of each group, computed by the
 * engine with the same definition (Hyndman & Fan's type 7: `quantile_cont` in DuckDB,
 * `percentile_cont … WITHIN GROUP` in PostgreSQL and the portable dialect), equal to the
 * JavaScript value to rounding. Exact percentiles do not merge (the median of two medians is not
 * the median): for one that merges across shards and days, use `approximatePercentileSummarySql`.
 * A negative or non-finite duration is a bad value, as in JavaScript. The portable form is the
 * SQL standard's ordered-set aggregate (Snowflake, Spark SQL, SQL Server); BigQuery, Trino and
 * ClickHouse spell percentiles otherwise.
 *
 * @param input - The dialect, the table or query, the duration column, group columns and period.
 * @param options - The percentile, 0–100, as in {@link durationPercentile}.
 * @returns The query; each row reads as a {@link DurationPercentileResult}.
 * @throws {@link MetricInputError} the common input checks on `input` and `options`.
 *
 * @example
 * ```ts
 * import { durationPercentileSql, readSummaries } from 'service-metrics/sql';
 *
 * const query = durationPercentileSql({ dialect: 'duckdb', from: 'calls', duration: 'wait_seconds' }, { percentile: 90 });
 * // quantile_cont(wait_seconds, 0.9) over 12, 3, 45, 20 and 8 is 35 (as durationPercentile's example):
 * const [all] = readSummaries(query, [{ s_count: 5n, s_rows: 5n, s_seconds: 35, bad_duration: 0n }]);
 * all!.summary; // => { count: 5, unanswered: 0, seconds: 35 }
 * ```
 * @see Hyndman, R. J., & Fan, Y. (1996). Sample quantiles in statistical packages. *The
 * American Statistician*, 50(4), 361–365.
 * @see {@link https://duckdb.org/docs/stable/sql/functions/aggregates | DuckDB: aggregate functions} (`quantile_cont`)
 * @category SQL
 */
export function durationPercentileSql(
  input: DurationPercentileSqlInput,
  options: DurationPercentileOptions,
): SummaryQuery<DurationPercentileResult> {
  const metric = 'durationPercentileSql';
  const checkOptions = (): void => {
    asMetric(metric, () => durationPercentile([0], options));
  };
  const spec: SummarySpec<DurationPercentileResult> = {
    columns: [{ field: 'duration', kind: 'number' }],
    aggregates: (sql, { duration }) => {
      const fraction = checkedNumber(options.percentile) / 100;
      const percentile =
        sql.dialect === 'duckdb'
          ? `quantile_cont(${duration!}, ${sql.param(fraction)})`
          : `PERCENTILE_CONT(${sql.dialect === 'postgres' ? `CAST(${sql.param(fraction)} AS DOUBLE PRECISION)` : sql.param(fraction)}) WITHIN GROUP (ORDER BY ${duration!})`;
      return { count: `COUNT(${duration!})`, rows: 'COUNT(*)', seconds: sql.double(percentile) };
    },
    accepted: (sql, { duration }) => ({ duration: `${duration!} >= 0 AND NOT (${sql.notFinite(duration!)})` }),
    build: (row) => ({ count: row.count('count'), unanswered: row.count('rows') - row.count('count'), seconds: row.real('seconds') }),
    reject: (_field, value) => durationPercentile([value as number], options),
  };
  return buildSummaryQuery(metric, input, spec, checkOptions);
}
