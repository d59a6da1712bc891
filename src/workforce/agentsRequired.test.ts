import { describe, expect, test } from 'vitest';
import { exactErlangC, toNumber } from '../../test/erlangReference.js';
import { deepFreeze, expectMetricError, NOT_NUMBERS } from '../../test/helpers.js';
import { agentsRequired, erlangCPerformance, trafficIntensity } from '../index.js';

const example = { contacts: 100, intervalSeconds: 1800, averageHandleSeconds: 180 };

describe('agentsRequired', () => {
  test('Call Centre Helper’s worked example: 14 agents, 20 scheduled after 30 % shrinkage', () => {
    // callcentrehelper.com/erlang-c-formula-example-121281.htm: 100 calls in 30 min, AHT
    // 180 s, 80 % in 20 s, occupancy at most 85 %, shrinkage 30 %: 14 agents, and
    // 14 / (1 − 0.3) = 20 agents to schedule. pyworkforce's test_erlang.py agrees (14 and 20).
    const plan = agentsRequired(example, { serviceLevel: 80, thresholdSeconds: 20, maxOccupancy: 85, shrinkage: 0.3 });
    expect(plan.agents).toBe(14);
    expect(plan.scheduledAgents).toBeCloseTo(20, 12);
    expect(plan.scheduledHeadcount).toBe(20);
    // Whole people: 21 agents at 30 % shrinkage are 21 / 0.7 = 30 people, not 31, although the
    // quotient in doubles, 21 / (1 − 0.3), is 30.000000000000004 (IEEE 754 rounding, not the
    // library's). 10.5 Erlangs at 50 % occupancy at most need 21 agents (100 × 10.5 / 21 = 50).
    const larger = agentsRequired({ ...example, contacts: 105 }, { maxOccupancy: 50, shrinkage: 0.3 });
    expect(larger.agents).toBe(21);
    expect(larger.scheduledAgents).toBe(21 / (1 - 0.3));
    expect(larger.scheduledHeadcount).toBe(30);
    expect(plan.trafficErlangs).toBe(10);
    // The metrics reported are those of 14 agents (pyworkforce: 0.888, 0.714, 0.174).
    expect(plan.serviceLevel / 100).toBeCloseTo(0.888, 3);
    expect(plan.occupancy / 100).toBeCloseTo(0.714, 3);
    expect(plan.probabilityOfWaiting).toBeCloseTo(0.174, 3);
  });

  test('Jones the Net: 250 calls an hour at 330 s, 80 % in 30 s need 28 advisors', () => {
    // jonesthenet.com/budgeting/service-levels-erlang/erlang-uplift/: "Erlang ... thinks we
    // need 28 advisors to answer 80 % of calls in 30 seconds" (22.9 Erlangs).
    const workload = { contacts: 250, intervalSeconds: 3600, averageHandleSeconds: 330 };
    expect(trafficIntensity(workload)).toBeCloseTo(22.9, 1);
    expect(agentsRequired(workload, { serviceLevel: 80, thresholdSeconds: 30 }).agents).toBe(28);
  });

  test('the answer is the smallest meeting the target, by exact rational arithmetic', () => {
    // C(13, 10) and C(14, 10) exactly: SL(13) = 79.56 % < 80 % ≤ SL(14) = 88.84 %.
    const level = (agents: number): number => 100 * (1 - toNumber(exactErlangC(agents, 10n)) * Math.exp((-(agents - 10) * 20) / 180));
    expect(level(13)).toBeLessThan(80);
    expect(level(14)).toBeGreaterThanOrEqual(80);
    expect(agentsRequired(example, { serviceLevel: 80 }).agents).toBe(14);
    expect(agentsRequired(example, { serviceLevel: 79.5 }).agents).toBe(13);
  });

  test('an ASA target', () => {
    // ASA = C·AHT/(N − A): 12 agents give 40.4 s, 13 give 17.1 s, 14 give 7.8 s (exact C).
    const asa = (agents: number): number => (toNumber(exactErlangC(agents, 10n)) * 180) / (agents - 10);
    expect(asa(12)).toBeGreaterThan(20);
    expect(asa(13)).toBeLessThanOrEqual(20);
    expect(agentsRequired(example, { averageSpeedOfAnswer: 20 }).agents).toBe(13);
    expect(agentsRequired(example, { averageSpeedOfAnswer: 10 }).agents).toBe(14);
  });

  test('an occupancy cap, alone or binding over the other targets', () => {
    // 100 × 10 / N ≤ 70 needs N ≥ 14.29: 15 agents (pyworkforce's over-occupancy case: 15).
    expect(agentsRequired(example, { maxOccupancy: 70 }).agents).toBe(15);
    expect(agentsRequired(example, { serviceLevel: 80, maxOccupancy: 70 }).agents).toBe(15);
    // 100 × 10 / 12.5 = 80 exactly: 80 % allows 12.5 agents, so 13 whole ones.
    expect(agentsRequired(example, { maxOccupancy: 80 }).agents).toBe(13);
    expect(agentsRequired(example, { maxOccupancy: 80, fractional: true }).agents).toBe(12.5);
    // A cap of 100 % only asks for a stable queue: 11 agents.
    expect(agentsRequired(example, { maxOccupancy: 100 }).agents).toBe(11);
  });

  test('every target must hold at once', () => {
    const both = agentsRequired(example, { serviceLevel: 80, averageSpeedOfAnswer: 5 });
    expect(both.agents).toBe(Math.max(agentsRequired(example, { serviceLevel: 80 }).agents, agentsRequired(example, { averageSpeedOfAnswer: 5 }).agents));
    expect(both.averageSpeedOfAnswer).toBeLessThanOrEqual(5);
  });

  test('fractional agents: between the whole answer − 1 and the whole answer, meeting the target', () => {
    const fractional = agentsRequired(example, { serviceLevel: 80, fractional: true });
    expect(fractional.agents).toBeGreaterThan(13);
    expect(fractional.agents).toBeLessThan(14);
    expect(fractional.serviceLevel).toBeGreaterThanOrEqual(80);
    expect(fractional.serviceLevel).toBeCloseTo(80, 9);
    const slightlyFewer = erlangCPerformance({ ...example, agents: fractional.agents * (1 - 1e-12) });
    expect(slightlyFewer.serviceLevel).toBeLessThan(80);
    // Independently (mpmath, 30 digits): Erlang B for x agents from Jagerman's integral
    // 1/B = A∫₀^∞ e^(−At)(1 + t)^x dt by quadrature, C = xB/(x − A(1 − B)), and the root of
    // 1 − C·e^(−(x − A)·20/180) = 0.8 by findroot: x = 13.037206466407792.
    expect(fractional.agents).toBeCloseTo(13.037206466407792, 9);
  });

  test('reports exactly what erlangCPerformance reports for the same agents', () => {
    const plan = agentsRequired(example, { serviceLevel: 90, thresholdSeconds: 15 });
    const performance = erlangCPerformance({ ...example, agents: plan.agents }, { thresholdSeconds: 15 });
    const { scheduledAgents, scheduledHeadcount, ...queue } = plan;
    expect(queue).toStrictEqual(performance);
    // No shrinkage: the agents themselves are scheduled.
    expect([scheduledAgents, scheduledHeadcount]).toStrictEqual([plan.agents, plan.agents]);
  });

  test('whole people after shrinkage: the smallest headcount that covers the agents', () => {
    // 14 agents at 30 % shrinkage: 14 / 0.7 = 20 people (Call Centre Helper's example).
    const plan = agentsRequired(
      { contacts: 100, intervalSeconds: 1800, averageHandleSeconds: 180 },
      { serviceLevel: 80, thresholdSeconds: 20, maxOccupancy: 85, shrinkage: 0.3 },
    );
    expect(plan.scheduledHeadcount).toBe(20);
  });

  test('no contacts: no agents', () => {
    expect(agentsRequired({ ...example, contacts: 0 }, { serviceLevel: 80, shrinkage: 0.3 })).toStrictEqual({
      trafficErlangs: 0,
      agents: 0,
      scheduledAgents: 0,
      scheduledHeadcount: 0,
      probabilityOfWaiting: 0,
      serviceLevel: 100,
      averageSpeedOfAnswer: 0,
      occupancy: 0,
    });
  });

  test('large centres: 10,000 and 100,000 Erlangs', () => {
    for (const erlangs of [10_000, 100_000]) {
      const workload = { contacts: erlangs * 6, intervalSeconds: 1800, averageHandleSeconds: 300 };
      const plan = agentsRequired(workload, { serviceLevel: 80, thresholdSeconds: 20 });
      expect(plan.serviceLevel).toBeGreaterThanOrEqual(80);
      expect(erlangCPerformance({ ...workload, agents: plan.agents - 1 }).serviceLevel).toBeLessThan(80);
    }
  });

  test('does not mutate its inputs', () => {
    expect(() => agentsRequired(deepFreeze({ ...example }), deepFreeze({ serviceLevel: 80, shrinkage: 0.2 }))).not.toThrow();
  });

  test('rejects an unknown target (a typo would silently keep the 20 s default) and targets that are not a plain object', () => {
    expectMetricError(() => agentsRequired(example, { serviceLevel: 80, treshholdSeconds: 30 } as never), {
      metric: 'agentsRequired',
      code: 'UNKNOWN_VALUE',
      field: 'targets.treshholdSeconds',
    });
    expectMetricError(() => agentsRequired(example, new Date() as never), { metric: 'agentsRequired', code: 'WRONG_TYPE', field: 'targets' });
  });

  test('rejects a request without a target', () => {
    expectMetricError(() => agentsRequired(example, {}), { metric: 'agentsRequired', code: 'EMPTY', field: 'targets' });
    expectMetricError(() => agentsRequired(example, { shrinkage: 0.3 }), { metric: 'agentsRequired', code: 'EMPTY', field: 'targets' });
  });

  test('rejects targets out of range', () => {
    const metric = 'agentsRequired';
    expectMetricError(() => agentsRequired(example, { serviceLevel: 100 }), { metric, code: 'OUT_OF_RANGE', field: 'targets.serviceLevel' });
    expectMetricError(() => agentsRequired(example, { serviceLevel: -5 }), { metric, code: 'OUT_OF_RANGE', field: 'targets.serviceLevel' });
    expectMetricError(() => agentsRequired(example, { serviceLevel: 0.8 * 100, thresholdSeconds: -1 }), {
      metric,
      code: 'NEGATIVE',
      field: 'targets.thresholdSeconds',
    });
    expectMetricError(() => agentsRequired(example, { averageSpeedOfAnswer: 0 }), {
      metric,
      code: 'OUT_OF_RANGE',
      field: 'targets.averageSpeedOfAnswer',
    });
    expectMetricError(() => agentsRequired(example, { maxOccupancy: 0 }), { metric, code: 'OUT_OF_RANGE', field: 'targets.maxOccupancy' });
    expectMetricError(() => agentsRequired(example, { maxOccupancy: 101 }), { metric, code: 'OUT_OF_RANGE', field: 'targets.maxOccupancy' });
    expectMetricError(() => agentsRequired(example, { serviceLevel: 80, shrinkage: 1 }), { metric, code: 'OUT_OF_RANGE', field: 'targets.shrinkage' });
    expectMetricError(() => agentsRequired(example, { serviceLevel: 80, shrinkage: 30 }), { metric, code: 'OUT_OF_RANGE', field: 'targets.shrinkage' });
    expectMetricError(() => agentsRequired(example, { serviceLevel: 80, fractional: 'yes' as never }), {
      metric,
      code: 'WRONG_TYPE',
      field: 'targets.fractional',
    });
    expectMetricError(() => agentsRequired(example, null as never), { metric, code: 'WRONG_TYPE', field: 'targets' });
  });

  test.each(NOT_NUMBERS)('rejects %o in the workload or a target with %s', (bad, code) => {
    for (const field of ['contacts', 'intervalSeconds', 'averageHandleSeconds'] as const) {
      expectMetricError(() => agentsRequired({ ...example, [field]: bad }, { serviceLevel: 80 }), { metric: 'agentsRequired', code, field: `workload.${field}` });
    }
    expectMetricError(() => agentsRequired(example, { serviceLevel: bad as number }), {
      metric: 'agentsRequired',
      code,
      field: 'targets.serviceLevel',
    });
  });
});

describe('agentsRequired: occupancy caps far below the traffic', () => {
  const workload = { contacts: 60, intervalSeconds: 1800, averageHandleSeconds: 300 }; // 10 Erlangs

  test('a cap that needs a billion agents is answered at once', () => {
    // By hand: the smallest n with 100 × 10 / n ≤ 10⁻⁶ % is n = 10⁹. Before, the search
    // stepped through every one of the 10⁹ agents.
    const plan = agentsRequired(workload, { maxOccupancy: 1e-6 });
    expect(plan.agents).toBe(1e9);
    expect(plan.probabilityOfWaiting).toBe(0);
  });

  test('a cap that needs more than 10¹⁵ agents is OUT_OF_RANGE, not a search that never ends', () => {
    // Before: maxOccupancy = 5e−324 looped forever (1000 / 5e−324 is Infinity agents).
    for (const maxOccupancy of [Number.MIN_VALUE, 1e-300, 1e-13]) {
      expectMetricError(() => agentsRequired(workload, { maxOccupancy }), {
        metric: 'agentsRequired',
        code: 'OUT_OF_RANGE',
        field: 'targets.maxOccupancy',
      });
    }
  });
});
