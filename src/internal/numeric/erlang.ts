/**
 * Erlang B and Erlang C in double precision: the stable recurrence, its shortcut start, the
 * continuous extension to fractional agents, and the agents-required search.
 *
 * ## The recurrence
 * With traffic A (Erlangs) and n agents, Erlang B is B(n) = (Aⁿ/n!) / Σⱼ₌₀ⁿ Aʲ/j!. Its
 * reciprocal obeys
 *
 *     1/B(0) = 1,   1/B(n) = 1 + (n/A)·1/B(n − 1),
 *
 * the inverse form of B(n) = A·B(n−1) / (n + A·B(n−1)). It does not amplify errors: a relative
 * error in 1/B(n − 1) reaches 1/B(n) multiplied by (1/B(n) − 1)/(1/B(n)) < 1, so only each
 * step's own rounding adds up, like a random walk: a few ulps near A, about √(n − A) ulps far
 * above it (16 ulps at most in the tests, against exact rationals and a 256-bit recurrence).
 * No factorial, and no overflow below the point where B itself underflows (there the code
 * switches to the direct form, which underflows gracefully to 0). The inverse form keeps the
 * division `n/A` off the dependency chain, so a step costs a multiply and an add; below A four
 * steps are fused into one multiply-add (see `inverseBelowTraffic`).
 *
 * ## The shortcut start
 * 1/B(n) = Σⱼ₌₀ⁿ tⱼ/tₙ with tⱼ = Aʲ/j! (the Poisson(A) weights up to a constant). Starting the
 * recurrence at n₀ with 1/B(n₀) := 1 drops the terms j < n₀. With m = ⌊min(n, A)⌋ and
 * n₀ = ⌊min(n, A) − 12·√A⌋, so d = m − n₀ ≥ 12√A − 1:
 *
 * - t(j−1)/t(j) = j/A ≤ n₀/A below n₀, so Σ_{j<n₀} tⱼ ≤ t(n₀)·(n₀/A)/(1 − n₀/A) ≤ t(n₀)·√A/12;
 * - t(n₀)/t(m) = Π_{j=n₀+1}^{m} j/A ≤ exp(−Σ (A − j)/A) ≤ exp(−d(d − 1)/(2A)) ≈ e^(−72);
 * - so the dropped share of the sum is at most (√A/12)·e^(−72 + 6/√A): 1.5e−30 at A = 10⁵ and
 *   below 1e−25 for any A ≤ 10¹², far below the 1.1e−16 of a double.
 *
 * For A < 144 the start is 0 and nothing is dropped. The test suite checks the shortcut against
 * the full recurrence and against exact rational arithmetic.
 *
 * ## Fractional agents
 * Jagerman's continuous extension, 1/B(x, A) = A ∫₀^∞ e^(−At) (1 + t)^x dt (Jagerman, D. L.
 * (1974). Some properties of the Erlang loss function. *Bell System Technical Journal*, 53(3),
 * 525–551), obeys the same recurrence for real x (integrate by parts), equals Erlang B at whole
 * x, and is smooth and decreasing in x. For x = m + f (0 < f < 1), the recurrence runs from f;
 * its start 1/B(f, A) = A·e^A·A^(−f−1)·Γ(f + 1, A) is the upper incomplete gamma function,
 * evaluated scaled (no e^A overflow) by Legendre's continued fraction when A ≥ 1 and by its
 * series when A < 1. When the shortcut applies (min(x, A) > 12√A) the start is dropped as for
 * whole agents (the same bound holds), and no gamma function is needed at all.
 */

import type { QueuePerformance } from '../types/queue.js';

/** Standard deviations (√A) below min(agents, A) at which the recurrence starts. */
export const START_DEVIATIONS = 12;

/** Above this, 1/B switches to the direct form so that it cannot overflow. */
const INVERSE_LIMIT = 1e280;

/** The whole number n₀ of steps below the agents at which the recurrence starts (see above). */
export function recurrenceStart(agents: number, traffic: number): number {
  const start = Math.floor(Math.min(agents, traffic) - START_DEVIATIONS * Math.sqrt(traffic));
  return start > 0 ? start : 0;
}

/**
 * Carries 1/B from x = `from` (where it is `inverse`) up to x = `to` ≤ A + 1, `to − from`
 * whole, four steps at a time: 1/B(x + 4) = 1 + r₄ + r₄r₃ + r₄r₃r₂ + r₄r₃r₂r₁·1/B(x), with
 * rₖ = (x + k)/A. The products are computed off the dependency chain, which is then one
 * multiply-add per four steps instead of per step. Below A + 1, 1/B is at most about √(2πA):
 * nothing can overflow.
 */
function inverseBelowTraffic(from: number, inverse: number, to: number, traffic: number): number {
  let inv = inverse;
  let x = from;
  while (x + 4 <= to) {
    const r1 = (x + 1) / traffic;
    const r2 = (x + 2) / traffic;
    const r3 = (x + 3) / traffic;
    const r4 = (x + 4) / traffic;
    const r43 = r4 * r3;
    const r432 = r43 * r2;
    inv = 1 + (r4 + (r43 + r432)) + r432 * r1 * inv;
    x += 4;
  }
  while (x < to) {
    x += 1;
    inv = 1 + (x / traffic) * inv;
  }
  return inv;
}

/**
 * Carries the recurrence one step at a time from x = `from` (where 1/B is `inverse`) up to
 * x = `to`, returning B(to). `to − from` must be a whole number.
 */
function blockingFrom(from: number, inverse: number, to: number, traffic: number): number {
  let inv = inverse;
  let x = from;
  while (x < to) {
    x += 1;
    inv = 1 + (x / traffic) * inv;
    if (inv > INVERSE_LIMIT) return directFrom(x, 1 / inv, to, traffic);
  }
  return 1 / inv;
}

/** The direct form B(x) = A·B(x−1) / (x + A·B(x−1)), for B far below 1: it underflows to 0. */
function directFrom(from: number, blocking: number, to: number, traffic: number): number {
  let b = blocking;
  let x = from;
  while (x < to && b > 0) {
    x += 1;
    const ab = traffic * b;
    b = ab / (x + ab);
  }
  return b;
}

/**
 * Erlang B for a whole number of agents ≥ 0 and traffic ≥ 0 (B(0, A) = 1, B(n ≥ 1, 0) = 0):
 * in blocks of four from the shortcut start up to min(n, ⌊A⌋ + 1), then step by step. The
 * agents-required search performs exactly these operations, so both give the same bits.
 */
export function erlangBWhole(agents: number, traffic: number): number {
  if (traffic === 0) return agents === 0 ? 1 : 0;
  const start = recurrenceStart(agents, traffic);
  const middle = Math.min(agents, Math.floor(traffic) + 1);
  return blockingFrom(middle, inverseBelowTraffic(start, 1, middle, traffic), agents, traffic);
}

/**
 * The fewest whole lines n with {@link erlangBWhole}(n, A) ≤ `target`, for A > 0 and 0 < target < 1, with that
 * blocking. No n below A·(1 − target) meets it (n lines carry A·(1 − B) ≤ n Erlangs), so one pass of the
 * recurrence from the shortcut start below that bound (blocks of four up to it, no checks needed there) finds the
 * first n that meets the target: O(√A + n − A·(1 − target)) steps. Its start is not erlangBWhole's, so its last
 * bits may differ: the answer is confirmed on erlangBWhole's own values (n meets, n − 1 does not), moving by a line
 * where a blocking within rounding of the target decides otherwise.
 */
export function fewestLines(traffic: number, target: number): { lines: number; blocking: number } {
  // Stryker disable all: the fast pass only chooses where the confirmation below starts, and the
  // confirmation alone decides the answer, so a mutant here changes the steps taken, not the result.
  const bound = Math.floor(traffic * (1 - target));
  let lines = Math.max(0, Math.floor(bound - START_DEVIATIONS * Math.sqrt(traffic)));
  let inv = inverseBelowTraffic(lines, 1, Math.max(lines, bound), traffic);
  lines = Math.max(lines, bound);
  const enough = 1 / target;
  let blocking = -1; // ≥ 0 once the direct form has taken over (1/B beyond INVERSE_LIMIT)
  while (blocking >= 0 ? blocking > target : inv < enough) {
    lines += 1;
    if (blocking >= 0) {
      const ab = traffic * blocking;
      blocking = ab / (lines + ab);
    } else {
      inv = 1 + (lines / traffic) * inv;
      if (inv > INVERSE_LIMIT) blocking = 1 / inv;
    }
  }
  // Stryker restore all
  let exact = erlangBWhole(lines, traffic);
  while (exact > target) exact = erlangBWhole(++lines, traffic);
  for (let fewer = erlangBWhole(lines - 1, traffic); lines > 1 && fewer <= target; fewer = erlangBWhole(lines - 1, traffic)) {
    lines -= 1;
    exact = fewer;
  }
  return { lines, blocking: exact };
}

/**
 * The largest traffic A with {@link erlangBWhole}(`lines`, A) ≤ `target` (0 < target < 1), to two neighbouring
 * doubles. Newton's method on ln B − ln target in ln A, whose slope is N − A + A·B (as ∂B/∂A = B·(N/A − 1 + B)),
 * from A = N, inside a bracket [low, high] with B(low) ≤ target < B(high) (bisection where a step would leave it
 * or B underflows), until a step moves by a few doubles; then the bracket is drawn in to 8 doubles either side of
 * that root and closed by bisection, as B's own rounding need not be monotone at that scale. About a dozen
 * evaluations of B instead of the sixty of bisection alone.
 */
export function trafficAtBlocking(lines: number, target: number): number {
  let low = 0;
  let high = lines / (1 - target); // B ≥ 1 − N/A there: the lines carry at most N Erlangs
  let traffic = lines; // B(N, N) ≈ √(2/(πN)): near the answer for the targets of practice
  // Stryker disable next-line all: Newton's steps only narrow the bracket that the bisection below closes (so too the probes).
  for (let step = 0; step < 100; step++) {
    const blocking = erlangBWhole(lines, traffic);
    if (blocking <= target) low = traffic;
    else high = traffic;
    // Newton in ln A, where ln B is nearly linear far below N (there B ≈ Aᴺ/N!, of slope N).
    // Stryker disable next-line all: (see above)
    const next = traffic * Math.exp(-Math.log(blocking / target) / (lines - traffic + traffic * blocking));
    // Stryker disable next-line all: (see above)
    if (Math.abs(next - traffic) <= 4 * Number.EPSILON * traffic) break;
    // Stryker disable next-line all: (see above)
    traffic = next > low && next < high ? next : low + (high - low) / 2;
  }
  // Stryker disable next-line all: (see above)
  for (const probe of [traffic * (1 - 8 * Number.EPSILON), traffic * (1 + 8 * Number.EPSILON)]) {
    // Stryker disable next-line all: (see above)
    if (probe <= low || probe >= high) continue;
    if (erlangBWhole(lines, probe) <= target) low = probe;
    else high = probe;
  }
  for (;;) {
    const middle = low + (high - low) / 2;
    if (middle <= low || middle >= high) return low;
    if (erlangBWhole(lines, middle) <= target) low = middle;
    else high = middle;
  }
}

/** Erlang B for any real agents ≥ 0 (Jagerman's continuous extension between whole numbers). */
export function erlangBReal(agents: number, traffic: number): number {
  const whole = Math.floor(agents);
  const fraction = agents - whole; // exact
  if (fraction === 0) return erlangBWhole(whole, traffic);
  if (traffic === 0) return 0;
  const start = recurrenceStart(agents, traffic);
  const inverse = start > 0 ? 1 : inverseBlockingOfFraction(fraction, traffic);
  const from = fraction + start;
  const middle = from + Math.max(0, Math.floor(Math.min(agents, traffic + 1) - from));
  return blockingFrom(middle, inverseBelowTraffic(from, inverse, middle, traffic), agents, traffic);
}

/**
 * Erlang C from Erlang B: C = n·B / (n − A·(1 − B)), written (n − A) + A·B so that both terms
 * are positive: no cancellation. Requires n > A.
 */
export function erlangCFromB(agents: number, traffic: number, blocking: number): number {
  return (agents * blocking) / (agents - traffic + traffic * blocking);
}

/** Erlang C (probability of waiting) for real agents > traffic ≥ 0. */
export function erlangCReal(agents: number, traffic: number): number {
  if (traffic === 0) return 0;
  return erlangCFromB(agents, traffic, erlangBReal(agents, traffic));
}

/** Service level in percent, 100·(1 − C·e^(−(n − A)·t/AHT)), with `tau` = t/AHT. */
export function erlangCServiceLevel(agents: number, traffic: number, probabilityOfWaiting: number, tau: number): number {
  return 100 * (1 - probabilityOfWaiting * Math.exp(-(agents - traffic) * tau));
}

/** Average speed of answer in seconds, C·AHT / (n − A). */
export function erlangCAverageSpeedOfAnswer(
  agents: number,
  traffic: number,
  probabilityOfWaiting: number,
  averageHandleSeconds: number,
): number {
  return (probabilityOfWaiting * averageHandleSeconds) / (agents - traffic);
}

/** The Erlang C metrics of `agents` > `traffic` (the shape `erlangCPerformance` returns). */
export function queuePerformance(
  traffic: number,
  agents: number,
  averageHandleSeconds: number,
  thresholdSeconds: number,
  blocking = erlangBReal(agents, traffic),
): QueuePerformance {
  const probabilityOfWaiting = traffic === 0 ? 0 : erlangCFromB(agents, traffic, blocking);
  return {
    trafficErlangs: traffic,
    agents,
    probabilityOfWaiting,
    serviceLevel: erlangCServiceLevel(agents, traffic, probabilityOfWaiting, thresholdSeconds / averageHandleSeconds),
    averageSpeedOfAnswer: erlangCAverageSpeedOfAnswer(agents, traffic, probabilityOfWaiting, averageHandleSeconds),
    occupancy: (100 * traffic) / agents,
  };
}

/** What a staffing target asks of an Erlang C queue; each limit is optional. */
export interface ErlangCTargets {
  /** Traffic A in Erlangs, ≥ 0. */
  readonly traffic: number;
  /** AHT in seconds, > 0. */
  readonly averageHandleSeconds: number;
  /** Service-level target in percent (0 < target < 100), or undefined. */
  readonly serviceLevel: number | undefined;
  /** Service-level threshold t in seconds, ≥ 0. */
  readonly thresholdSeconds: number;
  /** Largest acceptable ASA in seconds (> 0), or undefined. */
  readonly averageSpeedOfAnswer: number | undefined;
  /** Largest acceptable occupancy in percent (0 < max ≤ 100), or undefined. */
  readonly maxOccupancy: number | undefined;
}

/** Whether n agents with probability of waiting `c` meet the service-level and ASA targets. */
function meetsQueueTargets(agents: number, c: number, targets: ErlangCTargets): boolean {
  const { traffic, averageHandleSeconds, serviceLevel, averageSpeedOfAnswer } = targets;
  if (
    serviceLevel !== undefined &&
    !(erlangCServiceLevel(agents, traffic, c, targets.thresholdSeconds / averageHandleSeconds) >= serviceLevel)
  ) {
    return false;
  }
  return (
    averageSpeedOfAnswer === undefined ||
    erlangCAverageSpeedOfAnswer(agents, traffic, c, averageHandleSeconds) <= averageSpeedOfAnswer
  );
}

/** The smallest real x ≥ the stability bound with 100·A/x ≤ maxOccupancy, computed as reported. */
function occupancyFloor(traffic: number, maxOccupancy: number | undefined, whole: boolean): number {
  if (maxOccupancy === undefined || traffic === 0) return 0;
  let agents = (100 * traffic) / maxOccupancy;
  if (whole) {
    agents = Math.ceil(agents);
    while ((100 * traffic) / agents > maxOccupancy) agents += 1;
    while (agents > 1 && (100 * traffic) / (agents - 1) <= maxOccupancy) agents -= 1;
    return agents;
  }
  while ((100 * traffic) / agents > maxOccupancy) agents += agents * Number.EPSILON;
  return agents;
}

/**
 * The smallest whole number of agents n > A meeting every target (stability n > A always; the
 * occupancy cap n ≥ 100·A/max), with Erlang B at n. Upward search from the first candidate,
 * carrying 1/B(n) from the shortcut start exactly as {@link erlangBWhole} does: O(√A) steps in
 * all, each a multiply-add (a quarter of one below A) plus the target checks above A.
 */
export function smallestWholeAgents(targets: ErlangCTargets): { agents: number; blocking: number } {
  const { traffic } = targets;
  if (traffic === 0) return { agents: 0, blocking: 0 };
  const stable = Math.floor(traffic) + 1;
  let agents = Math.max(stable, occupancyFloor(traffic, targets.maxOccupancy, true));
  let inv = inverseBelowTraffic(recurrenceStart(stable, traffic), 1, stable, traffic);
  let blocking = -1; // ≥ 0 once the direct form has taken over (1/B beyond INVERSE_LIMIT)
  for (let x = stable; x < agents; ) {
    x += 1;
    if (blocking >= 0) {
      const ab = traffic * blocking;
      blocking = ab / (x + ab);
      // Underflowed: B stays 0 up to a distant occupancy floor, so skip the rest of the way.
      if (blocking === 0) break;
    } else {
      inv = 1 + (x / traffic) * inv;
      if (inv > INVERSE_LIMIT) blocking = 1 / inv;
    }
  }
  for (;;) {
    const b = blocking >= 0 ? blocking : 1 / inv;
    if (meetsQueueTargets(agents, erlangCFromB(agents, traffic, b), targets)) return { agents, blocking: b };
    agents += 1;
    if (blocking >= 0) {
      const ab = traffic * blocking;
      blocking = ab / (agents + ab);
    } else {
      inv = 1 + (agents / traffic) * inv;
      if (inv > INVERSE_LIMIT) blocking = 1 / inv;
    }
  }
}

/**
 * The smallest real number of agents x > A meeting every target, by bisection between
 * max(n − 1, A) and n, n the whole-number answer: the continuous Erlang C is decreasing in x, so
 * each target holds on an interval [x*, ∞). Returns x* to within one part in 2⁵².
 */
export function smallestRealAgents(targets: ErlangCTargets): number {
  const { traffic } = targets;
  if (traffic === 0) return 0;
  const whole = smallestWholeAgents(targets).agents;
  const occupancy = occupancyFloor(traffic, targets.maxOccupancy, false);
  const meets = (x: number): boolean =>
    x >= occupancy && x > traffic && meetsQueueTargets(x, erlangCReal(x, traffic), targets);
  let low = Math.max(whole - 1, traffic); // fails (or is the unstable bound)
  let high = whole; // meets
  if (occupancy > low && meets(occupancy)) return occupancy;
  // Stryker disable next-line all: where the bisection stops moves the answer by a last bit or two, within the 2⁻⁵² promised.
  for (let i = 0; i < 200 && high - low > high * 2 ** -52; i++) {
    const middle = low + (high - low) / 2;
    // Stryker disable next-line all: (see above)
    if (middle <= low || middle >= high) break;
    if (meets(middle)) high = middle;
    else low = middle;
  }
  return high;
}

// ---------------------------------------------------------------------------------------------
// The start of the fractional recurrence: 1/B(f, A) = A·R(f + 1, A), R(a, x) = eˣ·x^(−a)·Γ(a, x).

/**
 * 1/B(f, A) for 0 < f < 1 and A > 0: A·eᴬ·A^(−f−1)·Γ(f + 1, A), the upper incomplete gamma
 * function scaled so that nothing overflows.
 */
export function inverseBlockingOfFraction(fraction: number, traffic: number): number {
  const a = fraction + 1;
  return traffic * (traffic >= 1 ? scaledUpperGammaFraction(a, traffic) : scaledUpperGammaSeries(a, traffic));
}

/**
 * eˣ·x^(−a)·Γ(a, x) by Legendre's continued fraction
 * 1/(x + 1 − a − 1·(1 − a)/(x + 3 − a − 2·(2 − a)/(x + 5 − a − …))), evaluated by the modified
 * Lentz method (Press et al., *Numerical Recipes*, 3rd ed., §6.2, `gcf`). Converges for x ≥ 1.
 */
function scaledUpperGammaFraction(a: number, x: number): number {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  // Stryker disable next-line all: the iteration cap, Lentz's guards against a zero denominator (none comes near 0 for x ≥ 1) and the stopping test (a term more or fewer, below 1e-17) change the last bits at most.
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    // Stryker disable next-line all: (see above)
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    // Stryker disable next-line all: (see above)
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    // Stryker disable next-line all: (see above)
    if (Math.abs(delta - 1) < 1e-17) break;
  }
  return h;
}

/**
 * eˣ·x^(−a)·Γ(a, x) for 0 < x < 1 and 1 < a < 2, as eˣ·x^(−a)·Γ(a) − Σₙ xⁿ / (a(a+1)…(a+n)),
 * the complement of the lower incomplete gamma series (Abramowitz & Stegun 6.5.29). For x < 1
 * the series is below e/a and the first term above it, so at most about one bit cancels.
 */
function scaledUpperGammaSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  // Stryker disable next-line all: the cap and the stopping test (one term more or fewer, below 1e-17) change the last bits at most.
  for (let n = 1; n < 200; n++) {
    term *= x / (a + n);
    sum += term;
    // Stryker disable next-line all: (see above)
    if (term < sum * 1e-17) break;
  }
  return Math.exp(x) * Math.pow(x, -a) * gamma(a) - sum;
}

/**
 * Γ(z) for 1 ≤ z ≤ 2 by the Lanczos approximation with g = 7 and nine coefficients (Godfrey's
 * coefficients, relative error about 1e−15): Γ(z) = √(2π)·t^(z − ½)·e^(−t)·Aₘ(z), t = z + 6.5.
 */
function gamma(z: number): number {
  const x = z - 1;
  let series = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) series += LANCZOS[i]! / (x + i);
  const t = x + 7.5;
  return Math.sqrt(2 * Math.PI) * Math.pow(t, x + 0.5) * Math.exp(-t) * series;
}

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
] as const;
