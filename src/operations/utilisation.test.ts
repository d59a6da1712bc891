import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, NOT_NUMBERS } from '../../test/helpers.js';
import { occupancy, shrinkage, utilisation, type MetricInputErrorCode, type UtilisationOptions, type UtilisationTime, type FromWarehouse } from '../index.js';

describe('utilisation', () => {
  test('follows the definitions of its sources', () => {
    // Call Centre Helper, "How to calculate utilisation": 80 % utilisation means advisors spend
    // four-fifths of their scheduled time helping customers or available to. By hand: 6.4 of 8
    // paid hours logged in (5 h handling, 1.4 h available).
    expect(utilisation({ handleSeconds: 5 * 3600, idleSeconds: 1.4 * 3600, paidSeconds: 8 * 3600 })).toBeCloseTo(80, 12);
    expect(utilisation({ handleSeconds: 18_000, idleSeconds: 5_040, paidSeconds: 28_800 })).toBe(80);
    // COPC's formula (Call Centre Helper): (talk + hold + wrap + available) / paid. By hand:
    // 300 + 60 + 90 + 150 = 600 of 800 seconds = 75 %.
    expect(utilisation({ handleSeconds: 300 + 60 + 90, idleSeconds: 150, paidSeconds: 800 })).toBe(75);
  });

  test('the handling variant puts only handle time over paid time', () => {
    // By hand: 450 of 800 seconds = 56.25 %.
    expect(utilisation({ handleSeconds: 450, idleSeconds: 150, paidSeconds: 800 }, { numerator: 'handling' })).toBe(56.25);
    expect(utilisation({ handleSeconds: 450, idleSeconds: 150, paidSeconds: 800 }, { numerator: 'loggedIn' })).toBe(75);
  });

  test('ties to occupancy and shrinkage', () => {
    // By hand: an 8-hour shift, 5 h 20 min handling, 1 h 20 min available, 1 h 20 min away.
    const shift = { handleSeconds: 19_200, idleSeconds: 4_800, paidSeconds: 28_800 };
    expect(utilisation(shift)).toBe((24_000 / 28_800) * 100);
    const logged = { handleSeconds: shift.handleSeconds, idleSeconds: shift.idleSeconds };
    expect(occupancy(logged)).toBe(80);
    // handling utilisation = occupancy × logged-in utilisation / 100: 80 % × 83.33 % = 66.67 %.
    expect(utilisation(shift, { numerator: 'handling' })).toBeCloseTo((occupancy(logged) * utilisation(shift)) / 100, 12);
    // logged-in utilisation = 100 − shrinkage over the rest of paid time (4,800 s).
    expect(utilisation(shift)).toBeCloseTo(100 - shrinkage({ paidSeconds: 28_800, shrinkageSeconds: 4_800 }), 12);
  });

  test('takes subnormal times, where halving is not exact', () => {
    // 15, 10 and 25 units of the smallest double (4.94e-324): paid is exactly handle + idle, so
    // 100 % logged in and 60 % handling. Halving 15 units rounds, so the check must not halve.
    const unit = Number.MIN_VALUE;
    const time = { handleSeconds: 15 * unit, idleSeconds: 10 * unit, paidSeconds: 25 * unit };
    expect(utilisation(time)).toBe(100);
    expect(utilisation(time, { numerator: 'handling' })).toBe(60);
  });

  test('reaches both ends of 0–100', () => {
    expect(utilisation({ handleSeconds: 0, idleSeconds: 0, paidSeconds: 10 })).toBe(0);
    expect(utilisation({ handleSeconds: 6, idleSeconds: 4, paidSeconds: 10 })).toBe(100);
    expect(utilisation({ handleSeconds: 0, idleSeconds: 10, paidSeconds: 10 }, { numerator: 'handling' })).toBe(0);
  });

  test('takes fractional seconds that add up to a hair above paid time as equal to it', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in doubles: rounding, not more time than was paid.
    expect(0.1 + 0.2).toBeGreaterThan(0.3);
    expect(utilisation({ handleSeconds: 0.1, idleSeconds: 0.2, paidSeconds: 0.3 })).toBe(100);
    expect(utilisation({ handleSeconds: 0.1, idleSeconds: 0.2, paidSeconds: 0.3 }, { numerator: 'handling' })).toBeCloseTo(100 / 3, 12);
  });

  test('gives the right number at the extremes of the number range', () => {
    // Handle + available time overflows; by hand, in units of 2¹⁰²³, the ratio is
    // (1 + 0.5) / (1 + 0.5 + 0.25 + 0.125) = 1.5 / 1.875 = 80 %.
    expect(utilisation({ handleSeconds: 2 ** 1023, idleSeconds: 2 ** 1022, paidSeconds: 2 ** 1023 + 2 ** 1022 + 2 ** 1021 + 2 ** 1020 })).toBeCloseTo(80, 12);
    expect(utilisation({ handleSeconds: Number.MAX_VALUE / 2, idleSeconds: Number.MAX_VALUE / 2, paidSeconds: Number.MAX_VALUE })).toBe(100);
    expect(utilisation({ handleSeconds: Number.MIN_VALUE, idleSeconds: 0, paidSeconds: 2 * Number.MIN_VALUE })).toBe(50);
  });

  test('does not mutate its input', () => {
    expect(utilisation(deepFreeze({ handleSeconds: 1, idleSeconds: 1, paidSeconds: 4 }), deepFreeze({ numerator: 'loggedIn' }))).toBe(50);
  });

  test('rejects no paid time, and more logged-in time than paid time', () => {
    expectMetricError(() => utilisation({ handleSeconds: 0, idleSeconds: 0, paidSeconds: 0 }), { metric: 'utilisation', code: 'EMPTY', field: 'time.paidSeconds' });
    const error = expectMetricError(() => utilisation({ handleSeconds: 100, idleSeconds: 50, paidSeconds: 120 }), {
      metric: 'utilisation',
      code: 'INCONSISTENT',
      field: 'time.paidSeconds',
    });
    expect(error.message).toBe('utilisation: time.paidSeconds must be at least handleSeconds + idleSeconds (150); received 120');
    expectMetricError(() => utilisation({ handleSeconds: 1, idleSeconds: 0, paidSeconds: 0 }), { metric: 'utilisation', code: 'INCONSISTENT', field: 'time.paidSeconds' });
    // Beyond rounding: 10⁻⁹ of the total is a contradiction.
    expectMetricError(() => utilisation({ handleSeconds: 1 + 1e-9, idleSeconds: 0, paidSeconds: 1 }), {
      metric: 'utilisation',
      code: 'INCONSISTENT',
      field: 'time.paidSeconds',
    });
  });

  test.each(['handleSeconds', 'idleSeconds', 'paidSeconds'] as const)('rejects a bad %s, naming it', (field) => {
    const bad: readonly (readonly [unknown, MetricInputErrorCode])[] = [...NOT_NUMBERS, [-1, 'NEGATIVE'], [null, 'WRONG_TYPE'], [undefined, 'WRONG_TYPE']];
    for (const [value, code] of bad) {
      expectMetricError(() => utilisation({ handleSeconds: 10, idleSeconds: 10, paidSeconds: 40, [field]: value }), { metric: 'utilisation', code, field: `time.${field}` });
    }
  });

  test('rejects a bad numerator, bad options and what is not an object', () => {
    expectMetricError(() => utilisation({ handleSeconds: 1, idleSeconds: 1, paidSeconds: 4 }, { numerator: 'handle' as never }), {
      metric: 'utilisation',
      code: 'UNKNOWN_VALUE',
      field: 'options.numerator',
    });
    expectMetricError(() => utilisation({ handleSeconds: 1, idleSeconds: 1, paidSeconds: 4 }, { numerator: 1 as never }), {
      metric: 'utilisation',
      code: 'WRONG_TYPE',
      field: 'options.numerator',
    });
    expectMetricError(() => utilisation({ handleSeconds: 1, idleSeconds: 1, paidSeconds: 4 }, 'handling' as never), {
      metric: 'utilisation',
      code: 'WRONG_TYPE',
      field: 'options',
    });
    for (const bad of [null, undefined, 80, [1, 1, 4]]) {
      expectMetricError(() => utilisation(bad as never), { metric: 'utilisation', code: 'WRONG_TYPE', field: 'time' });
    }
  });

  test('types: named durations and a named numerator', () => {
    expectTypeOf(utilisation).parameter(0).toEqualTypeOf<FromWarehouse<UtilisationTime>>();
    expectTypeOf(utilisation).parameter(1).toEqualTypeOf<UtilisationOptions | undefined>();
    // @ts-expect-error paid time is required
    expectTypeOf(utilisation).toBeCallableWith({ handleSeconds: 1, idleSeconds: 1 });
  });
});
