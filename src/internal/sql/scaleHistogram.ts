import type { Scale } from '../checks/scale.js';
import type { ScaleHistogram } from '../summaries/scaleHistogram.js';
import type { SummarySpec } from './summaryQuery.js';
import { integersFrom } from './sqlText.js';

/**
 * The spec of a family whose summary is a histogram of a rating scale (CSAT, CES, engagement
 * index): one count per scale point (`column IN ($k)`), answered and all rows. A value off the
 * scale (a fraction, a point outside it, NaN) is in no count, so bad = answered − Σ counts.
 * `scale` is read once the options are checked; `summary` adds the family's own fields.
 */
export function scaleHistogramSpec<S>(
  field: string,
  scale: () => Scale,
  summary: (histogram: ScaleHistogram) => S,
  reject: (value: unknown) => void,
): SummarySpec<S> {
  const points = (): number[] => integersFrom(scale().scaleMin, scale().scaleMax);
  return {
    columns: [{ field, kind: 'number' }],
    aggregates: (sql, columns) => {
      const column = columns[field]!;
      const aggregates: Record<string, string> = {};
      points().forEach((point, i) => {
        aggregates[`count${String(i)}`] = sql.countIn(column, [point]);
      });
      aggregates['answered'] = `COUNT(${column})`;
      aggregates['rows'] = 'COUNT(*)';
      return aggregates;
    },
    accepted: (sql, columns) => ({ [field]: `${columns[field]!} IN (${sql.params(points())})` }),
    build: (row) => {
      const counts = points().map((_, i) => row.count(`count${String(i)}`));
      const { scaleMin, scaleMax } = scale();
      return summary({ scaleMin, scaleMax, counts, unanswered: row.count('rows') - row.count('answered') });
    },
    bad: (row) => {
      let counted = 0;
      for (let i = 0; i < points().length; i++) counted += row.count(`count${String(i)}`);
      return { [field]: row.count('answered') - counted };
    },
    reject: (_field, value) => {
      reject(value);
    },
  };
}
