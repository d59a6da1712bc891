import type { AbandonmentPerformance } from '../types/queue.js';

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
 * The weights are computed relative to the mode of the chain (weight 1 there) by their ratios,
 * never as powers and factorials, so nothing overflows for any load: A above or below N, N up to
 * 10⁵ and beyond. The ratios fall monotonically away from the mode in both directions (n/A below
 * N, (N + k·r)/A above), so the neglected tail beyond a state with weight w and ratio ρ < 1 is at
 * most w·ρ/(1 − ρ), and weighted by the queue position (k + i)·w·ρⁱ at most
 * w·ρ/(1 − ρ)·(k + 1/(1 − ρ)). The chain is cut where these bounds fall below 2⁻⁶⁴ of the sum
 * kept so far (of the queue part, for the upper cut, so that small probabilities keep their
 * relative precision), well below the 2⁻⁵³ of a double; the tests compare with a chain cut much
 * further out. The negative binomial weights are summed forwards from P(X = 0), through
 * logarithms while they are below 1e−300.
 */

/** What a chain may not exceed (states kept): beyond it the caller reports the input out of range. */
export const MAX_CHAIN_STATES = 20_000_000;

const EPSILON = 2 ** -64;

/** The metrics of one Erlang A queue, times in AHT. */
export interface ErlangAChain {
  readonly probabilityOfWaiting: number;
  readonly probabilityOfAbandoning: number;
  /** P(answered), computed separately: 1 − P(abandon) up to rounding. */
  readonly probabilityOfAnswer: number;
  /** Busy agents / agents, 0–1. */
  readonly occupancy: number;
  /** Mean wait of answered contacts, in AHT. */
  readonly averageSpeedOfAnswer: number;
  /** Mean time in queue over all contacts (answered or abandoned), in AHT. */
  readonly averageWait: number;
  /** P(answered within τ), 0–1, over all offered contacts. */
  readonly serviceLevel: number;
  /** The lowest and highest states kept. */
  readonly lowestState: number;
  readonly highestState: number;
}

/**
 * Erlang A metrics for `agents` ≥ 1 (whole), `traffic` = A > 0, `r` = AHT/patience > 0, and
 * threshold `tau` = t/AHT ≥ 0. `slack` multiplies the cut-off margin (tests use it to prove
 * the truncation harmless). Returns undefined when the chain would exceed MAX_CHAIN_STATES.
 */
export function erlangAChain(agents: number, traffic: number, r: number, tau: number, slack = 1): ErlangAChain | undefined {
  const N = agents;
  const A = traffic;
  if (A === 0) {
    return {
      probabilityOfWaiting: 0,
      probabilityOfAbandoning: 0,
      probabilityOfAnswer: 1,
      occupancy: 0,
      averageSpeedOfAnswer: 0,
      averageWait: 0,
      serviceLevel: 1,
      lowestState: 0,
      highestState: 0,
    };
  }
  const epsilon = EPSILON / slack;

  // The mode: w rises while the ratio into n, w(n)/w(n − 1), is ≥ 1.
  let mode: number;
  if (A < N) mode = Math.floor(A);
  else {
    const beyond = Math.floor((A - N) / r);
    if (!(beyond <= MAX_CHAIN_STATES)) return undefined;
    mode = N + beyond;
  }

  // Downwards from the mode: below[i] = w(mode − i). The ratio w(n − 1)/w(n), ρ, is ≤ 1 and
  // falls as n falls, so Σ_{j<n} w(j) ≤ w(n)·ρ/(1 − ρ): stop once that is ≤ ε·(sum so far).
  const below: number[] = [1];
  let sum = 1;
  let n = mode;
  let w = 1;
  while (n > 0) {
    const rho = n <= N ? n / A : (N + (n - N) * r) / A;
    if (rho < 1 && w * rho <= epsilon * sum * (1 - rho)) break;
    w *= rho;
    if (w === 0) break;
    below.push(w);
    sum += w;
    n -= 1;
    if (below.length > MAX_CHAIN_STATES) return undefined;
  }
  const lowest = n;

  // Upwards from the mode: above[i] = w(mode + 1 + i). Beyond N, with k = n − N, the rest
  // weighted by queue position is ≤ w·ρ/(1 − ρ)·(k + 1 + 1/(1 − ρ)); stop once that is ≤ ε·(the
  // queue's sum so far), so that small queue probabilities keep their relative precision.
  const above: number[] = [];
  let queueSum = 0;
  for (let m = Math.max(lowest, N + 1); m <= mode; m++) queueSum += below[mode - m]!;
  n = mode;
  w = 1;
  for (;;) {
    const rho = n < N ? A / (n + 1) : A / (N + (n + 1 - N) * r);
    if (n > N && rho < 1) {
      const gap = 1 - rho;
      if (w * rho * ((n - N + 1) * gap + 1) <= epsilon * queueSum * gap * gap) break;
    }
    w *= rho;
    if (w === 0) break;
    above.push(w);
    sum += w;
    n += 1;
    if (n > N) queueSum += w;
    if (above.length > MAX_CHAIN_STATES) return undefined;
  }
  const highest = n;

  // P(answered within τ | answered, position k) for k = 1 … K.
  const positions = Math.max(0, highest - N + 1);
  const withinThreshold = negativeBinomialUpperTails(N / r + 1, r, tau, N, positions);

  // One ascending pass over the states kept.
  let busy = 0;
  let capacity = 0; // Σ N·w(n), summed in the same order as busy, so busy ≤ capacity exactly
  let idle = 0; // Σ w(n) for n < N: an arrival is answered at once
  let waiting = 0;
  let queueLength = 0;
  let servedWaiting = 0; // Σ w·P(answered | k)
  let servedWait = 0; // Σ w·P(answered | k)·H(k)
  let servedInTime = 0; // Σ w·P(answered | k)·P(wait ≤ τ | answered, k)
  let h = 0; // H(k) = Σⱼ₌₁ᵏ 1/(N + j·r)
  for (let k = 1; k <= lowest - N; k++) h += 1 / (N + k * r); // positions below the cut (overload)
  const count = below.length + above.length;
  for (let i = 0; i < count; i++) {
    const m = lowest + i;
    const weight = i < below.length ? below[below.length - 1 - i]! : above[i - below.length]!;
    capacity += N * weight;
    if (m < N) {
      busy += m * weight;
      idle += weight;
      continue;
    }
    busy += N * weight;
    const k = m - N + 1;
    const rate = 1 / (N + k * r);
    h += rate;
    const served = weight * (N / (N + k * r)); // N / (N + k·r) rounds to at most 1: served ≤ weight
    waiting += weight;
    servedWaiting += served;
    servedWait += served * h;
    servedInTime += served * withinThreshold[k - 1]!;
    queueLength += (k - 1) * weight;
  }
  const notWaiting = idle; // summed on its own, not as sum − waiting: keeps its precision when tiny
  const answered = notWaiting + servedWaiting;
  // The denominators are built from the numerators' own parts (served ≤ waiting term by term,
  // busy ≤ capacity term by term, summed in the same order), so rounding can never carry a
  // probability above 1 or occupancy above 100 %.
  const total = notWaiting + waiting;
  const meanQueue = queueLength / sum;
  return {
    probabilityOfWaiting: waiting / total,
    probabilityOfAbandoning: (r * meanQueue) / A,
    probabilityOfAnswer: answered / total,
    occupancy: busy / capacity,
    averageSpeedOfAnswer: servedWait / answered,
    averageWait: meanQueue / A,
    serviceLevel: (notWaiting + servedInTime) / total,
    lowestState: lowest,
    highestState: highest,
  };
}

/**
 * P(X ≥ k), k = 1…K, for X negative binomial with size `size` = N/r + 1 and success probability
 * p = 1 − e^(−rτ): P(X = 0) = e^(−τ(N + r)), P(X = j)/P(X = j − 1) = p·(j − 1 + size)/j. Summed
 * forwards; while the weights are below 1e−300 they are carried as logarithms.
 */
function negativeBinomialUpperTails(size: number, r: number, tau: number, N: number, K: number): Float64Array {
  const tails = new Float64Array(K);
  if (tau === 0) return tails; // X = 0: nobody who waits is answered within 0 s
  const p = -Math.expm1(-r * tau);
  let logWeight = -tau * (N + r);
  let linear = logWeight > -690; // once the weights are carried linearly, they stay so
  let weight = linear ? Math.exp(logWeight) : 0;
  let below = 0; // P(X < k)
  for (let k = 1; k <= K; k++) {
    const j = k - 1;
    below += weight; // now P(X ≤ k − 1)
    tails[k - 1] = Math.max(0, 1 - below);
    const step = (p * (j + size)) / (j + 1);
    if (linear) weight *= step;
    else {
      logWeight += Math.log(step);
      if (logWeight > -690) {
        linear = true;
        weight = Math.exp(logWeight);
      }
    }
  }
  return tails;
}

/**
 * The metrics of an Erlang A queue in the units the library reports (percentages, seconds), for
 * checked inputs: traffic A ≥ 0, whole agents ≥ 1, r = AHT / patience > 0. Undefined when the
 * queue is too long to compute (see `erlangAChain`).
 */
export function impatientQueuePerformance(
  traffic: number,
  agents: number,
  averageHandleSeconds: number,
  r: number,
  thresholdSeconds: number,
): AbandonmentPerformance | undefined {
  const chain = erlangAChain(agents, traffic, r, thresholdSeconds / averageHandleSeconds);
  if (chain === undefined) return undefined;
  return {
    trafficErlangs: traffic,
    agents,
    probabilityOfWaiting: chain.probabilityOfWaiting,
    probabilityOfAbandoning: chain.probabilityOfAbandoning,
    serviceLevel: 100 * chain.serviceLevel,
    averageSpeedOfAnswer: chain.averageSpeedOfAnswer * averageHandleSeconds,
    averageWait: chain.averageWait * averageHandleSeconds,
    occupancy: 100 * chain.occupancy,
  };
}
