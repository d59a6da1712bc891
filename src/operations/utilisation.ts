import { exceeds } from '../internal/summaries/partOfWhole.js';
import { checkNonNegative, checkObject, checkOptions, checkPositive, fail } from '../internal/checks/validate.js';
import type { OccupancyTime } from './occupancy.js';

/**
 * How agents' paid time was spent, in seconds: the input of {@link utilisation}. The handle and
 * idle times are those of {@link occupancy}; paid time adds everything else agents are paid
 * for.
 *
 * @category Operations
 */
export interface UtilisationTime extends OccupancyTime {
  /**
   * All paid (or scheduled) time of the same agents over the same period, in seconds: handle
   * and available time plus breaks, training, coaching, meetings and other time away from
   * contacts. A finite number > 0, at least `handleSeconds + idleSeconds`.
   */
  readonly paidSeconds: number;
}

/**
 * Which time {@link utilisation} puts over paid time.
 *
 * - `'loggedIn'`: handle + available time, the time agents were logged in and handling or
 *   ready to handle contacts (COPC; Call Centre Helper). This is 100 − {@link shrinkage} when
 *   shrinkage counts all the rest of paid time.
 * - `'handling'`: handle time only, the share of paid time spent handling contacts. This is
 *   occupancy × logged-in utilisation / 100.
 *
 * @category Operations
 */
export type UtilisationNumerator = 'loggedIn' | 'handling';

/**
 * Options of {@link utilisation}.
 *
 * @category Operations
 */
export interface UtilisationOptions {
  /**
   * The time put over paid time: logged-in (handle + available) or handle time only.
   * @defaultValue 'loggedIn'
   */
  readonly numerator?: UtilisationNumerator;
}

/**
 * Utilisation: the percentage of agents' paid time that they were logged in and handling or
 * available to handle contacts (or, as a variant, handling them).
 *
 * ## Formula
 * - logged-in utilisation (default) = 100 × (handleSeconds + idleSeconds) / paidSeconds
 * - handling utilisation = 100 × handleSeconds / paidSeconds
 *
 * A percentage in 0–100, not rounded. Sum the seconds over agents and intervals first: the
 * percentage of the totals is the time-weighted utilisation, not a mean of agents' percentages.
 *
 * ## Utilisation vs occupancy
 * {@link occupancy} divides handle time by logged-in time (handle + available): how busy agents
 * are while they are on the phones. Utilisation divides by *all paid time*, which also holds
 * breaks, training, coaching and meetings: how much of the time paid for is spent on (or ready
 * for) customers. For the same agents and period, handling utilisation = occupancy × logged-in
 * utilisation / 100, and logged-in utilisation = 100 − shrinkage when shrinkage counts the rest
 * of paid time.
 *
 * ## Variants
 * - **Logged-in time over paid time** (the default): COPC's definition, (talk + hold + wrap +
 *   available) / paid hours, as Call Centre Helper and Assembled's glossary give it.
 * - **Handle time over paid (or logged-in) time**, the sense of "billable utilisation" in
 *   professional services: `{ numerator: 'handling' }`. Some people call handle time over
 *   logged-in time "utilisation"; that is {@link occupancy}.
 * - **ICMI (2012)** uses "utilization" for talk + after-call work + idle time, as the Erlang
 *   add-in for Excel does, which is the default here when measured over paid time.
 *
 * Fractional seconds that add up to a hair above `paidSeconds` (less than 10⁻¹² of it, as
 * 0.1 + 0.2 > 0.3 in doubles) count as equal to it, giving 100.
 *
 * @param time - Handle, available and paid time, in seconds.
 * @param options - The numerator: logged-in or handle time.
 * @returns The utilisation in 0–100.
 * @throws {@link MetricInputError} `WRONG_TYPE`, `NOT_FINITE` or `NEGATIVE` for a time that is not
 * a finite number ≥ 0 (`time.handleSeconds`, `time.idleSeconds`, `time.paidSeconds`); `EMPTY`
 * (`time.paidSeconds`) when it is 0; `INCONSISTENT` (`time.paidSeconds`) when handle + available
 * time exceeds paid time; `UNKNOWN_VALUE` or `WRONG_TYPE` for an `options.numerator` other than
 * `'loggedIn'` or `'handling'`; `WRONG_TYPE` (`time`) when the input is not an object.
 *
 * @example
 * ```ts
 * import { occupancy, utilisation } from 'service-metrics';
 *
 * // An 8-hour paid shift: 5 h 20 min handling, 1 h 20 min available, 1 h 20 min of breaks,
 * // training and coaching.
 * const shift = { handleSeconds: 19_200, idleSeconds: 4_800, paidSeconds: 28_800 };
 * utilisation(shift); // => 83.33
 * utilisation(shift, { numerator: 'handling' }); // => 66.67
 * occupancy(shift); // => 80
 * utilisation({ handleSeconds: 100, idleSeconds: 50, paidSeconds: 120 }); // => throws INCONSISTENT
 * ```
 *
 * @see {@link https://www.callcentrehelper.com/calculate-utilisation-140027.htm | Call Centre Helper: How to calculate utilisation}
 * @see {@link https://www.callcentrehelper.com/utilization-calculation-206985.htm | Call Centre Helper: Is there a utilization calculation? (the COPC formula)}
 * @see {@link https://assembled.com/wfm-glossary/utilization-rate | Assembled: WFM glossary, utilization rate}
 * @see {@link https://www.icmi.com/icmi-home/resources/2012/constructive-use-of-occupancy | ICMI (2012): Constructive use of occupancy}
 * @category Operations
 */
export function utilisation(time: UtilisationTime, options?: UtilisationOptions): number {
  const metric = 'utilisation';
  const object = checkObject(metric, 'time', time);
  const handle = checkNonNegative(metric, 'time.handleSeconds', object['handleSeconds']);
  const idle = checkNonNegative(metric, 'time.idleSeconds', object['idleSeconds']);
  const paid = checkNonNegative(metric, 'time.paidSeconds', object['paidSeconds']);
  const { numerator = 'loggedIn' } = checkOptions(metric, options, ['numerator']);
  if (numerator !== 'loggedIn' && numerator !== 'handling') {
    const code = typeof numerator === 'string' ? 'UNKNOWN_VALUE' : 'WRONG_TYPE';
    fail(metric, 'options.numerator', code, "'loggedIn' or 'handling'", numerator);
  }
  // Logged-in time is handle + idle; only when that sum overflows a double are the halves
  // compared instead (halving is exact at that magnitude, though not for subnormal times).
  const loggedIn = handle + idle;
  const overflows = loggedIn === Infinity;
  if (overflows ? exceeds(handle / 2 + idle / 2, paid / 2) : exceeds(loggedIn, paid)) {
    fail(metric, 'time.paidSeconds', 'INCONSISTENT', `at least handleSeconds + idleSeconds (${String(loggedIn)})`, paid);
  }
  checkPositive(metric, 'time.paidSeconds', paid, true);
  const part = numerator === 'handling' ? handle : loggedIn;
  const ratio = part === Infinity ? (handle / 2 + idle / 2) / (paid / 2) : part / paid;
  // part ≤ paid up to rounding (checked above), so the ratio is ≤ 1 up to rounding, which the
  // min takes out: the result never leaves 0–100.
  return 100 * Math.min(ratio, 1);
}
