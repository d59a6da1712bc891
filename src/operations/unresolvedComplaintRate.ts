import { percentageOfWhole } from '../internal/summaries/partOfWhole.js';
import type { FromWarehouse } from '../types.js';

/** The input of {@link unresolvedComplaintRate}: complaints received and how many were not resolved. @category Operations */
export interface UnresolvedComplaintCounts {
  /** Complaints received in the period: a whole number ≥ 1. */
  readonly complaints: number;
  /** Of those, not resolved (open at period end, or past the report's deadline): 0 to `complaints`. */
  readonly unresolved: number;
}

/**
 * Unresolved-complaint rate: the percentage of complaints received that were not resolved;
 * the complaint resolution rate is 100 minus it.
 *
 * ## Formula
 * unresolved-complaint rate = 100 × unresolved / complaints, a percentage in 0–100
 *
 * ## Variants
 * - **Unresolved by when**: at the period's end, or past a deadline (the FCA publishes the
 *   share closed within 3 business days and within 8 weeks, the final-response deadline).
 *   Count over complaints *received* in the period, not those closed.
 * - **Resolved, or to the customer's satisfaction**: some count a complaint resolved only when
 *   the customer accepts the response (the FCA) or is satisfied; others when the firm closes it.
 * - **Per customer**: {@link complaintRate} with the unresolved count as `complaints`.
 *
 * @param counts - Complaints received and complaints unresolved.
 * @returns The unresolved-complaint rate in 0–100.
 * @throws {@link MetricInputError} the common input checks; `INCONSISTENT` when
 * `counts.unresolved` > `complaints`; `EMPTY` when `counts.complaints` is 0.
 *
 * @example
 * ```ts
 * import { unresolvedComplaintRate } from 'service-metrics';
 *
 * // 40 complaints received, 10 still open at the end of the month.
 * unresolvedComplaintRate({ complaints: 40, unresolved: 10 }); // => 25
 * ```
 *
 * @see {@link https://www.fca.org.uk/data/complaints-data/aggregate-complaints-data/technical-information | FCA: Complaints data, technical information}
 * @see {@link https://www.fca.org.uk/firms/systems-reporting/complaints-data | FCA: Complaints data (how a complaint is resolved)}
 * @category Operations
 */
export function unresolvedComplaintRate(counts: FromWarehouse<UnresolvedComplaintCounts>): number {
  return percentageOfWhole('unresolvedComplaintRate', counts, 'counts', 'complaints', 'unresolved');
}
