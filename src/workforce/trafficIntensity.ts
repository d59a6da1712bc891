import { readWorkload } from '../internal/checks/workforceInputs.js';
import type { ContactWorkload } from '../internal/types/queue.js';
import type { FromWarehouse } from '../types.js';

/**
 * Offered traffic in Erlangs: the average number of contacts in progress at once, where every Erlang formula starts.
 *
 * ## Formula
 * ```math
 * A = \frac{\text{contacts} \times \text{averageHandleSeconds}}{\text{intervalSeconds}}
 * ```
 * (arrivals per second × AHT). One Erlang keeps one agent
 * busy: 100 calls in 1800 s at 180 s are 10 Erlangs, before any queueing slack.
 *
 * ## Variants
 * - Busy-hour traffic (calls per hour × hours per call) is `intervalSeconds: 3600`; convert AHT in minutes to seconds.
 * - CCS (hundred call-seconds) per hour: Erlangs = CCS / 36.
 *
 * @param workload - Contacts offered in the interval, its length and the AHT.
 * @returns The traffic in Erlangs, ≥ 0.
 * @throws {@link MetricInputError} the common input checks (also past 10⁸ Erlangs, `workload.contacts`).
 * @example
 * ```ts
 * import { trafficIntensity } from 'service-metrics';
 * // Call Centre Helper's worked example: 100 calls in 30 minutes, AHT 3 minutes.
 * trafficIntensity({ contacts: 100, intervalSeconds: 1800, averageHandleSeconds: 180 }); // => 10
 * ```
 * @see {@link https://www.callcentrehelper.com/erlang-c-formula-example-121281.htm | Call Centre Helper: Erlang C formula, made simple with an easy worked example}
 * @see ITU-T Recommendation E.600 (1993), *Terms and definitions of traffic engineering*: traffic intensity.
 * @category Workforce
 */
export function trafficIntensity(workload: FromWarehouse<ContactWorkload>): number {
  return readWorkload('trafficIntensity', 'workload', workload).traffic;
}
