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
import type { Accessor, Answer, SummaryCounts } from '../types.js';

/** The default CSAT scale, 1–5. */
const CSAT_SCALE: Scale = { scaleMin: 1, scaleMax: 5 };

/** The rating scale of a CSAT question and where "satisfied" starts on it. @category Survey */
export interface CsatOptions {
  /** The lowest point of the scale, an integer from −100 to 100. @defaultValue 1 */
  readonly scaleMin?: number;
  /** The highest point of the scale, an integer above `scaleMin`, at most 100 points above it. @defaultValue 5 */
  readonly scaleMax?: number;
  /**
   * The lowest satisfied score, from `scaleMin + 1` to `scaleMax` (top box on a two-point scale).
   *
   * @defaultValue scaleMax − 1 (the top two boxes)
   */
  readonly satisfiedFrom?: number;
}

/** The sufficient statistic of CSAT: answers per scale point, with the scale (so scales cannot mix). @category Survey */
export interface CsatSummary {
  /** The lowest point of the scale. */
  readonly scaleMin: number;
  /** The highest point of the scale. */
  readonly scaleMax: number;
  /** `counts[i]`: the answers of `scaleMin + i`, one whole number per scale point. */
  readonly counts: readonly number[];
  /** Rows without an answer (`null` or `undefined`); they do not enter the score. */
  readonly unanswered: number;
}

/**
 * Customer satisfaction score (CSAT): the percentage of answers to "How satisfied were you with …?" in the top boxes.
 *
 * ## Formula
 * ```math
 * \mathrm{CSAT} = 100 \times \frac{\text{answers} \ge s}{\text{all answers}}
 * ```
 * with s = `satisfiedFrom`; a percentage in 0–100, not rounded.
 * `null` / `undefined` are skipped and counted as `unanswered`. O(n), one pass.
 *
 * ## Variants
 * - **Top-2-box** (default, as Intercom, Nicereply, GetFeedback): 4–5 of 1–5, 6–7 of 1–7, 9–10 of 1–10.
 * - **Top-box**: `satisfiedFrom: scaleMax`; top-3-box on 1–10: `satisfiedFrom: 8`.
 * - **Mean score** ("average CSAT", 3.5 of 5): {@link csatMean}, in other units; do not compare.
 * - **ACSI** is a different 0–100 index (three 1–10 questions in a structural equation model).
 *
 * @param scores - Answers on the scale, or rows read through `score`. Any iterable.
 * @param options - The scale and the satisfied threshold.
 * @returns The percentage of satisfied answers, 0–100.
 * @throws {@link MetricInputError} the common input checks (`scores[i]`…); `EMPTY` (`scores`) when no
 * score is answered; `INCONSISTENT` for options that contradict each other.
 * @example
 * ```ts
 * import { csat } from 'service-metrics';
 * csat([5, 4, null, 2]); // => 66.67
 * csat([{ score: 7 }, { score: 3 }], (row) => row.score, { scaleMax: 7 }); // => 50
 * ```
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
 * The mean CSAT score (4.2 out of 5): the variant of {@link csat} some tools report.
 *
 * ## Formula
 * ```math
 * \text{mean} = \frac{\sum_s s \cdot n_s}{\sum_s n_s}
 * ```
 * with n_s the answers with score s; in scale points, an exact sum and one correctly rounded division.
 *
 * @param scores - Answers on the scale, or rows read through `score`. Any iterable.
 * @param options - The scale (`satisfiedFrom` is checked but plays no part in the mean).
 * @returns The mean answer, in scale points.
 * @throws {@link MetricInputError} as {@link csat} does.
 * @example
 * ```ts
 * import { csatMean } from 'service-metrics';
 * csatMean([5, 4, 4, 3, 1]); // => 3.4
 * csatMean([{ score: 10 }, { score: 7 }, { score: null }], (row) => row.score, { scaleMax: 10 }); // => 8.5
 * ```
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
 * Counts the answers at each scale point, and the unanswered rows, into a {@link CsatSummary};
 * {@link csat} and {@link csatMean} are exactly `csatFromSummary` / `csatMeanFromSummary` of it.
 *
 * @param scores - Answers on the scale, or rows read through `score`. Any iterable.
 * @param options - The scale (`satisfiedFrom` is checked but not stored).
 * @returns The histogram, as plain JSON.
 * @throws {@link MetricInputError} as {@link csat} does, except that an empty sample gives zeros.
 * @example
 * ```ts
 * import { csatSummary } from 'service-metrics';
 * csatSummary([5, 4, 4, 1, undefined]); // => { scaleMin: 1, scaleMax: 5, counts: [1, 0, 0, 2, 1], unanswered: 1 }
 * ```
 * @category Survey
 */
export function csatSummary(scores: Iterable<Answer>, options?: CsatOptions): CsatSummary;
export function csatSummary<T>(rows: Iterable<T>, score: Accessor<T, Answer>, options?: CsatOptions): CsatSummary;
export function csatSummary(scores: unknown, second?: unknown, third?: unknown): CsatSummary {
  const { valueof, options } = splitSampleArguments('csatSummary', second, third, 'score');
  return countScaleAnswers('csatSummary', 'scores', scores, valueof, checkCsatOptions('csatSummary', options));
}

/**
 * Adds two {@link CsatSummary} values on the same scale (associative, commutative; an empty summary is the identity).
 *
 * @param a - One summary.
 * @param b - Another summary, on the same scale.
 * @returns A new summary; neither input is changed.
 * @throws {@link MetricInputError} the common input checks (also counts totalling past 2⁵³ − 1);
 * `INCONSISTENT` when the scales differ or `counts` has not one entry per scale point.
 * @example
 * ```ts
 * import { csatFromSummary, csatSummary, mergeCsatSummaries } from 'service-metrics';
 * const monday = csatSummary([5, 4, 2]);
 * const tuesday = csatSummary([3, 5]);
 * csatFromSummary(mergeCsatSummaries(monday, tuesday)); // => 60
 * ```
 * @category Survey
 */
export function mergeCsatSummaries(a: CsatSummary, b: CsatSummary): CsatSummary {
  const metric = 'mergeCsatSummaries';
  return mergeScaleHistograms(metric, checkScaleHistogram(metric, 'a', a), checkScaleHistogram(metric, 'b', b));
}

/**
 * CSAT from a {@link CsatSummary} or warehouse counts (`COUNT(*) … GROUP BY score`), as {@link csat}.
 * The scale is the summary's (`options.scaleMin` / `scaleMax` must agree); `unanswered` is optional and not scored.
 *
 * @param summary - Counts per scale point.
 * @param options - The satisfied threshold (default: the top two boxes).
 * @returns The percentage of satisfied answers, 0–100.
 * @throws {@link MetricInputError} the common input checks; `EMPTY` when all counts are zero;
 * `INCONSISTENT` for a scale that contradicts the options or `counts` of the wrong length.
 * @example
 * ```ts
 * import { csatFromSummary } from 'service-metrics';
 * // Intercom's worked example: 5 × "1", 5 × "2", 10 × "3", 20 × "4", 10 × "5" (no unanswered count).
 * const summary = { scaleMin: 1, scaleMax: 5, counts: [5, 5, 10, 20, 10] };
 * csatFromSummary(summary); // => 60
 * ```
 * @see {@link https://intercom.help/voc-metrics/en/articles/9647540-what-is-csat-and-how-is-csat-score-calculated | Intercom VoC Metrics: What is CSAT and how is the CSAT score calculated?}
 * @category Survey
 */
export function csatFromSummary(summary: SummaryCounts<CsatSummary>, options?: CsatOptions): number {
  const checked = checkScaleHistogram('csatFromSummary', 'summary', summary);
  const { satisfiedFrom } = checkCsatOptions('csatFromSummary', options, checked);
  return satisfiedPercent('csatFromSummary', 'summary.counts', checked, satisfiedFrom);
}

/**
 * The mean CSAT score from a {@link CsatSummary}, as {@link csatMean}; `unanswered` is optional.
 *
 * @param summary - Counts per scale point.
 * @returns The mean answer, between `scaleMin` and `scaleMax`.
 * @throws {@link MetricInputError} the common input checks; `EMPTY` when all counts are zero;
 * `INCONSISTENT` for `counts` of the wrong length.
 * @example
 * ```ts
 * import { csatMeanFromSummary } from 'service-metrics';
 * // Intercom's worked example: (5×1 + 5×2 + 10×3 + 20×4 + 10×5) / 50 = 175 / 50.
 * csatMeanFromSummary({ scaleMin: 1, scaleMax: 5, counts: [5, 5, 10, 20, 10] }); // => 3.5
 * ```
 * @see {@link https://www.questionpro.com/help/customer-experience/csat-cx.html | QuestionPro: Customer Satisfaction (CSAT)} ("Mean CSAT")
 * @category Survey
 */
export function csatMeanFromSummary(summary: SummaryCounts<CsatSummary>): number {
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
