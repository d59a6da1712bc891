import { describe, expect, test } from 'vitest';
import { fc, test as propTest } from '@fast-check/vitest';
import { expectMetricError } from '../../test/helpers.js';
import { compareMeans, meanSummary } from '../index.js';

// R's `sleep` data set (Student 1908; Cushny & Peebles 1905): extra hours of sleep, two drugs.
const GROUP_1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0, 2];
const GROUP_2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

describe('compareMeans', () => {
  test("agrees with R's Welch t.test(extra ~ group, data = sleep)", () => {
    // R prints: t = -1.8608, df = 17.776, p-value = 0.07939,
    // 95 percent confidence interval: -3.3654832 0.2054832; means 0.75 and 2.33.
    const result = compareMeans(meanSummary(GROUP_1), meanSummary(GROUP_2));
    expect(result.difference).toBeCloseTo(-1.58, 13);
    expect(result.difference / result.standardError).toBeCloseTo(-1.8608, 4);
    expect(result.degreesOfFreedom).toBeCloseTo(17.776, 3);
    expect(result.pValue).toBeCloseTo(0.07939, 5);
    expect(result.lower).toBeCloseTo(-3.3654832, 7);
    expect(result.upper).toBeCloseTo(0.2054832, 7);
    expect(result.method).toBe('welch');
  });

  test('the Welch–Satterthwaite degrees of freedom, by the textbook formula', () => {
    // Welch (1947), Satterthwaite (1946): ν = (v₁ + v₂)² / (v₁²/9 + v₂²/9) with v = s²/10, the
    // sample variances computed here by the two-pass definition.
    const variance = (xs: number[]): number => {
      const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
      return xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1);
    };
    const [v1, v2] = [variance(GROUP_1) / 10, variance(GROUP_2) / 10];
    const result = compareMeans(meanSummary(GROUP_1), meanSummary(GROUP_2));
    expect(result.degreesOfFreedom).toBeCloseTo((v1 + v2) ** 2 / (v1 ** 2 / 9 + v2 ** 2 / 9), 11);
    expect(result.standardError).toBeCloseTo(Math.sqrt(v1 + v2), 13);
  });

  test('with no spread in either sample: zero standard error', () => {
    const result = compareMeans(meanSummary([5, 5]), meanSummary([4, 4, 4]));
    expect(result).toStrictEqual({
      difference: 1,
      lower: 1,
      upper: 1,
      standardError: 0,
      degreesOfFreedom: 3,
      pValue: 0,
      confidenceLevel: 0.95,
      method: 'welch',
    });
    expect(compareMeans(meanSummary([5, 5]), meanSummary([5, 5])).pValue).toBe(1);
  });

  propTest.prop([
    fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1000, max: 1000 }), { minLength: 2, maxLength: 40 }),
    fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1000, max: 1000 }), { minLength: 2, maxLength: 40 }),
  ])('is antisymmetric and contains the difference; ν lies between min(n) − 1 and nₐ + n_b − 2', (a, b) => {
    const ab = compareMeans(meanSummary(a), meanSummary(b));
    const ba = compareMeans(meanSummary(b), meanSummary(a));
    expect(ba.difference).toBe(-ab.difference);
    expect(ba.pValue).toBeCloseTo(ab.pValue, 12);
    expect(ab.lower).toBeLessThanOrEqual(ab.difference);
    expect(ab.upper).toBeGreaterThanOrEqual(ab.difference);
    expect(ab.degreesOfFreedom).toBeGreaterThanOrEqual(Math.min(a.length, b.length) - 1 - 1e-9);
    expect(ab.degreesOfFreedom).toBeLessThanOrEqual(a.length + b.length - 2 + 1e-9);
  });

  test('rejects samples with fewer than two values', () => {
    expectMetricError(() => compareMeans(meanSummary([1]), meanSummary([1, 2])), { metric: 'compareMeans', code: 'EMPTY', field: 'a.count' });
    expectMetricError(() => compareMeans(meanSummary([1, 2]), meanSummary([])), { metric: 'compareMeans', code: 'EMPTY', field: 'b.count' });
  });
});

describe('compareMeans: summaries too far apart for a double', () => {
  test('a difference of means that overflows is OUT_OF_RANGE on b.mean, not Infinity', () => {
    // MAX − (−MAX) = 2·MAX is not a double.
    const a = { count: 2, mean: Number.MAX_VALUE, sumOfSquaredDeviations: 1, unanswered: 0 };
    expectMetricError(() => compareMeans(a, { ...a, mean: -Number.MAX_VALUE }), { metric: 'compareMeans', code: 'OUT_OF_RANGE', field: 'b.mean' });
  });
});
