import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, NOT_NUMBERS } from '../../test/helpers.js';
import { agentsRequired, scheduledAgents, shrinkage, type MetricInputErrorCode, type ShrinkageTime, type FromWarehouse } from '../index.js';

/** CCa2z's "typical" shrinkage table, in days of a 260-working-day year. */
const typicalYear = {
  annualLeave: 26,
  sickness: 13,
  training: 15,
  meetings: 6,
  breaks: 11.5,
  quality: 6,
  coaching: 11.5,
  shiftRotation: 2.5,
};

describe('shrinkage', () => {
  test("follows CCa2z's worked table, total and by cause", () => {
    // CCa2z (2009), "How to calculate shrinkage absences": 91.5 days of 260 is 35.2 %; annual
    // leave 10.0, sickness 5.0, training 5.8, meetings 2.3, breaks 4.4, quality 2.3, coaching
    // 4.4, shift rotation 1.0 (each shown to one decimal).
    expect(shrinkage({ paidSeconds: 260, shrinkageSeconds: typicalYear })).toBeCloseTo(35.2, 1);
    // By hand, exactly: 91.5 / 260 × 100 = 35.1923…
    expect(shrinkage({ paidSeconds: 260, shrinkageSeconds: typicalYear })).toBeCloseTo((91.5 / 260) * 100, 12);
    const shown = { annualLeave: 10.0, sickness: 5.0, training: 5.8, meetings: 2.3, breaks: 4.4, quality: 2.3, coaching: 4.4, shiftRotation: 1.0 };
    for (const [cause, days] of Object.entries(typicalYear)) {
      expect(shrinkage({ paidSeconds: 260, shrinkageSeconds: days })).toBeCloseTo(shown[cause as keyof typeof shown], 1);
      // By hand, unrounded: days / 260 × 100.
      expect(shrinkage({ paidSeconds: 260, shrinkageSeconds: days })).toBeCloseTo((days / 260) * 100, 12);
    }
  });

  test('follows other published examples', () => {
    // bit1024 shrinkage calculator: 20 shrinkage hours of 160 scheduled is 12.5 %.
    expect(shrinkage({ paidSeconds: 160 * 3600, shrinkageSeconds: 20 * 3600 })).toBe(12.5);
    // Call Centre Helper forum: 73.6 shrinkage days of 253 working days is 29.1 %.
    expect(shrinkage({ paidSeconds: 253, shrinkageSeconds: 73.6 })).toBeCloseTo(29.1, 1);
    // By hand, unrounded: 73.6 / 253 × 100 = 29.0909…
    expect(shrinkage({ paidSeconds: 253, shrinkageSeconds: 73.6 })).toBeCloseTo((73.6 / 253) * 100, 12);
  });

  test('adds the causes carefully, in an order that does not depend on the object', () => {
    // 0.1 + 0.2 + 0.3 left to right is 0.6000000000000001; the compensated sum is 0.6 (see
    // costPerIncident's test for the exact value), so 0.6 of 0.6 is exactly 100 %.
    expect(shrinkage({ paidSeconds: 0.6, shrinkageSeconds: { a: 0.1, b: 0.2, c: 0.3 } })).toBe(100);
    expect(shrinkage({ paidSeconds: 1.2, shrinkageSeconds: { c: 0.3, a: 0.1, b: 0.2 } })).toBe(50);
    // A breakdown gives the same as its total.
    expect(shrinkage({ paidSeconds: 1000, shrinkageSeconds: { x: 100, y: 150 } })).toBe(shrinkage({ paidSeconds: 1000, shrinkageSeconds: 250 }));
  });

  test('reaches both ends of 0–100, a hair above paid time counting as equal', () => {
    expect(shrinkage({ paidSeconds: 10, shrinkageSeconds: 0 })).toBe(0);
    expect(shrinkage({ paidSeconds: 10, shrinkageSeconds: { leave: 10 } })).toBe(100);
    // 0.1 + 0.2 = 0.30000000000000004 > 0.3: rounding, not a contradiction.
    expect(shrinkage({ paidSeconds: 0.3, shrinkageSeconds: 0.1 + 0.2 })).toBe(100);
  });

  test('as a fraction, it feeds the staffing formulas, which divide by 1 − shrinkage', () => {
    const fraction = shrinkage({ paidSeconds: 260, shrinkageSeconds: typicalYear }) / 100;
    const plan = agentsRequired({ contacts: 100, intervalSeconds: 1800, averageHandleSeconds: 180 }, { serviceLevel: 80, shrinkage: fraction });
    // Call Centre Helper's Erlang example needs 14 agents for 80 % in 20 s; by hand,
    // 14 / (1 − 91.5/260) = 14 × 260 / 168.5 = 21.6023…
    expect(plan.agents).toBe(14);
    expect(plan.scheduledAgents).toBeCloseTo((14 * 260) / 168.5, 12);
    expect(scheduledAgents({ agents: 14, shrinkage: fraction })).toBe(plan.scheduledAgents);
  });

  test('does not mutate its input', () => {
    const time = deepFreeze({ paidSeconds: 100, shrinkageSeconds: { breaks: 10, training: 15 } });
    expect(shrinkage(time)).toBe(25);
    expect(time.shrinkageSeconds).toStrictEqual({ breaks: 10, training: 15 });
  });

  test('rejects no paid time, more shrinkage than paid time, and an empty breakdown', () => {
    expectMetricError(() => shrinkage({ paidSeconds: 0, shrinkageSeconds: 0 }), { metric: 'shrinkage', code: 'EMPTY', field: 'time.paidSeconds' });
    expectMetricError(() => shrinkage({ paidSeconds: 0, shrinkageSeconds: 5 }), { metric: 'shrinkage', code: 'INCONSISTENT', field: 'time.shrinkageSeconds' });
    const error = expectMetricError(() => shrinkage({ paidSeconds: 100, shrinkageSeconds: { leave: 60, sickness: 50 } }), {
      metric: 'shrinkage',
      code: 'INCONSISTENT',
      field: 'time.shrinkageSeconds',
    });
    expect(error.message).toBe('shrinkage: time.shrinkageSeconds must be at most paidSeconds (100); received an object');
    expectMetricError(() => shrinkage({ paidSeconds: 100, shrinkageSeconds: {} }), { metric: 'shrinkage', code: 'EMPTY', field: 'time.shrinkageSeconds' });
  });

  test('rejects a bad cause, naming it, and a total too large for a number', () => {
    const bad: readonly (readonly [unknown, MetricInputErrorCode])[] = [...NOT_NUMBERS, [-1, 'NEGATIVE'], [null, 'WRONG_TYPE']];
    for (const [value, code] of bad) {
      expectMetricError(() => shrinkage({ paidSeconds: 100, shrinkageSeconds: { breaks: 5, training: value as number } }), {
        metric: 'shrinkage',
        code,
        field: 'time.shrinkageSeconds.training',
      });
      // An object is a breakdown: `{}` is one with no cause.
      const isEmptyBreakdown = typeof value === 'object' && value !== null && !Array.isArray(value);
      expectMetricError(() => shrinkage({ paidSeconds: 100, shrinkageSeconds: value as number }), {
        metric: 'shrinkage',
        code: isEmptyBreakdown ? 'EMPTY' : code,
        field: 'time.shrinkageSeconds',
      });
      expectMetricError(() => shrinkage({ paidSeconds: value as number, shrinkageSeconds: 1 }), { metric: 'shrinkage', code, field: 'time.paidSeconds' });
    }
    expectMetricError(() => shrinkage({ paidSeconds: Number.MAX_VALUE, shrinkageSeconds: { a: Number.MAX_VALUE, b: Number.MAX_VALUE } }), {
      metric: 'shrinkage',
      code: 'OUT_OF_RANGE',
      field: 'time.shrinkageSeconds',
    });
    expectMetricError(() => shrinkage({ paidSeconds: 100, shrinkageSeconds: [5, 10] as never }), {
      metric: 'shrinkage',
      code: 'WRONG_TYPE',
      field: 'time.shrinkageSeconds',
    });
  });

  test('rejects what is not an object', () => {
    for (const bad of [null, undefined, 30, [100, 30]]) {
      expectMetricError(() => shrinkage(bad as never), { metric: 'shrinkage', code: 'WRONG_TYPE', field: 'time' });
    }
  });

  test('types: named durations', () => {
    expectTypeOf(shrinkage).parameter(0).toEqualTypeOf<FromWarehouse<ShrinkageTime>>();
    expectTypeOf(shrinkage).returns.toEqualTypeOf<number>();
  });
});
