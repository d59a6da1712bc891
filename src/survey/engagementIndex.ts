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
import type { Accessor, Answer, SummaryCounts } from '../types.js';

/** How {@link engagementIndex} turns Likert answers into 0–100: the POMP score or the percentage favourable. @category Survey */
export type EngagementIndexMethod = 'percentOfMaximumPossible' | 'percentFavourable';

/** The Likert scale of the engagement items, the method, and where "favourable" starts. @category Survey */
export interface EngagementIndexOptions {
  /** The lowest point of the scale, an integer from −100 to 100. @defaultValue 1 */
  readonly scaleMin?: number;
  /** The highest point of the scale, an integer above `scaleMin`, at most 100 points above it. @defaultValue 5 */
  readonly scaleMax?: number;
  /** How answers become the index (see {@link EngagementIndexMethod}). @defaultValue "percentOfMaximumPossible" */
  readonly method?: EngagementIndexMethod;
  /**
   * The lowest favourable answer, from `scaleMin + 1` to `scaleMax`; used by `"percentFavourable"`.
   *
   * @defaultValue scaleMax − 1 (the top two boxes)
   */
  readonly favourableFrom?: number;
}

/** The sufficient statistic of the engagement index: answers per scale point, all items pooled. @category Survey */
export interface EngagementIndexSummary {
  /** The lowest point of the scale. */
  readonly scaleMin: number;
  /** The highest point of the scale. */
  readonly scaleMax: number;
  /** `counts[i]`: the answers of `scaleMin + i`, one whole number per scale point. */
  readonly counts: readonly number[];
  /** Items left without an answer (`null` or `undefined`); they do not enter the index. */
  readonly unanswered: number;
}

const ENGAGEMENT_SCALE: Scale = { scaleMin: 1, scaleMax: 5 };
const METHODS: readonly EngagementIndexMethod[] = ['percentOfMaximumPossible', 'percentFavourable'];

/**
 * An employee-engagement index on 0–100 from Likert items ("I am proud to work here"…), by this library's transparent
 * definition (vendors' differ): the pooled mean rescaled to 0–100, or the percentage of favourable answers.
 *
 * ## Formula
 * Over n answers to all items, pooled: `"percentOfMaximumPossible"` (default): 100 × (mean − scaleMin) / (scaleMax − scaleMin),
 *   0–100 (3.6 on 1–5 is 65); whole numbers and one division, so correctly rounded.
 * or `"percentFavourable"`: 100 × (answers ≥ `favourableFrom`) / n.
 *
 * ## Variants
 * - **POMP** (Cohen, Cohen, Aiken & West 1999): the default; some vendors' (Average − 1) / 4 on 1–5.
 * - **Mean ÷ scale maximum × 100** (3.6 on 1–5 is 72; lowest answer 20): not offered, `100 × mean / 5`.
 * - **% favourable** ("agree" and "strongly agree"): `method: 'percentFavourable'`.
 * - **% engaged** respondents and Gallup's Q12 categories classify people, not answers: not this.
 * - **eNPS** asks one 0–10 question: {@link enps}.
 * Every answer weighs the same (to weigh respondents, use {@link meanSummary}); reverse
 * reverse-worded items first; `null` / `undefined` count as unanswered. O(n).
 *
 * @param answers - Item answers on the scale, all items pooled, or rows read through `answer`.
 * Any iterable; flatten per-respondent arrays first (`responses.flat()`).
 * @param options - The scale, the method and the favourable threshold.
 * @returns The index, 0–100.
 * @throws {@link MetricInputError} the common input checks (`answers[i]`…); `EMPTY` (`answers`)
 * when no answer is given; `INCONSISTENT` for options that contradict each other.
 * @example
 * ```ts
 * import { engagementIndex } from 'service-metrics';
 * // Two respondents, three items each on 1–5: mean 3.5, (3.5 − 1) / 4 = 62.5 %.
 * const responses = [[4, 5, 3], [2, 4, 3]];
 * engagementIndex(responses.flat()); // => 62.5
 * engagementIndex(responses.flat(), { method: 'percentFavourable' }); // => 50
 * ```
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
 * Counts the answers at each scale point into an {@link EngagementIndexSummary};
 * {@link engagementIndex} is exactly `engagementIndexFromSummary` of it, with either method.
 *
 * @param answers - Item answers on the scale, or rows read through `answer`. Any iterable.
 * @param options - The scale (the method and threshold are checked but not stored).
 * @returns The histogram, as plain JSON.
 * @throws {@link MetricInputError} as {@link engagementIndex} does, except that an empty sample gives zeros.
 * @example
 * ```ts
 * import { engagementIndexSummary } from 'service-metrics';
 * engagementIndexSummary([4, 5, 3, null, 4]); // => { scaleMin: 1, scaleMax: 5, counts: [0, 0, 1, 2, 1], unanswered: 1 }
 * ```
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
 * Adds two {@link EngagementIndexSummary} values on the same scale (associative, commutative).
 *
 * @param a - One summary.
 * @param b - Another summary, on the same scale.
 * @returns A new summary; neither input is changed.
 * @throws {@link MetricInputError} the common input checks (also counts totalling past 2⁵³ − 1);
 * `INCONSISTENT` when the scales differ or `counts` has not one entry per scale point.
 * @example
 * ```ts
 * import { engagementIndexFromSummary, engagementIndexSummary, mergeEngagementIndexSummaries } from 'service-metrics';
 * const sales = engagementIndexSummary([5, 4, 4]);
 * const support = engagementIndexSummary([2, 3]);
 * engagementIndexFromSummary(mergeEngagementIndexSummaries(sales, support)); // => 65
 * ```
 * @category Survey
 */
export function mergeEngagementIndexSummaries(a: EngagementIndexSummary, b: EngagementIndexSummary): EngagementIndexSummary {
  const metric = 'mergeEngagementIndexSummaries';
  return mergeScaleHistograms(metric, checkScaleHistogram(metric, 'a', a), checkScaleHistogram(metric, 'b', b));
}

/**
 * The engagement index from an {@link EngagementIndexSummary} or warehouse counts, as
 * {@link engagementIndex}; the scale is the summary's (options must agree); `unanswered` is optional.
 *
 * @param summary - Counts per scale point.
 * @param options - The method and the favourable threshold.
 * @returns The index, 0–100.
 * @throws {@link MetricInputError} the common input checks; `EMPTY` when all counts are zero;
 * `INCONSISTENT` for a scale that contradicts the options or `counts` of the wrong length.
 * @example
 * ```ts
 * import { engagementIndexFromSummary } from 'service-metrics';
 * // Sparrow's favourability example: 60 of 100 answers are 4 or 5.
 * const summary = { scaleMin: 1, scaleMax: 5, counts: [10, 10, 20, 35, 25] };
 * engagementIndexFromSummary(summary, { method: 'percentFavourable' }); // => 60
 * // (10×0 + 10×1 + 20×2 + 35×3 + 25×4) / (100 × 4) = 255 / 400.
 * engagementIndexFromSummary(summary); // => 63.75
 * ```
 * @see {@link https://support.thrivesparrow.com/hc/en/articles/2675981670-understanding-engagement-score-calculation/ | Sparrow: Understanding engagement score calculation}
 * @category Survey
 */
export function engagementIndexFromSummary(summary: SummaryCounts<EngagementIndexSummary>, options?: EngagementIndexOptions): number {
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
  const method = withDefault(settings['method'], 'percentOfMaximumPossible');
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
  if (options.method === 'percentFavourable') {
    return (100 * answersBetween(histogram, options.favourableFrom, histogram.scaleMax)) / n;
  }
  // Σ (answer − scaleMin) is a sum of whole numbers, exact below 2⁵³, as is n × span: one
  // rounding, and the result lies in 0–100 because the numerator is at most n × span.
  let steps = 0;
  for (let i = 0; i < histogram.counts.length; i++) steps += i * histogram.counts[i]!;
  return (100 * steps) / (n * (histogram.scaleMax - histogram.scaleMin));
}
