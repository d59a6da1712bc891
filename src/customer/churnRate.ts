import { checkRetentionCounts } from '../internal/checks/customerInputs.js';
import { checkCount, checkObject, fail } from '../internal/checks/validate.js';
import type { RetentionCounts } from './retentionRate.js';

/**
 * Customers at the start of a period and how many of them left during it: the direct input of
 * {@link churnRate}.
 *
 * @category Customer
 */
export interface LostCustomerCounts {
  /** Customers at the start of the period, a whole number ≥ 1. */
  readonly customersAtStart: number;
  /**
   * Customers of the start base who left during the period, a whole number from 0 to
   * `customersAtStart`. Customers acquired *and* lost within the period are not counted.
   */
  readonly customersLost: number;
}

/**
 * What {@link churnRate} accepts: the counts of {@link retentionRate}, or customers at the
 * start and customers lost. Give one form or the other, not fields of both.
 *
 * @category Customer
 */
export type ChurnCounts = RetentionCounts | LostCustomerCounts;

/**
 * Customer churn rate: the percentage of the customers at the start of a period who left
 * during it.
 *
 * ## Formula
 * From customers lost: churn rate = 100 × lost / CS.
 *
 * From the counts of {@link retentionRate}: lost = CS − (CE − CN), so
 * churn rate = 100 × (CS − (CE − CN)) / CS = 100 − retention rate.
 *
 * CS is the number of customers at the start of the period, CE at its end and CN the customers
 * acquired during it. New customers are left out of both numerator and denominator: churn
 * measures the start base. The result is a percentage in 0–100, not rounded.
 *
 * ## Variants
 * - **The period.** As for {@link retentionRate}, monthly and annual churn are different
 *   numbers; state the period.
 * - **Average customers as the denominator.** Some subscription businesses divide by the
 *   average of the start and end counts, which moves with acquisition; this function divides
 *   by the start count.
 * - **Revenue churn** (lost recurring revenue / starting recurring revenue) is a different
 *   metric.
 * - **As a probability.** 1 − churn / 100 is the retention probability of
 *   {@link clvMarginMultiple}, and 100 / churn periods is the expected lifetime of a customer
 *   under constant churn.
 *
 * @param counts - `{ customersAtStart, customersLost }`, or
 * `{ customersAtStart, customersAtEnd, newCustomers }`: whole numbers, consistent with each
 * other.
 * @returns The churn rate in 0–100.
 * @throws {@link MetricInputError} `WRONG_TYPE`, `NOT_FINITE`, `NOT_INTEGER`, `NEGATIVE` or
 * `OUT_OF_RANGE` for a count that is not a whole number from 0 to 2⁵³ − 1 (naming it:
 * `counts.customersLost`…); `EMPTY` (`counts.customersAtStart`) when it is 0; `INCONSISTENT`
 * (`counts.customersLost`) when it exceeds `customersAtStart` or is given together with
 * `customersAtEnd` or `newCustomers`; otherwise the `INCONSISTENT` errors of {@link retentionRate};
 * `WRONG_TYPE` (`counts`) when it is not an object.
 *
 * @example
 * ```ts
 * import { churnRate, retentionRate } from 'service-metrics';
 *
 * churnRate({ customersAtStart: 500, customersLost: 50 }); // => 10
 * // 200 at the start, 190 at the end of whom 30 new: 40 of the 200 left.
 * churnRate({ customersAtStart: 200, customersAtEnd: 190, newCustomers: 30 }); // => 20
 * retentionRate({ customersAtStart: 200, customersAtEnd: 190, newCustomers: 30 }); // => 80
 * churnRate({ customersAtStart: 50, customersLost: 60 }); // => throws INCONSISTENT
 * ```
 *
 * @see {@link https://www.exprimere.net/en/faq-items/retention-rate/ | Exprimere: Customer Retention Rate ("churn rate, the inverse of retention rate")}
 * @see Farris, P. W., Bendle, N. T., Pfeifer, P. E., & Reibstein, D. J. (2010). *Marketing
 * Metrics: The Definitive Guide to Measuring Marketing Performance* (2nd ed.), ch. 5,
 * "Customer Profitability". Pearson.
 * @category Customer
 */
export function churnRate(counts: ChurnCounts): number {
  const metric = 'churnRate';
  const object = checkObject(metric, 'counts', counts);
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
