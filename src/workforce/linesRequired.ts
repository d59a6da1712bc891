import { fewestLines } from '../internal/numeric/erlang.js';
import { checkAmounts } from '../internal/checks/validate.js';
import { checkBlocking, checkTraffic } from '../internal/checks/workforceInputs.js';
import type { FromWarehouse } from '../types.js';

/** Offered traffic and the blocking a loss system may show: the input of {@link linesRequired}. @category Workforce */
export interface BlockingTarget {
  /** Offered traffic A in Erlangs, from 0 to 10⁸: see {@link trafficIntensity}. */
  readonly trafficErlangs: number;
  /** The largest share of contacts that may find every line busy, a probability strictly between 0 and 1 (0.01 for 1 %). */
  readonly blocking: number;
}

/** The lines a loss system needs, from {@link linesRequired}. @category Workforce */
export interface LinesRequirement {
  /** The fewest lines (trunks, channels, agents of a loss system) whose Erlang B blocking is at most the target. */
  readonly lines: number;
  /** Erlang B blocking with those lines, 0–1, at most the target. */
  readonly blocking: number;
  /** The traffic the lines carry, A·(1 − B), in Erlangs: the offered traffic less the blocked share. */
  readonly carriedErlangs: number;
}

/**
 * The fewest lines for a blocking target: Erlang B staffing of a loss system (trunks, channels,
 * or agents whose callers are turned away when all are busy).
 *
 * ## Formula
 * ```math
 * N^{*} = \min\{\, N \ge 0 : B(N, A) \le b \,\}
 * ```
 * with B the Erlang B blocking of N lines offered A Erlangs ({@link erlangB}) and b the target.
 * B falls as N grows, and N lines carry A·(1 − B) ≤ N Erlangs, so no N below A·(1 − b) meets the target: one
 * pass of the stable recursion from 12√A below that bound finds the least N, confirmed on {@link erlangB}'s own
 * values: O(√A) operations, exact for 1 to 10⁸ Erlangs. No traffic needs no lines.
 *
 * ## Variants
 * - Telephony's "P.01 grade of service" is b = 0.01 in the busy hour.
 * - {@link agentsRequired} staffs a queue (Erlang C), where blocked callers wait instead.
 * - {@link trafficCapacity} is the inverse: the traffic N lines carry at a blocking.
 *
 * @param input - The offered traffic in Erlangs and the blocking target (0–1, exclusive).
 * @returns The lines, the blocking they give and the traffic they carry.
 * @throws {@link MetricInputError} the common input checks; `OUT_OF_RANGE` when `input.blocking` is not strictly between 0 and 1.
 * @example
 * ```ts
 * import { linesRequired } from 'service-metrics';
 * // Westbay Engineers' Erlang B table: 13.5 Erlangs need 22 circuits at 1 % blocking, 16 at 10 %.
 * linesRequired({ trafficErlangs: 13.5, blocking: 0.01 }).lines; // => 22
 * linesRequired({ trafficErlangs: 13.5, blocking: 0.1 }).lines; // => 16
 * ```
 * @see {@link https://www.erlang.com/topic/erlang-b-table/ | Westbay Engineers (T. Howard): Erlang B table in Excel}
 * @see Erlang, A. K. (1917). Solution of some problems in the theory of probabilities of significance in automatic telephone exchanges. *Elektroteknikeren*, 13, 5–13.
 * @category Workforce
 */
export function linesRequired(input: FromWarehouse<BlockingTarget>): LinesRequirement {
  const metric = 'linesRequired';
  const object = checkAmounts(metric, 'input', input, ['trafficErlangs', 'blocking']);
  const traffic = checkTraffic(metric, 'input.trafficErlangs', object['trafficErlangs']);
  const target = checkBlocking(metric, 'input.blocking', object['blocking']);
  if (traffic === 0) return { lines: 0, blocking: 0, carriedErlangs: 0 };
  const { lines, blocking } = fewestLines(traffic, target);
  return { lines, blocking, carriedErlangs: traffic * (1 - blocking) };
}
