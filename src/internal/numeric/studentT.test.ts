import { describe, expect, test } from 'vitest';
import { fc, test as propTest } from '@fast-check/vitest';
import { logBeta, logGamma } from './incompleteBeta.js';
import { normalQuantile } from './normalDistribution.js';
import { initialGuess, studentTCritical, studentTTwoSidedPValue, studentTUpperTail } from './studentT.js';

/** P(T ≤ t) for T ~ t(ν), from the two-sided p-value (the library needs only the tails). */
function studentTCdf(t: number, degreesOfFreedom: number): number {
  const half = studentTTwoSidedPValue(t, degreesOfFreedom) / 2;
  return t >= 0 ? 1 - half : half;
}

function expectRelative(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

describe('logGamma and logBeta', () => {
  test('agree with exact values', () => {
    // Γ(n) = (n − 1)!, Γ(½) = √π, Γ(3/2) = √π/2: closed forms, computed here by other means.
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(10)).toBeCloseTo(Math.log(362_880), 13);
    expectRelative(logGamma(0.5), 0.5 * Math.log(Math.PI), 1e-14);
    expectRelative(logGamma(1.5), Math.log(Math.sqrt(Math.PI) / 2), 1e-13);
    // mpmath 1.3.0 loggamma at 50 digits.
    expectRelative(logGamma(123_456.7), 1323900.9753909183, 1e-15);
    expectRelative(logGamma(0.1), 2.252712651734206, 1e-15);
  });

  test('B(a, ½) for large a, without cancellation', () => {
    // B(a, b) = Γ(a)Γ(b)/Γ(a + b); for a = 500 000: mpmath 1.3.0, ln B(500000, ½) at 50 digits.
    expectRelative(logBeta(500_000, 0.5), -5.988816495777464, 1e-15);
    // B(1, b) = 1/b exactly.
    expect(logBeta(1, 0.5)).toBeCloseTo(Math.log(2), 14);
    expect(logBeta(20, 1)).toBeCloseTo(-Math.log(20), 14);
  });
});

describe('Student t distribution function', () => {
  // Closed forms (Abramowitz & Stegun 26.7.3, computed here with Math.atan and Math.sqrt, not
  // through the incomplete beta function): ν = 1 (Cauchy), ν = 2, ν = 3.
  const closedForms: [number, (t: number) => number][] = [
    [1, (t) => 0.5 + Math.atan(t) / Math.PI],
    [2, (t) => 0.5 + t / (2 * Math.sqrt(2 + t * t))],
    [3, (t) => 0.5 + (t / (Math.sqrt(3) * (1 + (t * t) / 3)) + Math.atan(t / Math.sqrt(3))) / Math.PI],
  ];
  test.each(closedForms)('matches the closed form for ν = %d', (df, cdf) => {
    // The closed forms add to ½, so they are accurate in absolute terms only.
    for (const t of [-30, -4, -1.5, -0.3, 0.3, 1, 2.5, 10]) expect(studentTCdf(t, df)).toBeCloseTo(cdf(t), 14);
  });

  test('two-sided p-values agree with high-precision values, also for fractional and huge ν', () => {
    // mpmath 1.3.0 betainc(ν/2, ½, 0, ν/(ν + t²), regularized) at 50–60 digits.
    expectRelative(studentTTwoSidedPValue(2.228138851986274, 10), 0.050000000000000065, 1e-14);
    expectRelative(studentTTwoSidedPValue(-1.8608, 17.776), 0.07939657813977981, 1e-14);
    expectRelative(studentTTwoSidedPValue(4, 4.5), 0.012764489465624047, 1e-14);
    expectRelative(studentTTwoSidedPValue(40, 7), 1.590217998485037e-9, 1e-14);
    expectRelative(studentTTwoSidedPValue(1.2, 0.5), 0.5592579261313646, 1e-14);
    expectRelative(studentTTwoSidedPValue(3, 1e6), 0.002699862541421797, 1e-14);
    expectRelative(studentTTwoSidedPValue(5, 1e9), 5.733032403951629e-7, 1e-14);
    expect(studentTTwoSidedPValue(0, 5)).toBe(1);
  });

  test('tends to the normal distribution as ν grows', () => {
    // Φ(1.96) from mpmath; t(10⁹) differs from it by about 1e-10.
    expect(studentTCdf(1.96, 1e9)).toBeCloseTo(0.9750021048517795, 9);
  });

  propTest.prop([
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -50, max: 50 }),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: 0.2, max: 1e7 }),
  ])('is symmetric and the two tails add up to 1', (t, df) => {
    expect(studentTCdf(t, df) + studentTUpperTail(t, df)).toBeCloseTo(1, 14);
    expect(studentTCdf(-t, df)).toBeCloseTo(studentTUpperTail(t, df), 14);
    expect(studentTCdf(t + 0.05, df)).toBeGreaterThanOrEqual(studentTCdf(t, df));
  });
});

describe('Student t critical values', () => {
  test('agree with published tables and high-precision values', () => {
    // R: qt(0.975, 10) = 2.228138851986274 (the brief's reference); the others from mpmath
    // 1.3.0 (root of the tail at 50 digits). Printed tables (e.g. NIST/SEMATECH e-Handbook,
    // table 1.3.6.7.2) give 2.228, 2.571, 2.042, 1.984 and 4.032.
    expectRelative(studentTCritical(0.025, 10), 2.228138851986274, 1e-15);
    expectRelative(studentTCritical(0.025, 5), 2.5705818356363155, 1e-14);
    expectRelative(studentTCritical(0.025, 30), 2.042272456301238, 1e-14);
    expectRelative(studentTCritical(0.025, 100), 1.9839715185235522, 1e-14);
    expectRelative(studentTCritical(0.005, 5), 4.032142983555228, 1e-14);
    expectRelative(studentTCritical(0.05, 17.776), 1.7352481910477704, 1e-14);
    expectRelative(studentTCritical(1e-10, 3), 2225.7692846830932, 1e-14);
    expectRelative(studentTCritical(0.025, 0.5), 164.55767348048852, 1e-13);
    expectRelative(studentTCritical(0.025, 1e6), 1.959966356814107, 1e-14);
    expectRelative(studentTCritical(0.0005, 100), 3.39049131116423, 1e-14);
  });

  test('match the closed forms for ν = 1 and 2', () => {
    // ν = 1: t = cot(πq) = 12.706204736174705 for q = 0.025 (R: qt(0.975, 1));
    // ν = 2: t = (1 − 2q)/√(2q(1 − q)) = 4.302652729749464.
    for (const q of [0.4, 0.1, 0.025, 0.005, 1e-10]) {
      expectRelative(studentTCritical(q, 1), 1 / Math.tan(Math.PI * q), 1e-13);
      expectRelative(studentTCritical(q, 2), (1 - 2 * q) / Math.sqrt(2 * q * (1 - q)), 1e-13);
    }
    expectRelative(studentTCritical(0.025, 1), 12.706204736174705, 1e-14);
  });

  propTest.prop([
    fc.double({ noNaN: true, min: 1e-12, max: 0.49 }),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: 0.5, max: 1e6 }),
  ])('invert the upper tail and lie beyond the normal critical value', (q, df) => {
    const t = studentTCritical(q, df);
    expectRelative(studentTUpperTail(t, df), q, 1e-11);
    expect(t).toBeGreaterThanOrEqual(-normalQuantile(q) * (1 - 1e-12));
  });
});

// The solver's start decides how few Newton steps it needs, not where it ends: a wrong start (or
// a wrong Newton step, which bisection then replaces) still converges to the same t, so only
// these direct tests can tell a changed start apart. Mutants of the solver loop itself (its
// guards, its stopping tests, the density's exponent) change the number of steps, not the
// result, and are left alive.
describe('the Student t quantile solver starts', () => {
  test('for ν = 1 and 2, at the exact quantile (the Cauchy quantile cos(πq)/sin(πq), and the ν = 2 distribution function inverted)', () => {
    for (const q of [0.4, 0.1, 0.025, 1e-6]) {
      expectRelative(initialGuess(q, 1), Math.cos(Math.PI * q) / Math.sin(Math.PI * q), 1e-14);
      // A&S 26.7.3 for ν = 2: P(T > t) = ½ − t / (2√(2 + t²)).
      const t = initialGuess(q, 2);
      expectRelative(0.5 - t / (2 * Math.sqrt(2 + t * t)), q, 1e-9);
    }
  });

  test('otherwise, at the Cornish–Fisher expansion of A&S 26.7.5, within 2e-6 of the quantile by ν = 30', () => {
    // g₁ = (z³ + z)/4, g₂ = (5z⁵ + 16z³ + 3z)/96, g₃ = (3z⁷ + 19z⁵ + 17z³ − 15z)/384,
    // g₄ = (79z⁹ + 776z⁷ + 1482z⁵ − 1920z³ − 945z)/92160, with z the normal quantile.
    const series = (q: number, n: number): number => {
      const z = -normalQuantile(q);
      const g = [
        (z ** 3 + z) / 4,
        (5 * z ** 5 + 16 * z ** 3 + 3 * z) / 96,
        (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / 384,
        (79 * z ** 9 + 776 * z ** 7 + 1482 * z ** 5 - 1920 * z ** 3 - 945 * z) / 92_160,
      ];
      return z + g.reduce((sum, term, k) => sum + term / n ** (k + 1), 0);
    };
    for (const [q, n] of [[0.025, 3], [0.025, 30], [0.005, 7.5], [0.2, 4], [1e-6, 12]] as const) {
      expectRelative(initialGuess(q, n), series(q, n), 1e-13);
    }
    // R 4.3: qt(0.975, 30) = 2.042272456301238; the series' error there is below 2e-6.
    expect(Math.abs(initialGuess(0.025, 30) - 2.042272456301238)).toBeLessThan(2e-6);
  });

  test('at the normal quantile when the series turns negative (a fraction of a degree of freedom, q near ½)', () => {
    // ν = 0.05, q = 0.49: z ≈ 0.025 and −945z/(92160ν⁴) ≈ −41 dominates the series.
    expect(initialGuess(0.49, 0.05)).toBe(-normalQuantile(0.49));
    expectRelative(studentTUpperTail(studentTCritical(0.49, 0.05), 0.05), 0.49, 1e-11);
  });
});
