import { amountOrComponents } from '../internal/checks/componentSum.js';
import { exceeds } from '../internal/summaries/partOfWhole.js';
import { checkNonNegative, checkObject, checkPositive, fail } from '../internal/checks/validate.js';

/**
 * Paid time and the part of it lost to shrinkage, in seconds (or any one unit for both): the
 * input of {@link shrinkage}.
 *
 * @category Operations
 */
export interface ShrinkageTime {
  /**
   * All paid (or scheduled) agent time over the period: a finite number > 0, at least the
   * shrinkage time.
   */
  readonly paidSeconds: number;
  /**
   * Paid time in which agents were not available for contacts, as one number or by cause:
   * `{ absence: 7200, annualLeave: 28800, training: 3600, breaks: 5400, meetings: 1800 }`.
   * Each a finite number ≥ 0 in the unit of `paidSeconds`; causes are added up.
   */
  readonly shrinkageSeconds: number | Readonly<Record<string, number>>;
}

/**
 * Shrinkage: the percentage of paid agent time in which agents were not available to handle
 * contacts (absence, leave, breaks, training, meetings, coaching…).
 *
 * ## Formula
 * shrinkage = 100 × shrinkageSeconds / paidSeconds
 *
 * with the shrinkage time summed over its causes (external: sickness, annual leave, public
 * holidays; internal: breaks, training, meetings, coaching). A percentage in 0–100, not
 * rounded.
 *
 * ## Percentage here, fraction for staffing
 * This function *reports* shrinkage, so it returns a percentage (30 for 30 %), as every rate of
 * the library does. Staffing formulas *take* shrinkage as a fraction from 0 to below 1, as the
 * formula's sources write it: {@link agentsRequired}'s `targets.shrinkage` and
 * {@link scheduledAgents}'s `shrinkage`. Convert one way with `shrinkage(time) / 100` and the
 * other with `fraction * 100`. The staff to schedule is agents / (1 − fraction): 30 % shrinkage
 * means dividing by 0.7 (1.43×), not adding 30 %.
 *
 * ## Variants
 * - **Over paid (scheduled) time** (this function): Call Centre Helper's consensus formula,
 *   (external + internal shrinkage hours) / total hours available (paid) × 100, and SWPP's
 *   "percent of time for which people are paid to work that they are not available to take
 *   calls". Shrinkage is usually measured over a whole year, so that leave and seasonal
 *   sickness are included.
 * - **Over available time** (lost / productive time) gives a larger figure, the uplift
 *   fraction s / (1 − s): 30 % of paid time is 42.9 % of the time left. Do not feed it to a
 *   staffing formula that expects shrinkage over paid time.
 * - **Multiplied parts.** Planners who measure absence over paid time and in-day shrinkage
 *   over attended time combine them as 1 − (1 − a)(1 − b), not a + b (AgentTime divides
 *   Erlang staff by 0.80 × 0.98). Give all causes over one paid base here and they simply add.
 * - **Planned and unplanned** (or internal and external) shrinkage are parts of the total;
 *   compute each by passing only its causes.
 *
 * Causes that add up to a hair above `paidSeconds` (less than 10⁻¹² of it) count as equal to
 * it, giving 100.
 *
 * @param time - Paid time and shrinkage time (one number or by cause), in one unit.
 * @returns The shrinkage in 0–100 (a percentage; divide by 100 for a staffing formula).
 * @throws {@link MetricInputError} `WRONG_TYPE`, `NOT_FINITE` or `NEGATIVE` for a
 * `time.paidSeconds`, a `time.shrinkageSeconds` or a cause (`time.shrinkageSeconds.training`) that
 * is not a finite number ≥ 0; `EMPTY` when `time.paidSeconds` is 0 or `time.shrinkageSeconds` is an
 * object with no cause; `OUT_OF_RANGE` when the causes' sum is too large for a number;
 * `INCONSISTENT` (`time.shrinkageSeconds`) when shrinkage exceeds paid time; `WRONG_TYPE` (`time`)
 * when the input is not an object.
 *
 * @example
 * ```ts
 * import { agentsRequired, shrinkage } from 'service-metrics';
 *
 * // CCa2z's typical year of 260 working days (any unit works when both are in it):
 * const year = {
 *   paidSeconds: 260,
 *   shrinkageSeconds: { annualLeave: 26, sickness: 13, training: 15, meetings: 6, breaks: 11.5, quality: 6, coaching: 11.5, shiftRotation: 2.5 },
 * };
 * shrinkage(year); // => 35.19
 * shrinkage({ paidSeconds: 160 * 3600, shrinkageSeconds: 20 * 3600 }); // => 12.5
 *
 * // As a fraction for a staffing formula:
 * const plan = agentsRequired(
 *   { contacts: 100, intervalSeconds: 1800, averageHandleSeconds: 180 },
 *   { serviceLevel: 80, shrinkage: shrinkage(year) / 100 },
 * );
 * plan.scheduledAgents; // => 21.6
 * ```
 *
 * @see {@link https://www.callcentrehelper.com/how-to-calculate-contact-centre-shrinkage-90353.htm | Call Centre Helper: How to calculate contact centre shrinkage}
 * @see {@link https://www.cca2z.com/article/how-to-calculate-shrinkage-absences/416 | CCa2z (2009): How to calculate shrinkage absences}
 * @see {@link https://swpp.org/fall-2016-ontarget/essentials-of-staff-shrinkage/ | Reynolds, P. (2016). The essentials of staff shrinkage. SWPP On Target}
 * @see {@link https://www.callcentrehelper.com/shrinkage-formula-206969.htm | Call Centre Helper: Shrinkage formula (AgentTime's multiplied percentages)}
 * @category Operations
 */
export function shrinkage(time: ShrinkageTime): number {
  const metric = 'shrinkage';
  const object = checkObject(metric, 'time', time);
  const paid = checkNonNegative(metric, 'time.paidSeconds', object['paidSeconds']);
  const lost = amountOrComponents(metric, 'time.shrinkageSeconds', object['shrinkageSeconds'], 'a breakdown by cause');
  if (exceeds(lost, paid)) {
    fail(metric, 'time.shrinkageSeconds', 'INCONSISTENT', `at most paidSeconds (${String(paid)})`, object['shrinkageSeconds']);
  }
  checkPositive(metric, 'time.paidSeconds', paid, true);
  // lost ≤ paid (up to rounding, taken out by the min), so the ratio stays in 0–1.
  return 100 * (Math.min(lost, paid) / paid);
}
