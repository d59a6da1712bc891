import type { Accessor } from '../../types.js';
import { addCounts } from './addCounts.js';
import { readList } from '../checks/lists.js';
import { forEachValue, isMissing } from '../checks/sample.js';
import { checkScale, type Scale } from '../checks/scale.js';
import { checkCount, checkIntegerInRange, checkObject, fail } from '../checks/validate.js';

/**
 * How many answers each point of an integer rating scale received, and how many rows had no
 * answer: the summary shared by the rating-scale metrics (CSAT, CES, the engagement index).
 */
export interface ScaleHistogram extends Scale {
  /** `counts[i]` answers of `scaleMin + i`, lowest score first. */
  readonly counts: readonly number[];
  /** Rows without an answer (`null` or `undefined`). */
  readonly unanswered: number;
}

/**
 * One pass over the sample `field` into a {@link ScaleHistogram}. A value that is neither an
 * integer on the scale nor missing throws, naming `field[i]` (`scores[3]`).
 */
export function countScaleAnswers(
  metric: string,
  field: string,
  scores: unknown,
  valueof: Accessor<unknown, unknown> | undefined,
  { scaleMin, scaleMax }: Scale,
): ScaleHistogram {
  const points = scaleMax - scaleMin + 1;
  const histogram = new Float64Array(points);
  let unanswered = 0;
  // For a number, `offset >>> 0 === offset` holds exactly for the integers 0…2³²−1 (never for
  // NaN, ±Infinity, a negative or a fraction), so two tests validate and index a score.
  const count = (score: unknown, index: number): void => {
    if (typeof score === 'number') {
      const offset = score - scaleMin;
      if (offset >>> 0 === offset && offset < points) {
        histogram[offset]! += 1;
        return;
      }
    } else if (isMissing(score)) {
      unanswered++;
      return;
    }
    // Throws for anything but a bigint on the scale (read exactly), which is counted.
    histogram[checkIntegerInRange(metric, `${field}[${String(index)}]`, score, scaleMin, scaleMax) - scaleMin]! += 1;
  };
  forEachValue(metric, field, scores, valueof, count);
  return { scaleMin, scaleMax, counts: Array.from(histogram), unanswered };
}

/**
 * Checks a histogram summary named `field`: its scale, `counts` with one whole number ≥ 0 per
 * scale point, and `unanswered` (0 when absent, as warehouse counts come: the xFromSummary
 * functions take them, and merges read them the same way). Returns a fresh object with exactly
 * those four fields.
 *
 * The counts must total at most 2⁵³ − 1 (`OUT_OF_RANGE` at the count that passes it): below
 * that every sum the metrics form (answers, Σ score × count, 100 × a count) is exact and finite.
 */
export function checkScaleHistogram(metric: string, field: string, summary: unknown): ScaleHistogram {
  const object = checkObject(metric, field, summary);
  const { scaleMin, scaleMax } = checkScale(metric, field, object['scaleMin'], object['scaleMax']);
  const points = scaleMax - scaleMin + 1;
  const counts = readList(metric, `${field}.counts`, object['counts'], `a list of ${String(points)} counts`);
  if (counts.length !== points) {
    fail(metric, `${field}.counts`, 'INCONSISTENT', `one count per scale point (${String(points)})`, counts);
  }
  let total = 0;
  const checked: number[] = [];
  for (let i = 0; i < points; i++) {
    const name = `${field}.counts[${String(i)}]`;
    const n = checkCount(metric, name, counts[i]);
    total += n;
    if (total > Number.MAX_SAFE_INTEGER) fail(metric, name, 'OUT_OF_RANGE', 'a count, with the others, of at most 2⁵³ − 1 answers', counts[i]);
    checked.push(n);
  }
  const unanswered = object['unanswered'] === undefined ? 0 : checkCount(metric, `${field}.unanswered`, object['unanswered']);
  return { scaleMin, scaleMax, counts: checked, unanswered };
}

/**
 * Adds two checked histograms on the same scale; a different scale is `INCONSISTENT`, naming
 * `b.scaleMin` or `b.scaleMax`. Merged counts, or unanswered rows, totalling more than 2⁵³ − 1
 * are `OUT_OF_RANGE` (naming `b.counts` or `b.unanswered`), so a merge never leaves the range in
 * which sums are exact.
 */
export function mergeScaleHistograms(metric: string, left: ScaleHistogram, right: ScaleHistogram): ScaleHistogram {
  if (left.scaleMin !== right.scaleMin || left.scaleMax !== right.scaleMax) {
    const scale = `${String(left.scaleMin)}–${String(left.scaleMax)}`;
    const field = left.scaleMin === right.scaleMin ? 'b.scaleMax' : 'b.scaleMin';
    const received = left.scaleMin === right.scaleMin ? right.scaleMax : right.scaleMin;
    fail(metric, field, 'INCONSISTENT', `the same scale as a (${scale})`, received);
  }
  const counts = left.counts.map((count, i) => count + right.counts[i]!);
  if (counts.reduce((total, count) => total + count, 0) > Number.MAX_SAFE_INTEGER) {
    fail(metric, 'b.counts', 'OUT_OF_RANGE', "counts that, with a's, total at most 2⁵³ − 1", right.counts);
  }
  const unanswered = addCounts(metric, 'b.unanswered', left.unanswered, right.unanswered);
  return { scaleMin: left.scaleMin, scaleMax: left.scaleMax, counts, unanswered };
}

/**
 * Reads `scaleMin` and `scaleMax` from options. Without `summaryScale`, they default to
 * `defaults` and are checked as a scale; with it (computing from a summary), the scale is the
 * summary's, and an option naming another is `INCONSISTENT`.
 */
export function scaleFromOptions(
  metric: string,
  settings: Readonly<Record<string, unknown>>,
  defaults: Scale,
  summaryScale?: Scale,
): Scale {
  const scaleMin = settings['scaleMin'];
  const scaleMax = settings['scaleMax'];
  if (summaryScale === undefined) {
    return checkScale(metric, 'options', withDefault(scaleMin, defaults.scaleMin), withDefault(scaleMax, defaults.scaleMax));
  }
  for (const [name, value, expected] of [
    ['scaleMin', scaleMin, summaryScale.scaleMin],
    ['scaleMax', scaleMax, summaryScale.scaleMax],
  ] as const) {
    if (value !== undefined && value !== expected) {
      fail(metric, `options.${name}`, 'INCONSISTENT', `the summary's ${name} (${String(expected)}) or unset`, value);
    }
  }
  return { scaleMin: summaryScale.scaleMin, scaleMax: summaryScale.scaleMax };
}

/**
 * An option's value, or `fallback` when it is `undefined` (absent). `null` is not "absent": it
 * is passed on, to be rejected by the option's check, as the other metrics do.
 */
export function withDefault(value: unknown, fallback: unknown): unknown {
  return value === undefined ? fallback : value;
}

/** The number of answers (the sum of `counts`); `EMPTY`, naming `field`, when there is none. */
export function answeredOrThrow(metric: string, field: string, histogram: ScaleHistogram): number {
  let n = 0;
  for (const count of histogram.counts) n += count;
  if (n === 0) fail(metric, field, 'EMPTY', 'at least one answer', 0);
  return n;
}

/** The number of answers of a histogram named `field`, checked as {@link checkScaleHistogram} checks it; 0 is allowed. */
export function countAnswers(metric: string, field: string, summary: unknown): number {
  const histogram = checkScaleHistogram(metric, field, summary);
  return answersBetween(histogram, histogram.scaleMin, histogram.scaleMax);
}

/** The number of answers from `from` to `to`, both scale points, inclusive. */
export function answersBetween(histogram: ScaleHistogram, from: number, to: number): number {
  let n = 0;
  for (let i = from - histogram.scaleMin; i <= to - histogram.scaleMin; i++) n += histogram.counts[i] ?? 0;
  return n;
}

/**
 * The mean answer, Σ score × count / Σ count, in scale points; `EMPTY`, naming `field`, without
 * an answer. Σ score × count is a sum of whole numbers, exact below 2⁵³, so the one division
 * rounds correctly.
 */
export function histogramMean(metric: string, field: string, histogram: ScaleHistogram): number {
  const n = answeredOrThrow(metric, field, histogram);
  let total = 0;
  for (let i = 0; i < histogram.counts.length; i++) total += (histogram.scaleMin + i) * histogram.counts[i]!;
  return total / n;
}
