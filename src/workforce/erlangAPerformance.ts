import { impatientQueuePerformance } from '../internal/numeric/erlangA.js';
import { checkCount, checkObject, checkPositive, fail } from '../internal/checks/validate.js';
import { readThreshold, readWorkload } from '../internal/checks/workforceInputs.js';
import type { ImpatientContactWorkload, StaffedWorkload } from '../internal/types/queue.js';
import type { ErlangPerformanceOptions } from './erlangCPerformance.js';
import type { AbandonmentPerformance } from '../internal/types/queue.js';
export type { AbandonmentPerformance } from '../internal/types/queue.js';

/**
 * A staffed queue whose callers give up after waiting a while: the input of
 * {@link erlangAPerformance}.
 *
 * @category Workforce
 */
export interface ImpatientWorkload extends StaffedWorkload, ImpatientContactWorkload {
  /** Agents taking contacts: a whole number ≥ 1 (any number, also at or below the traffic). */
  readonly agents: number;
}

/**
 * How an Erlang A queue performs with a given number of agents: Erlang C with abandonment
 * (the M/M/N+M queue of Palm, named Erlang A by Garnett, Mandelbaum & Reiman). Each waiting
 * caller gives up after an exponential patience time with mean `averagePatienceSeconds`.
 *
 * ## Formula
 * With A = contacts × AHT / interval, r = AHT / patience and N agents, the number of contacts
 * in the system is a birth–death chain with weights w(n) ∝ Aⁿ/n! for n ≤ N and
 * w(N + k) = w(N)·Πⱼ₌₁ᵏ A/(N + j·r). Arrivals see its stationary state, so
 *
 * - probability of waiting = Σ_{n ≥ N} w(n) / Σ w(n);
 * - probability of abandoning = r·E[queue length] / A;
 * - a contact that finds k − 1 others waiting is answered with probability N/(N + k·r), after
 *   a wait that is a sum of exponentials with rates (N + j·r)/AHT, j = 1…k, whose mean gives
 *   the ASA and whose distribution (a negative binomial tail) the service level;
 * - occupancy = busy agents / N = A·(1 − P(abandon)) / N.
 *
 * The result is exact up to rounding: the chain is summed from its mode outwards with weights
 * relative to the mode (no powers, no factorials, nothing to overflow, for any load, including
 * agents ≤ traffic, where Erlang C has no answer), and cut where a geometric bound on the rest
 * falls below 2⁻⁶⁴ of what was kept (2⁻⁵³ is a double's precision). Relative error about 1e−13.
 * It takes O(√A + queue length) steps: about 500 states at 1,000 agents.
 *
 * ## Variants
 * - **Service level** is the percentage of all offered contacts answered within
 *   `thresholdSeconds`: abandoned contacts count as missed, whenever they left (ICMI's
 *   "abandons in the denominator"). For the share of answered contacts answered within the
 *   threshold, divide by (1 − probabilityOfAbandoning).
 * - **ASA** is the mean wait of answered contacts; `averageWait` also counts the time
 *   abandoned contacts waited.
 * - As patience grows, every metric tends to Erlang C's ({@link erlangCPerformance}); with
 *   the same agents Erlang A's probability of waiting and ASA are never higher.
 *
 * @param queue - Contacts offered in the interval, its length, the AHT, the agents (whole,
 * ≥ 1) and the callers' mean patience.
 * @param options - The service-level threshold.
 * @returns The traffic, agents, probabilities of waiting and of abandoning (0–1), service
 * level and occupancy (0–100), ASA and average wait (seconds).
 * @throws {@link MetricInputError} `WRONG_TYPE`, `NOT_FINITE`, `NEGATIVE`, `NOT_INTEGER` or
 * `OUT_OF_RANGE` for a field that is not a finite number in range (`queue.agents` a whole number
 * ≥ 1; `queue.intervalSeconds`, `queue.averageHandleSeconds`, `queue.averagePatienceSeconds` > 0;
 * `queue.contacts` ≥ 0 and at most 10⁸ Erlangs), or `options.thresholdSeconds` < 0; `OUT_OF_RANGE`
 * (`queue.averagePatienceSeconds`) when an overloaded queue with very patient callers would need
 * more than 2·10⁷ states, or when the patience is so short (near 1e−308 s) that
 * averageHandleSeconds / averagePatienceSeconds is not a finite number.
 *
 * @example
 * ```ts
 * import { erlangAPerformance } from 'service-metrics';
 *
 * // 100 calls in 30 min, AHT 180 s, 14 agents, callers wait 5 minutes on average.
 * const queue = erlangAPerformance({
 *   contacts: 100, intervalSeconds: 1800, averageHandleSeconds: 180, agents: 14, averagePatienceSeconds: 300,
 * });
 * queue.probabilityOfWaiting; // => 0.1453
 * queue.probabilityOfAbandoning; // => 0.0140
 * queue.serviceLevel; // => 91.68
 * queue.occupancy; // => 70.43
 * // Stable even with fewer agents than Erlangs: 100 Erlangs on 90 agents.
 * erlangAPerformance({
 *   contacts: 1000, intervalSeconds: 1800, averageHandleSeconds: 180, agents: 90, averagePatienceSeconds: 180,
 * }).probabilityOfAbandoning; // => 0.1079
 * ```
 *
 * @see Garnett, O., Mandelbaum, A., & Reiman, M. (2002). Designing a call center with
 * impatient customers. *Manufacturing & Service Operations Management*, 4(3), 208–227.
 * @see Mandelbaum, A., & Zeltyn, S. (2007). Service engineering in action: the Palm/Erlang-A
 * queue, with applications to call centers. In D. Spath & K.-P. Fähnrich (Eds.), *Advances in
 * Services Innovations* (pp. 17–45). Springer.
 * @see Palm, C. (1953). Methods of judging the annoyance caused by congestion. *Tele*, 4, 189–208.
 * @category Workforce
 */
export function erlangAPerformance(queue: ImpatientWorkload, options?: ErlangPerformanceOptions): AbandonmentPerformance {
  const metric = 'erlangAPerformance';
  const object = checkObject(metric, 'queue', queue);
  const { traffic, averageHandleSeconds } = readWorkload(metric, 'queue', object);
  const agents = checkCount(metric, 'queue.agents', object['agents']);
  if (agents === 0) fail(metric, 'queue.agents', 'OUT_OF_RANGE', 'a whole number ≥ 1', object['agents']);
  const patience = checkPositive(metric, 'queue.averagePatienceSeconds', object['averagePatienceSeconds']);
  const thresholdSeconds = readThreshold(metric, options);
  const r = averageHandleSeconds / patience;
  if (r === Infinity) {
    fail(
      metric,
      'queue.averagePatienceSeconds',
      'OUT_OF_RANGE',
      'long enough that averageHandleSeconds / averagePatienceSeconds is a finite number',
      object['averagePatienceSeconds'],
    );
  }
  const performance = r > 0 ? impatientQueuePerformance(traffic, agents, averageHandleSeconds, r, thresholdSeconds) : undefined;
  if (performance === undefined) {
    fail(
      metric,
      'queue.averagePatienceSeconds',
      'OUT_OF_RANGE',
      'short enough that the queue stays below 2·10⁷ waiting contacts (for an overloaded queue of very patient callers use erlangCPerformance with more agents)',
      object['averagePatienceSeconds'],
    );
  }
  return performance;
}

