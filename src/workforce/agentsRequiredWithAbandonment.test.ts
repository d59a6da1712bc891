import { describe, expect, test } from 'vitest';
import { erlangAReference } from '../../test/erlangReference.js';
import { deepFreeze, expectMetricError, NOT_NUMBERS } from '../../test/helpers.js';
import { agentsRequiredWithAbandonment, erlangAPerformance } from '../index.js';

// 100 calls in 30 min at 180 s: A = 10 Erlangs (a whole number, so the BigInt reference of
// test/erlangReference.ts applies); callers would hang up after 120 s on average: r = AHT /
// patience = 1.5;
// threshold 20 s: τ = 20 / 180 of an AHT.
const workload = { contacts: 100, intervalSeconds: 1800, averageHandleSeconds: 180, averagePatienceSeconds: 120 };
const reference = (agents: number) => erlangAReference(agents, 10, 1.5, 20 / 180);

/** The smallest N from 1 up whose reference queue passes `meets`: a linear scan, not a bisection. */
function smallestByScan(meets: (agents: number) => boolean): number {
  let agents = 1;
  while (!meets(agents)) agents++;
  return agents;
}

describe('agentsRequiredWithAbandonment', () => {
  test('80 % in 20 s: the fewest agents by a linear scan of the independent reference', () => {
    const expected = smallestByScan((n) => 100 * reference(n).serviceLevel >= 80);
    const plan = agentsRequiredWithAbandonment(workload, { serviceLevel: 80, thresholdSeconds: 20 });
    expect(plan.agents).toBe(expected);
    expect(plan.agents).toBe(12); // fewer than Erlang C's 14 (agentsRequired's example)
    const checked = reference(12);
    expect(plan.serviceLevel).toBeCloseTo(100 * checked.serviceLevel, 9);
    expect(plan.probabilityOfAbandoning).toBeCloseTo(checked.probabilityOfAbandoning, 11);
    expect(plan.averageSpeedOfAnswer).toBeCloseTo(180 * checked.averageSpeedOfAnswer, 8);
  });

  test('an abandonment cap, an ASA target and all of them at once', () => {
    const cap = smallestByScan((n) => 100 * reference(n).probabilityOfAbandoning <= 2);
    expect(agentsRequiredWithAbandonment(workload, { maxAbandonment: 2 }).agents).toBe(cap);
    const asa = smallestByScan((n) => 180 * reference(n).averageSpeedOfAnswer <= 5);
    expect(agentsRequiredWithAbandonment(workload, { averageSpeedOfAnswer: 5 }).agents).toBe(asa);
    const level = smallestByScan((n) => 100 * reference(n).serviceLevel >= 80);
    const all = agentsRequiredWithAbandonment(workload, { serviceLevel: 80, averageSpeedOfAnswer: 5, maxAbandonment: 2 });
    expect(all.agents).toBe(Math.max(cap, asa, level));
  });

  test('at 50 and 200 Erlangs, every target: the fewest agents by a linear scan of the independent reference', () => {
    // The search starts from a fluid estimate and moves by secant steps; the scan walks up from 1.
    for (const [traffic, patienceInAht] of [
      [50, 1],
      [50, 0.2],
      [200, 2],
      [200, 0.1],
    ] as const) {
      const queue = { contacts: traffic * 6, intervalSeconds: 1800, averageHandleSeconds: 300, averagePatienceSeconds: 300 * patienceInAht };
      const scan = new Map<number, ReturnType<typeof erlangAReference>>();
      const at = (n: number) => scan.get(n) ?? scan.set(n, erlangAReference(n, traffic, 1 / patienceInAht, 20 / 300)).get(n)!;
      for (const [targets, meets] of [
        [{ serviceLevel: 80, thresholdSeconds: 20 }, (n: number) => 100 * at(n).serviceLevel >= 80],
        [{ averageSpeedOfAnswer: 15 }, (n: number) => 300 * at(n).averageSpeedOfAnswer <= 15],
        [{ maxAbandonment: 3 }, (n: number) => 100 * at(n).probabilityOfAbandoning <= 3],
      ] as const) {
        const label = `${String(traffic)} Erlangs, patience ${String(patienceInAht)} AHT, ${JSON.stringify(targets)}`;
        expect(agentsRequiredWithAbandonment(queue, targets).agents, label).toBe(smallestByScan(meets));
      }
    }
  });

  test('at 1,000 Erlangs, every target and patience: the fewest agents by a linear scan of erlangAPerformance', () => {
    // The search starts where Laplace's approximation meets the targets; the scan walks up from 1.
    for (const patience of [30, 180, 600]) {
      const queue = { contacts: 6000, intervalSeconds: 1800, averageHandleSeconds: 300, averagePatienceSeconds: patience };
      const levels = new Map<number, ReturnType<typeof erlangAPerformance>>();
      const at = (n: number) => levels.get(n) ?? levels.set(n, erlangAPerformance({ ...queue, agents: n }, { thresholdSeconds: 20 })).get(n)!;
      for (const [targets, meets] of [
        [{ serviceLevel: 80, thresholdSeconds: 20 }, (n: number) => at(n).serviceLevel >= 80],
        [{ averageSpeedOfAnswer: 15 }, (n: number) => at(n).averageSpeedOfAnswer <= 15],
        [{ maxAbandonment: 3 }, (n: number) => 100 * at(n).probabilityOfAbandoning <= 3],
      ] as const) {
        const label = `patience ${String(patience)} s, ${JSON.stringify(targets)}`;
        expect(agentsRequiredWithAbandonment(queue, targets).agents, label).toBe(smallestByScan(meets));
      }
    }
  });

  test('a target on the edge of what abandonment allows: 80 % at 100,000 Erlangs and patience of a fifth of an AHT', () => {
    // Agents are never busier than 100 %, so A·(1 − P(abandon)) ≤ N and the service level is at
    // most 100·N/A: 80 % needs more than 80,000 agents (at 80,000 it falls short by a few ulps,
    // which an earlier rounding had let pass). One more agent is enough.
    const plan = agentsRequiredWithAbandonment(
      { contacts: 600_000, intervalSeconds: 1800, averageHandleSeconds: 300, averagePatienceSeconds: 60 },
      { serviceLevel: 80, thresholdSeconds: 20 },
    );
    expect(plan.agents).toBe(80_001);
    expect(plan.serviceLevel).toBeGreaterThanOrEqual(80);
  });

  test('a cap on abandonment at its bound: at most 3 % abandoned at 100,000 Erlangs needs more than 97,000 agents', () => {
    // The same bound from the other side: A·(1 − P(abandon)) < N, so P(abandon) > 1 − N/A, which is
    // 3 % exactly at 97,000 agents. With 97,001 the fluid share 1 − N/A is 2.999 %, and a queue
    // overloaded by 3 % almost never leaves an agent idle, so one more agent is enough.
    const plan = agentsRequiredWithAbandonment(
      { contacts: 600_000, intervalSeconds: 1800, averageHandleSeconds: 300, averagePatienceSeconds: 180 },
      { maxAbandonment: 3 },
    );
    expect(plan.agents).toBe(97_001);
    expect(100 * plan.probabilityOfAbandoning).toBeLessThanOrEqual(3);
  });

  test('an occupancy cap: occupancy = A(1 − P(abandon)) / N', () => {
    // 100 × 10 × (1 − P(abandon)) / N ≤ 70 first holds at the N a scan of the reference finds.
    const expected = smallestByScan((n) => (100 * 10 * (1 - reference(n).probabilityOfAbandoning)) / n <= 70);
    expect(agentsRequiredWithAbandonment(workload, { maxOccupancy: 70 }).agents).toBe(expected);
  });

  test('returns exactly what erlangAPerformance reports for the agents found, with the headcount after shrinkage', () => {
    const plan = agentsRequiredWithAbandonment(workload, { serviceLevel: 80, shrinkage: 0.25 });
    const { scheduledAgents, scheduledHeadcount, ...queue } = plan;
    expect(queue).toStrictEqual(erlangAPerformance({ ...workload, agents: plan.agents }, { thresholdSeconds: 20 }));
    expect(scheduledAgents).toBe(12 / 0.75);
    expect(scheduledHeadcount).toBe(16); // 16 × 0.75 = 12 exactly
  });

  test('an overloaded queue can be staffed below its traffic: abandonment keeps it finite', () => {
    // 100 Erlangs, callers patient for a third of an AHT (r = 3): most who wait leave, so a cap
    // of 40 % abandoned needs fewer than 100 agents (Erlang C has no answer below 100). The
    // search gallops down from 100 here; a linear scan of the reference finds the same N.
    const overloaded = { contacts: 1000, intervalSeconds: 1800, averageHandleSeconds: 180, averagePatienceSeconds: 60 };
    const expected = smallestByScan((n) => 100 * erlangAReference(n, 100, 3, 20 / 180).probabilityOfAbandoning <= 40);
    const plan = agentsRequiredWithAbandonment(overloaded, { maxAbandonment: 40 });
    expect(expected).toBeLessThan(99);
    expect(plan.agents).toBe(expected);
    const { scheduledAgents, scheduledHeadcount, ...queue } = plan;
    expect(queue).toStrictEqual(erlangAPerformance({ ...overloaded, agents: expected }, { thresholdSeconds: 20 }));
    expect([scheduledAgents, scheduledHeadcount]).toStrictEqual([expected, expected]);
  });

  test('an occupancy cap that needs up to 10¹⁵ agents is met; one that needs more is OUT_OF_RANGE', () => {
    // 100 × 10 Erlangs / 1.25e−12 % = 8·10¹⁴ agents: occupancy 100 × 10 / N ≤ cap first holds
    // there (give or take the chain's rounding, which at this N is worth an agent or two).
    const plan = agentsRequiredWithAbandonment(workload, { maxOccupancy: 1.25e-12 });
    expect(Math.abs(plan.agents - 8e14)).toBeLessThanOrEqual(2);
    expect(plan.occupancy).toBeLessThanOrEqual(1.25e-12);
  });

  test('no contacts: no agents, and the limits of a vanishing workload', () => {
    expect(agentsRequiredWithAbandonment({ ...workload, contacts: 0 }, { serviceLevel: 80, shrinkage: 0.3 })).toStrictEqual({
      trafficErlangs: 0,
      agents: 0,
      scheduledAgents: 0,
      scheduledHeadcount: 0,
      probabilityOfWaiting: 0,
      probabilityOfAbandoning: 0,
      serviceLevel: 100,
      averageSpeedOfAnswer: 0,
      averageWait: 0,
      occupancy: 0,
    });
  });

  test('does not mutate its input', () => {
    expect(() => agentsRequiredWithAbandonment(deepFreeze({ ...workload }), deepFreeze({ serviceLevel: 80, maxAbandonment: 3 }))).not.toThrow();
  });

  test.each(NOT_NUMBERS)('rejects %o in any field with %s', (bad, code) => {
    const metric = 'agentsRequiredWithAbandonment';
    for (const field of ['contacts', 'intervalSeconds', 'averageHandleSeconds', 'averagePatienceSeconds'] as const) {
      expectMetricError(() => agentsRequiredWithAbandonment({ ...workload, [field]: bad }, { serviceLevel: 80 }), { metric, code, field: `workload.${field}` });
    }
    for (const field of ['serviceLevel', 'maxAbandonment', 'maxOccupancy', 'averageSpeedOfAnswer'] as const) {
      expectMetricError(() => agentsRequiredWithAbandonment(workload, { [field]: bad }), { metric, code, field: `targets.${field}` });
    }
  });

  test('rejects targets out of range, no target at all, and a patience that breaks the model', () => {
    const metric = 'agentsRequiredWithAbandonment';
    expectMetricError(() => agentsRequiredWithAbandonment(workload, {}), { metric, code: 'EMPTY', field: 'targets' });
    expectMetricError(() => agentsRequiredWithAbandonment(workload, { shrinkage: 0.3 }), { metric, code: 'EMPTY', field: 'targets' });
    expectMetricError(() => agentsRequiredWithAbandonment(workload, { maxAbandonment: 0 }), { metric, code: 'OUT_OF_RANGE', field: 'targets.maxAbandonment' });
    expectMetricError(() => agentsRequiredWithAbandonment(workload, { maxAbandonment: 101 }), { metric, code: 'OUT_OF_RANGE', field: 'targets.maxAbandonment' });
    expectMetricError(() => agentsRequiredWithAbandonment(workload, { maxAbandonment: -1 }), { metric, code: 'NEGATIVE', field: 'targets.maxAbandonment' });
    expectMetricError(() => agentsRequiredWithAbandonment(workload, { serviceLevel: 100 }), { metric, code: 'OUT_OF_RANGE', field: 'targets.serviceLevel' });
    expectMetricError(() => agentsRequiredWithAbandonment(workload, { serviceLevel: 80, shrinkage: 1 }), { metric, code: 'OUT_OF_RANGE', field: 'targets.shrinkage' });
    // AHT / patience overflows to Infinity, or underflows to 0 (callers who never abandon).
    expectMetricError(() => agentsRequiredWithAbandonment({ ...workload, averagePatienceSeconds: Number.MIN_VALUE }, { serviceLevel: 80 }), {
      metric,
      code: 'OUT_OF_RANGE',
      field: 'workload.averagePatienceSeconds',
    });
    expectMetricError(() => agentsRequiredWithAbandonment({ ...workload, averageHandleSeconds: 1e-300, averagePatienceSeconds: 1e300 }, { serviceLevel: 80 }), {
      metric,
      code: 'OUT_OF_RANGE',
      field: 'workload.averagePatienceSeconds',
    });
    // An occupancy cap of 10⁻¹⁴ % on 10 Erlangs needs 10¹⁷ agents.
    expectMetricError(() => agentsRequiredWithAbandonment(workload, { maxOccupancy: 1e-14 }), { metric, code: 'OUT_OF_RANGE', field: 'targets.maxOccupancy' });
    expectMetricError(() => agentsRequiredWithAbandonment('queue' as never, { serviceLevel: 80 }), { metric, code: 'WRONG_TYPE', field: 'workload' });
    expectMetricError(() => agentsRequiredWithAbandonment(workload, 80 as never), { metric, code: 'WRONG_TYPE', field: 'targets' });
  });
});
