import { addCounts } from '../internal/addCounts.js';
import { checkConfidenceLevel } from '../internal/confidence.js';
import { proportionVersusTarget } from '../internal/oneSampleTests.js';
import { checkProportionCounts } from '../internal/proportionMath.js';
import { forEachValue, isMissing } from '../internal/sample.js';
import { checkCount, checkObject, checkOptions, fail } from '../internal/validate.js';
import { compareProportions } from '../stats/compareProportions.js';
import type { ConfidenceOptions } from '../stats/ConfidenceInterval.js';
import { proportionInterval, type ProportionInterval } from '../stats/proportionInterval.js';
import type { SegmentMetric } from './SegmentMetric.js';

/**
 * One yes/no observation: `true` or `1` for a success (resolved at first contact, agreed,
 * answered within the target), `false` or `0` for a failure, `null` or `undefined` for none.
 *
 * @category Segments
 */
export type ProportionValue = boolean | 0 | 1 | null | undefined;

/**
 * The sufficient statistic of a proportion: successes among trials, as plain JSON that merges.
 * It is a {@link ProportionCounts}, so {@link proportionInterval} and
 * {@link compareProportions} take it as it is.
 *
 * @category Segments
 */
export interface ProportionSummary {
  /** Successes, a whole number from 0 to `trials`. */
  readonly successes: number;
  /** Observations (successes and failures), a whole number ≥ 0. */
  readonly trials: number;
  /** Rows without an observation (`null` or `undefined`), skipped. */
  readonly unanswered: number;
}

/**
 * Any rate from yes/no observations (first-contact resolution, % agree, % answered within
 * the service-level target) as a {@link SegmentMetric} for {@link groupBy},
 * {@link periodSeries} and {@link compareGroups}: each group is a {@link ProportionSummary},
 * and its value is 100 × successes / trials, a percentage (0–100).
 *
 * ## Interval and tests
 * - The interval is the Wilson interval of {@link proportionInterval}.
 * - Two groups are compared with {@link compareProportions} (Newcombe's interval, pooled z test).
 * - A group is tested against a target T (0–100) with the score test
 *   z = (p̂ − p₀)/√(p₀(1 − p₀)/n), p₀ = T/100, whose inversion is the Wilson interval.
 *
 * Values are `true`/`false` or `1`/`0`; `null` and `undefined` are skipped and counted as
 * unanswered. Anything else (`2`, `"yes"`) is an error, naming the row (`values[i]`).
 *
 * @param options - The confidence level.
 * @returns The metric descriptor.
 * @throws {@link MetricInputError} `WRONG_TYPE` (`options`) for options that are not an object;
 * `WRONG_TYPE`, `NOT_FINITE` or `OUT_OF_RANGE` for an `options.confidenceLevel` that is not a
 * number strictly between 0 and 1.
 *
 * @example
 * ```ts
 * import { groupBy, proportionMetric } from 'service-metrics';
 *
 * const contacts = [
 *   { channel: 'email', resolvedFirstTime: true },
 *   { channel: 'email', resolvedFirstTime: false },
 *   { channel: 'phone', resolvedFirstTime: true },
 *   { channel: 'email', resolvedFirstTime: true },
 *   { channel: 'email', resolvedFirstTime: null },
 * ];
 * const fcr = groupBy(contacts, { key: (row) => row.channel, value: (row) => row.resolvedFirstTime, metric: proportionMetric() });
 * fcr[0]?.summary; // => { successes: 2, trials: 3, unanswered: 1 }
 * fcr.map((group) => [group.key, group.value]); // => [['email', 66.67], ['phone', 100]]
 * ```
 *
 * @see Wilson, E. B. (1927). Probable inference, the law of succession, and statistical
 * inference. *Journal of the American Statistical Association*, 22(158), 209–212.
 * @see Newcombe, R. G. (1998). Interval estimation for the difference between independent
 * proportions: comparison of eleven methods. *Statistics in Medicine*, 17(8), 873–890.
 * @category Segments
 */
export function proportionMetric(
  options?: ConfidenceOptions,
): SegmentMetric<ProportionValue, ProportionSummary, ProportionInterval> {
  const metric = 'proportionMetric';
  const confidenceLevel = checkConfidenceLevel(metric, checkOptions(metric, options, ['confidenceLevel'])['confidenceLevel']);
  const level = { confidenceLevel };
  return {
    summarise: (values) => summariseProportion(metric, values),
    merge: (a, b) => {
      const left = checkSummary(metric, 'a', a);
      const right = checkSummary(metric, 'b', b);
      const add = (name: keyof ProportionSummary): number => addCounts(metric, `b.${name}`, left[name], right[name]);
      return { successes: add('successes'), trials: add('trials'), unanswered: add('unanswered') };
    },
    answered: (summary) => checkSummary(metric, 'summary', summary).trials,
    value: (summary) => {
      const { successes, trials } = checkProportionCounts(metric, 'summary', checkSummary(metric, 'summary', summary));
      return (100 * successes) / trials;
    },
    interval: (summary) => proportionInterval(checkSummary(metric, 'summary', summary), level),
    compare: (a, b) => compareProportions(checkSummary(metric, 'a', a), checkSummary(metric, 'b', b), level),
    compareWithTarget: (summary, target) => {
      const { successes, trials } = checkSummary('compareWithTarget', 'summary', summary);
      return proportionVersusTarget('compareWithTarget', successes, trials, target, confidenceLevel);
    },
  };
}

/** One pass over yes/no values into successes, trials and unanswered rows. */
function summariseProportion(metric: string, values: readonly unknown[]): ProportionSummary {
  let successes = 0;
  let trials = 0;
  let unanswered = 0;
  forEachValue(metric, 'values', values, undefined, (value, index) => {
    if (value === true || value === 1) {
      successes++;
      trials++;
    } else if (value === false || value === 0) {
      trials++;
    } else if (isMissing(value)) {
      unanswered++;
    } else {
      const expected = 'true, false, 1 or 0 (null or undefined for none)';
      const field = `values[${String(index)}]`;
      const code = typeof value !== 'number' ? 'WRONG_TYPE' : Number.isFinite(value) ? 'OUT_OF_RANGE' : 'NOT_FINITE';
      fail(metric, field, code, expected, value);
    }
  });
  return { successes, trials, unanswered };
}

/** Checks a {@link ProportionSummary}: whole numbers, successes ≤ trials; `unanswered` optional. */
function checkSummary(metric: string, field: string, value: unknown): ProportionSummary {
  const object = checkObject(metric, field, value);
  const successes = checkCount(metric, `${field}.successes`, object['successes']);
  const trials = checkCount(metric, `${field}.trials`, object['trials']);
  const unanswered =
    object['unanswered'] === undefined ? 0 : checkCount(metric, `${field}.unanswered`, object['unanswered']);
  if (successes > trials) {
    fail(metric, `${field}.successes`, 'INCONSISTENT', `at most trials (${String(trials)})`, successes);
  }
  return { successes, trials, unanswered };
}
