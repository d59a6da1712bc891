import { checkInput, finiteResult } from '../internal/checks/customerInputs.js';
import { checkCount, checkFinite, fail } from '../internal/checks/validate.js';
import type { FromWarehouse } from '../types.js';

/**
 * Totals for {@link clvGrossMargin}.
 *
 * @category Customer
 */
export interface ClvGrossMarginInput {
  /** Total gross margin (revenue − direct cost of serving) earned from the customers; finite, may be negative. */
  readonly grossMargin: number;
  /** The customers it was earned from, a whole number ≥ 1. */
  readonly customers: number;
}

/**
 * Customer lifetime value, **historical average variant**: gross margin ÷ customers.
 *
 * ## Formula
 * ```math
 * \mathrm{CLV} = \frac{\text{grossMargin}}{\text{customers}}
 * ```
 * in the currency of `grossMargin`, not rounded.
 *
 * ## Variants
 * The only backward-looking CLV here: realised value of a closed cohort, no forecast or
 * discounting (active customers' lifetimes are not over, so it understates them). To forecast:
 * {@link clvPurchases}, {@link clvMarginMultiple} or {@link clvDiscounted}.
 *
 * @param input - Total gross margin and the number of customers it came from.
 * @returns The average gross margin per customer.
 * @throws {@link MetricInputError} the common input checks; `EMPTY` when `input.customers` is 0.
 * @example
 * ```ts
 * import { clvGrossMargin } from 'service-metrics';
 * clvGrossMargin({ grossMargin: 1_250_000, customers: 5000 }); // => 250
 * ```
 * @see Gupta, S., & Lehmann, D. R. (2003). Customers as assets. *Journal of Interactive
 * Marketing*, 17(1), 9–24 (average margin per customer, the input of {@link clvMarginMultiple}).
 * @see Farris, P. W., Bendle, N. T., Pfeifer, P. E., & Reibstein, D. J. (2010). *Marketing
 * Metrics* (2nd ed.), ch. 5, "Customer Profitability". Pearson.
 * @category Customer
 */
export function clvGrossMargin(input: FromWarehouse<ClvGrossMarginInput>): number {
  const metric = 'clvGrossMargin';
  const object = checkInput(metric, input, ['grossMargin', 'customers']);
  const grossMargin = checkFinite(metric, 'input.grossMargin', object['grossMargin']);
  const customers = checkCount(metric, 'input.customers', object['customers']);
  if (customers === 0) fail(metric, 'input.customers', 'EMPTY', 'at least 1 customer', customers);
  return finiteResult(metric, grossMargin / customers, input);
}
