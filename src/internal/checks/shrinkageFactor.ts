import { checkInRange, fail } from './validate.js';

/**
 * Shrinkage supplied to a staffing formula: a fraction from 0 to below 1, as
 * `StaffingTargets.shrinkage` takes it (the same checks and message as `readTargets` in
 * staffing.ts). At 1 no agent would ever be available, so no headcount is enough.
 */
export function checkShrinkageFraction(metric: string, field: string, value: unknown): number {
  const fraction = checkInRange(metric, field, value, 0, 1);
  if (fraction === 1) fail(metric, field, 'OUT_OF_RANGE', 'a fraction from 0 to below 1', value);
  return fraction;
}

/**
 * The headcount to schedule so that `agents` are available after shrinkage:
 * agents / (1 − shrinkage), the definition `agentsRequired` uses for `scheduledAgents`.
 */
export function agentsAfterShrinkage(agents: number, shrinkage: number): number {
  return agents / (1 - shrinkage);
}

/**
 * The whole people to schedule: the smallest whole h with h × (1 − shrinkage) ≥ agents.
 * Rounding agents / (1 − shrinkage) up is not enough: 21 / 0.7 is 30.000000000000004 in doubles,
 * which rounds up to 31, while 30 × 0.7 is exactly 21. So round up, then step down while one
 * person fewer still covers the agents (never below 0: −1 × available is below any agents ≥ 0).
 */
export function headcountAfterShrinkage(agents: number, shrinkage: number): number {
  const available = 1 - shrinkage;
  let headcount = Math.ceil(agents / available);
  while ((headcount - 1) * available >= agents) headcount--;
  return headcount;
}
