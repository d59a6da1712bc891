import { checkConfidenceLevel, checkMethod, finitePopulationFactor, normalCritical } from '../internal/numeric/confidence.js';
import { asMetric, checkNpsCounts, type CheckedNpsCounts } from '../internal/summaries/npsCounts.js';
import {
  answerVariance,
  PSEUDO_DETRACTORS,
  PSEUDO_PASSIVES,
  PSEUDO_PROMOTERS,
  scoreInterval,
} from '../internal/numeric/npsMath.js';
import { splitSampleArguments } from '../internal/checks/sample.js';
import { checkOptions, pickOptions } from '../internal/checks/validate.js';
import { npsSummary, type NpsOptions, type NpsSummary } from '../survey/nps.js';
import type { Accessor, Answer, SummaryCounts } from '../types.js';
import type { ConfidenceInterval, ConfidenceOptions } from '../internal/types/statistics.js';

/** The NPS interval methods, explained in {@link npsInterval}. @category Statistics */
export type NpsIntervalMethod = 'adjustedWald' | 'wald' | 'score';

/** The options of {@link npsIntervalFromSummary}, and of {@link npsInterval} with {@link NpsOptions}. @category Statistics */
export interface NpsIntervalOptions extends ConfidenceOptions {
  /** The interval method (see {@link npsInterval}). @defaultValue "adjustedWald" */
  readonly method?: NpsIntervalMethod;
  /**
   * Customers the answers were drawn from, a whole number ≥ the answers, when the sample is a
   * sizeable share (> 5 %): the variance is multiplied by (N − n)/(N − 1), zero when N = n.
   *
   * @defaultValue no correction (an infinite population)
   */
  readonly populationSize?: number;
}

/** A confidence interval for NPS, in NPS points (−100…100); `estimate` is the plain NPS. @category Statistics */
export type NpsInterval = ConfidenceInterval<NpsIntervalMethod>;

const METHODS: readonly NpsIntervalMethod[] = ['adjustedWald', 'wald', 'score'];

/**
 * A confidence interval for the NPS of 0–10 answers, in NPS points: where the NPS of all customers may lie.
 *
 * ## Formula
 * With p, d the shares of promoters and detractors among n answers, v = (p + d) − (p − d)² the variance of
 * one answer (fraction scale) and z the normal critical value (1.96 for 95 %):
 * - `"wald"`: 100 × [(p − d) ± z·√(v/n)]; too narrow for small n and scores near ±100.
 * - `"adjustedWald"` (default): the same after adding ¾ promoter, 1½ passives and ¾ detractor (n + 3
 *   answers), so centred on 100·(P − D)/(n + 3); coverage close to nominal.
 * - `"score"`: every Δ with |P − D − nΔ| ≤ z·√(n·(2q̃ + Δ(1 − Δ))), q̃ the maximum-likelihood detractor
 *   share given Δ (Tango's score test, solved by bisection); never leaves −100…100. With `populationSize` N
 *   the variance is multiplied by (N − n)/(N − 1). Wald bounds are truncated to −100…100; the adjusted
 *   interval, pulled towards 0, may leave out the observed score of a tiny sample at a low level. Rocks
 *   (2016) found the adjusted Wald and score kinds best of six methods: keep the default unless reproducing
 *   another tool's Wald numbers.
 *
 * @param scores - Answers from 0 to 10 (`null` skipped), or rows read through `score`. Any iterable.
 * @param options - Method, confidence level, population size, category breaks.
 * @returns The interval in NPS points; `estimate` is {@link nps} of the answers.
 * @throws {@link MetricInputError} the common input checks, as {@link nps} does; `EMPTY` with no answer; `INCONSISTENT` for N < n.
 * @example
 * ```ts
 * import { npsInterval } from 'service-metrics';
 * const scores = [10, 10, 9, 9, 9, 8, 8, 7, 6, 3]; // 5 promoters, 3 passives, 2 detractors
 * npsInterval(scores);
 * // => { estimate: 30, lower: -19.05, upper: 65.2, confidenceLevel: 0.95, method: 'adjustedWald' }
 * ```
 * @see Rocks, B. (2016). Interval estimation for the "net promoter score". *The American Statistician*, 70(4), 365–372 (the six methods compared; the adjusted Wald pseudo-answers).
 * @see Tango, T. (1998). Equivalence test and confidence interval for the difference in proportions for the paired-sample design. *Statistics in Medicine*, 17(8), 891–908 (the score statistic).
 * @see {@link https://measuringu.com/nps-confidence-intervals/ | MeasuringU: Confidence intervals for Net Promoter Scores}
 * @category Statistics
 */
export function npsInterval(scores: Iterable<Answer>, options?: NpsIntervalOptions & NpsOptions): NpsInterval;
export function npsInterval<T>(
  rows: Iterable<T>,
  score: Accessor<T, Answer>,
  options?: NpsIntervalOptions & NpsOptions,
): NpsInterval;
export function npsInterval(scores: unknown, second?: unknown, third?: unknown): NpsInterval {
  const metric = 'npsInterval';
  const { valueof, options } = splitSampleArguments(metric, second, third, 'score');
  checkOptions(metric, options, [...INTERVAL_KEYS, ...NPS_KEYS]);
  const breaks = pickOptions(options, NPS_KEYS);
  const summarise = npsSummary as (...args: unknown[]) => NpsSummary;
  const summary = asMetric(metric, () => (valueof === undefined ? summarise(scores, breaks) : summarise(scores, valueof, breaks)));
  return intervalOf(metric, checkNpsCounts(metric, 'scores', summary), pickOptions(options, INTERVAL_KEYS));
}

/**
 * {@link npsInterval} from counts of promoters, passives and detractors (`GROUP BY`, {@link NpsSummary}).
 *
 * @param summary - Whole numbers ≥ 0 of each category; `unanswered` optional.
 * @param options - Method, confidence level, population size.
 * @returns The interval in NPS points; `estimate` is {@link npsFromSummary} of the counts.
 * @throws {@link MetricInputError} the common input checks; `EMPTY` (`summary`) when all counts are 0; `INCONSISTENT` for a population below the sample.
 * @example
 * ```ts
 * import { npsIntervalFromSummary } from 'service-metrics';
 * npsIntervalFromSummary({ promoters: 520, passives: 300, detractors: 180 }, { method: 'wald' });
 * // => { estimate: 34, lower: 29.26, upper: 38.74, confidenceLevel: 0.95, method: 'wald' }
 * ```
 * @see Rocks, B. (2016). Interval estimation for the "net promoter score". *The American Statistician*, 70(4), 365–372.
 * @category Statistics
 */
export function npsIntervalFromSummary(summary: SummaryCounts<NpsSummary>, options?: NpsIntervalOptions): NpsInterval {
  const metric = 'npsIntervalFromSummary';
  return intervalOf(metric, checkNpsCounts(metric, 'summary', summary), options);
}

const INTERVAL_KEYS = ['confidenceLevel', 'method', 'populationSize'];
const NPS_KEYS = ['promotersFrom', 'detractorsUpTo'];

function intervalOf(metric: string, counts: CheckedNpsCounts, options: unknown): NpsInterval {
  const settings = checkOptions(metric, options, INTERVAL_KEYS);
  const confidenceLevel = checkConfidenceLevel(metric, settings['confidenceLevel']);
  const method = checkMethod(metric, settings['method'], METHODS, 'adjustedWald');
  const { promoters, passives, detractors, answered } = counts;
  const factor = finitePopulationFactor(metric, settings['populationSize'], answered);
  // 100 × (an integer) is exact, so the one division rounds correctly, as in npsFromSummary.
  const estimate = (100 * (promoters - detractors)) / answered;
  if (factor === 0) return { estimate, lower: estimate, upper: estimate, confidenceLevel, method };
  const z = normalCritical(confidenceLevel);
  if (method === 'score') {
    const { lower, upper } = scoreInterval(promoters, detractors, answered, z, factor);
    return { estimate, lower: 100 * lower, upper: 100 * upper, confidenceLevel, method };
  }
  const [p, q, d] =
    method === 'wald'
      ? [promoters, passives, detractors]
      : [promoters + PSEUDO_PROMOTERS, passives + PSEUDO_PASSIVES, detractors + PSEUDO_DETRACTORS];
  const n = p + q + d;
  const centre = (100 * (p - d)) / n;
  const halfWidth = 100 * z * Math.sqrt((answerVariance(p, d, n) * factor) / n);
  return {
    estimate,
    lower: Math.max(-100, centre - halfWidth),
    upper: Math.min(100, centre + halfWidth),
    confidenceLevel,
    method,
  };
}
