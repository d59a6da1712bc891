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
import { checkIntegerInRange, checkObject, checkOptions, fail } from '../internal/checks/validate.js';
import type { Accessor, Answer, SummaryCounts } from '../types.js';

/**
 * Which end of the scale means "easy": `"high"` (CES 2.0, "made it easy…", 7 = strongly agree)
 * or `"low"` (CES 1.0, "How much effort…", 1 = very low effort).
 *
 * @category Survey
 */
export type CesEasyEnd = 'high' | 'low';

/**
 * The scale of a CES question, its direction, and the easy and difficult bands (default CES 2.0:
 * 1–7, high is easy, 5–7 easy, 1–3 difficult).
 *
 * @category Survey
 */
export interface CesOptions {
  /** The lowest point of the scale, an integer from −100 to 100. @defaultValue 1 */
  readonly scaleMin?: number;
  /** The highest point of the scale, an integer above `scaleMin`, at most 100 above it (CES 1.0: 5). @defaultValue 7 */
  readonly scaleMax?: number;
  /** Which end of the scale is easy: `"high"` (CES 2.0) or `"low"` (CES 1.0). @defaultValue "high" */
  readonly easyEnd?: CesEasyEnd;
  /**
   * Points at the easy end that count as easy, from 1 to points − 1 (an odd scale's middle stays neutral).
   *
   * @defaultValue ⌊points / 2⌋ (the easy half of the scale)
   */
  readonly easyBoxes?: number;
  /**
   * Points at the other end that count as difficult, from 1; with `easyBoxes`, at most the points.
   *
   * @defaultValue ⌊points / 2⌋ (the difficult half of the scale), or the points `easyBoxes` leaves if fewer
   */
  readonly difficultBoxes?: number;
}

/** The sufficient statistic of CES: answers per scale point, with the scale and its direction. @category Survey */
export interface CesSummary {
  /** The lowest point of the scale. */
  readonly scaleMin: number;
  /** The highest point of the scale. */
  readonly scaleMax: number;
  /** Which end of the scale is easy. */
  readonly easyEnd: CesEasyEnd;
  /** `counts[i]`: the answers of `scaleMin + i`, one whole number per scale point. */
  readonly counts: readonly number[];
  /** Rows without an answer (`null` or `undefined`); they do not enter the scores. */
  readonly unanswered: number;
}

/**
 * The three ways CES is reported, from one set of answers, with the counts behind them (for
 * {@link proportionIntervalFromSummary} on the percentages).
 *
 * @category Survey
 */
export interface CesResult {
  /** The mean answer, in scale points. On CES 1.0 (low is easy) a lower mean is better. */
  readonly mean: number;
  /** The percentage of easy answers, 0–100: "% agree" on CES 2.0, "% low effort" on CES 1.0. */
  readonly easyPercent: number;
  /** The percentage of difficult answers, 0–100. */
  readonly difficultPercent: number;
  /** The net effort score, `easyPercent − difficultPercent`, in −100…100. */
  readonly net: number;
  /** The number of answers (unanswered rows excluded). */
  readonly answers: number;
  /** The number of easy answers. */
  readonly easyAnswers: number;
  /** The number of difficult answers. */
  readonly difficultAnswers: number;
}

/** The default CES scale, 1–7 (CES 2.0). */
const CES_SCALE: Scale = { scaleMin: 1, scaleMax: 7 };
const EASY_ENDS: readonly CesEasyEnd[] = ['high', 'low'];

/**
 * Customer Effort Score (CES): how easy customers found it to get an issue handled, as the mean, the % of easy answers
 * ("% agree") and the net effort score, in one pass.
 *
 * ## Formula
 * With n answers, E in the `easyBoxes` points at the easy end and D in the `difficultBoxes` at the other:
 * ```math
 * \begin{aligned}
 * \text{mean} &= \frac{1}{n} \sum_{i=1}^{n} x_i &&\text{(scale points)} \\
 * \text{easyPercent} &= 100 \times \frac{E}{n} \\
 * \text{difficultPercent} &= 100 \times \frac{D}{n} \\
 * \text{net} &= 100 \times \frac{E - D}{n} &&\text{(in } {-100} \ldots 100 \text{, one division)}
 * \end{aligned}
 * ```
 * `null` / `undefined` are counted as
 * `unanswered`. O(n), one pass. For intervals: {@link proportionIntervalFromSummary}, {@link meanInterval}.
 *
 * ## Variants
 * - **CES 1.0** (Dixon, Freeman & Toman 2010): "How much effort did you personally have to put
 *   forth…", 1–5, the mean, low is good: `{ scaleMax: 5, easyEnd: 'low' }` (easy 1–2, difficult 4–5).
 * - **CES 2.0** (Dixon, Toman & DeLisi 2013; default): agreement with "The company made it easy
 *   for me to handle my issue", 1–7, high is good; the mean or "% agree" (5–7).
 * - **Net effort score** (`net`), as NPS. CES 2.0 on 1–5 (Delighted: agree 4–5): `{ scaleMax: 5 }`;
 *   only 6–7 of 1–7: `easyBoxes: 2`. Never compare means of opposite directions.
 *
 * @param scores - Answers on the scale, or rows read through `score`. Any iterable.
 * @param options - The scale, its direction and the easy and difficult bands.
 * @returns The mean, the percentages, the net score and the counts.
 * @throws {@link MetricInputError} the common input checks (`scores[i]`…); `EMPTY` (`scores`) when no
 * score is answered; `INCONSISTENT` when the bands overlap.
 * @example
 * ```ts
 * import { ces, proportionIntervalFromSummary } from 'service-metrics';
 * // CES 2.0 (1–7, high is easy): 5–7 easy, 1–3 difficult.
 * const result = ces([7, 6, 5, 4, 2]);
 * // => { mean: 4.8, easyPercent: 60, difficultPercent: 20, net: 40, answers: 5, easyAnswers: 3, difficultAnswers: 1 }
 * proportionIntervalFromSummary({ successes: result.easyAnswers, trials: result.answers }).lower; // => 23.07
 * ```
 * @see Dixon, M., Freeman, K., & Toman, N. (2010). Stop trying to delight your customers. *Harvard Business Review*, 88(7/8), 116–122 (CES 1.0, CEB).
 * @see Dixon, M., Toman, N., & DeLisi, R. (2013). *The Effortless Experience: Conquering the New
 * Battleground for Customer Loyalty*. Portfolio/Penguin (CES 2.0, CEB, now Gartner).
 * @see {@link https://support.nicereply.com/article/244-what-is-customer-effort-score-ces | Nicereply: What is Customer Effort Score (CES)} (CES 2.0 on 1–7, "made it easy for me to handle my issue")
 * @see {@link https://help.delighted.com/article/249-how-is-ces-calculated | Delighted: How is CES calculated?} (% agree on 1–5, with a worked example)
 * @category Survey
 */
export function ces(scores: Iterable<Answer>, options?: CesOptions): CesResult;
export function ces<T>(rows: Iterable<T>, score: Accessor<T, Answer>, options?: CesOptions): CesResult;
export function ces(scores: unknown, second?: unknown, third?: unknown): CesResult {
  const metric = 'ces';
  const { valueof, options } = splitSampleArguments(metric, second, third, 'score');
  const checked = checkCesOptions(metric, options);
  const summary = countScaleAnswers(metric, 'scores', scores, valueof, checked);
  return cesOf(metric, 'scores', { ...summary, easyEnd: checked.easyEnd }, checked);
}

/**
 * Counts the answers at each scale point into a {@link CesSummary} (the bands are chosen later);
 * {@link ces} is exactly `cesFromSummary(cesSummary(scores, options), options)`.
 *
 * @param scores - Answers on the scale, or rows read through `score`. Any iterable.
 * @param options - The scale and its direction (the bands are checked but not stored).
 * @returns The histogram, as plain JSON.
 * @throws {@link MetricInputError} as {@link ces} does, except that an empty sample gives zeros.
 * @example
 * ```ts
 * import { cesSummary } from 'service-metrics';
 * cesSummary([1, 2, 2, 5, undefined], { scaleMax: 5, easyEnd: 'low' });
 * // => { scaleMin: 1, scaleMax: 5, easyEnd: 'low', counts: [1, 2, 0, 0, 1], unanswered: 1 }
 * ```
 * @category Survey
 */
export function cesSummary(scores: Iterable<Answer>, options?: CesOptions): CesSummary;
export function cesSummary<T>(rows: Iterable<T>, score: Accessor<T, Answer>, options?: CesOptions): CesSummary;
export function cesSummary(scores: unknown, second?: unknown, third?: unknown): CesSummary {
  const metric = 'cesSummary';
  const { valueof, options } = splitSampleArguments(metric, second, third, 'score');
  const checked = checkCesOptions(metric, options);
  const { scaleMin, scaleMax, counts, unanswered } = countScaleAnswers(metric, 'scores', scores, valueof, checked);
  return { scaleMin, scaleMax, easyEnd: checked.easyEnd, counts, unanswered };
}

/**
 * Adds two {@link CesSummary} values on the same scale and direction (associative, commutative).
 *
 * @param a - One summary.
 * @param b - Another summary, on the same scale, with the same `easyEnd`.
 * @returns A new summary; neither input is changed.
 * @throws {@link MetricInputError} the common input checks (also counts totalling past 2⁵³ − 1);
 * `INCONSISTENT` when the scales or directions differ or `counts` has not one entry per point.
 * @example
 * ```ts
 * import { cesFromSummary, cesSummary, mergeCesSummaries } from 'service-metrics';
 * const monday = cesSummary([7, 6, 2]);
 * const tuesday = cesSummary([4, 5]);
 * cesFromSummary(mergeCesSummaries(monday, tuesday)).easyPercent; // => 60
 * ```
 * @category Survey
 */
export function mergeCesSummaries(a: CesSummary, b: CesSummary): CesSummary {
  const metric = 'mergeCesSummaries';
  const left = checkCesSummary(metric, 'a', a);
  const right = checkCesSummary(metric, 'b', b);
  const { scaleMin, scaleMax, counts, unanswered } = mergeScaleHistograms(metric, left, right);
  if (left.easyEnd !== right.easyEnd) {
    fail(metric, 'b.easyEnd', 'INCONSISTENT', `the same easyEnd as a ("${left.easyEnd}")`, right.easyEnd);
  }
  return { scaleMin, scaleMax, easyEnd: left.easyEnd, counts, unanswered };
}

/**
 * CES from a {@link CesSummary} or warehouse counts (`COUNT(*) … GROUP BY score`), as {@link ces}.
 * Scale and direction are the summary's (options must agree); `unanswered` is optional and not scored.
 *
 * @param summary - Counts per scale point, with the scale and its direction.
 * @param options - The easy and difficult bands (default: the two halves of the scale).
 * @returns The mean, the percentages, the net score and the counts.
 * @throws {@link MetricInputError} the common input checks; `EMPTY` when all counts are zero;
 * `INCONSISTENT` for options that contradict the summary, overlapping bands, or `counts` of the wrong length.
 * @example
 * ```ts
 * import { cesFromSummary } from 'service-metrics';
 * // Delighted's worked example on 1–5: 5 disagree (1–2), 5 neutral (3), 10 agree (4–5): CES 50.
 * const summary = { scaleMin: 1, scaleMax: 5, easyEnd: 'high', counts: [2, 3, 5, 4, 6] } as const;
 * cesFromSummary(summary).easyPercent; // => 50
 * ```
 * @see {@link https://help.delighted.com/article/249-how-is-ces-calculated | Delighted: How is CES calculated?}
 * @category Survey
 */
export function cesFromSummary(summary: SummaryCounts<CesSummary>, options?: CesOptions): CesResult {
  const metric = 'cesFromSummary';
  const checked = checkCesSummary(metric, 'summary', summary);
  return cesOf(metric, 'summary.counts', checked, checkCesOptions(metric, options, checked));
}

interface CheckedCesOptions extends Scale {
  readonly easyEnd: CesEasyEnd;
  readonly easyBoxes: number;
  readonly difficultBoxes: number;
}

/**
 * Checks the options; with `summary`, the scale and direction are the summary's and options that
 * name others are `INCONSISTENT`.
 */
function checkCesOptions(metric: string, options: unknown, summary?: CesSummary): CheckedCesOptions {
  const settings = checkOptions(metric, options, ['scaleMin', 'scaleMax', 'easyEnd', 'easyBoxes', 'difficultBoxes']);
  const { scaleMin, scaleMax } = scaleFromOptions(metric, settings, CES_SCALE, summary);
  let easyEnd: CesEasyEnd;
  if (summary === undefined) {
    easyEnd = checkEasyEnd(metric, 'options.easyEnd', withDefault(settings['easyEnd'], 'high'));
  } else {
    easyEnd = summary.easyEnd;
    const given = settings['easyEnd'];
    if (given !== undefined && given !== easyEnd) {
      fail(metric, 'options.easyEnd', 'INCONSISTENT', `the summary's easyEnd ("${easyEnd}") or unset`, given);
    }
  }
  const points = scaleMax - scaleMin + 1;
  const half = Math.floor(points / 2);
  const easyBoxes = checkIntegerInRange(metric, 'options.easyBoxes', withDefault(settings['easyBoxes'], half), 1, points - 1);
  const difficultBoxes = checkIntegerInRange(
    metric,
    'options.difficultBoxes',
    withDefault(settings['difficultBoxes'], Math.min(half, points - easyBoxes)),
    1,
    points - 1,
  );
  if (easyBoxes + difficultBoxes > points) {
    fail(
      metric,
      'options.difficultBoxes',
      'INCONSISTENT',
      `at most ${String(points - easyBoxes)} (the points left after ${String(easyBoxes)} easy boxes)`,
      difficultBoxes,
    );
  }
  return { scaleMin, scaleMax, easyEnd, easyBoxes, difficultBoxes };
}

function checkEasyEnd(metric: string, field: string, value: unknown): CesEasyEnd {
  const expected = '"high" or "low"';
  if (typeof value !== 'string') fail(metric, field, 'WRONG_TYPE', expected, value);
  if (!(EASY_ENDS as readonly string[]).includes(value)) fail(metric, field, 'UNKNOWN_VALUE', expected, value);
  return value as CesEasyEnd;
}

function checkCesSummary(metric: string, field: string, summary: unknown): CesSummary {
  const histogram = checkScaleHistogram(metric, field, summary);
  const easyEnd = checkEasyEnd(metric, `${field}.easyEnd`, checkObject(metric, field, summary)['easyEnd']);
  return { ...histogram, easyEnd };
}

function cesOf(metric: string, field: string, summary: CesSummary, bands: CheckedCesOptions): CesResult {
  const { scaleMin, scaleMax } = summary;
  const answers = answeredOrThrow(metric, field, summary);
  const [easyAnswers, difficultAnswers] =
    summary.easyEnd === 'high'
      ? [
          answersBetween(summary, scaleMax - bands.easyBoxes + 1, scaleMax),
          answersBetween(summary, scaleMin, scaleMin + bands.difficultBoxes - 1),
        ]
      : [
          answersBetween(summary, scaleMin, scaleMin + bands.easyBoxes - 1),
          answersBetween(summary, scaleMax - bands.difficultBoxes + 1, scaleMax),
        ];
  // Counts are whole numbers, so 100 × a count and E − D are exact: each value rounds once.
  return {
    mean: histogramMean(metric, field, summary),
    easyPercent: (100 * easyAnswers) / answers,
    difficultPercent: (100 * difficultAnswers) / answers,
    net: (100 * (easyAnswers - difficultAnswers)) / answers,
    answers,
    easyAnswers,
    difficultAnswers,
  };
}
