import { percentageOfWhole } from '../internal/summaries/partOfWhole.js';

/**
 * The input of {@link unresolvedComplaintRate}: complaints received and how many of them were
 * not resolved.
 *
 * @category Operations
 */
export interface UnresolvedComplaintCounts {
  /** Complaints received in the period: a whole number ≥ 1. */
  readonly complaints: number;
  /**
   * How many of those complaints were not resolved (still open at the end of the period, or not
   * resolved within the deadline a report uses): a whole number from 0 to `complaints`.
   */
  readonly unresolved: number;
}

/**
 * Unresolved-complaint rate: the percentage of complaints received that were not resolved.
 *
 * ## Formula
 * unresolved-complaint rate = 100 × unresolved / complaints
 *
 * A percentage in 0–100, not rounded; the complaint resolution rate is 100 minus it.
 *
 * ## Variants
 * - **Unresolved by when.** Open at the end of the period, or not resolved within a deadline:
 *   the FCA publishes the share of complaints closed within 3 business days and within 8 weeks,
 *   the deadline for a firm's final response. Count `unresolved` against the deadline a report
 *   states, over complaints received in the same period (not complaints closed, which may have
 *   been received earlier).
 * - **Resolved, or resolved to the customer's satisfaction.** Some programmes count a
 *   complaint as resolved only when the customer accepts the response (the FCA's definition) or
 *   says they are satisfied; others when the firm closes it.
 * - **Per customer rather than per complaint.** Unresolved complaints per 1,000 customers is
 *   {@link complaintRate} with the unresolved count as `complaints`.
 *
 * @param counts - Complaints received and complaints unresolved, whole numbers.
 * @returns The unresolved-complaint rate in 0–100.
 * @throws {@link MetricInputError} `WRONG_TYPE`, `NOT_FINITE`, `NOT_INTEGER`, `NEGATIVE` or
 * `OUT_OF_RANGE` for a count that is not a whole number from 0 to 2⁵³ − 1 (`counts.complaints`,
 * `counts.unresolved`); `INCONSISTENT` (`counts.unresolved`) when it exceeds `complaints`; `EMPTY`
 * (`counts.complaints`) when it is 0; `WRONG_TYPE` (`counts`) when the input is not an object.
 *
 * @example
 * ```ts
 * import { unresolvedComplaintRate } from 'service-metrics';
 *
 * // 40 complaints received, 10 still open at the end of the month.
 * unresolvedComplaintRate({ complaints: 40, unresolved: 10 }); // => 25
 * unresolvedComplaintRate({ complaints: 472, unresolved: 3 }); // => 0.64
 * unresolvedComplaintRate({ complaints: 0, unresolved: 0 }); // => throws EMPTY
 * ```
 *
 * @see {@link https://www.fca.org.uk/data/complaints-data/aggregate-complaints-data/technical-information | FCA: Complaints data, technical information}
 * @see {@link http://www.fca.org.uk/firms/systems-reporting/complaints-data | FCA: Complaints data (how a complaint is resolved)}
 * @category Operations
 */
export function unresolvedComplaintRate(counts: UnresolvedComplaintCounts): number {
  return percentageOfWhole('unresolvedComplaintRate', counts, 'counts', 'complaints', 'unresolved');
}
