import { checkCount, checkNonNegative, checkObject, fail } from './validate.js';

/**
 * The arithmetic shared by the cost-per-unit metrics (`costPerIncident`, `costPerTicket`):
 * validates `{ totalCost, [countField] }` and returns totalCost / count. `totalCost` is a
 * number ≥ 0 or a cost breakdown (see {@link totalCostOf}); a count of 0 is `EMPTY`.
 */
export function costPerUnit(metric: string, input: unknown, countField: string, countExpected: string): number {
  const object = checkObject(metric, 'input', input);
  const total = totalCostOf(metric, object['totalCost']);
  const count = checkCount(metric, countField, object[countField]);
  if (count === 0) fail(metric, countField, 'EMPTY', countExpected, count);
  return total / count;
}

/**
 * A total cost: a finite number ≥ 0, or an object of named components, each a finite number
 * ≥ 0, with at least one component. Components are added in the order of their names (so the
 * result does not depend on the order the object was built in) with Neumaier's compensated
 * summation; a sum too large for a double is `NOT_FINITE`.
 */
export function totalCostOf(metric: string, value: unknown): number {
  if (typeof value === 'number') return checkNonNegative(metric, 'totalCost', value);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(metric, 'totalCost', 'WRONG_TYPE', 'a finite number ≥ 0 or a cost breakdown { component: amount }', value);
  }
  const components = value as Readonly<Record<string, unknown>>;
  const names = Object.keys(components).sort();
  if (names.length === 0) fail(metric, 'totalCost', 'EMPTY', 'a cost breakdown with at least one component', value);
  let sum = 0;
  let compensation = 0;
  for (const name of names) {
    const amount = checkNonNegative(metric, `totalCost.${name}`, components[name]);
    const next = sum + amount;
    // Both terms are ≥ 0, so the larger one is kept exactly and the other's lost low bits are
    // recovered exactly (Neumaier 1974).
    compensation += sum >= amount ? (sum - next) + amount : (amount - next) + sum;
    sum = next;
  }
  const total = sum + compensation;
  if (!Number.isFinite(total)) fail(metric, 'totalCost', 'NOT_FINITE', 'cost components whose sum is finite', value);
  return total;
}
