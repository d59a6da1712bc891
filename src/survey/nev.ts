import { addCounts } from '../internal/summaries/addCounts.js';
import { mergeNetScoreCounts, netScore, readNetScoreCounts } from '../internal/summaries/netScoreCounts.js';
import { forEachValue, isMissing, splitSampleArguments } from '../internal/checks/sample.js';
import { checkScale, type Scale } from '../internal/checks/scale.js';
import { checkCount, checkFinite, checkIntegerInRange, checkObject, checkOptions, fail } from '../internal/checks/validate.js';
import type { Accessor, SummaryCounts } from '../types.js';

/**
 * Which way an emotion or an answer pulls: `'positive'` and `'negative'` enter net emotional
 * value; `'neutral'` counts in the denominator only (an emoji tap of 😐, for example).
 *
 * @category Survey
 */
export type NevPolarity = 'positive' | 'neutral' | 'negative';

/**
 * The four clusters of Beyond Philosophy's Hierarchy of Emotional Value (Shaw 2007), from the
 * top: advocacy, recommendation and attention drive value; destroying destroys it.
 *
 * @category Survey
 */
export type NevCluster = 'advocacy' | 'recommendation' | 'attention' | 'destroying';

/**
 * One of the 20 emotions of the Hierarchy of Emotional Value (Shaw 2007), spelled as in
 * {@link nevEmotionHierarchy}: lower case, `'cared for'` with one space.
 *
 * @category Survey
 */
export type NevEmotion =
  | 'happy'
  | 'pleased'
  | 'trusting'
  | 'valued'
  | 'cared for'
  | 'focused'
  | 'safe'
  | 'interested'
  | 'energetic'
  | 'stimulated'
  | 'exploratory'
  | 'indulgent'
  | 'irritated'
  | 'hurried'
  | 'neglected'
  | 'unhappy'
  | 'unsatisfied'
  | 'stressed'
  | 'disappointed'
  | 'frustrated';

/** One cluster of the Hierarchy of Emotional Value: its polarity and its emotions. @category Survey */
export interface NevClusterDefinition {
  /** `'positive'` for the three clusters that drive value, `'negative'` for the destroying cluster. */
  readonly polarity: Exclude<NevPolarity, 'neutral'>;
  /** The cluster's emotions, in the order Shaw lists them. */
  readonly emotions: readonly NevEmotion[];
}

/**
 * Beyond Philosophy's Hierarchy of Emotional Value (Shaw 2007, with the London Business School):
 * 20 emotions in four clusters that drive or destroy value; {@link nev} and {@link nevIntensity} classify by it. Frozen.
 *
 * | cluster | polarity | emotions |
 * | --- | --- | --- |
 * | advocacy | positive | happy, pleased |
 * | recommendation | positive | trusting, valued, cared for, focused, safe |
 * | attention | positive | interested, energetic, stimulated, exploratory, indulgent |
 * | destroying | negative | irritated, hurried, neglected, unhappy, unsatisfied, stressed, disappointed, frustrated |
 *
 * @example
 * ```ts
 * import { nevEmotionHierarchy } from 'service-metrics';
 * nevEmotionHierarchy.advocacy.emotions; // => ['happy', 'pleased']
 * nevEmotionHierarchy.destroying.polarity; // => 'negative'
 * ```
 * @see Shaw, C. (2007). *The DNA of Customer Experience: How Emotions Drive Value*. Palgrave Macmillan.
 * @see {@link https://www.mycustomer.com/customer-experience/engagement/the-20-emotions-that-drive-or-destroy-value-in-customer-experience | Colin Shaw (2018), The 20 emotions that drive or destroy value in customer experience, MyCustomer}
 * @category Survey
 */
export const nevEmotionHierarchy: Readonly<Record<NevCluster, NevClusterDefinition>> = /* @__PURE__ */ freezeHierarchy({
  advocacy: { polarity: 'positive', emotions: ['happy', 'pleased'] },
  recommendation: { polarity: 'positive', emotions: ['trusting', 'valued', 'cared for', 'focused', 'safe'] },
  attention: { polarity: 'positive', emotions: ['interested', 'energetic', 'stimulated', 'exploratory', 'indulgent'] },
  destroying: {
    polarity: 'negative',
    emotions: ['irritated', 'hurried', 'neglected', 'unhappy', 'unsatisfied', 'stressed', 'disappointed', 'frustrated'],
  },
});

/**
 * One emotion response: an emotion of {@link nevEmotionHierarchy}, a polarity (an emoji tap), a
 * label of {@link NevOptions.labels}, or `null` / `undefined`; trimmed, case ignored.
 *
 * @category Survey
 */
export type NevResponse = string | null | undefined;

/** Extra labels for {@link nev}, such as emoji or another language's words. @category Survey */
export interface NevOptions {
  /**
   * More labels and their polarity (`{ '🙂': 'positive', '😐': 'neutral' }`); a built-in keeps its polarity.
   *
   * @defaultValue no extra labels
   */
  readonly labels?: Readonly<Record<string, NevPolarity>>;
}

/**
 * The sufficient statistic of {@link nev}: responses counted by polarity, as plain JSON that
 * merges (from {@link nevSummary}, or a `GROUP BY` as `SummaryCounts<NevSummary>`).
 *
 * @category Survey
 */
export interface NevSummary {
  /** Responses of a positive emotion (advocacy, recommendation or attention cluster) or `'positive'`. */
  readonly positive: number;
  /** Responses of `'neutral'`. */
  readonly neutral: number;
  /** Responses of a destroying-cluster emotion or `'negative'`. */
  readonly negative: number;
  /** Rows without an answer (`null` or `undefined`); they do not enter the score. */
  readonly unanswered: number;
}

/** How strongly a customer felt one emotion of the hierarchy (`{ emotion: 'trusting', intensity: 4 }`). @category Survey */
export interface NevRating {
  /** An emotion of {@link nevEmotionHierarchy}, matched after trimming and ignoring case. */
  readonly emotion: string;
  /** An integer on the intensity scale, or `null` / `undefined` for "not rated". */
  readonly intensity: number | null | undefined;
}

/** The intensity scale of {@link nevIntensity}. @category Survey */
export interface NevIntensityOptions {
  /** The lowest intensity ("not at all"), an integer from −100 to 100. @defaultValue 1 */
  readonly scaleMin?: number;
  /** The highest intensity ("extremely"), an integer above `scaleMin`, at most 100 above it. @defaultValue 5 */
  readonly scaleMax?: number;
}

/** The sufficient statistic of {@link nevIntensity}: each side's ratings and their exact sums. @category Survey */
export interface NevIntensitySummary {
  /** Ratings of positive emotions (advocacy, recommendation, attention clusters). */
  readonly positiveCount: number;
  /** The sum of their intensities. */
  readonly positiveSum: number;
  /** Ratings of negative emotions (destroying cluster). */
  readonly negativeCount: number;
  /** The sum of their intensities. */
  readonly negativeSum: number;
  /** Rows without a rating (`null`, `undefined`, or an `intensity` of `null` / `undefined`). */
  readonly unanswered: number;
}

/**
 * Net emotional value (NEV) of emotion responses: the percentage of positive responses minus
 * the percentage of negative ones, on the Hierarchy of Emotional Value.
 *
 * ## Formula
 * ```math
 * \mathrm{NEV} = 100 \times \frac{\text{positive} - \text{negative}}{\text{positive} + \text{neutral} + \text{negative}}
 * ```
 * in −100…100, not rounded.
 * Positive: an advocacy, recommendation or attention emotion, or `'positive'`; negative: a
 * destroying emotion or `'negative'`. `null` / `undefined` count as `unanswered`. O(n).
 *
 * ## Variants
 * Shaw (2007) defines NEV only as "positive minus negative emotions"; the weighting of Beyond
 * Philosophy's Emotional Signature is not published, so the library defines two transparent forms:
 * - **From responses** (this function): a net percentage like NPS (merges as three counts; fits
 *   a one-tap emoji survey or "which word describes how you felt?").
 * - **From intensity ratings** ({@link nevIntensity}): mean positive − mean negative intensity.
 *
 * @param responses - Emotion or polarity labels, or rows read through `response`. Any iterable.
 * @param options - Extra labels.
 * @returns The net emotional value in −100…100.
 * @throws {@link MetricInputError} the common input checks (an unknown label at `responses[i]`…);
 * `EMPTY` (`responses`) when none is answered; `INCONSISTENT` when `options.labels` re-polarises a built-in.
 * @example
 * ```ts
 * import { nev } from 'service-metrics';
 * nev(['happy', 'Trusting', 'frustrated', 'neutral']); // => 25
 * nev(['🙂', '😐', '🙁', '🙂'], { labels: { '🙂': 'positive', '😐': 'neutral', '🙁': 'negative' } }); // => 25
 * ```
 * @see Shaw, C. (2007). *The DNA of Customer Experience: How Emotions Drive Value*. Palgrave Macmillan.
 * @see {@link https://www.mycustomer.com/customer-experience/engagement/the-20-emotions-that-drive-or-destroy-value-in-customer-experience | Colin Shaw (2018), The 20 emotions that drive or destroy value in customer experience, MyCustomer}
 * @see {@link https://medium.com/opinion8/why-we-should-all-be-monitoring-net-emotional-value-nev-3de7caf826b3 | Opinion8: Why we should all be monitoring Net Emotional Value (NEV)} (NEV as positive minus negative emotions)
 * @category Survey
 */
export function nev(responses: Iterable<NevResponse>, options?: NevOptions): number;
export function nev<T>(rows: Iterable<T>, response: Accessor<T, NevResponse>, options?: NevOptions): number;
export function nev(responses: unknown, second?: unknown, third?: unknown): number {
  return nevOf('nev', 'responses', countResponses('nev', responses, second, third));
}

/**
 * Counts responses by polarity into a {@link NevSummary}; {@link nev} is exactly `nevFromSummary(nevSummary(responses))`.
 *
 * @param responses - Emotion or polarity labels, or rows read through `response`. Any iterable.
 * @param options - Extra labels.
 * @returns The counts, as plain JSON.
 * @throws {@link MetricInputError} as {@link nev} does, except that an empty sample gives zeros.
 * @example
 * ```ts
 * import { nevSummary } from 'service-metrics';
 * nevSummary(['happy', ' Cared for ', 'stressed', 'neutral', undefined]); // => { positive: 2, neutral: 1, negative: 1, unanswered: 1 }
 * ```
 * @category Survey
 */
export function nevSummary(responses: Iterable<NevResponse>, options?: NevOptions): NevSummary;
export function nevSummary<T>(rows: Iterable<T>, response: Accessor<T, NevResponse>, options?: NevOptions): NevSummary;
export function nevSummary(responses: unknown, second?: unknown, third?: unknown): NevSummary {
  return countResponses('nevSummary', responses, second, third);
}

/**
 * Adds two {@link NevSummary} values (associative, commutative; `nevSummary([])` is the identity).
 *
 * @param a - One summary.
 * @param b - Another summary.
 * @returns A new summary; neither input is changed.
 * @throws {@link MetricInputError} the common input checks (`a.positive`…), also when a merged count passes 2⁵³ − 1.
 * @example
 * ```ts
 * import { mergeNevSummaries, nevFromSummary, nevSummary } from 'service-metrics';
 * const chat = nevSummary(['positive', 'positive', 'negative']);
 * const email = nevSummary(['pleased', 'neutral']);
 * nevFromSummary(mergeNevSummaries(chat, email)); // => 40
 * ```
 * @category Survey
 */
export function mergeNevSummaries(a: NevSummary, b: NevSummary): NevSummary {
  return mergeNetScoreCounts('mergeNevSummaries', a, b, NEV_CLASSES);
}

/**
 * NEV from a {@link NevSummary} or warehouse counts, as {@link nev}; `unanswered` is not scored.
 *
 * @param summary - Whole numbers ≥ 0 of each polarity; `unanswered` optional.
 * @returns The net emotional value in −100…100.
 * @throws {@link MetricInputError} the common input checks; `EMPTY` when all three counts are zero.
 * @example
 * ```ts
 * import { nevFromSummary } from 'service-metrics';
 * nevFromSummary({ positive: 620, neutral: 200, negative: 180 }); // => 44
 * ```
 * @see Shaw, C. (2007). *The DNA of Customer Experience: How Emotions Drive Value*. Palgrave Macmillan.
 * @category Survey
 */
export function nevFromSummary(summary: SummaryCounts<NevSummary>): number {
  return nevOf('nevFromSummary', 'summary', readNetScoreCounts('nevFromSummary', 'summary', summary, NEV_CLASSES));
}

/**
 * Net emotional value from intensity ratings of the hierarchy's emotions: the mean intensity
 * of the positive emotions minus the mean intensity of the negative emotions.
 *
 * ## Formula
 * ```math
 * \mathrm{NEV} = \frac{\sum \text{positive intensities}}{\text{positive ratings}} - \frac{\sum \text{negative intensities}}{\text{negative ratings}}
 * ```
 * each side averaged over its own ratings (12 positive emotions do not tilt it). In **scale
 * points** (−4…4 on 1–5), not comparable with {@link nev}'s −100…100; the library's own
 * definition (see {@link nev}). An `intensity` of `null` / `undefined` is unanswered. O(n).
 *
 * @param ratings - `{ emotion, intensity }` ratings, or rows read through `rating`. Any iterable.
 * @param options - The intensity scale.
 * @returns Mean positive minus mean negative intensity, in scale points.
 * @throws {@link MetricInputError} the common input checks (`ratings[i].emotion`,
 * `ratings[i].intensity`…); `EMPTY` when either side has no rating; `INCONSISTENT` for a bad scale.
 * @example
 * ```ts
 * import { nevIntensity } from 'service-metrics';
 * // Positive mean (5 + 4) / 2 = 4.5; negative mean 2 / 1 = 2.
 * nevIntensity([{ emotion: 'happy', intensity: 5 }, { emotion: 'trusting', intensity: 4 }, { emotion: 'frustrated', intensity: 2 }]); // => 2.5
 * ```
 * @see Shaw, C. (2007). *The DNA of Customer Experience: How Emotions Drive Value*. Palgrave Macmillan.
 * @category Survey
 */
export function nevIntensity(
  ratings: Iterable<NevRating | null | undefined>,
  options?: NevIntensityOptions,
): number;
export function nevIntensity<T>(
  rows: Iterable<T>,
  rating: Accessor<T, NevRating | null | undefined>,
  options?: NevIntensityOptions,
): number;
export function nevIntensity(ratings: unknown, second?: unknown, third?: unknown): number {
  return intensityNevOf('nevIntensity', 'ratings', countIntensities('nevIntensity', ratings, second, third));
}

/**
 * Counts and sums the intensities of each side into a {@link NevIntensitySummary};
 * {@link nevIntensity} is exactly `nevIntensityFromSummary(nevIntensitySummary(ratings))`.
 *
 * @param ratings - `{ emotion, intensity }` ratings, or rows read through `rating`. Any iterable.
 * @param options - The intensity scale.
 * @returns The counts and sums, as plain JSON.
 * @throws {@link MetricInputError} as {@link nevIntensity} does, except that a missing side is allowed.
 * @example
 * ```ts
 * import { nevIntensitySummary } from 'service-metrics';
 * nevIntensitySummary([{ emotion: 'Pleased', intensity: 4 }, { emotion: 'safe', intensity: 5 },
 *   { emotion: 'hurried', intensity: 3 }, { emotion: 'stressed', intensity: null }]);
 * // => { positiveCount: 2, positiveSum: 9, negativeCount: 1, negativeSum: 3, unanswered: 1 }
 * ```
 * @category Survey
 */
export function nevIntensitySummary(
  ratings: Iterable<NevRating | null | undefined>,
  options?: NevIntensityOptions,
): NevIntensitySummary;
export function nevIntensitySummary<T>(
  rows: Iterable<T>,
  rating: Accessor<T, NevRating | null | undefined>,
  options?: NevIntensityOptions,
): NevIntensitySummary;
export function nevIntensitySummary(ratings: unknown, second?: unknown, third?: unknown): NevIntensitySummary {
  return countIntensities('nevIntensitySummary', ratings, second, third);
}

/**
 * Adds two {@link NevIntensitySummary} values on the same scale (exact, associative, commutative).
 *
 * @param a - One summary.
 * @param b - Another summary, rated on the same scale.
 * @returns A new summary; neither input is changed.
 * @throws {@link MetricInputError} the common input checks (also merged past ±(2⁵³ − 1));
 * `INCONSISTENT` for a non-zero sum over zero ratings.
 * @example
 * ```ts
 * import { mergeNevIntensitySummaries, nevIntensityFromSummary, nevIntensitySummary } from 'service-metrics';
 * const store = nevIntensitySummary([{ emotion: 'happy', intensity: 5 }]);
 * const online = nevIntensitySummary([{ emotion: 'valued', intensity: 3 }, { emotion: 'irritated', intensity: 4 }]);
 * nevIntensityFromSummary(mergeNevIntensitySummaries(store, online)); // => 0
 * ```
 * @category Survey
 */
export function mergeNevIntensitySummaries(a: NevIntensitySummary, b: NevIntensitySummary): NevIntensitySummary {
  const metric = 'mergeNevIntensitySummaries';
  const left = checkIntensitySummary(metric, 'a', a);
  const right = checkIntensitySummary(metric, 'b', b);
  const add = (name: keyof NevIntensitySummary): number => addCounts(metric, `b.${name}`, left[name], right[name]);
  return {
    positiveCount: add('positiveCount'),
    positiveSum: add('positiveSum'),
    negativeCount: add('negativeCount'),
    negativeSum: add('negativeSum'),
    unanswered: add('unanswered'),
  };
}

/**
 * NEV from a {@link NevIntensitySummary} or warehouse `COUNT(*)`, `SUM(intensity)` by polarity, as
 * {@link nevIntensity}; `unanswered` is optional.
 *
 * @param summary - Counts and sums of each side.
 * @returns Mean positive minus mean negative intensity, in scale points.
 * @throws {@link MetricInputError} `EMPTY` when `positiveCount` or `negativeCount` is zero (naming
 * that field); otherwise as {@link mergeNevIntensitySummaries} does.
 * @example
 * ```ts
 * import { nevIntensityFromSummary } from 'service-metrics';
 * // 4 positive ratings summing to 14 (mean 3.5), 2 negative summing to 5 (mean 2.5).
 * nevIntensityFromSummary({ positiveCount: 4, positiveSum: 14, negativeCount: 2, negativeSum: 5 }); // => 1
 * ```
 * @see Shaw, C. (2007). *The DNA of Customer Experience: How Emotions Drive Value*. Palgrave Macmillan.
 * @category Survey
 */
export function nevIntensityFromSummary(summary: SummaryCounts<NevIntensitySummary>): number {
  const metric = 'nevIntensityFromSummary';
  return intensityNevOf(metric, 'summary', checkIntensitySummary(metric, 'summary', summary));
}

// ---------------------------------------------------------------------------------------------

function freezeHierarchy(
  hierarchy: Record<NevCluster, NevClusterDefinition>,
): Readonly<Record<NevCluster, NevClusterDefinition>> {
  for (const cluster of Object.values(hierarchy)) {
    Object.freeze(cluster.emotions);
    Object.freeze(cluster);
  }
  return Object.freeze(hierarchy);
}

/** The three classes of NEV, in the order of a `NevSummary`. */
const NEV_CLASSES = ['positive', 'neutral', 'negative'] as const;
const POLARITIES: readonly NevPolarity[] = NEV_CLASSES;

let emotionPolarities: ReadonlyMap<string, Exclude<NevPolarity, 'neutral'>> | undefined;
let responsePolarities: ReadonlyMap<string, NevPolarity> | undefined;

/** The 20 emotions and their polarity, built on first use. */
function emotionTable(): ReadonlyMap<string, Exclude<NevPolarity, 'neutral'>> {
  emotionPolarities ??= new Map(
    Object.values(nevEmotionHierarchy).flatMap((cluster) =>
      cluster.emotions.map((emotion) => [emotion, cluster.polarity] as const),
    ),
  );
  return emotionPolarities;
}

/** The emotions and the three polarity words, built on first use. */
function responseTable(): ReadonlyMap<string, NevPolarity> {
  responsePolarities ??= new Map<string, NevPolarity>([...emotionTable(), ...POLARITIES.map((p) => [p, p] as const)]);
  return responsePolarities;
}

function normalise(label: string): string {
  return label.trim().toLowerCase();
}

function checkLabels(metric: string, options: unknown): ReadonlyMap<string, NevPolarity> {
  const { labels } = checkOptions(metric, options, ['labels']);
  const table = responseTable();
  if (labels === undefined) return table;
  const extra = checkObject(metric, 'options.labels', labels);
  const merged = new Map(table);
  for (const [label, polarity] of Object.entries(extra)) {
    const field = `options.labels[${JSON.stringify(label)}]`;
    if (typeof polarity !== 'string') fail(metric, field, 'WRONG_TYPE', '"positive", "neutral" or "negative"', polarity);
    if (!(POLARITIES as readonly string[]).includes(polarity)) {
      fail(metric, field, 'UNKNOWN_VALUE', '"positive", "neutral" or "negative"', polarity);
    }
    const key = normalise(label);
    if (key === '') fail(metric, field, 'UNKNOWN_VALUE', 'a label that is not blank', label);
    const builtIn = table.get(key);
    if (builtIn !== undefined && builtIn !== polarity) {
      fail(metric, field, 'INCONSISTENT', `"${builtIn}", the built-in polarity of "${key}"`, polarity);
    }
    merged.set(key, polarity as NevPolarity);
  }
  return merged;
}

const RESPONSE_EXPECTED = 'an emotion of nevEmotionHierarchy or "positive", "neutral", "negative"';
const EMOTION_EXPECTED = 'an emotion of nevEmotionHierarchy';

function countResponses(metric: string, responses: unknown, second: unknown, third: unknown): NevSummary {
  const { valueof, options } = splitSampleArguments(metric, second, third, 'response');
  const table = checkLabels(metric, options);
  let positive = 0;
  let neutral = 0;
  let negative = 0;
  let unanswered = 0;
  const count = (response: unknown, index: number): void => {
    if (typeof response === 'string') {
      // Most data is already in canonical form: try it as is before trimming and lower-casing.
      const polarity = table.get(response) ?? table.get(normalise(response));
      if (polarity === 'positive') positive++;
      else if (polarity === 'negative') negative++;
      else if (polarity === 'neutral') neutral++;
      else fail(metric, `responses[${String(index)}]`, 'UNKNOWN_VALUE', RESPONSE_EXPECTED, response);
    } else if (isMissing(response)) {
      unanswered++;
    } else {
      fail(metric, `responses[${String(index)}]`, 'WRONG_TYPE', `a string: ${RESPONSE_EXPECTED}`, response);
    }
  };
  forEachValue(metric, 'responses', responses, valueof, count);
  return { positive, neutral, negative, unanswered };
}

function nevOf(metric: string, field: string, counts: NevSummary): number {
  return netScore(metric, field, counts.positive, counts.neutral, counts.negative);
}


function countIntensities(metric: string, ratings: unknown, second: unknown, third: unknown): NevIntensitySummary {
  const { valueof, options } = splitSampleArguments(metric, second, third, 'rating');
  const { scaleMin, scaleMax } = checkIntensityScale(metric, options);
  const table = emotionTable();
  let positiveCount = 0;
  let positiveSum = 0;
  let negativeCount = 0;
  let negativeSum = 0;
  let unanswered = 0;
  const count = (rating: unknown, index: number): void => {
    if (isMissing(rating)) {
      unanswered++;
      return;
    }
    const field = `ratings[${String(index)}]`;
    if (typeof rating !== 'object' || Array.isArray(rating)) {
      fail(metric, field, 'WRONG_TYPE', 'an object { emotion, intensity }', rating);
    }
    const { emotion, intensity } = rating as Partial<Record<'emotion' | 'intensity', unknown>>;
    if (typeof emotion !== 'string') fail(metric, `${field}.emotion`, 'WRONG_TYPE', EMOTION_EXPECTED, emotion);
    const polarity = table.get(emotion) ?? table.get(normalise(emotion));
    if (polarity === undefined) fail(metric, `${field}.emotion`, 'UNKNOWN_VALUE', EMOTION_EXPECTED, emotion);
    if (isMissing(intensity)) {
      unanswered++;
      return;
    }
    const value = checkIntegerInRange(metric, `${field}.intensity`, intensity, scaleMin, scaleMax);
    if (polarity === 'positive') {
      positiveCount++;
      positiveSum += value;
    } else {
      negativeCount++;
      negativeSum += value;
    }
  };
  forEachValue(metric, 'ratings', ratings, valueof, count);
  return { positiveCount, positiveSum, negativeCount, negativeSum, unanswered };
}

function checkIntensityScale(metric: string, options: unknown): Scale {
  // Defaults for absent options only: `null` is a wrong value, not "unset".
  const { scaleMin = 1, scaleMax = 5 } = checkOptions(metric, options, ['scaleMin', 'scaleMax']);
  return checkScale(metric, 'options', scaleMin, scaleMax);
}

const SUM_EXPECTED = 'a whole number from −(2⁵³ − 1) to 2⁵³ − 1';

/** A sum of intensities: a whole number of either sign, exact (a safe integer). */
function checkSum(metric: string, field: string, value: unknown): number {
  const number = checkFinite(metric, field, value, SUM_EXPECTED);
  if (!Number.isInteger(number)) fail(metric, field, 'NOT_INTEGER', SUM_EXPECTED, value);
  if (!Number.isSafeInteger(number)) fail(metric, field, 'OUT_OF_RANGE', SUM_EXPECTED, value);
  return number;
}

function checkIntensitySummary(metric: string, field: string, summary: unknown): NevIntensitySummary {
  const object = checkObject(metric, field, summary);
  const positiveCount = checkCount(metric, `${field}.positiveCount`, object['positiveCount']);
  const positiveSum = checkSum(metric, `${field}.positiveSum`, object['positiveSum']);
  const negativeCount = checkCount(metric, `${field}.negativeCount`, object['negativeCount']);
  const negativeSum = checkSum(metric, `${field}.negativeSum`, object['negativeSum']);
  // Absent in warehouse counts: 0, for nevIntensityFromSummary and the merge alike.
  const unanswered = object['unanswered'] === undefined ? 0 : checkCount(metric, `${field}.unanswered`, object['unanswered']);
  if (positiveCount === 0 && positiveSum !== 0) {
    fail(metric, `${field}.positiveSum`, 'INCONSISTENT', '0 when positiveCount is 0', positiveSum);
  }
  if (negativeCount === 0 && negativeSum !== 0) {
    fail(metric, `${field}.negativeSum`, 'INCONSISTENT', '0 when negativeCount is 0', negativeSum);
  }
  return { positiveCount, positiveSum, negativeCount, negativeSum, unanswered };
}

function intensityNevOf(metric: string, field: string, summary: NevIntensitySummary): number {
  const batch = field !== 'summary';
  if (summary.positiveCount === 0) {
    fail(
      metric,
      batch ? field : `${field}.positiveCount`,
      'EMPTY',
      'at least one rating of a positive emotion (advocacy, recommendation or attention cluster)',
      summary.positiveCount,
    );
  }
  if (summary.negativeCount === 0) {
    fail(
      metric,
      batch ? field : `${field}.negativeCount`,
      'EMPTY',
      'at least one rating of a negative emotion (destroying cluster)',
      summary.negativeCount,
    );
  }
  return summary.positiveSum / summary.positiveCount - summary.negativeSum / summary.negativeCount;
}
