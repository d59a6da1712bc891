import { describe, expect, test } from 'vitest';
import {
  exactErlangB,
  fixedPointErlangB,
  fullRecurrenceErlangB,
  jagermanErlangB,
  toNumber,
  ulpsBetween,
} from '../../test/erlangReference.js';
import { deepFreeze, expectMetricError, NOT_NUMBERS } from '../../test/helpers.js';
import { erlangB } from '../index.js';

describe('erlangB', () => {
  test('published values', () => {
    // Westbay Engineers (erlang.com), Erlang B calculator manual: 15 lines at 1 % blocking
    // carry 8.108 Erlangs (the traffic is given to 3 decimals, so B is 1 % to about 4e−6).
    expect(erlangB({ agents: 15, trafficErlangs: 8.108 })).toBeCloseTo(0.01, 5);
    // Wolfram Language documentation, ErlangB applications: four modems offered 2 Erlangs.
    // By hand: (2⁴/4!) / (1 + 2 + 2 + 4/3 + 2/3) = (2/3)/7 = 2/21.
    expect(erlangB({ agents: 4, trafficErlangs: 2 })).toBeCloseTo(2 / 21, 15);
    // ... and five 1 Mbps lines offered 3 calls an hour of an hour each (3 Erlangs):
    // (3⁵/5!) / Σⱼ₌₀⁵ 3ʲ/j! = 2.025 / 18.4 = 81/736.
    expect(erlangB({ agents: 5, trafficErlangs: 3 })).toBeCloseTo(81 / 736, 15);
  });

  test('equals exact rational arithmetic to a few ulps, whole and fractional traffic', () => {
    // Reference: BigInt numerator and denominator (test/erlangReference.ts), then one rounding.
    const cases: [number, bigint, bigint][] = [];
    for (const [p, q] of [
      [1n, 1n],
      [5n, 2n],
      [10n, 1n],
      [47n, 1n],
      [143n, 1n],
      [145n, 1n],
      [1201n, 4n],
      [1000n, 1n],
      [2000n, 1n],
    ] as const) {
      const a = Number(p) / Number(q);
      for (const agents of [0, 1, 2, Math.floor(a / 2), Math.floor(a) - 1, Math.floor(a), Math.floor(a) + 1, Math.ceil(a + 3 * Math.sqrt(a))]) {
        if (agents >= 0) cases.push([agents, p, q]);
      }
    }
    for (const [agents, p, q] of cases) {
      const exact = toNumber(exactErlangB(agents, p, q));
      const value = erlangB({ agents, trafficErlangs: Number(p) / Number(q) });
      expect(ulpsBetween(value, exact), `B(${String(agents)}, ${String(p)}/${String(q)})`).toBeLessThanOrEqual(6);
    }
  });

  test('far above the traffic, where B is tiny, the error grows only like √(N − A) ulps', () => {
    // Exact rationals again: 200 agents above 500 Erlangs, B ≈ 1e−18.
    for (const [agents, traffic] of [
      [700, 500],
      [350, 150],
      [2005, 1000],
    ] as const) {
      const exact = toNumber(exactErlangB(agents, BigInt(traffic)));
      expect(ulpsBetween(erlangB({ agents, trafficErlangs: traffic }), exact)).toBeLessThanOrEqual(24);
    }
  });

  test('exact for 10,000 and 100,000 agents (256-bit fixed-point recurrence from 0)', () => {
    // The full recurrence in doubles is no better than the shortcut: both are within 16 ulps.
    for (const [agents, traffic] of [
      [9800, 10000],
      [10000, 10000],
      [10100, 10000],
      [100000, 100000],
      [100300, 100000],
    ] as const) {
      const reference = fixedPointErlangB(agents, traffic);
      expect(ulpsBetween(erlangB({ agents, trafficErlangs: traffic }), reference)).toBeLessThanOrEqual(6);
    }
    for (const traffic of [200, 1000, 5000, 30_000]) {
      for (let z = -5; z <= 5; z += 1) {
        const agents = Math.floor(traffic + z * Math.sqrt(traffic));
        const reference = fixedPointErlangB(agents, traffic);
        expect(ulpsBetween(erlangB({ agents, trafficErlangs: traffic }), reference)).toBeLessThanOrEqual(16);
        expect(ulpsBetween(fullRecurrenceErlangB(agents, traffic), reference)).toBeLessThanOrEqual(16);
      }
    }
  });

  test('the shortcut start (12√A below) equals the full recurrence from 0 to the last few ulps', () => {
    // Across A from 100 to 30,000 and N from A − 5√A to A + 5√A, where staffing answers lie.
    // The two differ by the rounding noise of the recurrence itself, which grows like the
    // square root of the steps beyond A (each step rounds independently once the inputs differ).
    let nearTraffic = 0;
    let worst = 0;
    for (let traffic = 100; traffic <= 30_000; traffic *= 1.09) {
      for (let z = -5; z <= 5; z += 0.5) {
        const agents = Math.max(1, Math.floor(traffic + z * Math.sqrt(traffic)));
        const ulps = ulpsBetween(erlangB({ agents, trafficErlangs: traffic }), fullRecurrenceErlangB(agents, traffic));
        worst = Math.max(worst, ulps);
        if (Math.abs(z) <= 1) nearTraffic = Math.max(nearTraffic, ulps);
      }
    }
    expect(nearTraffic).toBeLessThanOrEqual(8);
    expect(worst).toBeLessThanOrEqual(16);
    // Below 144 Erlangs the recurrence starts at 0: identical up to the order of the steps.
    expect(erlangB({ agents: 140, trafficErlangs: 120 })).toBeCloseTo(fullRecurrenceErlangB(140, 120), 15);
  });

  test('fractional agents: the continuous extension, checked against Jagerman’s integral', () => {
    // 1/B(x, A) = A ∫₀^∞ e^(−At)(1 + t)^x dt, evaluated by exp-sinh quadrature in the helper.
    for (const traffic of [0.05, 0.3, 0.99, 1, 2, 7.5, 30, 120, 150, 400]) {
      for (const agents of [0.1, 0.5, 0.9, 1.3, 2.5, 7.25, 33.7, 150.5, 420.1]) {
        const reference = jagermanErlangB(agents, traffic);
        if (reference < 1e-200) continue; // the quadrature itself underflows there
        expect(erlangB({ agents, trafficErlangs: traffic }) / reference - 1, `B(${String(agents)}, ${String(traffic)})`).toBeCloseTo(0, 12);
      }
    }
  });

  test('fractional agents: a closed form at x = ½ (incomplete gamma through erfc)', () => {
    // Γ(3/2, A) = (√π/2)·erfc(√A) + √A·e^(−A) (A&S 6.5.x), so 1/B(½, A) = 1 + eᴬ·√(π/A)/2·erfc(√A).
    // At A = 2, erfc(√2) = 2·(1 − Φ(2)) = 2 × 0.0227501319481792 (standard normal tables).
    const inverse = 1 + (Math.exp(2) * Math.sqrt(Math.PI / 2) * 0.04550026389635842) / 2;
    expect(erlangB({ agents: 0.5, trafficErlangs: 2 })).toBeCloseTo(1 / inverse, 10);
    // Then the recurrence 1/B(x) = 1 + (x/A)/B(x − 1) by hand, up to 4.5 agents: 0.060319.
    let inv = inverse;
    for (const x of [1.5, 2.5, 3.5, 4.5]) inv = 1 + (x / 2) * inv;
    expect(erlangB({ agents: 4.5, trafficErlangs: 2 })).toBeCloseTo(1 / inv, 10);
  });

  test('edge values: no agents, no traffic, huge agents', () => {
    expect(erlangB({ agents: 0, trafficErlangs: 5 })).toBe(1);
    expect(erlangB({ agents: 0, trafficErlangs: 0 })).toBe(1);
    expect(erlangB({ agents: 3, trafficErlangs: 0 })).toBe(0);
    expect(erlangB({ agents: 2.5, trafficErlangs: 0 })).toBe(0);
    // B(1, A) = A/(1 + A).
    expect(erlangB({ agents: 1, trafficErlangs: 3 })).toBe(0.75);
    // Underflows gracefully (the exact value is below the smallest double), never NaN.
    expect(erlangB({ agents: 1e6, trafficErlangs: 1 })).toBe(0);
    expect(erlangB({ agents: 100_000, trafficErlangs: 1e8 })).toBeCloseTo(1 - 100_000 / 1e8, 9);
  });

  test('does not mutate its input', () => {
    expect(() => erlangB(deepFreeze({ agents: 3, trafficErlangs: 2 }))).not.toThrow();
  });

  test.each(NOT_NUMBERS)('rejects %o as agents or traffic with %s', (bad, code) => {
    expectMetricError(() => erlangB({ agents: bad as number, trafficErlangs: 2 }), { metric: 'erlangB', code, field: 'input.agents' });
    expectMetricError(() => erlangB({ agents: 2, trafficErlangs: bad as number }), {
      metric: 'erlangB',
      code,
      field: 'input.trafficErlangs',
    });
  });

  test('rejects negative values, too much traffic and a non-object', () => {
    expectMetricError(() => erlangB({ agents: -1, trafficErlangs: 2 }), { metric: 'erlangB', code: 'NEGATIVE', field: 'input.agents' });
    expectMetricError(() => erlangB({ agents: 1, trafficErlangs: -2 }), { metric: 'erlangB', code: 'NEGATIVE', field: 'input.trafficErlangs' });
    expectMetricError(() => erlangB({ agents: 1, trafficErlangs: 1e9 }), {
      metric: 'erlangB',
      code: 'OUT_OF_RANGE',
      field: 'input.trafficErlangs',
    });
    expectMetricError(() => erlangB(null as never), { metric: 'erlangB', code: 'WRONG_TYPE', field: 'input' });
  });
});
