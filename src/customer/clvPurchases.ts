import { checkFraction, checkInput, finiteResult } from '../internal/checks/customerInputs.js';
import { checkNonNegative } from '../internal/checks/validate.js';
import type { FromWarehouse } from '../types.js';

/**
 * Purchase habits for {@link clvPurchases}.
 *
 * @category Customer
 */
export interface ClvPurchasesInput {
  /** Average value of one purchase, in any one currency; finite, ≥ 0. */
  readonly averagePurchaseValue: number;
  /** Average purchases per customer per year; finite, ≥ 0, fractions allowed. */
  readonly purchasesPerYear: number;
  /** Average years a customer keeps buying (about 1 / (1 − r) for retention r per year); finite, ≥ 0. */
  readonly lifespanYears: number;
  /**
   * Share of revenue kept as gross margin, a fraction 0–1 (0.3, not 30).
   *
   * @defaultValue 1 (the result is lifetime revenue, not margin)
   */
  readonly grossMarginRate?: number;
}

/**
 * Customer lifetime value, **purchase-frequency variant**: purchase value × purchases per
 * year × lifespan, optionally × gross margin rate.
 *
 * ## Formula
 * ```math
 * \mathrm{CLV} = \text{averagePurchaseValue} \times \text{purchasesPerYear} \times \text{lifespanYears} \times \text{grossMarginRate}
 * ```
 * not rounded.
 *
 * ## Variants
 * The practitioners' quick forecast (retail, e-commerce): no discounting and no early leaving,
 * so it flatters long lifespans; use {@link clvMarginMultiple} or {@link clvDiscounted} when
 * retention and the cost of capital matter, {@link clvGrossMargin} for realised value. With the
 * default rate it is lifetime revenue; pass the margin rate for a margin to set against
 * acquisition cost.
 *
 * @param input - Purchase value, frequency, lifespan and, optionally, the gross margin rate.
 * @returns Lifetime revenue (or gross margin, with `grossMarginRate`) per customer.
 * @throws {@link MetricInputError} the common input checks (`OUT_OF_RANGE` (`input`) also when the product overflows).
 * @example
 * ```ts
 * import { clvPurchases } from 'service-metrics';
 * clvPurchases({ averagePurchaseValue: 300, purchasesPerYear: 5, lifespanYears: 2, grossMarginRate: 0.4 }); // => 1200
 * ```
 * @see {@link https://www.business2community.com/strategy/are-you-calculating-lifetime-value-wrong-02134121 | Business 2 Community: Are you calculating lifetime value wrong? (value of sale × transactions × retention period × profit margin)}
 * @see {@link https://figuredly.com/business-calculators/customer-lifetime-value-calculator/ | Figuredly: customer lifetime value calculator (order value × purchases per year × lifespan × gross margin; not discounted)}
 * @category Customer
 */
export function clvPurchases(input: FromWarehouse<ClvPurchasesInput>): number {
  const metric = 'clvPurchases';
  const object = checkInput(metric, input, ['averagePurchaseValue', 'purchasesPerYear', 'lifespanYears', 'grossMarginRate']);
  const value = checkNonNegative(metric, 'input.averagePurchaseValue', object['averagePurchaseValue']);
  const frequency = checkNonNegative(metric, 'input.purchasesPerYear', object['purchasesPerYear']);
  const years = checkNonNegative(metric, 'input.lifespanYears', object['lifespanYears']);
  const rawRate = object['grossMarginRate'];
  const rate = rawRate === undefined ? 1 : checkFraction(metric, 'input.grossMarginRate', rawRate);
  return finiteResult(metric, value * frequency * years * rate, input);
}
