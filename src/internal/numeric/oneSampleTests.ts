/**
 * One-sample tests of a metric against a fixed target, the counterparts of `compareNps`,
 * `compareProportions` and `compareMeans` when the second group is a known number rather than
 * a sample. Each returns the signed difference `estimate − target`, its interval (the metric's
 * own interval shifted by the target) and the two-sided p-value of "the metric equals the
 * target", built so that the interval excludes the target exactly when p < 1 − confidence.
 */
import type { Comparison, NpsComparison, NpsComparisonMethod } from '../types/statistics.js';
import type { MeanSummary } from '../types/summaries.js';
import { normalCritical } from './confidence.js';
import { normalTwoSidedPValue } from './normalDistribution.js';
import type { CheckedNpsCounts } from '../summaries/npsCounts.js';
import { answerVariance, PSEUDO_DETRACTORS, PSEUDO_PASSIVES, PSEUDO_PROMOTERS } from './npsMath.js';
import { tComparison } from './tComparison.js';
import { wilsonBounds } from '../summaries/proportionMath.js';
import { checkFinite, checkInRange, fail } from '../checks/validate.js';

/**
 * NPS against a target in −100…100: the Wald test (or adjusted Wald, after ¾ promoter,
 * 1½ passives, ¾ detractor) of compareNps with the second group's variance zero.
 * z = (centre − target) / SE, SE = 100·√(v/n), v = (p + d) − (p − d)².
 */
export function npsVersusTarget(
  metric: string,
  counts: CheckedNpsCounts,
  target: unknown,
  method: NpsComparisonMethod,
  confidenceLevel: number,
): NpsComparison {
  const goal = checkInRange(metric, 'target', target, -100, 100);
  const adjusted = method === 'adjustedWald';
  const promoters = counts.promoters + (adjusted ? PSEUDO_PROMOTERS : 0);
  const detractors = counts.detractors + (adjusted ? PSEUDO_DETRACTORS : 0);
  const answered = promoters + counts.passives + (adjusted ? PSEUDO_PASSIVES : 0) + detractors;
  const observed = (100 * (counts.promoters - counts.detractors)) / counts.answered;
  const centre = (adjusted ? (100 * (promoters - detractors)) / answered : observed) - goal;
  const standardError = 100 * Math.sqrt(answerVariance(promoters, detractors, answered) / answered);
  const halfWidth = normalCritical(confidenceLevel) * standardError;
  return {
    difference: observed - goal,
    // NPS is in −100…100, so NPS − target is in −100 − target…100 − target, which holds 0.
    lower: Math.max(-100 - goal, centre - halfWidth),
    upper: Math.min(100 - goal, centre + halfWidth),
    standardError,
    pValue: standardError === 0 ? (centre === 0 ? 1 : 0) : normalTwoSidedPValue(centre / standardError),
    confidenceLevel,
    method,
  };
}

/**
 * A proportion (as a percentage) against a target in 0–100: the score test
 * z = (p̂ − p₀) / √(p₀(1 − p₀)/n), whose inversion is the Wilson interval, so the Wilson
 * interval excludes the target exactly when the test rejects at the same level.
 */
export function proportionVersusTarget(
  metric: string,
  successes: number,
  trials: number,
  target: unknown,
  confidenceLevel: number,
): Comparison<'wilson'> {
  const goal = checkInRange(metric, 'target', target, 0, 100);
  if (trials === 0) fail(metric, 'summary', 'EMPTY', 'at least one answer', trials);
  const observed = successes / trials;
  const expected = goal / 100;
  const { lower, upper } = wilsonBounds(successes, trials, normalCritical(confidenceLevel));
  const nullError = Math.sqrt((expected * (1 - expected)) / trials);
  return {
    difference: (100 * successes) / trials - goal,
    lower: 100 * lower - goal,
    upper: 100 * upper - goal,
    pValue: nullError === 0 ? (observed === expected ? 1 : 0) : normalTwoSidedPValue((observed - expected) / nullError),
    confidenceLevel,
    method: 'wilson',
  };
}

/**
 * A mean against a target: the one-sample t test, t = (x̄ − μ₀) / (s/√n) on n − 1 degrees of
 * freedom, with the t interval of meanInterval shifted by the target.
 */
export function meanVersusTarget(
  metric: string,
  summary: MeanSummary,
  target: unknown,
  confidenceLevel: number,
): Comparison<'t'> & { readonly standardError: number; readonly degreesOfFreedom: number } {
  const goal = checkFinite(metric, 'target', target);
  const { count, mean, sumOfSquaredDeviations } = summary;
  if (count < 2) fail(metric, 'summary.count', 'EMPTY', 'at least two values', count);
  const standardError = Math.sqrt(sumOfSquaredDeviations / (count - 1) / count);
  return tComparison(mean - goal, standardError, count - 1, confidenceLevel, 't');
}
