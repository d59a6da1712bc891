import { amountOrComponents } from '../internal/checks/componentSum.js';
import { checkObject, checkPositive, fail } from '../internal/checks/validate.js';
import type { CostBreakdown } from './CostBreakdown.js';

/**
 * The input of {@link labourCostPerHour}: a period's labour cost and the paid time it bought.
 *
 * @category Operations
 */
export interface LabourCostPerHourInput {
  /**
   * The labour cost of the period, in one currency: a number ≥ 0, or a {@link CostBreakdown}
   * such as `{ wages, benefits, payrollTaxes, supervision }`, whose components are added up.
   */
  readonly labourCost: number | CostBreakdown;
  /** The paid time of the same staff over the same period, in seconds: a finite number > 0. */
  readonly paidSeconds: number;
}

/**
 * Labour cost per hour: what an hour of paid agent time costs, wages and everything paid on top
 * of them.
 *
 * ## Formula
 * labour cost per hour = labourCost × 3600 / paidSeconds
 *
 * In the currency of `labourCost`, not rounded. With a {@link CostBreakdown} the components are
 * added first, which makes the cost base of the figure explicit.
 *
 * ## Variants
 * - **Wage, loaded or fully loaded.** The wage rate alone is the smallest figure; adding
 *   benefits and payroll taxes (often 20–30 % of wages: RDI Connect uses 23 %) gives the loaded
 *   labour cost; adding supervision, recruiting and training, technology and facilities gives a
 *   fully loaded cost per hour, typically more than twice the wage. Name the components so a
 *   reader sees which one a figure is.
 * - **Per paid hour or per productive hour.** This function divides by paid hours. The cost per
 *   *productive* hour divides by the hours agents were available for contacts, paid hours ×
 *   (1 − shrinkage): divide this result by (1 − shrinkage fraction), or equivalently by
 *   logged-in {@link utilisation} / 100. Iterum's example: $10 M over 150 agents × 2,080 h at
 *   80 % productive time is about $40 per productive hour ($32.05 per paid hour).
 * - **Per hour, per contact or per minute of handle time** divide the same cost by different
 *   units; see {@link costPerIncident} and {@link costPerTicket} for per-unit costs.
 *
 * @param input - The labour cost (a number ≥ 0 or a breakdown) and the paid time in seconds.
 * @returns The labour cost of one paid hour, in the currency of `labourCost`.
 * @throws {@link MetricInputError} `WRONG_TYPE`, `NOT_FINITE` or `NEGATIVE` for an
 * `input.labourCost` (or a component, named as `input.labourCost.wages`) that is not a finite
 * number ≥ 0; `EMPTY` (`input.labourCost`) when the breakdown has no component; `OUT_OF_RANGE` when
 * the components' sum is too large for a number; `WRONG_TYPE`, `NOT_FINITE` or `NEGATIVE` for an
 * `input.paidSeconds` that is not a finite number, `EMPTY` when it is 0, and `OUT_OF_RANGE` when it
 * is so small that the result overflows; `WRONG_TYPE` (`input`) when the input is not an object.
 *
 * @example
 * ```ts
 * import { labourCostPerHour } from 'service-metrics';
 *
 * // RDI Connect: a $15.00 wage plus 23 % benefits ($3.45), over one full-time year.
 * labourCostPerHour({ labourCost: { wages: 15 * 2080, benefits: 3.45 * 2080 }, paidSeconds: 2080 * 3600 }); // => 18.45
 * // Iterum: $10 M for 150 agents at 2,080 paid hours each.
 * const perPaidHour = labourCostPerHour({ labourCost: 10_000_000, paidSeconds: 150 * 2080 * 3600 });
 * perPaidHour; // => 32.05
 * perPaidHour / (1 - 0.2); // => 40.06
 * labourCostPerHour({ labourCost: 500, paidSeconds: 0 }); // => throws EMPTY
 * ```
 *
 * @see {@link https://www.rdi-connect.com/what-is-the-real-cost-of-operating-a-contact-center-9-factors-to-calculate-true-hourly-agent-cost/ | RDI Connect: 9 factors to calculate true hourly agent cost}
 * @see {@link https://iterumconnections.com/blog/2025/04/16/whats-your-true-cost | Iterum: What's your true cost? (cost per productive hour)}
 * @category Operations
 */
export function labourCostPerHour(input: LabourCostPerHourInput): number {
  const metric = 'labourCostPerHour';
  const object = checkObject(metric, 'input', input);
  const cost = amountOrComponents(metric, 'input.labourCost', object['labourCost'], 'a cost breakdown');
  const paidSeconds = checkPositive(metric, 'input.paidSeconds', object['paidSeconds'], true);
  if (cost === 0) return 0;
  // 3600 / paidSeconds first keeps a huge cost from overflowing when the rate itself is finite.
  const perHour = cost * (3600 / paidSeconds);
  if (!Number.isFinite(perHour)) fail(metric, 'input.paidSeconds', 'OUT_OF_RANGE', 'a time that keeps labourCost × 3600 / paidSeconds finite', paidSeconds);
  return perHour;
}
