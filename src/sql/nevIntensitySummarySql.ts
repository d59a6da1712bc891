import {
  nevEmotionHierarchy,
  nevIntensitySummary,
  type NevIntensityOptions,
  type NevIntensitySummary,
} from '../survey/nev.js';
import { asMetric } from '../internal/summaries/npsCounts.js';
import { labelIn } from '../internal/sql/labels.js';
import { checkedNumber, integersFrom } from '../internal/sql/sqlText.js';
import { buildSummaryQuery, type SummarySpec } from '../internal/sql/summaryQuery.js';
import type { SqlTarget, SummaryQuery } from '../internal/types/sql.js';

/** Where {@link nevIntensitySummarySql} reads: a {@link SqlTarget} and the columns of one rating per row. @category SQL */
export interface NevIntensitySummarySqlInput extends SqlTarget {
  /** The column of emotions (text, an emotion of {@link nevEmotionHierarchy}); never NULL. */
  readonly emotion: string;
  /** The column of intensities on the scale (1–5 by default); NULL is "not rated". */
  readonly intensity: string;
}

/** The hierarchy's emotions of one polarity. */
function emotionsOf(polarity: 'positive' | 'negative'): string[] {
  return Object.values(nevEmotionHierarchy).flatMap((cluster) => (cluster.polarity === polarity ? cluster.emotions : []));
}

/**
 * The SQL of {@link nevIntensitySummary}: one {@link NevIntensitySummary} per group, computed by
 * the database, each row read as the rating `{ emotion, intensity }`. Emotions are matched as
 * JavaScript matches them (trimmed, lower-cased; see {@link nevSummarySql}); each side's ratings
 * are counted and their intensities summed (as doubles: exact below 2⁵³). Bad values, as
 * `nevIntensitySummary` rejects them, with its code: an emotion that is NULL (`WRONG_TYPE`), not
 * text, or not of the hierarchy (`UNKNOWN_VALUE`); an intensity off the scale (`OUT_OF_RANGE`,
 * `NOT_INTEGER`, `NOT_FINITE`). `query.checks` lists them per column.
 *
 * @param input - The dialect, the table or query, the emotion and intensity columns, group columns and period.
 * @param options - The intensity scale, as in {@link nevIntensity}.
 * @returns The query: read its rows with {@link readSummaries}, or run it with {@link querySummaries}.
 * @throws {@link MetricInputError} the common input checks on `input` (a column name that is not
 * a non-empty string, an unknown dialect) and on `options`, as {@link nevIntensity} checks them.
 *
 * @example
 * ```ts
 * import { nevIntensityFromSummary } from 'service-metrics';
 * import { nevIntensitySummarySql, readSummaries } from 'service-metrics/sql';
 *
 * const query = nevIntensitySummarySql({ dialect: 'duckdb', from: 'ratings', emotion: 'emotion', intensity: 'intensity' });
 * const rows = [{ s_positiveCount: 4n, s_positiveSum: 14, s_negativeCount: 2n, s_negativeSum: 5, s_rated: 6n, s_rows: 7n, bad_emotion: 0n, bad_intensity: 0n }];
 * const [all] = readSummaries(query, rows);
 * all!.summary; // => { positiveCount: 4, positiveSum: 14, negativeCount: 2, negativeSum: 5, unanswered: 1 }
 * // Mean positive 14 / 4 = 3.5, mean negative 5 / 2 = 2.5.
 * nevIntensityFromSummary(all!.summary); // => 1
 * ```
 * @see Shaw, C. (2007). *The DNA of Customer Experience: How Emotions Drive Value*. Palgrave Macmillan.
 * @category SQL
 */
export function nevIntensitySummarySql(input: NevIntensitySummarySqlInput, options?: NevIntensityOptions): SummaryQuery<NevIntensitySummary> {
  const metric = 'nevIntensitySummarySql';
  const checkOptions = (): void => {
    asMetric(metric, () => nevIntensitySummary([], options));
  };
  // Read once checked (integers or bigints, as nevIntensity defaults them).
  const scale = (): number[] => integersFrom(checkedNumber(options?.scaleMin ?? 1), checkedNumber(options?.scaleMax ?? 5));
  const positive = emotionsOf('positive');
  const negative = emotionsOf('negative');
  const spec: SummarySpec<NevIntensitySummary> = {
    // NULL is no emotion, which nevIntensitySummary rejects: judged by `accepted`, not skipped.
    columns: [
      { field: 'emotion', kind: 'text', nulls: 'checked' },
      { field: 'intensity', kind: 'number' },
    ],
    aggregates: (sql, { emotion, intensity }) => ({
      positiveCount: sql.countWhere(`${labelIn(sql, emotion!, positive)} AND ${intensity!} IS NOT NULL`),
      positiveSum: sql.double(`SUM(CASE WHEN ${labelIn(sql, emotion!, positive)} THEN ${intensity!} END)`),
      negativeCount: sql.countWhere(`${labelIn(sql, emotion!, negative)} AND ${intensity!} IS NOT NULL`),
      negativeSum: sql.double(`SUM(CASE WHEN ${labelIn(sql, emotion!, negative)} THEN ${intensity!} END)`),
      rated: `COUNT(${intensity!})`,
      rows: 'COUNT(*)',
    }),
    accepted: (sql, { emotion, intensity }, only) => {
      const accepted: Record<string, string> = {};
      if (only === undefined || only === 'emotion') {
        accepted['emotion'] = `${emotion!} IS NOT NULL AND ${labelIn(sql, emotion!, [...positive, ...negative])}`;
      }
      if (only === undefined || only === 'intensity') accepted['intensity'] = `${intensity!} IN (${sql.params(scale())})`;
      return accepted;
    },
    // Read only when no row is bad: every rated row is of one side, and every other row unrated.
    build: (row) => ({
      positiveCount: row.count('positiveCount'),
      positiveSum: row.real('positiveSum') ?? 0,
      negativeCount: row.count('negativeCount'),
      negativeSum: row.real('negativeSum') ?? 0,
      unanswered: row.count('rows') - row.count('rated'),
    }),
    reject: (field, value) =>
      field === 'emotion'
        ? nevIntensitySummary([{ emotion: value as string, intensity: null }], options)
        : nevIntensitySummary([{ emotion: 'happy', intensity: value as number }], options),
  };
  return buildSummaryQuery(metric, input, spec, checkOptions);
}
