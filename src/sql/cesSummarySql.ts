import { cesSummary, type CesEasyEnd, type CesOptions, type CesSummary } from '../survey/ces.js';
import type { Scale } from '../internal/checks/scale.js';
import { asMetric } from '../internal/summaries/npsCounts.js';
import { scaleHistogramSpec } from '../internal/sql/scaleHistogram.js';
import { buildSummaryQuery } from '../internal/sql/summaryQuery.js';
import type { SqlTarget, SummaryQuery } from '../internal/types/sql.js';

/** Where {@link cesSummarySql} reads: a {@link SqlTarget} and the score column. @category SQL */
export interface CesSummarySqlInput extends SqlTarget {
  /** The column of effort scores on the scale (1–7 by default); NULL is "no answer". */
  readonly score: string;
}

/**
 * The SQL of {@link cesSummary}: one {@link CesSummary} per group, computed by the database: a
 * count per scale point (`score IN ($k)`), with the scale and `easyEnd` of the options. A score
 * the JavaScript function rejects (3.5, 8 on 1–7, NaN) is in no count: reading the result
 * throws a {@link SqlCheckError} with the code `cesSummary` gives it; `query.checks.score` lists them.
 *
 * @param input - The dialect, the table or query, the score column, group columns and period.
 * @param options - The scale and its easy end (boxes are checked, and given again to {@link cesFromSummary}), as in {@link ces}.
 * @returns The query: read its rows with {@link readSummaries}, or run it with {@link querySummaries}.
 * @throws {@link MetricInputError} the common input checks on `input` (a column name that is not
 * a non-empty string, an unknown dialect) and on `options`, as {@link ces} checks them.
 *
 * @example
 * ```ts
 * import { cesFromSummary } from 'service-metrics';
 * import { cesSummarySql, readSummaries } from 'service-metrics/sql';
 *
 * const query = cesSummarySql({ dialect: 'duckdb', from: 'responses', score: 'effort' }, { scaleMin: 1, scaleMax: 5, easyEnd: 'low' });
 * // DuckDB sends counts as bigints: 1–5 answered 3, 1, 0, 0, 1 times, one row unanswered.
 * const rows = [{ s_count0: 3n, s_count1: 1n, s_count2: 0n, s_count3: 0n, s_count4: 1n, s_answered: 5n, s_rows: 6n }];
 * const [all] = readSummaries(query, rows);
 * all!.summary; // => { scaleMin: 1, scaleMax: 5, easyEnd: 'low', counts: [3, 1, 0, 0, 1], unanswered: 1 }
 * cesFromSummary(all!.summary).net; // => 60
 * ```
 * @see Dixon, M., Freeman, K., & Toman, N. (2010). Stop trying to delight your customers. *Harvard Business Review*, 88(7/8), 116–122 (CES 1.0, CEB).
 * @category SQL
 */
export function cesSummarySql(input: CesSummarySqlInput, options?: CesOptions): SummaryQuery<CesSummary> {
  const metric = 'cesSummarySql';
  let scale: Scale = { scaleMin: 1, scaleMax: 7 };
  let easyEnd: CesEasyEnd = 'high';
  const checkOptions = (): void => {
    const empty = asMetric(metric, () => cesSummary([], options));
    scale = { scaleMin: empty.scaleMin, scaleMax: empty.scaleMax };
    easyEnd = empty.easyEnd;
  };
  const spec = scaleHistogramSpec<CesSummary>(
    'score',
    () => scale,
    ({ scaleMin, scaleMax, counts, unanswered }) => ({ scaleMin, scaleMax, easyEnd, counts, unanswered }),
    (value) => cesSummary([value as number], options),
  );
  return buildSummaryQuery(metric, input, spec, checkOptions);
}
