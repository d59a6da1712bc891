import { splitSampleArguments } from '../internal/checks/sample.js';
import type { Scale } from '../internal/checks/scale.js';
import {
  answeredOrThrow,
  answersBetween,
  checkScaleHistogram,
  countScaleAnswers,
  mergeScaleHistograms,
  scaleFromOptions,
  type ScaleHistogram,
  withDefault,
} from '../internal/summaries/scaleHistogram.js';
import { checkIntegerInRange, checkOptions, fail } from '../internal/checks/validate.js';
import type { Accessor, Answer } from '../types.js';

/**
 * How the engagement index turns Likert answers into 0–100:
 * - `"percent-of-maximum-possible"`: the mean answer placed on 0–100 between the ends of the
 *   scale, 100 × (mean − scaleMin) / (scaleMax − scaleMin) (the POMP score).
 * - `"percent-favourable"`: the percentage of answers from `favourableFrom` up.
 *
 * @category Survey
 */
export type EngagementIndexMethod = 'percent-of-maximum-possible' | 'percent-favourable';

/**
 * The Likert scale of the engagement items, the method, and where "favourable" starts.
 *
 * @category Survey
 */
export interface EngagementIndexOptions {
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
   * How answers become the index (see {@link EngagementIndexMethod}).
   * @defaultValue "percent-of-maximum-possible"
   */
  readonly method?: EngagementIndexMethod;
  /**
   * The lowest favourable answer, an integer from `scaleMin + 1` to `scaleMax`; it is checked
   * with either method and used by `"percent-favourable"`. The default takes the top two boxes
   * ("agree" and "strongly agree" on 1–5, 6–7 on 1–7), or the top box of a two-point scale.
   * @defaultValue scaleMax − 1 (the top two boxes)
   */
  readonly favourableFrom?: number;
}

/**
 * The sufficient statistic of the engagement index: how many answers each point of the scale
 * received, over all engagement items, as plain JSON that merges.
 *
 * @category Survey
 */
export interface EngagementIndexSummary {
  /** The lowest point of the scale. */
  readonly scaleMin: number;
  /** The highest point of the scale. */
  readonly scaleMax: number;
  /**
   * `counts[i]` is the number of answers of `scaleMin + i`: `scaleMax − scaleMin + 1` whole
   * numbers ≥ 0, lowest score first.
   */
  readonly counts: readonly number[];
  /** Items left without an answer (`null` or `undefined`); they do not enter the index. */
  readonly unanswered: number;
}

const ENGAGEMENT_SCALE: Scale = { scaleMin: 1, scaleMax: 5 };
const METHODS: readonly EngagementIndexMethod[] = ['percent-of-maximum-possible', 'percent-favourable'];

/**
 * An employee-engagement index on 0–100 from answers to Likert items ("I am proud to work
 * here", "I would recommend this organisation as a great place to work"…), by this library's
 * definition: the pooled mean answer rescaled to 0–100, or the percentage of favourable
 * answers.
 *
 * ## Formula
 * Over all answers to all engagement items, pooled (n answers, each on `scaleMin`…`scaleMax`):
 * - `"percent-of-maximum-possible"` (default): 100 × (mean − scaleMin) / (scaleMax − scaleMin).
 *   0 when every answer is the lowest, 100 when every answer is the highest; 3.6 on 1–5 is 65.
 *   Computed as 100 × Σ (answer − scaleMin) / (n × (scaleMax − scaleMin)): whole numbers
 *   throughout, one division, so the result is correctly rounded and always in 0–100.
 * - `"percent-favourable"`: 100 × (answers ≥ `favourableFrom`) / n, by default the top two boxes.
 *
 * ## Variants
 * Engagement indices are proprietary and differ; this is a transparent definition, not any
 * vendor's. Know which one you compare with:
 * - **POMP** (percent of maximum possible, Cohen, Cohen, Aiken & West 1999): this default. Some
 *   vendors compute the same (Average − 1) / 4 on 1–5.
 * - **Mean ÷ scale maximum × 100** (some vendors' "percentage score"): 3.6 on 1–5 is 72, and
 *   the lowest answer gives 20, not 0. Not offered; it is `100 × mean / 5`.
 * - **% favourable** ("agree" and "strongly agree"): `method: 'percent-favourable'`.
 * - **% engaged** by respondent (favourable on every item, or a respondent mean above a cut-off)
 *   and Gallup's Q12 categories are classifications of people, not of answers, and are not
 *   this index.
 * - **eNPS** asks one 0–10 recommendation question: {@link enps}.
 *
 * All answers weigh the same, so a respondent who skips items weighs a little less; to weigh
 * respondents equally, average each respondent's items first (that mean is not on the integer
 * scale, so use {@link meanSummary}). Reverse-worded items must be reversed before they are
 * pooled. `null` and `undefined` are unanswered items, skipped and counted. Runs in O(n).
 *
 * @param answers - Item answers on the scale, all items pooled, or rows read through `answer`.
 * Any iterable; flatten per-respondent arrays first (`responses.flat()`).
 * @param options - The scale, the method and the favourable threshold.
 * @returns The index, 0–100.
 * @throws {@link MetricInputError} `EMPTY` when there is no answer; `WRONG_TYPE`, `NOT_FINITE`,
 * `NOT_INTEGER` or `OUT_OF_RANGE` for an answer that is not an integer on the scale (naming its
 * index, `answers[i]`); `WRONG_TYPE`, `NOT_INTEGER`, `OUT_OF_RANGE`, `UNKNOWN_VALUE` or
 * `INCONSISTENT` for bad options.
 *
 * @example
 * ```ts
 * import { engagementIndex } from 'service-metrics';
 *
 * // Two respondents, three items each on 1–5: mean 3.5, (3.5 − 1) / 4 = 62.5 %.
 * const responses = [[4, 5, 3], [2, 4, 3]];
 * engagementIndex(responses.flat()); // => 62.5
 * engagementIndex(responses.flat(), { method: 'percent-favourable' }); // => 50
 * engagementIndex([{ proud: 7 }, { proud: 4 }], (row) => row.proud, { scaleMax: 7 }); // => 75
 * engagementIndex([6]); // => throws OUT_OF_RANGE
 * ```
 *
 * @see Cohen, P., Cohen, J., Aiken, L. S., & West, S. G. (1999). The problem of units and the
 * circumstance for POMP. *Multivariate Behavioral Research*, 34(3), 315–346.
 * @see {@link https://support.thrivesparrow.com/hc/en/articles/2675981670-understanding-engagement-score-calculation/ | Sparrow: Understanding engagement score calculation} (favourability score, and the mean ÷ maximum "percentage score")
 * @see {@link https://www.orgacuity.com/helptext-ratings | OrgAcuity: How are scores calculated?} (favourable, neutral and unfavourable percentages)
 * @category Survey
 */
export function engagementIndex(answers: Iterable<Answer>, options?: EngagementIndexOptions): number;
export function engagementIndex<T>(
  rows: Iterable<T>,
  answer: Accessor<T, Answer>,
  options?: EngagementIndexOptions,
): number;
export function engagementIndex(answers: unknown, second?: unknown, third?: unknown): number {
  const metric = 'engagementIndex';
  const { valueof, options } = splitSampleArguments(metric, second, third, 'answer');
  const checked = checkEngagementOptions(metric, options);
  return indexOf(metric, 'answers', countScaleAnswers(metric, 'answers', answers, valueof, checked), checked);
}

/**
 * Counts the answers at each point of the scale, and the unanswered items: the
 * {@link EngagementIndexSummary} that {@link engagementIndexFromSummary} turns into the index and
 * {@link mergeEngagementIndexSummaries} adds up.
 *
 * `engagementIndex(answers, options)` is exactly
 * `engagementIndexFromSummary(engagementIndexSummary(answers, options), options)`, with either
 * method, so teams, sites or survey waves summarised apart and merged give the same index as
 * one batch call.
 *
 * @param answers - Item answers on the scale, or rows read through `answer`. Any iterable.
 * @param options - The scale (the method and threshold are checked but not stored).
 * @returns The histogram, as plain JSON.
 * @throws {@link MetricInputError} as {@link engagementIndex} does, except that an empty sample is
 * allowed (all counts zero).
 *
 * @example
 * ```ts
 * import { engagementIndexSummary } from 'service-metrics';
 *
 * engagementIndexSummary([4, 5, 3, null, 4]);
 * // => { scaleMin: 1, scaleMax: 5, counts: [0, 0, 1, 2, 1], unanswered: 1 }
 * ```
 *
 * @category Survey
 */
export function engagementIndexSummary(answers: Iterable<Answer>, options?: EngagementIndexOptions): EngagementIndexSummary;
export function engagementIndexSummary<T>(
  rows: Iterable<T>,
  answer: Accessor<T, Answer>,
  options?: EngagementIndexOptions,
): EngagementIndexSummary;
export function engagementIndexSummary(answers: unknown, second?: unknown, third?: unknown): EngagementIndexSummary {
  const metric = 'engagementIndexSummary';
  const { valueof, options } = splitSampleArguments(metric, second, third, 'answer');
  return countScaleAnswers(metric, 'answers', answers, valueof, checkEngagementOptions(metric, options));
}

/**
 * Adds two {@link EngagementIndexSummary} values on the same scale, as for two teams, two sites or
 * two chunks of a stream. Merging is associative and commutative, with an empty summary
 * (`engagementIndexSummary([], options)`) as the identity.
 *
 * @param a - One summary.
 * @param b - Another summary, on the same scale.
 * @returns A new summary; neither input is changed.
 * @throws {@link MetricInputError} `INCONSISTENT` when the scales differ or `counts` does not have
 * one entry per scale point; `WRONG_TYPE` (`a`, `b`) for a summary that is not an object;
 * `WRONG_TYPE`, `NOT_FINITE`, `NOT_INTEGER` or `NEGATIVE` when a count is not a whole number ≥ 0
 * (`a.counts[2]`…); `OUT_OF_RANGE` when the counts, or the unanswered rows, total more than 2⁵³
 * − 1, in one summary or merged.
 *
 * @example
 * ```ts
 * import { engagementIndexFromSummary, engagementIndexSummary, mergeEngagementIndexSummaries } from 'service-metrics';
 *
 * const sales = engagementIndexSummary([5, 4, 4]);
 * const support = engagementIndexSummary([2, 3]);
 * engagementIndexFromSummary(mergeEngagementIndexSummaries(sales, support)); // => 65
 * ```
 *
 * @category Survey
 */
export function mergeEngagementIndexSummaries(a: EngagementIndexSummary, b: EngagementIndexSummary): EngagementIndexSummary {
  const metric = 'mergeEngagementIndexSummaries';
  return mergeScaleHistograms(metric, checkScaleHistogram(metric, 'a', a), checkScaleHistogram(metric, 'b', b));
}

/**
 * The engagement index from an {@link EngagementIndexSummary}: from {@link engagementIndexSummary},
 * {@link mergeEngagementIndexSummaries}, or counts per answer out of a warehouse. The same formulas
 * as {@link engagementIndex}.
 *
 * The scale is the summary's; `options.scaleMin` and `options.scaleMax`, if given, must agree
 * with it. `unanswered` is checked but does not enter the index.
 *
 * @param summary - Counts per scale point.
 * @param options - The method and the favourable threshold.
 * @returns The index, 0–100.
 * @throws {@link MetricInputError} `EMPTY` when all counts are zero; `INCONSISTENT` for a scale
 * that contradicts the options or `counts` of the wrong length; `WRONG_TYPE`, `NOT_FINITE`,
 * `NOT_INTEGER` or `NEGATIVE` for a bad count; `OUT_OF_RANGE` for counts totalling more than 2⁵³
 * − 1 or for a `favourableFrom` off the scale; `UNKNOWN_VALUE` for an unknown method.
 *
 * @example
 * ```ts
 * import { engagementIndexFromSummary } from 'service-metrics';
 *
 * // Sparrow's favourability example: 60 of 100 answers are 4 or 5.
 * const summary = { scaleMin: 1, scaleMax: 5, counts: [10, 10, 20, 35, 25], unanswered: 0 };
 * engagementIndexFromSummary(summary, { method: 'percent-favourable' }); // => 60
 * // (10×0 + 10×1 + 20×2 + 35×3 + 25×4) / (100 × 4) = 255 / 400.
 * engagementIndexFromSummary(summary); // => 63.75
 * ```
 *
 * @see {@link https://support.thrivesparrow.com/hc/en/articles/2675981670-understanding-engagement-score-calculation/ | Sparrow: Understanding engagement score calculation}
 * @category Survey
 */
export function engagementIndexFromSummary(summary: EngagementIndexSummary, options?: EngagementIndexOptions): number {
  const metric = 'engagementIndexFromSummary';
  const checked = checkScaleHistogram(metric, 'summary', summary);
  return indexOf(metric, 'summary.counts', checked, checkEngagementOptions(metric, options, checked));
}

interface CheckedEngagementOptions extends Scale {
  readonly method: EngagementIndexMethod;
  readonly favourableFrom: number;
}

function checkEngagementOptions(metric: string, options: unknown, summaryScale?: Scale): CheckedEngagementOptions {
  const settings = checkOptions(metric, options, ['scaleMin', 'scaleMax', 'method', 'favourableFrom']);
  const { scaleMin, scaleMax } = scaleFromOptions(metric, settings, ENGAGEMENT_SCALE, summaryScale);
  const method = withDefault(settings['method'], 'percent-of-maximum-possible');
  const expected = METHODS.map((name) => `"${name}"`).join(' or ');
  if (typeof method !== 'string') fail(metric, 'options.method', 'WRONG_TYPE', expected, method);
  if (!(METHODS as readonly string[]).includes(method)) fail(metric, 'options.method', 'UNKNOWN_VALUE', expected, method);
  const favourableFrom = checkIntegerInRange(
    metric,
    'options.favourableFrom',
    withDefault(settings['favourableFrom'], Math.max(scaleMax - 1, scaleMin + 1)),
    scaleMin + 1,
    scaleMax,
  );
  return { scaleMin, scaleMax, method: method as EngagementIndexMethod, favourableFrom };
}

function indexOf(metric: string, field: string, histogram: ScaleHistogram, options: CheckedEngagementOptions): number {
  const n = answeredOrThrow(metric, field, histogram);
  if (options.method === 'percent-favourable') {
    return (100 * answersBetween(histogram, options.favourableFrom, histogram.scaleMax)) / n;
  }
  // Σ (answer − scaleMin) is a sum of whole numbers, exact below 2⁵³, as is n × span: one
  // rounding, and the result lies in 0–100 because the numerator is at most n × span.
  let steps = 0;
  for (let i = 0; i < histogram.counts.length; i++) steps += i * histogram.counts[i]!;
  return (100 * steps) / (n * (histogram.scaleMax - histogram.scaleMin));
}
