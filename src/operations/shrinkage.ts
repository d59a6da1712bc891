import { amountOrComponents } from '../internal/checks/componentSum.js';
import { exceeds } from '../internal/summaries/partOfWhole.js';
import { checkAmounts, checkNonNegative, checkPositive, fail } from '../internal/checks/validate.js';
import type { FromWarehouse } from '../types.js';

/** Paid time and the part lost to shrinkage, in seconds (or one unit for both): the input of {@link shrinkage}. @category Operations */
export interface ShrinkageTime {
  /** All paid (or scheduled) agent time over the period: > 0, at least the shrinkage time. */
  readonly paidSeconds: number;
  /** Paid time unavailable for contacts, as one number ≥ 0 or by cause (`{ absence: 7200, training: 3600 }`), added up. */
  readonly shrinkageSeconds: number | Readonly<Record<string, number>>;
}

/**
 * Shrinkage: the percentage of paid agent time in which agents were not available to handle
 * contacts: external causes (sickness, leave, public holidays) and internal ones (breaks,
 * training, meetings, coaching). A percentage (30 for 30 %), as every rate of the library;
 * staffing formulas ({@link agentsRequired}'s `targets.shrinkage`, {@link scheduledAgents}) take
 * a fraction: divide by 100. Staff to schedule is agents / (1 − fraction), not + 30 %.
 *
 * ## Formula
 * shrinkage = 100 × shrinkageSeconds / paidSeconds, a percentage in 0–100
 *
 * ## Variants
 * - **Over paid time** (this): Call Centre Helper's consensus formula; SWPP's "percent of time
 *   … paid to work that they are not available"; usually over a year.
 * - **Over available time**: s / (1 − s), larger (30 % → 42.9 %); not for staffing formulas.
 * - **Multiplied parts** over different bases: 1 − (1 − a)(1 − b) (AgentTime: 0.80 × 0.98).
 * - **Planned or unplanned** shrinkage: pass only those causes.
 *
 * Causes summing to a hair above `paidSeconds` (< 10⁻¹² of it) count as equal, giving 100.
 *
 * @param time - Paid time and shrinkage time (one number or by cause), in one unit.
 * @returns The shrinkage in 0–100.
 * @throws {@link MetricInputError} the common input checks (a cause named as
 * `time.shrinkageSeconds.training`); `EMPTY` when `time.paidSeconds` is 0 or there is no cause;
 * `INCONSISTENT` (`time.shrinkageSeconds`) when shrinkage exceeds paid time.
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
export function shrinkage(time: FromWarehouse<ShrinkageTime>): number {
  const metric = 'shrinkage';
  const object = checkAmounts(metric, 'time', time, ['paidSeconds', 'shrinkageSeconds']);
  const paid = checkNonNegative(metric, 'time.paidSeconds', object['paidSeconds']);
  const lost = amountOrComponents(metric, 'time.shrinkageSeconds', object['shrinkageSeconds'], 'a breakdown by cause');
  if (exceeds(lost, paid)) {
    fail(metric, 'time.shrinkageSeconds', 'INCONSISTENT', `at most paidSeconds (${String(paid)})`, object['shrinkageSeconds']);
  }
  checkPositive(metric, 'time.paidSeconds', paid, true);
  // lost ≤ paid (up to rounding, taken out by the min), so the ratio stays in 0–1.
  return 100 * (Math.min(lost, paid) / paid);
}
