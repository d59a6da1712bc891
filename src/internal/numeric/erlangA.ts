import type { AbandonmentPerformance, ErlangAMetrics } from '../types/queue.js';
import { erlangAApproximation, erlangAIntegrals, metricsFromSums } from './erlangAIntegrals.js';
import { erlangBWhole, recurrenceStart } from './erlang.js';

/**
 * Erlang A (the M/M/N+M queue, Palm 1946): Poisson arrivals, exponential handle times,
 * exponential patience, N agents, an unlimited queue from which waiting customers abandon.
 *
 * Time is measured in average handle times (AHT = 1), so the chain has three numbers: the
 * traffic A = λ·AHT, the agents N, and r = AHT / mean patience (the abandonment rate of one
 * waiting customer per AHT).
 *
 * ## The birth–death chain
 * The number in system n moves up at rate A and down at rate min(n, N) + r·max(n − N, 0), so its
 * stationary weights are w(n) ∝ Aⁿ/n! for n ≤ N and w(N + k) = w(N)·Πⱼ₌₁ᵏ A/(N + j·r). Every
 * metric is a sum over these weights (arrivals see the stationary state, PASTA):
 *
 * - P(wait) = Σ_{n ≥ N} w(n) / Σ w(n);
 * - P(abandon) = r·E[Q]/A, with E[Q] = Σ_{k ≥ 1} k·w(N + k)/Σ w (abandonments per AHT, r·E[Q],
 *   equal the arrivals that abandon, A·P(abandon));
 * - an arrival that finds n = N + k − 1 waits in position k. Ahead of it the queue shrinks at
 *   rate N + i·r while i customers are ahead, and it abandons at rate r, so it is served with
 *   probability Πᵢ (N + (i − 1)r)/(N + i·r) = N/(N + k·r), and, given that, its wait is a sum of
 *   independent exponentials with rates N + j·r, j = 1…k (a competing exponential's sojourn does
 *   not depend on which event ends it). Its mean is Hₖ = Σⱼ₌₁ᵏ 1/(N + j·r);
 * - that sum is −(1/r)·ln U with U ~ Beta(N/r + 1, k) (product of independent
 *   Beta(N/r + j, 1) variables), so P(wait ≤ τ | served, k) = P(X ≥ k) with X negative binomial,
 *   size b = N/r + 1 and success probability p = 1 − e^(−rτ): the chance that at least k
 *   "moves forward" happen within τ. Its weights start at P(X = 0) = e^(−τ(N + r)) and grow by
 *   p·(j − 1 + b)/j;
 * - occupancy = Σ min(n, N)·w(n) / (N·Σ w(n)), which equals A·(1 − P(abandon))/N.
 *
 * These agree with the closed forms of Mandelbaum & Zeltyn (2007) and Garnett, Mandelbaum &
 * Reiman (2002); the test suite checks them against those formulas evaluated independently.
 *
 * ## Scaling and truncation
 * Relative to w(N) = 1, the states below N weigh Σₙ₍ₙ w(n) = (N/A)/B(N − 1, A), Erlang B by its
 * stable recurrence ({@link erlangBWhole}), so only the queue states N + j are summed one by one.
 * Their weights are computed relative to the queue's mode j* = max(0, ⌊(A − N)/r⌋) (weight 1
 * there) by their ratios, never as powers and factorials, so nothing overflows for any load: A
 * above or below N, N up to 10⁵ and beyond. The ratios fall monotonically away from the mode in
 * both directions, so the neglected tail beyond a state with weight w and ratio ρ < 1 is at most
 * w·ρ/(1 − ρ), and weighted by the queue position (k + i)·w·ρⁱ at most w·ρ/(1 − ρ)·(k + 1/(1 − ρ)).
 * The queue is cut where these bounds fall below 2⁻⁶⁴ of the sum kept so far (of the states above
 * N, for the upper cut, so that small probabilities keep their relative precision), well below
 * the 2⁻⁵³ of a double; the tests compare with a queue cut much further out. Positions below the
 * first state kept still count in Hₖ, and the negative binomial X is summed forwards from
 * P(X = 0), through logarithms while its weights are below e^(−700).
 *
 * ## Long queues
 * Beyond about 750 states (`chainIsLong`) the same sums are integrated instead, at a cost that does
 * not grow with the queue (`erlangAIntegrals.ts`); the two routes agree to about 10⁻¹³ (tests).
 */

const EPSILON = 2 ** -64;

/** The lowest and highest states a chain kept (below N, the lowest state of Erlang B's recurrence). */
export interface ChainStates {
  lowest: number;
  highest: number;
}

/** A queue nobody waits in (no traffic, or Erlang B below the smallest double). */
function noQueue(agents: number, traffic: number, states: ChainStates | undefined): ErlangAMetrics {
  if (states !== undefined) {
    states.lowest = 0;
    states.highest = traffic === 0 ? 0 : agents - 1;
  }
  return {
    probabilityOfWaiting: 0,
    probabilityOfAbandoning: 0,
    probabilityOfAnswer: 1,
    occupancy: traffic / agents,
    averageSpeedOfAnswer: 0,
    averageWait: 0,
    serviceLevel: 1,
  };
}

/**
 * Erlang A metrics for `agents` ≥ 1 (whole), `traffic` = A ≥ 0, `r` = AHT/patience > 0, and
 * threshold `tau` = t/AHT ≥ 0. `slack` multiplies the cut-off margin, and `states` receives the
 * states kept (tests use both to prove the truncation harmless). Its cost grows with √(A/r):
 * `impatientQueuePerformance` calls it for short queues only.
 */
export function erlangAChain(agents: number, traffic: number, r: number, tau: number, slack = 1, states?: ChainStates): ErlangAMetrics {
  const N = agents;
  const A = traffic;
  // Stryker disable next-line ConditionalExpression: without it, N/A is ∞ and the guard below returns the same.
  if (A === 0) return noQueue(N, 0, states);
  const epsilon = EPSILON / slack;
  // Σₙ₍ₙ₎ w(n) relative to w(N): the states in which an arrival is answered at once.
  const idleRelative = N / A / erlangBWhole(N - 1, A);
  if (!(idleRelative < Infinity)) return noQueue(N, A, states); // Erlang B below the smallest double

  const { first, weight } = descend(N, A, r, idleRelative, epsilon);
  const idle = first === 0 ? idleRelative * weight : 0;
  const up = ascend(N, A, r, tau, first, weight, epsilon);
  if (states !== undefined) {
    states.lowest = first > 0 ? N + first : recurrenceStart(N - 1, A);
    states.highest = N + up.highest;
  }
  // The denominators are built from the numerators' own parts (served ≤ waiting term by term),
  // so rounding never carries a probability above 1.
  return metricsFromSums(N, A, r, idle, up.waiting, idle + up.servedWaiting, up.queueLength, up.servedWait, up.servedInTime);
}

// The two passes are functions of their own, and erlangAChain has no loop of its own: in V8 (Node
// 20) a function that deoptimises after its loop was compiled on stack (OSR) stayed unoptimised
// for hundreds of thousands of calls ("already queued"), so a path first taken late (the downward
// pass, after many queues with N ≥ A) left the chain three times slower (`npm run bench`).

/**
 * The queue's weights w(N + j) = w(N)·Πᵢ₌₁ʲ A/(N + i·r) rise up to j* = ⌊(A − N)/r⌋, then fall;
 * they are carried relative to w(N + j*). Downwards from there the ratio ρ = (N + j·r)/A falls
 * with j, so the queue states below j and the idle states (≤ idleRelative·w(N + j)) weigh at
 * most w(N + j)·(ρ/(1 − ρ) + idleRelative): stop once that is ≤ ε·(the sum so far). Returns the
 * first state kept and its weight.
 */
function descend(N: number, A: number, r: number, idleRelative: number, epsilon: number): { first: number; weight: number } {
  const perTraffic = 1 / A;
  let weight = 1;
  let sum = 1;
  let j = Math.max(0, Math.floor((A - N) / r));
  while (j > 0) {
    const rho = (N + j * r) * perTraffic;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: the cut; the states it drops weigh below 2⁻⁶⁴ of the sum, so moving it changes no result at double precision (tests compare with a cut much further out).
    if (rho < 1 && weight * (rho / (1 - rho) + idleRelative) <= epsilon * sum) break;
    const next = weight * rho;
    // Stryker disable next-line ConditionalExpression: the cut above stops the pass long before a weight underflows.
    if (next === 0) break;
    weight = next;
    sum += weight;
    j -= 1;
  }
  return { first: j, weight };
}

/** The sums of the ascending pass over the queue states, and the highest state kept (above N). */
interface QueueSums {
  readonly waiting: number;
  readonly queueLength: number;
  /** Σ w·P(answered | k). */
  readonly servedWaiting: number;
  /** Σ w·P(answered | k)·H(k). */
  readonly servedWait: number;
  /** Σ w·P(answered | k)·P(wait ≤ τ | answered, k). */
  readonly servedInTime: number;
  readonly highest: number;
}

/**
 * One ascending pass over the queue states N + j from `first` (weight `start`): an arrival there
 * waits in position k = j + 1, is served with probability N/(N + k·r) (N·(1/(N + k·r)) rounds to
 * at most 1), within τ with P(X ≥ k) = P(X > j). Beyond the mode, with ρ = A/(N + (j + 1)·r) < 1,
 * the rest weighted by queue position is at most w·ρ/(1 − ρ)·(j + 1 + 1/(1 − ρ)): stop once that
 * is ≤ ε·(the sum of the states above N).
 */
function ascend(N: number, A: number, r: number, tau: number, first: number, start: number, epsilon: number): QueueSums {
  // The negative binomial X of the service level (above): P(X = x)/P(X = x − 1) = p + c/x with
  // c = N·p/r, stepped forwards from P(X = 0) = e^(−τ(N + r)), carried as e^logWeight × product
  // while it is below e^(−700) (a logarithm only when the product leaves [1e−100, 1e100]). The
  // tail P(X > x) is 1 until then, 0 once it rounds to 0.
  const p = -Math.expm1(-r * tau);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: p/r alone agrees to rounding unless rτ underflows (the small form everywhere fails the tests, but is ignored with it).
  const c = N * (r * tau < 1e-8 ? tau * (1 - (r * tau) / 2) : p / r);
  let logWeight = -tau * (N + r);
  let product = 1;
  let chance = 0; // P(X = x), 0 while it is carried by logWeight and product
  // Stryker disable next-line ConditionalExpression,EqualityOperator: at τ = 0, P(X = 0) = 1 takes the tail to 0 at the first step anyway.
  let tail = tau > 0 ? 1 : 0; // P(X > x)
  let x = -1;
  // H(k) = Σᵢ₌₁ᵏ 1/(N + i·r) for the positions below the first state kept.
  let h = 0;
  for (let i = 1; i <= first; i++) h += 1 / (N + i * r);
  let weight = start;
  let waiting = 0;
  let queueLength = 0;
  let queueSum = 0;
  let servedWaiting = 0;
  let servedWait = 0;
  let servedInTime = 0;
  let j = first;
  for (; ; j++) {
    const inverse = 1 / (N + (j + 1) * r);
    h += inverse;
    const served = weight * (N * inverse);
    waiting += weight;
    queueLength += j * weight;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: feeds only the cut below (see the descending pass).
    if (j > 0) queueSum += weight;
    servedWaiting += served;
    servedWait += served * h;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a tail of 0 adds nothing; the test only saves the steps.
    if (tail > 0) {
      // Moves X up to x = j (the steps are inline: a closure over them would slow the loop down).
      // Stryker disable next-line ConditionalExpression,EqualityOperator: (as above)
      while (x < j && tail > 0) {
        x += 1;
        if (x === 0) {
          chance = logWeight > -700 ? Math.exp(logWeight) : 0;
          tail -= chance;
        } else if (chance > 0) {
          chance *= p + c / x;
          tail -= chance;
        } else {
          product *= p + c / x;
          // Stryker disable next-line EqualityOperator: the bounds only decide when the product is folded into the logarithm.
          if (product > 1e100 || product < 1e-100) {
            logWeight += Math.log(product);
            product = 1;
            // Stryker disable next-line EqualityOperator: at the bound itself the weight is e^(−700), nothing beside a tail near 1.
            if (logWeight > -700) {
              chance = Math.exp(logWeight);
              tail -= chance;
            }
          }
        }
        // Stryker disable next-line EqualityOperator: 0 either way.
        if (tail < 0) tail = 0;
      }
      servedInTime += served * tail;
    }
    const rho = A * inverse;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the cut (see the descending pass); at j = 0 or ρ = 1 its bound cannot hold.
    if (j > 0 && rho < 1) {
      // Stryker disable next-line ArithmeticOperator: the cut (as above).
      const gap = 1 - rho;
      // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: the cut (as above).
      if (weight * rho * ((j + 1) * gap + 1) <= epsilon * queueSum * gap * gap) break;
    }
    weight *= rho;
    // Stryker disable next-line ConditionalExpression: the cut above stops the pass long before a weight underflows.
    if (weight === 0) break;
  }
  return { waiting, queueLength, servedWaiting, servedWait, servedInTime, highest: j };
}

/**
 * The chain's cost in units of states: its queue's spread √(A/r) plus 0.3√A for the 12√A steps of Erlang B's
 * recurrence (the chain sums about 19 spreads; the weight 0.3 is fitted to timings on 2 cores, Node 20).
 */
export function chainSpread(traffic: number, r: number): number {
  // Stryker disable next-line ArithmeticOperator: a cost estimate: it chooses between two routes that agree to 2·10⁻¹³.
  return Math.sqrt(traffic / r) + 0.3 * Math.sqrt(traffic);
}

/**
 * Whether the chain would cost more than the integrals of `erlangAIntegrals.ts` (about 3 µs): a spread above 40
 * (fitted: the two routes cost the same near 1,000 Erlangs with a patience of 0.6 AHT).
 */
export function chainIsLong(traffic: number, r: number): boolean {
  // Stryker disable next-line EqualityOperator: (as above)
  return chainSpread(traffic, r) > 40;
}

/**
 * The metrics of an Erlang A queue in the units the library reports (percentages, seconds), for
 * checked inputs: traffic A ≥ 0, whole agents ≥ 1, r = AHT / patience > 0: summed state by state
 * when the chain is short, by the integrals otherwise. Undefined when N/r or A/r is beyond a double.
 */
export function impatientQueuePerformance(
  traffic: number,
  agents: number,
  averageHandleSeconds: number,
  r: number,
  thresholdSeconds: number,
): AbandonmentPerformance | undefined {
  const tau = thresholdSeconds / averageHandleSeconds;
  const metrics = chainIsLong(traffic, r) ? erlangAIntegrals(agents, traffic, r, tau) : erlangAChain(agents, traffic, r, tau);
  if (!Number.isFinite(metrics.averageSpeedOfAnswer + metrics.serviceLevel + metrics.averageWait)) return undefined;
  return inReportedUnits(metrics, traffic, agents, averageHandleSeconds);
}

/** Metrics in AHT and shares as the library reports them: percentages and seconds. */
function inReportedUnits(metrics: ErlangAMetrics, traffic: number, agents: number, averageHandleSeconds: number): AbandonmentPerformance {
  return {
    trafficErlangs: traffic,
    agents,
    probabilityOfWaiting: metrics.probabilityOfWaiting,
    probabilityOfAbandoning: metrics.probabilityOfAbandoning,
    serviceLevel: 100 * metrics.serviceLevel,
    averageSpeedOfAnswer: metrics.averageSpeedOfAnswer * averageHandleSeconds,
    averageWait: metrics.averageWait * averageHandleSeconds,
    occupancy: 100 * metrics.occupancy,
  };
}

/**
 * Where a staffing search can start: the real N at which `margin` (≥ 0 when targets are met, rising with N) of
 * the queue by Laplace's approximation ({@link erlangAApproximation}, in the reported units) crosses 0, by
 * secant steps from `from` and `from + step`, each at most twice as long as the last. A step that lands
 * where the approximation gives no finite margin (a miss rate that rounds to 0) is pulled back halfway, up to four
 * times. Undefined when twelve steps do not settle within an agent, or a step goes below 1 agent.
 */
export function approximateAgents(
  traffic: number,
  r: number,
  averageHandleSeconds: number,
  thresholdSeconds: number,
  margin: (performance: AbandonmentPerformance) => number,
  from: number,
  step: number,
): number | undefined {
  const tau = thresholdSeconds / averageHandleSeconds;
  const at = (agents: number): number => margin(inReportedUnits(erlangAApproximation(agents, traffic, r, tau), traffic, agents, averageHandleSeconds));
  let previous = from;
  let previousMargin = at(previous);
  let estimate = from + step;
  let estimateMargin = at(estimate);
  for (let back = 0; back < 4 && !Number.isFinite(estimateMargin); back++) {
    estimate = (previous + estimate) / 2;
    estimateMargin = at(estimate);
  }
  for (let secant = 0; secant < 12; secant++) {
    // Each step at most twice the last, towards the targets where the margin is flat (a queue so overloaded
    // that no one is answered in time), so that nearly flat margins cannot throw the secant out of range.
    const limit = 2 * Math.abs(estimate - previous);
    const flat = estimateMargin < 0 ? limit : estimateMargin > 0 ? -limit : 0;
    const move = estimateMargin === previousMargin ? flat : (estimateMargin * (previous - estimate)) / (estimateMargin - previousMargin);
    let next = estimate + Math.max(-limit, Math.min(limit, move));
    if (!(next >= 1 && next < Infinity)) return undefined;
    // A step of an agent or less: the secant has converged, faster than linearly, so that what is left of the
    // error is a small part of an agent (the exact search proves the answer in any case).
    if (Math.abs(next - estimate) <= 1) return next;
    let nextMargin = at(next);
    for (let back = 0; back < 4 && !Number.isFinite(nextMargin); back++) {
      next = (estimate + next) / 2;
      nextMargin = at(next);
    }
    // Stryker disable next-line ConditionalExpression: a margin that is not finite makes the next step NaN, which the range check refuses.
    if (!Number.isFinite(nextMargin)) return undefined;
    previous = estimate;
    previousMargin = estimateMargin;
    estimate = next;
    estimateMargin = nextMargin;
  }
  return undefined;
}
