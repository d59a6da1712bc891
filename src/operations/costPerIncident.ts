import { costPerUnit } from '../internal/summaries/costPerUnit.js';
import type { CostBreakdown } from './CostBreakdown.js';
import type { FromWarehouse } from '../types.js';

/** The input of {@link costPerIncident}: a period's support cost and the incidents handled in it. @category Operations */
export interface CostPerIncidentInput {
  /** The support cost over the period, in one currency: a number ≥ 0 or a {@link CostBreakdown}. */
  readonly totalCost: number | CostBreakdown;
  /** Incidents handled in the same period: a whole number ≥ 1. */
  readonly incidents: number;
}

/**
 * Cost per incident: the support cost of a period divided by the incidents handled in it, in
 * the currency of `totalCost` (a {@link CostBreakdown} is added up first).
 *
 * ## Formula
 * cost per incident = totalCost / incidents
 *
 * ## Variants
 * - **Fully loaded or direct**: MetricNet's benchmarks take the full operating expense (agents'
 *   and indirect staff's pay, technology, telecom, facilities, travel, training, supplies);
 *   agents' labour alone is much lower. Compare on one cost base.
 * - **Per incident** (unplanned interruptions, as ITIL counts them; ITSM Professor); service
 *   requests cost more, so per ticket (MetricNet), per resolved ticket ({@link costPerTicket})
 *   or per contact differ. Cost and count over one period (MetricNet: a month).
 *
 * @param input - `totalCost` (a number or a breakdown) and `incidents`.
 * @returns The cost of one incident.
 * @throws {@link MetricInputError} the common input checks (a component named as
 * `input.totalCost.labour`); `EMPTY` when `input.incidents` is 0 or the breakdown is empty.
 *
 * @example
 * ```ts
 * import { costPerIncident } from 'service-metrics';
 *
 * costPerIncident({ totalCost: { labour: 52000, tools: 8000, overhead: 12000 }, incidents: 1200 }); // => 60
 * costPerIncident({ totalCost: { labour: 52000 }, incidents: 1200 }); // => 43.33
 * ```
 *
 * @see {@link https://www.itsmprofessor.net/2013/04/the-best-of-service-operation-part-1.html | ITSM Professor (2013): Cost per incident}
 * @see {@link https://www.metricnet.com/service-desk-cost-per-ticket-motm/ | MetricNet: Service desk cost per ticket}
 * @category Operations
 */
export function costPerIncident(input: FromWarehouse<CostPerIncidentInput>): number {
  return costPerUnit('costPerIncident', input, 'incidents', 'at least one incident');
}
