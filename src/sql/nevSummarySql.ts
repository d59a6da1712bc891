import { nevEmotionHierarchy, nevSummary, type NevOptions, type NevPolarity, type NevSummary } from '../survey/nev.js';
import { asMetric } from '../internal/summaries/npsCounts.js';
import { labelIn } from '../internal/sql/labels.js';
import { buildSummaryQuery, type SummarySpec } from '../internal/sql/summaryQuery.js';
import type { SqlTarget, SummaryQuery } from '../internal/types/sql.js';

/** Where {@link nevSummarySql} reads: a {@link SqlTarget} and the response column. @category SQL */
export interface NevSummarySqlInput extends SqlTarget {
  /** The column of responses (text: an emotion, a polarity word or a label of the options); NULL is "no answer". */
  readonly response: string;
}

const POLARITIES: readonly NevPolarity[] = ['positive', 'neutral', 'negative'];

/**
 * The labels `nevSummary` accepts with these options, by polarity, as they are after trimming
 * and lower-casing: the hierarchy's emotions, the three polarity words and the options' labels,
 * each classified by `nevSummary` itself.
 */
function labelsByPolarity(options: NevOptions | undefined): Record<NevPolarity, string[]> {
  const candidates = new Set<string>([
    ...Object.values(nevEmotionHierarchy).flatMap((cluster) => cluster.emotions),
    ...POLARITIES,
    ...Object.keys(options?.labels ?? {}).map((label) => label.trim().toLowerCase()),
  ]);
  const labels: Record<NevPolarity, string[]> = { positive: [], neutral: [], negative: [] };
  for (const label of candidates) {
    const counts = nevSummary([label], options);
    labels[POLARITIES.find((polarity) => counts[polarity] === 1)!].push(label);
  }
  return labels;
}

/**
 * The SQL of {@link nevSummary}: one {@link NevSummary} per group, computed by the database. A
 * response is matched as JavaScript matches it, trimmed (of the characters `String.prototype.trim`
 * removes) and lower-cased (`lower`), against the labels of each polarity as parameters. Any
 * other response, or a column that is not text, is in no class: reading the result throws a
 * {@link SqlCheckError} with the code `nevSummary` gives it (`UNKNOWN_VALUE`); `query.checks.response` lists them.
 * Case is folded by the engine: PostgreSQL under the C locale folds ASCII letters only, so a
 * response that only Unicode case folding matches to a label is reported, never miscounted; so
 * is one holding `İ` or `Σ` (JavaScript lower-cases them to `i̇`, a final `ς`) for labels with `i` or `σ`.
 *
 * @param input - The dialect, the table or query, the response column, group columns and period.
 * @param options - Extra labels, as in {@link nev}.
 * @returns The query: read its rows with {@link readSummaries}, or run it with {@link querySummaries}.
 * @throws {@link MetricInputError} the common input checks on `input` (a column name that is not
 * a non-empty string, an unknown dialect) and on `options`, as {@link nev} checks them
 * (`INCONSISTENT` when a label re-polarises a built-in).
 *
 * @example
 * ```ts
 * import { nevFromSummary } from 'service-metrics';
 * import { nevSummarySql, readSummaries } from 'service-metrics/sql';
 *
 * const query = nevSummarySql({ dialect: 'postgres', from: 'taps', response: 'emoji' }, { labels: { '🙂': 'positive', '😐': 'neutral', '🙁': 'negative' } });
 * const rows = [{ s_positive: '6', s_neutral: '2', s_negative: '2', s_answered: '10', s_rows: '11' }];
 * const [all] = readSummaries(query, rows);
 * all!.summary; // => { positive: 6, neutral: 2, negative: 2, unanswered: 1 }
 * nevFromSummary(all!.summary); // => 40
 * ```
 * @see Shaw, C. (2007). *The DNA of Customer Experience: How Emotions Drive Value*. Palgrave Macmillan.
 * @category SQL
 */
export function nevSummarySql(input: NevSummarySqlInput, options?: NevOptions): SummaryQuery<NevSummary> {
  const metric = 'nevSummarySql';
  let labels: Record<NevPolarity, string[]> = { positive: [], neutral: [], negative: [] };
  const checkOptions = (): void => {
    asMetric(metric, () => nevSummary([], options));
    labels = labelsByPolarity(options);
  };
  const spec: SummarySpec<NevSummary> = {
    columns: [{ field: 'response', kind: 'text' }],
    aggregates: (sql, { response }) => ({
      positive: sql.countWhere(labelIn(sql, response!, labels.positive)),
      neutral: sql.countWhere(labelIn(sql, response!, labels.neutral)),
      negative: sql.countWhere(labelIn(sql, response!, labels.negative)),
      answered: `COUNT(${response!})`,
      rows: 'COUNT(*)',
    }),
    accepted: (sql, { response }) => ({ response: labelIn(sql, response!, [...labels.positive, ...labels.neutral, ...labels.negative]) }),
    build: (row) => ({
      positive: row.count('positive'),
      neutral: row.count('neutral'),
      negative: row.count('negative'),
      unanswered: row.count('rows') - row.count('answered'),
    }),
    // The three classes hold every accepted label: any other response is in none.
    bad: (row) => ({ response: row.count('answered') - row.count('positive') - row.count('neutral') - row.count('negative') }),
    reject: (_field, value) => nevSummary([value as string], options),
  };
  return buildSummaryQuery(metric, input, spec, checkOptions);
}
