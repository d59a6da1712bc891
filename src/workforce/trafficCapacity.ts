import { trafficAtBlocking } from '../internal/numeric/erlang.js';
import { checkAmounts, checkIntegerInRange } from '../internal/checks/validate.js';
import { checkBlocking } from '../internal/checks/workforceInputs.js';
import type { FromWarehouse } from '../types.js';

/** A number of lines and the blocking they may show: the input of {@link trafficCapacity}. @category Workforce */
export interface LinesAtBlocking {
  /** Lines (trunks, channels, agents of a loss system), a whole number from 1 to 10⁸. */
  readonly lines: number;
  /** The blocking probability, strictly between 0 and 1 (0.01 for 1 %). */
  readonly blocking: number;
}

/**
 * The traffic a number of lines can be offered at a blocking: the inverse of Erlang B in the
 * traffic ("how much traffic can a trunk group handle?").
 *
 * ## Formula
 * ```math
 * A^{*} = \max\{\, A \ge 0 : B(N, A) \le b \,\}
 * ```
 * with B the Erlang B blocking of N lines offered A Erlangs ({@link erlangB}) and b the target.
 * B rises continuously with A, from 0 at A = 0 to at least 1 − N/A (the lines carry at most N
 * Erlangs), so A* lies in [0, N/(1 − b)]; it is found by Newton's method on ln B (∂B/∂A = B·(N/A − 1 + B)) kept
 * inside that bracket, then bisection of the last few doubles: to the last bit of a double.
 * The traffic carried at that point is A*·(1 − b).
 *
 * ## Variants
 * - {@link linesRequired} is the other direction: the lines for a traffic and a blocking.
 * - Tables printed for telephony list this value for each N and b ("Erlang B table").
 *
 * @param input - The lines and the blocking (0–1, exclusive).
 * @returns The offered traffic in Erlangs at which the lines block exactly `blocking`.
 * @throws {@link MetricInputError} the common input checks; `OUT_OF_RANGE` when `input.blocking` is not strictly between 0 and 1, or `input.lines` outside 1–10⁸.
 * @example
 * ```ts
 * import { trafficCapacity } from 'service-metrics';
 * // Westbay Engineers: 15 lines carry 8.108 Erlangs at 1 % blocking.
 * trafficCapacity({ lines: 15, blocking: 0.01 }); // => 8.108
 * ```
 * @see {@link https://erlang.com/calculatormanual/howmuchtrafficcanatrunkgrouphandle.htm | Westbay Engineers: How much traffic can a trunk group handle?}
 * @see Jagerman, D. L. (1974). Some properties of the Erlang loss function. *Bell System Technical Journal*, 53(3), 525–551.
 * @category Workforce
 */
export function trafficCapacity(input: FromWarehouse<LinesAtBlocking>): number {
  const metric = 'trafficCapacity';
  const object = checkAmounts(metric, 'input', input, ['lines', 'blocking']);
  const lines = checkIntegerInRange(metric, 'input.lines', object['lines'], 1, 1e8);
  const target = checkBlocking(metric, 'input.blocking', object['blocking']);
  return trafficAtBlocking(lines, target);
}
