import { checkConfidenceLevel, checkMethod, normalCritical } from '../internal/numeric/confidence.js';
import { normalTwoSidedPValue } from '../internal/numeric/normalDistribution.js';
import { checkProportionCounts, wilsonBounds } from '../internal/summaries/proportionMath.js';
import { checkOptions } from '../internal/checks/validate.js';
import type { Comparison, ConfidenceOptions } from '../internal/types/statistics.js';
import type { ProportionSummary } from './proportionSummary.js';

/**
 * How the interval for the difference of two proportions is built: `"newcombe"` (the hybrid
 * score interval from the two Wilson intervals) or `"wald"` (p̂ₐ − p̂_b ± z·SE, unpooled).
 *
 * @category Statistics
 */
export type ProportionComparisonMethod = 'newcombe' | 'wald';

/**
 * The options of {@link compareProportions}.
 *
 * @category Statistics
 */
export interface CompareProportionsOptions extends ConfidenceOptions {
  /**
   * The interval method (see {@link ProportionComparisonMethod}); the p-value does not depend
   * on it.
   * @defaultValue "newcombe"
   */
  readonly method?: ProportionComparisonMethod;
}

/**
 * The signed difference of two proportions (`a − b`, in percentage points), its interval and
 * p-value.
 *
 * @category Statistics
 */
export type ProportionComparison = Comparison<ProportionComparisonMethod>;

const METHODS: readonly ProportionComparisonMethod[] = ['newcombe', 'wald'];

/**
 * Compares two rates measured on independent samples (CSAT % satisfied in two teams, FCR this
 * month and last): the signed difference `a − b` in percentage points, a confidence interval
 * for it, and the p-value of the test that the two true rates are equal.
 *
 * ## Formula
 * On the fraction scale, with p̂ = x/n and [l, u] each group's Wilson interval:
 * - `"newcombe"` (default): lower = (p̂ₐ − p̂_b) − √((p̂ₐ − lₐ)² + (u_b − p̂_b)²),
 *   upper = (p̂ₐ − p̂_b) + √((uₐ − p̂ₐ)² + (p̂_b − l_b)²) (Newcombe's method 10)
 * - `"wald"`: (p̂ₐ − p̂_b) ± z·√(p̂ₐ(1 − p̂ₐ)/nₐ + p̂_b(1 − p̂_b)/n_b), truncated to −100…100
 *
 * then × 100. The p-value is always that of the pooled two-proportion z-test,
 * z = (p̂ₐ − p̂_b)/√(p̄(1 − p̄)(1/nₐ + 1/n_b)) with p̄ = (xₐ + x_b)/(nₐ + n_b): the same as
 * Pearson's χ² test of the 2 × 2 table without continuity correction (R's
 * `prop.test(correct = FALSE)`). It is 1 when both rates are 0 % or both 100 %.
 *
 * ## Which to use
 * Newcombe (1998) compared eleven intervals: the hybrid score interval keeps close to nominal
 * coverage for small samples and extreme rates, never leaves −100…100, and is simple. The Wald
 * interval is given to reproduce textbook numbers; it is too narrow for small samples.
 *
 * @param a - Successes and trials of the first group.
 * @param b - Successes and trials of the second group.
 * @param options - Method and confidence level.
 * @returns The difference `a − b` in percentage points, its interval and the p-value.
 * @throws {@link MetricInputError} `EMPTY` for zero trials; `WRONG_TYPE`, `NOT_FINITE`,
 * `NOT_INTEGER` or `NEGATIVE` for a bad count; `INCONSISTENT` for more successes than trials
 * (naming `a.successes`, …); `OUT_OF_RANGE` for a confidence level not strictly between 0 and
 * 1; `UNKNOWN_VALUE` for an unknown method.
 *
 * @example
 * ```ts
 * import { compareProportions } from 'service-metrics';
 *
 * // Newcombe (1998), Table II, example (a): 56/70 against 48/80
 * compareProportions({ successes: 56, trials: 70 }, { successes: 48, trials: 80 });
 * // => { difference: 20, lower: 5.24, upper: 33.39, pValue: 0.008, confidenceLevel: 0.95, method: 'newcombe' }
 * ```
 *
 * @see Newcombe, R. G. (1998). Interval estimation for the difference between independent
 * proportions: comparison of eleven methods. *Statistics in Medicine*, 17(8), 873–890.
 * @see {@link https://stat.ethz.ch/R-manual/R-devel/library/stats/html/prop.test.html | R: prop.test}
 * @category Statistics
 */
export function compareProportions(
  a: ProportionSummary,
  b: ProportionSummary,
  options?: CompareProportionsOptions,
): ProportionComparison {
  const metric = 'compareProportions';
  const left = checkProportionCounts(metric, 'a', a);
  const right = checkProportionCounts(metric, 'b', b);
  const settings = checkOptions(metric, options, ['confidenceLevel', 'method']);
  const confidenceLevel = checkConfidenceLevel(metric, settings['confidenceLevel']);
  const method = checkMethod(metric, settings['method'], METHODS, 'newcombe');
  const z = normalCritical(confidenceLevel);
  const pA = left.successes / left.trials;
  const pB = right.successes / right.trials;
  const difference = (100 * left.successes) / left.trials - (100 * right.successes) / right.trials;
  const pooled = (left.successes + right.successes) / (left.trials + right.trials);
  const pooledError = Math.sqrt(pooled * (1 - pooled) * (1 / left.trials + 1 / right.trials));
  const pValue = pooledError === 0 ? 1 : normalTwoSidedPValue((pA - pB) / pooledError);
  let lower: number;
  let upper: number;
  if (method === 'newcombe') {
    const boundsA = wilsonBounds(left.successes, left.trials, z);
    const boundsB = wilsonBounds(right.successes, right.trials, z);
    lower = difference - 100 * Math.hypot(pA - boundsA.lower, boundsB.upper - pB);
    upper = difference + 100 * Math.hypot(boundsA.upper - pA, pB - boundsB.lower);
  } else {
    const halfWidth = 100 * z * Math.sqrt((pA * (1 - pA)) / left.trials + (pB * (1 - pB)) / right.trials);
    lower = Math.max(-100, difference - halfWidth);
    upper = Math.min(100, difference + halfWidth);
  }
  return { difference, lower, upper, pValue, confidenceLevel, method };
}
