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

  test("NIST/SEMATECH's EWMA example: λ 0.3, target 50, s 2.0539, no signal", () => {
    // NIST/SEMATECH e-Handbook of Statistical Methods, §6.3.2.4 (EWMA control charts): the 20
    // values, their EWMA to two decimals from 50.60 to 51.99, and the limits 50 ± 3·2.0539·√(0.3/1.7):
    // 47.4115 and 52.5884, which the EWMA approaches but never crosses.
    const values = [52.0, 47.0, 53.0, 49.3, 50.1, 47.0, 51.0, 50.1, 51.2, 50.5, 49.6, 47.6, 49.9, 51.3, 47.8, 51.2, 52.6, 52.4, 53.6, 52.1];
    const published = [50.6, 49.52, 50.56, 50.18, 50.16, 49.21, 49.75, 49.85, 50.26, 50.33, 50.11, 49.36, 49.52, 50.05, 49.38, 49.92, 50.73, 51.23, 51.94, 51.99];
    const chart = ewmaChart(values, { baseline: { centre: 50, sigma: 2.0539 }, lambda: 0.3 });
    expect(chart.points.map((point) => Math.round(point.ewma * 100) / 100)).toEqual(published);
    // NIST prints the steady-state limits to four decimals (the lower one cut, not rounded: 47.41157);
    // by the 20th value 1 − 0.7⁴⁰ differs from 1 by 6e−7.
    expect(chart.points[19]!.upper).toBeCloseTo(52.5884, 3);
    expect(chart.points[19]!.lower).toBeCloseTo(47.4115, 3);
    expect(chart.points.some((point) => point.signal)).toBe(false);
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
