import { checkClvTerms, checkInput, finiteResult } from '../internal/checks/customerInputs.js';
import { checkCount } from '../internal/checks/validate.js';
import type { ClvMarginMultipleInput } from './clvMarginMultiple.js';
import type { FromWarehouse } from '../types.js';

/**
 * The inputs of {@link clvDiscounted}: those of {@link clvMarginMultiple} and a horizon.
 *
 * @category Customer
 */
export interface ClvDiscountedInput extends ClvMarginMultipleInput {
  /** T: the number of periods to sum over, a whole number ≥ 0 (0 gives 0). */
  readonly periods: number;
}

/**
 * Customer lifetime value, **finite-horizon discounted variant**: the present value of a
 * constant margin, kept with a constant retention probability, over T periods.
 *
 * ## Formula
 * ```math
 * \mathrm{CLV} = \sum_{t=1}^{T} \frac{m\, r^t}{(1 + d)^t} = m\, q\, \frac{1 - q^T}{1 - q}, \qquad q = \frac{r}{1 + d}
 * ```
 * Gupta and Lehmann's (2003) sum stopped after T periods, with the timing of
 * {@link clvMarginMultiple}, to which it rises as T grows. r = 1 is accepted even with d = 0
 * (the annuity m × (1 − (1 + d)^−T) / d, or m × T). Money in any one currency, not rounded.
 *
 * ## Variants
 * For a known horizon (a contract term); else {@link clvMarginMultiple}, {@link clvPurchases}, {@link clvGrossMargin}.
 *
 * @param input - Margin, retention probability, discount rate and periods, all per the same period.
 * @returns The customer's value over the T periods, in the currency of `marginPerPeriod`.
 * @throws {@link MetricInputError} the common input checks (`OUT_OF_RANGE` (`input`) also when the value overflows).
 * @example
 * ```ts
 * import { clvDiscounted } from 'service-metrics';
 * // 100 a year, 80 % retention, 10 % discount: 100 × (0.8/1.1 + 0.8²/1.1² + 0.8³/1.1³).
 * clvDiscounted({ marginPerPeriod: 100, retentionProbability: 0.8, discountRate: 0.1, periods: 3 }); // => 164.09
 * // Everyone stays and nothing is discounted: 100 × 12.
 * clvDiscounted({ marginPerPeriod: 100, retentionProbability: 1, discountRate: 0, periods: 12 }); // => 1200
 * ```
 * @see {@link https://doi.org/10.1002/dir.10045 | Gupta, S., & Lehmann, D. R. (2003). Customers as assets. Journal of Interactive Marketing, 17(1), 9–24}
 * @see Gupta, S., Lehmann, D. R., & Stuart, J. A. (2004). Valuing customers. *Journal of
 * Marketing Research*, 41(1), 7–18.
 * @category Customer
 */
export function clvDiscounted(input: FromWarehouse<ClvDiscountedInput>): number {
  const metric = 'clvDiscounted';
  const object = checkInput(metric, input, ['marginPerPeriod', 'retentionProbability', 'discountRate', 'periods']);
  const { margin, retention, discount } = checkClvTerms(metric, 'input', object);
  const periods = checkCount(metric, 'input.periods', object['periods']);
  if (periods === 0 || retention === 0) return 0;
  // 1 + d − r as (1 − r) + d, as in clvMarginMultiple. It is ≥ 2⁻⁵³ when r < 1, so it is
  // tiny only when r = 1 and d is tiny (or 0).
  const denominator = 1 - retention + discount;
  if (periods * denominator < 1e-17) {
    // r = 1 and T × d < 1e-17, so d < 1e-17 and 1 + d is 1 in doubles:
    // Σ (1 + d)^−t = T × (1 − O(T × d)) = T to double precision, and no 0 / 0 when d = 0.
    return finiteResult(metric, margin * periods, input);
  }
  // 1 − q^T = −expm1(T × log q), with log q = log r − log1p(d): a sum of two terms ≤ 0, so
  // no cancellation, and no rounding of 1 − q when q is close to 1.
  // As m × q / (1 − q) = m × r / (1 + d − r), the result is clvMarginMultiple × (1 − q^T),
  // computed in the same order, so the two are equal once q^T rounds away.
  const kept = -Math.expm1(periods * (Math.log(retention) - Math.log1p(discount)));
  return finiteResult(metric, (margin * retention * kept) / denominator, input);
}
