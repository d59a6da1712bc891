import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, NOT_NUMBERS } from '../../test/helpers.js';
import { NUMPY, PERCENTS } from '../../test/numpyPercentiles.js';
import { durationPercentile, durationStats } from '../index.js';

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
