import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, NOT_NUMBERS } from '../../test/helpers.js';
import { clvGrossMargin, grossMargin, grossMarginPercentage, type GrossMarginInput, type MetricInputErrorCode, type FromWarehouse } from '../index.js';

describe('grossMargin', () => {
  test('is revenue minus direct cost', () => {
    // By hand: 1,000,000 − 750,000 = 250,000; 200,000 − 125,000 = 75,000.
    expect(grossMargin({ revenue: 1_000_000, directCost: 750_000 })).toBe(250_000);
    expect(grossMargin({ revenue: 200_000, directCost: { labour: 110_000, telecom: 15_000 } })).toBe(75_000);
    // Negative when the cost exceeds the revenue.
    expect(grossMargin({ revenue: 900, directCost: 1_000 })).toBe(-100);
    expect(grossMargin({ revenue: 0, directCost: 0 })).toBe(0);
  });

  test('per customer, it is the historical CLV', () => {
    const margin = grossMargin({ revenue: 3_000_000, directCost: { labour: 1_400_000, telecom: 350_000 } });
    // By hand: 1,250,000 over 5,000 customers = 250.
    expect(clvGrossMargin({ grossMargin: margin, customers: 5000 })).toBe(250);
  });

  test('does not mutate its input', () => {
    const input = deepFreeze({ revenue: 100, directCost: { a: 30, b: 20 } });
    expect(grossMargin(input)).toBe(50);
    expect(grossMarginPercentage(input)).toBe(50);
  });

  test.each([
    ['grossMargin', grossMargin],
    ['grossMarginPercentage', grossMarginPercentage],
  ] as const)('%s rejects bad fields and components, naming them', (metric, run) => {
    const bad: readonly (readonly [unknown, MetricInputErrorCode])[] = [...NOT_NUMBERS, [-1, 'NEGATIVE'], [null, 'WRONG_TYPE']];
    for (const [value, code] of bad) {
      expectMetricError(() => run({ revenue: value as number, directCost: 5 }), { metric, code, field: 'input.revenue' });
      expectMetricError(() => run({ revenue: 100, directCost: { labour: value as number } }), { metric, code, field: 'input.directCost.labour' });
    }
    expectMetricError(() => run({ revenue: 100, directCost: {} }), { metric, code: 'EMPTY', field: 'input.directCost' });
    expectMetricError(() => run({ revenue: 100, directCost: 'five' as never }), { metric, code: 'WRONG_TYPE', field: 'input.directCost' });
    expectMetricError(() => run({ revenue: 100, directCost: { a: Number.MAX_VALUE, b: Number.MAX_VALUE } }), { metric, code: 'OUT_OF_RANGE', field: 'input.directCost' });
    for (const input of [null, undefined, 100, [100, 5]]) {
      expectMetricError(() => run(input as never), { metric, code: 'WRONG_TYPE', field: 'input' });
    }
  });

  test('types: named inputs', () => {
    expectTypeOf(grossMargin).parameter(0).toEqualTypeOf<FromWarehouse<GrossMarginInput>>();
    expectTypeOf(grossMarginPercentage).parameter(0).toEqualTypeOf<FromWarehouse<GrossMarginInput>>();
  });
});

describe('grossMarginPercentage', () => {
  test('is the margin as a percentage of revenue', () => {
    // By hand: 250,000 / 1,000,000 = 25 %; 75,000 / 200,000 = 37.5 %.
    expect(grossMarginPercentage({ revenue: 1_000_000, directCost: 750_000 })).toBe(25);
    expect(grossMarginPercentage({ revenue: 200_000, directCost: { labour: 110_000, telecom: 15_000 } })).toBe(37.5);
    // By hand: −100 / 900 = −11.11…%.
    expect(grossMarginPercentage({ revenue: 900, directCost: 1_000 })).toBeCloseTo(-100 / 9, 12);
    expect(grossMarginPercentage({ revenue: 50, directCost: 0 })).toBe(100);
    expect(grossMarginPercentage({ revenue: 50, directCost: 50 })).toBe(0);
  });

  test('is a margin, not a markup', () => {
    // Farris et al. (2010): the same $250 is a 25 % margin on $1,000 of revenue and a 33.3 %
    // markup on $750 of cost.
    const margin = grossMarginPercentage({ revenue: 1000, directCost: 750 });
    expect(margin).toBe(25);
    expect(margin).not.toBeCloseTo((250 / 750) * 100, 1);
  });

  test('rejects no revenue, and a percentage too large for a number', () => {
    expectMetricError(() => grossMarginPercentage({ revenue: 0, directCost: 10 }), { metric: 'grossMarginPercentage', code: 'EMPTY', field: 'input.revenue' });
    expectMetricError(() => grossMarginPercentage({ revenue: 0, directCost: 0 }), { metric: 'grossMarginPercentage', code: 'EMPTY', field: 'input.revenue' });
    expectMetricError(() => grossMarginPercentage({ revenue: Number.MIN_VALUE, directCost: 1e10 }), {
      metric: 'grossMarginPercentage',
      code: 'OUT_OF_RANGE',
      field: 'input.revenue',
    });
  });
});
