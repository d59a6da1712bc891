import { percentageOfWhole } from '../internal/summaries/partOfWhole.js';
import type { FromWarehouse } from '../types.js';

/** The input of {@link conversionRate}: sales contacts and those that converted. @category Operations */
export interface ConversionCounts {
  /** Contacts that were sales opportunities (sales, retention or collections calls, leads worked): a whole number ≥ 1. */
  readonly contacts: number;
  /** Contacts that ended in the outcome sought (a sale, a booking, a save, a payment promise), each counted once: 0 to `contacts`. */
  readonly conversions: number;
}

/**
 * Conversion rate: the percentage of sales contacts that ended in a sale (or the outcome the
 * queue exists for: a booking, a retained customer, a payment).
 *
 * ## Formula
 * conversion rate = 100 × conversions / contacts, a percentage in 0–100
 *
 * ## Variants
 * - **Gross or net**: gross divides by every contact; net only by contacts that could convert,
 *   leaving out wrong numbers and service questions (ICMI, 2007), which suits incentive schemes.
 *   For net, pass only the relevant contacts.
 * - **Per contact, per lead or per dial**: outbound campaigns may divide by leads or dials; a
 *   close rate per live conversation is higher than a rate per dial. Say which.
 * - **Conversions, not revenue**: revenue per contact measures value, not conversion.
 *
 * @param counts - Sales contacts and conversions.
 * @returns The conversion rate in 0–100.
 * @throws {@link MetricInputError} the common input checks; `INCONSISTENT` when
 * `counts.conversions` > `contacts`; `EMPTY` when `counts.contacts` is 0.
 *
 * @example
 * ```ts
 * import { conversionRate } from 'service-metrics';
 *
 * // A hotel reservations centre: 20 reservations from 100 calls (ICMI QueueTips, 2007).
 * conversionRate({ contacts: 100, conversions: 20 }); // => 20
 * conversionRate({ contacts: 5, conversions: 6 }); // => throws INCONSISTENT
 * ```
 *
 * @see {@link https://www.icmi.com/Resources/QueueTips/2007/May/Definition-of-Conversion-Rate | ICMI QueueTips (2007): Definition of conversion rate}
 * @category Operations
 */
export function conversionRate(counts: FromWarehouse<ConversionCounts>): number {
  return percentageOfWhole('conversionRate', counts, 'counts', 'contacts', 'conversions');
}
