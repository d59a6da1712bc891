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
import { npsSummary, type NpsCounts, type NpsOptions } from '../survey/nps.js';
import type { Accessor, Answer } from '../types.js';
import type { ConfidenceInterval, ConfidenceOptions } from '../internal/types/statistics.js';

/**
 * How an NPS interval is built:
 * - `"adjusted-wald"`: the Wald formula after adding ¾ promoter, 1½ passives and ¾ detractor
 *   (3 pseudo-answers), the simpler of the two kinds of method Rocks (2016) found best.
 * - `"wald"`: NPS ± z × its standard error; too narrow for small samples and extreme scores.
 * - `"score"`: the iterative score interval, inverting Tango's score test; never leaves
 *   −100…100 and behaves at the extremes.
 *
 * @category Statistics
 */
export type NpsIntervalMethod = 'adjusted-wald' | 'wald' | 'score';

/**
 * The options of {@link npsIntervalFromSummary}, and of {@link npsInterval} with the category
 * breaks of {@link NpsOptions}.
 *
 * @category Statistics
 */
export interface NpsIntervalOptions extends ConfidenceOptions {
  /**
   * The interval method: `"adjusted-wald"`, `"wald"` or `"score"` (see {@link NpsIntervalMethod}).
   * @defaultValue "adjusted-wald"
   */
  readonly method?: NpsIntervalMethod;
  /**
   * The number of customers the answers were drawn from, when the sample is a sizeable share
   * of them (say over 5 %): the variance is multiplied by the finite population correction
   * (N − n)/(N − 1). A whole number ≥ the number of answers; equal to it, the sample is the
   * whole population and the interval shrinks to the score itself.
   * @defaultValue no correction (an infinite population)
   */
  readonly populationSize?: number;
}

/**
 * A confidence interval for NPS, in NPS points (−100…100). `estimate` is the plain NPS of the
 * answers, whatever the method.
 *
 * @category Statistics
 */
export type NpsInterval = ConfidenceInterval<NpsIntervalMethod>;

const METHODS: readonly NpsIntervalMethod[] = ['adjusted-wald', 'wald', 'score'];

/**
 * A confidence interval for the Net Promoter Score of a sample of 0–10 answers: how far the
 * NPS of all customers may be from the NPS of those who answered.
 *
 * ## Formula
 * Each answer scores +100 (promoter), 0 (passive) or −100 (detractor); NPS is their mean, with
 * p and d the shares of promoters and detractors among the n answers:
 * - variance of one answer (fraction scale): v = (p + d) − (p − d)²
 * - `"wald"`: 100 × [(p − d) ± z·√(v/n)], z the normal critical value (1.96 for 95 %).
 * - `"adjusted-wald"` (default): the same formula after adding ¾ promoter, 1½ passives and
 *   ¾ detractor, so with n + 3 answers; it is centred on 100·(P − D)/(n + 3), slightly pulled
 *   towards 0.
 * - `"score"`: every Δ with |P − D − nΔ| ≤ z·√(n·(2q̃ + Δ(1 − Δ))), q̃ the detractor share
 *   that maximises the likelihood when NPS is Δ (Tango's score test, solved to the last bit by
 *   bisection).
 *
 * With `populationSize` N, the variance is multiplied by (N − n)/(N − 1) in all three.
 *
 * ## Which to use
 * Rocks (2016) compared six methods by their coverage and width on trinomial samples and
 * found two kinds superior: variations on the adjusted Wald interval, and the iterative score
 * interval. The adjusted Wald interval is as simple as Wald, with coverage close to the
 * nominal level where Wald falls short. The score interval is the likelihood-based
 * alternative; it never leaves −100…100 and needs no pseudo-answers. The plain Wald interval is
 * too narrow for small samples and for scores near ±100 (at NPS 100 it has zero width). Use the
 * default unless you must reproduce another tool's Wald numbers.
 *
 * ## Range
 * The Wald and adjusted Wald bounds are truncated to −100…100 (an NPS outside it is
 * impossible); the score interval stays inside by construction. The adjusted interval is
 * centred below the observed score (above it for a negative NPS): at a low confidence level it
 * may leave out the observed score of a very small sample.
 *
 * `null` and `undefined` are "no answer", skipped as in {@link nps}. Runs in O(n), one pass.
 *
 * @param scores - Answers from 0 to 10, or rows read through `score`. Any iterable.
 * @param options - Method, confidence level, population size, category breaks.
 * @returns The interval in NPS points; `estimate` is {@link nps} of the answers.
 * @throws {@link MetricInputError} as {@link nps} does (`EMPTY` when there is no answer); for
 * `options`: `OUT_OF_RANGE` for a confidence level not strictly between 0 and 1 (such as 95),
 * `UNKNOWN_VALUE` for an unknown method, `WRONG_TYPE`, `NOT_FINITE`, `NOT_INTEGER`, `NEGATIVE` or
 * `OUT_OF_RANGE` for a population size that is not a whole number from 0 to 2⁵³ − 1, `INCONSISTENT`
 * for a population smaller than the sample.
 *
 * @example
 * ```ts
 * import { npsInterval } from 'service-metrics';
 *
 * const scores = [10, 10, 9, 9, 9, 8, 8, 7, 6, 3]; // 5 promoters, 3 passives, 2 detractors
 * npsInterval(scores);
 * // => { estimate: 30, lower: -19.05, upper: 65.2, confidenceLevel: 0.95, method: 'adjusted-wald' }
 * npsInterval(scores, { method: 'score', confidenceLevel: 0.9 }).upper; // => 63.07
 * npsInterval([{ ltr: 9 }, { ltr: 2 }], (row) => row.ltr, { method: 'wald' }).lower; // => -100
 * npsInterval(scores, { confidenceLevel: 95 }); // => throws OUT_OF_RANGE
 * ```
 *
 * @see Rocks, B. (2016). Interval estimation for the "net promoter score". *The American
 * Statistician*, 70(4), 365–372 (the six methods compared; the adjusted Wald pseudo-answers).
 * @see Tango, T. (1998). Equivalence test and confidence interval for the difference in
 * proportions for the paired-sample design. *Statistics in Medicine*, 17(8), 891–908 (the score
 * statistic).
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
  const summarise = npsSummary as (...args: unknown[]) => NpsCounts;
  const summary = asMetric(metric, () => (valueof === undefined ? summarise(scores, breaks) : summarise(scores, valueof, breaks)));
  return intervalOf(metric, checkNpsCounts(metric, 'scores', summary), pickOptions(options, INTERVAL_KEYS));
}

/**
 * A confidence interval for NPS from counts of promoters, passives and detractors, such as a
 * warehouse `GROUP BY` or an {@link NpsSummary}: the same interval as {@link npsInterval}
 * gives for the answers counted.
 *
 * @param counts - Whole numbers ≥ 0 of each category.
 * @param options - Method, confidence level, population size.
 * @returns The interval in NPS points; `estimate` is {@link npsFromSummary} of the counts.
 * @throws {@link MetricInputError} `EMPTY` when all three counts are zero; `WRONG_TYPE`,
 * `NOT_FINITE`, `NOT_INTEGER`, `NEGATIVE` or `OUT_OF_RANGE` for a count that is not a whole number
 * from 0 to 2⁵³ − 1; and the option errors of {@link npsInterval}.
 *
 * @example
 * ```ts
 * import { npsIntervalFromSummary } from 'service-metrics';
 *
 * const counts = { promoters: 520, passives: 300, detractors: 180 };
 * npsIntervalFromSummary(counts, { method: 'wald' });
 * // => { estimate: 34, lower: 29.26, upper: 38.74, confidenceLevel: 0.95, method: 'wald' }
 * npsIntervalFromSummary(counts, { method: 'wald', populationSize: 2000 }).lower; // => 30.65
 * ```
 *
 * @see Rocks, B. (2016). Interval estimation for the "net promoter score". *The American
 * Statistician*, 70(4), 365–372.
 * @category Statistics
 */
export function npsIntervalFromSummary(counts: NpsCounts, options?: NpsIntervalOptions): NpsInterval {
  const metric = 'npsIntervalFromSummary';
  return intervalOf(metric, checkNpsCounts(metric, 'counts', counts), options);
}

const INTERVAL_KEYS = ['confidenceLevel', 'method', 'populationSize'];
const NPS_KEYS = ['promotersFrom', 'detractorsUpTo'];

function intervalOf(metric: string, counts: CheckedNpsCounts, options: unknown): NpsInterval {
  const settings = checkOptions(metric, options, INTERVAL_KEYS);
  const confidenceLevel = checkConfidenceLevel(metric, settings['confidenceLevel']);
  const method = checkMethod(metric, settings['method'], METHODS, 'adjusted-wald');
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
