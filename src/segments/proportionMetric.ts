import { checkConfidenceLevel } from '../internal/numeric/confidence.js';
import { proportionVersusTarget } from '../internal/numeric/oneSampleTests.js';
import { addCounts } from '../internal/summaries/addCounts.js';
import { checkProportionCounts, checkProportionSummary, summariseProportion } from '../internal/summaries/proportionMath.js';
import { checkOptions } from '../internal/checks/validate.js';
import { compareProportions } from '../stats/compareProportions.js';
import type { ConfidenceOptions } from '../internal/types/statistics.js';
import { proportionIntervalFromSummary, type ProportionInterval } from '../stats/proportionInterval.js';
import type { ProportionSummary, ProportionValue } from '../stats/proportionSummary.js';
import type { SegmentMetric } from '../internal/types/segments.js';

/**
 * Any rate from yes/no values (first-contact resolution, % agree) as a {@link SegmentMetric}: a
 * group's {@link ProportionSummary} is valued by {@link proportionFromSummary},
 * 100 × successes / trials (0–100). Values are `true`/`false` or `1`/`0`; `null` and `undefined`
 * are unanswered; anything else is an error naming the row (`values[i]`).
 *
 * ## Interval and tests
 * The Wilson interval ({@link proportionIntervalFromSummary}); between groups, {@link compareProportions}
 * (Newcombe's interval, pooled z test); against a target T (0–100), the score test
 * z = (p̂ − p₀)/√(p₀(1 − p₀)/n), p₀ = T/100, whose inversion is the Wilson interval.
 *
 * @param options - The confidence level.
 * @returns The metric descriptor.
 * @throws {@link MetricInputError} the common input checks on `options`.
 *
 * @example
 * ```ts
 * import { groupBy, proportionMetric } from 'service-metrics';
 *
 * const contacts = [
 *   { channel: 'email', resolvedFirstTime: true }, { channel: 'email', resolvedFirstTime: false },
 *   { channel: 'phone', resolvedFirstTime: true }, { channel: 'email', resolvedFirstTime: true },
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
): SegmentMetric<ProportionValue, Required<ProportionSummary>, ProportionInterval> {
  const metric = 'proportionMetric';
  const confidenceLevel = checkConfidenceLevel(metric, checkOptions(metric, options, ['confidenceLevel'])['confidenceLevel']);
  const level = { confidenceLevel };
  return {
    // The descriptor's own checks name it (`proportionMetric`); the arithmetic is that of
    // proportionSummary, mergeProportionSummaries and proportionFromSummary.
    summarise: (values) => summariseProportion(metric, values, undefined),
    merge: (a, b) => {
      const left = checkProportionSummary(metric, 'a', a);
      const right = checkProportionSummary(metric, 'b', b);
      const add = (name: keyof ProportionSummary): number => addCounts(metric, `b.${name}`, left[name], right[name]);
      return { successes: add('successes'), trials: add('trials'), unanswered: add('unanswered') };
    },
    answered: (summary) => checkProportionSummary(metric, 'summary', summary).trials,
    value: (summary) => {
      const { successes, trials } = checkProportionCounts(metric, 'summary', checkProportionSummary(metric, 'summary', summary));
      return (100 * successes) / trials;
    },
    interval: (summary) => proportionIntervalFromSummary(checkProportionSummary(metric, 'summary', summary), level),
    compare: (a, b) => compareProportions(checkProportionSummary(metric, 'a', a), checkProportionSummary(metric, 'b', b), level),
    compareWithTarget: (summary, target) => {
      const { successes, trials } = checkProportionSummary('compareWithTarget', 'summary', summary);
      return proportionVersusTarget('compareWithTarget', successes, trials, target, confidenceLevel);
    },
  };
}
