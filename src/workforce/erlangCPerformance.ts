import { queuePerformance } from '../internal/numeric/erlang.js';
import { checkObject } from '../internal/checks/validate.js';
import { checkStableAgents, readThreshold, readWorkload } from '../internal/checks/workforceInputs.js';
import type { QueuePerformance, StaffedWorkload } from '../internal/types/queue.js';

/**
 * The service-level threshold of {@link erlangCPerformance} and {@link erlangAPerformance}.
 * (The options of the measured {@link serviceLevel} are {@link ServiceLevelOptions}.)
 *
 * @category Workforce
 */
export interface ErlangPerformanceOptions {
  /**
   * The service-level threshold t, in seconds, ≥ 0: a contact answered within t seconds of
   * joining the queue meets the service level ("80 % in 20 seconds").
   * @defaultValue 20
   */
  readonly thresholdSeconds?: number;
}

/**
 * How an Erlang C queue performs with a given number of agents: probability of waiting, service
 * level, average speed of answer and occupancy, for one interval's workload.
 *
 * ## Formula
 * With A = contacts × AHT / interval ({@link trafficIntensity}), N agents and
 * C = Erlang C (N, A) ({@link erlangC}):
 *
 * - service level = 100 × (1 − C·e^(−(N − A)·t/AHT)), % of contacts answered within t seconds;
 * - average speed of answer = C·AHT / (N − A), seconds;
 * - occupancy = 100 × A / N, % of agents' available time spent handling contacts.
 *
 * Assumes Poisson arrivals at a steady rate through the interval, exponential handle times,
 * first-come first-served, and callers who never abandon (use {@link erlangAPerformance} when
 * they do). Agents may be fractional (continuous extension, see {@link erlangB}).
 *
 * ## Variants
 * - **ASA** here averages over all contacts, those answered at once counting 0 s, as ACDs
 *   report it; the mean wait of those who wait is AHT / (N − A).
 * - **Service level** here counts every contact in the denominator; with no abandonment the
 *   ICMI variants (abandons ignored, in the denominator, short abandons excluded) coincide.
 * - **Occupancy** is the model's forecast; the measured figure from ACD time is the
 *   Operations `occupancy`.
 *
 * @param queue - Contacts offered in the interval, its length, the AHT and the agents (> A).
 * @param options - The service-level threshold.
 * @returns The traffic, agents, probability of waiting (0–1), service level (0–100), ASA
 * (seconds) and occupancy (0–100).
 * @throws {@link MetricInputError} `UNSTABLE` (`queue.agents`) when agents ≤ traffic; `WRONG_TYPE`,
 * `NOT_FINITE`, `NEGATIVE` or `OUT_OF_RANGE` for a field that is not a finite number ≥ 0
 * (`queue.contacts`, `queue.agents`) or above 0 (`queue.intervalSeconds`,
 * `queue.averageHandleSeconds`), or an `options.thresholdSeconds` below 0; `OUT_OF_RANGE`
 * (`queue.contacts`) beyond 10⁸ Erlangs; `WRONG_TYPE` (`queue`) when the input is not an object.
 *
 * @example
 * ```ts
 * import { erlangCPerformance } from 'service-metrics';
 *
 * // Call Centre Helper's worked example: 100 calls in 30 min, AHT 180 s, 14 agents.
 * erlangCPerformance({ contacts: 100, intervalSeconds: 1800, averageHandleSeconds: 180, agents: 14 });
 * // => { trafficErlangs: 10, agents: 14, probabilityOfWaiting: 0.1741, serviceLevel: 88.84, averageSpeedOfAnswer: 7.84, occupancy: 71.43 }
 * ```
 *
 * @see Gans, N., Koole, G., & Mandelbaum, A. (2003). Telephone call centers: Tutorial, review,
 * and research prospects. *Manufacturing & Service Operations Management*, 5(2), 79–141 (§4.1).
 * @see {@link https://www.callcentrehelper.com/erlang-c-formula-example-121281.htm | Call Centre Helper: Erlang C formula, made simple with an easy worked example}
 * @category Workforce
 */
export function erlangCPerformance(queue: StaffedWorkload, options?: ErlangPerformanceOptions): QueuePerformance {
  const metric = 'erlangCPerformance';
  const object = checkObject(metric, 'queue', queue);
  const workload = readWorkload(metric, 'queue', object);
  const agents = checkStableAgents(metric, 'queue.agents', object['agents'], workload.traffic);
  const thresholdSeconds = readThreshold(metric, options);
  return queuePerformance(workload.traffic, agents, workload.averageHandleSeconds, thresholdSeconds);
}
