import { checkNpsCounts } from '../internal/summaries/npsCounts.js';
import { answerVariance } from '../internal/numeric/npsMath.js';
import type { NpsSummary } from '../survey/nps.js';
import type { SummaryCounts } from '../types.js';

/**
 * The variance of one answer's contribution to NPS (scored +100, 0 or −100), in NPS points².
 *
 * ## Formula
 * variance = 100² × [(p + d) − (p − d)²], p and d the shares of promoters and detractors: the plug-in
 * variance (dividing by n) of the Wald interval, 100² times R `NPS`'s −1…1 figure. From 0 (one category) to
 * 10 000 (half promoters, half detractors).
 *
 * @param counts - Whole numbers ≥ 0 of each category, at least one answer.
 * @returns The variance of one answer, in NPS points², from 0 to 10 000.
 * @throws {@link MetricInputError} the common input checks; `EMPTY` when all three counts are zero.
 * @example
 * ```ts
 * import { npsVariance } from 'service-metrics';
 * npsVariance({ promoters: 50, passives: 30, detractors: 20 }); // => 6100
 * ```
 * @see Rocks, B. (2016). Interval estimation for the "net promoter score". *The American Statistician*, 70(4), 365–372 (the trinomial variance).
 * @see {@link https://github.com/brendan-r/NPS | R package NPS}, `npvar()`: the same formula on the −1…1 scale.
 * @category Statistics
 */
export function npsVariance(counts: SummaryCounts<NpsSummary>): number {
  const { promoters, detractors, answered } = checkNpsCounts('npsVariance', 'counts', counts);
  return 10_000 * answerVariance(promoters, detractors, answered);
}
