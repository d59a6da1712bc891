/**
 * The Erlang B and C kernels at the edges the workforce examples do not reach: blocking so small
 * that 1/B passes 10²⁸⁰ (the direct form takes over, and underflows to 0), and occupancy caps
 * whose quotient rounds across a whole number. Expected values come from exact integer
 * arithmetic (test/erlangReference.ts) or from the rule as stated, evaluated independently in the test.
 *
 * The searches' mutants that change only the steps taken (fewestLines' fast pass, which the
 * confirmation on erlangBWhole's own values overrides; trafficAtBlocking's Newton steps and
 * probes, inside a bracket the bisection closes) or bits past the promised precision (stopping
 * tests of bisections, fractions and series) are marked in erlang.ts with `Stryker disable`
 * and the reason. Left alive here, equivalent or below the doubles' precision:
 * - shortcuts that the general path reproduces: `traffic === 0` in erlangBWhole, erlangCReal,
 *   queuePerformance and occupancyFloor (the recurrence gives B = 0 and C = 0 there), and
 *   smallestWholeAgents' (agentsRequired answers no traffic before calling it);
 * - where the recurrence starts or switches to single steps or to the direct form (the shortcut
 *   start, the blocks of four, the fractional start when the start is far below A, 10²⁸⁰ as
 *   `≥` for `>`, the direct form's `x − A·B` for `x + A·B` when A·B < 10⁻²⁸⁰): the same values
 *   to the last bit or two;
 * - fewestLines' confirmation loops (never stepping up, or stepping down past one line): the fast
 *   pass lands on the answer in every case tried, and they exist for a blocking within
 *   rounding of the target, which no test found;
 * - `start > 0` as `≥ 0` (a start of 0 is 0 either way), B = 0 read as "not yet direct" (1/inv
 *   is 0 too), and the series or the fraction at exactly A = 1 (both converge there);
 * - smallestRealAgents' `x > traffic` and `x ≥ occupancy` inside the bracket (the bracket lies
 *   above both), its lower end, and returning the occupancy floor rather than bisecting to it.
 */
import { describe, expect, test } from 'vitest';
import { exactErlangB, toNumber, ulpsBetween } from '../../../test/erlangReference.js';
import { agentsRequired, erlangB, erlangCPerformance, trafficCapacity } from '../../index.js';

describe('blocking far below 1', () => {
  test('Erlang B past 1/B = 10²⁸⁰ follows the exact value', () => {
    // At 1 Erlang, 1/B(n) ≈ e·n! passes 10²⁸⁰ from n = 158 on.
    for (const agents of [150, 160, 165, 170]) {
      const exact = toNumber(exactErlangB(agents, 1n));
      expect(ulpsBetween(erlangB({ agents, trafficErlangs: 1 }), exact), `B(${String(agents)}, 1)`).toBeLessThanOrEqual(24);
    }
    // 1/B(200, 1) ≈ e·200! ≈ 2e375: B underflows to 0.
    expect(erlangB({ agents: 200, trafficErlangs: 1 })).toBe(0);
  });

  test('a distant occupancy cap is met with no wait at all', () => {
    // 2 contacts an hour at 1,800 s: 1 Erlang. At most 0.25 % occupancy needs 400 agents, where
    // B(400, 1) ≈ 1/(e·400!) underflows to 0.
    const plan = agentsRequired({ contacts: 2, intervalSeconds: 3600, averageHandleSeconds: 1800 }, { maxOccupancy: 0.25 });
    expect(plan.agents).toBe(400);
    expect(plan.probabilityOfWaiting).toBe(0);
  });
});

describe('occupancy caps, as reported', () => {
  /** The least whole n with 100·A/n ≤ max, computed as the occupancy is reported. */
  const leastWhole = (traffic: number, maxOccupancy: number): number => {
    let n = 1;
    while ((100 * traffic) / n > maxOccupancy) n++;
    return n;
  };

  test('the whole number of agents is the least whose reported occupancy is within the cap', () => {
    // 330 × 384 / 900 = 140.8 Erlangs at 51.2 %: 275 agents in exact arithmetic, but 100·A/275
    // rounds above 51.2, so 276. 171 × 174 / 1800 = 16.53 at 17.4 %: the quotient rounds above 95,
    // yet 95 agents report exactly 17.4.
    for (const [contacts, averageHandleSeconds, intervalSeconds, maxOccupancy] of [
      [330, 384, 900, 51.2],
      [171, 174, 1800, 17.4],
    ] as const) {
      const traffic = (contacts * averageHandleSeconds) / intervalSeconds;
      const plan = agentsRequired({ contacts, intervalSeconds, averageHandleSeconds }, { maxOccupancy });
      expect(plan.agents).toBe(leastWhole(traffic, maxOccupancy));
      expect(plan.occupancy).toBeLessThanOrEqual(maxOccupancy);
    }
    expect(leastWhole((330 * 384) / 900, 51.2)).toBe(276);
    expect(leastWhole((171 * 174) / 1800, 17.4)).toBe(95);
  });

  test('fractional agents are the cap itself, to a few doubles, with the reported occupancy within it', () => {
    const traffic = (330 * 384) / 900;
    const plan = agentsRequired({ contacts: 330, intervalSeconds: 900, averageHandleSeconds: 384 }, { maxOccupancy: 51.2, fractional: true });
    expect(plan.occupancy).toBeLessThanOrEqual(51.2);
    expect(plan.agents).toBeGreaterThanOrEqual((100 * traffic) / 51.2);
    expect(plan.agents).toBeLessThanOrEqual(((100 * traffic) / 51.2) * (1 + 4 * Number.EPSILON));
  });
});

/** The next double above a positive x. */
function nextUp(x: number): number {
  const bits = new BigInt64Array(new Float64Array([x]).buffer);
  bits[0]! += 1n;
  return new Float64Array(bits.buffer)[0]!;
}

describe('searches end on the exact answer', () => {
  test('trafficCapacity is the largest traffic whose Erlang B is within the target: the next double is not', () => {
    for (const [lines, blocking] of [
      [1, 0.5],
      [15, 0.01],
      [3, 1e-10],
      [100, 0.001],
      [1000, 0.05],
    ] as const) {
      const traffic = trafficCapacity({ lines, blocking });
      expect(erlangB({ agents: lines, trafficErlangs: traffic })).toBeLessThanOrEqual(blocking);
      expect(erlangB({ agents: lines, trafficErlangs: nextUp(traffic) })).toBeGreaterThan(blocking);
    }
  });

  test('a service-level or ASA target met exactly is met', () => {
    // Call Centre Helper's example: 10 Erlangs; with 14 agents the service level and ASA are
    // what erlangCPerformance reports. Those values as targets need 14 agents, not 15.
    const workload = { contacts: 100, intervalSeconds: 1800, averageHandleSeconds: 180 };
    const at14 = erlangCPerformance({ ...workload, agents: 14 });
    expect(agentsRequired(workload, { serviceLevel: at14.serviceLevel, thresholdSeconds: 20 }).agents).toBe(14);
    expect(agentsRequired(workload, { averageSpeedOfAnswer: at14.averageSpeedOfAnswer }).agents).toBe(14);
  });
});
