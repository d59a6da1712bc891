import { costPerUnit } from '../internal/summaries/costPerUnit.js';
import type { CostBreakdown } from './CostBreakdown.js';

/**
 * The input of {@link costPerTicket}: a period's support cost and the tickets resolved in the
 * same period.
 *
 * @category Operations
 */
export interface CostPerTicketInput {
  /**
   * The cost of running support over the period, in one currency: a number ≥ 0, or a
   * {@link CostBreakdown} of named components that are added up.
   */
  readonly totalCost: number | CostBreakdown;
  /** Tickets resolved in the same period: a whole number ≥ 1. */
  readonly resolvedTickets: number;
}

/**
 * Cost per ticket: the support cost of a period divided by the tickets resolved in it.
 *
 * ## Formula
 * cost per ticket = totalCost / resolvedTickets
 *
 * In the currency of `totalCost`, not rounded (money is the caller's to round). When
 * `totalCost` is a {@link CostBreakdown}, its components are added first.
 *
 * ## Variants
 * - **Fully loaded or direct cost.** MetricNet's cost per ticket takes the full operating
 *   expense: salaries and benefits of agents and of indirect staff, technology and telecom,
 *   facilities, travel, training and supplies. Agents' labour alone (a direct cost) gives a
 *   lower figure. Compare figures only on the same cost base; a breakdown makes it explicit.
 * - **Per resolved ticket or per ticket handled.** This function divides by tickets *resolved*
 *   in the period (Sparrowdesk), so work on tickets still open raises it. MetricNet divides by
 *   the month's ticket volume (all tickets handled, incidents and service requests); to follow
 *   it, pass that volume as `resolvedTickets` and report the result as cost per ticket handled.
 *   Per incident, see {@link costPerIncident}.
 * - **Mix.** Service requests usually cost more than incidents and escalated tickets more than
 *   those resolved at level 1, so the mix of tickets moves the figure as much as efficiency does.
 *
 * @param input - `totalCost` (a number ≥ 0 or a breakdown) and `resolvedTickets` (a whole number).
 * @returns The cost of one resolved ticket, in the currency of `totalCost`.
 * @throws {@link MetricInputError} `EMPTY` (`input.resolvedTickets`) when it is 0, or
 * (`input.totalCost`) when the breakdown has no component; `WRONG_TYPE`, `NOT_FINITE` or `NEGATIVE`
 * for an `input.totalCost` (or a component, named as `input.totalCost.labour`) that is not a finite
 * number ≥ 0; `OUT_OF_RANGE` when the components' sum is too large for a number; `WRONG_TYPE`,
 * `NOT_FINITE`, `NOT_INTEGER`, `NEGATIVE` or `OUT_OF_RANGE` for an `input.resolvedTickets` that is
 * not a whole number from 0 to 2⁵³ − 1; `WRONG_TYPE` (`input`) when the input is not an object.
 *
 * @example
 * ```ts
 * import { costPerTicket } from 'service-metrics';
 *
 * // Sparrowdesk's example: 100,000 spent in a month, 2,000 tickets resolved.
 * costPerTicket({ totalCost: 100000, resolvedTickets: 2000 }); // => 50
 * costPerTicket({ totalCost: { agents: 61000, supervision: 9000, software: 4200 }, resolvedTickets: 1855 }); // => 40
 * costPerTicket({ totalCost: { agents: -1 }, resolvedTickets: 10 }); // => throws NEGATIVE
 * ```
 *
 * @see {@link https://www.metricnet.com/service-desk-cost-per-ticket-motm/ | MetricNet: Service desk cost per ticket}
 * @see {@link https://www.sparrowdesk.com/customer-support-metrics/cost-per-ticket | Sparrowdesk: Cost per ticket}
 * @category Operations
 */
export function costPerTicket(input: CostPerTicketInput): number {
  return costPerUnit('costPerTicket', input, 'resolvedTickets', 'at least one resolved ticket');
}
