import { readGrossMarginInput } from '../internal/checks/grossMarginInput.js';
import type { CostBreakdown } from './CostBreakdown.js';
import type { FromWarehouse } from '../types.js';

/** A period's revenue and direct cost: the input of {@link grossMargin} and {@link grossMarginPercentage}. @category Operations */
export interface GrossMarginInput {
  /** Revenue of the period (net of returns and discounts), in one currency: a number ≥ 0. */
  readonly revenue: number;
  /** Cost of goods sold or of delivering the service (labour, telecom, per-contact fees; not overheads): ≥ 0, or a {@link CostBreakdown}. */
  readonly directCost: number | CostBreakdown;
}

/**
 * Gross margin, as an amount: revenue minus the direct cost of earning it, in the currency of
 * the inputs; negative when the cost exceeds the revenue. As a percentage:
 * {@link grossMarginPercentage}.
 *
 * ## Formula
 * gross margin = revenue − directCost
 *
 * ## Variants
 * - **Gross, contribution or net margin** (Farris et al., 2010, ch. 3): take off the cost of
 *   goods sold (or of delivering the service), all variable costs, or every cost with overheads
 *   and taxes. What goes into `directCost` decides which; a {@link CostBreakdown} shows it.
 * - **Per customer**: the historical customer value of {@link clvGrossMargin}.
 *
 * @param input - Revenue and direct cost.
 * @returns The gross margin.
 * @throws {@link MetricInputError} the common input checks (a component named as
 * `input.directCost.labour`); `EMPTY` (`input.directCost`) when the breakdown is empty.
 *
 * @example
 * ```ts
 * import { grossMargin } from 'service-metrics';
 *
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
export function grossMargin(input: FromWarehouse<GrossMarginInput>): number {
  const { revenue, cost } = readGrossMarginInput('grossMargin', input);
  // Two finite numbers ≥ 0: their difference is finite and rounded once.
  return revenue - cost;
}

