import { exceeds } from '../internal/summaries/partOfWhole.js';
import { checkAmounts, checkNonNegative, checkOptions, checkPositive, fail } from '../internal/checks/validate.js';
import type { OccupancyTime } from './occupancy.js';
import type { FromWarehouse } from '../types.js';

/** Agents' paid time in seconds: the input of {@link utilisation} (handle and idle as in {@link occupancy}). @category Operations */
export interface UtilisationTime extends OccupancyTime {
  /** All paid (or scheduled) time of those agents: handle + available + breaks, training…; > 0, ≥ handle + idle. */
  readonly paidSeconds: number;
}

/**
 * What {@link utilisation} puts over paid time: `'loggedIn'` (handle + available; 100 −
 * {@link shrinkage} when it counts the rest) or `'handling'` (handle time). @category Operations
 */
export type UtilisationNumerator = 'loggedIn' | 'handling';

/** Options of {@link utilisation}. @category Operations */
export interface UtilisationOptions {
  /** The time put over paid time. @defaultValue 'loggedIn' */
  readonly numerator?: UtilisationNumerator;
}

/**
 * Utilisation: the percentage of agents' paid time that they were logged in and handling or
 * ready for contacts (or, as a variant, handling them). Unlike {@link occupancy}, which divides
 * by logged-in time, it divides by *all paid time*, breaks, training and meetings included. Sum
 * the seconds over agents and intervals first (time-weighted).
 *
 * ## Formula
 * - logged-in utilisation (default) = 100 × (handleSeconds + idleSeconds) / paidSeconds
 * - handling utilisation = 100 × handleSeconds / paidSeconds = occupancy × logged-in / 100
 *
 * ## Variants
 * - **Logged-in over paid** (default): COPC's (talk + hold + wrap + available) / paid hours
 *   (Call Centre Helper, Assembled), as ICMI (2012) and the Erlang add-in for Excel.
 * - **Handle over paid** ("billable utilisation"): `{ numerator: 'handling' }`; handle over
 *   logged-in time is {@link occupancy}.
 *
 * Times summing to a hair above `paidSeconds` (< 10⁻¹² of it) count as equal, giving 100.
 *
 * @param time - Handle, available and paid time, in seconds.
 * @param options - The numerator: logged-in or handle time.
 * @returns The utilisation in 0–100.
 * @throws {@link MetricInputError} the common input checks; `EMPTY` when `time.paidSeconds` is
 * 0; `INCONSISTENT` (`time.paidSeconds`) when handle + available time exceeds it.
 *
 * @example
 * ```ts
 * import { utilisation } from 'service-metrics';
 *
 * // An 8-hour paid shift: 5 h 20 min handling, 1 h 20 min available, 1 h 20 min away.
 * const shift = { handleSeconds: 19_200, idleSeconds: 4_800, paidSeconds: 28_800 };
 * utilisation(shift); // => 83.33
 * utilisation(shift, { numerator: 'handling' }); // => 66.67
 * ```
 *
 * @see {@link https://www.callcentrehelper.com/calculate-utilisation-140027.htm | Call Centre Helper: How to calculate utilisation}
 * @see {@link https://www.callcentrehelper.com/utilization-calculation-206985.htm | Call Centre Helper: Is there a utilization calculation? (the COPC formula)}
 * @see {@link https://assembled.com/wfm-glossary/utilization-rate | Assembled: WFM glossary, utilization rate}
 * @see {@link https://www.icmi.com/icmi-home/resources/2012/constructive-use-of-occupancy | ICMI (2012): Constructive use of occupancy}
 * @category Operations
 */
export function utilisation(time: FromWarehouse<UtilisationTime>, options?: UtilisationOptions): number {
  const metric = 'utilisation';
  const object = checkAmounts(metric, 'time', time, ['handleSeconds', 'idleSeconds', 'paidSeconds']);
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
