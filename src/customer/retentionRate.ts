import { checkRetentionCounts } from '../internal/checks/customerInputs.js';
import { checkObject } from '../internal/checks/validate.js';

/**
 * Customer counts over one period, as from a CRM or a warehouse query: the inputs of
 * {@link retentionRate} and of one form of {@link churnRate}.
 *
 * @category Customer
 */
export interface RetentionCounts {
  /** CS: customers at the start of the period, a whole number ≥ 1. */
  readonly customersAtStart: number;
  /** CE: customers at the end of the period, new ones included; a whole number ≥ `newCustomers`. */
  readonly customersAtEnd: number;
  /** CN: customers acquired during the period, a whole number ≥ 0. */
  readonly newCustomers: number;
}

/**
 * Customer retention rate: the percentage of the customers at the start of a period who are
 * still customers at its end.
 *
 * ## Formula
 * retention rate = 100 × (CE − CN) / CS
 *
 * where CS is the number of customers at the start of the period, CE at its end and CN the
 * customers acquired during it, so that CE − CN is the customers of the start base who stayed.
 * This is the widely used customer retention rate formula ((E − N) / S) × 100. The result is a
 * percentage in 0–100, not rounded; {@link churnRate} is its complement (100 − retention).
 *
 * ## Variants
 * - **The period.** Monthly, quarterly and annual rates are different numbers and are not
 *   comparable: with a steady monthly rate of m %, the annual rate is about 100 × (m / 100)¹²,
 *   not 12 × m. Always state the period next to the rate.
 * - **Start cohort only.** CE − CN undercounts the customers kept when some customers acquired
 *   during the period have already left by its end (they are in CN but not in CE), so for long
 *   periods or high early churn some teams count only the start cohort: how many of the CS
 *   customers are still there. To compute that, pass the cohort's survivors as `customersAtEnd`
 *   and `newCustomers: 0`.
 * - **Customers at risk.** In contractual businesses Farris et al. divide by the customers
 *   whose contract came up for renewal in the period, not by all customers; pass those counts.
 * - **Revenue retention is a different metric.** Gross revenue retention (GRR) and net revenue
 *   retention (NRR, or net dollar retention) measure recurring revenue kept from the start
 *   cohort, with contraction and (for NRR) expansion; NRR can exceed 100 %. They are not this
 *   function.
 * - **As a probability for CLV.** The retention probability of {@link clvMarginMultiple} and
 *   {@link clvDiscounted} is a fraction: divide this result by 100.
 *
 * @param counts - Whole numbers ≥ 0: CS (at least 1), CE and CN, consistent with each other.
 * @returns The retention rate in 0–100.
 * @throws {@link MetricInputError} `WRONG_TYPE`, `NOT_FINITE`, `NOT_INTEGER`, `NEGATIVE` or
 * `OUT_OF_RANGE` for a count that is not a whole number from 0 to 2⁵³ − 1 (naming it:
 * `counts.customersAtStart`…); `EMPTY` (`counts.customersAtStart`) when it is 0; `INCONSISTENT`
 * (`counts.newCustomers`) when it exceeds `customersAtEnd`, and (`counts.customersAtEnd`) when the
 * customers kept (CE − CN) exceed `customersAtStart`; `WRONG_TYPE` (`counts`) when it is not an
 * object.
 *
 * @example
 * ```ts
 * import { retentionRate } from 'service-metrics';
 *
 * // 200 customers at the start, 190 at the end of whom 30 are new: 160 of 200 stayed.
 * retentionRate({ customersAtStart: 200, customersAtEnd: 190, newCustomers: 30 }); // => 80
 * retentionRate({ customersAtStart: 3, customersAtEnd: 2, newCustomers: 0 }); // => 66.67
 * retentionRate({ customersAtStart: 0, customersAtEnd: 5, newCustomers: 5 }); // => throws EMPTY
 * // Nobody stayed: the 6 at the end are all new.
 * retentionRate({ customersAtStart: 10, customersAtEnd: 6, newCustomers: 6 }); // => 0
 * retentionRate({ customersAtStart: 10, customersAtEnd: 4, newCustomers: 7 }); // => throws INCONSISTENT
 * ```
 *
 * @see {@link https://www.exprimere.net/en/faq-items/retention-rate/ | Exprimere: Customer Retention Rate, ((E − N) / S) × 100}
 * @see Farris, P. W., Bendle, N. T., Pfeifer, P. E., & Reibstein, D. J. (2010). *Marketing
 * Metrics: The Definitive Guide to Measuring Marketing Performance* (2nd ed.), ch. 5,
 * "Customer Profitability". Pearson.
 * @category Customer
 */
export function retentionRate(counts: RetentionCounts): number {
  const metric = 'retentionRate';
  const { customersAtStart, retained } = checkRetentionCounts(metric, 'counts', checkObject(metric, 'counts', counts));
  // Whole numbers below 2⁵³ / 100: 100 × retained is exact, so the one division rounds correctly.
  return (100 * retained) / customersAtStart;
}
