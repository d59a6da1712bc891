import { checkRetentionCounts } from '../internal/checks/customerInputs.js';
import { checkAmounts } from '../internal/checks/validate.js';
import type { FromWarehouse } from '../types.js';

/**
 * Customer counts over one period (from a CRM or a warehouse): the input of {@link retentionRate}.
 *
 * @category Customer
 */
export interface RetentionCounts {
  /** CS: customers at the start of the period, a whole number ≥ 1. */
  readonly customersAtStart: number;
  /** CE: customers at the end, new ones included; a whole number ≥ `newCustomers`. */
  readonly customersAtEnd: number;
  /** CN: customers acquired during the period, a whole number ≥ 0. */
  readonly newCustomers: number;
}

/**
 * Customer retention rate: the percentage of the customers at the start of a period still there at its end.
 *
 * ## Formula
 * ```math
 * \text{retention} = 100 \times \frac{C_E - C_N}{C_S}
 * ```
 * a percentage in 0–100, not rounded; {@link churnRate} is 100 − retention.
 *
 * ## Variants
 * - **Period.** Monthly and annual rates differ (annual ≈ 100 × (m / 100)¹², not 12 × m): state it.
 * - **Start cohort only** (CE − CN undercounts when new customers left): survivors as CE, CN = 0.
 * - **Customers at risk** (Farris et al., contracts): pass the counts of contracts up for renewal.
 * - **Revenue retention** (GRR, NRR, which can exceed 100 %) is a different metric.
 * - **For CLV**, {@link clvMarginMultiple}'s retention probability is this / 100.
 *
 * @param counts - CS, CE and CN, consistent with each other.
 * @returns The retention rate in 0–100.
 * @throws {@link MetricInputError} the common input checks; `EMPTY` when `counts.customersAtStart` is
 * 0; `INCONSISTENT` when `counts.newCustomers` > `customersAtEnd` or CE − CN > `customersAtStart`.
 * @example
 * ```ts
 * import { retentionRate } from 'service-metrics';
 * // 200 customers at the start, 190 at the end of whom 30 are new: 160 of 200 stayed.
 * retentionRate({ customersAtStart: 200, customersAtEnd: 190, newCustomers: 30 }); // => 80
 * ```
 * @see {@link https://www.exprimere.net/en/faq-items/retention-rate/ | Exprimere: Customer Retention Rate, ((E − N) / S) × 100}
 * @see Farris, P. W., Bendle, N. T., Pfeifer, P. E., & Reibstein, D. J. (2010). *Marketing
 * Metrics* (2nd ed.), ch. 5, "Customer Profitability". Pearson.
 * @category Customer
 */
export function retentionRate(counts: FromWarehouse<RetentionCounts>): number {
  const metric = 'retentionRate';
  const { customersAtStart, retained } = checkRetentionCounts(metric, 'counts', checkAmounts(metric, 'counts', counts, ['customersAtStart', 'customersAtEnd', 'newCustomers']));
  // Whole numbers below 2⁵³ / 100: 100 × retained is exact, so the one division rounds correctly.
  return (100 * retained) / customersAtStart;
}
