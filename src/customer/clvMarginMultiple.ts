import { checkClvTerms, checkInput, finiteResult } from '../internal/checks/customerInputs.js';
import { fail } from '../internal/checks/validate.js';
import type { FromWarehouse } from '../types.js';

/**
 * The inputs of the Gupta–Lehmann CLV models, {@link clvMarginMultiple} and {@link clvDiscounted}.
 * All three are per the same period (a year, a month…).
 *
 * @category Customer
 */
export interface ClvMarginMultipleInput {
  /** m: margin per period (revenue − cost of serving), constant, any one currency; finite, may be negative. */
  readonly marginPerPeriod: number;
  /** r: chance a customer stays to the next period, a fraction 0–1 (0.8, not 80); {@link retentionRate} / 100 estimates it. */
  readonly retentionProbability: number;
  /** d: discount rate per period, a fraction 0–1; monthly ≈ (1 + annual)^(1/12) − 1. */
  readonly discountRate: number;
}

/**
 * Customer lifetime value, **Gupta–Lehmann margin multiple variant**: the present value of a
 * constant margin, kept with a constant retention probability, over an infinite horizon.
 *
 * ## Formula
 * ```math
 * \mathrm{CLV} = \frac{m\, r}{1 + d - r} = \sum_{t \ge 1} \frac{m\, r^t}{(1 + d)^t}
 * ```
 * margin t arrives at the end of period
 * t if the customer survived t retention decisions; the current margin (t = 0) is excluded.
 * r = 1 gives the perpetuity m / d (no finite value when d = 0). Money in any one currency, not rounded.
 *
 * ## Variants
 * For steady margin and retention (subscriptions, contracts). Margin at the start of each
 * period: m × (1 + d) / (1 + d − r), this + m. Net of acquisition cost: subtract it. Changing
 * margins or retention: Σ m_t × (r_1 ⋯ r_t) / (1 + d)^t. Finite horizon: {@link clvDiscounted};
 * undiscounted: {@link clvPurchases}; realised: {@link clvGrossMargin}.
 *
 * @param input - Margin, retention probability and discount rate.
 * @returns The customer's lifetime value, in the currency of `marginPerPeriod`.
 * @throws {@link MetricInputError} the common input checks (`OUT_OF_RANGE` (`input`) also when the
 * value overflows); `INCONSISTENT` when `input.retentionProbability` is 1 and `discountRate` 0.
 * @example
 * ```ts
 * import { clvMarginMultiple } from 'service-metrics';
 * clvMarginMultiple({ marginPerPeriod: 100, retentionProbability: 0.9, discountRate: 0.1 }); // => 450
 * clvMarginMultiple({ marginPerPeriod: 100, retentionProbability: 1, discountRate: 0.1 }); // => 1000
 * ```
 * @see {@link https://doi.org/10.1002/dir.10045 | Gupta, S., & Lehmann, D. R. (2003). Customers as assets. Journal of Interactive Marketing, 17(1), 9–24}
 * @see Gupta, S., Lehmann, D. R., & Stuart, J. A. (2004). Valuing customers. *Journal of
 * Marketing Research*, 41(1), 7–18.
 * @category Customer
 */
export function clvMarginMultiple(input: FromWarehouse<ClvMarginMultipleInput>): number {
  const metric = 'clvMarginMultiple';
  const { margin, retention, discount } = checkClvTerms(metric, 'input', checkInput(metric, input, ['marginPerPeriod', 'retentionProbability', 'discountRate']));
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
