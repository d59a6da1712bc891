import { describe, expect, test } from 'vitest';
import { fc, test as propTest } from '@fast-check/vitest';
import { normalCdf, normalQuantile, normalTwoSidedPValue, scaledUpperTail } from './normalDistribution.js';

/** |actual − expected| ≤ tolerance × |expected|. */
function expectRelative(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

describe('normalCdf', () => {
  // Reference values: mpmath 1.3.0 `ncdf` at 50 significant digits (an independent
  // arbitrary-precision implementation), rounded to 17 digits. Φ(1.96) = 0.9750021048517795
  // and Φ(−1.96) = 0.024997895148220435 are also R's `pnorm(±1.96)`.
  test.each([
    [-37, 5.725571222524577e-300],
    [-35.7, 1.9765810879591524e-279],
    [-30.3, 5.731723503315496e-202],
    [-20, 2.7536241186062337e-89],
    [-12.34, 2.7577941516989773e-35],
    [-8, 6.220960574271784e-16],
    [-5.7, 5.9903714010635345e-9],
    [-3, 0.0013498980316300946],
    [-1.96, 0.024997895148220435],
    [-0.5, 0.3085375387259869],
    [0.3, 0.6179114221889527],
    [0.67, 0.7485711049046899],
    [0.68, 0.7517477695464295],
    [1, 0.8413447460685429],
    [1.96, 0.9750021048517795],
    [3, 0.9986501019683699],
    [5, 0.9999997133484281],
  ])('Φ(%d) = %d to about 1e-15, in all three ranges of Cody\'s approximation', (x, expected) => {
    expectRelative(normalCdf(x), expected, 2e-15);
  });

  test('is exactly ½ at 0, and 0 or 1 beyond the range of doubles', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(-40)).toBe(0); // Φ(−40) ≈ 3.7e-350 underflows
    expect(normalCdf(40)).toBe(1);
  });

  test('two-sided p-values keep their digits far in the tail', () => {
    // 2·Φ(−8) from the mpmath value above; a p-value computed as 1 − Φ would be 0 or noise.
    expectRelative(normalTwoSidedPValue(8), 2 * 6.220960574271784e-16, 2e-15);
    expectRelative(normalTwoSidedPValue(-1.96), 2 * 0.024997895148220435, 2e-15);
    expect(normalTwoSidedPValue(0)).toBe(1);
  });

  propTest.prop([fc.double({ noNaN: true, noDefaultInfinity: true, min: -30, max: 30 })])(
    'is symmetric, Φ(−x) = 1 − Φ(x), and non-decreasing',
    (x) => {
      expect(normalCdf(-x) + normalCdf(x)).toBeCloseTo(1, 15);
      expect(normalCdf(x + 0.01)).toBeGreaterThanOrEqual(normalCdf(x));
    },
  );
});

describe('scaledUpperTail', () => {
  test('is e^(y²/2)·P(Z > y): values of ½·erfc(y/√2)·e^(y²/2) from the C library', () => {
    // glibc's erfc and exp (through Python 3's math module), an implementation independent of Cody's; the
    // rounding of y/√2 costs the reference about y²·1.1e−16 of its value.
    for (const [y, expected] of [
      [0.25, 0.41403210294773546],
      [0.5, 0.34961883472039806],
      [1, 0.26157829186512344],
      [2, 0.1681020012231707],
      [3, 0.12151394835556227],
      [5, 0.07691930497500649],
      [6, 0.06477931432444704],
      [10, 0.039506694101386346],
      [20, 0.019897615648327736],
      [26, 0.01532133572847244],
    ] as const) {
      expectRelative(scaledUpperTail(y), expected, 2e-15 + y * y * 2.2e-16);
    }
  });

  test("beyond, it follows Laplace's asymptotic series of Mills's ratio", () => {
    // e^(y²/2)·P(Z > y) = (1/(y√(2π)))·Σₙ (−1)ⁿ·(2n − 1)!!/y²ⁿ; from y = 50 its ninth term is below 1e−20.
    for (const y of [50, 1e3, 1e8, 1e150]) {
      let term = 1;
      let series = 1;
      for (let n = 1; n <= 8; n++) {
        term *= -(2 * n - 1) / (y * y);
        series += term;
      }
      expectRelative(scaledUpperTail(y), series / (y * Math.sqrt(2 * Math.PI)), 1e-15);
    }
  });
});

describe('normalQuantile', () => {
  // mpmath 1.3.0, √2·erfinv(2p − 1) at 50 digits (Φ⁻¹(1e-300) by root-finding on ln Φ). R gives
  // qnorm(0.975) = 1.959963984540054 and qnorm(0.995) = 2.575829303548901.
  test.each([
    [1e-300, -37.0470962993612],
    [1e-20, -9.262340089798407],
    [1e-10, -6.361340902404057],
    [0.001, -3.0902323061678136],
    [0.025, -1.9599639845400543],
    [0.05, -1.6448536269514726],
    [0.1, -1.2815515655446006],
    [0.3, -0.5244005127080408],
    [0.9, 1.2815515655446006],
    [0.95, 1.6448536269514726],
    [0.975, 1.9599639845400543],
    [0.995, 2.575829303548901],
  ])('Φ⁻¹(%d) = %d to about 1e-15 (Wichura AS 241)', (p, expected) => {
    expectRelative(normalQuantile(p), expected, 2e-15);
  });

  test('is exactly 0 at ½', () => {
    expect(normalQuantile(0.5)).toBe(0);
  });

  propTest.prop([fc.double({ noNaN: true, min: 1e-300, max: 1 - 1e-15 })])('inverts normalCdf', (p) => {
    const z = normalQuantile(p);
    // d ln Φ / dz ≈ |z| in the tail, so a relative error ε in z moves Φ by about z²·ε. AS 241 in
    // doubles is good to a few units in the last place of z: against mpmath (findroot on ln Φ at
    // 60 digits, p = 10⁻³⁰⁰ … 10⁻¹ and 0.01 … 0.99 on a grid) the worst was 2.6 × 2⁻⁵² relative,
    // at p ≈ 2e-196; 4.5 × 2⁻⁵² (1e-15) is allowed here. (4e-16, as before, failed for most seeds.)
    expectRelative(normalCdf(z), p, 1e-15 + 1e-15 * z * z);
  });
});
