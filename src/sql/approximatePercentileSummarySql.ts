import {
  approximatePercentileSummary,
  type ApproximatePercentileSummary,
  type ApproximatePercentileSummaryOptions,
} from '../stats/approximatePercentile.js';
import { fail } from '../internal/checks/validate.js';
import { asMetric } from '../internal/summaries/npsCounts.js';
import { buildSummaryQuery, type SummarySpec } from '../internal/sql/summaryQuery.js';
import { checkedNumber } from '../internal/sql/sqlText.js';
import type { SqlTarget, SummaryQuery } from '../internal/types/sql.js';

/** Where {@link approximatePercentileSummarySql} reads: a {@link SqlTarget} and the value column. @category SQL */
export interface ApproximatePercentileSummarySqlInput extends SqlTarget {
  /** The column of values ≥ 0 (durations in seconds, amounts); NULL is skipped. */
  readonly value: string;
}

/**
 * The SQL of {@link approximatePercentileSummary}: each group's values counted in log-spaced
 * buckets by the engine (`CEIL(LN(value) / LN(γ))`, zeros apart), one row per group and bucket,
 * folded back into the summary, so that percentiles merge across shards and days and stay within
 * the relative accuracy of the exact ones ({@link approximatePercentileFromSummary}). The bucket of
 * a value exactly on a bucket edge may differ from JavaScript's by one where the engine's
 * logarithm differs in the last bit; the error bound holds either way. A negative or non-finite
 * value is a bad value, as in JavaScript.
 *
 * @param input - The dialect, the table or query, the value column, group columns and period.
 * @param options - The relative accuracy, as in {@link approximatePercentileSummary}.
 * @returns The query; read its rows with {@link querySummaries} or {@link readSummaries}.
 * @throws {@link MetricInputError} the common input checks on `input` and `options`.
 *
 * @example
 * ```ts
 * import { approximatePercentileFromSummary } from 'service-metrics';
 * import { approximatePercentileSummarySql, readSummaries } from 'service-metrics/sql';
 *
 * const query = approximatePercentileSummarySql({ dialect: 'duckdb', from: 'calls', value: 'wait_seconds' });
 * // Two waits of 0 s (no bucket) and one of 1 s (bucket ⌈ln 1 / ln γ⌉ = 0), as the engine returns them:
 * const rows = [
 *   { detail: null, s_count: 2n, s_rows: 2n, s_zeros: 2n, s_minimum: 0, s_maximum: 0, bad_value: 0n },
 *   { detail: 0n, s_count: 1n, s_rows: 1n, s_zeros: 0n, s_minimum: 1, s_maximum: 1, bad_value: 0n },
 * ];
 * const [all] = readSummaries(query, rows);
 * all!.summary.buckets; // => { '0': 1 }
 * approximatePercentileFromSummary(all!.summary, { percentile: 100 }); // => 1
 * ```
 * @see Masson, C., Rim, J. E., & Lee, H. K. (2019). DDSketch: a fast and fully-mergeable quantile
 * sketch with relative-error guarantees. *PVLDB*, 12(12), 2195–2205.
 * @category SQL
 */
export function approximatePercentileSummarySql(
  input: ApproximatePercentileSummarySqlInput,
  options?: ApproximatePercentileSummaryOptions,
): SummaryQuery<ApproximatePercentileSummary> {
  const metric = 'approximatePercentileSummarySql';
  const checkOptions = (): void => {
    asMetric(metric, () => approximatePercentileSummary([], options));
  };
  const relativeAccuracy = (): number => checkedNumber(options?.relativeAccuracy ?? 0.01);
  const spec: SummarySpec<ApproximatePercentileSummary> = {
    columns: [{ field: 'value', kind: 'number' }],
    aggregates: (sql, { value }) => ({
      count: `COUNT(${value!})`,
      rows: 'COUNT(*)',
      zeros: sql.countWhere(`${value!} = 0`),
      minimum: sql.double(`MIN(${value!})`),
      maximum: sql.double(`MAX(${value!})`),
    }),
    accepted: (sql, { value }) => ({ value: `${value!} >= 0 AND NOT (${sql.notFinite(value!)})` }),
    build: () => {
      throw new Error('approximatePercentileSummarySql folds its buckets');
    },
    detail: {
      // The bucket of a positive finite value; NULL for zeros, missing values and bad ones.
      expression: (sql, { value }) => {
        const gamma = (1 + relativeAccuracy()) / (1 - relativeAccuracy());
        return `CASE WHEN ${value!} > 0 AND NOT (${sql.notFinite(value!)}) THEN CAST(CEIL(LN(${sql.double(value!)}) / ${sql.doubleParam(Math.log(gamma))}) AS BIGINT) END`;
      },
      fold: (parts) => {
        let count = 0;
        let zeroCount = 0;
        let unanswered = 0;
        let minimum = Number.POSITIVE_INFINITY;
        let maximum = Number.NEGATIVE_INFINITY;
        const buckets: Record<string, number> = {};
        for (const { detail, row } of parts) {
          const n = row.count('count');
          count += n;
          unanswered += row.count('rows') - n;
          zeroCount += row.count('zeros');
          if (n > 0) {
            minimum = Math.min(minimum, row.real('minimum') ?? minimum);
            maximum = Math.max(maximum, row.real('maximum') ?? maximum);
          }
          if (detail === null || detail === undefined) continue;
          // The bucket index as the driver sends a BIGINT: a bigint (DuckDB), a string of digits (node-postgres), a number.
          const index = typeof detail === 'bigint' || typeof detail === 'number' || typeof detail === 'string' ? String(detail) : '';
          if (!/^-?\d+$/.test(index)) fail(metric, 'rows[].detail', 'WRONG_TYPE', 'a bucket index: an integer', detail);
          buckets[index] = n;
        }
        return count === 0
          ? { relativeAccuracy: relativeAccuracy(), count, zeroCount, buckets, minimum: 0, maximum: 0, unanswered }
          : { relativeAccuracy: relativeAccuracy(), count, zeroCount, buckets, minimum, maximum, unanswered };
      },
    },
    reject: (_field, value) => approximatePercentileSummary([value as number], options),
  };
  return buildSummaryQuery(metric, input, spec, checkOptions);
}
