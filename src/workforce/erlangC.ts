import { erlangCReal } from '../internal/numeric/erlang.js';
import { checkObject } from '../internal/checks/validate.js';
import { checkStableAgents, checkTraffic } from '../internal/checks/workforceInputs.js';
import type { ErlangInput } from './erlangB.js';

/**
 * Erlang C: the probability that a contact has to wait, because every agent is busy when it
 * arrives, in a queue where nobody abandons (the M/M/N queue).
 *
 * ## Formula
 * C(N, A) = N·B(N, A) / (N − A·(1 − B(N, A)))
 *
 * with B Erlang B ({@link erlangB}), the stable form of
 * C = (Aᴺ/N!)·N/(N − A) / (Σₖ₌₀ᴺ⁻¹ Aᵏ/k! + (Aᴺ/N!)·N/(N − A)). Computed without factorials
 * (see {@link erlangB}): a few units in the last place for 1 to 100,000 agents, whole or
 * fractional traffic. Fractional agents use the continuous extension of Erlang B, so that a
 * staffing plan may carry 12.4 agents on a small queue instead of rounding every queue up.
 *
 * The queue is stable only when N > A: with no more agents than Erlangs it grows without end,
 * and the formula would give a meaningless number. That input is an error (`UNSTABLE`), never
 * a probability above 1 or a negative wait.
 *
 * C ≥ B always: waiting contacts stay and keep agents busy, where blocked ones would leave.
 *
 * ## Variants
 * - The service level, ASA and occupancy built on C: {@link erlangCPerformance}.
 * - With abandonment (customers who give up): {@link erlangAPerformance}. Erlang C assumes
 *   infinite patience, so it overstates waits and agents when many callers hang up.
 * - Some texts write E₂,N(A) or P_W, or express C as a percentage.
 *
 * @param input - The agents (> traffic; whole or fractional) and the traffic in Erlangs.
 * @returns The probability of waiting, 0–1.
 * @throws {@link MetricInputError} `UNSTABLE` (`input.agents`) when agents ≤ traffic; `WRONG_TYPE`,
 * `NOT_FINITE` or `NEGATIVE` for an `input.agents` or `input.trafficErlangs` that is not a finite
 * number ≥ 0; `OUT_OF_RANGE` (`input.trafficErlangs`) for more than 10⁸ Erlangs; `WRONG_TYPE`
 * (`input`) when the input is not an object.
 *
 * @example
 * ```ts
 * import { erlangC } from 'service-metrics';
 *
 * // Call Centre Helper's worked example: 10 Erlangs on 11 agents, 68.21 % wait.
 * erlangC({ agents: 11, trafficErlangs: 10 }); // => 0.6821
 * erlangC({ agents: 14, trafficErlangs: 10 }); // => 0.1741
 * erlangC({ agents: 10, trafficErlangs: 10 }); // => throws UNSTABLE
 * ```
 *
 * @see Erlang, A. K. (1917). Solution of some problems in the theory of probabilities of
 * significance in automatic telephone exchanges. *Elektroteknikeren*, 13, 5–13.
 * @see Gans, N., Koole, G., & Mandelbaum, A. (2003). Telephone call centers: Tutorial, review,
 * and research prospects. *Manufacturing & Service Operations Management*, 5(2), 79–141 (§4.1).
 * @see {@link https://www.callcentrehelper.com/erlang-c-formula-example-121281.htm | Call Centre Helper: Erlang C formula, made simple with an easy worked example}
 * @category Workforce
 */
export function erlangC(input: ErlangInput): number {
  const metric = 'erlangC';
  const object = checkObject(metric, 'input', input);
  const traffic = checkTraffic(metric, 'input.trafficErlangs', object['trafficErlangs']);
  const agents = checkStableAgents(metric, 'input.agents', object['agents'], traffic);
  return erlangCReal(agents, traffic);
}
