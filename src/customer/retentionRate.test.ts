import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, NOT_NUMBERS } from '../../test/helpers.js';
import { retentionRate, type RetentionCounts } from '../index.js';

describe('retentionRate', () => {
  test('follows ((CE − CN) / CS) × 100', () => {
    // Exprimere's formula ((E − N) / S) × 100; numbers by hand.
    // 200 at start, 190 at end, 30 new: 160 stayed of 200 = 80 %.
    expect(retentionRate({ customersAtStart: 200, customersAtEnd: 190, newCustomers: 30 })).toBe(80);
    // 1000 at start, 1100 at end, 250 new: 850 stayed = 85 %.
    expect(retentionRate({ customersAtStart: 1000, customersAtEnd: 1100, newCustomers: 250 })).toBe(85);
    // Everyone stayed and nobody joined; nobody stayed.
    expect(retentionRate({ customersAtStart: 7, customersAtEnd: 7, newCustomers: 0 })).toBe(100);
    expect(retentionRate({ customersAtStart: 7, customersAtEnd: 3, newCustomers: 3 })).toBe(0);
  });

  test('is not rounded', () => {
    // 2 of 3 stayed: exactly the double nearest 200/3.
    expect(retentionRate({ customersAtStart: 3, customersAtEnd: 2, newCustomers: 0 })).toBe(200 / 3);
  });

  test('accepts the bounds of consistency: CN = CE and CE − CN = CS', () => {
    expect(retentionRate({ customersAtStart: 5, customersAtEnd: 9, newCustomers: 9 })).toBe(0);
    expect(retentionRate({ customersAtStart: 5, customersAtEnd: 9, newCustomers: 4 })).toBe(100);
  });

  test('does not mutate its input, and rejects an unknown field (named amounts are strict)', () => {
    const counts = deepFreeze({ customersAtStart: 4, customersAtEnd: 4, newCustomers: 1 });
    // (4 − 1) / 4 = 75 %.
    expect(retentionRate(counts)).toBe(75);
    expectMetricError(() => retentionRate({ ...counts, region: 'EU' } as never), {
      metric: 'retentionRate',
      code: 'UNKNOWN_VALUE',
      field: 'counts.region',
    });
  });

  test('rejects no customers at the start as EMPTY', () => {
    expectMetricError(() => retentionRate({ customersAtStart: 0, customersAtEnd: 5, newCustomers: 5 }), {
      metric: 'retentionRate',
      code: 'EMPTY',
      field: 'counts.customersAtStart',
    });
    expectMetricError(() => retentionRate({ customersAtStart: 0, customersAtEnd: 0, newCustomers: 0 }), {
      metric: 'retentionRate',
      code: 'EMPTY',
      field: 'counts.customersAtStart',
    });
  });

  test('rejects more new customers than customers at the end', () => {
    const error = expectMetricError(() => retentionRate({ customersAtStart: 10, customersAtEnd: 4, newCustomers: 7 }), {
      metric: 'retentionRate',
      code: 'INCONSISTENT',
      field: 'counts.newCustomers',
    });
    expect(error.received).toBe(7);
    expect(error.message).toContain('at most customersAtEnd (4)');
  });

  test('rejects more customers kept than there were at the start', () => {
    // 10 at start, 20 at end, 5 new: 15 "kept" of 10.
    const error = expectMetricError(() => retentionRate({ customersAtStart: 10, customersAtEnd: 20, newCustomers: 5 }), {
      metric: 'retentionRate',
      code: 'INCONSISTENT',
      field: 'counts.customersAtEnd',
    });
    expect(error.received).toBe(20);
  });

  const fields = ['customersAtStart', 'customersAtEnd', 'newCustomers'] as const;
  test.each(
    fields.flatMap((field) =>
      ([[-1, 'NEGATIVE'], [2.5, 'NOT_INTEGER'], [undefined, 'WRONG_TYPE'], [null, 'WRONG_TYPE'], ...NOT_NUMBERS] as const).map(
        ([bad, code]) => [field, bad, code] as const,
      ),
    ),
  )('rejects %s = %o with %s', (field, bad, code) => {
    const counts = { customersAtStart: 10, customersAtEnd: 10, newCustomers: 2, [field]: bad };
    const error = expectMetricError(() => retentionRate(counts), {
      metric: 'retentionRate',
      code,
      field: `counts.${field}`,
    });
    expect(error.received).toBe(bad);
  });

  test('rejects what is not an object', () => {
    for (const bad of [undefined, null, 5, 'counts', [200, 190, 30]]) {
      expectMetricError(() => retentionRate(bad as unknown as RetentionCounts), {
        metric: 'retentionRate',
        code: 'WRONG_TYPE',
        field: 'counts',
      });
    }
  });

  test('types: named counts', () => {
    expectTypeOf(retentionRate).toBeCallableWith({ customersAtStart: 1, customersAtEnd: 1, newCustomers: 0 });
    // @ts-expect-error newCustomers is required
    expectTypeOf(retentionRate).toBeCallableWith({ customersAtStart: 1, customersAtEnd: 1 });
    expectTypeOf(retentionRate).returns.toEqualTypeOf<number>();
  });
});
