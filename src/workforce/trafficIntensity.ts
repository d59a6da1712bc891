import { readWorkload } from '../internal/checks/workforceInputs.js';
import type { ContactWorkload } from '../internal/types/queue.js';

/**
 * Offered traffic in Erlangs: the average number of contacts in progress at once, the workload
 * that every Erlang formula starts from.
 *
 * ## Formula
 * A = contacts × averageHandleSeconds / intervalSeconds
 *
 * that is, arrivals per second × AHT in seconds. One Erlang keeps one agent busy all the time:
 * 100 calls in half an hour (1800 s) at 180 s each are 100 × 180 / 1800 = 10 Erlangs, ten
 * agents' worth of pure talk time, before any queueing slack. The library's workforce functions
 * all use this vocabulary: `contacts` per interval, `intervalSeconds`, `averageHandleSeconds`,
 * and `trafficErlangs` for A itself.
 *
 * ## Variants
 * - Telephony texts give traffic per busy hour (calls per hour × hours per call); that is
 *   `intervalSeconds: 3600` here.
 * - Some calculators take calls per hour and AHT in minutes; convert to seconds first.
 * - CCS (hundred call-seconds) per hour: Erlangs = CCS / 36.
 *
 * @param workload - Contacts offered in the interval, its length and the AHT.
 * @returns The traffic in Erlangs, ≥ 0.
 * @throws {@link MetricInputError} `WRONG_TYPE`, `NOT_FINITE` or `NEGATIVE` for a field that is not
 * a finite number ≥ 0 (`workload.contacts`), or > 0 (`workload.intervalSeconds`,
 * `workload.averageHandleSeconds`; 0 is `OUT_OF_RANGE`); `OUT_OF_RANGE` (`workload.contacts`) for
 * more than 10⁸ Erlangs.
 *
 * @example
 * ```ts
 * import { trafficIntensity } from 'service-metrics';
 *
 * // Call Centre Helper's worked example: 100 calls in 30 minutes, AHT 3 minutes.
 * trafficIntensity({ contacts: 100, intervalSeconds: 1800, averageHandleSeconds: 180 }); // => 10
 * // 250 calls an hour at 330 s.
 * trafficIntensity({ contacts: 250, intervalSeconds: 3600, averageHandleSeconds: 330 }); // => 22.92
 * ```
 *
 * @see {@link https://www.callcentrehelper.com/erlang-c-formula-example-121281.htm | Call Centre Helper: Erlang C formula, made simple with an easy worked example}
 * @see ITU-T Recommendation E.600 (1993), *Terms and definitions of traffic engineering*: traffic intensity.
 * @category Workforce
 */
export function trafficIntensity(workload: ContactWorkload): number {
  return readWorkload('trafficIntensity', 'workload', workload).traffic;
}
