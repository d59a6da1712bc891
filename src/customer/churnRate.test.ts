import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, NOT_NUMBERS } from '../../test/helpers.js';
import { churnRate, type ChurnCounts } from '../index.js';

describe('churnRate', () => {
  test('from customers lost: lost / start × 100', () => {
    // Worked example of the Brett777/Predict-Churn README: 500 customers at the start of the
    // month, 450 at the end, no new sales counted: (500 − 450) / 500 = 10 %.
    expect(churnRate({ customersAtStart: 500, customersLost: 50 })).toBe(10);
    expect(churnRate({ customersAtStart: 500, customersAtEnd: 450, newCustomers: 0 })).toBe(10);
    // By hand: 1 of 3 left.
    expect(churnRate({ customersAtStart: 3, customersLost: 1 })).toBe(100 / 3);
    expect(churnRate({ customersAtStart: 3, customersLost: 0 })).toBe(0);
    expect(churnRate({ customersAtStart: 3, customersLost: 3 })).toBe(100);
  });

  test('from retention counts: lost = CS − (CE − CN)', () => {
    // By hand: 200 at start, 190 at end of whom 30 new: 160 stayed, 40 left = 20 %.
    expect(churnRate({ customersAtStart: 200, customersAtEnd: 190, newCustomers: 30 })).toBe(20);
    // 1000, 1100, 250 new: 850 stayed, 150 left = 15 %.
    expect(churnRate({ customersAtStart: 1000, customersAtEnd: 1100, newCustomers: 250 })).toBe(15);
    // Both forms agree when lost is counted directly: 2 of 7 left.
    expect(churnRate({ customersAtStart: 7, customersAtEnd: 9, newCustomers: 4 })).toBe(
      churnRate({ customersAtStart: 7, customersLost: 2 }),
    );
  });

  test('undefined fields count as absent', () => {
    const counts = { customersAtStart: 10, customersLost: 4, customersAtEnd: undefined, newCustomers: undefined };
    expect(churnRate(counts as unknown as ChurnCounts)).toBe(40);
  });

  test('does not mutate its input', () => {
    expect(churnRate(deepFreeze({ customersAtStart: 8, customersLost: 2 }))).toBe(25);
    expect(churnRate(deepFreeze({ customersAtStart: 8, customersAtEnd: 8, newCustomers: 2 }))).toBe(25);
  });

  test('rejects no customers at the start as EMPTY, in both forms', () => {
    expectMetricError(() => churnRate({ customersAtStart: 0, customersLost: 0 }), {
      metric: 'churnRate',
      code: 'EMPTY',
      field: 'counts.customersAtStart',
    });
    expectMetricError(() => churnRate({ customersAtStart: 0, customersAtEnd: 3, newCustomers: 3 }), {
      metric: 'churnRate',
      code: 'EMPTY',
      field: 'counts.customersAtStart',
    });
  });

  test('rejects more customers lost than at the start', () => {
    const error = expectMetricError(() => churnRate({ customersAtStart: 50, customersLost: 60 }), {
      metric: 'churnRate',
      code: 'INCONSISTENT',
      field: 'counts.customersLost',
    });
    expect(error.received).toBe(60);
  });

  test('rejects inconsistent retention counts as retentionRate does', () => {
    expectMetricError(() => churnRate({ customersAtStart: 10, customersAtEnd: 4, newCustomers: 7 }), {
      metric: 'churnRate',
      code: 'INCONSISTENT',
      field: 'counts.newCustomers',
    });
    expectMetricError(() => churnRate({ customersAtStart: 10, customersAtEnd: 20, newCustomers: 5 }), {
      metric: 'churnRate',
      code: 'INCONSISTENT',
      field: 'counts.customersAtEnd',
    });
  });

  test('rejects fields of both forms together', () => {
    for (const mixed of [
      { customersAtStart: 10, customersLost: 2, customersAtEnd: 8 },
      { customersAtStart: 10, customersLost: 2, newCustomers: 0 },
      { customersAtStart: 10, customersLost: 2, customersAtEnd: 8, newCustomers: 0 },
    ]) {
      expectMetricError(() => churnRate(mixed), {
        metric: 'churnRate',
        code: 'INCONSISTENT',
        field: 'counts.customersLost',
      });
    }
  });

  test('without customersLost, asks for the retention counts', () => {
    expectMetricError(() => churnRate({ customersAtStart: 10 } as unknown as ChurnCounts), {
      metric: 'churnRate',
      code: 'WRONG_TYPE',
      field: 'counts.customersAtEnd',
    });
  });

  test.each(
    (['customersAtStart', 'customersLost'] as const).flatMap((field) =>
      ([[-1, 'NEGATIVE'], [0.5, 'NOT_INTEGER'], [null, 'WRONG_TYPE'], ...NOT_NUMBERS] as const).map(([bad, code]) => [field, bad, code] as const),
    ),
  )('rejects %s = %o with %s in the customers-lost form', (field, bad, code) => {
    const counts = { customersAtStart: 10, customersLost: 1, [field]: bad };
    expectMetricError(() => churnRate(counts), { metric: 'churnRate', code, field: `counts.${field}` });
  });

  test.each(
    (['customersAtStart', 'customersAtEnd', 'newCustomers'] as const).flatMap((field) =>
      ([[-1, 'NEGATIVE'], [0.5, 'NOT_INTEGER'], ...NOT_NUMBERS] as const).map(([bad, code]) => [field, bad, code] as const),
    ),
  )('rejects %s = %o with %s in the retention form', (field, bad, code) => {
    const counts = { customersAtStart: 10, customersAtEnd: 10, newCustomers: 1, [field]: bad };
    expectMetricError(() => churnRate(counts), { metric: 'churnRate', code, field: `counts.${field}` });
  });

  test('rejects what is not an object', () => {
    for (const bad of [undefined, null, 0.1, 'churn', [500, 50]]) {
      expectMetricError(() => churnRate(bad as unknown as ChurnCounts), { metric: 'churnRate', code: 'WRONG_TYPE', field: 'counts' });
    }
  });

  test('types: either form', () => {
    expectTypeOf(churnRate).toBeCallableWith({ customersAtStart: 1, customersLost: 0 });
    expectTypeOf(churnRate).toBeCallableWith({ customersAtStart: 1, customersAtEnd: 1, newCustomers: 0 });
    // @ts-expect-error neither form
    expectTypeOf(churnRate).toBeCallableWith({ customersAtStart: 1 });
  });
});
