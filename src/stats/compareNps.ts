import { checkConfidenceLevel, checkMethod, normalCritical } from '../internal/numeric/confidence.js';
import { normalTwoSidedPValue } from '../internal/numeric/normalDistribution.js';
import { checkNpsCounts, type CheckedNpsCounts } from '../internal/summaries/npsCounts.js';
import { answerVariance, PSEUDO_DETRACTORS, PSEUDO_PASSIVES, PSEUDO_PROMOTERS } from '../internal/numeric/npsMath.js';
import { checkOptions } from '../internal/checks/validate.js';
import type { NpsSummary } from '../survey/nps.js';
import type { SummaryCounts } from '../types.js';
import type { ConfidenceOptions } from '../internal/types/statistics.js';
import type { NpsComparison, NpsComparisonMethod } from '../internal/types/statistics.js';
export type { NpsComparison, NpsComparisonMethod } from '../internal/types/statistics.js';

/** The options of {@link compareNps}. @category Statistics */
export interface CompareNpsOptions extends ConfidenceOptions {
  /** The method (see {@link compareNps}). @defaultValue "adjustedWald" */
  readonly method?: NpsComparisonMethod;
}

const METHODS: readonly NpsComparisonMethod[] = ['adjustedWald', 'wald'];

/**
 * Compares the NPS of two independent groups: the difference `a − b` in NPS points, its interval, a p-value.
 *
 * ## Formula
 * With NPS as fractions and v = (p + d) − (p − d)² each group's per-answer variance: SE = 100 × √(vₐ/nₐ +
 * v_b/n_b); interval 100 × (NPSₐ − NPS_b) ± z·SE, truncated to −200…200; p-value 2·Φ(−|NPSₐ − NPS_b| / SE),
 * or 1 (equal scores) / 0 when SE = 0.
 *
 * ## Variants
 * - `"adjustedWald"` (default): the interval and test use each group after adding ¾ promoter, 1½ passives
 *   and ¾ detractor (Rocks 2016), honest for small groups and scores near ±100; `difference` stays the
 *   observed one.
 * - `"wald"`: the plain two-sample z-test.
 * - R's `NPS` package reports |Δ| and an interval around it, so a fall looks like a rise; here the sign is
 *   kept.
 *
 * @param a - Counts of the first group (for example the current period).
 * @param b - Counts of the second group (for example the baseline).
 * @param options - Method and confidence level.
 * @returns The difference `a − b` in NPS points, its interval, standard error and p-value.
 * @throws {@link MetricInputError} the common input checks (`a.promoters`…); `EMPTY` when a group has no answer.
 * @example
 * ```ts
 * import { compareNps } from 'service-metrics';
 * const thisQuarter = { promoters: 210, passives: 160, detractors: 130 }; // NPS 16
 * const lastQuarter = { promoters: 260, passives: 150, detractors: 90 }; // NPS 34
 * compareNps(thisQuarter, lastQuarter, { method: 'wald' });
 * // => { difference: -18, lower: -27.76, upper: -8.24, standardError: 4.98, pValue: 0.0003, confidenceLevel: 0.95, method: 'wald' }
 * ```
 * @see Rocks, B. (2016). Interval estimation for the "net promoter score". *The American Statistician*, 70(4), 365–372.
 * @see {@link https://github.com/brendan-r/NPS | R package NPS}, `nps_test()` (the same test, reporting |Δ|).
 * @category Statistics
 */
export function compareNps(a: SummaryCounts<NpsSummary>, b: SummaryCounts<NpsSummary>, options?: CompareNpsOptions): NpsComparison {
  const metric = 'compareNps';
  const left = checkNpsCounts(metric, 'a', a);
  const right = checkNpsCounts(metric, 'b', b);
  const settings = checkOptions(metric, options, ['confidenceLevel', 'method']);
  const confidenceLevel = checkConfidenceLevel(metric, settings['confidenceLevel']);
  const method = checkMethod(metric, settings['method'], METHODS, 'adjustedWald');
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
  const adjusted = method === 'adjustedWald';
  const promoters = group.promoters + (adjusted ? PSEUDO_PROMOTERS : 0);
  const detractors = group.detractors + (adjusted ? PSEUDO_DETRACTORS : 0);
  const answered = promoters + group.passives + (adjusted ? PSEUDO_PASSIVES : 0) + detractors;
  return { net: (promoters - detractors) / answered, variance: answerVariance(promoters, detractors, answered) / answered };
}
