/**
 * ln Γ, ln B and the regularized incomplete beta function I_x(a, b), the building blocks of
 * Student's t distribution, to about 1e-15 in relative terms for the arguments the library
 * uses (a from ½ to millions, b = ½).
 *
 * - ln Γ(x): Stirling's series with eight terms (Abramowitz, M., & Stegun, I. A. (1964).
 *   *Handbook of Mathematical Functions*, 6.1.40), after shifting x up to at least 10 with the
 *   recurrence Γ(x + 1) = x·Γ(x) (6.1.15).
 * - ln B(a, b) for a large a: the difference ln Γ(a) − ln Γ(a + b) is taken inside Stirling's
 *   series, so two large, nearly equal logarithms are never subtracted.
 * - I_x(a, b): the continued fraction BFRAC of DiDonato, A. R., & Morris, A. H. (1992).
 *   Algorithm 708: Significant digit computation of the incomplete beta function ratios. *ACM
 *   Transactions on Mathematical Software*, 18(3), 360–373 (the routine R's `pbeta` uses), with
 *   the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) (Abramowitz & Stegun 26.5.2) on the far side of
 *   the mean. Its terms stay well conditioned for x close to 1, where the classical fraction
 *   (A&S 26.5.8; *Numerical Recipes*, §6.4) loses about log₁₀(ν/t²) digits.
 */

const HALF_LOG_2PI = 0.9189385332046728; // ½·ln(2π)

/** The Stirling remainder ln Γ(x) − [(x − ½)·ln x − x + ½·ln(2π)], for x ≥ 10. */
function stirlingRemainder(x: number): number {
  const inverse = 1 / x;
  const square = inverse * inverse;
  // Bernoulli-number coefficients B₂ₖ / (2k(2k − 1)), k = 1…8; the ninth term is below 1e-17 at x = 10.
  return (
    inverse *
    (1 / 12 +
      square *
        (-1 / 360 +
          square *
            (1 / 1260 +
              square * (-1 / 1680 + square * (1 / 1188 + square * (-691 / 360_360 + square * (1 / 156 + square * (-3617 / 122_400))))))))
  );
}

/** ln Γ(x) for x > 0. */
export function logGamma(x: number): number {
  let shifted = x;
  let product = 1;
  while (shifted < 10) {
    product *= shifted;
    shifted += 1;
  }
  return (shifted - 0.5) * Math.log(shifted) - shifted + HALF_LOG_2PI + stirlingRemainder(shifted) - Math.log(product);
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), for a, b > 0. */
export function logBeta(a: number, b: number): number {
  const small = Math.min(a, b);
  const large = Math.max(a, b);
  if (large < 10) return logGamma(small) + logGamma(large) - logGamma(small + large);
  // ln Γ(L) − ln Γ(L + s) = −s·ln L − (L + s − ½)·ln(1 + s/L) + s + R(L) − R(L + s), from Stirling's
  // series: exact algebra, and nothing of the size of L·ln L is ever formed.
  const sum = large + small;
  return (
    logGamma(small) -
    small * Math.log(large) -
    (sum - 0.5) * Math.log1p(small / large) +
    small +
    stirlingRemainder(large) -
    stirlingRemainder(sum)
  );
}

/**
 * DiDonato and Morris's continued fraction BFRAC for I_x(a, b), given λ = (a + b)·y − b ≥ 0
 * computed by the caller from the smaller of x and y. Unlike the classical fraction (A&S
 * 26.5.8), none of its terms subtracts two numbers close to 1 when x is close to 1, which is
 * where Student's t with many degrees of freedom puts it.
 */
function continuedFraction(x: number, y: number, a: number, b: number, lambda: number): number {
  // x^a·y^b / B(a, b); the logarithm of the larger of x and y is log1p of minus the smaller,
  // which the caller supplied with all its digits (with a = ν/2 in the millions, a·ln x would
  // otherwise magnify the rounding of x itself).
  const logX = x > 0.5 ? Math.log1p(-y) : Math.log(x);
  const logY = y > 0.5 ? Math.log1p(-x) : Math.log(y);
  const prefix = Math.exp(a * logX + b * logY - logBeta(a, b));
  if (prefix === 0) return 0;
  const c = lambda + 1;
  const c0 = b / a;
  const c1 = 1 / a + 1;
  const yPlus1 = y + 1;
  let p = 1;
  let s = a + 1;
  // The convergents A/B, kept rescaled so that the last denominator is 1.
  let previousA = 0;
  let previousB = 1;
  let currentA = 1;
  let currentB = c / c1;
  let ratio = c1 / c;
  for (let n = 1; n <= 100_000; n++) {
    const t = n / a;
    const w = n * (b - n) * x;
    let e = a / s;
    const alpha = p * (p + c0) * e * e * (w * x);
    e = (t + 1) / (c1 + t + t);
    const beta = n + w / s + e * (c + n * yPlus1);
    p = t + 1;
    s += 2;
    const nextA = alpha * previousA + beta * currentA;
    const nextB = alpha * previousB + beta * currentB;
    previousA = currentA;
    previousB = currentB;
    const previousRatio = ratio;
    ratio = nextA / nextB;
    if (Math.abs(ratio - previousRatio) <= 1e-16 * ratio) break;
    previousA /= nextB;
    previousB /= nextB;
    currentA = ratio;
    currentB = 1;
  }
  return prefix * ratio;
}

/**
 * The regularized incomplete beta function I_x(a, b) = B(x; a, b) / B(a, b), for a, b > 0 and
 * 0 ≤ x ≤ 1. `y` must be 1 − x, supplied by the caller from a form that keeps its digits (for
 * Student's t, x = ν/(ν + t²) and y = t²/(ν + t²)).
 */
export function incompleteBetaRatio(x: number, y: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (y <= 0) return 1;
  // λ = a − (a + b)·x, from whichever of x and y is the smaller; λ < 0 puts x beyond the mean
  // a/(a + b), where the fraction for the other tail converges faster: I_x(a, b) = 1 − I_y(b, a).
  const lambda = x <= y ? a - (a + b) * x : (a + b) * y - b;
  if (lambda < 0) return 1 - continuedFraction(y, x, b, a, -lambda);
  return continuedFraction(x, y, a, b, lambda);
}
