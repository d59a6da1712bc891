import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { ewmaChart } from '../index.js';

// Montgomery, Introduction to Statistical Quality Control, Example 9.1 (Table 9.1): 20 values
// from N(10, 1), then 10 from N(11, 1); his EWMA example (λ 0.1, L 2.7) charts the same data.
const MONTGOMERY = [9.45, 7.99, 9.29, 11.66, 12.16, 10.18, 8.04, 11.46, 9.2, 10.34, 9.03, 11.47, 10.51, 9.4, 10.08, 9.37, 10.62, 10.31, 8.52, 10.84, 10.9, 9.33, 12.29, 11.5, 10.6, 11.08, 10.38, 11.62, 11.31, 10.52];

describe('ewmaChart', () => {
  test("Montgomery's data with λ 0.1 and L 2.7: the EWMA leaves its limits at the 29th value", () => {
    // By hand: zᵢ = 0.1 xᵢ + 0.9 zᵢ₋₁ from z₀ = 10; limits 10 ± 2.7 √(0.1/1.9 · (1 − 0.9^(2i))).
    let z = 10;
    const expected = MONTGOMERY.map((x, index) => {
      z = 0.1 * x + 0.9 * z;
      return { z, half: 2.7 * Math.sqrt((0.1 / 1.9) * (1 - 0.9 ** (2 * (index + 1)))) };
    });
    const chart = ewmaChart(MONTGOMERY, { baseline: { centre: 10, sigma: 1 }, lambda: 0.1, width: 2.7 });
    chart.points.forEach((point, index) => {
      expect(point.ewma).toBeCloseTo(expected[index]!.z, 12);
      expect(point.upper).toBeCloseTo(10 + expected[index]!.half, 12);
    });
    expect(chart.points.findIndex((point) => point.signal)).toBe(28);
    // The steady-state limit: 10 + 2.7 √(0.1/1.9) = 10.6194.
    expect(chart.points[29]!.upper).toBeCloseTo(10.619, 2);
  });

  test('λ = 1 is the individuals chart', () => {
    const chart = ewmaChart([1, 5, -4], { baseline: { centre: 0, sigma: 1 }, lambda: 1 });
    expect(chart.points.map((point) => [point.ewma, point.upper, point.signal])).toEqual([
      [1, 3, false],
      [5, 3, true],
      [-4, 3, true],
    ]);
  });

  test('bad input', () => {
    expectMetricError(() => ewmaChart([1, 2], { baseline: { centre: 0, sigma: 1 }, lambda: 0 }), { metric: 'ewmaChart', code: 'OUT_OF_RANGE', field: 'options.lambda' });
    expectMetricError(() => ewmaChart([1, 1, 1], { baseline: { points: 3 } }), { metric: 'ewmaChart', code: 'OUT_OF_RANGE', field: 'options.baseline.points' });
    expectMetricError(() => ewmaChart([1, 2], {} as never), { metric: 'ewmaChart', code: 'WRONG_TYPE', field: 'options.baseline' });
  });
});
