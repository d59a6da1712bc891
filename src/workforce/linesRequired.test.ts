import { describe, expect, test } from 'vitest';
import { exactErlangB, toNumber, type Rational } from '../../test/erlangReference.js';
import { deepFreeze, expectMetricError } from '../../test/helpers.js';
import { erlangB, linesRequired, trafficCapacity } from '../index.js';

/** Whether the rational r is at most the double b, exactly (b = m / 2ᵏ). */
function atMost({ num, den }: Rational, b: number): boolean {
  let k = 0;
  while (!Number.isInteger(b * 2 ** k)) k++;
  return num * 2n ** BigInt(k) <= den * BigInt(b * 2 ** k);
}

/** The fewest lines by a linear scan of exact Erlang B for traffic p/q (no shared code). */
function scanLines(p: bigint, q: bigint, blocking: number): number {
  let lines = 0;
  while (!atMost(exactErlangB(lines, p, q), blocking)) lines++;
  return lines;
}

describe('linesRequired', () => {
  test('published Erlang B tables', () => {
    // Westbay Engineers (T. Howard, "Erlang B table in Excel", erlang.com): a trunk group offered
    // 13.5 Erlangs in the busy hour needs 22 circuits at 1 % blocking, 16 at 10 %.
    expect(linesRequired({ trafficErlangs: 13.5, blocking: 0.01 }).lines).toBe(22);
    expect(linesRequired({ trafficErlangs: 13.5, blocking: 0.1 }).lines).toBe(16);
    // Westbay's calculator manual: 15 lines carry 8.108 Erlangs at 1 %; a little less needs 15.
    expect(linesRequired({ trafficErlangs: 8.1, blocking: 0.01 }).lines).toBe(15);
  });

  test('by hand: one line blocks A/(1 + A)', () => {
    // B(1, A) = A/(1 + A) ≤ 0.5 exactly when A ≤ 1: A = 1 needs one line, A = 1.01 two.
    expect(linesRequired({ trafficErlangs: 1, blocking: 0.5 }).lines).toBe(1);
    expect(linesRequired({ trafficErlangs: 1.01, blocking: 0.5 }).lines).toBe(2);
    // No traffic needs no lines, blocks nothing and carries nothing.
    expect(linesRequired({ trafficErlangs: 0, blocking: 0.01 })).toEqual({ lines: 0, blocking: 0, carriedErlangs: 0 });
  });

  test('equals a linear scan of exact rational Erlang B', () => {
    const cases: [bigint, bigint, number][] = [];
    for (const [p, q] of [[1n, 3n], [5n, 2n], [10n, 1n], [27n, 2n], [47n, 1n], [143n, 1n], [1201n, 4n]] as const) {
      for (const blocking of [0.3, 0.1, 0.05, 0.02, 0.01, 0.001, 1e-6]) cases.push([p, q, blocking]);
    }
    for (const [p, q, blocking] of cases) {
      const expected = scanLines(p, q, blocking);
      const result = linesRequired({ trafficErlangs: Number(p) / Number(q), blocking });
      expect(result.lines, `${String(p)}/${String(q)} Erlangs at ${String(blocking)}`).toBe(expected);
      expect(result.blocking).toBeCloseTo(toNumber(exactErlangB(expected, p, q)), 14);
      expect(result.carriedErlangs).toBeCloseTo((Number(p) / Number(q)) * (1 - result.blocking), 12);
    }
  });

  test('the blocking returned is erlangB of the lines, and one line fewer misses the target', () => {
    for (const traffic of [0.2, 3, 42.5, 980, 25_000]) {
      for (const blocking of [0.05, 0.01, 0.002]) {
        const { lines, blocking: achieved } = linesRequired({ trafficErlangs: traffic, blocking });
        expect(achieved).toBe(erlangB({ agents: lines, trafficErlangs: traffic }));
        expect(achieved).toBeLessThanOrEqual(blocking);
        expect(erlangB({ agents: lines - 1, trafficErlangs: traffic })).toBeGreaterThan(blocking);
      }
    }
  });

  test('100,000 Erlangs: fewer lines than Erlangs, as a loss system carries A(1 − B)', () => {
    // Every line is nearly always busy: N ≥ A(1 − B) = 99,000 carried Erlangs, and B falls
    // from above 1 % to below within √A lines of it.
    const { lines, carriedErlangs } = linesRequired({ trafficErlangs: 100_000, blocking: 0.01 });
    expect(lines).toBeGreaterThan(99_000);
    expect(lines).toBeLessThan(99_000 + Math.sqrt(100_000));
    expect(carriedErlangs).toBeLessThanOrEqual(lines);
  });

  test('inverse of trafficCapacity', () => {
    expect(linesRequired({ trafficErlangs: trafficCapacity({ lines: 30, blocking: 0.02 }), blocking: 0.02 }).lines).toBe(30);
  });

  test('bad input', () => {
    for (const blocking of [0, 1, -0.01, 1.5, Number.NaN]) {
      expectMetricError(() => linesRequired({ trafficErlangs: 10, blocking }), { metric: 'linesRequired', code: blocking !== blocking ? 'NOT_FINITE' : 'OUT_OF_RANGE', field: 'input.blocking' });
    }
    expectMetricError(() => linesRequired({ trafficErlangs: -1, blocking: 0.01 }), { metric: 'linesRequired', code: 'NEGATIVE', field: 'input.trafficErlangs' });
    expectMetricError(() => linesRequired({ trafficErlangs: 10, blocking: 0.01, lines: 3 } as never), { metric: 'linesRequired', code: 'UNKNOWN_VALUE', field: 'input.lines' });
  });

  test('a bigint traffic reads exactly, a numeric string is refused, the input is not touched', () => {
    const input = deepFreeze({ trafficErlangs: 27n, blocking: 0.01 });
    expect(linesRequired(input)).toEqual(linesRequired({ trafficErlangs: 27, blocking: 0.01 }));
    expectMetricError(() => linesRequired({ trafficErlangs: 27, blocking: '0.01' } as never), { metric: 'linesRequired', code: 'WRONG_TYPE', field: 'input.blocking' });
  });
});
