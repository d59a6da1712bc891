import { checkInput, finiteResult } from '../internal/checks/customerInputs.js';
import { checkCount, checkFinite, fail } from '../internal/checks/validate.js';

/**
 * Totals for {@link clvGrossMargin}.
 *
 * @category Customer
 */
export interface ClvGrossMarginInput {
  /**
   * Total gross margin (revenue minus the direct cost of serving) earned from the customers
   * over the time they have been customers, in any one currency. A finite number; it may be
   * negative when the customers cost more than they brought.
   */
  readonly grossMargin: number;
  /** The customers it was earned from, a whole number ≥ 1. */
  readonly customers: number;
}

/**
 * Customer lifetime value, **historical average variant**: the gross margin a customer has
 * brought on average, total gross margin ÷ customers.
 *
 * ## Formula
 * CLV = grossMargin / customers
 *
 * ## Which variant, and when to use it
 * This is the simplest CLV and the only one here that looks backward: what the customers of a
 * closed cohort (or of all time) have been worth, with no forecast, no retention model and no
 * discounting. Use it to report realised value, or to check a forecast against what happened.
 * To forecast, use {@link clvPurchases} (undiscounted, from purchase habits),
 * {@link clvMarginMultiple} (discounted, infinite horizon) or {@link clvDiscounted}
 * (discounted, finite horizon). Margins from customers who are still active understate their
 * lifetime value: their lifetime is not over.
 *
 * Money is in any one currency, unconverted; the result is not rounded.
 *
 * @param input - Total gross margin and the number of customers it came from.
 * @returns The average gross margin per customer, in the currency of `grossMargin`.
 * @throws {@link MetricInputError} `WRONG_TYPE` or `NOT_FINITE` for an `input.grossMargin` that is
 * not a finite number; `WRONG_TYPE`, `NOT_FINITE`, `NOT_INTEGER`, `NEGATIVE` or `OUT_OF_RANGE` for
 * an `input.customers` that is not a whole number from 0 to 2⁵³ − 1, and `EMPTY` when it is 0;
 * `WRONG_TYPE` (`input`) when it is not an object.
 *
 * @example
 * ```ts
 * import { clvGrossMargin } from 'service-metrics';
 *
 * clvGrossMargin({ grossMargin: 1_250_000, customers: 5000 }); // => 250
 * clvGrossMargin({ grossMargin: -900, customers: 12 }); // => -75
 * clvGrossMargin({ grossMargin: 100, customers: 0 }); // => throws EMPTY
 * ```
 *
 * @see Gupta, S., & Lehmann, D. R. (2003). Customers as assets. *Journal of Interactive
 * Marketing*, 17(1), 9–24 (their average margin per customer, annual revenue minus operating
 * expenses divided by the number of customers, is the input of a forward-looking CLV such as
 * {@link clvMarginMultiple}; this function is the historical average alone).
 * @see Farris, P. W., Bendle, N. T., Pfeifer, P. E., & Reibstein, D. J. (2010). *Marketing
 * Metrics: The Definitive Guide to Measuring Marketing Performance* (2nd ed.),
 * ch. 5, "Customer Profitability". Pearson.
 * @category Customer
 */
export function clvGrossMargin(input: ClvGrossMarginInput): number {
  const metric = 'clvGrossMargin';
  const object = checkInput(metric, input);
  const grossMargin = checkFinite(metric, 'input.grossMargin', object['grossMargin']);
  const customers = checkCount(metric, 'input.customers', object['customers']);
  if (customers === 0) fail(metric, 'input.customers', 'EMPTY', 'at least 1 customer', customers);
  return finiteResult(metric, grossMargin / customers, input);
}
