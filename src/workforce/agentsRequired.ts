import { readTargets, requirement } from '../internal/numeric/staffing.js';
import { checkObject } from '../internal/checks/validate.js';
import { readWorkload } from '../internal/checks/workforceInputs.js';
import type { ContactWorkload } from '../internal/types/queue.js';
import type { StaffingRequirement } from '../internal/types/queue.js';
export type { StaffingRequirement } from '../internal/types/queue.js';

/**
 * What a staffing plan must achieve. Give at least one of `serviceLevel`,
 * `averageSpeedOfAnswer` and `maxOccupancy`; every target given must hold.
 *
 * @category Workforce
 */
export interface StaffingTargets {
  /**
   * The least percentage of contacts to answer within `thresholdSeconds`, from 0 to below 100
   * (80 for "80 % in 20 seconds"). No target when omitted.
   */
  readonly serviceLevel?: number;
  /**
   * The service-level threshold, in seconds, ≥ 0 (20 for "80 % in 20 seconds").
   * @defaultValue 20
   */
  readonly thresholdSeconds?: number;
  /** The largest acceptable average speed of answer, in seconds, > 0. No target when omitted. */
  readonly averageSpeedOfAnswer?: number;
  /**
   * The highest acceptable occupancy, a percentage above 0 and at most 100 (85 keeps agents
   * from burning out on a small team). No cap when omitted.
   */
  readonly maxOccupancy?: number;
  /**
   * Shrinkage: the fraction of paid agent time not available for contacts (breaks, training,
   * meetings, absence), from 0 to below 1. Used only for `scheduledAgents`.
   * @defaultValue 0
   */
  readonly shrinkage?: number;
  /**
   * Whether to return the smallest fractional number of agents (continuous Erlang C) instead of
   * the smallest whole number. Fractional agents let a plan that sums many small queues round
   * once, at the end, rather than once per queue.
   * @defaultValue false
   */
  readonly fractional?: boolean;
}

/**
 * The fewest agents that meet a service-level, ASA and occupancy target for one interval's
 * workload (Erlang C), then the headcount to schedule after shrinkage.
 *
 * ## Formula
 * With A = contacts × AHT / interval ({@link trafficIntensity}), the result is the smallest
 * N > A with
 *
 * - 100 × (1 − C(N, A)·e^(−(N − A)·t/AHT)) ≥ serviceLevel, and
 * - C(N, A)·AHT / (N − A) ≤ averageSpeedOfAnswer, and
 * - 100 × A / N ≤ maxOccupancy,
 *
 * C being Erlang C ({@link erlangC}); every target given must hold, and the queue must be
 * stable (N > A). Then scheduledAgents = N / (1 − shrinkage). The returned service level, ASA
 * and occupancy are those of N agents, exactly as {@link erlangCPerformance} reports them.
 *
 * The search runs upwards from the first candidate and carries Erlang B from one N to the next
 * by its recurrence, started 12√A below A (where the neglected terms are below 10⁻²⁵ of the
 * sum): O(√A) steps in all, a few microseconds at 10,000 Erlangs, instead of recomputing the
 * recurrence from zero for every candidate.
 *
 * With `fractional: true` the result is the smallest real N meeting the targets, by bisection
 * on the continuous Erlang C (see {@link erlangB}); it lies between the whole answer − 1 and
 * the whole answer.
 *
 * An interval with no contacts needs 0 agents; its metrics are then the limits of a vanishing
 * workload (probability of waiting 0, service level 100, ASA 0, occupancy 0).
 *
 * ## Variants
 * - Calculators differ in the order of targets; here every target must hold at once, so the
 *   answer is the largest of the three single-target answers.
 * - Some planners apply shrinkage as agents × (1 + shrinkage); that understates staff (30 %
 *   shrinkage needs 1/0.7 = 1.43×, not 1.3×). This function divides, as Call Centre
 *   Helper's worked example does.
 * - Erlang C ignores abandonment and so overstaffs queues where many callers hang up; staff
 *   those with {@link agentsRequiredWithAbandonment} (Erlang A).
 *
 * @param workload - Contacts offered in the interval, its length and the AHT.
 * @param targets - The service-level, ASA and occupancy targets, the shrinkage, and whether
 * agents may be fractional.
 * @returns The agents (whole unless `fractional`), the agents to schedule after shrinkage, and
 * the queue's traffic, probability of waiting, service level, ASA and occupancy with them.
 * @throws {@link MetricInputError} `EMPTY` (`targets`) when no target is given; `OUT_OF_RANGE` for
 * `targets.serviceLevel` outside 0 to below 100, `targets.maxOccupancy` outside (0, 100] or so low
 * that it needs more than 10¹⁵ agents, `targets.shrinkage` outside 0 to below 1, or more than 10⁸
 * Erlangs (`workload.contacts`); `WRONG_TYPE`, `NOT_FINITE` or `NEGATIVE` for a field that is not a
 * finite number in range (`workload.intervalSeconds`, `targets.averageSpeedOfAnswer`…), or a
 * `targets.fractional` that is not a boolean.
 *
 * @example
 * ```ts
 * import { agentsRequired } from 'service-metrics';
 *
 * // Call Centre Helper's worked example: 100 calls in 30 min, AHT 180 s, 80 % in 20 s,
 * // at most 85 % occupancy, 30 % shrinkage: 14 agents, 14 / 0.7 = 20 to schedule.
 * const plan = agentsRequired(
 *   { contacts: 100, intervalSeconds: 1800, averageHandleSeconds: 180 },
 *   { serviceLevel: 80, thresholdSeconds: 20, maxOccupancy: 85, shrinkage: 0.3 },
 * );
 * plan.agents; // => 14
 * plan.scheduledHeadcount; // => 20
 * plan.serviceLevel; // => 88.84
 *
 * // 250 calls an hour at 330 s, 80 % in 30 s: 28 agents (jonesthenet.com).
 * agentsRequired({ contacts: 250, intervalSeconds: 3600, averageHandleSeconds: 330 }, { serviceLevel: 80, thresholdSeconds: 30 }).agents; // => 28
 *
 * // The same target with fractional agents: 13.04 instead of 14.
 * agentsRequired({ contacts: 100, intervalSeconds: 1800, averageHandleSeconds: 180 }, { serviceLevel: 80, fractional: true }).agents; // => 13.04
 * ```
 *
 * @see {@link https://www.callcentrehelper.com/erlang-c-formula-example-121281.htm | Call Centre Helper: Erlang C formula, made simple with an easy worked example}
 * @see {@link http://www.jonesthenet.com/budgeting/service-levels-erlang/erlang-uplift/ | Jones the Net: Erlang uplift}
 * @see Gans, N., Koole, G., & Mandelbaum, A. (2003). Telephone call centers: Tutorial, review,
 * and research prospects. *Manufacturing & Service Operations Management*, 5(2), 79–141.
 * @category Workforce
 */
export function agentsRequired(workload: ContactWorkload, targets: StaffingTargets): StaffingRequirement {
  const metric = 'agentsRequired';
  const { traffic, averageHandleSeconds } = readWorkload(metric, 'workload', workload);
  const checked = readTargets(metric, checkObject(metric, 'targets', targets));
  return requirement(traffic, averageHandleSeconds, checked);
}
