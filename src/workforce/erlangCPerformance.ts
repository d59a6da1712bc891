import { queuePerformance } from '../internal/numeric/erlang.js';
import { checkObject } from '../internal/checks/validate.js';
import { checkStableAgents, readThreshold, readWorkload, WORKLOAD_KEYS } from '../internal/checks/workforceInputs.js';
import type { QueuePerformance, StaffedWorkload } from '../internal/types/queue.js';
import type { FromWarehouse } from '../types.js';

/** The threshold of {@link erlangCPerformance} and {@link erlangAPerformance} (measured: {@link ServiceLevelOptions}). @category Workforce */
export interface ErlangPerformanceOptions {
  /** The service-level threshold t, in seconds, ≥ 0 ("80 % in 20 seconds"). @defaultValue 20 */
  readonly thresholdSeconds?: number;
}

/**
 * How an Erlang C queue performs with N agents: probability of waiting, service level, ASA and occupancy.
 *
 * ## Formula
 * ```math
 * \begin{aligned}
 * \text{service level} &= 100 \times \bigl(1 - C\, e^{-(N - A)\, t / \mathrm{AHT}}\bigr) &&\text{(\% answered within } t \text{ seconds)} \\
 * \mathrm{ASA} &= \frac{C \cdot \mathrm{AHT}}{N - A} &&\text{(seconds)} \\
 * \text{occupancy} &= 100 \times \frac{A}{N}
 * \end{aligned}
 * ```
 * with A = contacts × AHT / interval ({@link trafficIntensity}) and C = Erlang C (N, A) ({@link erlangC}). Assumes steady Poisson arrivals, exponential handle times, first-come first-served,
 * and no abandonment ({@link erlangAPerformance} otherwise); fractional N allowed ({@link erlangB}).
 *
 * ## Variants
 * - ASA averages over all contacts (0 s for those answered at once), as ACDs do; those who wait wait AHT / (N − A).
 * - Service level counts every contact; without abandonment ICMI's variants coincide.
 * - Occupancy is the model's forecast; the measured one is the Operations `occupancy`.
 *
 * @param queue - Contacts offered in the interval, its length, the AHT and the agents (> A).
 * @param options - The service-level threshold.
 * @returns The traffic, agents, P(wait) (0–1), service level (%), ASA (s) and occupancy (%).
 * @throws {@link MetricInputError} the common input checks (also past 10⁸ Erlangs); `UNSTABLE` (`queue.agents`)
 * when agents ≤ traffic.
 * @example
 * ```ts
 * import { erlangCPerformance } from 'service-metrics';
 * // Call Centre Helper's worked example: 100 calls in 30 min, AHT 180 s, 14 agents.
 * erlangCPerformance({ contacts: 100, intervalSeconds: 1800, averageHandleSeconds: 180, agents: 14 });
 * // => { trafficErlangs: 10, agents: 14, probabilityOfWaiting: 0.1741, serviceLevel: 88.84, averageSpeedOfAnswer: 7.84, occupancy: 71.43 }
 * ```
 * @see Gans, N., Koole, G., & Mandelbaum, A. (2003). Telephone call centers: Tutorial, review, and research prospects. *Manufacturing & Service Operations Management*, 5(2), 79–141 (§4.1).
 * @see {@link https://www.callcentrehelper.com/erlang-c-formula-example-121281.htm | Call Centre Helper: Erlang C formula, made simple with an easy worked example}
 * @category Workforce
 */
export function erlangCPerformance(queue: FromWarehouse<StaffedWorkload>, options?: ErlangPerformanceOptions): QueuePerformance {
  const metric = 'erlangCPerformance';
  const object = checkObject(metric, 'queue', queue);
  const workload = readWorkload(metric, 'queue', object, [...WORKLOAD_KEYS, 'agents']);
  const agents = checkStableAgents(metric, 'queue.agents', object['agents'], workload.traffic);
  const thresholdSeconds = readThreshold(metric, options);
  return queuePerformance(workload.traffic, agents, workload.averageHandleSeconds, thresholdSeconds);
}
