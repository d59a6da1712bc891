import { readTargets, requirement, STAFFING_TARGET_KEYS } from '../internal/numeric/staffing.js';
import { checkRequiredOptions } from '../internal/checks/validate.js';
import { readWorkload } from '../internal/checks/workforceInputs.js';
import type { ContactWorkload } from '../internal/types/queue.js';
import type { StaffingRequirement } from '../internal/types/queue.js';
import type { FromWarehouse } from '../types.js';
export type { StaffingRequirement } from '../internal/types/queue.js';

/** What a staffing plan must achieve: one or more of the three targets, every one given must hold. @category Workforce */
export interface StaffingTargets {
  /** Least % of contacts answered within `thresholdSeconds`, 0 to below 100 (80 for "80 % in 20 s"). */
  readonly serviceLevel?: number;
  /** The service-level threshold, in seconds, ≥ 0. @defaultValue 20 */
  readonly thresholdSeconds?: number;
  /** The largest acceptable average speed of answer, in seconds, > 0. */
  readonly averageSpeedOfAnswer?: number;
  /** The highest acceptable occupancy, a percentage above 0, at most 100 (85 spares a small team). */
  readonly maxOccupancy?: number;
  /** Share of paid time not on contacts (breaks, training, absence), 0 to below 1; for scheduling. @defaultValue 0 */
  readonly shrinkage?: number;
  /** Return the least fractional agents (continuous Erlang C), to round once over many queues. @defaultValue false */
  readonly fractional?: boolean;
}

/**
 * The fewest agents meeting service-level, ASA and occupancy targets in one interval (Erlang C), and the headcount.
 *
 * ## Formula
 * ```math
 * \begin{aligned}
 * A &= \frac{\text{contacts} \times \mathrm{AHT}}{\text{interval}} \\
 * N &= \min \{\, n > A \,\} \text{ such that} \\
 * &\quad 100 \times \bigl(1 - C(n, A)\, e^{-(n - A)\, t / \mathrm{AHT}}\bigr) \ge \text{serviceLevel}, \\
 * &\quad \frac{C(n, A)\,\mathrm{AHT}}{n - A} \le \text{averageSpeedOfAnswer}, \\
 * &\quad 100 \times \frac{A}{n} \le \text{maxOccupancy} \\
 * \text{scheduledAgents} &= \frac{N}{1 - \text{shrinkage}}
 * \end{aligned}
 * ```
 * with A from {@link trafficIntensity}, C Erlang C ({@link erlangC}), t the threshold in seconds, and only
 * the targets given. The metrics returned are
 * {@link erlangCPerformance}'s for N. With `fractional: true`, the least real N by bisection on the continuous
 * Erlang C ({@link erlangB}), between the whole answer − 1 and it. No contacts need 0 agents (metrics of an idle queue).
 *
 * ## Variants
 * - All targets hold at once, so the answer is the largest of the single-target answers.
 * - Shrinkage divides, as Call Centre Helper does: 30 % needs 1/0.7 = 1.43×, not agents × (1 + shrinkage) = 1.3×.
 * - Erlang C ignores abandonment and overstaffs where callers hang up: see {@link agentsRequiredWithAbandonment}.
 *
 * @param workload - Contacts offered in the interval, its length and the AHT.
 * @param targets - The targets, the shrinkage, and whether agents may be fractional.
 * @returns The agents, the agents and headcount to schedule, and the queue's performance with them.
 * @throws {@link MetricInputError} the common input checks (also past 10⁸ Erlangs or 10¹⁵ agents); `EMPTY`
 * (`targets`) when no target is given.
 * @example
 * ```ts
 * import { agentsRequired } from 'service-metrics';
 * // Call Centre Helper's worked example: 100 calls in 30 min, AHT 180 s, 80 % in 20 s,
 * // at most 85 % occupancy, 30 % shrinkage: 14 agents, 14 / 0.7 = 20 to schedule.
 * const plan = agentsRequired(
 *   { contacts: 100, intervalSeconds: 1800, averageHandleSeconds: 180 },
 *   { serviceLevel: 80, thresholdSeconds: 20, maxOccupancy: 85, shrinkage: 0.3 },
 * );
 * plan.scheduledHeadcount; // => 20
 * // 250 calls an hour at 330 s, 80 % in 30 s: 28 agents (jonesthenet.com).
 * agentsRequired({ contacts: 250, intervalSeconds: 3600, averageHandleSeconds: 330 }, { serviceLevel: 80, thresholdSeconds: 30 }).agents; // => 28
 * ```
 * @see {@link https://www.callcentrehelper.com/erlang-c-formula-example-121281.htm | Call Centre Helper: Erlang C formula, made simple with an easy worked example}
 * @see {@link https://web.archive.org/web/2020/http://www.jonesthenet.com/budgeting/service-levels-erlang/erlang-uplift/ | Jones the Net: Erlang uplift} (archived copy; the site serves no https)
 * @see Gans, N., Koole, G., & Mandelbaum, A. (2003). Telephone call centers: Tutorial, review, and research prospects. *Manufacturing & Service Operations Management*, 5(2), 79–141. {@link https://doi.org/10.1287/msom.5.2.79.16071 | doi:10.1287/msom.5.2.79.16071}
 * @category Workforce
 */
export function agentsRequired(workload: FromWarehouse<ContactWorkload>, targets: StaffingTargets): StaffingRequirement {
  const metric = 'agentsRequired';
  const { traffic, averageHandleSeconds } = readWorkload(metric, 'workload', workload);
  const checked = readTargets(metric, checkRequiredOptions(metric, targets, STAFFING_TARGET_KEYS, 'targets'));
  return requirement(traffic, averageHandleSeconds, checked);
}
