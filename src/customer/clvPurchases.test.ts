import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, NOT_NUMBERS } from '../../test/helpers.js';
import { clvPurchases, type ClvPurchasesInput } from '../index.js';

const metric = 'clvPurchases';
const base = { averagePurchaseValue: 300, purchasesPerYear: 5, lifespanYears: 2 };

describe('clvPurchases', () => {
  test('is value × frequency × lifespan, revenue-based by default', () => {
    // Worked example of glmbs.de ("How customer lifetime value is calculated"): purchase value
    // $300, five purchases a year, a two-year lifespan: ($300 × 5) × 2 = $3000.
    expect(clvPurchases(base)).toBe(3000);
    // By hand: 50 × 0.5 × 3 = 75 (fractions of purchases and years are averages).
    expect(clvPurchases({ averagePurchaseValue: 50, purchasesPerYear: 0.5, lifespanYears: 3 })).toBe(75);
  });

  test('× the gross margin rate, a fraction', () => {
    // By hand: 3000 × 0.4 = 1200; × 1 is the revenue-based default; × 0 is 0.
    expect(clvPurchases({ ...base, grossMarginRate: 0.4 })).toBe(1200);
    expect(clvPurchases({ ...base, grossMarginRate: 1 })).toBe(clvPurchases(base));
    expect(clvPurchases({ ...base, grossMarginRate: 0 })).toBe(0);
    // Figuredly's formula (order value × purchases per year × lifespan × gross margin), with
    // numbers by hand: 80 × 4 × 3 × 0.25 = 240.
    expect(clvPurchases({ averagePurchaseValue: 80, purchasesPerYear: 4, lifespanYears: 3, grossMarginRate: 0.25 })).toBe(240);
  });

  test('zero anywhere gives 0', () => {
    expect(clvPurchases({ ...base, averagePurchaseValue: 0 })).toBe(0);
    expect(clvPurchases({ ...base, purchasesPerYear: 0 })).toBe(0);
    expect(clvPurchases({ ...base, lifespanYears: 0 })).toBe(0);
  });

  test('does not mutate its input', () => {
    expect(clvPurchases(deepFreeze({ ...base, grossMarginRate: 0.5 }))).toBe(1500);
  });

  test.each(
    (['averagePurchaseValue', 'purchasesPerYear', 'lifespanYears'] as const).flatMap((field) =>
      ([[-1, 'NEGATIVE'], [-0.01, 'NEGATIVE'], [undefined, 'WRONG_TYPE'], ...NOT_NUMBERS] as const).map(([bad, code]) => [field, bad, code] as const),
    ),
  )('rejects %s = %o with %s', (field, bad, code) => {
    const input = { ...base, [field]: bad } as unknown as ClvPurchasesInput;
    expectMetricError(() => clvPurchases(input), { metric, code, field: `input.${field}` });
  });

  test.each([[40, 'OUT_OF_RANGE'], [1.01, 'OUT_OF_RANGE'], [-0.1, 'OUT_OF_RANGE'], [null, 'WRONG_TYPE'], ...NOT_NUMBERS] as const)(
    'rejects grossMarginRate = %o with %s',
    (bad, code) => {
      const input = { ...base, grossMarginRate: bad } as unknown as ClvPurchasesInput;
      const error = expectMetricError(() => clvPurchases(input), { metric, code, field: 'input.grossMarginRate' });
      expect(error.message).toContain('a fraction from 0 to 1');
    },
  );

  test('rejects a product that overflows instead of returning Infinity', () => {
    expectMetricError(() => clvPurchases({ averagePurchaseValue: 1e200, purchasesPerYear: 1e200, lifespanYears: 1 }), {
      metric,
      code: 'OUT_OF_RANGE',
      field: 'input',
    });
  });

  test('rejects what is not an object', () => {
    for (const bad of [undefined, null, 3000, [300, 5, 2]]) {
      expectMetricError(() => clvPurchases(bad as unknown as ClvPurchasesInput), { metric, code: 'WRONG_TYPE', field: 'input' });
    }
  });

  test('types: grossMarginRate is optional', () => {
    expectTypeOf(clvPurchases).toBeCallableWith(base);
    expectTypeOf(clvPurchases).toBeCallableWith({ ...base, grossMarginRate: 0.3 });
    // @ts-expect-error lifespanYears is required
    expectTypeOf(clvPurchases).toBeCallableWith({ averagePurchaseValue: 1, purchasesPerYear: 1 });
  });
});
