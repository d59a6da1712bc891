import { npsSummary, type NpsOptions, type NpsSummary } from '../survey/nps.js';
import { asMetric } from '../internal/summaries/npsCounts.js';
import { buildSummaryQuery, type SummarySpec } from '../internal/sql/summaryQuery.js';
import { checkedNumber, integersFrom } from '../internal/sql/sqlText.js';
import type { SqlTarget, SummaryQuery } from '../internal/types/sql.js';

/** Where {@link npsSummarySql} reads: a {@link SqlTarget} and the score column. @category SQL */
export interface NpsSummarySqlInput extends SqlTarget {
  /** The column of 0–10 scores; NULL is "no answer". */
  readonly score: string;
}

/**
 * The SQL of {@link npsSummary}: one {@link NpsSummary} per group, computed by the database.
 * Each class is a count of the scores in its list (`score IN (9, 10)`), so a score the
 * JavaScript function rejects (7.5, 11, −1, NaN) is in no class: the answers the classes miss
 * are the bad ones, and reading the result throws a {@link SqlCheckError} rather than return a
 * summary without them; `query.checks.score` lists them.
 *
 * @param input - The dialect, the table or query, the score column, group columns and period.
 * @param options - The class breaks, as in {@link nps}.
 * @returns The query: read its rows with {@link readSummaries}, or run it with {@link querySummaries}.
 * @throws {@link MetricInputError} the common input checks on `input` (a column name that is not
 * a non-empty string, an unknown dialect) and on `options`, as {@link nps} checks them.
 *
 * @example
 * ```ts
 * import { npsSummarySql } from 'service-metrics/sql';
 *
 * const query = npsSummarySql({ dialect: 'postgres', from: 'responses', score: 'score', groupBy: ['channel'] });
 * // Values are parameters, never spliced into the text (here the three class lists).
 * query.values.length; // => 11
 * ```
 * @see {@link https://www.netpromoter.com/know/ | Bain & Company: Net Promoter System}
 * @category SQL
 */
export function npsSummarySql(input: NpsSummarySqlInput, options?: NpsOptions): SummaryQuery<NpsSummary> {
  const metric = 'npsSummarySql';
  const checkOptions = (): void => {
    asMetric(metric, () => npsSummary([], options));
  };
  // Read once checked: integers (or bigints), detractorsUpTo < promotersFrom.
  const promotersFrom = (): number => checkedNumber(options?.promotersFrom ?? 9);
  const detractorsUpTo = (): number => checkedNumber(options?.detractorsUpTo ?? 6);
  const spec: SummarySpec<NpsSummary> = {
    columns: [{ field: 'score', kind: 'number' }],
    aggregates: (sql, { score }) => ({
      promoters: sql.countIn(score!, integersFrom(promotersFrom(), 10)),
      passives: sql.countIn(score!, integersFrom(detractorsUpTo() + 1, promotersFrom() - 1)),
      detractors: sql.countIn(score!, integersFrom(0, detractorsUpTo())),
      answered: `COUNT(${score!})`,
      rows: 'COUNT(*)',
    }),
    accepted: (sql, { score }) => ({ score: `${score!} IN (${sql.params(integersFrom(0, 10))})` }),
    build: (row) => ({
      promoters: row.count('promoters'),
      passives: row.count('passives'),
      detractors: row.count('detractors'),
      unanswered: row.count('rows') - row.count('answered'),
    }),
    // The three classes cover 0–10: any other answer is in none.
    bad: (row) => ({ score: row.count('answered') - row.count('promoters') - row.count('passives') - row.count('detractors') }),
    reject: (_field, value) => npsSummary([value as number], options),
  };
  return buildSummaryQuery(metric, input, spec, checkOptions);
}
