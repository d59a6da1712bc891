import { approximateAgents, chainSpread, impatientQueuePerformance } from '../internal/numeric/erlangA.js';
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

const IMPATIENT_WORKLOAD_KEYS = [...WORKLOAD_KEYS, 'averagePatienceSeconds'];
const EXTRA_TARGET_KEYS = ['maxAbandonment'];
const TARGET_KEYS = [...STAFFING_TARGET_KEYS.filter((key) => key !== 'fractional'), ...EXTRA_TARGET_KEYS];

/** The most agents a search may try: far beyond any queue, and exact as a double. */
const MAX_AGENTS = 1e15;

/**
 * The fewest agents meeting service-level, ASA, occupancy and abandonment targets when callers hang up (Erlang A).
 *
 * ## Formula
 * With A = contacts × AHT / interval and mean patience θ, the smallest whole N ≥ 1 whose Erlang A queue
 * ({@link erlangAPerformance}) has service level ≥ `serviceLevel` (an abandoned contact counts as missed),
 * ASA ≤ `averageSpeedOfAnswer`, occupancy ≤ `maxOccupancy` and 100 × P(abandon) ≤ `maxAbandonment`, for each target
 * given; scheduledAgents = N / (1 − shrinkage). Every metric improves with N. The search starts where Laplace's
 * approximation of the queue (the diffusion approximation of Garnett, Mandelbaum & Reiman 2002 taken to second
 * order: a few normal tails per step, about 10⁻⁴ off at 1,000 Erlangs) meets the targets, found from the fluid model
 * of an overloaded queue (Whitt 2006: agents always busy, a share 1 − N/A abandons, the served wait ln(A/N)·θ); from
 * there it takes exact secant steps on the log of the tightest target's slack until it holds a miss at N − 1 and a
 * hit at N: two exact evaluations of the queue in almost every case. Short queues, whose exact evaluations cost
 * less than the approximation (about 100 Erlangs at a patience of 0.6 AHT, 12 at 10 AHT), start from the fluid
 * model and take three to five. There is no stability condition: N may be below A. Agents are
 * never busy for certain, so the service level is below 100·N/A and P(abandon) above 1 − N/A: where a target sits on
 * that bound (80 % at 80 % of A agents, where the true level falls short by less than a double can show), the bound
 * decides and one more agent is needed. No contacts need 0 agents.
 *
 * ## Variants
 * - Erlang C ({@link agentsRequired}) overstaffs where callers abandon; as patience grows the answers meet.
 * - Service level over answered contacts only is serviceLevel / (1 − probabilityOfAbandoning); no target on it here.
 * - Whole agents only: Erlang A has no continuous extension in the library.
 * - Cost, measured warm on 2 cores (Node 20, 80/20, AHT 300 s, patience 60–600 s; `npm run bench`): about
 *   3–5 µs at 100 Erlangs, 6.5–8.5 µs at 1,000, 8.5–11 µs at 10,000 and 7–10 µs at 100,000: 1.3 to 11 times
 *   {@link agentsRequired}, most from 100 to 1,000 Erlangs. Each exact evaluation sums the queue's states up to
 *   about 1,000 Erlangs and integrates them (about 3 µs) beyond; a step of the approximation costs about 0.5 µs.
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
 * @see Whitt, W. (2006). Fluid models for multiserver queues with abandonments. *Operations Research*, 54(1), 37–54. https://doi.org/10.1287/opre.1050.0227
 * @see Mandelbaum, A., & Zeltyn, S. (2007). Service engineering in action: the Palm/Erlang-A queue, with applications to call centers. In D. Spath & K.-P. Fähnrich (Eds.), *Advances in Services Innovations* (pp. 17–45). Springer.
 * @category Workforce
 */
export function agentsRequiredWithAbandonment(
  workload: ImpatientContactWorkload,
  targets: AbandonmentStaffingTargets,
): AbandonmentStaffingRequirement {
  const metric = 'agentsRequiredWithAbandonment';
  const object = checkObject(metric, 'workload', workload);
  const { traffic, averageHandleSeconds } = readWorkload(metric, 'workload', object, IMPATIENT_WORKLOAD_KEYS);
  const patience = checkPositive(metric, 'workload.averagePatienceSeconds', object['averagePatienceSeconds']);
  const r = averageHandleSeconds / patience;
  if (r === Infinity) {
    const expected = 'long enough that averageHandleSeconds / averagePatienceSeconds is a finite number';
    fail(metric, 'workload.averagePatienceSeconds', 'OUT_OF_RANGE', expected, object['averagePatienceSeconds']);
  }
  const targetObject = checkRequiredOptions(metric, targets, TARGET_KEYS, 'targets');
  const checked = readTargets(metric, targetObject, 'targets', EXTRA_TARGET_KEYS);
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
  const { serviceLevel, averageSpeedOfAnswer, maxOccupancy } = checked;
  // Agents are never busy for certain (occupancy < 1), so A·(1 − P(abandon)) < N: the service level is below
  // 100·N/A and P(abandon) above 1 − N/A. Where rounding carries a metric onto that bound, the bound decides.
  const meets = (agents: number, performance: AbandonmentPerformance): boolean =>
    !(serviceLevel !== undefined && (performance.serviceLevel < serviceLevel || 100 * agents <= serviceLevel * traffic)) &&
    !(averageSpeedOfAnswer !== undefined && performance.averageSpeedOfAnswer > averageSpeedOfAnswer) &&
    !(maxOccupancy !== undefined && performance.occupancy > maxOccupancy) &&
    !(maxAbandonment !== undefined && (100 * performance.probabilityOfAbandoning > maxAbandonment || maxAbandonment * traffic <= 100 * (traffic - agents)));
  /**
   * How far the tightest target is met, as −ln(achieved / allowed) of a miss rate, ASA, occupancy or abandonment:
   * ≥ 0 when every target is met (up to rounding; a cap of 100 % on occupancy, always met, has no margin). Near
   * linear in N (those quantities fall about exponentially), it guides the search; `meets` decides.
   */
  const margin = (performance: AbandonmentPerformance): number => {
    let slack = Infinity;
    if (serviceLevel !== undefined) slack = Math.min(slack, -Math.log((100 - performance.serviceLevel) / (100 - serviceLevel)));
    if (averageSpeedOfAnswer !== undefined) slack = Math.min(slack, -Math.log(performance.averageSpeedOfAnswer / averageSpeedOfAnswer));
    if (maxOccupancy !== undefined && maxOccupancy < 100) slack = Math.min(slack, -Math.log(performance.occupancy / maxOccupancy));
    if (maxAbandonment !== undefined) slack = Math.min(slack, -Math.log((100 * performance.probabilityOfAbandoning) / maxAbandonment));
    return slack;
  };
  // The fluid model of an overloaded queue (Whitt 2006): agents always busy, a share 1 − N/A abandons, and those
  // served wait ln(A/N)/r AHT. Each target met there gives an N, the most of them at least 1: a lower bound for the
  // targets on waits and abandonment, and for an occupancy cap c the N = 100·A/c where the load alone meets it (a
  // cap of 100 % is always met: agents are never busy for certain).
  const tau = checked.thresholdSeconds / averageHandleSeconds;
  let fluid = 1;
  if (serviceLevel !== undefined) fluid = Math.max(fluid, traffic * Math.max(serviceLevel / 100, Math.exp(-r * tau)));
  if (averageSpeedOfAnswer !== undefined) fluid = Math.max(fluid, traffic * Math.exp((-r * averageSpeedOfAnswer) / averageHandleSeconds));
  if (maxOccupancy !== undefined && maxOccupancy < 100) fluid = Math.max(fluid, (100 * traffic) / maxOccupancy);
  if (maxAbandonment !== undefined) fluid = Math.max(fluid, traffic * (1 - maxAbandonment / 100));
  // The second point of a secant: √A away, on the scale where a queue's service changes (square-root staffing).
  const reach = Math.max(1, Math.round(Math.sqrt(traffic)));
  // The start: where Laplace's approximation of the queue (erlangAIntegrals.ts: about 10⁻⁴ off at 1,000 Erlangs)
  // meets the targets, found by secant steps from the fluid start and √A above it. Its ceiling is the answer in
  // almost every queue, so that the exact search below needs two evaluations (the answer and one agent fewer)
  // instead of four to six. Its three or so steps cost about 1.5 µs, more than exact evaluations of short queues
  // save (chain spread ≤ 12: about 100 Erlangs at a patience of 0.6 AHT, 12 at 10 AHT); those start from the
  // fluid model, as do queues where the approximation does not settle.
  const start =
    chainSpread(traffic, r) > 12 ? approximateAgents(traffic, r, averageHandleSeconds, checked.thresholdSeconds, margin, fluid, reach) : undefined;
  // Every metric improves with N, so the answer is the least N that meets the targets. A secant
  // on the margin proposes the next N, kept strictly inside the bracket (lo misses; 0 always
  // misses; hi meets), with two safeguards: before a bracket is found, the steps up at least
  // double; inside one, a bisection whenever three steps have not halved it.
  let lo = 0;
  let hi = Infinity;
  let best: AbandonmentPerformance | undefined;
  let agents = Math.min(MAX_AGENTS, Math.ceil(start ?? fluid));
  // The point tried before (the secant's other end), and the bracket's widths after the last three steps.
  let tried = false;
  let last = 0;
  let lastMargin = 0;
  let width1 = Infinity;
  let width2 = Infinity;
  let width3 = Infinity;
  let climb = 1;
  // The second point: one agent away from an approximated start, √A from the fluid one.
  const firstStep = start === undefined ? reach : 1;
  for (;;) {
    if (agents > MAX_AGENTS) fail(metric, 'targets', 'OUT_OF_RANGE', 'targets that at most 10¹⁵ agents can meet', targets);
    const performance = impatientQueuePerformance(traffic, agents, averageHandleSeconds, r, checked.thresholdSeconds);
    if (performance !== undefined && meets(agents, performance)) {
      hi = agents;
      best = performance;
    } else lo = agents;
    if (hi - lo <= 1) break;
    const slack = performance === undefined ? Number.NaN : margin(performance);
    let next = tried ? secantStep(last, lastMargin, agents, slack) : hi === agents ? agents - firstStep : agents + firstStep;
    tried = true;
    last = agents;
    lastMargin = slack;
    if (hi === Infinity) {
      // No bracket yet: climb by at least 1, 2, 4… past the last miss.
      next = next > lo + climb ? next : lo + climb;
      climb *= 2;
      if (next > MAX_AGENTS && lo < MAX_AGENTS) next = MAX_AGENTS;
    } else {
      const stalled = hi - lo > width3 / 2;
      width3 = width2;
      width2 = width1;
      width1 = hi - lo;
      if (Number.isNaN(next) || stalled) next = lo + Math.floor((hi - lo) / 2);
      next = Math.min(hi - 1, Math.max(lo + 1, next));
    }
    agents = next;
  }
  // Field by field: an object spread here cost a tenth of the whole search.
  const performance = best!;
  return {
    trafficErlangs: performance.trafficErlangs,
    agents: performance.agents,
    probabilityOfWaiting: performance.probabilityOfWaiting,
    probabilityOfAbandoning: performance.probabilityOfAbandoning,
    serviceLevel: performance.serviceLevel,
    averageSpeedOfAnswer: performance.averageSpeedOfAnswer,
    averageWait: performance.averageWait,
    occupancy: performance.occupancy,
    scheduledAgents: agentsAfterShrinkage(hi, shrinkage),
    scheduledHeadcount: headcountAfterShrinkage(hi, shrinkage),
  };
}

/** The least whole N at or above the root of the secant through (p, margin p) and (q, margin q); NaN when they do not give one. */
function secantStep(p: number, pMargin: number, q: number, qMargin: number): number {
  const next = Math.ceil(q - (qMargin * (q - p)) / (qMargin - pMargin));
  return Number.isFinite(next) ? next : Number.NaN;
}
