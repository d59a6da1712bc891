import { readList } from '../internal/checks/lists.js';
import { addCounts } from '../internal/summaries/addCounts.js';
import { forEachValue, isMissing, splitSampleArguments } from '../internal/checks/sample.js';
import { checkScale, type Scale } from '../internal/checks/scale.js';
import { checkCount, checkFinite, checkIntegerInRange, checkNonNegative, checkObject, checkOptions, fail } from '../internal/checks/validate.js';
import type { Accessor, Answer, SummaryCounts } from '../types.js';

/** The most items an instrument may have. */
const MAX_ITEMS = 1000;

/** How far the importance points may add up from 100, for points computed in floating point. */
const IMPORTANCE_TOLERANCE = 1e-9;

/**
 * One dimension of a SERVQUAL instrument: its name and the items (statements) that measure it.
 *
 * @category SERVQUAL
 */
export interface ServqualDimension {
  /** The dimension's name, a non-empty string no other dimension of the instrument has, such as `"reliability"`. */
  readonly name: string;
  /** The 1-based numbers of the items that measure it, such as `[5, 6, 7, 8, 9]`. */
  readonly items: readonly number[];
}

/**
 * The shape of a SERVQUAL questionnaire: its items and the dimension each measures
 * ({@link servqualInstrument} is the standard one). The dimensions partition items 1…k, none empty.
 *
 * @category SERVQUAL
 */
export interface ServqualInstrument {
  /** The number of items k, from 1 to 1000. Items are numbered 1 to k; a response holds k answers. */
  readonly items: number;
  /** The dimensions, which together hold every item from 1 to k exactly once. */
  readonly dimensions: readonly ServqualDimension[];
}

/**
 * The standard SERVQUAL instrument of Parasuraman, Zeithaml & Berry (1988): 22 items in five
 * dimensions, numbered as in the paper. Frozen.
 *
 * | dimension | items | what it covers |
 * | --- | --- | --- |
 * | `tangibles` | 1–4 | physical facilities, equipment, appearance of personnel |
 * | `reliability` | 5–9 | performing the promised service dependably and accurately |
 * | `responsiveness` | 10–13 | willingness to help customers and provide prompt service |
 * | `assurance` | 14–17 | knowledge and courtesy of employees, their ability to inspire trust |
 * | `empathy` | 18–22 | caring, individualized attention to customers |
 *
 * @example
 * ```ts
 * import { servqualInstrument } from 'service-metrics';
 *
 * servqualInstrument.items; // => 22
 * servqualInstrument.dimensions.map((dimension) => dimension.name);
 * // => ['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy']
 * servqualInstrument.dimensions[1]?.items; // => [5, 6, 7, 8, 9]
 * ```
 * @see Parasuraman, A., Zeithaml, V. A., & Berry, L. L. (1988). SERVQUAL: A multiple-item scale
 * for measuring consumer perceptions of service quality. *Journal of Retailing*, 64(1), 12–40.
 * @category SERVQUAL
 */
export const servqualInstrument: ServqualInstrument = Object.freeze({
  items: 22,
  dimensions: Object.freeze(
    (
      [
        ['tangibles', [1, 2, 3, 4]],
        ['reliability', [5, 6, 7, 8, 9]],
        ['responsiveness', [10, 11, 12, 13]],
        ['assurance', [14, 15, 16, 17]],
        ['empathy', [18, 19, 20, 21, 22]],
      ] as const
    ).map(([name, items]) => Object.freeze({ name, items: Object.freeze([...items]) })),
  ),
});

/**
 * One respondent's answers to a SERVQUAL questionnaire: for every item, what they expect of an
 * excellent company and what they perceive of this one.
 *
 * Answers are integers on the scale (1–7 by default), index `i` for item `i + 1`; higher means
 * stronger agreement. `null` / `undefined` on either side: the item is unanswered.
 *
 * @category SERVQUAL
 */
export interface ServqualResponse {
  /** Expectation answers, one per item of the instrument (index = item − 1). */
  readonly expectations: readonly Answer[];
  /** Perception answers, one per item of the instrument (index = item − 1). */
  readonly perceptions: readonly Answer[];
}

/**
 * The questionnaire and its answer scale, for {@link servqualSummary} and {@link servqual}.
 *
 * @category SERVQUAL
 */
export interface ServqualSummaryOptions {
  /**
   * The questionnaire's items and dimensions.
   *
   * @defaultValue {@link servqualInstrument}, the standard 22 items in five dimensions
   */
  readonly instrument?: ServqualInstrument;
  /**
   * The lowest answer of the scale, an integer from −100 to 100.
   *
   * @defaultValue 1 (the 1–7 scale of the 1988 paper)
   */
  readonly scaleMin?: number;
  /**
   * The highest answer of the scale, an integer above `scaleMin`, at most 100 points above it.
   *
   * @defaultValue 7
   */
  readonly scaleMax?: number;
}

/**
 * How the dimension gaps are combined, for {@link servqualFromSummary} and {@link servqual}.
 *
 * @category SERVQUAL
 */
export interface ServqualScoreOptions {
  /**
   * Points per dimension, 100 allocated among them (Parasuraman, Berry & Zeithaml 1991): one entry
   * per dimension, each ≥ 0, adding up to 100 within 1e-9. When given, the result has a `weightedScore`.
   *
   * @defaultValue undefined (no weighted score)
   */
  readonly importance?: Readonly<Record<string, number>>;
}

/**
 * Options of {@link servqual}: the questionnaire, its scale, and optional importance points.
 *
 * @category SERVQUAL
 */
export interface ServqualOptions extends ServqualSummaryOptions, ServqualScoreOptions {}

/**
 * The answers to one item, summed over respondents.
 *
 * @category SERVQUAL
 */
export interface ServqualItemSummary {
  /** Respondents who answered both the expectation and the perception of the item. */
  readonly count: number;
  /** The sum of their gaps (perception − expectation) on the item: a whole number. */
  readonly gapSum: number;
}

/**
 * The answers to one dimension, summed over respondents exactly: each respondent's mean gap is a
 * fraction, so sums are kept as whole numbers by denominator (items answered).
 *
 * @category SERVQUAL
 */
export interface ServqualDimensionSummary {
  /** Respondents who answered at least one item of the dimension (both sides of it). */
  readonly respondents: number;
  /**
   * Entry `j − 1`: the summed gaps of the respondents who answered exactly `j` of its items, for
   * j = 1 to its size; the respondents' dimension gaps sum to Σⱼ `gapSumsByAnswered[j − 1]` / j.
   */
  readonly gapSumsByAnswered: readonly number[];
}

/**
 * The sufficient statistic of SERVQUAL, in whole numbers with its instrument and scale. From a
 * warehouse: per item `COUNT(*)` and `SUM(perception − expectation)`; per dimension the
 * respondents and `SUM(respondent's gap total)` grouped by how many of its items each answered.
 *
 * @category SERVQUAL
 */
export interface ServqualSummary {
  /** The instrument the answers were counted on, each dimension's items in increasing order. */
  readonly instrument: ServqualInstrument;
  /** The lowest answer of the scale. */
  readonly scaleMin: number;
  /** The highest answer of the scale. */
  readonly scaleMax: number;
  /** Responses with at least one answered item. */
  readonly respondents: number;
  /** Responses with no answered item (or `null` / `undefined` in place of a response); they do not enter the scores. */
  readonly unanswered: number;
  /** One entry per item (index = item − 1). */
  readonly items: readonly ServqualItemSummary[];
  /** One entry per dimension, by name. */
  readonly dimensions: Readonly<Record<string, ServqualDimensionSummary>>;
}

/**
 * SERVQUAL gap scores in scale points (perception − expectation, −6…6 on a 1–7 scale); negative
 * means the service falls short of expectations.
 *
 * @category SERVQUAL
 */
export interface ServqualResult {
  /** The mean gap on each item (index = item − 1) over those who answered it; `null` if nobody did. */
  readonly itemGaps: readonly (number | null)[];
  /** The gap of each dimension, by name: the mean, over its respondents, of each respondent's mean gap on its items. */
  readonly dimensionGaps: Readonly<Record<string, number>>;
  /** The mean of the dimension gaps. */
  readonly unweightedScore: number;
  /** Σ (importance / 100) × dimension gap; present only when `importance` is given. */
  readonly weightedScore?: number;
  /** Responses with at least one answered item. */
  readonly respondents: number;
}

/**
 * SERVQUAL service-quality gap scores of survey responses: per item, per dimension, and overall,
 * unweighted and (with importance points) weighted.
 *
 * ## Formula
 * For respondent r and an item i they answered (both sides), gap(r, i) = P(r, i) − E(r, i):
 * - item gap(i) = mean of gap(r, i) over the respondents who answered item i;
 * - G(r, d) = mean of gap(r, i) over the items of dimension d that r answered;
 * - dimension gap(d) = mean of G(r, d) over the respondents who answered an item of d;
 * - unweighted score = (1 / D) Σ_d dimension gap(d), over the D dimensions;
 * - weighted score = Σ_d (w_d / 100) × dimension gap(d), importance points w_d adding up to 100.
 *
 * Gaps are in scale points, ±(`scaleMax` − `scaleMin`); negative means expectations are not met.
 * Nothing is rounded. Runs in O(n × k) for n responses of k items.
 *
 * ## Variants
 * - The 1988 instrument (the default) words some statements negatively: reverse-score them
 *   (`scaleMin + scaleMax − answer`) first. The 1991 revision words all 22 positively.
 * - Adapted instruments (other items or dimensions, a 1–5 scale): `instrument`, `scaleMin`, `scaleMax`.
 * - Weighted score (1991): pass one allocation (such as the respondents' mean points) as
 *   `importance`; weighting each respondent by their own points agrees when everyone gives the
 *   same points and answers every item.
 * - A dimension gap as the mean of its item gaps equals this respondent-first mean when every
 *   respondent answers every item of the dimension.
 * - SERVPERF (Cronin & Taylor 1992) uses perceptions only; it is not this function.
 *
 * Responses that are `null`, `undefined` or answer no item are counted as `unanswered`.
 *
 * @param responses - One {@link ServqualResponse} per respondent, or rows read through `response`. Any iterable.
 * @param options - The instrument, its scale, and importance points.
 * @returns Item gaps, dimension gaps, the unweighted score, the weighted score when `importance`
 * is given, and the number of respondents.
 * @throws {@link MetricInputError} the common input checks (`responses[i].perceptions[j]`…); `EMPTY`
 * (`responses`) when a dimension has no respondent; `INCONSISTENT` for answers without one entry
 * per item, an instrument whose dimensions do not partition its items, or importance points
 * missing a dimension or not adding up to 100.
 * @example
 * ```ts
 * import { servqual } from 'service-metrics';
 *
 * // Expected 7 on all 22 items; perceived 6 on tangibles (items 1–4) and 5 on the rest.
 * const response = { expectations: Array(22).fill(7), perceptions: [6, 6, 6, 6, ...Array(18).fill(5)] };
 * const importance = { tangibles: 10, reliability: 30, responsiveness: 20, assurance: 20, empathy: 20 };
 * const result = servqual([response], { importance });
 * result.dimensionGaps;
 * // => { tangibles: -1, reliability: -2, responsiveness: -2, assurance: -2, empathy: -2 }
 * result.unweightedScore; // => -1.8
 * result.weightedScore; // => -1.9
 *
 * // An adapted instrument on a 1–5 scale, rows read through an accessor.
 * const instrument = { items: 3, dimensions: [{ name: 'speed', items: [1, 2] }, { name: 'care', items: [3] }] };
 * const rows = [{ e: [5, 4, 5], p: [4, 4, 5] }, { e: [5, 5, null], p: [3, 5, 4] }];
 * servqual(rows, (row) => ({ expectations: row.e, perceptions: row.p }), { instrument, scaleMax: 5 });
 * // => { itemGaps: [-1.5, 0, 0], dimensionGaps: { speed: -0.75, care: 0 }, unweightedScore: -0.375, respondents: 2 }
 * ```
 * @see Parasuraman, A., Zeithaml, V. A., & Berry, L. L. (1988). SERVQUAL: A multiple-item scale
 * for measuring consumer perceptions of service quality. *Journal of Retailing*, 64(1), 12–40.
 * @see Parasuraman, A., Berry, L. L., & Zeithaml, V. A. (1991). Refinement and reassessment of the
 * SERVQUAL scale. *Journal of Retailing*, 67(4), 420–450.
 * @category SERVQUAL
 */
export function servqual(responses: Iterable<ServqualResponse | null | undefined>, options?: ServqualOptions): ServqualResult;
export function servqual<T>(
  rows: Iterable<T>,
  response: Accessor<T, ServqualResponse | null | undefined>,
  options?: ServqualOptions,
): ServqualResult;
export function servqual(responses: unknown, second?: unknown, third?: unknown): ServqualResult {
  const metric = 'servqual';
  const { valueof, options } = splitSampleArguments(metric, second, third, 'response');
  const checked = checkOptions(metric, options, ['instrument', 'scaleMin', 'scaleMax', 'importance']);
  const settings = checkSummaryOptions(metric, checked);
  const weights = checkImportance(metric, checked['importance'], settings.instrument);
  const tally = summarise(metric, responses, valueof, settings);
  return scoreOf(metric, tally, weights, () => 'responses', responses);
}

/**
 * Sums SERVQUAL responses into a {@link ServqualSummary}; {@link servqual} is exactly
 * `servqualFromSummary(servqualSummary(responses, options), options)`.
 *
 * @param responses - One {@link ServqualResponse} per respondent, or rows read through `response`. Any iterable.
 * @param options - The instrument and its scale.
 * @returns The summary, as plain JSON.
 * @throws {@link MetricInputError} as {@link servqual} does, except that a sample without answers
 * is allowed (all sums zero).
 * @example
 * ```ts
 * import { servqualSummary } from 'service-metrics';
 *
 * const instrument = { items: 3, dimensions: [{ name: 'speed', items: [1, 2] }, { name: 'care', items: [3] }] };
 * const summary = servqualSummary([{ expectations: [5, 4, 5], perceptions: [4, 4, null] }, null], { instrument, scaleMax: 5 });
 * summary.items; // => [{ count: 1, gapSum: -1 }, { count: 1, gapSum: 0 }, { count: 0, gapSum: 0 }]
 * summary.dimensions;
 * // => { speed: { respondents: 1, gapSumsByAnswered: [0, -1] }, care: { respondents: 0, gapSumsByAnswered: [0] } }
 * [summary.respondents, summary.unanswered, summary.scaleMin, summary.scaleMax]; // => [1, 1, 1, 5]
 * summary.instrument; // => instrument
 * ```
 * @category SERVQUAL
 */
export function servqualSummary(
  responses: Iterable<ServqualResponse | null | undefined>,
  options?: ServqualSummaryOptions,
): ServqualSummary;
export function servqualSummary<T>(
  rows: Iterable<T>,
  response: Accessor<T, ServqualResponse | null | undefined>,
  options?: ServqualSummaryOptions,
): ServqualSummary;
export function servqualSummary(responses: unknown, second?: unknown, third?: unknown): ServqualSummary {
  const metric = 'servqualSummary';
  const { valueof, options } = splitSampleArguments(metric, second, third, 'response');
  const settings = checkSummaryOptions(metric, checkOptions(metric, options, ['instrument', 'scaleMin', 'scaleMax']));
  return toSummary(summarise(metric, responses, valueof, settings));
}

/**
 * Adds two {@link ServqualSummary} values counted on the same instrument and scale (exact,
 * associative, commutative; the summary of no responses is the identity).
 *
 * @param a - One summary.
 * @param b - Another summary, on the same instrument and scale.
 * @returns A new summary; neither input is changed.
 * @throws {@link MetricInputError} `INCONSISTENT` (`b.scaleMin`, `b.scaleMax`, `b.instrument`) when
 * they differ; the summary checks of {@link servqualFromSummary}, naming `a` or `b`.
 * @example
 * ```ts
 * import { mergeServqualSummaries, servqualFromSummary, servqualSummary } from 'service-metrics';
 *
 * const instrument = { items: 2, dimensions: [{ name: 'speed', items: [1] }, { name: 'care', items: [2] }] };
 * const monday = servqualSummary([{ expectations: [5, 5], perceptions: [3, 4] }], { instrument, scaleMax: 5 });
 * const tuesday = servqualSummary([{ expectations: [4, 5], perceptions: [4, 5] }], { instrument, scaleMax: 5 });
 * servqualFromSummary(mergeServqualSummaries(monday, tuesday)).dimensionGaps; // => { speed: -1, care: -0.5 }
 * mergeServqualSummaries(monday, servqualSummary([], { instrument })); // => throws INCONSISTENT
 * ```
 * @category SERVQUAL
 */
export function mergeServqualSummaries(a: ServqualSummary, b: ServqualSummary): ServqualSummary {
  const metric = 'mergeServqualSummaries';
  const left = checkSummary(metric, 'a', a);
  const right = checkSummary(metric, 'b', b);
  if (left.scale.scaleMin !== right.scale.scaleMin || left.scale.scaleMax !== right.scale.scaleMax) {
    const sameMin = left.scale.scaleMin === right.scale.scaleMin;
    fail(
      metric,
      sameMin ? 'b.scaleMax' : 'b.scaleMin',
      'INCONSISTENT',
      `the scale of a (${String(left.scale.scaleMin)}–${String(left.scale.scaleMax)})`,
      sameMin ? right.scale.scaleMax : right.scale.scaleMin,
    );
  }
  if (!sameInstrument(left.instrument, right.instrument)) {
    fail(metric, 'b.instrument', 'INCONSISTENT', 'the instrument of a (same items, dimension names and order)', b.instrument);
  }
  // An item's answers and a dimension's respondents are at most the respondents, so once the
  // respondents' total is within 2⁵³ − 1, theirs are too.
  return toSummary({
    instrument: left.instrument,
    scale: left.scale,
    respondents: addCounts(metric, 'b.respondents', left.respondents, right.respondents),
    unanswered: addCounts(metric, 'b.unanswered', left.unanswered, right.unanswered),
    items: left.items.map((item, i) => {
      const other = right.items[i]!;
      return { count: item.count + other.count, gapSum: item.gapSum + other.gapSum };
    }),
    dimensions: left.dimensions.map((dimension, d) => {
      const other = right.dimensions[d]!;
      return {
        respondents: dimension.respondents + other.respondents,
        gapSumsByAnswered: dimension.gapSumsByAnswered.map((sum, j) => sum + other.gapSumsByAnswered[j]!),
      };
    }),
  });
}

/**
 * SERVQUAL gap scores from a {@link ServqualSummary} (or database sums of the same shape), by the
 * formulas of {@link servqual}; each dimension gap is one correctly rounded division.
 *
 * @param summary - Sums per item and per dimension, with their instrument and scale; `unanswered` optional.
 * @param options - Importance points, for the weighted score.
 * @returns Item gaps, dimension gaps, the unweighted score, the weighted score when `importance`
 * is given, and the number of respondents.
 * @throws {@link MetricInputError} the common input checks; `EMPTY` when a dimension has no respondent
 * (`summary.dimensions.<name>.respondents`); `INCONSISTENT` for sums that contradict each other or
 * the instrument (more answers to an item than respondents…); the importance errors of {@link servqual}.
 * @example
 * ```ts
 * import { servqualFromSummary } from 'service-metrics';
 *
 * // Two respondents on a one-dimension, two-item questionnaire: one answered both items
 * // (gaps −1 and −2), the other only the first (gap 0).
 * const instrument = { items: 2, dimensions: [{ name: 'overall', items: [1, 2] }] };
 * const summary = { instrument, scaleMin: 1, scaleMax: 7, respondents: 2, unanswered: 0,
 *   items: [{ count: 2, gapSum: -1 }, { count: 1, gapSum: -2 }],
 *   dimensions: { overall: { respondents: 2, gapSumsByAnswered: [0, -3] } } };
 * servqualFromSummary(summary, { importance: { overall: 100 } });
 * // => { itemGaps: [-0.5, -2], dimensionGaps: { overall: -0.75 }, unweightedScore: -0.75, weightedScore: -0.75, respondents: 2 }
 * ```
 * @see Parasuraman, A., Berry, L. L., & Zeithaml, V. A. (1991). Refinement and reassessment of the
 * SERVQUAL scale. *Journal of Retailing*, 67(4), 420–450.
 * @category SERVQUAL
 */
export function servqualFromSummary(summary: SummaryCounts<ServqualSummary>, options?: ServqualScoreOptions): ServqualResult {
  const metric = 'servqualFromSummary';
  const tally = checkSummary(metric, 'summary', summary);
  const weights = checkImportance(metric, checkOptions(metric, options, ['importance'])['importance'], tally.instrument);
  return scoreOf(metric, tally, weights, (name) => `summary.dimensions.${name}.respondents`, 0);
}

// ── internals ────────────────────────────────────────────────────────────────────────────

/** A checked summary: the instrument normalised, dimensions in the instrument's order. */
interface Tally {
  readonly instrument: ServqualInstrument;
  readonly scale: Scale;
  readonly respondents: number;
  readonly unanswered: number;
  readonly items: readonly ServqualItemSummary[];
  readonly dimensions: readonly ServqualDimensionSummary[];
}

interface Settings {
  readonly instrument: ServqualInstrument;
  readonly scale: Scale;
}

function checkSummaryOptions(metric: string, options: Readonly<Record<string, unknown>>): Settings {
  const { instrument, scaleMin = 1, scaleMax = 7 } = options;
  return {
    instrument: instrument === undefined ? servqualInstrument : checkInstrument(metric, 'options.instrument', instrument),
    scale: checkScale(metric, 'options', scaleMin, scaleMax),
  };
}

/** Checks that the dimensions partition items 1…k; returns a copy with each dimension's items sorted. */
function checkInstrument(metric: string, field: string, value: unknown): ServqualInstrument {
  const object = checkObject(metric, field, value);
  const k = checkIntegerInRange(metric, `${field}.items`, object['items'], 1, MAX_ITEMS);
  const list = readList(metric, `${field}.dimensions`, object['dimensions'], 'a list of dimensions { name, items }');
  const owners: (string | undefined)[] = new Array<string | undefined>(k).fill(undefined);
  const names = new Set<string>();
  const dimensions = list.map((entry, d) => {
    const at = `${field}.dimensions[${d}]`;
    const dimension = checkObject(metric, at, entry);
    const name = dimension['name'];
    if (typeof name !== 'string' || name === '') fail(metric, `${at}.name`, 'WRONG_TYPE', 'a non-empty string', name);
    if (names.has(name)) fail(metric, `${at}.name`, 'INCONSISTENT', 'a name no other dimension has', name);
    names.add(name);
    const items = readList(metric, `${at}.items`, dimension['items'], 'a list of item numbers');
    if (items.length === 0) fail(metric, `${at}.items`, 'INCONSISTENT', 'at least one item number', items);
    const numbers = items.map((item, i) => {
      const number = checkIntegerInRange(metric, `${at}.items[${i}]`, item, 1, k);
      const owner = owners[number - 1];
      if (owner !== undefined) {
        fail(metric, `${at}.items[${i}]`, 'INCONSISTENT', `an item of no other dimension (item ${number} is in "${owner}")`, number);
      }
      owners[number - 1] = name;
      return number;
    });
    return { name, items: numbers.sort((x, y) => x - y) };
  });
  const missing = owners.indexOf(undefined);
  if (missing !== -1) {
    fail(metric, `${field}.dimensions`, 'INCONSISTENT', `dimensions that hold every item from 1 to ${k} (item ${missing + 1} is in none)`, list);
  }
  return { items: k, dimensions };
}

function sameInstrument(x: ServqualInstrument, y: ServqualInstrument): boolean {
  return (
    x.items === y.items &&
    x.dimensions.length === y.dimensions.length &&
    x.dimensions.every((dimension, d) => {
      const other = y.dimensions[d]!;
      return (
        dimension.name === other.name &&
        dimension.items.length === other.items.length &&
        dimension.items.every((item, i) => item === other.items[i])
      );
    })
  );
}

/** The importance points in the instrument's dimension order, or `undefined` when not given. */
function checkImportance(metric: string, value: unknown, instrument: ServqualInstrument): number[] | undefined {
  if (value === undefined) return undefined;
  const field = 'options.importance';
  const points = checkObject(metric, field, value);
  const names = instrument.dimensions.map((dimension) => dimension.name);
  for (const key of Object.keys(points)) {
    if (!names.includes(key)) fail(metric, `${field}.${key}`, 'UNKNOWN_VALUE', `a dimension of the instrument (${names.join(', ')})`, key);
  }
  const weights = names.map((name) => {
    if (!Object.hasOwn(points, name)) fail(metric, `${field}.${name}`, 'INCONSISTENT', 'importance points for every dimension', undefined);
    return checkNonNegative(metric, `${field}.${name}`, points[name]);
  });
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (Math.abs(total - 100) > IMPORTANCE_TOLERANCE) {
    fail(metric, field, 'INCONSISTENT', 'points that add up to 100 (within 1e-9)', total);
  }
  return weights;
}

/** One pass over the responses into whole-number sums per item and per dimension. */
function summarise(
  metric: string,
  responses: unknown,
  valueof: Accessor<unknown, unknown> | undefined,
  { instrument, scale }: Settings,
): Tally {
  const k = instrument.items;
  const { scaleMin: min, scaleMax: max } = scale;
  const dimensionCount = instrument.dimensions.length;
  const dimensionOf = new Int32Array(k);
  instrument.dimensions.forEach((dimension, d) => {
    for (const item of dimension.items) dimensionOf[item - 1] = d;
  });
  const itemCounts = new Float64Array(k);
  const itemGapSums = new Float64Array(k);
  const dimensionRespondents = new Float64Array(dimensionCount);
  const dimensionSums = instrument.dimensions.map((dimension) => new Float64Array(dimension.items.length));
  // One respondent's answered items and gap total in each dimension.
  const answeredIn = new Int32Array(dimensionCount);
  const gapIn = new Float64Array(dimensionCount);
  let respondents = 0;
  let unanswered = 0;
  const onScale = (answer: unknown): answer is number =>
    typeof answer === 'number' && Number.isInteger(answer) && answer >= min && answer <= max;

  forEachValue(metric, 'responses', responses, valueof, (response, index) => {
    if (isMissing(response)) {
      unanswered++;
      return;
    }
    if (typeof response !== 'object' || Array.isArray(response)) {
      fail(metric, `responses[${index}]`, 'WRONG_TYPE', 'an object { expectations, perceptions }', response);
    }
    const expectations = answersOf(metric, response as Readonly<Record<string, unknown>>, 'expectations', index, k, scale);
    const perceptions = answersOf(metric, response as Readonly<Record<string, unknown>>, 'perceptions', index, k, scale);
    answeredIn.fill(0);
    gapIn.fill(0);
    let answered = 0;
    for (let i = 0; i < k; i++) {
      const expectation = expectations[i];
      const perception = perceptions[i];
      const hasExpectation = onScale(expectation);
      const hasPerception = onScale(perception);
      if (!hasExpectation && !isMissing(expectation)) {
        checkIntegerInRange(metric, `responses[${index}].expectations[${i}]`, expectation, min, max);
      }
      if (!hasPerception && !isMissing(perception)) {
        checkIntegerInRange(metric, `responses[${index}].perceptions[${i}]`, perception, min, max);
      }
      if (hasExpectation && hasPerception) {
        const gap = perception - expectation;
        const d = dimensionOf[i]!;
        itemCounts[i]! += 1;
        itemGapSums[i]! += gap;
        answeredIn[d]! += 1;
        gapIn[d]! += gap;
        answered++;
      }
    }
    if (answered === 0) {
      unanswered++;
      return;
    }
    respondents++;
    for (let d = 0; d < dimensionCount; d++) {
      const count = answeredIn[d]!;
      if (count > 0) {
        dimensionRespondents[d]! += 1;
        dimensionSums[d]![count - 1]! += gapIn[d]!;
      }
    }
  });

  return {
    instrument,
    scale,
    respondents,
    unanswered,
    items: Array.from(itemCounts, (count, i) => ({ count, gapSum: itemGapSums[i]! })),
    dimensions: dimensionSums.map((sums, d) => ({
      respondents: dimensionRespondents[d]!,
      gapSumsByAnswered: Array.from(sums),
    })),
  };
}

function answersOf(
  metric: string,
  response: Readonly<Record<string, unknown>>,
  key: 'expectations' | 'perceptions',
  index: number,
  k: number,
  { scaleMin: min, scaleMax: max }: Scale,
): readonly unknown[] {
  const given = response[key];
  let answers: unknown[];
  if (Array.isArray(given)) answers = given;
  else if (typeof given === 'object' && given !== null && Symbol.iterator in given) answers = Array.from(given as Iterable<unknown>);
  else fail(metric, `responses[${index}].${key}`, 'WRONG_TYPE', `a list of ${k} answers (null for no answer)`, given);
  if (answers.length !== k) {
    fail(metric, `responses[${index}].${key}`, 'INCONSISTENT', `a list of ${k} answers, one per item of the instrument`, given);
  }
  // A bigint answer (an Int64 column) is read exactly; a hole reads as no answer, as in a sample.
  for (let i = 0; i < k; i++) {
    const answer = answers[i];
    if (typeof answer === 'bigint') {
      if (answers === given) answers = [...answers];
      answers[i] = checkFinite(metric, `responses[${index}].${key}[${i}]`, answer, `an integer from ${min} to ${max}`);
    }
  }
  return answers;
}

/** The public, plain-JSON summary of a tally. */
function toSummary(tally: Tally): ServqualSummary {
  return {
    instrument: {
      items: tally.instrument.items,
      dimensions: tally.instrument.dimensions.map(({ name, items }) => ({ name, items: [...items] })),
    },
    scaleMin: tally.scale.scaleMin,
    scaleMax: tally.scale.scaleMax,
    respondents: tally.respondents,
    unanswered: tally.unanswered,
    items: tally.items.map(({ count, gapSum }) => ({ count, gapSum })),
    dimensions: Object.fromEntries(
      tally.instrument.dimensions.map(({ name }, d) => {
        const { respondents, gapSumsByAnswered } = tally.dimensions[d]!;
        return [name, { respondents, gapSumsByAnswered: [...gapSumsByAnswered] }];
      }),
    ),
  };
}

/** Checks a summary's shape, ranges and the counts that bound one another. */
function checkSummary(metric: string, field: string, value: unknown): Tally {
  const summary = checkObject(metric, field, value);
  const instrument = checkInstrument(metric, `${field}.instrument`, summary['instrument']);
  const scale = checkScale(metric, field, summary['scaleMin'], summary['scaleMax']);
  const span = scale.scaleMax - scale.scaleMin;
  const respondents = checkCount(metric, `${field}.respondents`, summary['respondents']);
  const unanswered = summary['unanswered'] === undefined ? 0 : checkCount(metric, `${field}.unanswered`, summary['unanswered']);

  const itemList = readList(metric, `${field}.items`, summary['items'], 'a list of { count, gapSum }');
  if (itemList.length !== instrument.items) {
    fail(metric, `${field}.items`, 'INCONSISTENT', `an array of ${instrument.items} entries, one per item of the instrument`, itemList);
  }
  let answers = 0;
  const items = itemList.map((entry, i) => {
    const at = `${field}.items[${i}]`;
    const item = checkObject(metric, at, entry);
    const count = checkCount(metric, `${at}.count`, item['count']);
    if (count > respondents) fail(metric, `${at}.count`, 'INCONSISTENT', `at most the respondents (${respondents})`, count);
    const gapSum = checkIntegerInRange(metric, `${at}.gapSum`, item['gapSum'], -count * span, count * span);
    answers += count;
    return { count, gapSum };
  });
  if (respondents > answers) {
    fail(metric, `${field}.respondents`, 'INCONSISTENT', `at most the answers to all items (${answers}): every respondent answered an item`, respondents);
  }

  const dimensionsField = `${field}.dimensions`;
  const dimensionMap = checkObject(metric, dimensionsField, summary['dimensions']);
  const names = instrument.dimensions.map((dimension) => dimension.name);
  for (const key of Object.keys(dimensionMap)) {
    if (!names.includes(key)) fail(metric, `${dimensionsField}.${key}`, 'UNKNOWN_VALUE', `a dimension of the instrument (${names.join(', ')})`, key);
  }
  const dimensions = instrument.dimensions.map(({ name, items: numbers }) => {
    const at = `${dimensionsField}.${name}`;
    const dimension = checkObject(metric, at, Object.hasOwn(dimensionMap, name) ? dimensionMap[name] : undefined);
    const count = checkCount(metric, `${at}.respondents`, dimension['respondents']);
    let most = 0;
    let total = 0;
    for (const number of numbers) {
      const answered = items[number - 1]!.count;
      most = Math.max(most, answered);
      total += answered;
    }
    const upTo = Math.min(total, respondents);
    if (count < most || count > upTo) {
      const expected = `from ${most} to ${upTo}: at least the answers to any one of its items, at most the answers to all of them and the respondents`;
      fail(metric, `${at}.respondents`, 'INCONSISTENT', expected, count);
    }
    const sums = readList(metric, `${at}.gapSumsByAnswered`, dimension['gapSumsByAnswered'], 'a list of whole numbers');
    if (sums.length !== numbers.length) {
      fail(metric, `${at}.gapSumsByAnswered`, 'INCONSISTENT', `an array of ${numbers.length} sums, one per number of items answered`, sums);
    }
    const gapSumsByAnswered = sums.map((sum, j) =>
      checkIntegerInRange(metric, `${at}.gapSumsByAnswered[${j}]`, sum, -count * (j + 1) * span, count * (j + 1) * span),
    );
    return { respondents: count, gapSumsByAnswered };
  });
  return { instrument, scale, respondents, unanswered, items, dimensions };
}

function scoreOf(
  metric: string,
  tally: Tally,
  weights: readonly number[] | undefined,
  emptyField: (name: string) => string,
  emptyReceived: unknown,
): ServqualResult {
  const gaps = tally.instrument.dimensions.map(({ name }, d) => {
    const { respondents, gapSumsByAnswered } = tally.dimensions[d]!;
    if (respondents === 0) {
      fail(metric, emptyField(name), 'EMPTY', `at least one respondent who answered an item of the "${name}" dimension`, emptyReceived);
    }
    return dimensionMean(gapSumsByAnswered, respondents);
  });
  const result = {
    itemGaps: tally.items.map(({ count, gapSum }) => (count === 0 ? null : gapSum / count)),
    dimensionGaps: Object.fromEntries(tally.instrument.dimensions.map(({ name }, d) => [name, gaps[d]!])),
    unweightedScore: gaps.reduce((sum, gap) => sum + gap, 0) / gaps.length,
    respondents: tally.respondents,
  };
  if (weights === undefined) return result;
  const weighted = gaps.reduce((sum, gap, d) => sum + weights[d]! * gap, 0) / 100;
  return { ...result, weightedScore: weighted };
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/**
 * The mean over `respondents` of the respondents' dimension gaps, from the sums of their gap
 * totals grouped by how many items they answered (`sums[j − 1]` for j items): Σⱼ sums[j−1] / j,
 * over the respondents.
 *
 * Over the least common multiple L of the j that occur, that sum is the whole number
 * Σⱼ sums[j−1] × (L / j), so while the whole numbers stay below 2⁵³ (always, with every item
 * answered: L = the dimension's size) the mean is one correctly rounded division. Otherwise it
 * falls back to adding the fractions in floating point: at most one term per item of the
 * dimension, so the error stays within a few ulps.
 */
function dimensionMean(sums: readonly number[], respondents: number): number {
  let lcm = 1;
  for (let j = 1; j <= sums.length && lcm <= Number.MAX_SAFE_INTEGER; j++) {
    if (sums[j - 1] !== 0) lcm = (lcm / gcd(lcm, j)) * j;
  }
  const denominator = lcm * respondents;
  if (denominator <= Number.MAX_SAFE_INTEGER) {
    let numerator = 0;
    let exact = true;
    for (let j = 1; j <= sums.length && exact; j++) {
      const term = sums[j - 1]! * (lcm / j);
      numerator += term;
      exact = Math.abs(term) <= Number.MAX_SAFE_INTEGER && Math.abs(numerator) <= Number.MAX_SAFE_INTEGER;
    }
    if (exact) return numerator / denominator;
  }
  let total = 0;
  for (let j = 1; j <= sums.length; j++) total += sums[j - 1]! / j;
  return total / respondents;
}
