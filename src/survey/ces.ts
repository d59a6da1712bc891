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
import type { Accessor, Answer } from '../types.js';

/**
 * Which end of the scale means "easy":
 * - `"high"`: CES 2.0, agreement with "The company made it easy for me to handle my issue"
 *   (7 = strongly agree = easy).
 * - `"low"`: CES 1.0, "How much effort did you personally have to put forth to handle your
 *   request?" (1 = very low effort = easy).
 *
 * @category Survey
 */
export type CesEasyEnd = 'high' | 'low';

/**
 * The scale of a CES question, its direction, and how many boxes at each end count as easy and
 * as difficult. The defaults are CES 2.0: 1–7, high is easy, 5–7 easy and 1–3 difficult.
 *
 * @category Survey
 */
export interface CesOptions {
  /**
   * The lowest point of the scale, an integer from −100 to 100.
   * @defaultValue 1
   */
  readonly scaleMin?: number;
  /**
   * The highest point of the scale, an integer above `scaleMin`, at most 100 points above it.
   * CES 1.0 is `5`.
   * @defaultValue 7
   */
  readonly scaleMax?: number;
  /**
   * Which end of the scale is easy: `"high"` (CES 2.0) or `"low"` (CES 1.0).
   * @defaultValue "high"
   */
  readonly easyEnd?: CesEasyEnd;
  /**
   * How many points at the easy end count as easy (as "agree" on CES 2.0), an integer from 1 to
   * the number of points − 1. The default takes the easy half, leaving the middle point of an
   * odd scale neutral: 5–7 of 1–7 (CES 2.0 "% agree"), 1–2 of a low-is-easy 1–5 (CES 1.0), 4–5
   * of a high-is-easy 1–5.
   * @defaultValue ⌊points / 2⌋ (the easy half of the scale)
   */
  readonly easyBoxes?: number;
  /**
   * How many points at the other end count as difficult, an integer from 1 to the number of
   * points − 1; `easyBoxes + difficultBoxes` must not exceed the number of points.
   * @defaultValue ⌊points / 2⌋ (the difficult half of the scale), or the points `easyBoxes`
   * leaves if fewer
   */
  readonly difficultBoxes?: number;
}

/**
 * The sufficient statistic of CES: how many answers each point of the scale received, with the
 * scale and its direction, as plain JSON that merges. Summaries on different scales or with
 * different directions cannot be mixed.
 *
 * @category Survey
 */
export interface CesSummary {
  /** The lowest point of the scale. */
  readonly scaleMin: number;
  /** The highest point of the scale. */
  readonly scaleMax: number;
  /** Which end of the scale is easy. */
  readonly easyEnd: CesEasyEnd;
  /**
   * `counts[i]` is the number of answers of `scaleMin + i`: `scaleMax − scaleMin + 1` whole
   * numbers ≥ 0, lowest score first.
   */
  readonly counts: readonly number[];
  /** Rows without an answer (`null` or `undefined`); they do not enter the scores. */
  readonly unanswered: number;
}

/**
 * The three ways CES is reported, from one set of answers, with the counts behind them (for
 * {@link proportionInterval} on the percentages).
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
 * Customer Effort Score (CES): how easy customers found it to get an issue handled, as the mean
 * answer, the percentage of easy answers ("% agree") and the net effort score (% easy −
 * % difficult), in one pass.
 *
 * ## Formula
 * With n answers, E of them in the `easyBoxes` points at the easy end and D in the
 * `difficultBoxes` points at the other end:
 * - mean = Σ answers / n, in scale points
 * - easyPercent = 100 × E / n; difficultPercent = 100 × D / n
 * - net = 100 × (E − D) / n, in −100…100 (one division, so it is the correctly rounded
 *   difference, not the difference of two rounded percentages)
 *
 * ## Variants
 * - **CES 1.0** (Dixon, Freeman & Toman 2010): "How much effort did you personally have to put
 *   forth to handle your request?", 1 (very low effort) to 5 (very high effort), reported as
 *   the mean; low is good. Set `{ scaleMax: 5, easyEnd: 'low' }`: easy is 1–2, difficult 4–5.
 * - **CES 2.0** (Dixon, Toman & DeLisi 2013; this function's default): agreement with "The
 *   company made it easy for me to handle my issue", 1 (strongly disagree) to 7 (strongly
 *   agree); high is good. Reported as the mean or as "% agree", the answers 5–7.
 * - **Net effort score**: % easy − % difficult, as NPS nets promoters and detractors: `net`.
 * - Vendors also ask CES 2.0 on 1–5 (Delighted: agree 4–5, neutral 3, disagree 1–2): set
 *   `{ scaleMax: 5 }`. Narrower "easy" bands (only 6–7 of 1–7): set `easyBoxes: 2`.
 *
 * The mean of a low-is-easy scale and of a high-is-easy one point in opposite directions and
 * must not be compared; the percentages and the net score do not depend on the direction.
 *
 * `null` and `undefined` mean "no answer": they are skipped and counted in
 * {@link cesSummary}'s `unanswered`. Anything else that is not an integer on the scale is an
 * error, never skipped. Runs in O(n), one pass, reading each row once. For intervals, pass
 * `easyAnswers` and `answers` to {@link proportionInterval}, and the scores to
 * {@link meanInterval}.
 *
 * @param scores - Answers on the scale, or rows read through `score`. Any iterable.
 * @param options - The scale, its direction and the easy and difficult bands.
 * @returns The mean, the percentages, the net score and the counts.
 * @throws {@link MetricInputError} `EMPTY` when there is no answer; `WRONG_TYPE`, `NOT_FINITE`,
 * `NOT_INTEGER` or `OUT_OF_RANGE` for a score that is not an integer on the scale (naming its
 * index, `scores[i]`); `WRONG_TYPE`, `NOT_INTEGER`, `OUT_OF_RANGE`, `UNKNOWN_VALUE` or
 * `INCONSISTENT` for bad options.
 *
 * @example
 * ```ts
 * import { ces, proportionInterval } from 'service-metrics';
 *
 * // CES 2.0 (1–7, high is easy): 5–7 easy, 1–3 difficult.
 * ces([7, 6, 5, 4, 2]);
 * // => { mean: 4.8, easyPercent: 60, difficultPercent: 20, net: 40, answers: 5, easyAnswers: 3, difficultAnswers: 1 }
 * // The Wilson interval of "% agree": 3 of 5.
 * const { easyAnswers, answers } = ces([7, 6, 5, 4, 2]);
 * proportionInterval({ successes: easyAnswers, trials: answers }).lower; // => 23.07
 * // CES 1.0 (1–5, low effort is easy): 1–2 easy, 4–5 difficult.
 * ces([1, 2, 2, 3, 5, null], { scaleMax: 5, easyEnd: 'low' }).mean; // => 2.6
 * ces([{ effort: 1 }, { effort: 5 }], (row) => row.effort, { scaleMax: 5, easyEnd: 'low' }).net; // => 0
 * ces([8]); // => throws OUT_OF_RANGE
 * ```
 *
 * @see Dixon, M., Freeman, K., & Toman, N. (2010). Stop trying to delight your customers.
 * *Harvard Business Review*, 88(7/8), 116–122 (CES 1.0, CEB).
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
 * Counts the answers at each point of the scale, and the unanswered rows: the
 * {@link CesSummary} that {@link cesFromSummary} turns into the scores and
 * {@link mergeCesSummaries} adds up.
 *
 * `ces(scores, options)` is exactly `cesFromSummary(cesSummary(scores, options), options)`, so
 * summaries of chunks, shards or database groups, merged, give the same result as one batch
 * call. The summary keeps the scale and its direction; the easy and difficult bands are chosen
 * when computing.
 *
 * @param scores - Answers on the scale, or rows read through `score`. Any iterable.
 * @param options - The scale and its direction (the bands are checked but not stored).
 * @returns The histogram, as plain JSON.
 * @throws {@link MetricInputError} as {@link ces} does, except that an empty sample is allowed (all
 * counts zero).
 *
 * @example
 * ```ts
 * import { cesSummary } from 'service-metrics';
 *
 * cesSummary([1, 2, 2, 5, undefined], { scaleMax: 5, easyEnd: 'low' });
 * // => { scaleMin: 1, scaleMax: 5, easyEnd: 'low', counts: [1, 2, 0, 0, 1], unanswered: 1 }
 * ```
 *
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
 * Adds two {@link CesSummary} values on the same scale and with the same direction, as for two
 * chunks of a stream, two shards, or two groups of a database query. Merging is associative and
 * commutative, with an empty summary (`cesSummary([], options)`) as the identity.
 *
 * @param a - One summary.
 * @param b - Another summary, on the same scale, with the same `easyEnd`.
 * @returns A new summary; neither input is changed.
 * @throws {@link MetricInputError} `INCONSISTENT` when the scales or the directions differ or
 * `counts` does not have one entry per scale point; `UNKNOWN_VALUE` for an `easyEnd` that is not
 * `"high"` or `"low"`; `WRONG_TYPE` (`a`, `b`) for a summary that is not an object; `WRONG_TYPE`,
 * `NOT_FINITE`, `NOT_INTEGER` or `NEGATIVE` when a count is not a whole number ≥ 0
 * (`a.counts[2]`…); `OUT_OF_RANGE` when the counts, or the unanswered rows, total more than 2⁵³
 * − 1, in one summary or merged.
 *
 * @example
 * ```ts
 * import { cesFromSummary, cesSummary, mergeCesSummaries } from 'service-metrics';
 *
 * const monday = cesSummary([7, 6, 2]);
 * const tuesday = cesSummary([4, 5]);
 * cesFromSummary(mergeCesSummaries(monday, tuesday)).easyPercent; // => 60
 * mergeCesSummaries(monday, cesSummary([1], { easyEnd: 'low' })); // => throws INCONSISTENT
 * ```
 *
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
 * CES from a {@link CesSummary}: from {@link cesSummary}, {@link mergeCesSummaries}, or counts
 * per score out of a warehouse (`COUNT(*) … GROUP BY score`). The same formulas as {@link ces}.
 *
 * The scale and the direction are the summary's; `options.scaleMin`, `options.scaleMax` and
 * `options.easyEnd`, if given, must agree with it. `unanswered` is checked but does not enter
 * the scores.
 *
 * @param summary - Counts per scale point, with the scale and its direction.
 * @param options - The easy and difficult bands (the defaults are the two halves of the
 * summary's scale).
 * @returns The mean, the percentages, the net score and the counts.
 * @throws {@link MetricInputError} `EMPTY` when all counts are zero; `INCONSISTENT` for options
 * that contradict the summary, bands that overlap, or `counts` of the wrong length; `UNKNOWN_VALUE`
 * for an unknown `easyEnd`; `WRONG_TYPE`, `NOT_FINITE`, `NOT_INTEGER` or `NEGATIVE` for a count
 * that is not a whole number ≥ 0; `OUT_OF_RANGE` for counts totalling more than 2⁵³ − 1 or for a
 * band off the scale.
 *
 * @example
 * ```ts
 * import { cesFromSummary } from 'service-metrics';
 *
 * // Delighted's worked example on 1–5: 5 disagree (1–2), 5 neutral (3), 10 agree (4–5): CES 50.
 * const summary = { scaleMin: 1, scaleMax: 5, easyEnd: 'high', counts: [2, 3, 5, 4, 6], unanswered: 0 } as const;
 * cesFromSummary(summary).easyPercent; // => 50
 * cesFromSummary(summary).net; // => 25
 * cesFromSummary(summary, { easyBoxes: 1 }).easyPercent; // => 30
 * ```
 *
 * @see {@link https://help.delighted.com/article/249-how-is-ces-calculated | Delighted: How is CES calculated?}
 * @category Survey
 */
export function cesFromSummary(summary: CesSummary, options?: CesOptions): CesResult {
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
