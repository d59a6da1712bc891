import { amountOrComponents } from './componentSum.js';
import { checkAmounts, checkNonNegative } from './validate.js';

/**
 * Validates `{ revenue, directCost }` (the `GrossMarginInput` of `grossMargin` and
 * `grossMarginPercentage`): revenue a finite number ≥ 0, direct cost a number ≥ 0 or a cost
 * breakdown.
 */
export function readGrossMarginInput(metric: string, input: unknown): { revenue: number; cost: number } {
  const object = checkAmounts(metric, 'input', input, ['revenue', 'directCost']);
  const revenue = checkNonNegative(metric, 'input.revenue', object['revenue']);
  const cost = amountOrComponents(metric, 'input.directCost', object['directCost'], 'a cost breakdown');
  return { revenue, cost };
}
