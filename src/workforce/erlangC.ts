import { erlangCReal } from '../internal/numeric/erlang.js';
import { checkAmounts } from '../internal/checks/validate.js';
import { checkStableAgents, checkTraffic } from '../internal/checks/workforceInputs.js';
import type { ErlangInput } from './erlangB.js';
import type { FromWarehouse } from '../types.js';

/**
 * Erlang C: the probability that a contact waits, every agent busy on arrival, where nobody abandons (M/M/N).
 *
 * ## Formula
 * ```math
 * C(N, A) = \frac{N\,B(N, A)}{N - A\,\bigl(1 - B(N, A)\bigr)} = \frac{\dfrac{A^N}{N!}\,\dfrac{N}{N - A}}{\displaystyle\sum_{k=0}^{N-1} \frac{A^k}{k!} + \frac{A^N}{N!}\,\frac{N}{N - A}}
 * ```
 * with B Erlang B ({@link erlangB}): the left side is the stable form of the right, fractional N included. Stable only when N > A,
 * otherwise `UNSTABLE`, never a probability above 1. C ≥ B always.
 *
 * ## Variants
 * - Service level, ASA and occupancy on C: {@link erlangCPerformance}; with abandonment: {@link erlangAPerformance}
 *   (Erlang C overstates waits when many callers hang up).
 * - Also written E₂,N(A) or P_W, or as a percentage.
 *
 * @param input - The agents (> traffic; whole or fractional) and the traffic in Erlangs.
 * @returns The probability of waiting, 0–1.
 * @throws {@link MetricInputError} the common input checks; `UNSTABLE` (`input.agents`) when agents ≤ traffic.
 * @example
 * ```ts
 * import { erlangC } from 'service-metrics';
 * // Call Centre Helper's worked example: 10 Erlangs on 11 agents, 68.21 % wait.
 * erlangC({ agents: 11, trafficErlangs: 10 }); // => 0.6821
 * ```
 * @see Erlang, A. K. (1917). Solution of some problems in the theory of probabilities of significance in automatic telephone exchanges. *Elektroteknikeren*, 13, 5–13.
 * @see Gans, N., Koole, G., & Mandelbaum, A. (2003). Telephone call centers: Tutorial, review, and research prospects. *Manufacturing & Service Operations Management*, 5(2), 79–141 (§4.1).
 * @see {@link https://www.callcentrehelper.com/erlang-c-formula-example-121281.htm | Call Centre Helper: Erlang C formula, made simple with an easy worked example}
 * @category Workforce
 */
export function erlangC(input: FromWarehouse<ErlangInput>): number {
  const metric = 'erlangC';
  const object = checkAmounts(metric, 'input', input, ['trafficErlangs', 'agents']);
  const traffic = checkTraffic(metric, 'input.trafficErlangs', object['trafficErlangs']);
  const agents = checkStableAgents(metric, 'input.agents', object['agents'], traffic);
  return erlangCReal(agents, traffic);
}
