import {
  engagementIndexSummary,
  type EngagementIndexOptions,
  type EngagementIndexSummary,
} from '../survey/engagementIndex.js';
import type { Scale } from '../internal/checks/scale.js';
import { asMetric } from '../internal/summaries/npsCounts.js';
import { scaleHistogramSpec } from '../internal/sql/scaleHistogram.js';
import { buildSummaryQuery } from '../internal/sql/summaryQuery.js';
import type { SqlTarget, SummaryQuery } from '../internal/types/sql.js';

/** Where {@link engagementIndexSummarySql} reads: a {@link SqlTarget} and the answer column. @category SQL */
export interface EngagementIndexSummarySqlInput extends SqlTarget {
  /** The column of answers on the scale (1–5 by default); NULL is "no answer". */
  readonly answer: string;
}

/**
 * The SQL of {@link engagementIndexSummary}: one {@link EngagementIndexSummary} per group,
 * computed by the database: a count per scale point (`answer IN ($k)`). An answer the
 * JavaScript function rejects (2.5, 0 on 1–5, NaN) is in no count: reading the result throws
 * a {@link SqlCheckError} with the code `engagementIndexSummary` gives it; `query.checks.answer` lists them.
 *
 * @param input - The dialect, the table or query, the answer column, group columns and period.
 * @param options - The scale (method and `favourableFrom` are checked, and given again to {@link engagementIndexFromSummary}), as in {@link engagementIndex}.
 * @returns The query: read its rows with {@link readSummaries}, or run it with {@link querySummaries}.
 * @throws {@link MetricInputError} the common input checks on `input` (a column name that is not
 * a non-empty string, an unknown dialect) and on `options`, as {@link engagementIndex} checks them.
 *
 * @example
 * ```ts
 * import { engagementIndexFromSummary } from 'service-metrics';
 * import { engagementIndexSummarySql, readSummaries } from 'service-metrics/sql';
 *
 * const query = engagementIndexSummarySql({ dialect: 'postgres', from: 'pulse', answer: 'q1', groupBy: ['team'] });
 * const rows = [{ g0: 'support', s_count0: '0', s_count1: '1', s_count2: '1', s_count3: '2', s_count4: '1', s_answered: '5', s_rows: '5' }];
 * const [team] = readSummaries(query, rows);
 * team!.summary; // => { scaleMin: 1, scaleMax: 5, counts: [0, 1, 1, 2, 1], unanswered: 0 }
 * // Steps above 1: (1 + 2 + 2 × 3 + 4) / (5 answers × 4 steps) = 65 %.
 * engagementIndexFromSummary(team!.summary); // => 65
 * ```
 * @see Cohen, P., Cohen, J., Aiken, L. S., & West, S. G. (1999). The problem of units and the
 * circumstance for POMP. *Multivariate Behavioral Research*, 34(3), 315–346.
 * @category SQL
 */
export function engagementIndexSummarySql(
  input: EngagementIndexSummarySqlInput,
  options?: EngagementIndexOptions,
): SummaryQuery<EngagementIndexSummary> {
  const metric = 'engagementIndexSummarySql';
  let scale: Scale = { scaleMin: 1, scaleMax: 5 };
  const checkOptions = (): void => {
    const { scaleMin, scaleMax } = asMetric(metric, () => engagementIndexSummary([], options));
    scale = { scaleMin, scaleMax };
  };
  const spec = scaleHistogramSpec<EngagementIndexSummary>(
    'answer',
    () => scale,
    (histogram) => histogram,
    (value) => engagementIndexSummary([value as number], options),
  );
  return buildSummaryQuery(metric, input, spec, checkOptions);
}
