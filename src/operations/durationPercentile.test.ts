import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, NOT_NUMBERS } from '../../test/helpers.js';
import { durationPercentile, durationStats } from '../index.js';

// Reference percentiles computed independently with NumPy 2.4.6: `np.percentile(x, q)` with its
// default method 'linear' (Hyndman & Fan type 7; `np.quantile(x, q / 100)` gives the same).
const PERCENTS = [0, 5, 10, 25, 33.3, 50, 66.7, 75, 90, 95, 99, 99.9, 100] as const;
const NUMPY: readonly { readonly values: readonly number[]; readonly expected: readonly number[] }[] = [
  {
    values: [12.5, 3, 45, 20, 8, 61.25, 0, 33, 17, 9.75, 120, 4],
    expected: [0, 1.65, 3.1, 7, 9.16025, 14.75, 24.381, 36, 59.625, 87.6875, 113.5375, 119.35375, 120],
  },
  {
    values: [300, 1800, 5400, 600, 14400, 86400, 172800, 3600, 7200, 45],
    expected: [45, 159.75, 274.5, 900, 1796.4, 4500, 7221.6, 12600, 95040, 133920, 165024, 172022.4, 172800],
  },
  {
    values: [1, 2, 3, 4],
    expected: [1, 1.15, 1.3, 1.75, 1.999, 2.5, 3.001, 3.25, 3.7, 3.85, 3.97, 3.997, 4],
  },
];

describe('durationPercentile', () => {
  test('agrees with NumPy and with durationStats', () => {
    for (const { values, expected } of NUMPY) {
      PERCENTS.forEach((p, k) => {
        const value = durationPercentile(values, { percentile: p });
        expect(Math.abs(value - expected[k]!)).toBeLessThanOrEqual(1e-12 * Math.max(1, expected[k]!));
        expect(value).toBe(durationStats(values, { percentiles: [p] }).percentiles[String(p)]);
      });
    }
  });

  test('takes the percentile in 0–100: 0.9 is the 0.9th percentile', () => {
    // By hand: h = 1 × 0.009; 3 + 0.009 × (12 − 3) = 3.081.
    expect(durationPercentile([12, 3], { percentile: 0.9 })).toBeCloseTo(3.081, 12);
    expect(durationPercentile([12, 3], { percentile: 90 })).toBeCloseTo(11.1, 12);
  });

  test('skips missing values; reads rows through an accessor', () => {
    expect(durationPercentile([null, 4, undefined, 8], { percentile: 50 })).toBe(6);
    expect(durationPercentile([{ w: 12 }, { w: 30 }], (row) => row.w, { percentile: 100 })).toBe(30);
    expect(durationPercentile(deepFreeze([{ w: 12 }, { w: 30 }]), (row) => row.w, deepFreeze({ percentile: 0 }))).toBe(12);
  });

  test('rejects a bad percentile, missing options, and an empty sample', () => {
    for (const [bad, code] of [...NOT_NUMBERS, [-1, 'OUT_OF_RANGE'], [120, 'OUT_OF_RANGE'], [undefined, 'WRONG_TYPE']] as const) {
      expectMetricError(() => durationPercentile([1, 2], { percentile: bad as number }), {
        metric: 'durationPercentile',
        code,
        field: 'options.percentile',
      });
    }
    expectMetricError(() => durationPercentile([1, 2], undefined as never), { metric: 'durationPercentile', code: 'WRONG_TYPE', field: 'options' });
    expectMetricError(() => durationPercentile([1, 2], 90 as never), { metric: 'durationPercentile', code: 'WRONG_TYPE', field: 'options' });
    expectMetricError(() => durationPercentile([], { percentile: 50 }), { metric: 'durationPercentile', code: 'EMPTY', field: 'durations' });
    expectMetricError(() => durationPercentile([null], { percentile: 50 }), { metric: 'durationPercentile', code: 'EMPTY', field: 'durations' });
    expectMetricError(() => durationPercentile([1, Number.NaN], { percentile: 50 }), { metric: 'durationPercentile', code: 'NOT_FINITE', field: 'durations[1]' });
  });

  test('types: the options are required', () => {
    // @ts-expect-error the percentile is required
    expectTypeOf(durationPercentile).toBeCallableWith([1, 2]);
  });
});
