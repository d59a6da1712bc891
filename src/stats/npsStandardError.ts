import { finitePopulationFactor } from '../internal/numeric/confidence.js';
import { checkNpsCounts } from '../internal/summaries/npsCounts.js';
import { answerVariance } from '../internal/numeric/npsMath.js';
import { checkOptions } from '../internal/checks/validate.js';
import type { NpsSummary } from '../survey/nps.js';
import type { SummaryCounts } from '../types.js';

/** The options of {@link npsStandardError}. @category Statistics */
export interface NpsStandardErrorOptions {
  /** Customers the answers were drawn from, a whole number ≥ the answers. @defaultValue no correction (an infinite population) */
  readonly populationSize?: number;
}

/**
 * The standard error of NPS, in NPS points (1.96 × SE is the 95 % Wald margin).
 *
 * ## Formula
 * SE = 100 × √[((p + d) − (p − d)²) / n], p and d the shares of promoters and detractors among n answers;
 * with N customers, × √[(N − n)/(N − 1)] (finite population correction; Cochran 1977, ch. 2). R's `NPS`
 * package gives it on the −1…1 scale, 100 times smaller.
 *
 * @param counts - Whole numbers ≥ 0 of each category, at least one answer.
 * @param options - The population size, for the finite population correction.
 * @returns The standard error, in NPS points, ≥ 0.
 * @throws {@link MetricInputError} the common input checks; `EMPTY` when all counts are 0; `INCONSISTENT` for a population below the sample.
 * @example
 * ```ts
 * import { npsStandardError } from 'service-metrics';
 * npsStandardError({ promoters: 50, passives: 30, detractors: 20 }); // => 7.81
 * ```
 * @see Rocks, B. (2016). Interval estimation for the "net promoter score". *The American Statistician*, 70(4), 365–372.
 * @see Cochran, W. G. (1977). *Sampling Techniques* (3rd ed.). Wiley (the finite population correction).
 * @category Statistics
 */
export function npsStandardError(counts: SummaryCounts<NpsSummary>, options?: NpsStandardErrorOptions): number {
  const metric = 'npsStandardError';
  const { promoters, detractors, answered } = checkNpsCounts(metric, 'counts', counts);
  const factor = finitePopulationFactor(metric, checkOptions(metric, options, ['populationSize'])['populationSize'], answered);
  return 100 * Math.sqrt((answerVariance(promoters, detractors, answered) * factor) / answered);
}
