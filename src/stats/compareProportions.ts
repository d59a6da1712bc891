import { checkConfidenceLevel, checkMethod, normalCritical } from '../internal/numeric/confidence.js';
import { normalTwoSidedPValue } from '../internal/numeric/normalDistribution.js';
import { checkProportionCounts, wilsonBounds } from '../internal/summaries/proportionMath.js';
import { checkOptions } from '../internal/checks/validate.js';
import type { Comparison, ConfidenceOptions } from '../internal/types/statistics.js';
import type { ProportionSummary } from './proportionSummary.js';

/** The interval methods of {@link compareProportions}: `"newcombe"` or `"wald"`. @category Statistics */
export type ProportionComparisonMethod = 'newcombe' | 'wald';

/** The options of {@link compareProportions}. @category Statistics */
export interface CompareProportionsOptions extends ConfidenceOptions {
  /** The interval method; the p-value does not depend on it. @defaultValue "newcombe" */
  readonly method?: ProportionComparisonMethod;
}

/** The signed difference of two proportions (`a − b`, percentage points), its interval and p-value. @category Statistics */
export type ProportionComparison = Comparison<ProportionComparisonMethod>;

const METHODS: readonly ProportionComparisonMethod[] = ['newcombe', 'wald'];

/**
 * Compares two rates on independent samples (two teams' CSAT %, FCR by month): `a − b` in points, interval, p.
 *
 * ## Formula
 * On the fraction scale (then × 100), p̂ = x/n and [l, u] each group's Wilson interval:
 * - `"newcombe"` (default, Newcombe's method 10: close to nominal coverage for small samples and extreme
 *   rates, never outside −100…100): lower = (p̂ₐ − p̂_b) − √((p̂ₐ − lₐ)² + (u_b − p̂_b)²), upper = (p̂ₐ −
 *   p̂_b) + √((uₐ − p̂ₐ)² + (p̂_b − l_b)²)
 * - `"wald"` (textbook numbers; too narrow for small samples): (p̂ₐ − p̂_b) ± z·√(p̂ₐ(1 − p̂ₐ)/nₐ + p̂_b(1
 *   − p̂_b)/n_b), truncated to −100…100 The p-value is always the pooled z-test's, z = (p̂ₐ − p̂_b)/√(p̄(1
 *   − p̄)(1/nₐ + 1/n_b)) with p̄ = (xₐ + x_b)/(nₐ + n_b), as Pearson's χ² without continuity correction
 *   (R's `prop.test(correct = FALSE)`); 1 when both rates are 0 % or both 100 %.
 *
 * @param a - Successes and trials of the first group.
 * @param b - Successes and trials of the second group.
 * @param options - Method and confidence level.
 * @returns The difference `a − b` in percentage points, its interval and the p-value.
 * @throws {@link MetricInputError} the common input checks; `EMPTY` for zero trials; `INCONSISTENT` for more successes than trials.
 * @example
 * ```ts
 * import { compareProportions } from 'service-metrics';
 * // Newcombe (1998), Table II, example (a): 56/70 against 48/80
 * compareProportions({ successes: 56, trials: 70 }, { successes: 48, trials: 80 });
 * // => { difference: 20, lower: 5.24, upper: 33.39, pValue: 0.008, confidenceLevel: 0.95, method: 'newcombe' }
 * ```
 * @see Newcombe, R. G. (1998). Interval estimation for the difference between independent proportions: comparison of eleven methods. *Statistics in Medicine*, 17(8), 873–890.
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
