import { describe, expect, test } from 'vitest';
import { deepFreeze, expectMetricError, iterate } from '../../test/helpers.js';
import { cusumChart, ewmaChart, individualsChart, meanMetric, pChart, periodSeries, uChart } from '../index.js';

/** Day keys from 2026-03-01, one per point. */
const days = (count: number, first = 1): string[] => Array.from({ length: count }, (_, index) => `2026-03-${String(first + index).padStart(2, '0')}`);

/** The mean and the average moving range of a stretch of values, by the textbook formulas. */
function xmr(values: readonly number[]): { mean: number; averageMovingRange: number } {
  let sum = 0;
  let ranges = 0;
  values.forEach((value, index) => {
    sum += value;
    if (index > 0) ranges += Math.abs(value - values[index - 1]!);
  });
  return { mean: sum / values.length, averageMovingRange: ranges / (values.length - 1) };
}

describe('a baseline { from, to }: the points whose period starts in [from, to)', () => {
  const values = [300, 310, 305, 295, 300, 310, 360, 290, 330, 320];
  const periods = days(values.length);

  test('covering exactly the first k periods, it gives the limits of { points: k }, on all five charts', () => {
    const range = { baseline: { from: '2026-03-01', to: '2026-03-07' }, periods };
    const points = { baseline: { points: 6 } };
    const x = individualsChart(values, range);
    expect(x).toEqual(individualsChart(values, points));
    expect([x.baselineStart, x.baselinePoints]).toEqual([0, 6]);
    expect(ewmaChart(values, range)).toEqual(ewmaChart(values, points));
    expect(cusumChart(values, range)).toEqual(cusumChart(values, points));
    const proportions = values.map((value) => ({ count: value - 250, size: 1000 }));
    expect(pChart(proportions, { ...range, laney: true })).toEqual(pChart(proportions, { ...points, laney: true }));
    const rates = values.map((value, index) => ({ count: value, exposure: 50 + index }));
    expect(uChart(rates, { ...range, laney: true })).toEqual(uChart(rates, { ...points, laney: true }));
  });

  test('periods with another baseline are checked, and change nothing', () => {
    expect(individualsChart(values, { baseline: { points: 6 }, periods })).toEqual(individualsChart(values, { baseline: { points: 6 } }));
    expect(pChart([{ count: 1, size: 4 }], { baseline: { centre: 50 }, periods: ['2026-W10'] })).toEqual(pChart([{ count: 1, size: 4 }], { baseline: { centre: 50 } }));
  });

  test('a range in the middle: limits from those points only, rules judged on every point', () => {
    // 2026-03-04 to 2026-03-09 holds the 4th to 8th days: 295, 300, 310, 360, 290.
    const chart = individualsChart(values, { baseline: { from: '2026-03-04', to: '2026-03-09' }, periods });
    const { mean, averageMovingRange } = xmr([295, 300, 310, 360, 290]);
    expect([chart.baselineStart, chart.baselinePoints]).toEqual([3, 5]);
    expect(chart.centre).toBeCloseTo(mean, 12);
    expect(chart.averageMovingRange).toBeCloseTo(averageMovingRange, 12);
    expect(chart.points[0]!.upper).toBeCloseTo(mean + (3 * averageMovingRange) / 1.128, 10);
    // Limits do not depend on the points outside the range, before or after it.
    const changed = [0, 1e6, -5, 295, 300, 310, 360, 290, 1e9, 7];
    const other = individualsChart(deepFreeze(changed), { baseline: { from: '2026-03-04', to: '2026-03-09' }, periods });
    expect([other.centre, other.points[0]!.upper, other.points[0]!.lower]).toEqual([chart.centre, chart.points[0]!.upper, chart.points[0]!.lower]);
    // …and every point is judged: the 2nd and 9th values, outside the range, are beyond the limits.
    expect(other.points[1]!.signals).toContain('beyondLimits');
    expect(other.points[8]!.signals).toContain('beyondLimits');
  });

  test('a p-chart, a u-chart, an EWMA and a CUSUM over a middle range, by hand', () => {
    const periodsOf5 = days(5);
    const range = { baseline: { from: '2026-03-02', to: '2026-03-04' }, periods: periodsOf5 };
    // p̄ = 100 (30 + 50) / (400 + 600) = 8 %.
    const p = pChart([{ count: 1, size: 10 }, { count: 30, size: 400 }, { count: 50, size: 600 }, { count: 9, size: 10 }, { count: 8, size: 100 }], range);
    expect(p.centre).toBeCloseTo(8, 12);
    expect(p.points[4]!.sigma).toBeCloseTo(Math.sqrt((8 * 92) / 100), 12);
    // ū = (12 + 36) / (4 + 8) = 4 per unit.
    const u = uChart([{ count: 1, exposure: 1 }, { count: 12, exposure: 4 }, { count: 36, exposure: 8 }, { count: 0, exposure: 2 }, { count: 90, exposure: 3 }], range);
    expect(u.centre).toBe(4);
    expect(u.baselineStart).toBe(1);
    // EWMA and CUSUM: target (10 + 14)/2 = 12, σ = |14 − 10| / 1.128.
    const x = [100, 10, 14, -100, 12];
    const ewma = ewmaChart(x, range);
    expect(ewma.centre).toBe(12);
    expect(ewma.sigma).toBeCloseTo(4 / 1.128, 12);
    expect([ewma.baselineStart, ewma.baselinePoints]).toEqual([1, 2]);
    const cusum = cusumChart(x, range);
    expect(cusum.centre).toBe(12);
    expect(cusum.points[0]!.upper).toBeCloseTo(100 - 12 - 0.5 * (4 / 1.128), 10);
  });

  test('weeks and months count by their first day: the Monday, the 1st', () => {
    // ISO weeks 10–13 of 2026 start on Monday 2 March (1 January 2026 was a Thursday, so week 1
    // starts on 29 December 2025, and 9 weeks later is 2 March), 9, 16 and 23 March.
    const weekly = individualsChart([1, 5, 2, 6], { baseline: { from: '2026-03-04', to: '2026-03-24' }, periods: ['2026-W10', '2026-W11', '2026-W12', '2026-W13'] });
    expect([weekly.baselineStart, weekly.baselinePoints]).toEqual([1, 3]);
    expect(weekly.centre).toBeCloseTo(13 / 3, 12);
    // 15 January to 1 April holds the months that start on 1 February and 1 March.
    const monthly = individualsChart([1, 5, 2, 6], { baseline: { from: '2026-01-15', to: '2026-04-01' }, periods: ['2026-01', '2026-02', '2026-03', '2026-04'] });
    expect([monthly.baselineStart, monthly.baselinePoints]).toEqual([1, 2]);
    expect(monthly.centre).toBe(3.5);
  });

  test('periods from periodSeries, with a gap (fillGaps: false), any iterable', () => {
    const rows = [
      { at: '2026-03-01T10:00:00Z', aht: 300 },
      { at: '2026-03-02T10:00:00Z', aht: 310 },
      { at: '2026-03-04T10:00:00Z', aht: 305 },
      { at: '2026-03-05T10:00:00Z', aht: 500 },
    ];
    const series = periodSeries(rows, { time: (row) => row.at, period: 'day', value: (row) => row.aht, metric: meanMetric(), minimumAnswers: 1, fillGaps: false });
    expect(series.map((day) => day.key)).toEqual(['2026-03-01', '2026-03-02', '2026-03-04', '2026-03-05']);
    const chart = individualsChart(
      series.map((day) => day.value!),
      { baseline: { from: '2026-03-01', to: '2026-03-05' }, periods: iterate(series.map((day) => day.key)) },
    );
    const { mean } = xmr([300, 310, 305]);
    expect(chart.baselinePoints).toBe(3);
    expect(chart.centre).toBeCloseTo(mean, 12);
    expect(chart.points[3]!.signals).toContain('beyondLimits');
  });

  test('bad input', () => {
    const run = (options: Record<string, unknown>): unknown => individualsChart(values, options as never);
    const field = (name: string, code: Parameters<typeof expectMetricError>[1]['code'], options: Record<string, unknown>): void => {
      expectMetricError(() => run(options), { metric: 'individualsChart', code, field: name });
    };
    // A range that holds no period's start, before, after or between the points.
    field('options.baseline', 'EMPTY', { baseline: { from: '2025-01-01', to: '2025-02-01' }, periods });
    field('options.baseline', 'EMPTY', { baseline: { from: '2026-04-01', to: '2026-05-01' }, periods });
    expectMetricError(() => pChart([{ count: 1, size: 2 }, { count: 1, size: 2 }], { baseline: { from: '2026-03-02', to: '2026-03-03' }, periods: ['2026-03-01', '2026-03-03'] }), { metric: 'pChart', code: 'EMPTY', field: 'options.baseline' });
    // Invalid dates.
    field('options.baseline.from', 'OUT_OF_RANGE', { baseline: { from: '2026-02-30', to: '2026-03-09' }, periods });
    field('options.baseline.to', 'UNKNOWN_VALUE', { baseline: { from: '2026-03-01', to: '2026/03/09' }, periods });
    field('options.baseline.from', 'WRONG_TYPE', { baseline: { from: new Date('2026-03-01T00:00:00Z'), to: '2026-03-09' }, periods });
    field('options.baseline.to', 'WRONG_TYPE', { baseline: { from: '2026-03-01' }, periods });
    field('options.baseline.to', 'INCONSISTENT', { baseline: { from: '2026-03-05', to: '2026-03-05' }, periods });
    field('options.baseline.points', 'UNKNOWN_VALUE', { baseline: { from: '2026-03-01', to: '2026-03-05', points: 3 }, periods });
    // The points must carry their periods: one key per point, of one kind, in time order.
    field('options.periods', 'WRONG_TYPE', { baseline: { from: '2026-03-01', to: '2026-03-05' } });
    field('options.periods', 'WRONG_TYPE', { baseline: { from: '2026-03-01', to: '2026-03-05' }, periods: '2026-03-01' });
    field('options.periods', 'INCONSISTENT', { baseline: { from: '2026-03-01', to: '2026-03-05' }, periods: periods.slice(1) });
    field('options.periods[2]', 'INCONSISTENT', { baseline: { from: '2026-03-01', to: '2026-03-05' }, periods: ['2026-03-01', '2026-03-03', '2026-03-02', ...periods.slice(3)] });
    field('options.periods[1]', 'INCONSISTENT', { baseline: { from: '2026-03-01', to: '2026-03-05' }, periods: ['2026-03-01', '2026-03-01', ...periods.slice(2)] });
    field('options.periods[1]', 'UNKNOWN_VALUE', { baseline: { from: '2026-03-01', to: '2026-03-05' }, periods: ['2026-03-01', '2026-W10', ...periods.slice(2)] });
    field('options.periods[0]', 'UNKNOWN_VALUE', { baseline: { from: '2026-03-01', to: '2026-03-05' }, periods: ['March', ...periods.slice(1)] });
    field('options.periods[0]', 'WRONG_TYPE', { baseline: { from: '2026-03-01', to: '2026-03-05' }, periods: [20260301, ...periods.slice(1)] });
    field('options.periods[4]', 'OUT_OF_RANGE', { baseline: { from: '2026-03-01', to: '2026-03-05' }, periods: [...periods.slice(0, 4), '2026-02-30', ...periods.slice(5)] });
    // periods with another baseline are checked all the same.
    field('options.periods', 'INCONSISTENT', { baseline: { points: 6 }, periods: periods.slice(1) });
    expectMetricError(() => ewmaChart(values, { baseline: { centre: 300, sigma: 10 }, periods: [...periods].reverse() }), { metric: 'ewmaChart', code: 'INCONSISTENT', field: 'options.periods[1]' });
    // An individuals chart needs 2 points in its range, whose values vary.
    field('options.baseline', 'OUT_OF_RANGE', { baseline: { from: '2026-03-03', to: '2026-03-04' }, periods });
    expectMetricError(() => individualsChart([5, 5, 7], { baseline: { from: '2026-03-01', to: '2026-03-03' }, periods: days(3) }), { metric: 'individualsChart', code: 'OUT_OF_RANGE', field: 'options.baseline' });
    // A p-chart whose range holds no attribute at all.
    expectMetricError(() => pChart([{ count: 0, size: 2 }, { count: 1, size: 2 }], { baseline: { from: '2026-03-01', to: '2026-03-02' }, periods: days(2) }), { metric: 'pChart', code: 'OUT_OF_RANGE', field: 'options.baseline' });
  });
});
