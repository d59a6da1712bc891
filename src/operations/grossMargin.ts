import { readGrossMarginInput } from '../internal/checks/grossMarginInput.js';
import type { CostBreakdown } from './CostBreakdown.js';

/**
 * Revenue and the direct cost of earning it, over the same period: the input of
 * {@link grossMargin} and {@link grossMarginPercentage}.
 *
 * @category Operations
 */
export interface GrossMarginInput {
  /** Revenue of the period (net of returns and discounts), in one currency: a finite number ≥ 0. */
  readonly revenue: number;
  /**
   * The direct cost of that revenue, in the same currency: the cost of goods sold or, for a
   * service, the cost of delivering it (agents' labour, telecom, per-contact fees), not
   * overheads. A number ≥ 0, or a {@link CostBreakdown} whose components are added up.
   */
  readonly directCost: number | CostBreakdown;
}

/**
 * Gross margin, as an amount: revenue minus the direct cost of earning it.
 *
 * ## Formula
 * gross margin = revenue − directCost
 *
 * In the currency of the inputs, not rounded; negative when the direct cost exceeds the
 * revenue. For the margin as a percentage of revenue, see {@link grossMarginPercentage}.
 *
 * ## Variants
 * - **Gross, contribution or net margin.** Gross margin takes off only the cost of goods sold
 *   (or of delivering the service); contribution margin takes off all variable costs; net
 *   margin takes off every cost, overheads and taxes included (Farris et al., 2010, ch. 3).
 *   Which costs go into `directCost` decides which margin this is; a {@link CostBreakdown}
 *   shows it.
 * - **Per customer.** Divided by the customers it came from, gross margin is the historical
 *   customer value of {@link clvGrossMargin}.
 *
 * @param input - Revenue (a number ≥ 0) and direct cost (a number ≥ 0 or a breakdown).
 * @returns The gross margin, in the currency of the inputs.
 * @throws {@link MetricInputError} `WRONG_TYPE`, `NOT_FINITE` or `NEGATIVE` for an `input.revenue`,
 * an `input.directCost` or a component (`input.directCost.labour`) that is not a finite number ≥ 0;
 * `EMPTY` (`input.directCost`) when the breakdown has no component; `OUT_OF_RANGE` when the
 * components' sum is too large for a number; `WRONG_TYPE` (`input`) when the input is not an
 * object.
 *
 * @example
 * ```ts
 * import { grossMargin } from 'service-metrics';
 *
 * grossMargin({ revenue: 1_000_000, directCost: 750_000 }); // => 250000
 * grossMargin({ revenue: 200_000, directCost: { labour: 110_000, telecom: 15_000 } }); // => 75000
 * grossMargin({ revenue: 900, directCost: 1_000 }); // => -100
 * ```
 *
 * @see Farris, P. W., Bendle, N. T., Pfeifer, P. E., & Reibstein, D. J. (2010). *Marketing
 * Metrics: The Definitive Guide to Measuring Marketing Performance* (2nd ed.),
 * ch. 3, "Margins and Profits". Pearson.
 * @see {@link https://www.sage.com/en-us/blog/glossary/what-is-gross-margin/ | Sage: What is gross margin?}
 * @category Operations
 */
export function grossMargin(input: GrossMarginInput): number {
  const { revenue, cost } = readGrossMarginInput('grossMargin', input);
  // Two finite numbers ≥ 0: their difference is finite and rounded once.
  return revenue - cost;
}

