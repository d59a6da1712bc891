import { amountOrComponents } from '../internal/checks/componentSum.js';
import { checkAmounts, checkPositive, fail } from '../internal/checks/validate.js';
import type { CostBreakdown } from './CostBreakdown.js';
import type { FromWarehouse } from '../types.js';

/** The input of {@link labourCostPerHour}: a period's labour cost and the paid time it bought. @category Operations */
export interface LabourCostPerHourInput {
  /** Labour cost of the period, in one currency: ≥ 0, or a {@link CostBreakdown} such as `{ wages, benefits, payrollTaxes }`. */
  readonly labourCost: number | CostBreakdown;
  /** Paid time of the same staff over the same period, in seconds: a number > 0. */
  readonly paidSeconds: number;
}

/**
 * Labour cost per hour: what an hour of paid agent time costs, wages and everything paid on top,
 * in the currency of `labourCost`.
 *
 * ## Formula
 * labour cost per hour = labourCost × 3600 / paidSeconds
 *
 * ## Variants
 * - **Wage, loaded or fully loaded**: the wage alone; plus benefits and payroll taxes (often
 *   20–30 % of wages; RDI Connect uses 23 %); plus supervision, recruiting, training,
 *   technology and facilities, often over twice the wage. Name the components.
 * - **Per productive hour**: divide this by (1 − shrinkage fraction), or by logged-in
 *   {@link utilisation} / 100. Iterum: $10 M for 150 agents × 2,080 h at 80 % productive is
 *   $32.05 per paid hour, about $40 per productive hour.
 * - **Per contact or per ticket**: {@link costPerIncident}, {@link costPerTicket}.
 *
 * @param input - The labour cost (a number or a breakdown) and the paid time in seconds.
 * @returns The labour cost of one paid hour.
 * @throws {@link MetricInputError} the common input checks (a component named as
 * `input.labourCost.wages`; a result that overflows); `EMPTY` when `input.paidSeconds` is 0 or
 * `input.labourCost` is an empty breakdown.
 *
 * @example
 * ```ts
 * import { labourCostPerHour } from 'service-metrics';
 *
 * // RDI Connect: a $15.00 wage plus 23 % benefits ($3.45), over one full-time year.
 * labourCostPerHour({ labourCost: { wages: 15 * 2080, benefits: 3.45 * 2080 }, paidSeconds: 2080 * 3600 }); // => 18.45
 * ```
 *
 * @see {@link https://www.rdi-connect.com/what-is-the-real-cost-of-operating-a-contact-center-9-factors-to-calculate-true-hourly-agent-cost/ | RDI Connect: 9 factors to calculate true hourly agent cost}
 * @see {@link https://iterumconnections.com/blog/2025/04/16/whats-your-true-cost | Iterum: What's your true cost? (cost per productive hour)}
 * @category Operations
 */
export function labourCostPerHour(input: FromWarehouse<LabourCostPerHourInput>): number {
  const metric = 'labourCostPerHour';
  const object = checkAmounts(metric, 'input', input, ['labourCost', 'paidSeconds']);
  const cost = amountOrComponents(metric, 'input.labourCost', object['labourCost'], 'a cost breakdown');
  const paidSeconds = checkPositive(metric, 'input.paidSeconds', object['paidSeconds'], true);
  if (cost === 0) return 0;
  // 3600 / paidSeconds first keeps a huge cost from overflowing when the rate itself is finite.
  const perHour = cost * (3600 / paidSeconds);
  if (!Number.isFinite(perHour)) fail(metric, 'input.paidSeconds', 'OUT_OF_RANGE', 'a time that keeps labourCost × 3600 / paidSeconds finite', paidSeconds);
  return perHour;
}
