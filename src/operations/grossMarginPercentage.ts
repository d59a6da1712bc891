import { readGrossMarginInput } from '../internal/checks/grossMarginInput.js';
import { fail } from '../internal/checks/validate.js';
import type { GrossMarginInput } from './grossMargin.js';

/**
 * Gross margin percentage: the share of revenue left after the direct cost of earning it.
 *
 * ## Formula
 * gross margin % = 100 × (revenue − directCost) / revenue
 *
 * At most 100 (no direct cost); 0 when cost equals revenue; negative, without a lower bound,
 * when cost exceeds revenue. Not rounded. See {@link grossMargin} for the amount and for which
 * costs make it a gross, contribution or net margin.
 *
 * ## Percentage here, fraction for a formula
 * Like every rate the library returns, this is a percentage (25 for 25 %). A formula that takes
 * a margin *rate* takes it as a fraction (0.25): divide by 100.
 *
 * ## Variants
 * - **Margin vs markup.** Margin divides the profit by the price (revenue); markup divides it by
 *   the cost: $250 of profit on $1,000 of revenue and $750 of cost is a 25 % margin and a
 *   33.3 % markup (Farris et al., 2010). This function is the margin.
 *
 * @param input - Revenue (a number ≥ 0) and direct cost (a number ≥ 0 or a breakdown).
 * @returns The gross margin as a percentage of revenue, ≤ 100.
 * @throws {@link MetricInputError} as {@link grossMargin} does; `EMPTY` (`input.revenue`) when
 * revenue is 0 (a margin on no revenue is undefined), and `OUT_OF_RANGE` (`input.revenue`) when it
 * is so small beside the cost that the percentage overflows.
 *
 * @example
 * ```ts
 * import { grossMarginPercentage } from 'service-metrics';
 *
 * grossMarginPercentage({ revenue: 1_000_000, directCost: 750_000 }); // => 25
 * grossMarginPercentage({ revenue: 200_000, directCost: { labour: 110_000, telecom: 15_000 } }); // => 37.5
 * grossMarginPercentage({ revenue: 900, directCost: 1_000 }); // => -11.11
 * grossMarginPercentage({ revenue: 0, directCost: 10 }); // => throws EMPTY
 * ```
 *
 * @see Farris, P. W., Bendle, N. T., Pfeifer, P. E., & Reibstein, D. J. (2010). *Marketing
 * Metrics: The Definitive Guide to Measuring Marketing Performance* (2nd ed.),
 * ch. 3, "Margins and Profits". Pearson.
 * @see {@link https://www.sage.com/en-us/blog/glossary/what-is-gross-margin/ | Sage: What is gross margin?}
 * @category Operations
 */
export function grossMarginPercentage(input: GrossMarginInput): number {
  const metric = 'grossMarginPercentage';
  const { revenue, cost } = readGrossMarginInput(metric, input);
  if (revenue === 0) fail(metric, 'input.revenue', 'EMPTY', 'a revenue > 0 (a margin on no revenue is undefined)', revenue);
  // Divide before multiplying by 100, so a huge margin cannot overflow; the quotient of a
  // tiny revenue and a huge cost can, and is reported rather than returned as -Infinity.
  const percentage = 100 * ((revenue - cost) / revenue);
  if (!Number.isFinite(percentage)) fail(metric, 'input.revenue', 'OUT_OF_RANGE', 'a revenue large enough for a finite margin percentage', revenue);
  return percentage;
}
