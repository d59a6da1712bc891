import { erlangBReal } from '../internal/numeric/erlang.js';
import { checkAmounts, checkNonNegative } from '../internal/checks/validate.js';
import { checkTraffic } from '../internal/checks/workforceInputs.js';
import type { FromWarehouse } from '../types.js';

/** Agents (lines, servers) and the traffic offered to them: the input of {@link erlangB} and {@link erlangC}. @category Workforce */
export interface ErlangInput {
  /** Agents, lines or servers, ≥ 0; fractional uses the continuous extension ({@link erlangB}). */
  readonly agents: number;
  /** Offered traffic A in Erlangs, from 0 to 10⁸: see {@link trafficIntensity}. */
  readonly trafficErlangs: number;
}

/**
 * Erlang B: the probability that a contact finds every agent (line, trunk) busy and is lost (M/M/N/N).
 *
 * ## Formula
 * ```math
 * B(N, A) = \frac{A^N / N!}{\sum_{k=0}^{N} A^k / k!}, \qquad \frac{1}{B(n, A)} = 1 + \frac{n}{A}\,\frac{1}{B(n - 1, A)}
 * ```
 * computed without factorials by the stable recurrence on the right, from 12√A below min(N, A): relative error below 4e−15, O(√A) steps. Fractional N uses
 * Jagerman's continuous extension 1/B(x, A) = A ∫₀^∞ e^(−At) (1 + t)^x dt (equal at whole x, smooth and decreasing).
 * Only the mean handle time matters (any holding-time distribution). No traffic gives B = 0 (N > 0) or 1 (N = 0).
 *
 * ## Variants
 * - Telephony's grade of service is this blocking probability (a "P.01" trunk group blocks 1 %).
 * - {@link erlangC} queues blocked contacts; {@link erlangAPerformance} lets them abandon.
 * - Extended Erlang B (retries of blocked calls) is not modelled.
 *
 * @param input - The agents (whole or fractional) and the traffic in Erlangs.
 * @returns The blocking probability, 0–1.
 * @throws {@link MetricInputError} the common input checks (`input.agents`, `input.trafficErlangs` up to 10⁸).
 * @example
 * ```ts
 * import { erlangB } from 'service-metrics';
 * // Westbay (erlang.com): 15 lines carry 8.108 Erlangs at 1 % blocking.
 * erlangB({ agents: 15, trafficErlangs: 8.108 }); // => 0.0100
 * ```
 * @see Erlang, A. K. (1917). Solution of some problems in the theory of probabilities of significance in automatic telephone exchanges. *Elektroteknikeren*, 13, 5–13.
 * @see Jagerman, D. L. (1974). Some properties of the Erlang loss function. *Bell System Technical Journal*, 53(3), 525–551.
 * @see {@link https://erlang.com/calculatormanual/howmuchtrafficcanatrunkgrouphandle.htm | Westbay Engineers: How much traffic can a trunk group handle?}
 * @category Workforce
 */
export function erlangB(input: FromWarehouse<ErlangInput>): number {
  const metric = 'erlangB';
  const object = checkAmounts(metric, 'input', input, ['trafficErlangs', 'agents']);
  const agents = checkNonNegative(metric, 'input.agents', object['agents']);
  const traffic = checkTraffic(metric, 'input.trafficErlangs', object['trafficErlangs']);
  return erlangBReal(agents, traffic);
}
