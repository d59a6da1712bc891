import { addCounts } from '../internal/summaries/addCounts.js';
import { checkProportionSummary, summariseProportion } from '../internal/summaries/proportionMath.js';
import { fail } from '../internal/checks/validate.js';
import type { Accessor } from '../types.js';
import type { ProportionSummary } from '../internal/types/summaries.js';
export type { ProportionSummary } from '../internal/types/summaries.js';

/**
 * One yes/no observation: `true` or `1` for a success (resolved at first contact, agreed,
 * answered within the target), `false` or `0` for a failure, `null` or `undefined` for none.
 *
 * @category Statistics
 */
export type ProportionValue = boolean | 0 | 1 | null | undefined;

/**
 * One pass over yes/no values into a {@link ProportionSummary}: successes, trials and rows
 * without an observation. Values are `true`/`false` or `1`/`0`; `null` and `undefined` are
 * skipped and counted as unanswered; anything else (`2`, `"yes"`) is an error naming the row.
 * An empty sample gives the identity of {@link mergeProportionSummaries}. Runs in O(n).
 *
 * @param values - Yes/no values, or rows read through `value`. Any iterable.
 * @returns The summary, as plain JSON, with `unanswered` set.
 * @throws {@link MetricInputError} `WRONG_TYPE`, `NOT_FINITE` or `OUT_OF_RANGE` (`values[i]`) for a
 * value that is not a yes/no observation.
 *
 * @example
 * ```ts
 * import { proportionSummary } from 'service-metrics';
 *
 * proportionSummary([true, false, true, null]); // => { successes: 2, trials: 3, unanswered: 1 }
 * proportionSummary([{ fcr: true }, { fcr: false }], (row) => row.fcr); // => { successes: 1, trials: 2, unanswered: 0 }
 * proportionSummary(['yes']); // => throws WRONG_TYPE
 * ```
 *
 * @category Statistics
 */
export function proportionSummary(values: Iterable<ProportionValue>): Required<ProportionSummary>;
export function proportionSummary<T>(rows: Iterable<T>, value: Accessor<T, ProportionValue>): Required<ProportionSummary>;
export function proportionSummary(values: unknown, value?: unknown): Required<ProportionSummary> {
  return summariseProportion('proportionSummary', values, value);
}

/**
 * Adds two {@link ProportionSummary} values, as for two days, two shards or two rows of a
 * warehouse `GROUP BY`. Merging is associative and commutative, with `proportionSummary([])`
 * as the identity.
 *
 * @param a - One summary.
 * @param b - Another.
 * @returns A new summary, with `unanswered` set (0 when left out); neither input is changed.
 * @throws {@link MetricInputError} `WRONG_TYPE` (`a`, `b`) for a summary that is not an object;
 * `WRONG_TYPE`, `NOT_FINITE`, `NOT_INTEGER`, `NEGATIVE` or `OUT_OF_RANGE` for a count that is not a
 * whole number from 0 to 2⁵³ − 1 (`a.successes`…); `INCONSISTENT` (`a.successes`) for more
 * successes than trials; `OUT_OF_RANGE` (`b.trials`…) when a merged count would pass 2⁵³ − 1.
 *
 * @example
 * ```ts
 * import { mergeProportionSummaries, proportionSummary } from 'service-metrics';
 *
 * mergeProportionSummaries(proportionSummary([true, null]), { successes: 3, trials: 5 });
 * // => { successes: 4, trials: 6, unanswered: 1 }
 * ```
 *
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
 * A proportion from a {@link ProportionSummary} (or warehouse counts of that shape), as a
 * percentage: 100 × successes / trials.
 *
 * ## Formula
 * proportion = 100 × successes / trials, in 0–100, not rounded.
 *
 * @param summary - Successes and trials; `unanswered` may be left out.
 * @returns The percentage of successes, 0–100.
 * @throws {@link MetricInputError} `EMPTY` (`summary.trials`) for zero trials; as
 * {@link mergeProportionSummaries} for a bad or contradictory summary (`summary.successes`…).
 *
 * @example
 * ```ts
 * import { proportionFromSummary } from 'service-metrics';
 *
 * proportionFromSummary({ successes: 18, trials: 24 }); // => 75
 * proportionFromSummary({ successes: 0, trials: 0, unanswered: 4 }); // => throws EMPTY
 * ```
 *
 * @category Statistics
 */
export function proportionFromSummary(summary: ProportionSummary): number {
  return percentageOf('proportionFromSummary', 'summary', checkProportionSummary('proportionFromSummary', 'summary', summary));
}

/**
 * The percentage of successes among yes/no values: first-contact resolution ticked by agents,
 * % agree, % answered within target. `proportion(values, value)` is exactly
 * `proportionFromSummary(proportionSummary(values, value))`.
 *
 * ## Formula
 * proportion = 100 × (values that are `true` or `1`) / (values that are `true`, `false`, `1` or
 * `0`); `null` and `undefined` are skipped. A percentage in 0–100, not rounded.
 *
 * @param values - Yes/no values, or rows read through `value`. Any iterable.
 * @returns The percentage of successes, 0–100.
 * @throws {@link MetricInputError} `EMPTY` (`values`) when no value is a yes or a no; as
 * {@link proportionSummary} for a bad value.
 *
 * @example
 * ```ts
 * import { proportion } from 'service-metrics';
 *
 * proportion([true, true, false, null]); // => 66.67
 * proportion([{ agreed: true }, { agreed: false }], (row) => row.agreed); // => 50
 * proportion([null]); // => throws EMPTY
 * ```
 *
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
