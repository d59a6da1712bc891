import { checkNpsCounts } from '../internal/summaries/npsCounts.js';
import { answerVariance } from '../internal/numeric/npsMath.js';
import type { NpsCounts } from '../survey/nps.js';

/**
 * The variance of a single answer's contribution to NPS, in NPS points squared: how spread the
 * answers are once each is scored +100 (promoter), 0 (passive) or −100 (detractor). Its square
 * root is the standard deviation of one answer; divided by the number of answers, it is the
 * variance of NPS itself (see {@link npsStandardError}).
 *
 * ## Formula
 * variance = 100² × [(p + d) − (p − d)²], with p and d the shares of promoters and detractors.
 *
 * On the fraction scale (NPS from −1 to 1, as in R's `NPS` package) the variance is
 * (p + d) − (p − d)², between 0 and 1; this function returns it on the library's −100…100
 * scale, so 100² times that. It is the population (plug-in) variance, dividing by n, as the
 * Wald interval uses it. It is largest, 10 000 (a standard deviation of 100 points), when half
 * the answers are promoters and half detractors, and 0 when all answers fall in one category.
 *
 * @param counts - Whole numbers ≥ 0 of each category, at least one answer.
 * @returns The variance of one answer, in NPS points², from 0 to 10 000.
 * @throws {@link MetricInputError} `EMPTY` when all three counts are zero; `WRONG_TYPE`,
 * `NOT_FINITE`, `NOT_INTEGER`, `NEGATIVE` or `OUT_OF_RANGE` for a count that is not a whole number
 * from 0 to 2⁵³ − 1.
 *
 * @example
 * ```ts
 * import { npsVariance } from 'service-metrics';
 *
 * npsVariance({ promoters: 50, passives: 30, detractors: 20 }); // => 6100
 * npsVariance({ promoters: 1, passives: 0, detractors: 1 }); // => 10000
 * npsVariance({ promoters: 7, passives: 0, detractors: 0 }); // => 0
 * ```
 *
 * @see Rocks, B. (2016). Interval estimation for the "net promoter score". *The American
 * Statistician*, 70(4), 365–372 (the trinomial variance).
 * @see {@link https://github.com/brendan-r/NPS | R package NPS}, `npvar()`: the same formula on the −1…1 scale.
 * @category Statistics
 */
export function npsVariance(counts: NpsCounts): number {
  const { promoters, detractors, answered } = checkNpsCounts('npsVariance', 'counts', counts);
  return 10_000 * answerVariance(promoters, detractors, answered);
}
