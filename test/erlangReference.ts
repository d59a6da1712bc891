/**
 * Independent reference computations for the Erlang tests: exact rational arithmetic, a
 * 256-bit fixed-point recurrence, numerical quadrature of Jagerman's integral, and Erlang A's
 * closed forms evaluated by quadrature. None of it shares code with the library.
 */

/** A non-negative rational as BigInt numerator and denominator. */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

/**
 * Erlang B, exactly, for traffic p/q: B(N) = (Aᴺ/N!) / Σⱼ Aʲ/j!. Multiplying through by
 * N!·qᴺ, B = pᴺ / Tₙ with T₀ = 1, Tₙ = n·q·Tₙ₋₁ + pⁿ (Tₙ = Σⱼ pʲ·q^(n−j)·n!/j!).
 */
export function exactErlangB(agents: number, p: bigint, q = 1n): Rational {
  let t = 1n;
  let power = 1n;
  for (let n = 1; n <= agents; n++) {
    power *= p;
    t = BigInt(n) * q * t + power;
  }
  return { num: power, den: t };
}

/** Erlang C, exactly: C = N·B / (N − A(1 − B)), with A = p/q and B = b/d: N·b·q / (N·q·d − p·(d − b)). */
export function exactErlangC(agents: number, p: bigint, q = 1n): Rational {
  const { num: b, den: d } = exactErlangB(agents, p, q);
  const n = BigInt(agents);
  return { num: n * b * q, den: n * q * d - p * (d - b) };
}

/** The double nearest num/den (round to nearest; ties are immaterial here). */
export function toNumber({ num, den }: Rational): number {
  if (num === 0n) return 0;
  const bits = (x: bigint): number => x.toString(2).length;
  const shift = 70 - (bits(num) - bits(den));
  const scaledNum = shift >= 0 ? num << BigInt(shift) : num;
  const scaledDen = shift >= 0 ? den : den << BigInt(-shift);
  // A 70-bit quotient with a sticky bit: Number() then rounds it correctly to 53 bits.
  const quotient = ((scaledNum / scaledDen) << 1n) | (scaledNum % scaledDen === 0n ? 0n : 1n);
  // Scaled in two steps, as 2^−(shift + 1) alone underflows for quotients near the smallest normal doubles.
  const exponent = shift + 1;
  return exponent > 1000 ? Number(quotient) * 2 ** -1000 * 2 ** -(exponent - 1000) : Number(quotient) * 2 ** -exponent;
}

/**
 * Erlang B for real traffic by the reciprocal recurrence run from 0 agents, one step at a time,
 * 1/B(n) = 1 + (n/A)·1/B(n − 1): the textbook loop, without the library's shortcut start or fused steps.
 */
export function fullRecurrenceErlangB(agents: number, traffic: number): number {
  let inverse = 1;
  for (let n = 1; n <= agents; n++) inverse = 1 + (n / traffic) * inverse;
  return 1 / inverse;
}

/**
 * Erlang B for integer traffic and many agents (10⁴–10⁵), by the reciprocal recurrence from 0
 * in 256-bit fixed point: 1/B(n) = 1 + n·(1/B(n − 1))/A, each division truncating 2⁻²⁵⁶.
 */
export function fixedPointErlangB(agents: number, traffic: number): number {
  return toNumber({ num: ONE, den: fixedPointInverse(agents, traffic) });
}

/** Erlang C from the same 256-bit 1/B: C = N·B/((N − A) + A·B) = N/((N − A)·(1/B) + A), in BigInt. */
export function fixedPointErlangC(agents: number, traffic: number): number {
  const inv = fixedPointInverse(agents, traffic);
  return toNumber({ num: BigInt(agents) * ONE, den: BigInt(agents - traffic) * inv + BigInt(traffic) * ONE });
}

const ONE = 1n << 256n;

function fixedPointInverse(agents: number, traffic: number): bigint {
  const a = BigInt(traffic);
  let inv = ONE;
  for (let n = 1; n <= agents; n++) inv = ONE + (BigInt(n) * inv) / a;
  return inv;
}

/** Units in the last place of x, for error measures. */
export function ulp(x: number): number {
  return 2 ** (Math.floor(Math.log2(Math.abs(x))) - 52);
}

/** The error of `actual` in units in the last place of `expected`. */
export function ulpsBetween(actual: number, expected: number): number {
  if (actual === expected) return 0;
  return Math.abs(actual - expected) / ulp(expected);
}

/**
 * ∫₀^∞ f(t) dt by the exp-sinh (double-exponential) rule: t = exp(π/2·sinh u), trapezoids of
 * width h in u. Accurate to about 1e−14 for integrands that decay like e^(−ct) and are smooth.
 */
export function integrateToInfinity(f: (t: number) => number, h = 1 / 128): number {
  let sum = 0;
  for (let u = -6; u <= 6; u += h) {
    const t = Math.exp((Math.PI / 2) * Math.sinh(u));
    const weight = t * (Math.PI / 2) * Math.cosh(u);
    const value = f(t) * weight;
    if (Number.isFinite(value)) sum += value;
  }
  return sum * h;
}

/** Jagerman's integral: 1/B(x, A) = A ∫₀^∞ e^(−At)(1 + t)^x dt, by quadrature. */
export function jagermanErlangB(agents: number, traffic: number): number {
  return 1 / integrateToInfinity((t) => traffic * Math.exp(-traffic * t + agents * Math.log1p(t)));
}

/** Gauss–Legendre nodes and weights on [−1, 1] (Newton on Pₙ, as in Numerical Recipes' gauleg). */
function gaussLegendre(order: number): { nodes: number[]; weights: number[] } {
  const nodes: number[] = [];
  const weights: number[] = [];
  for (let i = 1; i <= order; i++) {
    let z = Math.cos((Math.PI * (i - 0.25)) / (order + 0.5));
    let derivative = 0;
    for (let iteration = 0; iteration < 100; iteration++) {
      let p1 = 1;
      let p2 = 0;
      for (let j = 1; j <= order; j++) {
        const p3 = p2;
        p2 = p1;
        p1 = ((2 * j - 1) * z * p2 - (j - 1) * p3) / j;
      }
      derivative = (order * (z * p1 - p2)) / (z * z - 1);
      const step = p1 / derivative;
      z -= step;
      if (Math.abs(step) < 1e-16) break;
    }
    nodes.push(z);
    weights.push(2 / ((1 - z * z) * derivative * derivative));
  }
  return { nodes, weights };
}

const GAUSS = gaussLegendre(16);

/** ∫ₐᵇ f by composite 16-point Gauss–Legendre on `panels` equal panels. */
export function integrate(f: (x: number) => number, a: number, b: number, panels = 400): number {
  const width = (b - a) / panels;
  let sum = 0;
  for (let panel = 0; panel < panels; panel++) {
    const middle = a + (panel + 0.5) * width;
    for (let i = 0; i < GAUSS.nodes.length; i++) {
      sum += GAUSS.weights[i]! * f(middle + (GAUSS.nodes[i]! * width) / 2);
    }
  }
  return (sum * width) / 2;
}

/** Erlang A's metrics from closed forms (times in AHT), for the tests to compare with. */
export interface ErlangAReference {
  readonly probabilityOfWaiting: number;
  readonly probabilityOfAbandoning: number;
  readonly serviceLevel: number;
  readonly averageSpeedOfAnswer: number;
}

/**
 * Erlang A by the closed forms of Garnett, Mandelbaum & Reiman (2002) and Mandelbaum & Zeltyn
 * (2007), for whole traffic A (exact Erlang B). With a = N/r, y = A/r and
 * J = 1 + Σⱼ≥₁ yʲ/((a+1)…(a+j)) (GMR's A(a, y)), E = B(N, A):
 *
 * - P(state N) = π = 1/(1/E − 1 + J); P(wait) = J·π (GMR eq. for P(W > 0));
 * - P(abandon) = π·(J − (N/A)(J − 1)) (GMR: P(Ab | W > 0) = 1/(ρJ) + 1 − 1/ρ);
 * - P(answered after waiting, within τ) = π·a·∫ from e^(−rτ) to 1 of u^a e^(y(1−u)) du;
 * - E[wait·1{answered}] = π·(a/r)·∫₀¹ u^a e^(y(1−u)) (−ln u) du (in AHT),
 *
 * both evaluated after the change of variable u = e^(−s), which makes them smooth.
 *
 * The two integrals come from summing the queue positions' Beta laws; they are evaluated here
 * by Gauss–Legendre quadrature, a different route from the library's chain sums.
 */
export function erlangAReference(agents: number, traffic: number, r: number, tau: number): ErlangAReference {
  const a = agents / r;
  const y = traffic / r;
  let term = 1;
  let j = 1;
  let series = 1;
  for (; j < 1_000_000; j++) {
    term *= y / (a + j);
    series += term;
    if (term < series * 1e-18 && y < a + j) break;
  }
  const erlang = toNumber(exactErlangB(agents, BigInt(traffic)));
  const pi = 1 / (1 / erlang - 1 + series);
  // With u = e^(−s): ∫ u^a e^(y(1−u)) du = ∫ e^(−(a+1)s + y(1 − e^(−s))) ds, smooth in s.
  const integrand = (s: number): number => Math.exp(-(a + 1) * s - y * Math.expm1(-s));
  const within = pi * a * integrate(integrand, 0, r * tau, 2000);
  const wait = ((pi * a) / r) * integrateToInfinity((s) => s * integrand(s));
  const probabilityOfAbandoning = pi * (series - (agents / traffic) * (series - 1));
  const probabilityOfWaiting = series * pi;
  return {
    probabilityOfWaiting,
    probabilityOfAbandoning,
    serviceLevel: 1 - probabilityOfWaiting + within,
    averageSpeedOfAnswer: wait / (1 - probabilityOfAbandoning),
  };
}
