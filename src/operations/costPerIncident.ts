import { costPerUnit } from '../internal/summaries/costPerUnit.js';
import type { CostBreakdown } from './CostBreakdown.js';

/**
 * The input of {@link costPerIncident}: a period's support cost and the incidents handled in
 * the same period.
 *
 * @category Operations
 */
export interface CostPerIncidentInput {
  /**
   * The cost of running support over the period, in one currency: a number ≥ 0, or a
   * {@link CostBreakdown} of named components that are added up.
   */
  readonly totalCost: number | CostBreakdown;
  /** Incidents handled in the same period: a whole number ≥ 1. */
  readonly incidents: number;
}

/**
 * Cost per incident: the support cost of a period divided by the incidents handled in it.
 *
 * ## Formula
 * cost per incident = totalCost / incidents
 *
 * In the currency of `totalCost`, not rounded (money is the caller's to round). When
 * `totalCost` is a {@link CostBreakdown}, its components are added first.
 *
 * ## Variants
 * - **Fully loaded or direct cost.** Benchmarks such as MetricNet's use the fully loaded
 *   operating expense: salaries and benefits of agents *and* of indirect staff (team leads,
 *   supervisors, schedulers, QA, trainers, managers), technology and telecom, facilities,
 *   travel, training and supplies. A direct cost (agents' labour only) gives a much lower
 *   figure. Compare figures only on the same cost base; a breakdown makes the base explicit.
 * - **Per incident, per ticket, per resolved ticket, per contact.** This function divides by
 *   incidents (unplanned interruptions, as ITIL counts them; ITSM Professor). Service requests
 *   usually cost more to fulfil than incidents, so dividing by all tickets (incidents + service
 *   requests, MetricNet's "cost per ticket") or by resolved tickets ({@link costPerTicket})
 *   gives a different number, as does dividing by every call, chat or email (cost per contact).
 * - **Period.** Cost and count must cover the same period; MetricNet uses a month.
 *
 * @param input - `totalCost` (a number ≥ 0 or a breakdown) and `incidents` (a whole number).
 * @returns The cost of one incident, in the currency of `totalCost`.
 * @throws {@link MetricInputError} `EMPTY` (`input.incidents`) when it is 0, or (`input.totalCost`)
 * when the breakdown has no component; `WRONG_TYPE`, `NOT_FINITE` or `NEGATIVE` for an
 * `input.totalCost` (or a component, named as `input.totalCost.labour`) that is not a finite number
 * ≥ 0; `OUT_OF_RANGE` when the components' sum is too large for a number; `WRONG_TYPE`,
 * `NOT_FINITE`, `NOT_INTEGER`, `NEGATIVE` or `OUT_OF_RANGE` for an `input.incidents` that is not a
 * whole number from 0 to 2⁵³ − 1; `WRONG_TYPE` (`input`) when the input is not an object.
 *
 * @example
 * ```ts
 * import { costPerIncident } from 'service-metrics';
 *
 * costPerIncident({ totalCost: 72000, incidents: 1200 }); // => 60
 * costPerIncident({ totalCost: { labour: 52000, tools: 8000, overhead: 12000 }, incidents: 1200 }); // => 60
 * costPerIncident({ totalCost: { labour: 52000 }, incidents: 1200 }); // => 43.33
 * costPerIncident({ totalCost: 72000, incidents: 0 }); // => throws EMPTY
 * ```
 *
 * @see {@link https://www.itsmprofessor.net/2013/04/the-best-of-service-operation-part-1.html | ITSM Professor (2013): Cost per incident}
 * @see {@link https://www.metricnet.com/service-desk-cost-per-ticket-motm/ | MetricNet: Service desk cost per ticket}
 * @category Operations
 */
export function costPerIncident(input: CostPerIncidentInput): number {
  return costPerUnit('costPerIncident', input, 'incidents', 'at least one incident');
}
