import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, NOT_NUMBERS } from '../../test/helpers.js';
import { labourCostPerHour, utilisation, type LabourCostPerHourInput, type MetricInputErrorCode, type FromWarehouse } from '../index.js';

const fullTimeYear = 2080 * 3600; // 2,080 paid hours, in seconds

describe('labourCostPerHour', () => {
  test('follows the worked examples of its sources', () => {
    // RDI Connect: a $15.00 hourly wage plus benefits at 23 % of it ($3.45). By hand, over any
    // number of hours: 15 + 3.45 = 18.45 an hour.
    expect(labourCostPerHour({ labourCost: { wages: 15 * 2080, benefits: 3.45 * 2080 }, paidSeconds: fullTimeYear })).toBeCloseTo(18.45, 12);
    // Iterum: $10 M ÷ (150 agents × 2,080 h × 80 % productive) ≈ $40 per productive hour. By hand,
    // per paid hour: 10,000,000 / 312,000 = 32.0512…; per productive hour ÷ 0.8 = 40.0641…
    const perPaidHour = labourCostPerHour({ labourCost: 10_000_000, paidSeconds: 150 * fullTimeYear });
    expect(perPaidHour).toBeCloseTo(10_000_000 / 312_000, 12);
    expect(perPaidHour / 0.8).toBeCloseTo(10_000_000 / 249_600, 12);
    expect(Math.round(perPaidHour / 0.8)).toBe(40);
  });

  test('the productive-hour variant divides by logged-in utilisation', () => {
    // By hand: $200 for 8 paid hours = $25 an hour; 6 of them logged in (75 %) = $33.33 per
    // logged-in hour = 200 / 6.
    const perPaidHour = labourCostPerHour({ labourCost: 200, paidSeconds: 8 * 3600 });
    expect(perPaidHour).toBe(25);
    const logged = utilisation({ handleSeconds: 4 * 3600, idleSeconds: 2 * 3600, paidSeconds: 8 * 3600 });
    expect(perPaidHour / (logged / 100)).toBeCloseTo(200 / 6, 12);
  });

  test('is not rounded, and is 0 for no cost', () => {
    // By hand: $100 for 3 hours = 33.33…
    expect(labourCostPerHour({ labourCost: 100, paidSeconds: 3 * 3600 })).toBeCloseTo(100 / 3, 12);
    expect(labourCostPerHour({ labourCost: 0, paidSeconds: Number.MIN_VALUE })).toBe(0);
    expect(labourCostPerHour({ labourCost: { wages: 0 }, paidSeconds: 60 })).toBe(0);
  });

  test('a breakdown does not depend on the order of its components', () => {
    const a = labourCostPerHour({ labourCost: { wages: 0.1, benefits: 0.2, taxes: 0.3 }, paidSeconds: 3600 });
    const b = labourCostPerHour({ labourCost: { taxes: 0.3, wages: 0.1, benefits: 0.2 }, paidSeconds: 3600 });
    expect(a).toBe(b);
    expect(a).toBe(0.6);
  });

  test('does not mutate its input', () => {
    expect(labourCostPerHour(deepFreeze({ labourCost: { wages: 100, benefits: 20 }, paidSeconds: 7200 }))).toBe(60);
  });

  test('rejects no paid time, an empty breakdown, and results too large for a number', () => {
    expectMetricError(() => labourCostPerHour({ labourCost: 500, paidSeconds: 0 }), { metric: 'labourCostPerHour', code: 'EMPTY', field: 'input.paidSeconds' });
    expectMetricError(() => labourCostPerHour({ labourCost: {}, paidSeconds: 3600 }), { metric: 'labourCostPerHour', code: 'EMPTY', field: 'input.labourCost' });
    expectMetricError(() => labourCostPerHour({ labourCost: 1, paidSeconds: Number.MIN_VALUE }), {
      metric: 'labourCostPerHour',
      code: 'OUT_OF_RANGE',
      field: 'input.paidSeconds',
    });
    expectMetricError(() => labourCostPerHour({ labourCost: { a: Number.MAX_VALUE, b: Number.MAX_VALUE }, paidSeconds: 3600 }), {
      metric: 'labourCostPerHour',
      code: 'OUT_OF_RANGE',
      field: 'input.labourCost',
    });
  });

  test('rejects bad fields and components, naming them', () => {
    const bad: readonly (readonly [unknown, MetricInputErrorCode])[] = [...NOT_NUMBERS, [-1, 'NEGATIVE'], [null, 'WRONG_TYPE']];
    for (const [value, code] of bad) {
      expectMetricError(() => labourCostPerHour({ labourCost: { wages: 100, benefits: value as number }, paidSeconds: 3600 }), {
        metric: 'labourCostPerHour',
        code,
        field: 'input.labourCost.benefits',
      });
      expectMetricError(() => labourCostPerHour({ labourCost: 100, paidSeconds: value as number }), { metric: 'labourCostPerHour', code, field: 'input.paidSeconds' });
    }
    expectMetricError(() => labourCostPerHour({ labourCost: '100' as never, paidSeconds: 3600 }), { metric: 'labourCostPerHour', code: 'WRONG_TYPE', field: 'input.labourCost' });
    expectMetricError(() => labourCostPerHour({ labourCost: -5, paidSeconds: 3600 }), { metric: 'labourCostPerHour', code: 'NEGATIVE', field: 'input.labourCost' });
    for (const bad of [null, undefined, 18.45, [100, 3600]]) {
      expectMetricError(() => labourCostPerHour(bad as never), { metric: 'labourCostPerHour', code: 'WRONG_TYPE', field: 'input' });
    }
  });

  test('types: named inputs', () => {
    expectTypeOf(labourCostPerHour).parameter(0).toEqualTypeOf<FromWarehouse<LabourCostPerHourInput>>();
  });
});
