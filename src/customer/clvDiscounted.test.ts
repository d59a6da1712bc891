import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, NOT_NUMBERS } from '../../test/helpers.js';
import { clvDiscounted, clvMarginMultiple, type ClvDiscountedInput } from '../index.js';

const metric = 'clvDiscounted';
const base = { marginPerPeriod: 100, retentionProbability: 0.8, discountRate: 0.1, periods: 3 };

/** Σ_{t=1}^{T} m q^t term by term, q = r / (1 + d): the definition, summed directly. */
function directSum(m: number, r: number, d: number, periods: number): number {
  const q = r / (1 + d);
  let sum = 0;
  let power = 1;
  for (let t = 1; t <= periods; t++) {
    power *= q;
    sum += m * power;
  }
  return sum;
}

describe('clvDiscounted', () => {
  test('Σ_{t=1}^{T} m r^t / (1 + d)^t, by hand', () => {
    // q = 0.8 / 1.1 = 8/11; Σ_{t=1}^{3} q^t = (8 × 121 + 64 × 11 + 512) / 1331 = 2184/1331,
    // so 100 × 2184/1331 = 218400/1331 = 164.087…
    expect(clvDiscounted(base)).toBeCloseTo(218_400 / 1331, 12);
    // One period: m × r / (1 + d) = 100 × 0.8 / 1.1 = 800/11.
    expect(clvDiscounted({ ...base, periods: 1 })).toBeCloseTo(800 / 11, 12);
    // Undiscounted: 10 × (0.5 + 0.25) = 7.5.
    expect(clvDiscounted({ marginPerPeriod: 10, retentionProbability: 0.5, discountRate: 0, periods: 2 })).toBeCloseTo(7.5, 14);
  });

  test('r = 1 is allowed: the ordinary annuity, or m × T when d = 0', () => {
    // 100 × (10/11 + 100/121 + 1000/1331) = 100 × 3310/1331 = 331000/1331 = 248.685…
    expect(clvDiscounted({ ...base, retentionProbability: 1 })).toBeCloseTo(331_000 / 1331, 12);
    // The textbook annuity factor (1 − 1.1^−3) / 0.1, computed differently.
    expect(clvDiscounted({ ...base, retentionProbability: 1 })).toBeCloseTo((100 * (1 - 1.1 ** -3)) / 0.1, 11);
    expect(clvDiscounted({ marginPerPeriod: 100, retentionProbability: 1, discountRate: 0, periods: 12 })).toBe(1200);
    expect(clvDiscounted({ marginPerPeriod: -3, retentionProbability: 1, discountRate: 0, periods: 5 })).toBe(-15);
    // A subnormal discount rate: Σ (1 + d)^−t is T to double precision, not 0/0 or Infinity.
    expect(clvDiscounted({ marginPerPeriod: 1, retentionProbability: 1, discountRate: 5e-324, periods: 10 })).toBe(10);
    expect(clvDiscounted({ marginPerPeriod: 1, retentionProbability: 1, discountRate: 1e-20, periods: 1000 })).toBe(1000);
  });

  test('no periods or no retention give 0, never −0', () => {
    expect(clvDiscounted({ ...base, periods: 0 })).toBe(0);
    expect(Object.is(clvDiscounted({ ...base, marginPerPeriod: -5, periods: 0 }), 0)).toBe(true);
    expect(Object.is(clvDiscounted({ ...base, marginPerPeriod: -5, retentionProbability: 0 }), 0)).toBe(true);
  });

  test('stays accurate when q is close to 1, where 1 − q^T loses digits', () => {
    // r = 1 − 1e-12, d = 0, T = 3: the direct sum q + q² + q³ is accurate here (3 terms); the
    // textbook closed form m q (1 − q³) / (1 − q) would keep only about 4 digits.
    const r = 1 - 1e-12;
    const input = { marginPerPeriod: 1, retentionProbability: r, discountRate: 0, periods: 3 };
    expect(Math.abs(clvDiscounted(input) - directSum(1, r, 0, 3))).toBeLessThanOrEqual(4e-15 * 3);
  });

  test('reaches clvMarginMultiple over a long horizon, bit for bit once q^T vanishes', () => {
    const terms = { marginPerPeriod: 100, retentionProbability: 0.8, discountRate: 0.1 };
    // By hand: 100 × 0.8 / 0.3 = 266.67.
    expect(clvDiscounted({ ...terms, periods: 200 })).toBe(clvMarginMultiple(terms));
    expect(clvDiscounted({ ...terms, periods: 200 })).toBeCloseTo(800 / 3, 11);
    expect(clvDiscounted({ ...terms, periods: Number.MAX_SAFE_INTEGER })).toBe(clvMarginMultiple(terms));
  });

  test('does not mutate its input', () => {
    expect(clvDiscounted(deepFreeze({ marginPerPeriod: 1, retentionProbability: 1, discountRate: 0, periods: 4 }))).toBe(4);
  });

  test.each([[-1, 'NEGATIVE'], [2.5, 'NOT_INTEGER'], [undefined, 'WRONG_TYPE'], ...NOT_NUMBERS] as const)(
    'rejects periods = %o with %s',
    (bad, code) => {
      const input = { ...base, periods: bad } as unknown as ClvDiscountedInput;
      expectMetricError(() => clvDiscounted(input), { metric, code, field: 'input.periods' });
    },
  );

  test.each([[undefined, 'WRONG_TYPE'], ...NOT_NUMBERS] as const)('rejects marginPerPeriod = %o with %s', (bad, code) => {
    const input = { ...base, marginPerPeriod: bad } as unknown as ClvDiscountedInput;
    expectMetricError(() => clvDiscounted(input), { metric, code, field: 'input.marginPerPeriod' });
  });

  test.each(
    (['retentionProbability', 'discountRate'] as const).flatMap((field) =>
      ([[80, 'OUT_OF_RANGE'], [1.5, 'OUT_OF_RANGE'], [-0.1, 'OUT_OF_RANGE'], [undefined, 'WRONG_TYPE'], ...NOT_NUMBERS] as const).map(
        ([bad, code]) => [field, bad, code] as const,
      ),
    ),
  )('rejects %s = %o with %s', (field, bad, code) => {
    const input = { ...base, [field]: bad } as unknown as ClvDiscountedInput;
    expectMetricError(() => clvDiscounted(input), { metric, code, field: `input.${field}` });
  });

  test('rejects a value that overflows instead of returning Infinity', () => {
    expectMetricError(() => clvDiscounted({ marginPerPeriod: 1e300, retentionProbability: 1, discountRate: 0, periods: 1e10 }), {
      metric,
      code: 'OUT_OF_RANGE',
      field: 'input',
    });
    expectMetricError(() => clvDiscounted({ marginPerPeriod: 1e308, retentionProbability: 1, discountRate: 1e-9, periods: 100 }), {
      metric,
      code: 'OUT_OF_RANGE',
      field: 'input',
    });
  });

  test('rejects what is not an object', () => {
    for (const bad of [undefined, null, 3, [100, 0.8, 0.1, 3]]) {
      expectMetricError(() => clvDiscounted(bad as unknown as ClvDiscountedInput), { metric, code: 'WRONG_TYPE', field: 'input' });
    }
  });

  test('types: periods is required', () => {
    expectTypeOf(clvDiscounted).toBeCallableWith(base);
    // @ts-expect-error periods is required
    expectTypeOf(clvDiscounted).toBeCallableWith({ marginPerPeriod: 1, retentionProbability: 0.5, discountRate: 0.1 });
  });
});
