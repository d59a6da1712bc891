import { addCounts } from '../internal/summaries/addCounts.js';
import { checkProportionSummary, summariseProportion } from '../internal/summaries/proportionMath.js';
import { fail } from '../internal/checks/validate.js';
import type { Accessor } from '../types.js';
import type { ProportionSummary } from '../internal/types/summaries.js';
export type { ProportionSummary } from '../internal/types/summaries.js';

/** One yes/no observation: `true`/`1` a success, `false`/`0` a failure, `null`/`undefined` none. @category Statistics */
export type ProportionValue = boolean | 0 | 1 | 0n | 1n | null | undefined;

/**
 * One pass over yes/no values into a {@link ProportionSummary} (`null`, `undefined` unanswered); O(n).
 *
 * @param values - Yes/no values, or rows read through `value`. Any iterable.
 * @returns The summary, as plain JSON, with `unanswered` set.
 * @throws {@link MetricInputError} the common input checks (`values[i]`).
 * @example
 * ```ts
 * import { proportionSummary } from 'service-metrics';
 * proportionSummary([true, false, true, null]); // => { successes: 2, trials: 3, unanswered: 1 }
 * ```
 * @category Statistics
 */
export function proportionSummary(values: Iterable<ProportionValue>): Required<ProportionSummary>;
export function proportionSummary<T>(rows: Iterable<T>, value: Accessor<T, ProportionValue>): Required<ProportionSummary>;
export function proportionSummary(values: unknown, value?: unknown): Required<ProportionSummary> {
  return summariseProportion('proportionSummary', values, value);
}

/**
 * Adds two {@link ProportionSummary} values; associative, commutative, `proportionSummary([])` the identity.
 *
 * @param a - One summary.
 * @param b - Another.
 * @returns A new summary, with `unanswered` set (0 when left out); neither input is changed.
 * @throws {@link MetricInputError} the common input checks (`a.successes`…); `INCONSISTENT` for more successes than trials.
 * @example
 * ```ts
 * import { mergeProportionSummaries, proportionSummary } from 'service-metrics';
 * mergeProportionSummaries(proportionSummary([true, null]), { successes: 3, trials: 5 });
 * // => { successes: 4, trials: 6, unanswered: 1 }
 * ```
 * @category Statistics
 */
export function mergeProportionSummaries(a: ProportionSummary, b: ProportionSummary): Required<ProportionSummary> {
  const metric = 'mergeProportionSummaries';
  const left = checkProportionSummary(metric, 'a', a);
  const right = checkProportionSummary(metric, 'b', b);
  const add = (name: keyof ProportionSummary): number => addCounts(metric, `b.${name}`, left[name], right[name]);
  return { successes: add('successes'), trials: add('trials'), unanswered: add('unanswered') };
}

/**
 * A proportion from a {@link ProportionSummary} (or warehouse counts of that shape), in percent.
 *
 * ## Formula
 * proportion = 100 × successes / trials, in 0–100, not rounded.
 *
 * @param summary - Successes and trials; `unanswered` may be left out.
 * @returns The percentage of successes, 0–100.
 * @throws {@link MetricInputError} the common input checks; `EMPTY` (`summary.trials`) for 0 trials; `INCONSISTENT` for successes > trials.
 * @example
 * ```ts
 * import { proportionFromSummary } from 'service-metrics';
 * proportionFromSummary({ successes: 18, trials: 24 }); // => 75
 * ```
 * @category Statistics
 */
export function proportionFromSummary(summary: ProportionSummary): number {
  return percentageOf('proportionFromSummary', 'summary', checkProportionSummary('proportionFromSummary', 'summary', summary));
}

/**
 * The percentage of successes among yes/no values (FCR ticked by agents, % agree).
 *
 * ## Formula
 * 100 × (values `true` or `1`) / (values `true`, `false`, `1` or `0`), `null` and `undefined` skipped; in
 * 0–100, not rounded.
 *
 * @param values - Yes/no values, or rows read through `value`. Any iterable.
 * @returns The percentage of successes, 0–100.
 * @throws {@link MetricInputError} the common input checks (`values[i]`); `EMPTY` (`values`) when no value is a yes or a no.
 * @example
 * ```ts
 * import { proportion } from 'service-metrics';
 * proportion([true, true, false, null]); // => 66.67
 * ```
 * @category Statistics
 */
export function proportion(values: Iterable<ProportionValue>): number;
export function proportion<T>(rows: Iterable<T>, value: Accessor<T, ProportionValue>): number;
export function proportion(values: unknown, value?: unknown): number {
  const metric = 'proportion';
  return percentageOf(metric, 'values', summariseProportion(metric, values, value));
}

function percentageOf(metric: string, field: string, summary: Required<ProportionSummary>): number {
  const emptyField = field === 'summary' ? 'summary.trials' : field;
  if (summary.trials === 0) fail(metric, emptyField, 'EMPTY', 'at least one yes or no', summary.trials);
  // Whole numbers: 100 × a count is exact, so the one division rounds correctly.
  return (100 * summary.successes) / summary.trials;
}
