import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { csatMetric, csatSummary, npsMetric, periodSeriesFromSummaries, type NpsSummary } from '../index.js';

const counts = (promoters: number, passives: number, detractors: number): NpsSummary => ({ promoters, passives, detractors, unanswered: 0 });

describe('periodSeriesFromSummaries', () => {
  test('weeks across a 53-week year, merged, ordered and filled', () => {
    // 2026 has 53 ISO weeks (it starts on a Thursday; GNU date: 2026-12-31 is 2026-W53);
    // after 2026-W52 comes 2026-W53, then 2027-W01.
    const entries = [
      { key: '2027-W01', summary: counts(1, 0, 0) },
      { key: '2026-W52', summary: counts(0, 0, 1) },
      { key: '2027-W01', summary: counts(0, 0, 1) },
    ];
    const series = periodSeriesFromSummaries(entries, { period: 'week', metric: npsMetric() });
    expect(series.map((week) => [week.key, week.value, week.answered])).toEqual([
      ['2026-W52', -100, 1],
      ['2026-W53', null, 0],
      ['2027-W01', 0, 2],
    ]);
    const unfilled = periodSeriesFromSummaries(entries, { period: 'week', metric: npsMetric(), fillGaps: false });
    expect(unfilled.map((week) => week.key)).toEqual(['2026-W52', '2027-W01']);
  });

  test('days across a leap day, and CSAT histograms', () => {
    const metric = csatMetric();
    const series = periodSeriesFromSummaries(
      [
        { key: '2024-03-01', summary: csatSummary([5, 1]) },
        { key: '2024-02-28', summary: csatSummary([4]) },
      ],
      { period: 'day', metric, minimumAnswers: 2 },
    );
    expect(series.map((day) => [day.key, day.value, day.small])).toEqual([
      ['2024-02-28', 100, true],
      ['2024-02-29', null, true],
      ['2024-03-01', 50, false],
    ]);
  });

  test('bad keys', () => {
    const metric = 'periodSeriesFromSummaries';
    const nps = npsMetric();
    const cases: [string, unknown, string][] = [
      ['week', '2025-W53', 'OUT_OF_RANGE'], // 2025 has 52 weeks (GNU date: 2025-12-28 is 2025-W52)
      ['week', '2026-W00', 'OUT_OF_RANGE'],
      ['week', '2026-W54', 'OUT_OF_RANGE'],
      ['week', '2026-11', 'UNKNOWN_VALUE'],
      ['week', '2026-w48', 'UNKNOWN_VALUE'],
      ['month', '2026-13', 'OUT_OF_RANGE'],
      ['month', '0000-01', 'OUT_OF_RANGE'],
      ['month', '2026-11-01', 'UNKNOWN_VALUE'],
      ['month', 202611, 'WRONG_TYPE'],
      ['day', '2025-02-29', 'OUT_OF_RANGE'],
      ['day', '2026-04-31', 'OUT_OF_RANGE'],
      ['day', '2026-11-25T00:00:00Z', 'UNKNOWN_VALUE'],
      ['day', null, 'WRONG_TYPE'],
    ];
    for (const [period, key, code] of cases) {
      expectMetricError(
        () => periodSeriesFromSummaries([{ key: key as string, summary: counts(1, 0, 0) }], { period: period as 'day', metric: nps }),
        { metric, field: 'entries[0].key', code: code as never },
      );
    }
    expect(periodSeriesFromSummaries([{ key: '2026-W53', summary: counts(1, 0, 0) }], { period: 'week', metric: nps })).toHaveLength(1);
  });

  test('bad input', () => {
    const metric = 'periodSeriesFromSummaries';
    const entries = [{ key: '2026-11', summary: counts(1, 0, 0) }];
    expectMetricError(() => periodSeriesFromSummaries(entries, { period: 'year' as never, metric: npsMetric() }), {
      metric,
      field: 'input.period',
      code: 'UNKNOWN_VALUE',
    });
    expectMetricError(() => periodSeriesFromSummaries(entries, { period: 'month', metric: npsMetric(), fillGaps: 1 as never }), {
      metric,
      field: 'input.fillGaps',
      code: 'WRONG_TYPE',
    });
    // 0001-01-01 to 9999-12-31 by day would fill 3.65 million empty periods: refused unless
    // gaps are not filled; 100,000 days are filled, 100,001 are one too many.
    const farApart = [
      { key: '0001-01-01', summary: counts(1, 0, 0) },
      { key: '9999-12-31', summary: counts(0, 0, 1) },
    ];
    expectMetricError(() => periodSeriesFromSummaries(farApart, { period: 'day', metric: npsMetric() }), {
      metric,
      field: 'input.fillGaps',
      code: 'OUT_OF_RANGE',
    });
    expect(periodSeriesFromSummaries(farApart, { period: 'day', metric: npsMetric(), fillGaps: false })).toHaveLength(2);
    const day = (offset: number): string => new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
    const span = (days: number) => [
      { key: day(0), summary: counts(1, 0, 0) },
      { key: day(days - 1), summary: counts(1, 0, 0) },
    ];
    expect(periodSeriesFromSummaries(span(100_000), { period: 'day', metric: npsMetric() })).toHaveLength(100_000);
    expectMetricError(() => periodSeriesFromSummaries(span(100_001), { period: 'day', metric: npsMetric() }), {
      metric,
      field: 'input.fillGaps',
      code: 'OUT_OF_RANGE',
    });
    // Only an absent option takes its default: null is a wrong value, not "unset".
    expectMetricError(() => periodSeriesFromSummaries(entries, { period: 'month', metric: npsMetric(), fillGaps: null as never }), {
      metric,
      field: 'input.fillGaps',
      code: 'WRONG_TYPE',
    });
    expectMetricError(() => periodSeriesFromSummaries([{ key: '2026-11', summary: counts(1, 0, Number.NaN) }], { period: 'month', metric: npsMetric() }), {
      metric,
      field: 'entries[0].summary.detractors',
      code: 'NOT_FINITE',
    });
    expectMetricError(() => periodSeriesFromSummaries(entries, { period: 'month' } as never), { metric, field: 'input.metric', code: 'WRONG_TYPE' });
  });

  test("a metric of one's own: a merge that returns no object names the period", () => {
    const count = {
      summarise: () => ({ n: 0 }),
      merge: (a: { n: number }, b: { n: number }) => (a.n + b.n > 1 ? (undefined as never) : { n: a.n + b.n }),
      answered: (x: { n: number }) => x.n,
      value: (x: { n: number }) => x.n,
    };
    const entries = [
      { key: '2026-01', summary: { n: 1 } },
      { key: '2026-02', summary: { n: 1 } },
      { key: '2026-02', summary: { n: 1 } },
    ];
    const error = expectMetricError(() => periodSeriesFromSummaries(entries, { period: 'month', metric: count }), {
      metric: 'periodSeriesFromSummaries',
      field: 'input.metric.merge',
      code: 'WRONG_TYPE',
    });
    expect(error.message).toContain('for group "2026-02"');
  });
});
