import { impatientQueuePerformance } from '../internal/numeric/erlangA.js';
import { agentsAfterShrinkage, headcountAfterShrinkage } from '../internal/checks/shrinkageFactor.js';
import { readTargets, STAFFING_TARGET_KEYS } from '../internal/numeric/staffing.js';
import { checkObject, checkPositive, checkRequiredOptions, fail } from '../internal/checks/validate.js';
import { readWorkload, WORKLOAD_KEYS } from '../internal/checks/workforceInputs.js';
import type { StaffingTargets } from './agentsRequired.js';
import type { ImpatientContactWorkload } from '../internal/types/queue.js';
import type { AbandonmentPerformance } from './erlangAPerformance.js';

/** The targets of {@link agentsRequired} (whole agents only) and a cap on abandonment. @category Workforce */
export interface AbandonmentStaffingTargets extends Omit<StaffingTargets, 'fractional'> {
  /** The highest acceptable % of offered contacts that abandon, above 0, at most 100. */
  readonly maxAbandonment?: number;
}

/** The agents a queue with abandonment needs, and how it performs with them (Erlang A). @category Workforce */
export interface AbandonmentStaffingRequirement extends AbandonmentPerformance {
  /** Agents to schedule after shrinkage, agents / (1 − shrinkage), not rounded (as {@link StaffingRequirement}). */
  readonly scheduledAgents: number;
  /** The whole people to schedule: the smallest whole number h with h × (1 − shrinkage) ≥ `agents`. */
  readonly scheduledHeadcount: number;
}

/** The most agents a search may try: far beyond any queue, and exact as a double. */
const MAX_AGENTS = 1e15;

/**
 * The fewest agents meeting service-level, ASA, occupancy and abandonment targets when callers hang up (Erlang A).
 *
 * ## Formula
 * With A = contacts × AHT / interval and mean patience θ, the smallest whole N ≥ 1 whose Erlang A queue
 * ({@link erlangAPerformance}) has service level ≥ `serviceLevel` (an abandoned contact counts as missed),
 * ASA ≤ `averageSpeedOfAnswer`, occupancy ≤ `maxOccupancy` and 100 × P(abandon) ≤ `maxAbandonment`, for each target
 * given; scheduledAgents = N / (1 − shrinkage). Every metric improves with N, so the search gallops from the traffic
 * then bisects. There is no stability condition: N may be below A. Queues too long to compute (over 2·10⁷ waiting:
 * very patient callers, heavy overload) count as missing the targets. No contacts need 0 agents.
 *
 * ## Variants
 * - Erlang C ({@link agentsRequired}) overstaffs where callers abandon; as patience grows the answers meet.
 * - Service level over answered contacts only is serviceLevel / (1 − probabilityOfAbandoning); no target on it here.
 * - Whole agents only: Erlang A has no continuous extension in the library.
 * - Cost, measured warm on 2 cores (Node 20, 80/20, AHT 180–300 s, patience 120 s): about 0.01–0.07 ms at
 *   100 Erlangs, 0.1–0.2 ms at 1,000, 0.5–0.6 ms at 10,000 and 3–4 ms at 100,000: 15 to 800 times
 *   {@link agentsRequired}, as each step of the search evaluates the whole Erlang A chain.
 *
 * @param workload - Contacts offered in the interval, its length, the AHT and the callers' mean patience.
 * @param targets - The service-level, ASA, occupancy and abandonment targets, and the shrinkage.
 * @returns The agents, the agents and headcount to schedule, and the queue's performance with them.
 * @throws {@link MetricInputError} the common input checks (also past 10⁸ Erlangs, AHT / patience not finite
 * or 0, or targets no 10¹⁵ agents meet); `EMPTY` (`targets`) when no target is given.
 * @example
 * ```ts
 * import { agentsRequired, agentsRequiredWithAbandonment } from 'service-metrics';
 * // 100 calls in 30 min, AHT 180 s, 80 % in 20 s; callers hang up after 120 s on average.
 * const workload = { contacts: 100, intervalSeconds: 1800, averageHandleSeconds: 180 };
 * agentsRequired(workload, { serviceLevel: 80 }).agents; // => 14
 * agentsRequiredWithAbandonment({ ...workload, averagePatienceSeconds: 120 }, { serviceLevel: 80 }).agents; // => 12
 * ```
 * @see Garnett, O., Mandelbaum, A., & Reiman, M. (2002). Designing a call center with impatient customers. *Manufacturing & Service Operations Management*, 4(3), 208–227.
 * @see Mandelbaum, A., & Zeltyn, S. (2007). Service engineering in action: the Palm/Erlang-A queue, with applications to call centers. In D. Spath & K.-P. Fähnrich (Eds.), *Advances in Services Innovations* (pp. 17–45). Springer.
 * @category Workforce
 */
export function agentsRequiredWithAbandonment(
  workload: ImpatientContactWorkload,
  targets: AbandonmentStaffingTargets,
): AbandonmentStaffingRequirement {
  const metric = 'agentsRequiredWithAbandonment';
  const object = checkObject(metric, 'workload', workload);
  const { traffic, averageHandleSeconds } = readWorkload(metric, 'workload', object, [...WORKLOAD_KEYS, 'averagePatienceSeconds']);
  const patience = checkPositive(metric, 'workload.averagePatienceSeconds', object['averagePatienceSeconds']);
  const r = averageHandleSeconds / patience;
  if (r === Infinity) {
    const expected = 'long enough that averageHandleSeconds / averagePatienceSeconds is a finite number';
    fail(metric, 'workload.averagePatienceSeconds', 'OUT_OF_RANGE', expected, object['averagePatienceSeconds']);
  }
  const keys = [...STAFFING_TARGET_KEYS.filter((key) => key !== 'fractional'), 'maxAbandonment'];
  const targetObject = checkRequiredOptions(metric, targets, keys, 'targets');
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
