import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, NOT_NUMBERS } from '../../test/helpers.js';
import { conversionRate, type ConversionCounts, type MetricInputErrorCode, type FromWarehouse } from '../index.js';

describe('conversionRate', () => {
  test('follows the worked examples of its sources', () => {
    // ICMI QueueTips (2007), a hotel call centre: 20 reservations from 100 calls is 20 %.
    expect(conversionRate({ contacts: 100, conversions: 20 })).toBe(20);
    // Call Center Basics: 5 upgrades sold to 50 customers talked to is 10 %.
    expect(conversionRate({ contacts: 50, conversions: 5 })).toBe(10);
  });

  test('net conversion is the same formula over relevant contacts only', () => {
    // By hand: 20 sales of 100 calls, 20 of which could never convert: 20 / 80 = 25 %.
    expect(conversionRate({ contacts: 100 - 20, conversions: 20 })).toBe(25);
  });

  test('reaches both ends of 0–100 and is not rounded', () => {
    expect(conversionRate({ contacts: 8, conversions: 0 })).toBe(0);
    expect(conversionRate({ contacts: 8, conversions: 8 })).toBe(100);
    // By hand: 2 of 3 = 66.66…, the double nearest 200 / 3.
    expect(conversionRate({ contacts: 3, conversions: 2 })).toBe(200 / 3);
  });

  test('does not mutate its input', () => {
    expect(conversionRate(deepFreeze({ contacts: 4, conversions: 3 }))).toBe(75);
  });

  test('rejects no contacts and more conversions than contacts', () => {
    expectMetricError(() => conversionRate({ contacts: 0, conversions: 0 }), { metric: 'conversionRate', code: 'EMPTY', field: 'counts.contacts' });
    expectMetricError(() => conversionRate({ contacts: 5, conversions: 6 }), { metric: 'conversionRate', code: 'INCONSISTENT', field: 'counts.conversions' });
  });

  test.each(['contacts', 'conversions'] as const)('rejects a bad %s, naming it', (field) => {
    const bad: readonly (readonly [unknown, MetricInputErrorCode])[] = [...NOT_NUMBERS, [-3, 'NEGATIVE'], [0.5, 'NOT_INTEGER'], [null, 'WRONG_TYPE']];
    for (const [value, code] of bad) {
      expectMetricError(() => conversionRate({ contacts: 10, conversions: 2, [field]: value }), { metric: 'conversionRate', code, field: `counts.${field}` });
    }
  });

  test('rejects what is not an object', () => {
    for (const bad of [null, undefined, 20, [100, 20]]) {
      expectMetricError(() => conversionRate(bad as never), { metric: 'conversionRate', code: 'WRONG_TYPE', field: 'counts' });
    }
  });

  test('types: named counts', () => {
    expectTypeOf(conversionRate).parameter(0).toEqualTypeOf<FromWarehouse<ConversionCounts>>();
  });
});
