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
