/**
 * Mutation testing of erlangA.ts, erlangAIntegrals.ts and normalDistribution.ts (79.7 % before the tests that
 * follow it up here and in erlangAIntegrals.test.ts) leaves classes of mutants that no test can tell apart at
 * double precision:
 * - the chain's cuts (`<` for `<=`, a bound's factor): they move the cut by a state whose weight is below 2⁻⁶⁴
 *   of the sum;
 * - the small-rτ form of the negative binomial's step, N·τ·(1 − rτ/2) for N·p/r: the two agree to rounding unless
 *   rτ underflows;
 * - the thresholds (10^±100, e^−700) at which the negative binomial's product is carried as a logarithm: they
 *   change the scale, not the value;
 * - `chainSpread`'s weight and `chainIsLong`'s bound: they choose between two routes that agree to 2·10⁻¹³;
 * - `approximateAgents`' step limit, pull-backs, step count and tolerance: they change only where the exact
 *   search starts, which then finds the same answer;
 * - the switch points of the deviance's series and of the normal distribution's ranges, where both forms agree
 *   to rounding.
 */
import { describe, expect, test } from 'vitest';
import { agentsRequiredWithAbandonment } from '../../index.js';
import type { AbandonmentPerformance } from '../types/queue.js';
import { approximateAgents, erlangAChain, type ChainStates } from './erlangA.js';

/** −ln(achieved / allowed) for one target, in the reported units (AHT 300 s, threshold 20 s). */
const MARGINS = {
  serviceLevel: (performance: AbandonmentPerformance) => -Math.log((100 - performance.serviceLevel) / 20),
  averageSpeedOfAnswer: (performance: AbandonmentPerformance) => -Math.log(performance.averageSpeedOfAnswer / 15),
  maxAbandonment: (performance: AbandonmentPerformance) => -Math.log((100 * performance.probabilityOfAbandoning) / 3),
};
const TARGETS = {
  serviceLevel: { serviceLevel: 80, thresholdSeconds: 20 },
  averageSpeedOfAnswer: { averageSpeedOfAnswer: 15 },
  maxAbandonment: { maxAbandonment: 3 },
};

describe('approximateAgents', () => {
  test("its ceiling is the exact search's answer, from 300 to 100,000 Erlangs (which then needs two evaluations)", () => {
    for (const traffic of [300, 1000, 10_000, 100_000]) {
      for (const patience of [30, 180, 600]) {
        for (const target of ['serviceLevel', 'averageSpeedOfAnswer', 'maxAbandonment'] as const) {
          // Started 10 % below the load, as far as the fluid model's start can be, and √A above it.
          const start = approximateAgents(traffic, 300 / patience, 300, 20, MARGINS[target], 0.9 * traffic, Math.sqrt(traffic));
          const workload = { contacts: traffic * 6, intervalSeconds: 1800, averageHandleSeconds: 300, averagePatienceSeconds: patience };
          const answer = agentsRequiredWithAbandonment(workload, TARGETS[target]).agents;
          const label = `${String(traffic)} Erlangs, patience ${String(patience)} s, ${target}`;
          expect(start, label).toBeDefined();
          if (target === 'maxAbandonment' && answer === 0.97 * traffic + 1) {
            // On the bound P(abandon) > 1 − N/A, which the search applies and the margin here does not: the
            // approximation puts the root within a hair of 0.97·A, on either side.
            expect([answer - 1, answer], label).toContain(Math.ceil(start!));
          } else expect(Math.ceil(start!), label).toBe(answer);
        }
      }
    }
  });

  test('from a start where the margin is flat or infinite, it still settles', () => {
    // 10,000 Erlangs with patience of 2 AHT: at 9,000 and 9,100 agents nobody is answered within 20 s (the margin is
    // the same at both); at 20,000 nobody waits (the margin is infinite).
    const level = MARGINS.serviceLevel;
    const answer = agentsRequiredWithAbandonment(
      { contacts: 60_000, intervalSeconds: 1800, averageHandleSeconds: 300, averagePatienceSeconds: 600 },
      TARGETS.serviceLevel,
    ).agents;
    expect(Math.ceil(approximateAgents(10_000, 0.5, 300, 20, level, 9000, 100)!)).toBe(answer);
    expect(Math.ceil(approximateAgents(10_000, 0.5, 300, 20, level, 9700, 10_300)!)).toBe(answer);
  });

  test('from a second point where the margin is infinite it pulls back; below one agent it gives up', () => {
    // At 12,000 and 10,850 agents for 10,000 Erlangs nobody misses 20 s (the margin is +∞): the step is halved
    // back twice, to 10,275.
    const answer = agentsRequiredWithAbandonment(
      { contacts: 60_000, intervalSeconds: 1800, averageHandleSeconds: 300, averagePatienceSeconds: 600 },
      TARGETS.serviceLevel,
    ).agents;
    expect(Math.ceil(approximateAgents(10_000, 0.5, 300, 20, MARGINS.serviceLevel, 9700, 2300)!)).toBe(answer);
    // 0.01 Erlangs meet 80 % in 20 s with a fraction of an agent: the secant leaves N ≥ 1.
    expect(approximateAgents(0.01, 0.5, 300, 20, MARGINS.serviceLevel, 1, 1)).toBeUndefined();
  });

  test('undefined when the margin never crosses 0', () => {
    // An occupancy cap of 100 % is always met: the margin −ln(occupancy / 100) > 0 at every N.
    const occupancy = (performance: AbandonmentPerformance) => -Math.log(performance.occupancy / 100);
    expect(approximateAgents(1000, 5 / 3, 300, 20, occupancy, 1000, 32)).toBeUndefined();
  });
});

describe('erlangAChain', () => {
  test('the states it keeps: none without traffic, those below N when nobody waits', () => {
    const states: ChainStates = { lowest: -1, highest: -1 };
    expect(erlangAChain(5, 0, 1, 0.1, 1, states).probabilityOfWaiting).toBe(0);
    expect(states).toEqual({ lowest: 0, highest: 0 });
    // 10⁻³ Erlangs on 200 agents: Erlang B is below the smallest double, so only the states below N count.
    expect(erlangAChain(200, 1e-3, 1, 0.1, 1, states).probabilityOfWaiting).toBe(0);
    expect(states).toEqual({ lowest: 0, highest: 199 });
  });
});

