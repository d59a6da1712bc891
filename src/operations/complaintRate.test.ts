import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, NOT_NUMBERS } from '../../test/helpers.js';
import { complaintRate, type ComplaintRateInput, type ComplaintRateOptions, type MetricInputErrorCode, type FromWarehouse } from '../index.js';

describe('complaintRate', () => {
  test('is complaints per 1,000 customers by default', () => {
    // By hand: 45 × 1,000 / 30,000 = 1.5.
    expect(complaintRate({ complaints: 45, customers: 30_000 })).toBe(1.5);
    // By hand: 472 complaints over 247,120 accounts = 472,000 / 247,120 = 1.91001… — the
    // "1.91 per 1,000 banking accounts" form Cumberland Building Society publishes.
    expect(complaintRate({ complaints: 472, customers: 247_120 })).toBeCloseTo(1.91, 2);
    expect(complaintRate({ complaints: 472, customers: 247_120 })).toBeCloseTo(472_000 / 247_120, 13);
    expect(complaintRate({ complaints: 0, customers: 10 })).toBe(0);
  });

  test('takes any base size', () => {
    // By hand: 45 × 100,000 / 30,000 = 150 per 100,000.
    expect(complaintRate({ complaints: 45, customers: 30_000 }, { per: 100_000 })).toBe(150);
    // Per million units (CPMU): 3 complaints on 1.5 million units is 2.
    expect(complaintRate({ complaints: 3, customers: 1_500_000 }, { per: 1_000_000 })).toBe(2);
    // Per customer (per: 1) is a plain ratio, and a customer may complain more than once.
    expect(complaintRate({ complaints: 12, customers: 8 }, { per: 1 })).toBe(1.5);
  });

  test('accepts an average, fractional customer base', () => {
    // By hand: an average of 2,500.5 members over the quarter, 10 complaints: 10,000 / 2,500.5.
    expect(complaintRate({ complaints: 10, customers: 2500.5 })).toBe(10_000 / 2500.5);
  });

  test('does not mutate its input', () => {
    expect(complaintRate(deepFreeze({ complaints: 2, customers: 1000 }), deepFreeze({ per: 1000 }))).toBe(2);
  });

  test('rejects no customers', () => {
    expectMetricError(() => complaintRate({ complaints: 3, customers: 0 }), { metric: 'complaintRate', code: 'EMPTY', field: 'input.customers' });
  });

  test('rejects bad complaints, naming them', () => {
    const bad: readonly (readonly [unknown, MetricInputErrorCode])[] = [...NOT_NUMBERS, [-1, 'NEGATIVE'], [2.5, 'NOT_INTEGER'], [null, 'WRONG_TYPE']];
    for (const [value, code] of bad) {
      expectMetricError(() => complaintRate({ complaints: value as number, customers: 100 }), { metric: 'complaintRate', code, field: 'input.complaints' });
    }
  });

  test('rejects bad customers, naming them', () => {
    const bad: readonly (readonly [unknown, MetricInputErrorCode])[] = [...NOT_NUMBERS, [-1, 'NEGATIVE'], [undefined, 'WRONG_TYPE']];
    for (const [value, code] of bad) {
      expectMetricError(() => complaintRate({ complaints: 1, customers: value as number }), { metric: 'complaintRate', code, field: 'input.customers' });
    }
  });

  test('rejects a bad base size and a rate too large for a number', () => {
    const bad: readonly (readonly [unknown, MetricInputErrorCode])[] = [...NOT_NUMBERS, [-1000, 'NEGATIVE'], [0, 'OUT_OF_RANGE']];
    for (const [per, code] of bad) {
      expectMetricError(() => complaintRate({ complaints: 1, customers: 100 }, { per: per as number }), {
        metric: 'complaintRate',
        code,
        field: 'options.per',
      });
    }
    expectMetricError(() => complaintRate({ complaints: 10, customers: 1e-300 }, { per: 1e300 }), {
      metric: 'complaintRate',
      code: 'OUT_OF_RANGE',
      field: 'options.per',
    });
  });

  test('rejects what is not an object', () => {
    for (const bad of [null, undefined, 45, [45, 30_000]]) {
      expectMetricError(() => complaintRate(bad as never), { metric: 'complaintRate', code: 'WRONG_TYPE', field: 'input' });
    }
    expectMetricError(() => complaintRate({ complaints: 1, customers: 1 }, 1000 as never), {
      metric: 'complaintRate',
      code: 'WRONG_TYPE',
      field: 'options',
    });
  });

  test('types: named inputs and options', () => {
    expectTypeOf(complaintRate).parameter(0).toEqualTypeOf<FromWarehouse<ComplaintRateInput>>();
    expectTypeOf(complaintRate).parameter(1).toEqualTypeOf<ComplaintRateOptions | undefined>();
  });
});
