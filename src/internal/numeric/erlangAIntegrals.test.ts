import { describe, expect, test } from 'vitest';
import { erlangAReference } from '../../../test/erlangReference.js';
import { erlangBWhole } from './erlang.js';
import { chainIsLong, erlangAChain } from './erlangA.js';
import { erlangAApproximation, erlangAIntegrals, fall, gaussLegendre } from './erlangAIntegrals.js';

const METRICS = ['probabilityOfWaiting', 'probabilityOfAbandoning', 'probabilityOfAnswer', 'occupancy', 'averageSpeedOfAnswer', 'averageWait'] as const;

describe('erlangAIntegrals', () => {
  test('equals the chain summed state by state, from 0.001 to 100,000 Erlangs', () => {
    // Two routes to the same sums: the chain adds the states one by one (with a proven cut), the
    // integrals integrate their Beta-law representation by Gauss–Legendre quadrature. Loads from
    // half to five times the traffic, patience from 100 AHT to 2 s of a 60 s AHT, thresholds 0–5 AHT.
    let checked = 0;
    for (const traffic of [0.001, 0.5, 3, 20, 100, 1000, 10_000, 100_000]) {
      for (const load of [0.5, 0.8, 0.97, 1, 1.03, 1.3, 2, 5]) {
        for (const r of [0.01, 0.1, 1, 5 / 3, 30]) {
          for (const tau of [0, 0.067, 1, 5]) {
            const agents = Math.max(1, Math.round(traffic * load));
            const chain = erlangAChain(agents, traffic, r, tau);
            const integrals = erlangAIntegrals(agents, traffic, r, tau);
            const label = `N ${String(agents)}, A ${String(traffic)}, r ${String(r)}, τ ${String(tau)}`;
            for (const key of METRICS) {
              // Below 1e−100 the two parts of the chain differ by e²³⁰ or more, and the logarithm of
              // their ratio carries its rounding (a few parts in 10¹³) into the result.
              const tolerance = chain[key] < 1e-100 ? 1e-11 : 2e-13;
              expect(Math.abs(integrals[key] - chain[key]), `${key}, ${label}`).toBeLessThanOrEqual(tolerance * chain[key]);
            }
            // The chain's service level carries the rounding of its running tail 1 − Σ P(X = x), over
            // up to 10⁷ steps where the chain is long (the integrals take over there).
            const slTolerance = chainIsLong(traffic, r) ? 1e-10 : 1e-12;
            expect(Math.abs(integrals.serviceLevel - chain.serviceLevel), `serviceLevel, ${label}`).toBeLessThanOrEqual(slTolerance);
            checked += 1;
          }
        }
      }
    }
    expect(checked).toBe(8 * 8 * 5 * 4);
  });

  test('equals the closed forms with exact Erlang B on queues long enough to integrate', () => {
    for (const [agents, traffic, r, tau] of [
      [300, 320, 0.1, 0.2],
      [1000, 980, 0.2, 0.1],
      [600, 500, 0.05, 0.5],
    ] as const) {
      expect(chainIsLong(traffic, r)).toBe(true);
      const result = erlangAIntegrals(agents, traffic, r, tau);
      const reference = erlangAReference(agents, traffic, r, tau);
      const label = `N ${String(agents)}, A ${String(traffic)}`;
      expect(result.probabilityOfWaiting / reference.probabilityOfWaiting - 1, label).toBeCloseTo(0, 12);
      expect(result.probabilityOfAbandoning / reference.probabilityOfAbandoning - 1, label).toBeCloseTo(0, 11);
      expect(result.serviceLevel / reference.serviceLevel - 1, label).toBeCloseTo(0, 12);
      expect(result.averageSpeedOfAnswer / reference.averageSpeedOfAnswer - 1, label).toBeCloseTo(0, 11);
    }
  });

  test('a billion agents: with patience equal to the AHT the number in system is Poisson(A)', () => {
    // r = 1: the death rate in state n is n whether the caller is served or waiting, so n ~
    // Poisson(A) (as for an infinite-server queue). With N = A = 10⁹: P(wait) = P(X ≥ A) =
    // ½ + 1/(3√(2πA)) + O(1/A), and E[(X − A)⁺] = A·P(X = A) (from k·P(X = k) = A·P(X = k − 1)), so
    // P(abandon) = P(X = A) = exp(−½·ln(2πA) − 1/(12A) + …) by Stirling's series.
    const traffic = 1e9;
    const result = erlangAIntegrals(traffic, traffic, 1, 0.1);
    expect(result.probabilityOfWaiting).toBeCloseTo(0.5 + 1 / (3 * Math.sqrt(2 * Math.PI * traffic)), 8);
    expect(result.probabilityOfAbandoning / Math.exp(-0.5 * Math.log(2 * Math.PI * traffic) - 1 / (12 * traffic)) - 1).toBeCloseTo(0, 12);
  });

  test('callers who hang up at once: a loss system, whose abandonment is Erlang B', () => {
    // As patience → 0 (r → ∞) a caller who finds every agent busy leaves at once: P(abandon) →
    // B(N, A), computed here by Erlang B's recurrence, a route that shares nothing with the integrals.
    for (const [agents, traffic] of [
      [10, 8],
      [1000, 990],
      [100_000, 99_000],
    ] as const) {
      const result = erlangAIntegrals(agents, traffic, 1e300, 0.1);
      expect(result.probabilityOfAbandoning / erlangBWhole(agents, traffic) - 1).toBeCloseTo(0, 12);
      expect(result.averageSpeedOfAnswer).toBe(0);
    }
  });

  test('a queue of 5·10⁹ callers: occupancy and abandonment agree', () => {
    // 1,000 Erlangs on 10 agents, r = 1.8e−7: occupancy (from the answered) and P(abandon) (from the
    // queue length) come from different integrals; busy agents must equal the traffic answered.
    const result = erlangAIntegrals(10, 1000, 1.8e-7, 0.1);
    expect(result.occupancy).toBeCloseTo((1000 * (1 - result.probabilityOfAbandoning)) / 10, 12);
    expect(result.serviceLevel).toBeLessThanOrEqual(result.probabilityOfAnswer);
  });
});

describe('the service level at the ends of the negative binomial', () => {
  test('a threshold so short that rτ < 10⁻⁸, and one so long that the first P(X = x) are below e^(−700)', () => {
    // The chain steps X's weights with c = N·τ·(1 − rτ/2) instead of N·p/r where rτ < 10⁻⁸, and carries them as
    // logarithms while they are below e^(−700); the integrals do neither, so the two routes check each other.
    // 100 Erlangs on 100 agents with τ = 10⁻⁹; 1,000 Erlangs on 100 agents with r = 0.3 and τ = 7.7, where
    // τ·(N + r) ≈ 772 and X's mean, (N/r + 1)(e^(rτ) − 1) ≈ 3,000, lies among the queue positions
    // (the mode is (A − N)/r = 3,000).
    for (const [agents, traffic, r, tau] of [
      [100, 100, 1, 1e-9],
      [100, 1000, 0.3, 7.7],
    ] as const) {
      const chain = erlangAChain(agents, traffic, r, tau);
      const integrals = erlangAIntegrals(agents, traffic, r, tau);
      expect(Math.abs(chain.serviceLevel - integrals.serviceLevel), `τ ${String(tau)}`).toBeLessThanOrEqual(1e-12);
    }
    // In the second, everyone waits and about half of those answered are answered in time: X's tail there is neither 0 nor 1.
    const long = erlangAIntegrals(100, 1000, 0.3, 7.7);
    expect(long.serviceLevel).toBeGreaterThan(0.2 * long.probabilityOfAnswer);
    expect(long.serviceLevel).toBeLessThan(0.8 * long.probabilityOfAnswer);
  });
});

describe('erlangAApproximation', () => {
  test("Laplace's method to second order: within 0.1/min(A, A/r) of the exact integrals from 100 to 100,000 Erlangs", () => {
    // Its error is of the order of the terms the expansion leaves out, k^(−3/2) for the integrals' curvatures
    // k ≈ A and A/r (the Gaussian alone errs by about k^(−½): 4 % at 1,000 Erlangs); the bound asked here,
    // 0.1/k, is looser, so that it holds from 100 Erlangs. The exact integrals are the other route. Loads up
    // to 1.5 reach queues whose Gaussian lies far beyond its window.
    for (const traffic of [100, 1000, 10_000, 100_000]) {
      for (const load of [0.7, 0.8, 0.9, 0.97, 1, 1.03, 1.1, 1.15, 1.2, 1.5]) {
        for (const r of [0.1, 0.5, 5 / 3, 10]) {
          for (const tau of [0, 0.067, 1]) {
            const agents = Math.round(traffic * load);
            const exact = erlangAIntegrals(agents, traffic, r, tau);
            const approximate = erlangAApproximation(agents, traffic, r, tau);
            const label = `N ${String(agents)}, A ${String(traffic)}, r ${String(r)}, τ ${String(tau)}`;
            const pairs = [
              ['missed', 1 - approximate.serviceLevel, 1 - exact.serviceLevel],
              ['probabilityOfWaiting', approximate.probabilityOfWaiting, exact.probabilityOfWaiting],
              ['averageSpeedOfAnswer', approximate.averageSpeedOfAnswer, exact.averageSpeedOfAnswer],
              ['probabilityOfAbandoning', approximate.probabilityOfAbandoning, exact.probabilityOfAbandoning],
              ['occupancy', approximate.occupancy, exact.occupancy],
            ] as const;
            for (const [key, value, expected] of pairs) {
              if (expected < 1e-12) continue; // a miss rate that rounds to nothing
              expect(Math.abs(value - expected), `${key}, ${label}`).toBeLessThanOrEqual((0.1 / Math.min(traffic, traffic / r)) * expected);
            }
          }
        }
      }
    }
  });

  test('takes any real number of agents; the service level rises with them and abandonment falls', () => {
    // Fine steps through queues near their load and far beyond it (where the corrections are dropped), up to
    // the rounding of a level next to 1 and of a tiny abandonment.
    for (const [traffic, r, from, to] of [
      [1000, 5 / 3, 900, 1100],
      [1000, 0.5, 1100, 1250],
      [1000, 1, 1150, 1250],
    ] as const) {
      let level = 0;
      let abandoning = 1;
      for (let agents = from; agents <= to; agents += 0.05) {
        const metrics = erlangAApproximation(agents, traffic, r, 0.067);
        expect(metrics.serviceLevel, `N ${String(agents)}, r ${String(r)}`).toBeGreaterThanOrEqual(level - 1e-15);
        expect(metrics.probabilityOfAbandoning, `N ${String(agents)}, r ${String(r)}`).toBeLessThanOrEqual(abandoning * (1 + 1e-12));
        level = metrics.serviceLevel;
        abandoning = metrics.probabilityOfAbandoning;
      }
      expect(level).toBeLessThanOrEqual(1);
    }
  });

  test('is Laplace\'s approximation, not the quadrature: its error is of the order k^(−3/2), not 10⁻¹³', () => {
    // 100 Erlangs on 100 agents with a patience of 0.6 AHT: the terms the expansion leaves out are of order
    // 100^(−3/2) = 10⁻³, against the 2·10⁻¹³ to which the two exact routes agree.
    const exact = erlangAIntegrals(100, 100, 5 / 3, 0.067);
    const approximate = erlangAApproximation(100, 100, 5 / 3, 0.067);
    expect(Math.abs(approximate.probabilityOfWaiting / exact.probabilityOfWaiting - 1)).toBeGreaterThan(1e-6);
  });

  test('far from the load, nothing overflows: the scaled normal tails', () => {
    // 10 Erlangs on 10⁴ agents: the queue's Gaussian lies 300 deviations beyond its window.
    const idle = erlangAApproximation(10_000, 10, 1, 0.1);
    expect(idle.probabilityOfWaiting).toBe(0);
    expect(idle.serviceLevel).toBe(1);
    expect(idle.occupancy).toBeCloseTo(0.001, 12);
    // 10⁵ Erlangs on 10 agents: almost everyone abandons, as the exact integrals say (the approximation
    // misses part of the 10⁻⁴ that is answered: its queue's Gaussian has the variance of 11 states).
    const swamped = erlangAApproximation(10, 100_000, 1, 0.1);
    const exact = erlangAIntegrals(10, 100_000, 1, 0.1);
    expect(Math.abs(swamped.probabilityOfAbandoning - exact.probabilityOfAbandoning)).toBeLessThan(1e-5);
  });
});

describe('the quadrature and the fall', () => {
  // Computed once per process and cached by the integrals, so tested here directly.
  test('the 40-point Gauss–Legendre rule integrates every polynomial up to degree 79 exactly', () => {
    const { nodes, weights } = gaussLegendre();
    expect(nodes.length).toBe(20);
    // Symmetric nodes: ∫₋₁¹ x²ᵏ dx = 2/(2k + 1) = 2·Σ wᵢ·xᵢ²ᵏ over the positive half (odd powers vanish).
    for (let k = 0; k <= 39; k++) {
      let sum = 0;
      for (let i = 0; i < nodes.length; i++) sum += weights[i]! * nodes[i]! ** (2 * k);
      expect(Math.abs(2 * sum - 2 / (2 * k + 1)), `x^${String(2 * k)}`).toBeLessThan(1e-15);
    }
    for (const node of nodes) expect(node > 0 && node < 1).toBe(true);
  });

  test('fall(d) = e^(−d) − 1 + d: its series near 0, the direct form beyond', () => {
    // Where |d| ≥ 0.05 the direct form d + expm1(−d) loses at most 1e−14 of the value: the reference.
    for (const d of [-0.49, -0.3, -0.2, -0.05, 0.05, 0.2, 0.3, 0.49, 0.5, -0.5, 2, -3]) {
      const direct = d + Math.expm1(-d);
      expect(Math.abs(fall(d) - direct), `d ${String(d)}`).toBeLessThanOrEqual(1e-13 * direct);
    }
    // Near ±½, where the series' last terms count most, against e^(−d) − 1 + d at 50 digits (mpmath 1.3.0, from
    // the double d), to two units in the last place: the term in d¹⁴ is 10⁻¹⁴ of the value there.
    for (const [d, expected] of [
      [-0.4999, 0.14865640681638972],
      [-0.49, 0.14231621995537896],
      [-0.45, 0.11831218549016882],
      [0.49, 0.10262639418441606],
    ] as const) {
      expect(Math.abs(fall(d) - expected), `d ${String(d)}`).toBeLessThanOrEqual(2 * 2 ** -52 * 2 ** Math.floor(Math.log2(expected)));
    }
    // Tiny d: the first terms of the series, d²/2 − d³/6 + d⁴/24, already exact to the last bit.
    for (const d of [1e-5, -1e-5, 1e-9]) expect(fall(d) / (d * d * (0.5 - d / 6 + (d * d) / 24)) - 1).toBeCloseTo(0, 15);
  });
});

