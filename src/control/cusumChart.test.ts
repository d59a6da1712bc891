import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { cusumChart } from '../index.js';

// Montgomery, Introduction to Statistical Quality Control, Example 9.1 (Table 9.1): 20 values
// from N(10, 1), then 10 from N(11, 1).
const MONTGOMERY = [9.45, 7.99, 9.29, 11.66, 12.16, 10.18, 8.04, 11.46, 9.2, 10.34, 9.03, 11.47, 10.51, 9.4, 10.08, 9.37, 10.62, 10.31, 8.52, 10.84, 10.9, 9.33, 12.29, 11.5, 10.6, 11.08, 10.38, 11.62, 11.31, 10.52];

describe('cusumChart', () => {
  test("Montgomery's Example 9.1: C⁺ exceeds H = 5 at the 29th value, 5.28", () => {
    // Table 9.2: C⁺₂₉ = 5.28 > 5, the first signal; the sum was last 0 at period 22 (N = 7).
    const chart = cusumChart(MONTGOMERY, { baseline: { centre: 10, sigma: 1 } });
    expect(chart.points[28]!.upper).toBeCloseTo(5.28, 2);
    expect(chart.points.findIndex((point) => point.signal !== null)).toBe(28);
    expect(chart.points[21]!.upper).toBe(0);
    expect(chart.points.every((point) => point.signal !== 'down')).toBe(true);
    expect([chart.allowance, chart.decisionInterval]).toEqual([0.5, 5]);
  });

  test('by hand: both sums, in the unit of the values', () => {
    // Target 100, σ 10, k 0.5 (K = 5), h 1 (H = 10): C⁺ = 0, 10, 25 (signal); C⁻ = 15, 0, 0.
    const chart = cusumChart([80, 115, 120], { baseline: { centre: 100, sigma: 10 }, decisionInterval: 1 });
    expect(chart.points.map((point) => [point.upper, point.lower, point.signal])).toEqual([
      [0, 15, 'down'],
      [10, 0, null],
      [25, 0, 'up'],
    ]);
  });

  test('bad input', () => {
    expectMetricError(() => cusumChart([1, 2], { baseline: { points: 3 } }), { metric: 'cusumChart', code: 'OUT_OF_RANGE', field: 'options.baseline.points' });
    expectMetricError(() => cusumChart([1, 2], { baseline: { centre: 0, sigma: 1 }, allowance: -1 }), { metric: 'cusumChart', code: 'NEGATIVE', field: 'options.allowance' });
  });
});
