import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, NOT_NUMBERS } from '../../test/helpers.js';
import { occupancy, type OccupancyTime, type FromWarehouse } from '../index.js';

describe('occupancy', () => {
  test('follows the worked examples of its sources', () => {
    // DialPhone glossary, "Agent occupancy": 7 hours available, 5.6 hours handling contacts,
    // occupancy 80 %. In seconds: 20,160 handling and 5,040 idle.
    expect(occupancy({ handleSeconds: 5.6 * 3600, idleSeconds: 1.4 * 3600 })).toBeCloseTo(80, 12);
    expect(occupancy({ handleSeconds: 20160, idleSeconds: 5040 })).toBe(80);
    // Call Centre Helper, "Agent occupancy": 75 % on call-related activity, the remaining 25 %
    // waiting. By hand: 45 minutes handling and 15 idle in an hour, 2700 / 3600.
    expect(occupancy({ handleSeconds: 2700, idleSeconds: 900 })).toBe(75);
  });

  test('counts talk, hold and after-contact work together as handle time', () => {
    // By hand: 300 talk + 60 hold + 90 wrap = 450 handling, 150 idle: 450 / 600 = 75 %.
    expect(occupancy({ handleSeconds: 300 + 60 + 90, idleSeconds: 150 })).toBe(75);
  });

  test('reaches both ends of 0–100 and is not rounded', () => {
    expect(occupancy({ handleSeconds: 0, idleSeconds: 10 })).toBe(0);
    expect(occupancy({ handleSeconds: 10, idleSeconds: 0 })).toBe(100);
    // 1 of 3 seconds: 33.33…, within a unit in the last place of 100 / 3.
    expect(occupancy({ handleSeconds: 1, idleSeconds: 2 })).toBeCloseTo(100 / 3, 13);
    expect(occupancy({ handleSeconds: 0.25, idleSeconds: 0.75 })).toBe(25);
  });

  test('stays in 0–100 when idle time is too small to change the sum', () => {
    // 1 + 1e-17 rounds to 1: the true value, 99.999…%, is nearest 100; never above it.
    expect(occupancy({ handleSeconds: 1, idleSeconds: 1e-17 })).toBe(100);
    expect(occupancy({ handleSeconds: 1e-17, idleSeconds: 1 })).toBeCloseTo(1e-15, 25);
  });

  test('gives the right number at the extremes of the number range', () => {
    // The sum overflows; the ratio does not.
    expect(occupancy({ handleSeconds: Number.MAX_VALUE, idleSeconds: Number.MAX_VALUE })).toBe(50);
    // 3 × 2¹⁰²² + 2¹⁰²² = 2¹⁰²⁴ overflows; by hand the ratio is exactly 3 / 4.
    expect(occupancy({ handleSeconds: 3 * 2 ** 1022, idleSeconds: 2 ** 1022 })).toBe(75);
    expect(occupancy({ handleSeconds: Number.MAX_VALUE, idleSeconds: 0 })).toBe(100);
    expect(occupancy({ handleSeconds: Number.MIN_VALUE, idleSeconds: Number.MIN_VALUE })).toBe(50);
  });

  test('does not mutate its input', () => {
    expect(occupancy(deepFreeze({ handleSeconds: 1, idleSeconds: 1 }))).toBe(50);
  });

  test('rejects no available time at all', () => {
    expectMetricError(() => occupancy({ handleSeconds: 0, idleSeconds: 0 }), { metric: 'occupancy', code: 'EMPTY', field: 'time' });
    expectMetricError(() => occupancy({ handleSeconds: -0, idleSeconds: 0 }), { metric: 'occupancy', code: 'EMPTY', field: 'time' });
  });

  test.each(['handleSeconds', 'idleSeconds'] as const)('rejects a bad %s, naming it', (field) => {
    for (const [bad, code] of [...NOT_NUMBERS, [-1, 'NEGATIVE'], [-Number.MIN_VALUE, 'NEGATIVE'], [null, 'WRONG_TYPE'], [undefined, 'WRONG_TYPE']] as const) {
      const error = expectMetricError(() => occupancy({ handleSeconds: 60, idleSeconds: 30, [field]: bad }), {
        metric: 'occupancy',
        code,
        field: `time.${field}`,
      });
      expect(error.received).toBe(bad);
    }
  });

  test('rejects what is not an object', () => {
    for (const bad of [null, undefined, 80, [60, 30]]) {
      expectMetricError(() => occupancy(bad as never), { metric: 'occupancy', code: 'WRONG_TYPE', field: 'time' });
    }
  });

  test('types: named durations', () => {
    expectTypeOf(occupancy).parameter(0).toEqualTypeOf<FromWarehouse<OccupancyTime>>();
    // @ts-expect-error both durations are required
    expectTypeOf(occupancy).toBeCallableWith({ handleSeconds: 5 });
  });
});
