import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, NOT_NUMBERS } from '../../test/helpers.js';
import { clvMarginMultiple, type ClvMarginMultipleInput } from '../index.js';

const metric = 'clvMarginMultiple';

describe('clvMarginMultiple', () => {
  test('the margin multiple r / (1 + d − r)', () => {
    // Alhamed's Frameworks Library (CLV formula, after Gupta & Lehmann): "At r=80%, i=10% that
    // is 2.67 years of margin"; by hand 0.8 / 0.3 = 8/3.
    const multiple = clvMarginMultiple({ marginPerPeriod: 1, retentionProbability: 0.8, discountRate: 0.1 });
    expect(Math.round(multiple * 100) / 100).toBe(2.67);
    expect(multiple).toBeCloseTo(8 / 3, 14);
  });

  test('m × r / (1 + d − r), by hand', () => {
    // 100 × 0.9 / 0.2 = 450; 50 × 0.5 / (1 + 0.25 − 0.5) = 25 / 0.75 = 100/3; r = 0 gives 0.
    expect(clvMarginMultiple({ marginPerPeriod: 100, retentionProbability: 0.9, discountRate: 0.1 })).toBeCloseTo(450, 11);
    expect(clvMarginMultiple({ marginPerPeriod: 50, retentionProbability: 0.5, discountRate: 0.25 })).toBeCloseTo(100 / 3, 13);
    expect(clvMarginMultiple({ marginPerPeriod: 100, retentionProbability: 0, discountRate: 0.1 })).toBe(0);
    // Undiscounted: m × r / (1 − r) = 10 × 0.75 / 0.25 = 30.
    expect(clvMarginMultiple({ marginPerPeriod: 10, retentionProbability: 0.75, discountRate: 0 })).toBe(30);
    // A negative margin gives a negative value: −20 × 0.5 / 0.6 = −50/3.
    expect(clvMarginMultiple({ marginPerPeriod: -20, retentionProbability: 0.5, discountRate: 0.1 })).toBeCloseTo(-50 / 3, 13);
  });

  test('r = 1 with d > 0 is the perpetuity m / d', () => {
    // Σ_{t≥1} m / (1 + d)^t = m / d: 100 / 0.1 = 1000, 12 / 0.04 = 300.
    expect(clvMarginMultiple({ marginPerPeriod: 100, retentionProbability: 1, discountRate: 0.1 })).toBe(1000);
    expect(clvMarginMultiple({ marginPerPeriod: 12, retentionProbability: 1, discountRate: 0.04 })).toBeCloseTo(300, 12);
    // A tiny discount rate is not lost against 1 (1 + d − r would round to 0 in that order).
    expect(clvMarginMultiple({ marginPerPeriod: 1, retentionProbability: 1, discountRate: 1e-17 })).toBe(1e17);
  });

  test('the start-of-period variant in the docs is this result + m', () => {
    // m (1 + d) / (1 + d − r), by hand for m = 100, r = 0.8, d = 0.1: 110 / 0.3 = 366.67 = 266.67 + 100.
    const result = clvMarginMultiple({ marginPerPeriod: 100, retentionProbability: 0.8, discountRate: 0.1 });
    expect(result + 100).toBeCloseTo(110 / 0.3, 11);
  });

  test('zero margin is 0, never −0', () => {
    expect(Object.is(clvMarginMultiple({ marginPerPeriod: -0, retentionProbability: 0.5, discountRate: 0.1 }), 0)).toBe(true);
    expect(Object.is(clvMarginMultiple({ marginPerPeriod: -5, retentionProbability: 0, discountRate: 0.1 }), 0)).toBe(true);
  });

  test('does not mutate its input', () => {
    expect(clvMarginMultiple(deepFreeze({ marginPerPeriod: 100, retentionProbability: 1, discountRate: 0.5 }))).toBe(200);
  });

  test('rejects r = 1 with d = 0: the sum has no finite value', () => {
    const error = expectMetricError(() => clvMarginMultiple({ marginPerPeriod: 100, retentionProbability: 1, discountRate: 0 }), {
      metric,
      code: 'INCONSISTENT',
      field: 'input.retentionProbability',
    });
    expect(error.received).toBe(1);
  });

  test.each([[undefined, 'WRONG_TYPE'], [null, 'WRONG_TYPE'], ...NOT_NUMBERS] as const)('rejects marginPerPeriod = %o with %s', (bad, code) => {
    const input = { marginPerPeriod: bad, retentionProbability: 0.8, discountRate: 0.1 } as unknown as ClvMarginMultipleInput;
    expectMetricError(() => clvMarginMultiple(input), { metric, code, field: 'input.marginPerPeriod' });
  });

  test.each(
    (['retentionProbability', 'discountRate'] as const).flatMap((field) =>
      ([[80, 'OUT_OF_RANGE'], [10, 'OUT_OF_RANGE'], [1.000001, 'OUT_OF_RANGE'], [-0.05, 'OUT_OF_RANGE'], [undefined, 'WRONG_TYPE'], ...NOT_NUMBERS] as const).map(
        ([bad, code]) => [field, bad, code] as const,
      ),
    ),
  )('rejects %s = %o with %s', (field, bad, code) => {
    const input = { marginPerPeriod: 100, retentionProbability: 0.8, discountRate: 0.1, [field]: bad } as unknown as ClvMarginMultipleInput;
    const error = expectMetricError(() => clvMarginMultiple(input), { metric, code, field: `input.${field}` });
    expect(error.message).toContain('a fraction from 0 to 1 (0.1 for 10 %)');
  });

  test('rejects a value that overflows instead of returning Infinity', () => {
    expectMetricError(() => clvMarginMultiple({ marginPerPeriod: 1e300, retentionProbability: 1, discountRate: 1e-10 }), {
      metric,
      code: 'OUT_OF_RANGE',
      field: 'input',
    });
    expectMetricError(() => clvMarginMultiple({ marginPerPeriod: -1, retentionProbability: 1, discountRate: 5e-324 }), {
      metric,
      code: 'OUT_OF_RANGE',
      field: 'input',
    });
  });

  test('rejects what is not an object', () => {
    for (const bad of [undefined, null, 0.8, [100, 0.8, 0.1]]) {
      expectMetricError(() => clvMarginMultiple(bad as unknown as ClvMarginMultipleInput), { metric, code: 'WRONG_TYPE', field: 'input' });
    }
  });

  test('types: all three fields are required', () => {
    expectTypeOf(clvMarginMultiple).toBeCallableWith({ marginPerPeriod: 1, retentionProbability: 0.5, discountRate: 0.1 });
    // @ts-expect-error discountRate is required
    expectTypeOf(clvMarginMultiple).toBeCallableWith({ marginPerPeriod: 1, retentionProbability: 0.5 });
  });
});
