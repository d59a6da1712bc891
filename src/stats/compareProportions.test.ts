import { describe, expect, test } from 'vitest';
import { fc, test as propTest } from '@fast-check/vitest';
import { expectMetricError } from '../../test/helpers.js';
import { compareProportions, type ProportionComparisonMethod } from '../index.js';

describe('compareProportions', () => {
  test.each([
    // Newcombe (1998), Table II, method 10 (also reproduced by the R package propint's tests):
    // (a) 56/70 − 48/80: 0.0524 to 0.3339; (b) 9/10 − 3/10: 0.1705 to 0.8090. The full-precision
    // bounds: mpmath at 30 digits, d ∓ √((p̂ − l)² + (u − p̂)²) from the two Wilson intervals
    // (Newcombe's formula 10), with z = √2·erfinv(0.95).
    [56, 70, 48, 80, 5.24, 33.39, 5.243147240236488, 33.3872654036906],
    [9, 10, 3, 10, 17.05, 80.9, 17.05227239345029, 80.9017973535488],
  ])('Newcombe hybrid score interval: %d/%d − %d/%d is [%d, %d] points', (xa, na, xb, nb, lower, upper, exactLower, exactUpper) => {
    const result = compareProportions({ successes: xa, trials: na }, { successes: xb, trials: nb });
    expect(result.difference).toBeCloseTo(100 * (xa / na - xb / nb), 12);
    expect(result.lower).toBeCloseTo(lower, 2);
    expect(result.upper).toBeCloseTo(upper, 2);
    expect(result.lower).toBeCloseTo(exactLower, 11);
    expect(result.upper).toBeCloseTo(exactUpper, 11);
  });

  test("the p-value is Pearson's χ² test of the 2 × 2 table (R prop.test, correct = FALSE)", () => {
    // χ² = N(ad − bc)²/(r₁r₂c₁c₂) = 150·1120²/(70·80·104·46) = 7.0234…, p = erfc(√(χ²/2)):
    // mpmath 0.008045081368196585; for 9/10 against 3/10, χ² = 7.5 and p = 0.006169899320544162.
    expect(compareProportions({ successes: 56, trials: 70 }, { successes: 48, trials: 80 }).pValue).toBeCloseTo(0.008045081368196585, 14);
    expect(compareProportions({ successes: 9, trials: 10 }, { successes: 3, trials: 10 }).pValue).toBeCloseTo(0.006169899320544162, 14);
  });

  test('Wald: the unpooled standard error, truncated to −100…100', () => {
    // By hand: √(0.8·0.2/70 + 0.6·0.4/80) = √(0.0022857… + 0.003) = 0.072703…
    const se = Math.sqrt((0.8 * 0.2) / 70 + (0.6 * 0.4) / 80);
    const result = compareProportions({ successes: 56, trials: 70 }, { successes: 48, trials: 80 }, { method: 'wald' });
    expect(result.lower).toBeCloseTo(100 * (0.2 - 1.959963984540054 * se), 11);
    expect(result.upper).toBeCloseTo(100 * (0.2 + 1.959963984540054 * se), 11);
    const extreme = compareProportions({ successes: 2, trials: 2 }, { successes: 0, trials: 2 }, { method: 'wald' });
    expect([extreme.lower, extreme.upper]).toEqual([100, 100]);
  });

  test('both rates 0 % (or both 100 %): the difference is 0 and the p-value 1', () => {
    const result = compareProportions({ successes: 0, trials: 12 }, { successes: 0, trials: 40 });
    expect(result.difference).toBe(0);
    expect(result.pValue).toBe(1);
    expect(result.lower).toBeLessThan(0);
    expect(result.upper).toBeGreaterThan(0);
  });

  propTest.prop([
    fc.integer({ min: 1, max: 500 }).chain((n) => fc.record({ trials: fc.constant(n), successes: fc.integer({ min: 0, max: n }) })),
    fc.integer({ min: 1, max: 500 }).chain((n) => fc.record({ trials: fc.constant(n), successes: fc.integer({ min: 0, max: n }) })),
    fc.constantFrom<ProportionComparisonMethod>('newcombe', 'wald'),
  ])('contains the difference, stays in −100…100, and is antisymmetric', (a, b, method) => {
    const ab = compareProportions(a, b, { method });
    const ba = compareProportions(b, a, { method });
    expect(ab.lower).toBeGreaterThanOrEqual(-100);
    expect(ab.upper).toBeLessThanOrEqual(100);
    expect(ab.lower).toBeLessThanOrEqual(ab.difference + 1e-9);
    expect(ab.upper).toBeGreaterThanOrEqual(ab.difference - 1e-9);
    // `0 - x` rather than `-x`: a difference of 0 is +0 both ways (the library never returns −0).
    expect(ba.difference).toBe(0 - ab.difference);
    expect(ba.lower).toBeCloseTo(-ab.upper, 10);
    expect(ba.pValue).toBeCloseTo(ab.pValue, 14);
  });

  test('rejects bad input, naming the group', () => {
    const ok = { successes: 1, trials: 2 };
    expectMetricError(() => compareProportions(ok, { successes: 3, trials: 2 }), {
      metric: 'compareProportions',
      code: 'INCONSISTENT',
      field: 'b.successes',
    });
    expectMetricError(() => compareProportions({ successes: 0, trials: 0 }, ok), { metric: 'compareProportions', code: 'EMPTY', field: 'a.trials' });
  });
});
