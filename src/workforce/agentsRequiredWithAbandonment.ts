import { impatientQueuePerformance } from '../internal/numeric/erlangA.js';
import { agentsAfterShrinkage, headcountAfterShrinkage } from '../internal/checks/shrinkageFactor.js';
import { readTargets } from '../internal/numeric/staffing.js';
import { checkObject, checkPositive, fail } from '../internal/checks/validate.js';
import { readWorkload } from '../internal/checks/workforceInputs.js';
import type { StaffingTargets } from './agentsRequired.js';
import type { ImpatientContactWorkload } from '../internal/types/queue.js';
import type { AbandonmentPerformance } from './erlangAPerformance.js';

/**
 * What a staffing plan for a queue with abandonment must achieve: the targets of
 * {@link agentsRequired} (without `fractional`), and a cap on abandonment. Give at least one of
 * `serviceLevel`, `averageSpeedOfAnswer`, `maxOccupancy` and `maxAbandonment`.
 *
 * @category Workforce
 */
export interface AbandonmentStaffingTargets extends Omit<StaffingTargets, 'fractional'> {
  /**
   * The highest acceptable percentage of offered contacts that abandon, above 0 and at most 100
   * (5 for "at most 5 % abandoned"). No cap when omitted.
   */
  readonly maxAbandonment?: number;
}

/**
 * The agents a queue with abandonment needs, and how it performs with them (Erlang A).
 *
 * @category Workforce
 */
export interface AbandonmentStaffingRequirement extends AbandonmentPerformance {
  /**
   * The agents to schedule so that `agents` are on the queue after shrinkage,
   * agents / (1 − shrinkage). Not rounded: sum it over intervals or queues, then round once.
   */
  readonly scheduledAgents: number;
  /** The whole people to schedule: the smallest whole number h with h × (1 − shrinkage) ≥ `agents`. */
  readonly scheduledHeadcount: number;
}

/** The most agents a search may try: far beyond any queue, and exact as a double. */
const MAX_AGENTS = 1e15;

/**
 * The fewest agents that meet a service-level, ASA, occupancy and abandonment target for one
 * interval's workload when callers abandon (Erlang A), then the headcount after shrinkage.
 *
 * ## Formula
 * With A = contacts × AHT / interval and callers' mean patience θ, the result is the smallest
 * whole N ≥ 1 whose Erlang A queue ({@link erlangAPerformance}) has
 *
 * - service level ≥ `serviceLevel` (contacts answered within `thresholdSeconds`, over all
 *   offered contacts: an abandoned contact counts as missed),
 * - ASA ≤ `averageSpeedOfAnswer`,
 * - occupancy ≤ `maxOccupancy`,
 * - 100 × P(abandon) ≤ `maxAbandonment`;
 *
 * every target given must hold. Then scheduledAgents = N / (1 − shrinkage), as in
 * {@link agentsRequired}. The returned metrics are exactly those {@link erlangAPerformance}
 * reports for N agents.
 *
 * Each metric improves as agents are added (service level rises; ASA, P(abandon) and occupancy
 * fall), so the search gallops from the traffic (steps of 1, 2, 4… up or down), then bisects:
 * about 2·log₂ of the distance from the traffic evaluations of the Erlang A chain. With
 * patience of minutes that is a few milliseconds at 1,000 Erlangs and tens at 100,000. Very
 * patient callers (patience of 10⁶ AHT or more) make the queues near the traffic long chains,
 * up to seconds; for them Erlang C ({@link agentsRequired}) is exact enough and microseconds fast.
 *
 * Unlike Erlang C there is no stability condition: abandonment keeps any queue finite, so fewer
 * agents than Erlangs can be the answer. Staffing levels whose queue is too long to compute
 * (more than 2·10⁷ waiting contacts: very patient callers on a heavily overloaded queue) count as
 * missing the targets, so with an abandonment or occupancy cap alone such a queue is staffed
 * until its queue can be computed.

 * An interval with no contacts needs 0 agents; its metrics are then the limits of a vanishing
 * workload (nobody waits or abandons, service level 100, occupancy 0).
 *
 * ## Variants
 * - **Erlang C** ({@link agentsRequired}) assumes callers never hang up. Where they do, it
 *   overstaffs: the callers who abandon no longer load the queue. As patience grows, this
 *   function's answer for a service-level or ASA target tends to Erlang C's (an abandonment
 *   cap, which Erlang C cannot express, is met with ever fewer agents and ever longer waits).
 * - **Service level over answered contacts.** Some centres leave abandoned contacts out of the
 *   denominator; that level is serviceLevel / (1 − probabilityOfAbandoning), and a target on it
 *   is not offered here.
 * - Only whole agents: Erlang A has no continuous extension in the library.
 *
 * @param workload - Contacts offered in the interval, its length, the AHT and the callers' mean
 * patience.
 * @param targets - The service-level, ASA, occupancy and abandonment targets, and the
 * shrinkage.
 * @returns The agents (whole), the agents to schedule after shrinkage, and the queue's traffic,
 * probabilities of waiting and of abandoning (0–1), service level and occupancy (0–100), ASA and
 * average wait (seconds) with them.
 * @throws {@link MetricInputError} `EMPTY` (`targets`) when no target is given; `WRONG_TYPE`,
 * `NOT_FINITE`, `NEGATIVE` or `OUT_OF_RANGE` for a field that is not a finite number in range
 * (`workload.contacts` ≥ 0 and at most 10⁸ Erlangs; `workload.intervalSeconds`,
 * `workload.averageHandleSeconds`, `workload.averagePatienceSeconds` above 0;
 * `targets.serviceLevel` from 0 to below 100; `targets.maxOccupancy` and `targets.maxAbandonment`
 * above 0 and at most 100; `targets.averageSpeedOfAnswer` above 0; `targets.thresholdSeconds`
 * ≥ 0; `targets.shrinkage` from 0 to below 1); `OUT_OF_RANGE` (`workload.averagePatienceSeconds`)
 * when AHT / patience overflows or underflows to 0 (callers who never abandon: use
 * {@link agentsRequired}), (`targets.maxOccupancy`) for a cap that needs more than 10¹⁵ agents,
 * and (`targets`) for targets no 10¹⁵ agents meet; `WRONG_TYPE` (`workload`, `targets`) when an
 * input is not an object, or (`targets.fractional`) for a `fractional` that is not a boolean
 * (it is not read: Erlang A staffing is in whole agents).
 *
 * @example
 * ```ts
 * import { agentsRequired, agentsRequiredWithAbandonment } from 'service-metrics';
 *
 * // 100 calls in 30 min, AHT 180 s, 80 % answered in 20 s; callers would hang up after
 * // 2 minutes on average (mean patience 120 s).
 * const workload = { contacts: 100, intervalSeconds: 1800, averageHandleSeconds: 180 };
 * agentsRequired(workload, { serviceLevel: 80 }).agents; // => 14
 * const plan = agentsRequiredWithAbandonment({ ...workload, averagePatienceSeconds: 120 }, { serviceLevel: 80 });
 * plan.agents; // => 12
 * plan.serviceLevel; // => 82.56
 * plan.probabilityOfAbandoning; // => 0.0616
 * // A cap on abandonment: at most 2 % of callers hang up.
 * agentsRequiredWithAbandonment({ ...workload, averagePatienceSeconds: 120 }, { maxAbandonment: 2 }).agents; // => 15
 * ```
 *
 * @see Garnett, O., Mandelbaum, A., & Reiman, M. (2002). Designing a call center with
 * impatient customers. *Manufacturing & Service Operations Management*, 4(3), 208–227.
 * @see Mandelbaum, A., & Zeltyn, S. (2007). Service engineering in action: the Palm/Erlang-A
 * queue, with applications to call centers. In D. Spath & K.-P. Fähnrich (Eds.), *Advances in
 * Services Innovations* (pp. 17–45). Springer.
 * @category Workforce
 */
export function agentsRequiredWithAbandonment(
  workload: ImpatientContactWorkload,
  targets: AbandonmentStaffingTargets,
): AbandonmentStaffingRequirement {
  const metric = 'agentsRequiredWithAbandonment';
  const object = checkObject(metric, 'workload', workload);
  const { traffic, averageHandleSeconds } = readWorkload(metric, 'workload', object);
  const patience = checkPositive(metric, 'workload.averagePatienceSeconds', object['averagePatienceSeconds']);
  const r = averageHandleSeconds / patience;
  if (r === Infinity) {
    const expected = 'long enough that averageHandleSeconds / averagePatienceSeconds is a finite number';
    fail(metric, 'workload.averagePatienceSeconds', 'OUT_OF_RANGE', expected, object['averagePatienceSeconds']);
  }
  const targetObject = checkObject(metric, 'targets', targets);
  const checked = readTargets(metric, targetObject, 'targets', ['maxAbandonment']);
  const rawCap = targetObject['maxAbandonment'];
  let maxAbandonment: number | undefined;
  if (rawCap !== undefined) {
    maxAbandonment = checkPositive(metric, 'targets.maxAbandonment', rawCap);
    if (maxAbandonment > 100) fail(metric, 'targets.maxAbandonment', 'OUT_OF_RANGE', 'a percentage above 0, at most 100', rawCap);
  }
  const { shrinkage } = checked;
  if (traffic === 0) {
    // No contacts: no agents, and the metrics of an empty queue (the limits of a vanishing load).
    const empty = impatientQueuePerformance(0, 1, averageHandleSeconds, r, checked.thresholdSeconds)!;
    return { ...empty, agents: 0, scheduledAgents: 0, scheduledHeadcount: 0 };
  }
  // r = 0 (patience beyond a double's range next to the AHT): nobody abandons, the chain has no
  // end, and Erlang C is the exact model.
  if (r === 0) {
    const expected = 'short enough that averageHandleSeconds / averagePatienceSeconds is above 0 (for callers who never abandon use agentsRequired)';
    fail(metric, 'workload.averagePatienceSeconds', 'OUT_OF_RANGE', expected, object['averagePatienceSeconds']);
  }
  if (checked.maxOccupancy !== undefined && !((100 * traffic) / checked.maxOccupancy <= MAX_AGENTS)) {
    const expected = `a cap that needs at most 10¹⁵ agents (100 × ${String(traffic)} Erlangs / maxOccupancy)`;
    fail(metric, 'targets.maxOccupancy', 'OUT_OF_RANGE', expected, checked.maxOccupancy);
  }
  /** The queue with `agents`, when it meets every target; undefined otherwise. */
  const meeting = (agents: number): AbandonmentPerformance | undefined => {
    const performance = impatientQueuePerformance(traffic, agents, averageHandleSeconds, r, checked.thresholdSeconds);
    if (performance === undefined) return undefined;
    if (checked.serviceLevel !== undefined && performance.serviceLevel < checked.serviceLevel) return undefined;
    if (checked.averageSpeedOfAnswer !== undefined && performance.averageSpeedOfAnswer > checked.averageSpeedOfAnswer) return undefined;
    if (checked.maxOccupancy !== undefined && performance.occupancy > checked.maxOccupancy) return undefined;
    if (maxAbandonment !== undefined && 100 * performance.probabilityOfAbandoning > maxAbandonment) return undefined;
    return performance;
  };
  // Gallop from the traffic, in steps of 1, 2, 4…, downwards while the targets hold or upwards
  // until they do; then bisect between the last miss (lo; 0 always misses) and the first hit (hi).
  const start = Math.max(1, Math.ceil(traffic));
  let lo: number;
  let hi: number;
  let best = meeting(start);
  if (best === undefined) {
    lo = start;
    for (let step = 1; ; step *= 2) {
      if (lo >= MAX_AGENTS) fail(metric, 'targets', 'OUT_OF_RANGE', 'targets that at most 10¹⁵ agents can meet', targets);
      hi = Math.min(lo + step, MAX_AGENTS);
      best = meeting(hi);
      if (best !== undefined) break;
      lo = hi;
    }
  } else {
    hi = start;
    for (let step = 1; ; step *= 2) {
      lo = Math.max(0, hi - step);
      const performance = lo === 0 ? undefined : meeting(lo);
      if (performance === undefined) break;
      hi = lo;
      best = performance;
    }
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    const performance = meeting(mid);
    if (performance === undefined) {
      lo = mid;
    } else {
      hi = mid;
      best = performance;
    }
  }
  return {
    ...best,
    scheduledAgents: agentsAfterShrinkage(hi, shrinkage),
    scheduledHeadcount: headcountAfterShrinkage(hi, shrinkage),
  };
}
