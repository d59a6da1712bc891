import { meanSummary, type MeanSummary } from '../stats/meanSummary.js';
import { durationStats } from '../operations/durationStats.js';
import { checkOptions, fail } from '../internal/checks/validate.js';
import { buildSummaryQuery, type SummarySpec } from '../internal/sql/summaryQuery.js';
import type { SqlTarget, SummaryQuery } from '../internal/types/sql.js';

/** Where {@link meanSummarySql} reads: a {@link SqlTarget} and the value column. @category SQL */
export interface MeanSummarySqlInput extends SqlTarget {
  /** The column of numbers (handle times, waits, scores); NULL is "no value". */
  readonly value: string;
}

/** Options of {@link meanSummarySql}. @category SQL */
export interface MeanSummarySqlOptions {
  /**
   * The values are durations (seconds of handle time, wait, resolution): a negative one is a bad
   * value, as {@link durationStats}, {@link averageHandleTime} and {@link averageWait} reject it.
   * Without it, any finite number is accepted, as in {@link meanSummary}.
   *
   * @defaultValue false
   */
  readonly durations?: boolean;
}

/**
 * The SQL of {@link meanSummary}: one {@link MeanSummary} per group, computed by the database:
 * count = `COUNT(value)`, mean = `AVG(value)` (0 with no value), sumOfSquaredDeviations =
 * `VAR_POP(value) × COUNT(value)` (0 for a count ≤ 1), unanswered = NULL rows. NaN and ±Infinity
 * are bad values (`NOT_FINITE`), and so, with `durations`, are negative values (`NEGATIVE`).
 * Values so far apart that the engine's variance overflows (about 1e154) are an engine error,
 * where {@link meanSummary} says `OUT_OF_RANGE`.
 *
 * The engine sums in another order than Welford's pass of {@link meanSummary}: means and sums of
 * squares agree with the JavaScript to rounding (about 1e-15 relative), not bit for bit. Merge
 * groups with {@link mergeMeanSummaries}, never by averaging means.
 *
 * @param input - The dialect, the table or query, the `value` column, group columns and period.
 * @param options - Whether the values are durations.
 * @returns The query: read its rows with {@link readSummaries}, or run it with {@link querySummaries}.
 * @throws {@link MetricInputError} the common input checks on `input` and `options`; reading a row
 * whose mean or spread the engine could not hold as a finite double is `OUT_OF_RANGE`.
 *
 * @example
 * ```ts
 * import { meanFromSummary } from 'service-metrics';
 * import { meanSummarySql, readSummaries } from 'service-metrics/sql';
 *
 * const query = meanSummarySql({ dialect: 'duckdb', from: 'calls', value: 'handle_seconds' }, { durations: true });
 * // Handle times 300, 420 and 240 s, and one NULL: mean 320, Σ (x − 320)² = 400 + 10,000 + 6,400.
 * const [all] = readSummaries(query, [{ s_count: 3n, s_mean: 320, s_spread: 16800, s_rows: 4n, bad_value: 0n }]);
 * all!.summary; // => { count: 3, mean: 320, sumOfSquaredDeviations: 16800, unanswered: 1 }
 * meanFromSummary(all!.summary); // => 320
 * ```
 * @see Welford, B. P. (1962). Note on a method for calculating corrected sums of squares and products. *Technometrics*, 4(3), 419–420.
 * @category SQL
 */
export function meanSummarySql(input: MeanSummarySqlInput, options?: MeanSummarySqlOptions): SummaryQuery<MeanSummary> {
  const metric = 'meanSummarySql';
  let durations = false;
  const checkDurations = (): void => {
    const { durations: given = false } = checkOptions(metric, options, ['durations']);
    if (typeof given !== 'boolean') fail(metric, 'options.durations', 'WRONG_TYPE', 'true or false', given);
    durations = given;
  };
  const spec: SummarySpec<MeanSummary> = {
    columns: [{ field: 'value', kind: 'number' }],
    aggregates: (sql, { value }) => {
      // Over finite values only: DuckDB's VAR_POP refuses NaN and ±Infinity (those rows are counted as bad).
      const finite = `CASE WHEN NOT (${sql.notFinite(value!)}) THEN ${value!} END`;
      return {
        count: `COUNT(${value!})`,
        mean: sql.double(`AVG(${finite})`),
        spread: sql.double(`VAR_POP(${finite}) * COUNT(${finite})`),
        rows: 'COUNT(*)',
      };
    },
    accepted: (sql, { value }) => ({
      value: durations ? `${value!} >= ${sql.param(0)} AND NOT (${sql.notFinite(value!)})` : `NOT (${sql.notFinite(value!)})`,
    }),
    build: (row) => {
      const count = row.count('count');
      const mean = count === 0 ? 0 : (row.real('mean') ?? 0);
      const spread = count <= 1 ? 0 : Math.max(0, row.real('spread') ?? 0);
      if (!Number.isFinite(mean) || !Number.isFinite(spread)) {
        fail(metric, 'rows', 'OUT_OF_RANGE', 'a finite mean and sum of squared deviations (values within about 1e154 of each other)', { mean, spread });
      }
      return { count, mean: mean + 0, sumOfSquaredDeviations: spread, unanswered: row.count('rows') - count };
    },
    reject: (_field, value) => (durations ? durationStats([value as number]) : meanSummary([value as number])),
  };
  return buildSummaryQuery(metric, input, spec, checkDurations);
}
