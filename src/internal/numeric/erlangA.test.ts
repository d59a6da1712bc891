/**
 * Mutation testing of erlangA.ts, erlangAIntegrals.ts and normalDistribution.ts: 79.7 % at first, 85.5 % (780 of
 * 912) after the tests that followed, then 97.1 % (732 of the 754 not marked; the lines of the survivors run again)
 * after the tests of the secant search, of the ends of the negative binomial and of the far normal tail here and in
 * erlangAIntegrals.test.ts. Mutants that cannot change a result at double precision are marked in the code, each
 * with its reason; a mark ignores every mutant of its kind on the line, so the 158 ignored include 75 that the tests
 * kill (with them counted as killed the score is 97.3 %, 807 of 829). The marks cover: the chain's cuts (they move
 * the cut by states below 2⁻⁶⁴ of the sum), the choice of route (the chain and the integrals agree to 2·10⁻¹³),
 * switch points where both forms agree to rounding, loops that stop once converged, and work spared on values nobody
 * reads. Left unmarked, as no test here can tell them apart but they are not equivalent by construction:
 * - the small-rτ form of the negative binomial's step, N·τ·(1 − rτ/2), changed by terms of order rτ < 10⁻⁸;
 * - the e^(−700) bound of P(X = 0): taken as a subnormal double instead, it loses bits only where it is far below
 *   the tail it is subtracted from; likewise the sign of the first weight folded in from the logarithm, and the
 *   product's downward fold (weights that keep falling while below e^(−700) carry nothing);
 * - the lowest state reported (`states`, for tests) when Erlang B's recurrence starts at N + 1 instead of N − 1;
 * - the signs of the fall's series terms in d¹⁵ and d¹⁶ (below two units in the last place at d = ±½);
 * - the Laplace approximation's switch to the Gaussian alone at |β| + 1 = 20√k, and the left window's Newton
 *   refinement (a window somewhat wider or narrower integrates the same to the tests' 2·10⁻¹³);
 * - `impatientQueuePerformance`'s finiteness test of a sum (a difference of the same terms is as non-finite);
 * - the secant search's `next < Infinity` (a step can reach ∞ only from a start beyond 10³⁰⁸);
 * - the normal tail's underflow bound, where the tail is below the smallest normal double.
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

  describe('as a secant search (margins that depend on N alone, with every N it evaluates)', () => {
    /** approximateAgents on `margin` of the agents alone, and the numbers of agents it evaluated, in order. */
    function search(margin: (agents: number) => number, from: number, step: number): { start: number | undefined; tried: number[] } {
      const tried: number[] = [];
      const at = (performance: AbandonmentPerformance): number => {
        tried.push(performance.agents);
        return margin(performance.agents);
      };
      return { start: approximateAgents(100, 0.5, 300, 20, at, from, step), tried };
    }
    // Each case worked by hand: a secant step from (u, g(u)) and (v, g(v)) moves by g(v)·(u − v)/(g(v) − g(u)),
    // at most 2·|v − u|, and a step of one agent or less ends the search.

    test('each step at most twice the last; a step of exactly one agent ends it', () => {
      // g = N − 10.5 from 5 and 6: the secant's 4.5 is cut to 2 (to 8), then 2.5 (to the root 10.5), then 0.
      expect(search((n) => n - 10.5, 5, 1)).toEqual({ start: 10.5, tried: [5, 6, 8, 10.5] });
      // g = N − 7 from 5 and 6: a step of 1, to 7, which is returned without evaluating it.
      expect(search((n) => n - 7, 5, 1)).toEqual({ start: 7, tried: [5, 6] });
      // g = N − 1 from 4 and 3: a step of 2 lands on 1 agent exactly, which is allowed.
      expect(search((n) => n - 1, 4, -1)).toEqual({ start: 1, tried: [4, 3, 1] });
    });

    test('where the margin is flat it steps the longest allowed, towards the targets, or stays when it is 0', () => {
      // −1 up to 12 agents, then N − 12.5: flat steps of 2 and 4 (to 8 and 12), then secant steps 4, −3.5 and 0.
      const below = (n: number): number => (n < 12 ? -1 : n - 12.5);
      expect(search(below, 5, 1)).toEqual({ start: 12.5, tried: [5, 6, 8, 12, 16, 12.5] });
      // 1 from 28 agents, below it 1.5·(N − 27): flat steps of −2 and −4 (to 29 and 25), then 3 (to 28) and −0.75.
      const above = (n: number): number => (n >= 28 ? 1 : 1.5 * (n - 27));
      expect(search(above, 30, 1)).toEqual({ start: 27.25, tried: [30, 31, 29, 25, 28] });
      // A margin of 0 at both points: no step.
      expect(search(() => 0, 5, 1)).toEqual({ start: 6, tried: [5, 6] });
    });

    test('a step to a margin that is not finite is halved back, at most four times', () => {
      // (N − 8)/4 − 1 up to 8 agents, N − 9 beyond: from 6 and 8 the secant's 4 lands on 12.
      const bent = (n: number): number => (n <= 8 ? (n - 8) / 4 - 1 : n - 9);
      // Not finite from 12 agents: halved back once, to 10, then a step of −1 to the root 9.
      expect(search((n) => (n >= 12 ? NaN : bent(n)), 6, 2)).toEqual({ start: 9, tried: [6, 8, 12, 10] });
      // Not finite above 8.2: 10, 9, 8.5 and 8.25 are not finite either, and the search gives up.
      expect(search((n) => (n > 8.2 ? NaN : bent(n)), 6, 2)).toEqual({ start: undefined, tried: [6, 8, 12, 10, 9, 8.5, 8.25] });
      // The same for the second starting point: 10 is halved back to 8, 7, 6.5 and 6.25, all beyond 6.2.
      expect(search((n) => (n > 6.2 ? NaN : n - 6.1), 6, 4)).toEqual({ start: undefined, tried: [6, 10, 8, 7, 6.5, 6.25] });
    });

    test('twelve secant steps at most', () => {
      // g = N − 10⁶ from 1 and 2: every step is cut to twice the last, 4, 8, …, 2¹³, and the root is never reached.
      const tried = Array.from({ length: 14 }, (_, i) => 2 ** i);
      expect(search((n) => n - 1e6, 1, 1)).toEqual({ start: undefined, tried });
    });
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

  test('far above its load, the states kept start where their weight falls below 2⁻⁶⁴ of the sum', () => {
    // 1,000 Erlangs on 10 agents, r = 1: the queue's mode is N + 990 and the states below it weigh
    // w(N + j − 1)/w(N + j) = (N + j)/A. Summed as logarithms (Python, independently), w(N + 733) is 2⁻⁵²·w(mode)
    // and w(N + 683) is 2⁻⁷⁶·w(mode); the sum is about 80·w(mode), so the cut, which keeps a state while
    // w·(ρ/(1 − ρ) + idle) > 2⁻⁶⁴·sum, falls between them, far above N and the idle states.
    const states: ChainStates = { lowest: -1, highest: -1 };
    erlangAChain(10, 1000, 1, 0.1, 1, states);
    expect(states.lowest).toBeGreaterThanOrEqual(10 + 683);
    expect(states.lowest).toBeLessThanOrEqual(10 + 733);
  });
});

