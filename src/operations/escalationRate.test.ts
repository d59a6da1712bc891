import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, NOT_NUMBERS } from '../../test/helpers.js';
import { escalationRate, type EscalationCounts, type MetricInputErrorCode, type FromWarehouse } from '../index.js';

describe('escalationRate', () => {
  test('follows the worked examples of its sources', () => {
    // Vitalogy, "Escalation rate": 500 of 10,000 interactions escalated is 5 %.
    expect(escalationRate({ contacts: 10_000, escalated: 500 })).toBe(5);
    // bit1024 escalation-rate calculator: 15 of 500 tickets is 3 %.
    expect(escalationRate({ contacts: 500, escalated: 15 })).toBe(3);
    // Operately KPI examples: 10 of 100 cases is 10 %.
    expect(escalationRate({ contacts: 100, escalated: 10 })).toBe(10);
  });

  test('reaches both ends of 0–100 and is not rounded', () => {
    expect(escalationRate({ contacts: 9, escalated: 0 })).toBe(0);
    expect(escalationRate({ contacts: 9, escalated: 9 })).toBe(100);
    // By hand: 1 of 3 is the double nearest 100 / 3.
    expect(escalationRate({ contacts: 3, escalated: 1 })).toBe(100 / 3);
    // By hand: 2 of 7 = 200 / 7 = 28.571428…
    expect(escalationRate({ contacts: 7, escalated: 2 })).toBe(200 / 7);
  });

  test('does not mutate its input', () => {
    expect(escalationRate(deepFreeze({ contacts: 4, escalated: 1 }))).toBe(25);
  });

  test('rejects no contacts and more escalations than contacts', () => {
    expectMetricError(() => escalationRate({ contacts: 0, escalated: 0 }), { metric: 'escalationRate', code: 'EMPTY', field: 'counts.contacts' });
    const error = expectMetricError(() => escalationRate({ contacts: 5, escalated: 6 }), {
      metric: 'escalationRate',
      code: 'INCONSISTENT',
      field: 'counts.escalated',
    });
    expect(error.message).toBe('escalationRate: counts.escalated must be at most contacts (5); received 6');
    // Contradiction is reported before emptiness.
    expectMetricError(() => escalationRate({ contacts: 0, escalated: 1 }), { metric: 'escalationRate', code: 'INCONSISTENT', field: 'counts.escalated' });
  });

  test.each(['contacts', 'escalated'] as const)('rejects a bad %s, naming it', (field) => {
    const bad: readonly (readonly [unknown, MetricInputErrorCode])[] = [...NOT_NUMBERS, [-1, 'NEGATIVE'], [2.5, 'NOT_INTEGER'], [null, 'WRONG_TYPE'], [undefined, 'WRONG_TYPE']];
    for (const [value, code] of bad) {
      expectMetricError(() => escalationRate({ contacts: 10, escalated: 2, [field]: value }), { metric: 'escalationRate', code, field: `counts.${field}` });
    }
  });

  test('rejects what is not an object', () => {
    for (const bad of [null, undefined, 5, [10, 2], 'counts']) {
      expectMetricError(() => escalationRate(bad as never), { metric: 'escalationRate', code: 'WRONG_TYPE', field: 'counts' });
    }
  });

  test('types: named counts', () => {
    expectTypeOf(escalationRate).parameter(0).toEqualTypeOf<FromWarehouse<EscalationCounts>>();
    // @ts-expect-error both counts are required
    expectTypeOf(escalationRate).toBeCallableWith({ contacts: 5 });
  });
});
