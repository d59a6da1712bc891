import { costPerUnit } from '../internal/summaries/costPerUnit.js';
import type { CostBreakdown } from './CostBreakdown.js';
import type { FromWarehouse } from '../types.js';

/** The input of {@link costPerTicket}: a period's support cost and the tickets resolved in it. @category Operations */
export interface CostPerTicketInput {
  /** The support cost over the period, in one currency: a number ≥ 0 or a {@link CostBreakdown}. */
  readonly totalCost: number | CostBreakdown;
  /** Tickets resolved in the same period: a whole number ≥ 1. */
  readonly resolvedTickets: number;
}

/**
 * Cost per ticket: the support cost of a period divided by the tickets resolved in it, in the
 * currency of `totalCost` (a {@link CostBreakdown} is added up first).
 *
 * ## Formula
 * cost per ticket = totalCost / resolvedTickets
 *
 * ## Variants
 * - **Fully loaded or direct cost**: as {@link costPerIncident}; compare on one cost base.
 * - **Per resolved ticket or per ticket handled**: this divides by tickets *resolved*
 *   (Sparrowdesk), so work on open tickets raises it. MetricNet divides by the month's volume
 *   handled (incidents and service requests): pass that as `resolvedTickets` and call it cost
 *   per ticket handled.
 * - **Mix**: service requests and escalated tickets cost more, so the mix moves the figure as
 *   much as efficiency does.
 *
 * @param input - `totalCost` (a number or a breakdown) and `resolvedTickets`.
 * @returns The cost of one resolved ticket.
 * @throws {@link MetricInputError} the common input checks (a component named as
 * `input.totalCost.labour`); `EMPTY` when `input.resolvedTickets` is 0 or the breakdown is empty.
 *
 * @example
 * ```ts
 * import { costPerTicket } from 'service-metrics';
 *
 * // Sparrowdesk's example: 100,000 spent in a month, 2,000 tickets resolved.
 * costPerTicket({ totalCost: 100000, resolvedTickets: 2000 }); // => 50
 * ```
 *
 * @see {@link https://www.metricnet.com/service-desk-cost-per-ticket-motm/ | MetricNet: Service desk cost per ticket}
 * @see {@link https://www.sparrowdesk.com/customer-support-metrics/cost-per-ticket | Sparrowdesk: Cost per ticket}
 * @category Operations
 */
export function costPerTicket(input: FromWarehouse<CostPerTicketInput>): number {
  return costPerUnit('costPerTicket', input, 'resolvedTickets', 'at least one resolved ticket');
}
