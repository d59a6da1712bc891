/**
 * The standard normal distribution: its distribution function Φ and its quantile Φ⁻¹, each to
 * full double precision (relative error about 1e-16), also far into the tails, where a p-value
 * or a 99.9 % interval needs them.
 *
 * - Φ: W. J. Cody's rational Chebyshev approximations, three ranges of |x| (Cody, W. J. (1969).
 *   Rational Chebyshev approximations for the error function. *Mathematics of Computation*,
 *   23(107), 631–637; the coefficients of the ANORM routine of Cody, W. J. (1993). Algorithm
 *   715: SPECFUN. *ACM Transactions on Mathematical Software*, 19(1), 22–32, which R's `pnorm`
 *   also uses). The tail beyond |x| is computed directly, never as `1 − Φ`, so both tails keep
 *   their relative precision.
 * - Φ⁻¹: Wichura's PPND16 (Wichura, M. J. (1988). Algorithm AS 241: The percentage points of
 *   the normal distribution. *Applied Statistics*, 37(3), 477–484), accurate to about 1 part in
 *   10¹⁶, as in R's `qnorm`.
 */

const INV_SQRT_2PI = 0.3989422804014327; // 1 / √(2π)
const SQRT_32 = 5.656854249492381;

// Cody: |x| ≤ 0.67449 (Φ(x) = ½ + x·A(x²)/B(x²))
const A = [2.2352520354606837, 161.02823106855587, 1067.6894854603709, 18154.98125334356, 0.06568233791820745] as const;
const B = [47.202581904688245, 976.0985517377767, 10260.932208618979, 45507.78933502673] as const;
// Cody: 0.67449 < |x| ≤ √32 (tail = e^(−x²/2)·C(x)/D(x))
const C = [
  0.39894151208813466, 8.883149794388377, 93.50665613217785, 597.2702763948002,
  2494.5375852903726, 6848.190450536283, 11602.65143764735, 9842.714838383978,
  1.0765576773720192e-8,
] as const;
const D = [
  22.266688044328117, 235.387901782625, 1519.3775994075547, 6485.558298266761,
  18615.571640885097, 34900.95272114598, 38912.00328609327, 19685.429676859992,
] as const;
// Cody: |x| > √32 (tail = e^(−x²/2)·(1/√(2π) − P(1/x²)/Q(1/x²)/x²)/|x|)
const P = [
  0.215898534057957, 0.12740116116024736, 0.022235277870649807, 0.0014216191932278934,
  0.000029112874951168793, 0.023073441764940174,
] as const;
const Q = [1.284260096144911, 0.4682382124808651, 0.06598813786892856, 0.0037823963320275824, 0.00007297515550839662] as const;

/** Beyond this |x| the smaller tail underflows to 0 (Cody's XLOW). */
const TAIL_UNDERFLOW = 37.5193;

/**
 * e^(y²/2)·P(Z > y) for y ≥ 0: the upper tail without its Gaussian factor (Mills's ratio over √(2π)),
 * finite and relatively precise for every y, also where P(Z > y) itself underflows.
 */
export function scaledUpperTail(y: number): number {
  // Stryker disable next-line EqualityOperator: at the switch point both forms agree to rounding.
  if (y <= 0.674_489_75) return normalCdf(-y) * Math.exp(0.5 * y * y);
  // Stryker disable next-line EqualityOperator: (as above)
  if (y <= SQRT_32) {
    let numerator = C[8] * y;
    let denominator = y;
    for (let i = 0; i < 7; i++) {
      numerator = (numerator + C[i]!) * y;
      denominator = (denominator + D[i]!) * y;
    }
    return (numerator + C[7]) / (denominator + D[7]);
  }
  const inverseSquare = 1 / (y * y);
  let numerator = P[5] * inverseSquare;
  let denominator = inverseSquare;
  for (let i = 0; i < 4; i++) {
    numerator = (numerator + P[i]!) * inverseSquare;
    denominator = (denominator + Q[i]!) * inverseSquare;
  }
  return (INV_SQRT_2PI - (inverseSquare * (numerator + P[4])) / (denominator + Q[4])) / y;
}

/**
 * P(Z > y) for y > 0.67448975, computed directly (no `1 −`), so that it keeps its relative
 * precision down to the smallest doubles.
 */
function upperTail(y: number): number {
  if (!(y < TAIL_UNDERFLOW)) return 0;
  // e^(−y²/2) split as e^(−r²/2)·e^(−(y−r)(y+r)/2) with r = y rounded down to 1/16, so that r²
  // is exact and the rounding error of y² does not reach the result (Cody's device).
  const rounded = Math.trunc(y * 16) / 16;
  const rest = (y - rounded) * (y + rounded);
  return Math.exp(-rounded * rounded * 0.5) * Math.exp(-rest * 0.5) * scaledUpperTail(y);
}

/** Φ(x) = P(Z ≤ x) for a standard normal Z. */
export function normalCdf(x: number): number {
  const y = Math.abs(x);
  // Stryker disable next-line EqualityOperator: at the switch point both forms agree to rounding.
  if (y <= 0.674_489_75) {
    // Φ(x) = ½ + x·A(x²)/B(x²), the series about 0.
    let numerator = 0;
    let denominator = 0;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: below it the series' terms in x² vanish beside A[3] anyway.
    if (y > 1.11e-16) {
      const square = x * x;
      numerator = A[4] * square;
      denominator = square;
      for (let i = 0; i < 3; i++) {
        numerator = (numerator + A[i]!) * square;
        denominator = (denominator + B[i]!) * square;
      }
    }
    return 0.5 + (x * (numerator + A[3])) / (denominator + B[3]);
  }
  const tail = upperTail(y);
  // Stryker disable next-line EqualityOperator: x = 0 is taken by the series above.
  return x > 0 ? 1 - tail : tail;
}

/**
 * The two-sided p-value of a standard normal statistic: P(|Z| ≥ |z|) = 2·Φ(−|z|), exact in
 * relative terms however small it is.
 */
export function normalTwoSidedPValue(z: number): number {
  return 2 * normalCdf(-Math.abs(z));
}

// Wichura AS 241 (PPND16): |p − ½| ≤ 0.425
const WA = [
  3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946,
  45921.95393154987, 67265.7709270087, 33430.57558358813, 2509.0809287301227,
] as const;
const WB = [
  1, 42.31333070160091, 687.1870074920579, 5394.196021424751,
  21213.794301586597, 39307.89580009271, 28729.085735721943, 5226.495278852854,
] as const;
// r = √(−ln(min(p, 1−p))) ≤ 5
const WC = [
  1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045,
  1.2704582524523684, 0.2417807251774506, 0.022723844989269184, 0.0007745450142783414,
] as const;
const WD = [
  1, 2.053191626637759, 1.6763848301838038, 0.6897673349851,
  0.14810397642748008, 0.015198666563616457, 0.0005475938084995345, 1.0507500716444169e-9,
] as const;
// r > 5
const WE = [
  6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487,
  0.026532189526576124, 0.0012426609473880784, 0.000027115555687434876, 2.0103343992922881e-7,
] as const;
const WF = [
  1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615,
  0.0007868691311456133, 0.000018463183175100548, 1.421511758316446e-7, 2.0442631033899397e-15,
] as const;

/** A polynomial c[0] + c[1]·x + … + c[7]·x⁷, by Horner's rule. */
function polynomial(coefficients: readonly number[], x: number): number {
  let value = 0;
  // Stryker disable next-line ArithmeticOperator: subtracting each coefficient negates the polynomial, and each call's numerator and denominator come from it alike.
  for (let i = coefficients.length - 1; i >= 0; i--) value = value * x + coefficients[i]!;
  return value;
}

/**
 * Φ⁻¹(p): the z with Φ(z) = p, for 0 < p < 1. For a small tail probability q, pass `q` itself
 * (`−normalQuantile(q)` is the upper critical value), never `1 − q`, which loses digits.
 */
export function normalQuantile(p: number): number {
  const q = p - 0.5;
  // Stryker disable next-line EqualityOperator: at the switch point both forms agree to rounding.
  if (Math.abs(q) <= 0.425) {
    const r = 0.180_625 - q * q;
    return (q * polynomial(WA, r)) / polynomial(WB, r);
  }
  // Stryker disable next-line EqualityOperator: q = 0 is taken by the central form above.
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let value: number;
  // Stryker disable next-line EqualityOperator: at the switch point both forms agree to rounding.
  if (r <= 5) {
    r -= 1.6;
    value = polynomial(WC, r) / polynomial(WD, r);
  } else {
    r -= 5;
    value = polynomial(WE, r) / polynomial(WF, r);
  }
  // Stryker disable next-line EqualityOperator: q = 0 is taken by the central form above.
  return q < 0 ? -value : value;
}
