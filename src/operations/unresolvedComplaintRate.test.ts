import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, NOT_NUMBERS } from '../../test/helpers.js';
import { unresolvedComplaintRate, type MetricInputErrorCode, type UnresolvedComplaintCounts, type FromWarehouse } from '../index.js';

describe('unresolvedComplaintRate', () => {
  test('is the share of complaints not resolved', () => {
    // By hand: 10 of 40 = 25 %.
    expect(unresolvedComplaintRate({ complaints: 40, unresolved: 10 })).toBe(25);
    // Klipfolio's "complaints not resolved on first call" target of 20 %: 20 of 100.
    expect(unresolvedComplaintRate({ complaints: 100, unresolved: 20 })).toBe(20);
    // By hand: 3 / 472 × 100 = 300 / 472 = 0.635593…
    expect(unresolvedComplaintRate({ complaints: 472, unresolved: 3 })).toBe(300 / 472);
  });

  test('is the complement of the resolution rate', () => {
    // By hand: 85 of 120 resolved is 70.83…%; the unresolved 35 are 29.16…%.
    expect(100 - unresolvedComplaintRate({ complaints: 120, unresolved: 35 })).toBeCloseTo((85 / 120) * 100, 12);
  });

  test('reaches both ends of 0–100', () => {
    expect(unresolvedComplaintRate({ complaints: 6, unresolved: 0 })).toBe(0);
    expect(unresolvedComplaintRate({ complaints: 6, unresolved: 6 })).toBe(100);
  });

  test('does not mutate its input', () => {
    expect(unresolvedComplaintRate(deepFreeze({ complaints: 5, unresolved: 1 }))).toBe(20);
  });

  test('rejects no complaints and more unresolved than received', () => {
    expectMetricError(() => unresolvedComplaintRate({ complaints: 0, unresolved: 0 }), {
      metric: 'unresolvedComplaintRate',
      code: 'EMPTY',
      field: 'counts.complaints',
    });
    expectMetricError(() => unresolvedComplaintRate({ complaints: 2, unresolved: 3 }), {
      metric: 'unresolvedComplaintRate',
      code: 'INCONSISTENT',
      field: 'counts.unresolved',
    });
  });

  test.each(['complaints', 'unresolved'] as const)('rejects a bad %s, naming it', (field) => {
    const bad: readonly (readonly [unknown, MetricInputErrorCode])[] = [...NOT_NUMBERS, [-1, 'NEGATIVE'], [1.25, 'NOT_INTEGER'], [undefined, 'WRONG_TYPE']];
    for (const [value, code] of bad) {
      expectMetricError(() => unresolvedComplaintRate({ complaints: 10, unresolved: 2, [field]: value }), {
        metric: 'unresolvedComplaintRate',
        code,
        field: `counts.${field}`,
      });
    }
  });

  test('rejects what is not an object', () => {
    for (const bad of [null, undefined, 3, [40, 10]]) {
      expectMetricError(() => unresolvedComplaintRate(bad as never), { metric: 'unresolvedComplaintRate', code: 'WRONG_TYPE', field: 'counts' });
    }
  });

  test('types: named counts', () => {
    expectTypeOf(unresolvedComplaintRate).parameter(0).toEqualTypeOf<FromWarehouse<UnresolvedComplaintCounts>>();
  });
});
