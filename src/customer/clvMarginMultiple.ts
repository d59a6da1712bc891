import { checkClvTerms, checkInput, finiteResult } from '../internal/checks/customerInputs.js';
import { fail } from '../internal/checks/validate.js';

/**
 * The inputs of the Gupta–Lehmann CLV models, {@link clvMarginMultiple} and
 * {@link clvDiscounted}.
 *
 * @category Customer
 */
export interface ClvMarginMultipleInput {
  /**
   * m: the margin a customer brings in each period (revenue minus the cost of serving them),
   * assumed constant, in any one currency. A finite number; it may be negative.
   */
  readonly marginPerPeriod: number;
  /**
   * r: the probability that a customer active in one period is still active in the next, a
   * fraction from 0 to 1 (0.8 for 80 %), assumed constant. {@link retentionRate} / 100 is one
   * estimate of it.
   */
  readonly retentionProbability: number;
  /**
   * d: the discount rate per period (the cost of capital), a fraction from 0 to 1 (0.1 for
   * 10 %). Use the rate for the same period as the margin and the retention: about
   * (1 + annual rate)^(1/12) − 1 for months.
   */
  readonly discountRate: number;
}

/**
 * Customer lifetime value, **Gupta–Lehmann margin multiple variant**: the present value of a
 * constant margin, kept with a constant retention probability, over an infinite horizon.
 *
 * ## Formula
 * CLV = m × r / (1 + d − r)
 *
 * the closed form of the infinite sum Σ_{t ≥ 1} m × r^t / (1 + d)^t (Gupta & Lehmann 2003).
 * The *margin multiple* is r / (1 + d − r): for r = 0.8 and d = 0.1 it is 2.67, so a customer
 * is worth 2.67 periods of margin.
 *
 * **Timing.** Margins arrive at the *end* of each period, and the margin of period t only if
 * the customer has survived t retention decisions (probability r^t); the customer's current
 * margin (t = 0) is not included. This is Gupta and Lehmann's convention, and
 * {@link clvDiscounted} uses the same one, so it tends to this value as its horizon grows.
 *
 * ## Which variant, and when to use it
 * Use it for a forward-looking value when margin and retention per period are roughly steady,
 * as in subscriptions and contracts (Gupta and Lehmann apply it to whole firms from their
 * annual reports). Over a known finite horizon (a contract term, a planning window) use
 * {@link clvDiscounted}; for a quick undiscounted estimate from purchase habits,
 * {@link clvPurchases}; for realised value, {@link clvGrossMargin}.
 *
 * ## Variants
 * - **Margin at the start of each period** (the first margin paid on acquisition, not
 *   discounted): CLV = m × (1 + d) / (1 + d − r), which is this result + m.
 * - **Net of acquisition cost**: subtract the cost of acquiring the customer from this result.
 * - **Margins or retention that change over time**: Gupta and Lehmann's general sum
 *   Σ m_t × (r_1 ⋯ r_t) / (1 + d)^t; this function is its constant, infinite-horizon case.
 *
 * ## What is accepted
 * r and d are fractions from 0 to 1. The formula needs 1 + d − r > 0: that always holds when
 * r < 1; r = 1 (a customer who never leaves) is accepted when d > 0 and gives the perpetuity
 * m / d; r = 1 with d = 0 has no finite value and is rejected. A negative margin gives a
 * negative CLV. Money is in any one currency; the result is not rounded.
 *
 * @param input - Margin per period, retention probability and discount rate, for the same
 * period (a year, a month…).
 * @returns The customer's lifetime value, in the currency of `marginPerPeriod`.
 * @throws {@link MetricInputError} `WRONG_TYPE` or `NOT_FINITE` for an `input.marginPerPeriod` that
 * is not a finite number; `WRONG_TYPE`, `NOT_FINITE` or `OUT_OF_RANGE` for an
 * `input.retentionProbability` or `input.discountRate` that is not a fraction from 0 to 1 (80 for
 * 80 % is an error); `INCONSISTENT` (`input.retentionProbability`) when it is 1 and `discountRate`
 * is 0; `OUT_OF_RANGE` (`input`) when the value overflows; `WRONG_TYPE` (`input`) when it is not an
 * object.
 *
 * @example
 * ```ts
 * import { clvMarginMultiple } from 'service-metrics';
 *
 * // The margin multiple for 80 % retention and a 10 % discount rate: 0.8 / 0.3.
 * clvMarginMultiple({ marginPerPeriod: 1, retentionProbability: 0.8, discountRate: 0.1 }); // => 2.67
 * clvMarginMultiple({ marginPerPeriod: 100, retentionProbability: 0.9, discountRate: 0.1 }); // => 450
 * // A customer who never leaves: the perpetuity 100 / 0.1.
 * clvMarginMultiple({ marginPerPeriod: 100, retentionProbability: 1, discountRate: 0.1 }); // => 1000
 * clvMarginMultiple({ marginPerPeriod: 100, retentionProbability: 1, discountRate: 0 }); // => throws INCONSISTENT
 * ```
 *
 * @see {@link https://doi.org/10.1002/dir.10045 | Gupta, S., & Lehmann, D. R. (2003). Customers as assets. Journal of Interactive Marketing, 17(1), 9–24}
 * @see Gupta, S., Lehmann, D. R., & Stuart, J. A. (2004). Valuing customers. *Journal of
 * Marketing Research*, 41(1), 7–18.
 * @category Customer
 */
export function clvMarginMultiple(input: ClvMarginMultipleInput): number {
  const metric = 'clvMarginMultiple';
  const { margin, retention, discount } = checkClvTerms(metric, 'input', checkInput(metric, input));
  // 1 + d − r, computed as (1 − r) + d: 1 − r is exact for r ≥ 0.5 and is 0 only when r = 1,
  // so a small d is not lost against 1.
  const denominator = 1 - retention + discount;
  if (denominator === 0) {
    fail(
      metric,
      'input.retentionProbability',
      'INCONSISTENT',
      'below 1 when discountRate is 0 (a customer who never leaves, undiscounted, has no finite value)',
      retention,
    );
  }
  return finiteResult(metric, (margin * retention) / denominator, input);
}
