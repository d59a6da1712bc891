import { describe, expect, test } from 'vitest';
import { erlangAReference } from '../../test/erlangReference.js';
import { deepFreeze, expectMetricError, NOT_NUMBERS } from '../../test/helpers.js';
import { erlangAPerformance, erlangCPerformance } from '../index.js';
import { erlangAChain, type ChainStates } from '../internal/numeric/erlangA.js';

const example = { contacts: 100, intervalSeconds: 1800, averageHandleSeconds: 180, agents: 14, averagePatienceSeconds: 300 };

describe('erlangAPerformance', () => {
  test('agrees with an independent implementation (pyworkforce)', () => {
    // pyworkforce (github.com/rodrigo-arenas/pyworkforce), queuing/tests/test_abandonment.py:
    // 100 calls in 30 min, AHT 3 min, patience 5 min, 14 agents, threshold 20 s: waiting
    // 0.14526, abandoning 0.013984, occupancy 0.704297, service level 0.916792 (answered
    // within 20 s over all offered), and mean wait over all contacts 0.069919 min.
    const result = erlangAPerformance(example);
    expect(result.trafficErlangs).toBe(10);
    expect(result.probabilityOfWaiting).toBeCloseTo(0.14526, 5);
    expect(result.probabilityOfAbandoning).toBeCloseTo(0.013984, 6);
    expect(result.occupancy / 100).toBeCloseTo(0.704297, 6);
    expect(result.serviceLevel / 100).toBeCloseTo(0.916792, 6);
    expect(result.averageWait / 60).toBeCloseTo(0.069919, 6);
  });

  test('equals the closed forms of Garnett, Mandelbaum & Reiman and Mandelbaum & Zeltyn', () => {
    // test/erlangReference.ts: P(wait) = J·π, P(abandon) = π(J − (N/A)(J − 1)) with
    // J = A(N/r, A/r) and exact Erlang B, service level and ASA by quadrature of their
    // integral forms: a different formula and a different numerical route.
    for (const [agents, traffic, patienceInAht, threshold] of [
      [14, 10, 5 / 3, 20],
      [20, 15, 1, 18],
      [9, 10, 0.5, 36],
      [30, 40, 2, 9],
      [5, 3, 100, 90],
      [50, 45, 1 / 3, 90],
      [1, 2, 1, 60],
      [100, 95, 1, 20],
    ] as const) {
      const aht = 180;
      const result = erlangAPerformance(
        { contacts: traffic * 10, intervalSeconds: aht * 10, averageHandleSeconds: aht, agents, averagePatienceSeconds: patienceInAht * aht },
        { thresholdSeconds: threshold },
      );
      const reference = erlangAReference(agents, traffic, 1 / patienceInAht, threshold / aht);
      const label = `N ${String(agents)}, A ${String(traffic)}`;
      expect(result.probabilityOfWaiting / reference.probabilityOfWaiting - 1, label).toBeCloseTo(0, 12);
      expect(result.probabilityOfAbandoning / reference.probabilityOfAbandoning - 1, label).toBeCloseTo(0, 11);
      expect(result.serviceLevel / 100 / reference.serviceLevel - 1, label).toBeCloseTo(0, 12);
      expect(result.averageSpeedOfAnswer / aht / reference.averageSpeedOfAnswer - 1, label).toBeCloseTo(0, 11);
    }
  });

  test('by hand: one agent, patience equal to the handle time, is a Poisson chain', () => {
    // N = 1 and r = 1: the death rate in state n is 1 + (n − 1) = n, so w(n) = Aⁿ/n!, Poisson(A).
    // With A = 2: P(wait) = P(n ≥ 1) = 1 − e⁻², E[queue] = Σ(n − 1)πₙ = 2 − (1 − e⁻²),
    // P(abandon) = E[queue]/A = (1 + e⁻²)/2. ASA = Σₖ πₖ·(H(k + 1) − 1)/(k + 1) / P(answered), summed in
    // exact fractions (Python, 80 terms): 0.52575134684320815525 AHT.
    const result = erlangAPerformance({ contacts: 20, intervalSeconds: 1800, averageHandleSeconds: 180, agents: 1, averagePatienceSeconds: 180 });
    expect(result.probabilityOfWaiting).toBeCloseTo(1 - Math.exp(-2), 15);
    expect(result.probabilityOfAbandoning).toBeCloseTo((1 + Math.exp(-2)) / 2, 15);
    expect(result.averageSpeedOfAnswer / 180).toBeCloseTo(0.525751346843208, 15);
  });

  test('identities between the metrics', () => {
    for (const queue of [
      example,
      { ...example, agents: 9 },
      { ...example, contacts: 1000, agents: 90, averagePatienceSeconds: 180 },
      { ...example, agents: 1, averagePatienceSeconds: 20 },
    ]) {
      const result = erlangAPerformance(queue);
      const traffic = result.trafficErlangs;
      // Served contacts keep agents busy: occupancy = A(1 − P(abandon))/N.
      expect(result.occupancy).toBeCloseTo((100 * traffic * (1 - result.probabilityOfAbandoning)) / queue.agents, 11);
      // Abandonment rate = θ·E[queue] = λ·P(abandon): mean wait over all = P(abandon) × patience.
      expect(result.averageWait).toBeCloseTo(result.probabilityOfAbandoning * queue.averagePatienceSeconds, 9);
      expect(result.serviceLevel).toBeLessThanOrEqual(100 * (1 - result.probabilityOfAbandoning) + 1e-12);
      expect(result.serviceLevel).toBeGreaterThanOrEqual(100 * (1 - result.probabilityOfWaiting) - 1e-12);
    }
  });

  test('a threshold of 0: only the contacts answered at once', () => {
    const result = erlangAPerformance(example, { thresholdSeconds: 0 });
    expect(result.serviceLevel).toBeCloseTo(100 * (1 - result.probabilityOfWaiting), 12);
  });

  test('stable for any load, including fewer agents than Erlangs', () => {
    // 100 Erlangs on 90 agents: Erlang C has no answer; with patience = AHT about 10.8 % abandon.
    const overloaded = erlangAPerformance({ contacts: 1000, intervalSeconds: 1800, averageHandleSeconds: 180, agents: 90, averagePatienceSeconds: 180 });
    expect(overloaded.probabilityOfAbandoning).toBeCloseTo(erlangAReference(90, 100, 1, 20 / 180).probabilityOfAbandoning, 12);
    // Heavy overload: agents are all busy and the excess abandons, P(abandon) ≈ 1 − N/A = 1/11.
    const heavy = erlangAPerformance({ contacts: 11_000, intervalSeconds: 1800, averageHandleSeconds: 180, agents: 1000, averagePatienceSeconds: 360 });
    expect(heavy.probabilityOfAbandoning).toBeCloseTo(1 / 11, 5);
    expect(heavy.occupancy).toBeCloseTo(100, 4);
    // 100,000 agents, and a nearly empty queue where the probabilities are tiny but not zero.
    const large = erlangAPerformance({ contacts: 990_000, intervalSeconds: 1800, averageHandleSeconds: 180, agents: 100_000, averagePatienceSeconds: 180 });
    expect(large.probabilityOfWaiting).toBeGreaterThan(0);
    expect(large.probabilityOfWaiting).toBeLessThan(0.01);
    const idle = erlangAPerformance({ ...example, contacts: 10, agents: 40 });
    expect(idle.probabilityOfWaiting).toBeGreaterThan(0);
    expect(idle.probabilityOfWaiting).toBeLessThan(1e-20);
  });

  test('tends to Erlang C as patience grows', () => {
    const c = erlangCPerformance({ ...{ contacts: example.contacts, intervalSeconds: example.intervalSeconds, averageHandleSeconds: example.averageHandleSeconds }, agents: example.agents });
    const a = erlangAPerformance({ ...example, averagePatienceSeconds: 180e9 });
    expect(a.probabilityOfWaiting).toBeCloseTo(c.probabilityOfWaiting, 8);
    expect(a.serviceLevel).toBeCloseTo(c.serviceLevel, 6);
    expect(a.averageSpeedOfAnswer).toBeCloseTo(c.averageSpeedOfAnswer, 6);
    expect(a.probabilityOfAbandoning).toBeLessThan(1e-9);
  });

  test('the truncated chain is exact to double precision', () => {
    // The cut is where a geometric bound on the rest falls below 2⁻⁶⁴ of the sum kept. Run the
    // same chain with the margin 2⁴⁰ times smaller (2⁻¹⁰⁴, many more states): every metric is
    // unchanged to within the rounding of summing thousands of terms (2⁻⁴⁸, about 30 ulps), so the states dropped weigh below double precision.
    for (const [agents, traffic, r, tau] of [
      [14, 10, 0.6, 1 / 9],
      [90, 100, 1, 0.1],
      [1000, 980, 300 / 180, 20 / 300],
      [1000, 1100, 0.5, 0.1],
      [50, 10, 1, 0.1],
      [5, 20, 0.01, 2],
    ] as const) {
      const cutStates: ChainStates = { lowest: 0, highest: 0 };
      const wideStates: ChainStates = { lowest: 0, highest: 0 };
      const cut = erlangAChain(agents, traffic, r, tau, 1, cutStates);
      const wide = erlangAChain(agents, traffic, r, tau, 2 ** 40, wideStates);
      expect(wideStates.highest - wideStates.lowest).toBeGreaterThan(cutStates.highest - cutStates.lowest);
      for (const key of ['probabilityOfWaiting', 'probabilityOfAbandoning', 'serviceLevel', 'averageSpeedOfAnswer', 'occupancy'] as const) {
        // (A service level of exactly 0 in both: 1,500 callers ahead cannot be answered in 2 AHT.)
        expect(Math.abs(cut[key] - wide[key]), `${key} at N ${String(agents)}, A ${String(traffic)}`).toBeLessThanOrEqual(2 ** -48 * wide[key]);
      }
    }
  });

  test('the states dropped weigh less than 2⁻⁶⁰ of the whole chain', () => {
    // Direct check: sum the whole chain (far beyond the cut on both sides) in log space and
    // measure the share of the weights outside [lowestState, highestState].
    for (const [agents, traffic, r] of [
      [14, 10, 0.6],
      [1000, 980, 300 / 180],
      [90, 100, 1],
      [200, 150, 0.1],
    ] as const) {
      const states: ChainStates = { lowest: 0, highest: 0 };
      erlangAChain(agents, traffic, r, 0.1, 1, states);
      const { lowest: lowestState, highest: highestState } = states;
      const top = highestState * 3 + 100;
      const logWeights: number[] = [0];
      for (let n = 1; n <= top; n++) {
        logWeights.push(logWeights[n - 1]! + Math.log(n <= agents ? traffic / n : traffic / (agents + (n - agents) * r)));
      }
      const max = Math.max(...logWeights);
      let inside = 0;
      let outside = 0;
      logWeights.forEach((log, n) => {
        const w = Math.exp(log - max);
        if (n < lowestState || n > highestState) outside += w;
        else inside += w;
      });
      expect(outside / inside).toBeLessThan(2 ** -60);
    }
  });

  test('a queue of 5·10⁹ callers follows the fluid model', () => {
    // 1,000 Erlangs on 10 agents with callers who wait 30 years on average (r = AHT/patience =
    // 1.8e−7): about (A − N)/r = 5.5·10⁹ wait. In the fluid limit (Whitt 2006) the agents are
    // always busy, so a share 1 − N/A abandons, and those answered wait ln(A/N)/r AHT; the queue's
    // spread, √(A/r) = 7·10⁴ places, changes both by far less than the tolerances.
    const r = 180 / 1e9;
    const result = erlangAPerformance({ ...example, contacts: 10_000, agents: 10, averagePatienceSeconds: 1e9 });
    expect(result.probabilityOfAbandoning).toBeCloseTo(0.99, 12);
    expect(result.probabilityOfWaiting).toBe(1);
    expect(result.averageSpeedOfAnswer / (Math.log(100) / r) / 180 - 1).toBeCloseTo(0, 8);
    expect(result.serviceLevel).toBe(0);
  });

  test('no contacts: nobody waits or abandons', () => {
    expect(erlangAPerformance({ ...example, contacts: 0 })).toStrictEqual({
      trafficErlangs: 0,
      agents: 14,
      probabilityOfWaiting: 0,
      probabilityOfAbandoning: 0,
      serviceLevel: 100,
      averageSpeedOfAnswer: 0,
      averageWait: 0,
      occupancy: 0,
    });
  });

  test('probabilities never round above 1 when nearly every caller waits', () => {
    // Found by the property test: 3.3 Erlangs on one agent with patient callers summed the
    // waiting states to 1 ulp above the whole chain, so P(wait) came out 1.0000000000000002.
    const queue = {
      contacts: 87.05927605836379,
      intervalSeconds: 1800,
      averageHandleSeconds: 68.16754940981451,
      averagePatienceSeconds: 2028.3946695025697,
      agents: 1,
    };
    const result = erlangAPerformance(queue, { thresholdSeconds: 20 });
    for (const p of [result.probabilityOfWaiting, result.probabilityOfAbandoning]) {
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
    expect(result.serviceLevel).toBeLessThanOrEqual(100);
    expect(result.occupancy).toBeLessThanOrEqual(100);
    // With one agent a caller waits exactly when the agent is busy (arrivals see time
    // averages), so P(wait) equals the occupancy.
    expect(result.probabilityOfWaiting).toBeCloseTo(result.occupancy / 100, 14);
  });

  test('does not mutate its input', () => {
    expect(() => erlangAPerformance(deepFreeze({ ...example }), deepFreeze({ thresholdSeconds: 30 }))).not.toThrow();
  });

  test.each(NOT_NUMBERS)('rejects %o in any field with %s', (bad, code) => {
    for (const field of ['contacts', 'intervalSeconds', 'averageHandleSeconds', 'agents', 'averagePatienceSeconds'] as const) {
      expectMetricError(() => erlangAPerformance({ ...example, [field]: bad }), { metric: 'erlangAPerformance', code, field: `queue.${field}` });
    }
  });

  test('rejects out-of-range values', () => {
    const metric = 'erlangAPerformance';
    expectMetricError(() => erlangAPerformance({ ...example, agents: 0 }), { metric, code: 'OUT_OF_RANGE', field: 'queue.agents' });
    expectMetricError(() => erlangAPerformance({ ...example, agents: 12.5 }), { metric, code: 'NOT_INTEGER', field: 'queue.agents' });
    expectMetricError(() => erlangAPerformance({ ...example, averagePatienceSeconds: 0 }), { metric, code: 'OUT_OF_RANGE', field: 'queue.averagePatienceSeconds' });
    expectMetricError(() => erlangAPerformance({ ...example, averagePatienceSeconds: -5 }), { metric, code: 'NEGATIVE', field: 'queue.averagePatienceSeconds' });
    expectMetricError(() => erlangAPerformance(example, { thresholdSeconds: -1 }), { metric, code: 'NEGATIVE', field: 'options.thresholdSeconds' });
    // Patience so long that agents / (AHT / patience) overflows a double.
    expectMetricError(() => erlangAPerformance({ ...example, agents: 2 ** 53 - 1, averageHandleSeconds: 1e-200, contacts: 1e200, averagePatienceSeconds: 1e200 }), {
      metric,
      code: 'OUT_OF_RANGE',
      field: 'queue.averagePatienceSeconds',
    });
    expectMetricError(() => erlangAPerformance('queue' as never), { metric, code: 'WRONG_TYPE', field: 'queue' });
  });
});

describe('erlangAPerformance: a patience too short for a double', () => {
  test('AHT / patience = Infinity is OUT_OF_RANGE on averagePatienceSeconds, not NaN', () => {
    // Before: 300 / 5e−324 = Infinity made probabilityOfAbandoning ∞ × 0 = NaN.
    const queue = { contacts: 120, intervalSeconds: 1800, averageHandleSeconds: 300, agents: 18, averagePatienceSeconds: Number.MIN_VALUE };
    expectMetricError(() => erlangAPerformance(queue), {
      metric: 'erlangAPerformance',
      code: 'OUT_OF_RANGE',
      field: 'queue.averagePatienceSeconds',
    });
  });
});
