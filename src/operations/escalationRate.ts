import { percentageOfWhole } from '../internal/summaries/partOfWhole.js';
import type { FromWarehouse } from '../types.js';

/** The input of {@link escalationRate}: contacts handled and escalated, over one period and queue. @category Operations */
export interface EscalationCounts {
  /** Contacts (or tickets) handled at the first level: a whole number ≥ 1. */
  readonly contacts: number;
  /** Contacts escalated at least once (to a higher tier, a specialist or a manager), each counted once: 0 to `contacts`. */
  readonly escalated: number;
}

/**
 * Escalation rate: the percentage of contacts the first level passed to a higher tier, a
 * specialist or a manager. Lower is usually better; a very low rate can also mean agents hold
 * on to contacts they should pass on.
 *
 * ## Formula
 * escalation rate = 100 × escalated / contacts, a percentage in 0–100
 *
 * ## Variants
 * - **Functional or hierarchical** (ITIL): to a more expert group (second or third line), or to
 *   a manager. Centres count one, both or every transfer; there is no common definition, so say
 *   which.
 * - **Contacts escalated, not escalations**: a contact counts once, so the rate never exceeds
 *   100 %; counting every hand-off measures workload moved (not offered).
 * - **Per contact or per ticket**: per ticket is higher when issues take several contacts; use
 *   one unit in both counts.
 *
 * @param counts - Contacts handled and contacts escalated.
 * @returns The escalation rate in 0–100.
 * @throws {@link MetricInputError} the common input checks; `INCONSISTENT` when
 * `counts.escalated` > `contacts`; `EMPTY` when `counts.contacts` is 0.
 *
 * @example
 * ```ts
 * import { escalationRate } from 'service-metrics';
 *
 * // 500 of 10,000 interactions escalated (Vitalogy's worked example).
 * escalationRate({ contacts: 10_000, escalated: 500 }); // => 5
 * escalationRate({ contacts: 0, escalated: 0 }); // => throws EMPTY
 * ```
 *
 * @see {@link https://www.vitalogy.cx/metrics/escalation-rate | Vitalogy: Escalation rate}
 * @see {@link https://www.activexperts.com/admin/itil/processes/incident-management/escalation/ | ITIL incident management: functional and hierarchic escalation} (ActiveXperts' ITIL pages, formerly itilfoundations.com)
 * @category Operations
 */
export function escalationRate(counts: FromWarehouse<EscalationCounts>): number {
  return percentageOfWhole('escalationRate', counts, 'counts', 'contacts', 'escalated');
}
