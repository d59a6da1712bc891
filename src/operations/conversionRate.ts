import { percentageOfWhole } from '../internal/summaries/partOfWhole.js';

/**
 * The input of {@link conversionRate}: sales opportunities handled and how many of them ended
 * in the outcome sought.
 *
 * @category Operations
 */
export interface ConversionCounts {
  /**
   * Contacts that were sales opportunities (calls or chats handled in a sales, retention or
   * collections queue, leads worked): a whole number ≥ 1.
   */
  readonly contacts: number;
  /**
   * How many of those contacts ended in the outcome sought (a sale, a booking, a save, a
   * payment promise): a whole number from 0 to `contacts`. Count a contact once, however many
   * items it sold.
   */
  readonly conversions: number;
}

/**
 * Conversion rate: the percentage of sales contacts that ended in a sale (or whatever outcome
 * the queue exists for: a booking, a retained customer, a payment).
 *
 * ## Formula
 * conversion rate = 100 × conversions / contacts
 *
 * A percentage in 0–100, not rounded.
 *
 * ## Variants
 * - **Gross or net.** Gross conversion divides by every contact handled; net conversion divides
 *   only by relevant contacts, leaving out calls that could never convert (wrong numbers,
 *   service questions in a sales queue, prank calls), which suits agents' incentive schemes
 *   (ICMI, 2007). For the net rate, give only the relevant contacts as `contacts`.
 * - **Per contact, per lead or per dial.** Outbound campaigns may divide by leads used or by
 *   dials rather than by contacts reached; those are different rates (a "close rate" per live
 *   conversation is higher than a rate per dial). Say which denominator a report uses.
 * - **Count of conversions, not revenue.** Revenue per contact or per hour measures value, not
 *   conversion.
 *
 * @param counts - Sales contacts and conversions, whole numbers.
 * @returns The conversion rate in 0–100.
 * @throws {@link MetricInputError} `WRONG_TYPE`, `NOT_FINITE`, `NOT_INTEGER`, `NEGATIVE` or
 * `OUT_OF_RANGE` for a count that is not a whole number from 0 to 2⁵³ − 1 (`counts.contacts`,
 * `counts.conversions`); `INCONSISTENT` (`counts.conversions`) when it exceeds `contacts`; `EMPTY`
 * (`counts.contacts`) when it is 0; `WRONG_TYPE` (`counts`) when the input is not an object.
 *
 * @example
 * ```ts
 * import { conversionRate } from 'service-metrics';
 *
 * // A hotel reservations centre: 20 reservations from 100 calls (ICMI QueueTips, 2007).
 * conversionRate({ contacts: 100, conversions: 20 }); // => 20
 * conversionRate({ contacts: 50, conversions: 5 }); // => 10
 * conversionRate({ contacts: 5, conversions: 6 }); // => throws INCONSISTENT
 * ```
 *
 * @see {@link http://www.icmi.com/Resources/QueueTips/2007/May/Definition-of-Conversion-Rate | ICMI QueueTips (2007): Definition of conversion rate}
 * @category Operations
 */
export function conversionRate(counts: ConversionCounts): number {
  return percentageOfWhole('conversionRate', counts, 'counts', 'contacts', 'conversions');
}
