import { checkFraction, checkInput, finiteResult } from '../internal/checks/customerInputs.js';
import { checkNonNegative } from '../internal/checks/validate.js';

/**
 * Purchase habits for {@link clvPurchases}.
 *
 * @category Customer
 */
export interface ClvPurchasesInput {
  /** Average value of one purchase (revenue per order), in any one currency; a finite number ≥ 0. */
  readonly averagePurchaseValue: number;
  /** Average purchases per customer per year; a finite number ≥ 0, fractions allowed (0.5 is one every two years). */
  readonly purchasesPerYear: number;
  /** Average number of years a customer keeps buying; a finite number ≥ 0, fractions allowed. */
  readonly lifespanYears: number;
  /**
   * The share of revenue kept as gross margin, a fraction from 0 to 1 (0.3 for 30 %). Leave it
   * out for a revenue-based CLV.
   * @defaultValue 1 (revenue-based: the result is lifetime revenue, not margin)
   */
  readonly grossMarginRate?: number;
}

/**
 * Customer lifetime value, **purchase-frequency variant**: average purchase value × purchases
 * per year × lifespan in years, optionally × gross margin rate.
 *
 * ## Formula
 * CLV = averagePurchaseValue × purchasesPerYear × lifespanYears × grossMarginRate
 *
 * ## Which variant, and when to use it
 * This is the practitioners' quick forecast, common in retail and e-commerce where orders are
 * repeat purchases rather than a contract: it needs only averages a shop already reports. It
 * neither discounts future money nor models the chance that a customer leaves early (the
 * lifespan is taken as given), so it flatters long lifespans; use the discounted
 * {@link clvMarginMultiple} or {@link clvDiscounted} when retention and the cost of capital
 * matter (subscriptions, horizons of several years). For what customers *have* been worth, use
 * {@link clvGrossMargin}.
 *
 * **Revenue or margin.** With the default `grossMarginRate` of 1 the result is lifetime
 * *revenue*, as many calculators report it; pass the margin rate (a fraction 0–1) for lifetime
 * gross margin, which is what can be set against acquisition cost. When only a retention
 * probability *r* per year is known, the expected lifespan is about 1 / (1 − *r*) years.
 *
 * Money is in any one currency, unconverted; the result is not rounded.
 *
 * @param input - Purchase value, frequency, lifespan and, optionally, the gross margin rate.
 * @returns Lifetime revenue (or gross margin, with `grossMarginRate`) per customer.
 * @throws {@link MetricInputError} `WRONG_TYPE`, `NOT_FINITE` or `NEGATIVE` for an
 * `input.averagePurchaseValue`, `input.purchasesPerYear` or `input.lifespanYears` that is not a
 * finite number ≥ 0; `WRONG_TYPE`, `NOT_FINITE` or `OUT_OF_RANGE` for an `input.grossMarginRate`
 * that is not a fraction from 0 to 1 (30 for 30 % is an error); `OUT_OF_RANGE` (`input`) when the
 * product overflows; `WRONG_TYPE` (`input`) when it is not an object.
 *
 * @example
 * ```ts
 * import { clvPurchases } from 'service-metrics';
 *
 * // 300 per order, 5 orders a year, for 2 years.
 * clvPurchases({ averagePurchaseValue: 300, purchasesPerYear: 5, lifespanYears: 2 }); // => 3000
 * clvPurchases({ averagePurchaseValue: 300, purchasesPerYear: 5, lifespanYears: 2, grossMarginRate: 0.4 }); // => 1200
 * clvPurchases({ averagePurchaseValue: 300, purchasesPerYear: 5, lifespanYears: 2, grossMarginRate: 40 }); // => throws OUT_OF_RANGE
 * ```
 *
 * @see {@link https://www.business2community.com/strategy/are-you-calculating-lifetime-value-wrong-02134121 | Business 2 Community: Are you calculating lifetime value wrong? (value of sale × transactions × retention period × profit margin)}
 * @see {@link https://figuredly.com/business-calculators/customer-lifetime-value-calculator/ | Figuredly: customer lifetime value calculator (order value × purchases per year × lifespan × gross margin; not discounted)}
 * @category Customer
 */
export function clvPurchases(input: ClvPurchasesInput): number {
  const metric = 'clvPurchases';
  const object = checkInput(metric, input);
  const value = checkNonNegative(metric, 'input.averagePurchaseValue', object['averagePurchaseValue']);
  const frequency = checkNonNegative(metric, 'input.purchasesPerYear', object['purchasesPerYear']);
  const years = checkNonNegative(metric, 'input.lifespanYears', object['lifespanYears']);
  const rawRate = object['grossMarginRate'];
  const rate = rawRate === undefined ? 1 : checkFraction(metric, 'input.grossMarginRate', rawRate);
  return finiteResult(metric, value * frequency * years * rate, input);
}
