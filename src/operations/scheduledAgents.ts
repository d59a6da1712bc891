import { agentsAfterShrinkage, checkShrinkageFraction, headcountAfterShrinkage } from '../internal/checks/shrinkageFactor.js';
import { checkNonNegative, checkObject, checkOptions, fail } from '../internal/checks/validate.js';

/**
 * The input of {@link scheduledAgents}: the agents a queue needs and the shrinkage to allow
 * for.
 *
 * @category Operations
 */
export interface ScheduledAgentsInput {
  /**
   * Agents needed on the queue, handling or ready for contacts (from {@link agentsRequired},
   * an Erlang calculator or a workload estimate): a finite number ≥ 0, fractional allowed.
   */
  readonly agents: number;
  /**
   * Shrinkage as a fraction of paid time, from 0 to below 1 (0.3 for 30 %), as
   * {@link agentsRequired}'s `targets.shrinkage` takes it; from a percentage such as
   * {@link shrinkage} returns, divide by 100.
   */
  readonly shrinkage: number;
}

/**
 * Options of {@link scheduledAgents}.
 *
 * @category Operations
 */
export interface ScheduledAgentsOptions {
  /**
   * Whether to return whole people: the smallest whole number h with h × (1 − shrinkage) ≥
   * agents, rather than the unrounded quotient. (Rounding the quotient up is wrong at exact
   * multiples: 21 / 0.7 is 30.000000000000004 in doubles, but 30 people cover 21 agents.)
   * @defaultValue false
   */
  readonly wholePeople?: boolean;
}

/**
 * Staff needed after shrinkage: how many agents to schedule so that, once shrinkage takes its
 * share of their paid time, the agents a queue needs are still there.
 *
 * ## Formula
 * scheduled agents = agents / (1 − shrinkage)
 *
 * with shrinkage a fraction from 0 to below 1. This is exactly how {@link agentsRequired}
 * computes its `scheduledAgents` (and, with `wholePeople`, its `scheduledHeadcount`), so the
 * two always agree. Not rounded unless `wholePeople` is set: sum fractional agents over
 * intervals or queues first, then round once.
 *
 * ## Variants
 * - **Divide, do not add.** Some planners add the shrinkage percentage on top (agents ×
 *   (1 + shrinkage)); that understates the staff needed: with 30 % shrinkage, 70 agents on the
 *   phones need 70 / 0.7 = 100 scheduled, not 91 (Call Centre Helper).
 * - **Several shrinkage factors** measured over different bases (attendance over scheduled
 *   time, availability over attended time) multiply: agents / ((1 − a)(1 − b)); pass
 *   1 − (1 − a)(1 − b) as `shrinkage`.
 * - **Full-time equivalents.** Scheduled agents are in the unit of `agents` (agents on the queue
 *   at once, for an interval); converting to FTE headcount also needs hours per FTE.
 *
 * @param input - Agents needed and the shrinkage fraction.
 * @param options - Whether to round to whole people.
 * @returns The agents to schedule, ≥ `agents`; a whole number with `wholePeople`.
 * @throws {@link MetricInputError} `WRONG_TYPE`, `NOT_FINITE` or `NEGATIVE` for an `input.agents`
 * that is not a finite number ≥ 0; `WRONG_TYPE`, `NOT_FINITE` or `OUT_OF_RANGE` for an
 * `input.shrinkage` that is not a fraction from 0 to below 1; `OUT_OF_RANGE` (`input.agents`) when
 * the result is too large for a number; `WRONG_TYPE` (`input`) when the input is not an object, or
 * (`options.wholePeople`) when that option is not a boolean.
 *
 * @example
 * ```ts
 * import { scheduledAgents, shrinkage } from 'service-metrics';
 *
 * // Call Centre Helper: 70 agents needed in the interval, 30 % shrinkage, about 100 to schedule.
 * scheduledAgents({ agents: 70, shrinkage: 0.3 }, { wholePeople: true }); // => 100
 * // 21 / 0.7 is 30.000000000000004 in doubles; 30 people cover 21 agents.
 * scheduledAgents({ agents: 21, shrinkage: 0.3 }, { wholePeople: true }); // => 30
 * // Monet Software: 100 agents needed, 40 % shrinkage.
 * scheduledAgents({ agents: 100, shrinkage: 0.4 }); // => 166.67
 * // From measured shrinkage (a percentage) to the fraction the formula takes:
 * const lost = shrinkage({ paidSeconds: 28_800, shrinkageSeconds: 7_200 }); // 25 (%)
 * scheduledAgents({ agents: 12, shrinkage: lost / 100 }); // => 16
 * scheduledAgents({ agents: 12, shrinkage: 25 }); // => throws OUT_OF_RANGE
 * ```
 *
 * @see {@link https://www.callcentrehelper.com/how-to-calculate-contact-centre-shrinkage-90353.htm | Call Centre Helper: How to calculate contact centre shrinkage}
 * @see {@link https://monetsoftware.com/how-can-i-calculate-shrinkage-at-my-contact-center/ | Monet Software: How can I calculate shrinkage at my contact center?}
 * @category Operations
 */
export function scheduledAgents(input: ScheduledAgentsInput, options?: ScheduledAgentsOptions): number {
  const metric = 'scheduledAgents';
  const object = checkObject(metric, 'input', input);
  const { wholePeople = false } = checkOptions(metric, options, ['wholePeople']);
  if (typeof wholePeople !== 'boolean') fail(metric, 'options.wholePeople', 'WRONG_TYPE', 'true or false', wholePeople);
  const agents = checkNonNegative(metric, 'input.agents', object['agents']);
  const fraction = checkShrinkageFraction(metric, 'input.shrinkage', object['shrinkage']);
  const scheduled = agentsAfterShrinkage(agents, fraction);
  if (!Number.isFinite(scheduled)) fail(metric, 'input.agents', 'OUT_OF_RANGE', 'a number of agents that stays finite after shrinkage', agents);
  return wholePeople ? headcountAfterShrinkage(agents, fraction) : scheduled;
}
