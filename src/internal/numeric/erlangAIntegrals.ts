import type { ErlangAMetrics } from '../types/queue.js';
import { normalCdf, scaledUpperTail } from './normalDistribution.js';

/**
 * Erlang A by integrals: the metrics of the chain in `erlangA.ts` at a cost that does not grow
 * with the queue (about 120 exponentials), for the long queues of large centres.
 *
 * ## From sums to integrals
 * With a = N/r and y = A/r the queue's weights relative to w(N) are tⱼ = yʲ/((a + 1)…(a + j)),
 * and 1/((a + 1)…(a + j)) = ∫₀¹ uᵃ(1 − u)^(j−1) du/(j − 1)! (the Beta integral). Summed under
 * the integral and with u = e^(−s), every sum over the queue becomes an integral of
 * f(s) = exp(−(a + 1)·s − y·expm1(−s)) over s ≥ 0 (each a sum of positive terms, so nothing
 * cancels):
 *
 * - Σⱼ tⱼ = 1 + y·F₀ with F₀ = ∫ f, the states in which an arrival waits;
 * - Σⱼ j·tⱼ = y·F₀ + y²·∫ (1 − e^(−s))·f, the queue length (r times it abandon);
 * - answered from the queue, Σⱼ tⱼ·N/(N + (j + 1)·r) = a·F₀; within τ, a·∫₀^{rτ} f; their total
 *   wait (a/r)·∫ s·f (in AHT), the Beta laws of the chain's ASA and service level integrated.
 *
 * The states below N weigh N·∫₀^∞ exp(N·v − A·expm1(v)) dv relative to w(N): Jagerman's
 * integral for Erlang B, 1/B(N − 1, A) = A ∫ e^(−At)(1 + t)^(N−1) dt, with 1 + t = e^v.
 *
 * ## Quadrature
 * Both integrands are exp(G) with G(s) = −c·s − m·expm1(−s), concave (c = a + 1, m = y on s ≥ 0;
 * c = N, m = A on s = −v ≤ 0), so each has one peak p: s* = ln(m/c), or the end of the half-line
 * when s* lies beyond it. The window where G(p) − G falls by less than 38 is bounded from the
 * falls' lower bounds e^(−t) − 1 + t ≥ t²/(2 + t) and e^t − 1 − t ≥ t²/2, and integrated by
 * 40-point Gauss–Legendre. Beyond it the integrand falls at least exponentially (G is concave), so
 * what is left out is below 2·e^(−38) ≈ 6e−17 of the integral. The sums are carried relative to
 * exp(G(p)), whose logarithm is the deviance c·ln(c/m) + m − c, so nothing overflows; the two
 * parts are combined on one scale at the end. Relative error: a few parts in 10¹³ where the
 * logarithm of the ratio of the two parts is large (hundreds), about 10⁻¹⁴ otherwise.
 *
 * ## Laplace's approximation
 * `erlangAApproximation` expands each fall about its peak, k·(e^(−d) − 1 + d) = k·d²/2 − k·d³/6 + k·d⁴/24 − …:
 * its first term makes every integral a Gaussian one (the diffusion approximation of Garnett, Mandelbaum &
 * Reiman 2002, here for all the metrics), and the next two enter as a polynomial factor whose Gaussian moments
 * follow by recursion (Laplace's method to second order). That costs a few normal tails instead of 120
 * exponentials, for any real N. Its metrics are within about 0.1/min(A, A/r) of the exact ones (relative), and
 * usually far closer: 6·10⁻⁴ at 100 Erlangs and 7·10⁻⁵ at 1,000 with a patience of 0.6 AHT. The staffing search
 * uses it only to choose where to start. It holds while N/r and A/r are far below 10¹⁶: for callers some 10¹²
 * times more patient than an AHT its moments cancel to nothing (an ASA of 0, even below 0), and the search,
 * which checks every value, starts elsewhere.
 */

const NODES = 40;
const FALL = 38;

/** The positive half of the 40-point Gauss–Legendre rule on [−1, 1], by Newton's method on P₄₀; computed on first use. */
let legendre: { readonly nodes: Float64Array; readonly weights: Float64Array } | undefined;

export function gaussLegendre(): { readonly nodes: Float64Array; readonly weights: Float64Array } {
  const nodes = new Float64Array(NODES / 2);
  // Stryker disable next-line ArithmeticOperator: weights past the nodes are never read.
  const weights = new Float64Array(NODES / 2);
  // Stryker disable next-line EqualityOperator,ArithmeticOperator: a typed array ignores writes past its end.
  for (let i = 0; i < NODES / 2; i++) {
    let x = Math.cos((Math.PI * (i + 0.75)) / (NODES + 0.5));
    // Stryker disable next-line EqualityOperator: Newton's method converges in a few steps; more leave x where it is.
    for (let step = 0; step < 100; step++) {
      // P₄₀(x) and its derivative by the three-term recurrence.
      let previous = 1;
      let value = x;
      for (let k = 2; k <= NODES; k++) [previous, value] = [value, ((2 * k - 1) * x * value - (k - 1) * previous) / k];
      const slope = (NODES * (x * value - previous)) / (x * x - 1);
      const next = x - value / slope;
      // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: (as above)
      const done = Math.abs(next - x) <= 1e-16;
      x = next;
      weights[i] = 2 / ((1 - x * x) * slope * slope);
      // Stryker disable next-line ConditionalExpression: (as above)
      if (done) break;
    }
    nodes[i] = x;
  }
  return { nodes, weights };
}

/**
 * D(y, μ) = y·ln(y/μ) + μ − y ≥ 0, by its series in v = (y − μ)/(y + μ) when |v| < 0.1, so that it
 * keeps its relative precision where y is near μ (Loader, C. (2000). Fast and accurate computation
 * of binomial probabilities; R's `bd0`).
 */
function deviance(y: number, mu: number): number {
  // Stryker disable next-line EqualityOperator: at the switch point both forms agree to rounding.
  if (Math.abs(y - mu) < 0.1 * (y + mu)) {
    let v = (y - mu) / (y + mu);
    let sum = (y - mu) * v;
    let term = 2 * y * v;
    v *= v;
    // Stryker disable next-line EqualityOperator: the series converges long before (the sum stops changing).
    for (let j = 1; j < 1000; j++) {
      term *= v;
      const next = sum + term / (2 * j + 1);
      // Stryker disable next-line ConditionalExpression: (as above) further terms underflow to nothing.
      if (next === sum) return next;
      sum = next;
    }
    return sum;
  }
  return y * Math.log(y / mu) + mu - y;
}

/** The sums of one integral, relative to the integrand's peak value exp(G(p)). */
interface Sums {
  /** ln exp(G(p)) = G(p). */
  logPeak: number;
  /** ∫ f. */
  zeroth: number;
  /** ∫ s·f. */
  first: number;
  /** ∫ (1 − e^(−s))·f. */
  departed: number;
  /** ∫ over s ≤ `cut` of f. */
  belowCut: number;
}

/**
 * e^(−d) − 1 + d ≥ 0, by its Taylor series Σₖ₌₂¹⁶ (−d)ᵏ/k! when |d| < ½ (the rest is below 2⁻⁵⁶ of the
 * sum), so that k·(e^(−d) − 1 + d) keeps its relative precision for k up to 10⁹ and beyond.
 */
export function fall(d: number): number {
  // Stryker disable next-line EqualityOperator: at the switch point both forms agree to rounding.
  if (!(Math.abs(d) < 0.5)) return d + Math.expm1(-d);
  const x = -d;
  // prettier-ignore
  const tail = 1 / 5040 + x * (1 / 40_320 + x * (1 / 362_880 + x * (1 / 3_628_800 + x * (1 / 39_916_800 + x * (1 / 479_001_600 +
    x * (1 / 6_227_020_800 + x * (1 / 87_178_291_200 + x * (1 / 1_307_674_368_000 + x / 20_922_789_888_000))))))));
  return x * x * (1 / 2 + x * (1 / 6 + x * (1 / 24 + x * (1 / 120 + x * (1 / 720 + x * tail)))));
}

/**
 * Adds Gauss–Legendre sums over offsets d ∈ [from, to] from the peak p of exp(G(p + d) − G(p)) =
 * exp(−(c − k)·d − k·(e^(−d) − 1 + d)), k = m·e^(−p): returns ∫ f and, with `sums`, adds ∫ s·f and
 * ∫ (1 − e^(−s))·f to it (1 − e^(−s) = (1 − e^(−p)) − e^(−p)·(e^(−d) − 1)).
 */
function sumWindow(c: number, k: number, p: number, from: number, to: number, sums: Sums | undefined): number {
  legendre ??= gaussLegendre();
  const { nodes, weights } = legendre;
  const half = (to - from) / 2;
  const middle = from + half;
  const slope = c - k; // 0 at an interior peak
  const gone = -Math.expm1(-p);
  const left = Math.exp(-p);
  let zeroth = 0;
  let first = 0;
  let departed = 0;
  // Each node x of the positive half and its mirror image: d = middle ± half·x.
  for (let i = 0; i < nodes.length; i++) {
    const offset = half * nodes[i]!;
    const weight = weights[i]!;
    const low = middle - offset;
    const high = middle + offset;
    const lowFall = fall(low);
    const highFall = fall(high);
    const lowValue = weight * Math.exp(-slope * low - k * lowFall);
    const highValue = weight * Math.exp(-slope * high - k * highFall);
    zeroth += lowValue + highValue;
    // Stryker disable next-line ConditionalExpression: sums nobody reads, only spared.
    if (sums !== undefined) {
      first += (p + low) * lowValue + (p + high) * highValue;
      departed += (gone - left * (lowFall - low)) * lowValue + (gone - left * (highFall - high)) * highValue;
    }
  }
  if (sums !== undefined) {
    sums.first += first * half;
    sums.departed += departed * half;
  }
  return zeroth * half;
}

const SQRT_2PI = Math.sqrt(2 * Math.PI);

/**
 * ∫ from `from` to `to` (either may be infinite) of exp(−β·d − k·d²/2) dd, k > 0. With z = √k·d + z₀, z₀ = β/√k,
 * it is e^(z₀²/2)/√k·∫ e^(−z²/2) dz: through the scaled tail e^(z²/2)·P(Z > z) when the window lies on one side of
 * the Gaussian's centre −β/k, so that nothing overflows however far the centre lies; the callers' windows straddle
 * the centre only when |z₀| ≤ 1/√k (β = 0, or 1 for the e^(−d) integrals), so that e^(z₀²/2) ≤ e^(1/(2k)) there.
 */
function gaussianWindow(beta: number, k: number, from: number, to: number): number {
  const root = Math.sqrt(k);
  const centre = beta / root;
  const low = from * root + centre;
  const high = to * root + centre;
  const half = 0.5 * centre * centre;
  let mass: number;
  // Stryker disable next-line EqualityOperator: at 0 both forms give the same mass.
  if (low >= 0) mass = tailBeyond(low, half) - tailBeyond(high, half);
  // Stryker disable next-line EqualityOperator: (as above)
  else if (high <= 0) mass = tailBeyond(-high, half) - tailBeyond(-low, half);
  else mass = Math.exp(half) * (normalCdf(high) - normalCdf(low));
  return (SQRT_2PI / root) * mass;
}

/** e^(`half`)·P(Z > z) for z ≥ 0 (0 at z = ∞), with e^(z²/2)·P(Z > z) scaled so that nothing overflows. */
function tailBeyond(z: number, half: number): number {
  // Stryker disable next-line ConditionalExpression: the scaled tail at ∞ is 0 too.
  return z === Infinity ? 0 : scaledUpperTail(z) * Math.exp(half - 0.5 * z * z);
}

/** The moments Mₙ = ∫ dⁿ·exp(−β·d − k·d²/2) dd over the last window given to {@link gaussianMoments}, n = 0…7. */
const moment = new Float64Array(8);

/**
 * Fills {@link moment} for the window [from, to]: M₀ by {@link gaussianWindow}, then, as d·e = −(e′ + β·e)/k for
 * the Gaussian e, Mₙ₊₁ = (uⁿ·e(u) − vⁿ·e(v) + n·Mₙ₋₁ − β·Mₙ)/k on [u, v].
 */
function gaussianMoments(beta: number, k: number, from: number, to: number): void {
  const perK = 1 / k; // a multiplication on the recursion's chain, not a division
  let previous = 0;
  let current = gaussianWindow(beta, k, from, to);
  moment[0] = current;
  // uⁿ·e(u) and vⁿ·e(v), 0 at an infinite end; e ≤ e^(1/(2k)) on the callers' windows (see gaussianWindow).
  let low = from === -Infinity ? 0 : Math.exp(-beta * from - 0.5 * k * from * from);
  let high = to === Infinity ? 0 : Math.exp(-beta * to - 0.5 * k * to * to);
  // Stryker disable next-line EqualityOperator: a typed array ignores writes past its end.
  for (let n = 0; n < 7; n++) {
    const next = (low - high + n * previous - beta * current) * perK;
    moment[n + 1] = next;
    previous = current;
    current = next;
    if (low !== 0) low *= from;
    if (high !== 0) high *= to;
  }
}

/**
 * ∫ dʲ·exp(−β·d − k·fall(d)) dd (j = 0 or 1) over the window of {@link gaussianMoments}, by Laplace's method to
 * second order: k·fall(d) = k·d²/2 − k·d³/6 + k·d⁴/24 − …, and exp(k·d³/6 − k·d⁴/24) ≈ 1 + k·d³/6 − k·d⁴/24 +
 * k²·d⁶/72, whose terms are of order k^(−½), k⁻¹ and k⁻¹ under the Gaussian; without them (`corrected` false),
 * the Gaussian alone.
 */
function laplaceMoment(k: number, j: 0 | 1, corrected: boolean): number {
  if (!corrected) return moment[j]!;
  return moment[j]! + (k / 6) * moment[j + 3]! - (k / 24) * moment[j + 4]! + ((k * k) / 72) * moment[j + 6]!;
}

/**
 * ∫ exp(G(s)) over s ≥ 0 (`side` 1) or s ≤ 0 (`side` −1), G(s) = −c·s − m·expm1(−s), as sums
 * relative to the peak; `cut` splits off ∫ up to it (side 1 only), `moments` adds ∫ s·f and
 * ∫ (1 − e^(−s))·f; `laplace` takes Laplace's approximation instead of the quadrature.
 */
function integrate(c: number, m: number, side: 1 | -1, cut: number, moments: boolean, laplace: boolean): Sums {
  const crest = Math.log(m / c);
  // Stryker disable next-line EqualityOperator,ArithmeticOperator: at crest 0 both give 0; side/crest has the sign of side·crest.
  const p = side * crest > 0 ? crest : 0;
  const k = p === 0 ? m : c; // m·e^(−p)
  const sums: Sums = { logPeak: p === 0 ? 0 : deviance(c, m), zeroth: 0, first: 0, departed: 0, belowCut: 0 };
  if (laplace) {
    // exp(−β·d − k·fall(d)) over the half-line, β = c − k the slope at p (0 at an interior peak).
    const beta = c - k;
    const from = side === 1 ? -p : -Infinity;
    const to = side === 1 ? Infinity : -p;
    // Where the Gaussian's centre lies more than 20 deviations beyond the half-line (|β| > 20√k, a queue far
    // from its load), the window holds only d of order 1/|β|, where the corrections are below k/|β|³ of the
    // integral, while the recursion's cancellations (Mₙ₊₁ from terms near β·Mₙ/k) grow as (β²/k)ⁿ: the Gaussian
    // alone is taken, for all the integrals of the half-line at once, so that their differences stay consistent.
    const corrected = Math.abs(beta) + 1 <= 20 * Math.sqrt(k);
    gaussianMoments(beta, k, from, to);
    sums.zeroth = laplaceMoment(k, 0, corrected);
    // Stryker disable next-line ConditionalExpression: moments nobody reads (the states below N), only spared.
    if (moments) {
      sums.first = p * sums.zeroth + laplaceMoment(k, 1, corrected);
      gaussianMoments(beta + 1, k, from, to); // e^(−d) times the integrand
      sums.departed = sums.zeroth - Math.exp(-p) * laplaceMoment(k, 0, corrected);
    }
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,ArithmeticOperator: the cut is rτ ≥ 0 on the queue's side, so the window skipped is empty or unread.
    if (side === 1 && cut - p > from) {
      gaussianMoments(beta, k, from, cut - p);
      sums.belowCut = laplaceMoment(k, 0, corrected);
    }
    return sums;
  }
  // Offsets from p where the fall reaches FALL: on the left (β·t + k·t²/2 ≥ FALL), on the right
  // (β·t + k·t²/(2 + t) ≥ FALL), β the slope |G′(p)| away from the peak (0 at an interior one).
  const leftSlope = Math.max(0, k - c);
  const rightSlope = Math.max(0, c - k);
  // On the left the bound grows too slowly for small k (the fall is exponential in t): Newton's
  // steps on β·t + k·(e^t − 1 − t) = FALL, convex, come down from the bound and stay above the root.
  let left = (-leftSlope + Math.sqrt(leftSlope * leftSlope + 2 * k * FALL)) / k;
  // Stryker disable next-line EqualityOperator,UpdateOperator: Newton's steps on a convex function stop in a few.
  for (let step = 0; step < 20; step++) {
    const grown = Math.expm1(left);
    const next = left - (leftSlope * left + k * (grown - left) - FALL) / (leftSlope + k * grown);
    if (!(next < left * 0.95)) break;
    left = next;
  }
  let from = -left;
  const b = 2 * rightSlope - FALL;
  let to = (-b + Math.sqrt(b * b + 8 * FALL * (rightSlope + k))) / (2 * (rightSlope + k));
  if (side === 1) from = Math.max(from, -p);
  else to = Math.min(to, -p);
  sums.zeroth = sumWindow(c, k, p, from, to, moments ? sums : undefined);
  const cutOffset = cut - p;
  // Stryker disable next-line ConditionalExpression: the states below N have no cut; their belowCut is never read.
  if (side === 1) {
    // Stryker disable next-line EqualityOperator: at to both give the whole window.
    if (cutOffset >= to) sums.belowCut = sums.zeroth;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a cut left of the window lies where the integrand is below e^(−38) of its peak.
    else if (cutOffset > from) sums.belowCut = sumWindow(c, k, p, from, cutOffset, undefined);
  }
  return sums;
}

/**
 * Erlang A metrics by the integrals above, for `agents` ≥ 1 (whole), `traffic` A > 0, r > 0 and
 * `tau` = t/AHT ≥ 0: the fields of `erlangAChain`, times in AHT.
 */
export function erlangAIntegrals(agents: number, traffic: number, r: number, tau: number): ErlangAMetrics {
  return fromIntegrals(agents, traffic, r, tau, false);
}

/** The metrics of {@link erlangAIntegrals} by Laplace's approximation of its integrals (see above), for any real `agents` > 0. */
export function erlangAApproximation(agents: number, traffic: number, r: number, tau: number): ErlangAMetrics {
  return fromIntegrals(agents, traffic, r, tau, true);
}

function fromIntegrals(agents: number, traffic: number, r: number, tau: number, laplace: boolean): ErlangAMetrics {
  const N = agents;
  const A = traffic;
  const a = N / r;
  const y = A / r;
  const queue = integrate(a + 1, y, 1, r * tau, true, laplace);
  // Stryker disable next-line BooleanLiteral: moments nobody reads, only spared.
  const below = integrate(N, A, -1, 0, false, laplace);
  // On one scale, the largest of: w(N) (ln 1 = 0), the queue beyond N, the states below N.
  const logQueue = Math.log(y) + queue.logPeak;
  const logIdle = Math.log(N) + below.logPeak + Math.log(below.zeroth);
  const scale = Math.max(0, logQueue + Math.log(queue.zeroth), logIdle);
  const idle = Math.exp(logIdle - scale);
  const unit = Math.exp(logQueue - scale); // y·exp(G(p)) on the common scale
  const waiting = Math.exp(-scale) + unit * queue.zeroth;
  const servedShare = N / A; // a/y
  const answered = idle + Math.min(waiting, servedShare * unit * queue.zeroth);
  return metricsFromSums(
    N,
    A,
    r,
    idle,
    waiting,
    answered,
    unit * (queue.zeroth + y * queue.departed),
    (servedShare / r) * unit * queue.first,
    Math.min(answered - idle, servedShare * unit * queue.belowCut),
  );
}

/**
 * The metrics from the sums over the chain's states, on any common scale (both routes end here): the
 * states below N, those where arrivals wait, the answered, Σ queue length, and, of those answered after
 * waiting, their total wait (in AHT) and the weight of those answered within τ.
 */
export function metricsFromSums(
  N: number,
  A: number,
  r: number,
  idle: number,
  waiting: number,
  answered: number,
  queueLength: number,
  servedWait: number,
  servedInTime: number,
): ErlangAMetrics {
  const total = idle + waiting;
  const meanQueue = queueLength / total;
  return {
    probabilityOfWaiting: waiting / total,
    probabilityOfAbandoning: (r * meanQueue) / A,
    probabilityOfAnswer: answered / total,
    occupancy: Math.min(1, (A * answered) / (N * total)),
    averageSpeedOfAnswer: servedWait / answered,
    averageWait: meanQueue / A,
    serviceLevel: (idle + servedInTime) / total,
  };
}
