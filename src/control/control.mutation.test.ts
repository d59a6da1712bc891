/**
 * Behaviour of the control charts that mutation testing found unchecked: the texts of their own
 * errors (a caller reads the message, so a changed or emptied text must fail a test), limits met
 * exactly, the lower CUSUM carried from point to point, and overflowing sums.
 *
 * Equivalent mutants left alive (no test can tell them apart):
 * - cusumChart's `Number.isFinite(upper + lower)` as `upper - lower`: both sums are ≥ 0 and only
 *   one can be infinite at a point, so both forms are non-finite at the same points;
 * - uChart's `values[i] + 3 * poisson[i]` as `values[i] - 3 * poisson[i]`: both terms are ≥ 0, so
 *   both forms are non-finite exactly when one term is.
 */
import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { cusumChart, ewmaChart, individualsChart, pChart, uChart } from '../index.js';

describe('individualsChart', () => {
  test('a moving range beyond a double is OUT_OF_RANGE at the later value', () => {
    const error = expectMetricError(() => individualsChart([1e308, -1e308, 0], { baseline: { points: 3 } }), {
      metric: 'individualsChart',
      code: 'OUT_OF_RANGE',
      field: 'values[1]',
    });
    expect(error.message).toBe('individualsChart: values[1] must be a value whose difference from the one before is finite; received -1e+308');
  });

  test("with a known σ, the moving-range limit is D₄·d₂·σ (D₂ = 3.686 in Montgomery's Table VI)", () => {
    const chart = individualsChart([9, 11, 10], { baseline: { centre: 10, sigma: 2 } });
    expect(chart.movingRangeUpper).toBeCloseTo(3.267 * 1.128 * 2, 12);
    expect(chart.movingRangeUpper).toBeCloseTo(3.686 * 2, 2);
  });
});

describe('cusumChart', () => {
  // Target 10, σ 1, K = 0.5, H = 5: C⁻ᵢ = max(0, 10 − 0.5 − xᵢ + C⁻ᵢ₋₁).
  test('the lower sum carries over: 4.5, then 5 (on H: no signal), then 5.5 (down)', () => {
    const chart = cusumChart([5, 9, 9], { baseline: { centre: 10, sigma: 1 } });
    expect(chart.points.map((point) => point.lower)).toEqual([4.5, 5, 5.5]);
    expect(chart.points.map((point) => point.signal)).toEqual([null, null, 'down']);
    expect(chart.points.map((point) => point.upper)).toEqual([0, 0, 0]);
  });

  test('a sum beyond a double is OUT_OF_RANGE at the value that overflows it', () => {
    const error = expectMetricError(() => cusumChart([1.5e308, 1.5e308], { baseline: { centre: 0, sigma: 1 } }), {
      metric: 'cusumChart',
      code: 'OUT_OF_RANGE',
      field: 'values[1]',
    });
    expect(error.message).toBe('cusumChart: values[1] must be values whose cumulative sums are finite; received 1.5e+308');
  });
});

describe('ewmaChart', () => {
  test('λ = 0 is OUT_OF_RANGE, with its text', () => {
    const error = expectMetricError(() => ewmaChart([1, 2], { baseline: { centre: 0, sigma: 1 }, lambda: 0 }), {
      metric: 'ewmaChart',
      code: 'OUT_OF_RANGE',
      field: 'options.lambda',
    });
    expect(error.message).toBe('ewmaChart: options.lambda must be a weight above 0, at most 1; received 0');
  });

  test('a point on a limit is no signal; beyond it is', () => {
    // λ = 1: the EWMA is the value, and the limits are centre ± width·σ = ±3 from the first point.
    const chart = ewmaChart([3, -3, 3.5, -3.5], { baseline: { centre: 0, sigma: 1 }, lambda: 1 });
    expect(chart.points.map((point) => [point.lower, point.upper])).toEqual([
      [-3, 3],
      [-3, 3],
      [-3, 3],
      [-3, 3],
    ]);
    expect(chart.points.map((point) => point.signal)).toEqual([false, false, true, true]);
  });
});

describe('pChart', () => {
  test('a sample of size 0, and a count above its size, with their texts', () => {
    const empty = expectMetricError(() => pChart([{ count: 0, size: 0 }], { baseline: { centre: 10 } }), {
      metric: 'pChart',
      code: 'OUT_OF_RANGE',
      field: 'samples[0].size',
    });
    expect(empty.message).toBe('pChart: samples[0].size must be a whole number ≥ 1; received 0');
    const over = expectMetricError(() => pChart([{ count: 5, size: 4 }], { baseline: { centre: 10 } }), {
      metric: 'pChart',
      code: 'INCONSISTENT',
      field: 'samples[0].count',
    });
    expect(over.message).toBe('pChart: samples[0].count must be at most the size, 4; received 5');
  });

  test('a fixed centre must lie strictly between 0 % and 100 %', () => {
    const samples = [{ count: 1, size: 4 }];
    for (const centre of [0, 100, 150]) {
      const error = expectMetricError(() => pChart(samples, { baseline: { centre } }), {
        metric: 'pChart',
        code: 'OUT_OF_RANGE',
        field: 'options.baseline.centre',
      });
      expect(error.message).toBe(
        `pChart: options.baseline.centre must be a baseline whose proportion is above 0 % and below 100 % (a chart needs variation to judge); received ${String(centre)}`,
      );
    }
    const notNumber = expectMetricError(() => pChart(samples, { baseline: { centre: Number.NaN } }), {
      metric: 'pChart',
      code: 'NOT_FINITE',
      field: 'options.baseline.centre',
    });
    expect(notNumber.message).toContain('a percentage above 0 and below 100');
    expect(pChart(samples, { baseline: { centre: 99.9 } }).centre).toBe(99.9);
  });
});

describe('uChart', () => {
  test('a fixed centre must be a rate above 0', () => {
    const samples = [{ count: 3, exposure: 2 }];
    const zero = expectMetricError(() => uChart(samples, { baseline: { centre: 0 } }), {
      metric: 'uChart',
      code: 'OUT_OF_RANGE',
      field: 'options.baseline.centre',
    });
    expect(zero.message).toBe('uChart: options.baseline.centre must be a baseline whose rate is above 0 (a chart needs variation to judge); received 0');
    const notNumber = expectMetricError(() => uChart(samples, { baseline: { centre: Number.NaN } }), {
      metric: 'uChart',
      code: 'NOT_FINITE',
      field: 'options.baseline.centre',
    });
    expect(notNumber.message).toContain('a rate above 0');
  });

  test('an exposure so small that the limits overflow is OUT_OF_RANGE', () => {
    // No events on 5e−324 units: a rate of 0, but a Poisson σ of √(1/5e−324) = ∞.
    const error = expectMetricError(
      () =>
        uChart(
          [
            { count: 2, exposure: 1 },
            { count: 0, exposure: 5e-324 },
          ],
          { baseline: { centre: 1 } },
        ),
      { metric: 'uChart', code: 'OUT_OF_RANGE', field: 'samples[1].exposure' },
    );
    expect(error.message).toBe('uChart: samples[1].exposure must be an exposure large enough that the rate and its limits are finite; received 5e-324');
  });
});
