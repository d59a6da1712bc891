import { amountOrComponents } from '../checks/componentSum.js';
import { checkAmounts, checkCount, fail } from '../checks/validate.js';

/**
 * The arithmetic shared by the cost-per-unit metrics (`costPerIncident`, `costPerTicket`):
 * validates `{ totalCost, [countField] }` and returns totalCost / count. `totalCost` is a
 * number ≥ 0 or a cost breakdown (see {@link amountOrComponents}); a count of 0 is `EMPTY`.
 */
export function costPerUnit(metric: string, input: unknown, countField: string, countExpected: string): number {
  const object = checkAmounts(metric, 'input', input, ['totalCost', countField]);
  const total = amountOrComponents(metric, 'input.totalCost', object['totalCost'], 'a cost breakdown');
  const count = checkCount(metric, `input.${countField}`, object[countField]);
  if (count === 0) fail(metric, `input.${countField}`, 'EMPTY', countExpected, count);
  return total / count;
}
