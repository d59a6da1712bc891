import { impatientQueuePerformance } from '../internal/numeric/erlangA.js';
import { checkCount, checkObject, checkPositive, fail } from '../internal/checks/validate.js';
import { readThreshold, readWorkload, WORKLOAD_KEYS } from '../internal/checks/workforceInputs.js';
import type { ImpatientContactWorkload, StaffedWorkload } from '../internal/types/queue.js';
import type { ErlangPerformanceOptions } from './erlangCPerformance.js';
import type { AbandonmentPerformance } from '../internal/types/queue.js';
import type { FromWarehouse } from '../types.js';
export type { AbandonmentPerformance } from '../internal/types/queue.js';

/** A staffed queue whose callers abandon: the input of {@link erlangAPerformance}. @category Workforce */
export interface ImpatientWorkload extends StaffedWorkload, ImpatientContactWorkload {
  /** Agents taking contacts, a whole number ≥ 1 (also at or below the traffic). */
  readonly agents: number;
}

/**
 * How an Erlang A queue (M/M/N+M, Palm's queue with exponential patience) performs with N agents.
 *
 * ## Formula
 * With A = contacts × AHT / interval, r = AHT / patience, contacts in the system form a birth–death chain with
 * weights w(n) ∝ Aⁿ/n! for n ≤ N and w(N + k) = w(N)·Πⱼ₌₁ᵏ A/(N + j·r); arrivals see its stationary state:
 * - probability of waiting = Σ_{n ≥ N} w(n) / Σ w(n); probability of abandoning = r·E[queue length] / A;
 * - a contact finding k − 1 waiting is answered with probability N/(N + k·r), after a sum of exponential waits
 *   with rates (N + j·r)/AHT, j = 1…k: their mean gives the ASA, their negative binomial tail the service level;
 * - occupancy = A·(1 − P(abandon)) / N.
 * Exact up to rounding (relative error about 1e−13), for any load, N ≤ A included. Short queues are summed state
 * by state; long ones (beyond about 750 states, from about 1,000 Erlangs) are integrated: each sum written as an
 * integral of its Beta laws and computed by Gauss–Legendre quadrature, in about 3 µs however long the queue.
 *
 * ## Variants
 * - Service level counts abandoned contacts as missed (ICMI's "abandons in the denominator"); over answered
 *   contacts only, divide by (1 − probabilityOfAbandoning).
 * - ASA is the mean wait of answered contacts; `averageWait` also counts abandoned contacts' waits.
 * - As patience grows, every metric tends to {@link erlangCPerformance}'s, never exceeded in P(wait) and ASA.
 *
 * @param queue - Contacts offered in the interval, its length, the AHT, the agents and the mean patience.
 * @param options - The service-level threshold.
 * @returns The traffic, agents, P(wait) and P(abandon) (0–1), service level and occupancy (%), ASA and average wait (s).
 * @throws {@link MetricInputError} the common input checks (also past 10⁸ Erlangs, and on
 * `queue.averagePatienceSeconds` when AHT / patience is not finite, or so small that agents / (AHT / patience) is not).
 * @example
 * ```ts
 * import { erlangAPerformance } from 'service-metrics';
 * // 100 calls in 30 min, AHT 180 s, 14 agents, callers wait 5 minutes on average.
 * const queue = erlangAPerformance({
 *   contacts: 100, intervalSeconds: 1800, averageHandleSeconds: 180, agents: 14, averagePatienceSeconds: 300,
 * });
 * queue.probabilityOfAbandoning; // => 0.0140
 * queue.serviceLevel; // => 91.68
 * ```
 * @see Garnett, O., Mandelbaum, A., & Reiman, M. (2002). Designing a call center with impatient customers. *Manufacturing & Service Operations Management*, 4(3), 208–227.
 * @see Mandelbaum, A., & Zeltyn, S. (2007). Service engineering in action: the Palm/Erlang-A queue, with applications to call centers. In D. Spath & K.-P. Fähnrich (Eds.), *Advances in Services Innovations* (pp. 17–45). Springer.
 * @see Palm, C. (1953). Methods of judging the annoyance caused by congestion. *Tele*, 4, 189–208.
 * @category Workforce
 */
export function erlangAPerformance(queue: FromWarehouse<ImpatientWorkload>, options?: ErlangPerformanceOptions): AbandonmentPerformance {
  const metric = 'erlangAPerformance';
  const object = checkObject(metric, 'queue', queue);
  const { traffic, averageHandleSeconds } = readWorkload(metric, 'queue', object, [...WORKLOAD_KEYS, 'agents', 'averagePatienceSeconds']);
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
      'short enough that the agents and the traffic divided by averageHandleSeconds / averagePatienceSeconds are finite numbers (for callers who never abandon use erlangCPerformance)',
      object['averagePatienceSeconds'],
    );
  }
  return performance;
}

