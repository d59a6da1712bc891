import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, NOT_NUMBERS } from '../../test/helpers.js';
import { agentsRequired, scheduledAgents, type MetricInputErrorCode, type ScheduledAgentsInput, type FromWarehouse } from '../index.js';

describe('scheduledAgents', () => {
  test('follows the worked examples of its sources', () => {
    // Call Centre Helper: 70 agents needed with 30 % shrinkage is a staff of 100.
    expect(scheduledAgents({ agents: 70, shrinkage: 0.3 })).toBeCloseTo(100, 12);
    expect(scheduledAgents({ agents: 70, shrinkage: 0.3 }, { wholePeople: true })).toBe(100);
    // Monet Software: 100 agents, 40 % shrinkage, 100 / 0.6 = 166.67, so schedule 167.
    expect(scheduledAgents({ agents: 100, shrinkage: 0.4 })).toBeCloseTo(500 / 3, 12);
    expect(scheduledAgents({ agents: 100, shrinkage: 0.4 }, { wholePeople: true })).toBe(167);
    // CCa2z: 100 FTE with a 35 % shrinkage factor shrinks to 65, so 65 needed means 100.
    expect(scheduledAgents({ agents: 65, shrinkage: 0.35 })).toBeCloseTo(100, 12);
  });

  test('divides rather than adds: 30 % shrinkage is 1/0.7, not 1.3', () => {
    expect(scheduledAgents({ agents: 70, shrinkage: 0.3 })).toBeGreaterThan(70 * 1.3);
  });

  test("agrees exactly with agentsRequired's scheduledAgents", () => {
    for (const fraction of [0, 0.1, 0.3, 0.35, 0.5, 0.999]) {
      const plan = agentsRequired({ contacts: 250, intervalSeconds: 3600, averageHandleSeconds: 330 }, { serviceLevel: 80, thresholdSeconds: 30, shrinkage: fraction });
      expect(scheduledAgents({ agents: plan.agents, shrinkage: fraction })).toBe(plan.scheduledAgents);
      expect(scheduledAgents({ agents: plan.agents, shrinkage: fraction }, { wholePeople: true })).toBe(plan.scheduledHeadcount);
    }
  });

  test('whole people: the smallest headcount that covers the agents', () => {
    // 21 / 0.7 is 30.000000000000004 in doubles, yet 30 × 0.7 = 21: 30 people, not 31.
    expect(21 / (1 - 0.3)).toBeGreaterThan(30);
    expect(scheduledAgents({ agents: 21, shrinkage: 0.3 }, { wholePeople: true })).toBe(30);
    // 10 / 0.7 = 14.29: 14 × 0.7 = 9.8 falls short, 15 × 0.7 = 10.5 covers 10.
    expect(scheduledAgents({ agents: 10, shrinkage: 0.3 }, { wholePeople: true })).toBe(15);
    expect(scheduledAgents({ agents: 0, shrinkage: 0.3 }, { wholePeople: true })).toBe(0);
    expect(scheduledAgents({ agents: 13.04, shrinkage: 0.2 }, { wholePeople: false })).toBeCloseTo(16.3, 12);
    expectMetricError(() => scheduledAgents({ agents: 1, shrinkage: 0 }, { wholePeople: 'yes' as never }), {
      metric: 'scheduledAgents',
      code: 'WRONG_TYPE',
      field: 'options.wholePeople',
    });
  });

  test('keeps agents as they are without shrinkage, and takes fractional agents', () => {
    expect(scheduledAgents({ agents: 14, shrinkage: 0 })).toBe(14);
    expect(scheduledAgents({ agents: 0, shrinkage: 0.5 })).toBe(0);
    // By hand: 13.04 / 0.8 = 16.3.
    expect(scheduledAgents({ agents: 13.04, shrinkage: 0.2 })).toBeCloseTo(16.3, 12);
  });

  test('does not mutate its input', () => {
    expect(scheduledAgents(deepFreeze({ agents: 12, shrinkage: 0.25 }))).toBe(16);
  });

  test('rejects shrinkage of 1 or more, a percentage, and a negative fraction', () => {
    for (const bad of [1, 25, 1.0000001, -0.1]) {
      expectMetricError(() => scheduledAgents({ agents: 12, shrinkage: bad }), { metric: 'scheduledAgents', code: 'OUT_OF_RANGE', field: 'input.shrinkage' });
    }
  });

  test('rejects bad fields, naming them, and a result too large for a number', () => {
    const badAgents: readonly (readonly [unknown, MetricInputErrorCode])[] = [...NOT_NUMBERS, [-1, 'NEGATIVE'], [null, 'WRONG_TYPE']];
    for (const [value, code] of badAgents) {
      expectMetricError(() => scheduledAgents({ agents: value as number, shrinkage: 0.3 }), { metric: 'scheduledAgents', code, field: 'input.agents' });
    }
    for (const [value, code] of [...NOT_NUMBERS, [undefined, 'WRONG_TYPE']] as const) {
      expectMetricError(() => scheduledAgents({ agents: 5, shrinkage: value as number }), { metric: 'scheduledAgents', code, field: 'input.shrinkage' });
    }
    expectMetricError(() => scheduledAgents({ agents: Number.MAX_VALUE, shrinkage: 0.5 }), { metric: 'scheduledAgents', code: 'OUT_OF_RANGE', field: 'input.agents' });
    for (const bad of [null, undefined, 14, [14, 0.3]]) {
      expectMetricError(() => scheduledAgents(bad as never), { metric: 'scheduledAgents', code: 'WRONG_TYPE', field: 'input' });
    }
  });

  test('types: named inputs', () => {
    expectTypeOf(scheduledAgents).parameter(0).toEqualTypeOf<FromWarehouse<ScheduledAgentsInput>>();
  });
});
