/**
 * Two kernels for Erlang A that avoid a loop over thousands of terms: a negative binomial weight
 * at any count, to full precision, and a difference of digammas (a long harmonic-like sum).
 *
 * ## The weight
 * P(X = x) = Γ(x + b)/(Γ(b)·x!)·qᵇ·pˣ (q = 1 − p) is computed by Loader's saddle-point form, as R's
 * `dnbinom` does: b/(b + x) times the binomial weight of b in n = x + b trials with success q,
 *
 *     exp(δ(n) − δ(b) − δ(x) − D(b, n·q) − D(x, n·p)) · √(n / (2π·b·x)),
 *
 * with δ the error of Stirling's formula for ln Γ(m + 1) and D(y, μ) = y·ln(y/μ) + μ − y the
 * deviance, summed as a series when y is near μ so that it keeps its relative precision. No
 * factorial, power or large logarithm is ever subtracted: the result has a relative error of a
 * few ulps where the logarithm of the weight would lose ten digits (Loader, C. (2000). Fast and
 * accurate computation of binomial probabilities; the algorithm of R's `dbinom_raw`).
 */
import { logGamma, stirlingRemainder } from './incompleteBeta.js';

/** δ(m) = ln Γ(m + 1) − (m + ½)·ln m + m − ln √(2π), the error of Stirling's formula (= ln Γ(m) − (m − ½)·ln m + m − ln √(2π)). */
function stirlingError(m: number): number {
  return m >= 10 ? stirlingRemainder(m) : logGamma(m + 1) - (m + 0.5) * Math.log(m) + m - 0.5 * Math.log(2 * Math.PI);
}

/** D(y, μ) = y·ln(y/μ) + μ − y ≥ 0, by its series in v = (y − μ)/(y + μ) when |v| < 0.1. */
export function deviance(y: number, mu: number): number {
  if (Math.abs(y - mu) < 0.1 * (y + mu)) {
    let v = (y - mu) / (y + mu);
    let sum = (y - mu) * v;
    let term = 2 * y * v;
    v *= v;
    for (let j = 1; j < 1000; j++) {
      term *= v;
      const next = sum + term / (2 * j + 1);
      if (next === sum) return next;
      sum = next;
    }
    return sum;
  }
  return y * Math.log(y / mu) + mu - y;
}

/**
 * P(X = x) for X negative binomial with size b > 0 and success probability p (0 < p < 1),
 * P(X = 0) = qᵇ: the number of successes before the b-th failure. `q` = 1 − p is passed
 * separately so that it keeps its precision when p is near 1.
 */
export function negativeBinomialWeight(x: number, size: number, p: number, q: number): number {
  if (x === 0) return Math.exp(size * Math.log(q));
  const n = x + size;
  const exponent = stirlingError(n) - stirlingError(size) - stirlingError(x) - deviance(size, n * q) - deviance(x, n * p);
  return (size / n) * Math.exp(exponent) * Math.sqrt(n / (2 * Math.PI * size * x));
}

/**
 * Σᵢ₌₀^{m−1} 1/(x + i) = ψ(x + m) − ψ(x) for x > 0 and whole m ≥ 0: summed directly while m is
 * small or x below 20, then by the asymptotic series of the digamma function,
 * ψ(z) ~ ln z − 1/(2z) − Σₖ B₂ₖ/(2k·z²ᵏ) (Abramowitz & Stegun 6.3.18), to z⁻¹⁰, whose next term
 * is below 6e−18 for z ≥ 20, with ln(z₂/z₁) taken as ln(1 + m/x) so that nothing cancels.
 */
export function harmonicDifference(x: number, m: number): number {
  let sum = 0;
  let low = x;
  let count = m;
  while (count > 0 && (low < 20 || count <= 32)) {
    sum += 1 / low;
    low += 1;
    count -= 1;
  }
  if (count === 0) return sum;
  const high = low + count;
  const tail = (z: number): number => {
    const w = 1 / (z * z);
    return 1 / (2 * z) + w * (1 / 12 - w * (1 / 120 - w * (1 / 252 - w * (1 / 240 - w / 132))));
  };
  return sum + Math.log1p(count / low) + tail(low) - tail(high);
}
