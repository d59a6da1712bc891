/**
 * A total cost given as its named components, such as
 * `{ labour: 52000, tools: 8000, overhead: 12000 }`: any component names, each an amount of
 * money ≥ 0 in one currency, at least one component. The cost metrics add the components up
 * (in the order of their names, with compensated summation, so the total does not depend on the
 * order the object was built in) and never round.
 *
 * Naming the components documents which costs a figure includes: a fully loaded cost (agents'
 * and indirect staff's salaries and benefits, technology, telecom, facilities, training…) or a
 * direct one (agents' labour only). Errors name the component at fault, as
 * `input.totalCost.labour`.
 *
 * @category Operations
 */
export type CostBreakdown = Readonly<Record<string, number>>;
