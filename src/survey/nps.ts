import { mergeNetScoreCounts, netScore } from '../internal/summaries/netScoreCounts.js';
import { NPS_CLASSES, readNpsCounts } from '../internal/summaries/npsCounts.js';
import { checkSample, isMissing, splitSampleArguments } from '../internal/checks/sample.js';
import { checkIntegerInRange, checkOptions, fail } from '../internal/checks/validate.js';
import type { Accessor, Answer, SummaryCounts } from '../types.js';

/** Where the NPS categories break on the 0–10 scale (both inclusive; scores between are passives). @category Survey */
export interface NpsOptions {
  /** The lowest score that counts as a promoter, an integer from 1 to 10. @defaultValue 9 */
  readonly promotersFrom?: number;
  /** The highest score that counts as a detractor, an integer from 0 to 9, below `promotersFrom`. @defaultValue 6 */
  readonly detractorsUpTo?: number;
}

/**
 * The sufficient statistic of NPS: the answers counted by category, as plain JSON that merges
 * (from {@link npsSummary}, or a `GROUP BY` as `SummaryCounts<NpsSummary>`).
 *
 * @category Survey
 */
export interface NpsSummary {
  /** Answers of 9–10 (or from `promotersFrom`). */
  readonly promoters: number;
  /** Answers of 7–8 (between the two breaks). */
  readonly passives: number;
  /** Answers of 0–6 (or up to `detractorsUpTo`). */
  readonly detractors: number;
  /** Rows without an answer (`null` or `undefined`); they do not enter the score. */
  readonly unanswered: number;
}

/**
 * Net Promoter Score of 0–10 answers to "How likely are you to recommend us to a friend or colleague?".
 *
 * ## Formula
 * ```math
 * \mathrm{NPS} = 100 \times \frac{\text{promoters} - \text{detractors}}{\text{promoters} + \text{passives} + \text{detractors}}
 * ```
 * with promoters 9–10, passives 7–8, detractors 0–6 (Reichheld 2003). In −100…100, not rounded (Bain reports
 * whole numbers). `null` / `undefined` are skipped and counted as `unanswered`. O(n), one pass.
 *
 * ## Variants
 * Custom breaks (promoters from 8 in some regional benchmarks): `promotersFrom`,
 * `detractorsUpTo`. eNPS is the same formula asked of employees. Some tools report the
 * fraction (−1…1); multiply by 100 to compare.
 *
 * @param scores - Answers from 0 to 10, or rows read through `score`. Any iterable.
 * @param options - Category breaks.
 * @returns The score in −100…100.
 * @throws {@link MetricInputError} the common input checks (`scores[i]`…); `EMPTY` (`scores`) when no
 * score is answered; `INCONSISTENT` when `options.detractorsUpTo` ≥ `options.promotersFrom`.
 * @example
 * ```ts
 * import { nps } from 'service-metrics';
 * nps([10, 10, 9, 8, null]); // => 75
 * nps([{ score: 10 }, { score: 2 }, { score: 9 }], (row) => row.score); // => 33.33
 * ```
 * @see Reichheld, F. F. (2003). The one number you need to grow. *Harvard Business Review*, 81(12), 46–54.
 * @see {@link https://www.netpromotersystem.com/about/measuring-your-net-promoter-score/ | Bain & Company: Measuring your Net Promoter Score}
 * @category Survey
 */
export function nps(scores: Iterable<Answer>, options?: NpsOptions): number;
export function nps<T>(rows: Iterable<T>, score: Accessor<T, Answer>, options?: NpsOptions): number;
export function nps(scores: unknown, second?: unknown, third?: unknown): number {
  return npsOf('nps', countNps('nps', scores, second, third));
}

/**
 * Counts promoters, passives, detractors and unanswered rows into an {@link NpsSummary};
 * {@link nps} is exactly `npsFromSummary(npsSummary(scores))`.
 *
 * @param scores - Answers from 0 to 10, or rows read through `score`. Any iterable.
 * @param options - Category breaks.
 * @returns The counts, as plain JSON.
 * @throws {@link MetricInputError} as {@link nps} does, except that an empty sample gives zeros.
 * @example
 * ```ts
 * import { npsSummary } from 'service-metrics';
 * npsSummary([10, 9, 8, 3, undefined]); // => { promoters: 2, passives: 1, detractors: 1, unanswered: 1 }
 * ```
 * @category Survey
 */
export function npsSummary(scores: Iterable<Answer>, options?: NpsOptions): NpsSummary;
export function npsSummary<T>(rows: Iterable<T>, score: Accessor<T, Answer>, options?: NpsOptions): NpsSummary;
export function npsSummary(scores: unknown, second?: unknown, third?: unknown): NpsSummary {
  return countNps('npsSummary', scores, second, third);
}

/**
 * Adds two {@link NpsSummary} values (associative, commutative; `npsSummary([])` is the identity).
 *
 * @param a - One summary.
 * @param b - Another summary, counted with the same category breaks.
 * @returns A new summary; neither input is changed.
 * @throws {@link MetricInputError} the common input checks (`a.promoters`…), also when a merged count passes 2⁵³ − 1.
 * @example
 * ```ts
 * import { mergeNpsSummaries, npsFromSummary, npsSummary } from 'service-metrics';
 * const monday = npsSummary([10, 9, 3]);
 * const tuesday = npsSummary([8, 10]);
 * npsFromSummary(mergeNpsSummaries(monday, tuesday)); // => 40
 * ```
 * @category Survey
 */
export function mergeNpsSummaries(a: NpsSummary, b: NpsSummary): NpsSummary {
  return mergeNetScoreCounts('mergeNpsSummaries', a, b, NPS_CLASSES);
}

/**
 * NPS from an {@link NpsSummary} or warehouse counts (`COUNT(*) … GROUP BY category`), as {@link nps};
 * `unanswered`, if given, is checked but does not enter the score.
 *
 * @param summary - Whole numbers ≥ 0 of each category; `unanswered` optional.
 * @returns The score in −100…100.
 * @throws {@link MetricInputError} the common input checks; `EMPTY` (`summary`) when all three are zero.
 * @example
 * ```ts
 * import { npsFromSummary } from 'service-metrics';
 * npsFromSummary({ promoters: 520, passives: 300, detractors: 180 }); // => 34
 * ```
 * @category Survey
 */
export function npsFromSummary(summary: SummaryCounts<NpsSummary>): number {
  const { promoters, passives, detractors } = readNpsCounts('npsFromSummary', 'summary', summary);
  return netScore('npsFromSummary', 'summary', promoters, passives, detractors);
}

/** NPS of counted scores; `EMPTY` on `scores` when none was answered. */
function npsOf(metric: string, counts: NpsSummary): number {
  return netScore(metric, 'scores', counts.promoters, counts.passives, counts.detractors);
}

function checkBreaks(metric: string, options: unknown): { promotersFrom: number; detractorsUpTo: number } {
  const { promotersFrom = 9, detractorsUpTo = 6 } = checkOptions(metric, options, ['promotersFrom', 'detractorsUpTo']);
  const from = checkIntegerInRange(metric, 'options.promotersFrom', promotersFrom, 1, 10);
  const upTo = checkIntegerInRange(metric, 'options.detractorsUpTo', detractorsUpTo, 0, 9);
  if (upTo >= from) {
    fail(metric, 'options.detractorsUpTo', 'INCONSISTENT', `below promotersFrom (${String(from)})`, upTo);
  }
  return { promotersFrom: from, detractorsUpTo: upTo };
}

/** One pass over the sample into a histogram of the 11 scores, then the categories. */
// The loops are written out, without closures: this is the hot path of a BI script (10 M rows).
// For a number, `score >>> 0 === score` holds exactly for the integers 0…2³²−1 (never NaN, −1
// or 7.5), so three cheap tests validate and index a score.
function countNps(metric: string, scores: unknown, second: unknown, third: unknown): NpsSummary {
  const { valueof, options } = splitSampleArguments(metric, second, third, 'score');
  const { promotersFrom, detractorsUpTo } = checkBreaks(metric, options);
  const sample = checkSample(metric, 'scores', scores);
  const histogram = new Float64Array(11);
  let unanswered = 0;
  if (Array.isArray(sample)) {
    const n = sample.length;
    if (valueof === undefined) {
      for (let i = 0; i < n; i++) {
        const score: unknown = sample[i];
        if (typeof score === 'number' && score >>> 0 === score && score <= 10) histogram[score]! += 1;
        else unanswered += missingOrThrow(metric, score, i, histogram);
      }
    } else {
      for (let i = 0; i < n; i++) {
        const score = valueof(sample[i], i);
        if (typeof score === 'number' && score >>> 0 === score && score <= 10) histogram[score]! += 1;
        else unanswered += missingOrThrow(metric, score, i, histogram);
      }
    }
  } else {
    let i = 0;
    for (const row of sample) {
      const score = valueof === undefined ? row : valueof(row, i);
      if (typeof score === 'number' && score >>> 0 === score && score <= 10) histogram[score]! += 1;
      else unanswered += missingOrThrow(metric, score, i, histogram);
      i++;
    }
  }
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (let score = 0; score <= 10; score++) {
    const n = histogram[score]!;
    if (score >= promotersFrom) promoters += n;
    else if (score <= detractorsUpTo) detractors += n;
    else passives += n;
  }
  return { promoters, passives, detractors, unanswered };
}

/** 1 for a missing answer; throws for anything else that is not a valid score. */
function missingOrThrow(metric: string, score: unknown, index: number, histogram: Float64Array): number {
  if (isMissing(score)) return 1;
  // Throws for anything but a bigint score from 0 to 10 (read exactly), which is counted.
  histogram[checkIntegerInRange(metric, `scores[${String(index)}]`, score, 0, 10)]! += 1;
  return 0;
}
