import { checkAmounts, checkNonNegative, fail } from '../internal/checks/validate.js';
import type { FromWarehouse } from '../types.js';

/** Agents' available, logged-in time in seconds (each ≥ 0): the input of {@link occupancy}. @category Operations */
export interface OccupancyTime {
  /** Handling contacts: talk (or chat), hold and after-contact work. */
  readonly handleSeconds: number;
  /** Logged in, ready and waiting for a contact; not breaks, training or other not-ready time. */
  readonly idleSeconds: number;
}

/**
 * Occupancy: the percentage of agents' available time spent handling contacts rather than
 * waiting for them. Sum the seconds of an agent, a team or a centre over one interval: the
 * percentage of totals is time-weighted, not a mean of agents' percentages.
 *
 * ## Formula
 * ```math
 * \text{occupancy} = 100 \times \frac{\text{handleSeconds}}{\text{handleSeconds} + \text{idleSeconds}}
 * ```
 * a percentage in 0–100
 *
 * ## Variants
 * - **Utilisation** divides by all paid time, breaks and training included (Call Centre
 *   Helper): {@link utilisation}. Some ACDs divide by all logged-in time, which lowers it.
 * - **Terms differ**: some call this "utilisation", or count meetings as occupied (ICMI,
 *   2012). **Forecast occupancy** (contacts × AHT / agent seconds, or Erlang C) is planned.
 *
 * @param time - Handle and available idle time, in seconds.
 * @returns The occupancy in 0–100.
 * @throws {@link MetricInputError} the common input checks; `EMPTY` when both times are 0.
 *
 * @example
 * ```ts
 * import { occupancy } from 'service-metrics';
 *
 * // 5.6 hours (20,160 s) handling contacts out of 7 hours (25,200 s) available.
 * occupancy({ handleSeconds: 20160, idleSeconds: 5040 }); // => 80
 * ```
 *
 * @see {@link https://www.callcentrehelper.com/difference-between-occupancy-and-utilization-206901.htm | Call Centre Helper: Difference between occupancy and utilization}
 * @see {@link https://www.callcentrehelper.com/agent-occupancy-89603.htm | Call Centre Helper: Agent occupancy}
 * @see {@link https://www.icmi.com/icmi-home/resources/2012/constructive-use-of-occupancy | ICMI (2012): Constructive use of occupancy}
 * @category Operations
 */
export function occupancy(time: FromWarehouse<OccupancyTime>): number {
  const metric = 'occupancy';
  const object = checkAmounts(metric, 'time', time, ['handleSeconds', 'idleSeconds']);
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
