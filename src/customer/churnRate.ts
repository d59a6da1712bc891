import { checkRetentionCounts } from '../internal/checks/customerInputs.js';
import { checkAmounts, checkCount, fail } from '../internal/checks/validate.js';
import type { RetentionCounts } from './retentionRate.js';
import type { FromWarehouse } from '../types.js';

/**
 * Customers at the start of a period and how many of them left: one input form of {@link churnRate}.
 *
 * @category Customer
 */
export interface LostCustomerCounts {
  /** Customers at the start of the period, a whole number ≥ 1. */
  readonly customersAtStart: number;
  /** Of those, how many left during the period (0 to `customersAtStart`); new customers lost too are not counted. */
  readonly customersLost: number;
}

/**
 * What {@link churnRate} accepts: {@link RetentionCounts} or {@link LostCustomerCounts}, not fields of both.
 *
 * @category Customer
 */
export type ChurnCounts = RetentionCounts | LostCustomerCounts;

/**
 * Customer churn rate: the percentage of the customers at the start of a period who left during it.
 *
 * ## Formula
 * ```math
 * \text{churn} = 100 \times \frac{\text{lost}}{C_S} \quad\text{or}\quad 100 \times \frac{C_S - (C_E - C_N)}{C_S} = 100 - \text{retention}
 * ```
 * ({@link retentionRate}); new customers are left out. A percentage in 0–100, not rounded.
 *
 * ## Variants
 * State the period (monthly ≠ annual). Some divide by the average of start and end counts (this:
 * the start count). Revenue churn is another metric. 1 − churn / 100 is the retention
 * probability of {@link clvMarginMultiple}; 100 / churn periods, the expected lifetime.
 *
 * @param counts - `{ customersAtStart, customersLost }` or `{ customersAtStart, customersAtEnd, newCustomers }`.
 * @returns The churn rate in 0–100.
 * @throws {@link MetricInputError} the common input checks; `EMPTY` when `counts.customersAtStart`
 * is 0; `INCONSISTENT` when `counts.customersLost` exceeds it or comes with `customersAtEnd` or
 * `newCustomers`, and the `INCONSISTENT` cases of {@link retentionRate}.
 * @example
 * ```ts
 * import { churnRate } from 'service-metrics';
 * churnRate({ customersAtStart: 500, customersLost: 50 }); // => 10
 * // 190 at the end of whom 30 new: 40 of the 200 left.
 * churnRate({ customersAtStart: 200, customersAtEnd: 190, newCustomers: 30 }); // => 20
 * ```
 * @see {@link https://www.exprimere.net/en/faq-items/retention-rate/ | Exprimere: Customer Retention Rate ("churn rate, the inverse of retention rate")}
 * @see Farris, P. W., Bendle, N. T., Pfeifer, P. E., & Reibstein, D. J. (2010). *Marketing
 * Metrics* (2nd ed.), ch. 5, "Customer Profitability". Pearson.
 * @category Customer
 */
export function churnRate(counts: FromWarehouse<ChurnCounts>): number {
  const metric = 'churnRate';
  const object = checkAmounts(metric, 'counts', counts, ['customersAtStart', 'customersAtEnd', 'newCustomers', 'customersLost']);
  let customersAtStart: number;
  let lost: number;
  if (object['customersLost'] === undefined) {
    const checked = checkRetentionCounts(metric, 'counts', object);
    customersAtStart = checked.customersAtStart;
    lost = customersAtStart - checked.retained;
  } else {
    if (object['customersAtEnd'] !== undefined || object['newCustomers'] !== undefined) {
      fail(
        metric,
        'counts.customersLost',
        'INCONSISTENT',
        'given alone with customersAtStart, or replaced by customersAtEnd and newCustomers, not both',
        object['customersLost'],
      );
    }
    customersAtStart = checkCount(metric, 'counts.customersAtStart', object['customersAtStart']);
    lost = checkCount(metric, 'counts.customersLost', object['customersLost']);
    if (customersAtStart === 0) {
      fail(metric, 'counts.customersAtStart', 'EMPTY', 'at least 1 (no customers at the start of the period)', customersAtStart);
    }
    if (lost > customersAtStart) {
      fail(metric, 'counts.customersLost', 'INCONSISTENT', `at most customersAtStart (${String(customersAtStart)})`, lost);
    }
  }
  // Whole numbers below 2⁵³ / 100: 100 × lost is exact, so the one division rounds correctly.
  return (100 * lost) / customersAtStart;
}
