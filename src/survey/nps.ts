import { mergeNetScoreCounts, netScore } from '../internal/summaries/netScoreCounts.js';
import { NPS_CLASSES, readNpsCounts } from '../internal/summaries/npsCounts.js';
import { checkSample, isMissing, splitSampleArguments } from '../internal/checks/sample.js';
import { checkIntegerInRange, checkOptions, fail } from '../internal/checks/validate.js';
import type { Accessor, Answer } from '../types.js';

/**
 * Where the NPS categories break on the 0–10 scale. Both bounds are inclusive; scores between
 * them are passives.
 *
 * @category Survey
 */
export interface NpsOptions {
  /**
   * The lowest score that counts as a promoter, an integer from 1 to 10.
   * @defaultValue 9
   */
  readonly promotersFrom?: number;
  /**
   * The highest score that counts as a detractor, an integer from 0 to 9, below `promotersFrom`.
   * @defaultValue 6
   */
  readonly detractorsUpTo?: number;
}

/**
 * The answers to an NPS question, counted by category. Counts from a database `GROUP BY`, from
 * {@link npsSummary} or from {@link mergeNpsSummaries} all have this shape.
 *
 * @category Survey
 */
export interface NpsCounts {
  /** Answers of 9–10 (or from `promotersFrom`). */
  readonly promoters: number;
  /** Answers of 7–8 (between the two breaks). */
  readonly passives: number;
  /** Answers of 0–6 (or up to `detractorsUpTo`). */
  readonly detractors: number;
  /** Rows without an answer (`null` or `undefined`); they do not enter the score. @defaultValue 0 */
  readonly unanswered?: number;
}

/**
 * The sufficient statistic of NPS: everything the score needs, as plain JSON that merges.
 *
 * @category Survey
 */
export interface NpsSummary extends NpsCounts {
  readonly unanswered: number;
}

/**
 * Net Promoter Score of 0–10 answers to "How likely are you to recommend us to a friend or
 * colleague?": the percentage of promoters minus the percentage of detractors.
 *
 * ## Formula
 * NPS = 100 × (promoters − detractors) / (promoters + passives + detractors)
 *
 * Promoters answer 9–10, passives 7–8, detractors 0–6 (Reichheld 2003). The result is in
 * −100…100 and is not rounded: round it for display, as Bain reports it as a whole number.
 *
 * ## Variants
 * - The standard 0–10 scale with breaks at 9 and 6 (this function's default).
 * - Custom breaks, such as promoters from 8 for some regional benchmarks: `promotersFrom`,
 *   `detractorsUpTo`.
 * - eNPS is the same formula asked of employees.
 * - Some tools report the fraction (−1…1); multiply by 100 to compare.
 *
 * `null` and `undefined` mean "no answer": they are skipped and counted in
 * {@link npsSummary}'s `unanswered`. Anything else that is not an integer from 0 to 10 is an
 * error, never skipped. Runs in O(n), one pass, reading each row once.
 *
 * @param scores - Answers from 0 to 10, or rows read through `score`. Any iterable.
 * @param options - Category breaks.
 * @returns The score in −100…100.
 * @throws {@link MetricInputError} `EMPTY` when there is no answer; `WRONG_TYPE`, `NOT_FINITE`,
 * `NOT_INTEGER` or `OUT_OF_RANGE` for a score that is not an integer from 0 to 10 (naming its
 * index, `scores[i]`); `OUT_OF_RANGE` or `INCONSISTENT` for bad breaks.
 *
 * @example
 * ```ts
 * import { nps } from 'service-metrics';
 *
 * nps([10, 9, 8, 7, 6, 3]); // => 0
 * nps([10, 10, 9, 8, null]); // => 75
 * nps([{ score: 10 }, { score: 2 }, { score: 9 }], (row) => row.score); // => 33.33
 * nps([8, 8, 5], { promotersFrom: 8 }); // => 33.33
 * ```
 *
 * @see Reichheld, F. F. (2003). The one number you need to grow. *Harvard Business Review*,
 * 81(12), 46–54.
 * @see {@link https://www.netpromotersystem.com/about/measuring-your-net-promoter-score/ | Bain & Company: Measuring your Net Promoter Score}
 * @category Survey
 */
export function nps(scores: Iterable<Answer>, options?: NpsOptions): number;
export function nps<T>(rows: Iterable<T>, score: Accessor<T, Answer>, options?: NpsOptions): number;
export function nps(scores: unknown, second?: unknown, third?: unknown): number {
  return npsOf('nps', countNps('nps', scores, second, third));
}

/**
 * Counts promoters, passives, detractors and unanswered rows: the {@link NpsSummary} that
 * {@link npsFromSummary} turns into the score and {@link mergeNpsSummaries} adds up.
 *
 * `nps(scores)` is exactly `npsFromSummary(npsSummary(scores))`, so summaries of chunks, shards
 * or database groups, merged, give the same score as one batch call.
 *
 * @param scores - Answers from 0 to 10, or rows read through `score`. Any iterable.
 * @param options - Category breaks.
 * @returns The counts, as plain JSON.
 * @throws {@link MetricInputError} as {@link nps} does, except that an empty sample is allowed (all
 * counts zero).
 *
 * @example
 * ```ts
 * import { npsSummary } from 'service-metrics';
 *
 * npsSummary([10, 9, 8, 3, undefined]);
 * // => { promoters: 2, passives: 1, detractors: 1, unanswered: 1 }
 * ```
 *
 * @category Survey
 */
export function npsSummary(scores: Iterable<Answer>, options?: NpsOptions): NpsSummary;
export function npsSummary<T>(rows: Iterable<T>, score: Accessor<T, Answer>, options?: NpsOptions): NpsSummary;
export function npsSummary(scores: unknown, second?: unknown, third?: unknown): NpsSummary {
  return countNps('npsSummary', scores, second, third);
}

/**
 * Adds two {@link NpsSummary} values, as for two chunks of a stream, two shards, or two groups
 * of a database query. Merging is associative and commutative, with `npsSummary([])` as the
 * identity, so summaries may be merged in any order and grouping.
 *
 * @param a - One summary.
 * @param b - Another summary, counted with the same category breaks.
 * @returns A new summary; neither input is changed.
 * @throws {@link MetricInputError} `WRONG_TYPE` (`a`, `b`) for a summary that is not an object;
 * `WRONG_TYPE`, `NOT_FINITE`, `NOT_INTEGER`, `NEGATIVE` or `OUT_OF_RANGE` for a count that is not a
 * whole number from 0 to 2⁵³ − 1 (`a.promoters`…); `OUT_OF_RANGE` (`b.promoters`…) when a merged
 * count would pass 2⁵³ − 1.
 *
 * @example
 * ```ts
 * import { mergeNpsSummaries, npsFromSummary, npsSummary } from 'service-metrics';
 *
 * const monday = npsSummary([10, 9, 3]);
 * const tuesday = npsSummary([8, 10]);
 * npsFromSummary(mergeNpsSummaries(monday, tuesday)); // => 40
 * ```
 *
 * @category Survey
 */
export function mergeNpsSummaries(a: NpsSummary, b: NpsSummary): NpsSummary {
  return mergeNetScoreCounts('mergeNpsSummaries', a, b, NPS_CLASSES);
}

/**
 * NPS from counts of promoters, passives and detractors, such as those of a warehouse query
 * (`COUNT(*) … GROUP BY category`) or an {@link NpsSummary}.
 *
 * NPS = 100 × (promoters − detractors) / (promoters + passives + detractors). `unanswered`, if
 * given, is checked but does not enter the score.
 *
 * @param counts - Whole numbers ≥ 0 of each category.
 * @returns The score in −100…100.
 * @throws {@link MetricInputError} `EMPTY` when all three counts are zero (field `counts`);
 * `WRONG_TYPE`, `NOT_FINITE`, `NOT_INTEGER`, `NEGATIVE` or `OUT_OF_RANGE` for a count that is not a
 * whole number from 0 to 2⁵³ − 1.
 *
 * @example
 * ```ts
 * import { npsFromSummary } from 'service-metrics';
 *
 * npsFromSummary({ promoters: 520, passives: 300, detractors: 180 }); // => 34
 * ```
 *
 * @see Reichheld, F. F. (2003). The one number you need to grow. *Harvard Business Review*,
 * 81(12), 46–54.
 * @category Survey
 */
export function npsFromSummary(counts: NpsCounts): number {
  const { promoters, passives, detractors } = readNpsCounts('npsFromSummary', 'counts', counts);
  return netScore('npsFromSummary', 'counts', promoters, passives, detractors, counts);
}

/** NPS of counted scores; `EMPTY` on `scores` when none was answered. */
function npsOf(metric: string, counts: NpsSummary): number {
  return netScore(metric, 'scores', counts.promoters, counts.passives, counts.detractors, counts);
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

/**
 * One pass over the sample into a histogram of the 11 scores, then the categories.
 *
 * The loops are written out, without closures, because this is the hot path of a BI script
 * (10 M rows): V8 then keeps the histogram in a register-friendly local and the accessor call
 * cheap. For a number, `score >>> 0 === score` holds exactly for the integers 0…2³²−1 (never
 * for NaN, −1 or 7.5), so three cheap tests validate and index a score.
 */
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
