import { percentageOfWhole } from '../internal/summaries/partOfWhole.js';

/**
 * The input of {@link escalationRate}: contacts handled and how many of them were escalated,
 * counted over the same period and the same queue.
 *
 * @category Operations
 */
export interface EscalationCounts {
  /** Contacts (or tickets) handled at the first level: a whole number ≥ 1. */
  readonly contacts: number;
  /**
   * How many of those contacts were escalated at least once (passed to a higher support tier,
   * a specialist or a manager): a whole number from 0 to `contacts`. Count each contact once,
   * however many times it was passed on.
   */
  readonly escalated: number;
}

/**
 * Escalation rate: the percentage of contacts the first level could not finish on its own and
 * passed to a higher tier, a specialist or a manager.
 *
 * ## Formula
 * escalation rate = 100 × escalated / contacts
 *
 * A percentage in 0–100, not rounded; lower is usually better, but a very low rate can also mean
 * that agents hold on to contacts they should pass on.
 *
 * ## Variants
 * - **Functional or hierarchical.** ITIL's incident management distinguishes *functional*
 *   escalation (to a group with more expertise: second or third line) from *hierarchical*
 *   escalation (to a manager with more authority). Contact centres often count only one of the
 *   two, or every transfer; there is no industry-wide definition, so say which one a report
 *   counts.
 * - **Contacts escalated, or escalations.** This function counts contacts escalated at least
 *   once, so the rate never exceeds 100 %. Counting every hand-off (a contact passed from tier 1
 *   to tier 2 to tier 3 counts twice) measures workload moved, not the share of contacts; it is
 *   not offered here.
 * - **Per contact or per ticket.** Dividing by tickets (issues) rather than contacts (calls,
 *   chats, emails) gives a higher rate when issues take several contacts; use the same unit in
 *   both counts.
 *
 * @param counts - Contacts handled and contacts escalated, whole numbers.
 * @returns The escalation rate in 0–100.
 * @throws {@link MetricInputError} `WRONG_TYPE`, `NOT_FINITE`, `NOT_INTEGER`, `NEGATIVE` or
 * `OUT_OF_RANGE` for a count that is not a whole number from 0 to 2⁵³ − 1 (`counts.contacts`,
 * `counts.escalated`); `INCONSISTENT` (`counts.escalated`) when it exceeds `contacts`; `EMPTY`
 * (`counts.contacts`) when it is 0; `WRONG_TYPE` (`counts`) when the input is not an object.
 *
 * @example
 * ```ts
 * import { escalationRate } from 'service-metrics';
 *
 * // 500 of 10,000 interactions escalated (Vitalogy's worked example).
 * escalationRate({ contacts: 10_000, escalated: 500 }); // => 5
 * escalationRate({ contacts: 3, escalated: 1 }); // => 33.33
 * escalationRate({ contacts: 0, escalated: 0 }); // => throws EMPTY
 * ```
 *
 * @see {@link https://www.vitalogy.cx/metrics/escalation-rate | Vitalogy: Escalation rate}
 * @see {@link http://itilfoundations.com/processes/incident-management/escalation/ | ITIL incident management: functional and hierarchic escalation}
 * @category Operations
 */
export function escalationRate(counts: EscalationCounts): number {
  return percentageOfWhole('escalationRate', counts, 'counts', 'contacts', 'escalated');
}
