import { checkConfidenceLevel, checkMethod, normalCritical } from '../internal/numeric/confidence.js';
import { normalTwoSidedPValue } from '../internal/numeric/normalDistribution.js';
import { checkNpsCounts, type CheckedNpsCounts } from '../internal/summaries/npsCounts.js';
import { answerVariance, PSEUDO_DETRACTORS, PSEUDO_PASSIVES, PSEUDO_PROMOTERS } from '../internal/numeric/npsMath.js';
import { checkOptions } from '../internal/checks/validate.js';
import type { NpsCounts } from '../survey/nps.js';
import type { ConfidenceOptions } from '../internal/types/statistics.js';
import type { NpsComparison, NpsComparisonMethod } from '../internal/types/statistics.js';
export type { NpsComparison, NpsComparisonMethod } from '../internal/types/statistics.js';

/**
 * The options of {@link compareNps}.
 *
 * @category Statistics
 */
export interface CompareNpsOptions extends ConfidenceOptions {
  /**
   * The method (see {@link NpsComparisonMethod}).
   * @defaultValue "adjusted-wald"
   */
  readonly method?: NpsComparisonMethod;
}

const METHODS: readonly NpsComparisonMethod[] = ['adjusted-wald', 'wald'];

/**
 * Compares the NPS of two independent groups (this quarter and last, chat and phone, two
 * regions): the signed difference `a − b`, a confidence interval for it, and the p-value of
 * the test that the two true scores are equal.
 *
 * ## Formula
 * With NPSₐ, NPS_b in fractions and vₐ, v_b the per-answer variances (p + d) − (p − d)²:
 * - difference = 100 × (NPSₐ − NPS_b), the observed difference
 * - SE = 100 × √(vₐ/nₐ + v_b/n_b)
 * - interval: 100 × (NPSₐ − NPS_b) ± z·SE; p-value: 2·Φ(−|NPSₐ − NPS_b| / SE)
 *
 * With `"adjusted-wald"` (default), the NPS, variances and sizes in the interval and the test
 * are those of each group after adding ¾ promoter, 1½ passives and ¾ detractor (Rocks 2016),
 * which keeps the interval honest for small groups and scores near ±100 (two groups of only
 * promoters no longer give a zero-width interval). `difference` is always the observed one.
 * The bounds are truncated to −200…200, the range of a difference of two NPS. When both groups
 * have no spread at all (Wald), the standard error is 0: the p-value is then 1 for equal scores
 * and 0 otherwise.
 *
 * R's `NPS` package reports |NPSₐ − NPS_b| and an interval around that absolute value, so a
 * fall looks like a rise; here the sign is kept: negative means `a` is lower.
 *
 * @param a - Counts of the first group (for example the current period).
 * @param b - Counts of the second group (for example the baseline).
 * @param options - Method and confidence level.
 * @returns The difference `a − b` in NPS points, its interval, standard error and p-value.
 * @throws {@link MetricInputError} `EMPTY` when a group has no answer; `WRONG_TYPE`,
 * `NOT_FINITE`, `NOT_INTEGER` or `NEGATIVE` for a bad count (naming `a.promoters`, …);
 * `OUT_OF_RANGE` for a confidence level not strictly between 0 and 1; `UNKNOWN_VALUE` for an
 * unknown method.
 *
 * @example
 * ```ts
 * import { compareNps, npsSummary } from 'service-metrics';
 *
 * const thisQuarter = { promoters: 210, passives: 160, detractors: 130 }; // NPS 16
 * const lastQuarter = { promoters: 260, passives: 150, detractors: 90 }; // NPS 34
 * compareNps(thisQuarter, lastQuarter, { method: 'wald' });
 * // => { difference: -18, lower: -27.76, upper: -8.24, standardError: 4.98, pValue: 0.0003, confidenceLevel: 0.95, method: 'wald' }
 * compareNps(npsSummary([10, 9, 3]), npsSummary([10, 10, 9])).pValue; // => 0.46
 * ```
 *
 * @see Rocks, B. (2016). Interval estimation for the "net promoter score". *The American
 * Statistician*, 70(4), 365–372.
 * @see {@link https://github.com/brendan-r/NPS | R package NPS}, `nps_test()` (the same test, reporting |Δ|).
 * @category Statistics
 */
export function compareNps(a: NpsCounts, b: NpsCounts, options?: CompareNpsOptions): NpsComparison {
  const metric = 'compareNps';
  const left = checkNpsCounts(metric, 'a', a);
  const right = checkNpsCounts(metric, 'b', b);
  const settings = checkOptions(metric, options, ['confidenceLevel', 'method']);
  const confidenceLevel = checkConfidenceLevel(metric, settings['confidenceLevel']);
  const method = checkMethod(metric, settings['method'], METHODS, 'adjusted-wald');
  const difference =
    (100 * (left.promoters - left.detractors)) / left.answered -
    (100 * (right.promoters - right.detractors)) / right.answered;
  const groupA = netAndVariance(left, method);
  const groupB = netAndVariance(right, method);
  const centre = method === 'wald' ? difference : 100 * (groupA.net - groupB.net);
  const standardError = 100 * Math.sqrt(groupA.variance + groupB.variance);
  const halfWidth = normalCritical(confidenceLevel) * standardError;
  const pValue = standardError === 0 ? (centre === 0 ? 1 : 0) : normalTwoSidedPValue(centre / standardError);
  return {
    difference,
    lower: Math.max(-200, centre - halfWidth),
    upper: Math.min(200, centre + halfWidth),
    standardError,
    pValue,
    confidenceLevel,
    method,
  };
}

/** A group's NPS (fraction) and the variance of that NPS, after the pseudo-answers of `method`. */
function netAndVariance(group: CheckedNpsCounts, method: NpsComparisonMethod): { net: number; variance: number } {
  const adjusted = method === 'adjusted-wald';
  const promoters = group.promoters + (adjusted ? PSEUDO_PROMOTERS : 0);
  const detractors = group.detractors + (adjusted ? PSEUDO_DETRACTORS : 0);
  const answered = promoters + group.passives + (adjusted ? PSEUDO_PASSIVES : 0) + detractors;
  return { net: (promoters - detractors) / answered, variance: answerVariance(promoters, detractors, answered) / answered };
}
