import { checkNonNegative, checkObject, fail } from '../internal/checks/validate.js';

/**
 * How agents' available, logged-in time was spent, in seconds: the input of {@link occupancy}.
 *
 * @category Operations
 */
export interface OccupancyTime {
  /**
   * Time spent handling contacts: talk (or chat) time, hold time and after-contact work
   * (wrap-up), in seconds. A finite number ≥ 0.
   */
  readonly handleSeconds: number;
  /**
   * Available idle time: logged in and ready, waiting for the next contact, in seconds. Not
   * breaks, training, meetings or other not-ready time. A finite number ≥ 0.
   */
  readonly idleSeconds: number;
}

/**
 * Occupancy: the percentage of agents' available time spent handling contacts rather than
 * waiting for them.
 *
 * ## Formula
 * occupancy = 100 × handleSeconds / (handleSeconds + idleSeconds)
 *
 * Handle time is talk, hold and after-contact work; idle time is time logged in, available and
 * waiting. Their sum is the time agents were available to take contacts, so the result is a
 * percentage in 0–100, not rounded. Sum the seconds of one agent, a team or a whole centre over
 * the same interval; the percentage of the totals is the time-weighted occupancy (not the mean
 * of agents' percentages).
 *
 * ## Variants
 * - **Occupancy vs utilisation.** Occupancy divides by the time agents were available to handle
 *   contacts (handle + idle). Utilisation divides by all paid (or logged) time, which also holds
 *   breaks, training, coaching and other not-ready time (Call Centre Helper): see
 *   {@link utilisation}. For the same agents and period, occupancy is never below the share of
 *   paid time spent handling contacts.
 * - **Denominator from the switch.** Some ACDs divide by all logged-in time, not-ready states
 *   included, which lowers the figure; give only available idle time here.
 * - **Terms differ between sources.** Some writers use "utilisation" for occupancy, or count
 *   meetings and training as occupied time (ICMI, 2012); check which one a report means before
 *   comparing.
 * - **Forecast occupancy.** Planned occupancy is workload over staff time (contacts × average
 *   handle time / agent seconds), or comes out of Erlang C; this function measures it after the
 *   fact.
 *
 * @param time - Handle and available idle time, in seconds.
 * @returns The occupancy in 0–100.
 * @throws {@link MetricInputError} `WRONG_TYPE`, `NOT_FINITE` or `NEGATIVE` for a time that is not
 * a finite number ≥ 0 (`time.handleSeconds`, `time.idleSeconds`); `EMPTY` when both are 0 (no
 * available time at all); `WRONG_TYPE` (`time`) when the input is not an object.
 *
 * @example
 * ```ts
 * import { occupancy } from 'service-metrics';
 *
 * // 5.6 hours (20,160 s) handling contacts out of 7 hours (25,200 s) available.
 * occupancy({ handleSeconds: 20160, idleSeconds: 5040 }); // => 80
 * occupancy({ handleSeconds: 2700, idleSeconds: 900 }); // => 75
 * occupancy({ handleSeconds: 0, idleSeconds: 0 }); // => throws EMPTY
 * ```
 *
 * @see {@link https://www.callcentrehelper.com/difference-between-occupancy-and-utilization-206901.htm | Call Centre Helper: Difference between occupancy and utilization}
 * @see {@link https://www.callcentrehelper.com/agent-occupancy-89603.htm | Call Centre Helper: Agent occupancy}
 * @see {@link https://www.icmi.com/icmi-home/resources/2012/constructive-use-of-occupancy | ICMI (2012): Constructive use of occupancy}
 * @category Operations
 */
export function occupancy(time: OccupancyTime): number {
  const metric = 'occupancy';
  const object = checkObject(metric, 'time', time);
  const handle = checkNonNegative(metric, 'time.handleSeconds', object['handleSeconds']);
  const idle = checkNonNegative(metric, 'time.idleSeconds', object['idleSeconds']);
  let busy = handle;
  let available = handle + idle;
  if (available === 0) {
    fail(metric, 'time', 'EMPTY', 'some available time (handleSeconds + idleSeconds > 0)', time);
  }
  if (available === Infinity) {
    // Two huge finite times overflow their sum: halve both (exact at this magnitude) first.
    busy = handle / 2;
    available = handle / 2 + idle / 2;
  }
  // Rounding is monotone and busy ≤ available, so busy / available ≤ 1 and the result never
  // leaves 0–100, even when idle time is too small to change the sum.
  return 100 * (busy / available);
}
