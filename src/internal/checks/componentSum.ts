import { checkNonNegative, fail } from './validate.js';

/**
 * An amount given either as one number or as named components to add up: a cost breakdown
 * (`{ wages: 52000, benefits: 12000 }`), the time lost to each cause of shrinkage
 * (`{ breaks: 5400, training: 3600 }`). Each amount is a finite number ≥ 0; an object needs
 * at least one component. Components are added in the order of their names, so the total does
 * not depend on the order the object was built in, with Neumaier's compensated summation; a
 * total too large for a double is `OUT_OF_RANGE`. Errors name the component (`field.name`).
 */
export function amountOrComponents(metric: string, field: string, value: unknown, what: string): number {
  if (typeof value === 'number' || typeof value === 'bigint') return checkNonNegative(metric, field, value);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(metric, field, 'WRONG_TYPE', `a finite number ≥ 0 or ${what} { name: amount }`, value);
  }
  const components = value as Readonly<Record<string, unknown>>;
  const names = Object.keys(components).sort();
  if (names.length === 0) fail(metric, field, 'EMPTY', `${what} with at least one component`, value);
  let sum = 0;
  let compensation = 0;
  for (const name of names) {
    const amount = checkNonNegative(metric, `${field}.${name}`, components[name]);
    const next = sum + amount;
    // Both terms are ≥ 0: the larger is kept exactly and the other's lost low bits are
    // recovered exactly (Neumaier 1974).
    compensation += sum >= amount ? sum - next + amount : amount - next + sum;
    sum = next;
  }
  const total = sum + compensation;
  if (!Number.isFinite(total)) fail(metric, field, 'OUT_OF_RANGE', 'components whose sum is a finite number', value);
  return total;
}
