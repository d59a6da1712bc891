import { splitSampleArguments } from '../internal/checks/sample.js';
import type { Scale } from '../internal/checks/scale.js';
import {
  answeredOrThrow,
  answersBetween,
  checkScaleHistogram,
  countScaleAnswers,
  histogramMean,
  mergeScaleHistograms,
  scaleFromOptions,
  withDefault,
} from '../internal/summaries/scaleHistogram.js';
import { checkIntegerInRange, checkOptions } from '../internal/checks/validate.js';
import type { Accessor, Answer } from '../types.js';

/** The default CSAT scale, 1–5. */
const CSAT_SCALE: Scale = { scaleMin: 1, scaleMax: 5 };

/**
 * The rating scale of a CSAT question and where "satisfied" starts on it.
 *
 * @category Survey
 */
export interface CsatOptions {
  /**
   * The lowest point of the scale, an integer from −100 to 100.
   * @defaultValue 1
   */
  readonly scaleMin?: number;
  /**
   * The highest point of the scale, an integer above `scaleMin`, at most 100 points above it.
   * @defaultValue 5
   */
  readonly scaleMax?: number;
  /**
   * The lowest score that counts as satisfied, an integer from `scaleMin + 1` to `scaleMax`.
   * The default takes the top two boxes, `scaleMax − 1`: 4 on 1–5, 6 on 1–7, 9 on 1–10. On a
   * two-point scale (thumbs down / up) it is the top box, `scaleMax`.
   * @defaultValue scaleMax − 1 (the top two boxes)
   */
  readonly satisfiedFrom?: number;
}

/**
 * The sufficient statistic of CSAT: how many answers each point of the scale received, as plain
 * JSON that merges. It carries its scale, so summaries on different scales cannot be mixed.
 *
 * @category Survey
 */
export interface CsatSummary {
  /** The lowest point of the scale. */
  readonly scaleMin: number;
  /** The highest point of the scale. */
  readonly scaleMax: number;
  /**
   * `counts[i]` is the number of answers of `scaleMin + i`: `scaleMax − scaleMin + 1` whole
   * numbers ≥ 0, lowest score first.
   */
  readonly counts: readonly number[];
  /** Rows without an answer (`null` or `undefined`); they do not enter the score. */
  readonly unanswered: number;
}

/**
 * Customer satisfaction score (CSAT): the percentage of answers to "How satisfied were you
 * with …?" that are satisfied, that is in the top boxes of the rating scale.
 *
 * ## Formula
 * CSAT = 100 × (answers ≥ `satisfiedFrom`) / (all answers)
 *
 * On the default 1–5 scale the satisfied answers are 4 ("satisfied") and 5 ("very
 * satisfied"). The result is a percentage in 0–100 and is not rounded.
 *
 * ## Variants
 * - **Top-2-box % satisfied** (this function's default): 4–5 of 1–5, 6–7 of 1–7, 9–10 of 1–10.
 *   Vendors such as Intercom, Nicereply and GetFeedback compute CSAT this way.
 * - **Top-box % satisfied**: only the highest answer counts; set `satisfiedFrom: scaleMax`.
 *   Wider scales sometimes use a top-3-box rule (8–10 of 1–10): set `satisfiedFrom: 8`.
 * - **Mean score** ("average CSAT", 3.5 out of 5): {@link csatMean}. Some tools call the mean
 *   "CSAT"; the two numbers are on different units and must not be compared.
 * - **ACSI** (American Customer Satisfaction Index) is a different thing: a 0–100 index from
 *   three 1–10 questions weighted by a structural equation model. It is not this metric, and
 *   a CSAT of 80 % is not an ACSI of 80.
 *
 * `null` and `undefined` mean "no answer": they are skipped and counted in
 * {@link csatSummary}'s `unanswered`. Anything else that is not an integer on the scale is an
 * error, never skipped. Runs in O(n), one pass, reading each row once.
 *
 * @param scores - Answers on the scale, or rows read through `score`. Any iterable.
 * @param options - The scale and the satisfied threshold.
 * @returns The percentage of satisfied answers, 0–100.
 * @throws {@link MetricInputError} `EMPTY` when there is no answer; `WRONG_TYPE`, `NOT_FINITE`,
 * `NOT_INTEGER` or `OUT_OF_RANGE` for a score that is not an integer on the scale (naming its
 * index, `scores[i]`); `WRONG_TYPE`, `NOT_INTEGER`, `OUT_OF_RANGE` or `INCONSISTENT` for bad
 * options.
 *
 * @example
 * ```ts
 * import { csat } from 'service-metrics';
 *
 * csat([5, 4, 4, 3, 1]); // => 60
 * csat([5, 4, null, 2]); // => 66.67
 * csat([{ score: 5 }, { score: 3 }], (row) => row.score); // => 50
 * csat([7, 6, 5, 2], { scaleMax: 7 }); // => 50
 * csat([5, 4, 4, 3], { satisfiedFrom: 5 }); // => 25
 * csat([6, 4]); // => throws OUT_OF_RANGE
 * ```
 *
 * @see {@link https://intercom.help/voc-metrics/en/articles/9647540-what-is-csat-and-how-is-csat-score-calculated | Intercom VoC Metrics: What is CSAT and how is the CSAT score calculated?} (satisfied = 4 or 5 of 1–5, divided by all responses, × 100)
 * @see {@link https://www.getfeedback.com/resources/csat/everything-you-need-to-know-about-measuring-customer-satisfaction/ | GetFeedback: Everything you need to know about measuring customer satisfaction} (the mean and the % of 4–5 answers, and why the percentage is preferred)
 * @see {@link https://www.questionpro.com/help/customer-experience/csat-cx.html | QuestionPro: Customer Satisfaction (CSAT)} (top-box score and mean CSAT)
 * @see Fornell, C., Johnson, M. D., Anderson, E. W., Cha, J., & Bryant, B. E. (1996). The
 * American Customer Satisfaction Index: nature, purpose, and findings. *Journal of Marketing*,
 * 60(4), 7–18 (the ACSI, a different index).
 * @category Survey
 */
export function csat(scores: Iterable<Answer>, options?: CsatOptions): number;
export function csat<T>(rows: Iterable<T>, score: Accessor<T, Answer>, options?: CsatOptions): number;
export function csat(scores: unknown, second?: unknown, third?: unknown): number {
  const { valueof, options } = splitSampleArguments('csat', second, third, 'score');
  const checked = checkCsatOptions('csat', options);
  return satisfiedPercent('csat', 'scores', countScaleAnswers('csat', 'scores', scores, valueof, checked), checked.satisfiedFrom);
}

/**
 * The mean CSAT score: the average answer on the rating scale (for example 4.2 out of 5), the
 * variant some tools report instead of the percentage of satisfied answers.
 *
 * ## Formula
 * mean = Σ (score × number of answers with that score) / (all answers)
 *
 * The result is in scale points, between `scaleMin` and `scaleMax`. The sum is of whole
 * numbers, so it is exact (while it stays below 2⁵³ ≈ 9 × 10¹⁵), and the one division rounds
 * correctly: the mean is the double nearest the true mean.
 *
 * @param scores - Answers on the scale, or rows read through `score`. Any iterable.
 * @param options - The scale (`satisfiedFrom` is checked but plays no part in the mean).
 * @returns The mean answer, in scale points.
 * @throws {@link MetricInputError} as {@link csat} does.
 *
 * @example
 * ```ts
 * import { csatMean } from 'service-metrics';
 *
 * csatMean([5, 4, 4, 3, 1]); // => 3.4
 * csatMean([{ score: 10 }, { score: 7 }, { score: null }], (row) => row.score, { scaleMax: 10 }); // => 8.5
 * ```
 *
 * @see {@link https://www.getfeedback.com/resources/csat/everything-you-need-to-know-about-measuring-customer-satisfaction/ | GetFeedback: Everything you need to know about measuring customer satisfaction}
 * @see {@link https://www.questionpro.com/help/customer-experience/csat-cx.html | QuestionPro: Customer Satisfaction (CSAT)} ("Mean CSAT")
 * @category Survey
 */
export function csatMean(scores: Iterable<Answer>, options?: CsatOptions): number;
export function csatMean<T>(rows: Iterable<T>, score: Accessor<T, Answer>, options?: CsatOptions): number;
export function csatMean(scores: unknown, second?: unknown, third?: unknown): number {
  const { valueof, options } = splitSampleArguments('csatMean', second, third, 'score');
  const checked = checkCsatOptions('csatMean', options);
  return histogramMean('csatMean', 'scores', countScaleAnswers('csatMean', 'scores', scores, valueof, checked));
}

/**
 * Counts the answers at each point of the scale, and the unanswered rows: the
 * {@link CsatSummary} that {@link csatFromSummary} and {@link csatMeanFromSummary} turn into
 * the metrics and {@link mergeCsatSummaries} adds up.
 *
 * `csat(scores, options)` is exactly `csatFromSummary(csatSummary(scores, options), options)`,
 * and `csatMean(scores, options)` is exactly `csatMeanFromSummary(csatSummary(scores,
 * options))`, so summaries of chunks, shards or database groups, merged, give the same numbers
 * as one batch call. A histogram keeps both metrics, and any other threshold, available.
 *
 * @param scores - Answers on the scale, or rows read through `score`. Any iterable.
 * @param options - The scale (`satisfiedFrom` is checked but not stored).
 * @returns The histogram, as plain JSON.
 * @throws {@link MetricInputError} as {@link csat} does, except that an empty sample is allowed
 * (all counts zero).
 *
 * @example
 * ```ts
 * import { csatSummary } from 'service-metrics';
 *
 * csatSummary([5, 4, 4, 1, undefined]);
 * // => { scaleMin: 1, scaleMax: 5, counts: [1, 0, 0, 2, 1], unanswered: 1 }
 * ```
 *
 * @category Survey
 */
export function csatSummary(scores: Iterable<Answer>, options?: CsatOptions): CsatSummary;
export function csatSummary<T>(rows: Iterable<T>, score: Accessor<T, Answer>, options?: CsatOptions): CsatSummary;
export function csatSummary(scores: unknown, second?: unknown, third?: unknown): CsatSummary {
  const { valueof, options } = splitSampleArguments('csatSummary', second, third, 'score');
  return countScaleAnswers('csatSummary', 'scores', scores, valueof, checkCsatOptions('csatSummary', options));
}

/**
 * Adds two {@link CsatSummary} values on the same scale, as for two chunks of a stream, two
 * shards, or two groups of a database query. Merging is associative and commutative, with an
 * empty summary (`csatSummary([], options)`) as the identity.
 *
 * @param a - One summary.
 * @param b - Another summary, on the same scale.
 * @returns A new summary; neither input is changed.
 * @throws {@link MetricInputError} `INCONSISTENT` when the scales differ or `counts` does not have
 * one entry per scale point; `WRONG_TYPE`, `NOT_FINITE`, `NOT_INTEGER` or `NEGATIVE` when a count
 * is not a whole number ≥ 0; `OUT_OF_RANGE` when the counts, or the unanswered rows, total more
 * than 2⁵³ − 1, in one summary or merged.
 *
 * @example
 * ```ts
 * import { csatFromSummary, csatSummary, mergeCsatSummaries } from 'service-metrics';
 *
 * const monday = csatSummary([5, 4, 2]);
 * const tuesday = csatSummary([3, 5]);
 * csatFromSummary(mergeCsatSummaries(monday, tuesday)); // => 60
 * mergeCsatSummaries(monday, csatSummary([7], { scaleMax: 7 })); // => throws INCONSISTENT
 * ```
 *
 * @category Survey
 */
export function mergeCsatSummaries(a: CsatSummary, b: CsatSummary): CsatSummary {
  const metric = 'mergeCsatSummaries';
  return mergeScaleHistograms(metric, checkScaleHistogram(metric, 'a', a), checkScaleHistogram(metric, 'b', b));
}

/**
 * CSAT, the percentage of satisfied answers, from a {@link CsatSummary}: from
 * {@link csatSummary}, {@link mergeCsatSummaries}, or counts per score out of a warehouse
 * (`COUNT(*) … GROUP BY score`).
 *
 * CSAT = 100 × Σ `counts` from `satisfiedFrom` / Σ `counts`. The scale is the summary's;
 * `options.scaleMin` and `options.scaleMax`, if given, must agree with it. `unanswered` is
 * checked but does not enter the score.
 *
 * @param summary - Counts per scale point.
 * @param options - The satisfied threshold (the default is the top two boxes of the summary's
 * scale).
 * @returns The percentage of satisfied answers, 0–100.
 * @throws {@link MetricInputError} `EMPTY` when all counts are zero; `INCONSISTENT` for a scale
 * that contradicts the options or `counts` of the wrong length; `WRONG_TYPE`, `NOT_FINITE`,
 * `NOT_INTEGER`, `NEGATIVE` or `OUT_OF_RANGE` for a count that is not a whole number from 0 to 2⁵³
 * − 1; `OUT_OF_RANGE` for counts totalling more than 2⁵³ − 1 or for a `satisfiedFrom` off the
 * scale.
 *
 * @example
 * ```ts
 * import { csatFromSummary } from 'service-metrics';
 *
 * // Intercom's worked example: 5 × "1", 5 × "2", 10 × "3", 20 × "4", 10 × "5".
 * const summary = { scaleMin: 1, scaleMax: 5, counts: [5, 5, 10, 20, 10], unanswered: 0 };
 * csatFromSummary(summary); // => 60
 * csatFromSummary(summary, { satisfiedFrom: 5 }); // => 20
 * ```
 *
 * @see {@link https://intercom.help/voc-metrics/en/articles/9647540-what-is-csat-and-how-is-csat-score-calculated | Intercom VoC Metrics: What is CSAT and how is the CSAT score calculated?}
 * @category Survey
 */
export function csatFromSummary(summary: CsatSummary, options?: CsatOptions): number {
  const checked = checkScaleHistogram('csatFromSummary', 'summary', summary);
  const { satisfiedFrom } = checkCsatOptions('csatFromSummary', options, checked);
  return satisfiedPercent('csatFromSummary', 'summary.counts', checked, satisfiedFrom);
}

/**
 * The mean CSAT score from a {@link CsatSummary}: Σ (score × count) / Σ count, in scale points.
 * Exact in the same way as {@link csatMean}, which it equals on the same answers.
 *
 * @param summary - Counts per scale point.
 * @returns The mean answer, between `scaleMin` and `scaleMax`.
 * @throws {@link MetricInputError} `EMPTY` when all counts are zero; `INCONSISTENT` for `counts` of
 * the wrong length; `WRONG_TYPE`, `NOT_FINITE`, `NOT_INTEGER`, `NEGATIVE` or `OUT_OF_RANGE` for a
 * count that is not a whole number from 0 to 2⁵³ − 1; `OUT_OF_RANGE` when the counts total more
 * than 2⁵³ − 1.
 *
 * @example
 * ```ts
 * import { csatMeanFromSummary } from 'service-metrics';
 *
 * // Intercom's worked example: (5×1 + 5×2 + 10×3 + 20×4 + 10×5) / 50 = 175 / 50.
 * csatMeanFromSummary({ scaleMin: 1, scaleMax: 5, counts: [5, 5, 10, 20, 10], unanswered: 0 }); // => 3.5
 * ```
 *
 * @see {@link https://www.questionpro.com/help/customer-experience/csat-cx.html | QuestionPro: Customer Satisfaction (CSAT)} ("Mean CSAT")
 * @category Survey
 */
export function csatMeanFromSummary(summary: CsatSummary): number {
  const metric = 'csatMeanFromSummary';
  return histogramMean(metric, 'summary.counts', checkScaleHistogram(metric, 'summary', summary));
}

interface CheckedOptions extends Scale {
  readonly satisfiedFrom: number;
}

/**
 * Checks the options; with `scale` (from a summary), the scale is the summary's and options that
 * name another are `INCONSISTENT`.
 */
function checkCsatOptions(metric: string, options: unknown, scale?: Scale): CheckedOptions {
  const settings = checkOptions(metric, options, ['scaleMin', 'scaleMax', 'satisfiedFrom']);
  const checked = scaleFromOptions(metric, settings, CSAT_SCALE, scale);
  const threshold = checkIntegerInRange(
    metric,
    'options.satisfiedFrom',
    withDefault(settings['satisfiedFrom'], Math.max(checked.scaleMax - 1, checked.scaleMin + 1)),
    checked.scaleMin + 1,
    checked.scaleMax,
  );
  return { scaleMin: checked.scaleMin, scaleMax: checked.scaleMax, satisfiedFrom: threshold };
}

function satisfiedPercent(metric: string, field: string, summary: CsatSummary, satisfiedFrom: number): number {
  const n = answeredOrThrow(metric, field, summary);
  const satisfied = answersBetween(summary, satisfiedFrom, summary.scaleMax);
  // Sums of whole numbers and 100 × a whole number are exact, so the one division rounds correctly.
  return (100 * satisfied) / n;
}
