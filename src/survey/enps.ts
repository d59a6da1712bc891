import { asMetric } from '../internal/summaries/npsCounts.js';
import type { Accessor, Answer, SummaryCounts } from '../types.js';
import { nps, npsFromSummary, type NpsOptions, type NpsSummary } from './nps.js';

/**
 * Employee Net Promoter Score (eNPS): NPS of "How likely are you to recommend this organisation as a place to work?"
 *
 * ## Formula
 * Exactly {@link nps} (promoters 9–10, passives 7–8, detractors 0–6), in −100…100, not rounded; errors name `enps`.
 *
 * ## Variants
 * The wording varies ("…as a place to work", "…to a friend looking for a job"); the arithmetic does not.
 * Breaks, summaries and intervals are NPS's ({@link npsSummary}, {@link enpsFromSummary}, {@link npsInterval}).
 *
 * @param scores - Answers from 0 to 10, or rows read through `score`. Any iterable.
 * @param options - Category breaks.
 * @returns The score in −100…100.
 * @throws {@link MetricInputError} as {@link nps} does, with `metric` `"enps"`.
 * @example
 * ```ts
 * import { enps } from 'service-metrics';
 * enps([{ recommend: 10 }, { recommend: 4 }, { recommend: 9 }], (row) => row.recommend); // => 33.33
 * ```
 * @see Reichheld, F. F. (2003). The one number you need to grow. *Harvard Business Review*, 81(12), 46–54 (NPS).
 * @see {@link https://www.netpromotersystem.com/about/employee-nps/ | Bain & Company: The Employee Net Promoter System}
 * @see {@link https://www.qualtrics.com/blog/net-promoter-employee-engagement-qa-fred-reichheld-rob-markey-bain-company/ | Qualtrics: Net Promoter and employee engagement, Q&A with Fred Reichheld and Rob Markey} (the question, scored on 0–10 "just like customer NPS")
 * @category Survey
 */
export function enps(scores: Iterable<Answer>, options?: NpsOptions): number;
export function enps<T>(rows: Iterable<T>, score: Accessor<T, Answer>, options?: NpsOptions): number;
export function enps(scores: unknown, second?: unknown, third?: unknown): number {
  // `nps` checks its arguments as they come, so they are passed on untyped.
  const score = nps as (scores: unknown, second?: unknown, third?: unknown) => number;
  return asMetric('enps', () => score(scores, second, third));
}

/**
 * eNPS from an {@link NpsSummary} or warehouse counts: exactly {@link npsFromSummary}, naming `enpsFromSummary`.
 *
 * @param summary - Whole numbers ≥ 0 of each category; `unanswered` optional.
 * @returns The score in −100…100.
 * @throws {@link MetricInputError} as {@link npsFromSummary} does, with `metric` `"enpsFromSummary"`.
 * @example
 * ```ts
 * import { enpsFromSummary } from 'service-metrics';
 * // 120 − 45 = 75 of 300 employees: 25.
 * enpsFromSummary({ promoters: 120, passives: 135, detractors: 45 }); // => 25
 * ```
 * @see {@link https://www.netpromotersystem.com/about/employee-nps/ | Bain & Company: The Employee Net Promoter System}
 * @category Survey
 */
export function enpsFromSummary(summary: SummaryCounts<NpsSummary>): number {
  return asMetric('enpsFromSummary', () => npsFromSummary(summary));
}
