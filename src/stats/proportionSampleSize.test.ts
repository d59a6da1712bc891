import { describe, expect, test } from 'vitest';
import { fc, test as propTest } from '@fast-check/vitest';
import { expectMetricError } from '../../test/helpers.js';
import { proportionSampleSize } from '../index.js';

describe('proportionSampleSize', () => {
  test('the classic 385 for ± 5 % and 1068 for ± 3 % at 95 %', () => {
    // statsmodels samplesize_confint_proportion(0.5, 0.05) = 384.14588206941266 (scipy 1.17.1; mpmath:
    // 0.25·(z/0.05)² = 384.1458820694126), rounded up to 385; the same sum gives 1067.07 → 1068.
    expect(proportionSampleSize({ marginOfError: 5 })).toBe(385);
    expect(proportionSampleSize({ marginOfError: 3 })).toBe(1068);
  });

  test('an expected rate and a finite population lower it', () => {
    // 0.85·0.15·(100·z/5)² = 195.9 → 196; with N = 1000: 384.146/(1 + 383.146/1000) = 277.7 → 278.
    expect(proportionSampleSize({ marginOfError: 5, expectedPercentage: 85 })).toBe(196);
    expect(proportionSampleSize({ marginOfError: 5 }, { populationSize: 1000 })).toBe(278);
    expect(proportionSampleSize({ marginOfError: 5, expectedPercentage: 100 })).toBe(1);
  });

  propTest.prop([fc.double({ noNaN: true, min: 0, max: 100 }), fc.double({ noNaN: true, min: 0.5, max: 100 })])(
    'never exceeds the worst case at 50 %',
    (expectedPercentage, marginOfError) => {
      expect(proportionSampleSize({ marginOfError, expectedPercentage })).toBeLessThanOrEqual(proportionSampleSize({ marginOfError }));
    },
  );

  test('rejects bad input', () => {
    const metric = 'proportionSampleSize';
    expectMetricError(() => proportionSampleSize({ marginOfError: 5, expectedPercentage: 120 }), {
      metric,
      code: 'OUT_OF_RANGE',
      field: 'input.expectedPercentage',
    });
    expectMetricError(() => proportionSampleSize({ marginOfError: -2 }), { metric, code: 'OUT_OF_RANGE', field: 'input.marginOfError' });
    expectMetricError(() => proportionSampleSize({ marginOfError: 5 }, { populationSize: 10.5 }), { metric, code: 'NOT_INTEGER' });
  });
});

describe('proportionSampleSize: a margin too narrow', () => {
  test('is OUT_OF_RANGE on input.marginOfError, not Infinity', () => {
    // (100 × 1.96 / 1e−160)² × 0.25 overflows to Infinity.
    expectMetricError(() => proportionSampleSize({ marginOfError: 1e-160 }), {
      metric: 'proportionSampleSize',
      code: 'OUT_OF_RANGE',
      field: 'input.marginOfError',
    });
  });
});
