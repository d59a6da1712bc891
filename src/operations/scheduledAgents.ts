import { agentsAfterShrinkage, checkShrinkageFraction, headcountAfterShrinkage } from '../internal/checks/shrinkageFactor.js';
import { checkAmounts, checkNonNegative, checkOptions, fail } from '../internal/checks/validate.js';
import type { FromWarehouse } from '../types.js';

/** The input of {@link scheduledAgents}: the agents a queue needs and the shrinkage to allow for. @category Operations */
export interface ScheduledAgentsInput {
  /** Agents needed on the queue (from {@link agentsRequired}, Erlang or a workload estimate): ≥ 0, fractional allowed. */
  readonly agents: number;
  /** Shrinkage as a fraction of paid time, 0 to below 1 (0.3 for 30 %): {@link shrinkage}'s percentage / 100. */
  readonly shrinkage: number;
}

/** Options of {@link scheduledAgents}. @category Operations */
export interface ScheduledAgentsOptions {
  /**
   * Return the smallest whole h with h × (1 − shrinkage) ≥ agents (not the quotient rounded up:
   * 21 / 0.7 is 30.000000000000004 in doubles). @defaultValue false
   */
  readonly wholePeople?: boolean;
}

/**
 * Staff needed after shrinkage: how many agents to schedule so that, once shrinkage takes its
 * share of paid time, the agents a queue needs are still there. Exactly how
 * {@link agentsRequired} computes `scheduledAgents` (and `scheduledHeadcount`). Unrounded unless
 * `wholePeople`: sum fractional agents over intervals or queues, then round once.
 *
 * ## Formula
 * scheduled agents = agents / (1 − shrinkage), shrinkage a fraction from 0 to below 1
 *
 * ## Variants
 * - **Divide, do not add**: agents × (1 + shrinkage) understates: 70 agents at 30 % need
 *   70 / 0.7 = 100, not 91 (Call Centre Helper).
 * - **Several factors** over different bases multiply: pass 1 − (1 − a)(1 − b).
 * - **FTE**: the result is in the unit of `agents` (at once, per interval); headcount also
 *   needs hours per FTE.
 *
 * @param input - Agents needed and the shrinkage fraction.
 * @param options - Whether to round to whole people.
 * @returns The agents to schedule, ≥ `agents`; a whole number with `wholePeople`.
 * @throws {@link MetricInputError} the common input checks (a shrinkage of 25 is out of range:
 * pass 0.25; a result too large for a number).
 *
 * @example
 * ```ts
 * import { scheduledAgents } from 'service-metrics';
 *
 * // Call Centre Helper: 70 agents needed in the interval, 30 % shrinkage, 100 to schedule.
 * scheduledAgents({ agents: 70, shrinkage: 0.3 }, { wholePeople: true }); // => 100
 * // Monet Software: 100 agents needed, 40 % shrinkage.
 * scheduledAgents({ agents: 100, shrinkage: 0.4 }); // => 166.67
 * ```
 *
 * @see {@link https://www.callcentrehelper.com/how-to-calculate-contact-centre-shrinkage-90353.htm | Call Centre Helper: How to calculate contact centre shrinkage}
 * @see {@link https://monetsoftware.com/how-can-i-calculate-shrinkage-at-my-contact-center/ | Monet Software: How can I calculate shrinkage at my contact center?}
 * @category Operations
 */
export function scheduledAgents(input: FromWarehouse<ScheduledAgentsInput>, options?: ScheduledAgentsOptions): number {
  const metric = 'scheduledAgents';
  const object = checkAmounts(metric, 'input', input, ['agents', 'shrinkage']);
  const { wholePeople = false } = checkOptions(metric, options, ['wholePeople']);
  if (typeof wholePeople !== 'boolean') fail(metric, 'options.wholePeople', 'WRONG_TYPE', 'true or false', wholePeople);
  const agents = checkNonNegative(metric, 'input.agents', object['agents']);
  const fraction = checkShrinkageFraction(metric, 'input.shrinkage', object['shrinkage']);
  const scheduled = agentsAfterShrinkage(agents, fraction);
  if (!Number.isFinite(scheduled)) fail(metric, 'input.agents', 'OUT_OF_RANGE', 'a number of agents that stays finite after shrinkage', agents);
  return wholePeople ? headcountAfterShrinkage(agents, fraction) : scheduled;
}
