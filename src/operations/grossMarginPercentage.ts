import { readGrossMarginInput } from '../internal/checks/grossMarginInput.js';
import { fail } from '../internal/checks/validate.js';
import type { GrossMarginInput } from './grossMargin.js';
import type { FromWarehouse } from '../types.js';

/**
 * Gross margin percentage: the share of revenue left after the direct cost of earning it. At
 * most 100; negative, without bound, when cost exceeds revenue. A percentage (25 for 25 %): a
 * formula that takes a margin rate as a fraction needs it divided by 100. Which costs count:
 * see {@link grossMargin}.
 *
 * ## Formula
 * gross margin % = 100 × (revenue − directCost) / revenue
 *
 * ## Variants
 * - **Margin, not markup**: markup divides the profit by the cost, not the revenue: $250 on
 *   $1,000 of revenue and $750 of cost is a 25 % margin, a 33.3 % markup (Farris et al., 2010).
 *
 * @param input - Revenue and direct cost.
 * @returns The gross margin as a percentage of revenue, ≤ 100.
 * @throws {@link MetricInputError} as {@link grossMargin} does; `EMPTY` when `input.revenue` is
 * 0 (a margin on no revenue is undefined), `OUT_OF_RANGE` when it is so small the result overflows.
 *
 * @example
 * ```ts
 * import { grossMarginPercentage } from 'service-metrics';
 *
 * grossMarginPercentage({ revenue: 1_000_000, directCost: 750_000 }); // => 25
 * grossMarginPercentage({ revenue: 900, directCost: 1_000 }); // => -11.11
 * ```
 *
 * @see Farris, P. W., Bendle, N. T., Pfeifer, P. E., & Reibstein, D. J. (2010). *Marketing
 * Metrics: The Definitive Guide to Measuring Marketing Performance* (2nd ed.),
 * ch. 3, "Margins and Profits". Pearson.
 * @see {@link https://www.sage.com/en-us/blog/glossary/what-is-gross-margin/ | Sage: What is gross margin?}
 * @category Operations
 */
export function grossMarginPercentage(input: FromWarehouse<GrossMarginInput>): number {
  const metric = 'grossMarginPercentage';
  const { revenue, cost } = readGrossMarginInput(metric, input);
  if (revenue === 0) fail(metric, 'input.revenue', 'EMPTY', 'a revenue > 0 (a margin on no revenue is undefined)', revenue);
  // Divide before multiplying by 100, so a huge margin cannot overflow; the quotient of a
  // tiny revenue and a huge cost can, and is reported rather than returned as -Infinity.
  const percentage = 100 * ((revenue - cost) / revenue);
  if (!Number.isFinite(percentage)) fail(metric, 'input.revenue', 'OUT_OF_RANGE', 'a revenue large enough for a finite margin percentage', revenue);
  return percentage;
}
