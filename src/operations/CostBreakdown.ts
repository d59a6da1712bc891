/**
 * A total cost as named components, such as `{ labour: 52000, tools: 8000, overhead: 12000 }`:
 * at least one component, each an amount ≥ 0 in one currency. The cost metrics add them up
 * (by name order, compensated, so the total does not depend on key order). Naming them shows
 * whether a figure is fully loaded or direct; errors name the component, as
 * `input.totalCost.labour`.
 *
 * @category Operations
 */
export type CostBreakdown = Readonly<Record<string, number>>;
