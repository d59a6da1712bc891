import { incompleteBetaRatio, logBeta } from './incompleteBeta.js';
import { normalQuantile } from './normalDistribution.js';

/**
 * Student's t distribution with ν > 0 degrees of freedom (ν need not be a whole number: Welch's
 * test gives fractional ones), to about 1e-14 in relative terms.
 *
 * - Tails: P(|T| > |t|) = I_x(ν/2, ½) with x = ν/(ν + t²) (Abramowitz, M., & Stegun, I. A.
 *   (1964). *Handbook of Mathematical Functions*, 26.7.1 and 26.5.27), through the incomplete
 *   beta function of `incompleteBeta.ts`. The two-sided p-value is that number itself, never
 *   `1 − something`, so small p-values keep their digits.
 * - Quantiles: the tail equation P(T > t) = q solved by Newton's method, kept inside a bracket
 *   that bisection shrinks whenever a Newton step would leave it, started from the closed forms
 *   for ν = 1 and 2 and from the Cornish–Fisher expansion about the normal quantile otherwise
 *   (Abramowitz & Stegun 26.7.5).
 */

/** P(|T| > |t|) for T ~ t(ν): the two-sided p-value of a t statistic. */
export function studentTTwoSidedPValue(t: number, degreesOfFreedom: number): number {
  const square = t * t;
  if (square === 0) return 1;
  if (!Number.isFinite(square)) return 0;
  const total = degreesOfFreedom + square;
  return incompleteBetaRatio(degreesOfFreedom / total, square / total, degreesOfFreedom / 2, 0.5);
}

/** P(T > t) for T ~ t(ν). */
export function studentTUpperTail(t: number, degreesOfFreedom: number): number {
  const half = studentTTwoSidedPValue(t, degreesOfFreedom) / 2;
  return t >= 0 ? half : 1 - half;
}

/** The density of t(ν) at t. */
function density(t: number, degreesOfFreedom: number, logNormaliser: number): number {
  return Math.exp(logNormaliser - ((degreesOfFreedom + 1) / 2) * Math.log1p((t * t) / degreesOfFreedom));
}

/** A first guess of the t with P(T > t) = q, for 0 < q < ½ (exported for its tests). */
export function initialGuess(q: number, degreesOfFreedom: number): number {
  if (degreesOfFreedom === 1) return 1 / Math.tan(Math.PI * q);
  if (degreesOfFreedom === 2) return (1 - 2 * q) / Math.sqrt(2 * q * (1 - q));
  const z = -normalQuantile(q);
  const z2 = z * z;
  const n = degreesOfFreedom;
  // Cornish–Fisher: t ≈ z + g₁(z)/ν + g₂(z)/ν² + g₃(z)/ν³ + g₄(z)/ν⁴ (A&S 26.7.5).
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92_160;
  const guess = z + (g1 + (g2 + (g3 + g4 / n) / n) / n) / n;
  return Number.isFinite(guess) && guess > 0 ? guess : z;
}

/**
 * The upper critical value of t(ν): the t > 0 with P(T > t) = q, for 0 < q < ½. Pass the tail
 * probability itself (for a 95 % interval, q = 0.025), never `1 − q`.
 */
export function studentTCritical(q: number, degreesOfFreedom: number): number {
  if (q >= 0.5) return 0;
  const logNormaliser = -logBeta(degreesOfFreedom / 2, 0.5) - 0.5 * Math.log(degreesOfFreedom);
  // Bracket the root: the tail falls from ½ at t = 0.
  let low = 0;
  let high = initialGuess(q, degreesOfFreedom);
  while (studentTUpperTail(high, degreesOfFreedom) > q) {
    low = high;
    high *= 2;
  }
  let t = Math.min(Math.max(initialGuess(q, degreesOfFreedom), low), high);
  for (let iteration = 0; iteration < 200; iteration++) {
    const excess = studentTUpperTail(t, degreesOfFreedom) - q; // decreasing in t
    if (excess === 0) return t;
    if (excess > 0) low = t;
    else high = t;
    // Newton: d/dt P(T > t) = −density(t).
    let next = t + excess / density(t, degreesOfFreedom, logNormaliser);
    if (!(next > low && next < high)) next = (low + high) / 2;
    if (Math.abs(next - t) <= 4e-16 * t || high - low <= 4e-16 * high) return next;
    t = next;
  }
  return t;
}
