import { csatSummary, type CsatOptions, type CsatSummary } from '../survey/csat.js';
import type { Scale } from '../internal/checks/scale.js';
import { asMetric } from '../internal/summaries/npsCounts.js';
import { scaleHistogramSpec } from '../internal/sql/scaleHistogram.js';
import { buildSummaryQuery } from '../internal/sql/summaryQuery.js';
import type { SqlTarget, SummaryQuery } from '../internal/types/sql.js';

/** Where {@link csatSummarySql} reads: a {@link SqlTarget} and the score column. @category SQL */
export interface CsatSummarySqlInput extends SqlTarget {
  /** The column of scores on the scale (1–5 by default); NULL is "no answer". */
  readonly score: string;
}

/**
 * The SQL of {@link csatSummary}: one {@link CsatSummary} per group, computed by the database.
 * Each scale point is a count (`score IN ($k)`), so a score the JavaScript function rejects (4.5,
 * 6 on 1–5, NaN) is in none: the answers the counts miss are the bad ones, and reading the
 * result throws a {@link SqlCheckError} with the code `csatSummary` gives them; `query.checks.score` lists them.
 *
 * @param input - The dialect, the table or query, the score column, group columns and period.
 * @param options - The scale (and `satisfiedFrom`, checked but not needed: {@link csatFromSummary} takes it), as in {@link csat}.
 * @returns The query: read its rows with {@link readSummaries}, or run it with {@link querySummaries}.
 * @throws {@link MetricInputError} the common input checks on `input` (a column name that is not
 * a non-empty string, an unknown dialect) and on `options`, as {@link csat} checks them.
 *
 * @example
 * ```ts
 * import { csatFromSummary } from 'service-metrics';
 * import { csatSummarySql, readSummaries } from 'service-metrics/sql';
 *
 * const query = csatSummarySql({ dialect: 'postgres', from: 'responses', score: 'score' });
 * // One count per point of 1–5 (node-postgres sends strings), answered and all rows:
 * const rows = [{ s_count0: '1', s_count1: '0', s_count2: '1', s_count3: '4', s_count4: '4', s_answered: '10', s_rows: '12' }];
 * const [all] = readSummaries(query, rows);
 * all!.summary; // => { scaleMin: 1, scaleMax: 5, counts: [1, 0, 1, 4, 4], unanswered: 2 }
 * csatFromSummary(all!.summary); // => 80
 * ```
 * @see {@link https://intercom.help/voc-metrics/en/articles/9647540-what-is-csat-and-how-is-csat-score-calculated | Intercom VoC Metrics: What is CSAT and how is the CSAT score calculated?}
 * @category SQL
 */
export function csatSummarySql(input: CsatSummarySqlInput, options?: CsatOptions): SummaryQuery<CsatSummary> {
  const metric = 'csatSummarySql';
  let scale: Scale = { scaleMin: 1, scaleMax: 5 };
  const checkOptions = (): void => {
    const { scaleMin, scaleMax } = asMetric(metric, () => csatSummary([], options));
    scale = { scaleMin, scaleMax };
  };
  const spec = scaleHistogramSpec<CsatSummary>(
    'score',
    () => scale,
    (histogram) => histogram,
    (value) => csatSummary([value as number], options),
  );
  return buildSummaryQuery(metric, input, spec, checkOptions);
}
