import { finitePopulationFactor } from '../internal/numeric/confidence.js';
import { checkNpsCounts } from '../internal/summaries/npsCounts.js';
import { answerVariance } from '../internal/numeric/npsMath.js';
import { checkOptions } from '../internal/checks/validate.js';
import type { NpsCounts } from '../survey/nps.js';

/**
 * The options of {@link npsStandardError}.
 *
 * @category Statistics
 */
export interface NpsStandardErrorOptions {
  /**
   * The number of customers the answers were drawn from; the variance is then multiplied by
   * the finite population correction (N − n)/(N − 1). A whole number ≥ the number of answers.
   * @defaultValue no correction (an infinite population)
   */
  readonly populationSize?: number;
}

/**
 * The standard error of NPS, in NPS points: the typical distance between the NPS of a sample of
 * this size and the NPS of all customers. About twice it (1.96 times) is the margin of error of
 * a 95 % Wald interval.
 *
 * ## Formula
 * SE = 100 × √[((p + d) − (p − d)²) / n], and with a population of N customers,
 * SE × √[(N − n)/(N − 1)] (the finite population correction; Cochran 1977, ch. 2).
 *
 * p and d are the shares of promoters and detractors among the n answers. The result is in
 * NPS points (R's `NPS` package gives it on the −1…1 scale, 100 times smaller).
 *
 * @param counts - Whole numbers ≥ 0 of each category, at least one answer.
 * @param options - The population size, for the finite population correction.
 * @returns The standard error, in NPS points, ≥ 0.
 * @throws {@link MetricInputError} `EMPTY` when all three counts are zero; `WRONG_TYPE`,
 * `NOT_FINITE`, `NOT_INTEGER`, `NEGATIVE` or `OUT_OF_RANGE` for a count or population size that is
 * not a whole number from 0 to 2⁵³ − 1; `INCONSISTENT` for a population smaller than the sample.
 *
 * @example
 * ```ts
 * import { npsStandardError } from 'service-metrics';
 *
 * npsStandardError({ promoters: 50, passives: 30, detractors: 20 }); // => 7.81
 * npsStandardError({ promoters: 50, passives: 30, detractors: 20 }, { populationSize: 400 }); // => 6.77
 * ```
 *
 * @see Rocks, B. (2016). Interval estimation for the "net promoter score". *The American
 * Statistician*, 70(4), 365–372.
 * @see Cochran, W. G. (1977). *Sampling Techniques* (3rd ed.). Wiley (the finite population
 * correction).
 * @category Statistics
 */
export function npsStandardError(counts: NpsCounts, options?: NpsStandardErrorOptions): number {
  const metric = 'npsStandardError';
  const { promoters, detractors, answered } = checkNpsCounts(metric, 'counts', counts);
  const factor = finitePopulationFactor(metric, checkOptions(metric, options, ['populationSize'])['populationSize'], answered);
  return 100 * Math.sqrt((answerVariance(promoters, detractors, answered) * factor) / answered);
}
