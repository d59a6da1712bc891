/**
 * Tests that mutation testing found missing in src/servqual: the exact dimension mean, bigint
 * and iterable answers, and the texts of a bad instrument, a bad summary, bad importance points
 * and a merge across instruments or scales.
 *
 * Equivalent mutants (no input can tell them apart):
 * - `sameInstrument`: `x.items === y.items` as `true`, the dimension-count test as `true`, and the
 *   item-count test of a dimension as `true`. Both instruments partition items 1…k into non-empty
 *   dimensions, so equal dimensions (names and items, compared in order) imply equal k and equal
 *   counts: a dimension shorter than its counterpart forces another to be longer, and that one fails
 *   the item-by-item comparison.
 * - `dimensionMean`: the lcm loop's `lcm <= MAX_SAFE_INTEGER` as `<` (an lcm of exactly 2⁵³ − 1 =
 *   6361 × 69431 × 20394401 needs a dimension far beyond the 1,000 items allowed), and
 *   `denominator <= MAX_SAFE_INTEGER` as `<` (a denominator of exactly 2⁵³ − 1 needs lcm 1 and
 *   2⁵³ − 1 respondents, where both routes make the same single division).
 * - `dimensionMean` outside the exact route: dividing the floating-point numerator anyway (the
 *   `denominator` and `exact` tests as `true`) instead of adding the fractions. Neither is
 *   correctly rounded there; both stay within the few ulps the doc comment promises.
 * - `summarise` and `answersOf`: the item loops' `i < k` as `i <= k` and the dimension loop's
 *   `d < dimensionCount` as `<=` (one read past the end finds `undefined`: no answer, no count),
 *   `answered++` as `answered--` (only compared with 0), `Array.isArray(given)` as `false` (an array
 *   is then copied by `Array.from`), and copying the answers at every bigint rather than the first.
 * - `checkImportance`: `> IMPORTANCE_TOLERANCE` as `>=` (|total − 100| is a multiple of 2⁻⁴⁶,
 *   which the double nearest 1e-9 is not).
 */
import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import type { MetricInputErrorCode } from '../errors/MetricInputError.js';
import { mergeServqualSummaries, servqual, servqualFromSummary, servqualSummary } from '../index.js';
import type { ServqualSummary } from '../index.js';

const instrument = { items: 3, dimensions: [{ name: 'all', items: [1, 2, 3] }] };

describe('servqual', () => {
  test('a dimension gap is the exact mean of the respondents\' gaps, correctly rounded', () => {
    // Respondent gaps on the dimension: −3 (one item answered), (−1 − 2) / 2 = −1.5 and
    // (−1 + 0 + 0) / 3 = −1/3. Their mean is −29/18 (by hand: (−54 − 27 − 6) / 54), whose nearest
    // double is −29 / 18; adding −3 + −1.5 + −0.333… in floating point gives a different last bit.
    const responses = [
      { expectations: [5, null, null], perceptions: [2, null, null] },
      { expectations: [5, 5, null], perceptions: [4, 3, null] },
      { expectations: [5, 5, 5], perceptions: [4, 5, 5] },
    ];
    expect(servqual(responses, { instrument }).dimensionGaps['all']).toBe(-29 / 18);
    expect((-3 + -1.5 + -1 / 3) / 3).not.toBe(-29 / 18);
  });

  test('bigint answers (an Int64 column) are read as the numbers they equal, without changing the input', () => {
    const numbers = [{ expectations: [7, 6, 5], perceptions: [5, 6, 7] }];
    const bigints = [{ expectations: [7n, 6n, 5n], perceptions: [5n, 6, 7n] }];
    expect(servqual(bigints, { instrument })).toStrictEqual(servqual(numbers, { instrument }));
    expect(bigints[0]!.expectations).toStrictEqual([7n, 6n, 5n]);
  });
});

describe('instrument and merge texts', () => {
  const response = { expectations: [5, 5, 5], perceptions: [4, 4, 4] };

  test('a bad instrument says what each part must be', () => {
    const cases: [unknown, MetricInputErrorCode, string, string][] = [
      [{ items: 3, dimensions: 5 }, 'WRONG_TYPE', 'options.instrument.dimensions', 'a list of dimensions { name, items }'],
      [{ items: 3, dimensions: [{ name: '', items: [1, 2, 3] }] }, 'WRONG_TYPE', 'options.instrument.dimensions[0].name', 'a non-empty string'],
      [{ items: 3, dimensions: [{ name: 'a', items: [1] }, { name: 'a', items: [2, 3] }] }, 'INCONSISTENT', 'options.instrument.dimensions[1].name', 'a name no other dimension has'],
      [{ items: 3, dimensions: [{ name: 'a', items: 5 }] }, 'WRONG_TYPE', 'options.instrument.dimensions[0].items', 'a list of item numbers'],
      [{ items: 3, dimensions: [{ name: 'a', items: [] }] }, 'INCONSISTENT', 'options.instrument.dimensions[0].items', 'at least one item number'],
      [{ items: 3, dimensions: [{ name: 'a', items: [1, 2] }, { name: 'b', items: [2, 3] }] }, 'INCONSISTENT', 'options.instrument.dimensions[1].items[0]', 'an item of no other dimension (item 2 is in "a")'],
    ];
    for (const [bad, code, field, expected] of cases) {
      const error = expectMetricError(() => servqual([response], { instrument: bad as typeof instrument }), { metric: 'servqual', code, field });
      expect(error.expected).toBe(expected);
    }
  });

  test('a merge across scales or instruments names what differs', () => {
    const a = servqualSummary([response], { instrument });
    const otherScale = servqualSummary([response], { instrument, scaleMin: 1, scaleMax: 5 });
    const scale = expectMetricError(() => mergeServqualSummaries(a, otherScale), { metric: 'mergeServqualSummaries', code: 'INCONSISTENT', field: 'b.scaleMax' });
    expect([scale.expected, scale.received]).toEqual(['the scale of a (1–7)', 5]);
    const split = { items: 3, dimensions: [{ name: 'all', items: [1, 2] }, { name: 'last', items: [3] }] };
    const other = servqualSummary([response], { instrument: split });
    const error = expectMetricError(() => mergeServqualSummaries(a, other), { metric: 'mergeServqualSummaries', code: 'INCONSISTENT', field: 'b.instrument' });
    expect(error.expected).toBe('the instrument of a (same items, dimension names and order)');
  });
});

/** The rational p / q (q > 0) that a finite double equals exactly. */
function exactValue(x: number): [bigint, bigint] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const mantissa = (biased === 0 ? fraction : fraction | (1n << 52n)) * (bits >> 63n === 1n ? -1n : 1n);
  const exponent = (biased === 0 ? 1 : biased) - 1075;
  return exponent >= 0 ? [mantissa << BigInt(exponent), 1n] : [mantissa, 1n << BigInt(-exponent)];
}

/** The next double after x, away from zero (+1 ulp) or towards it (−1 ulp). */
function stepUlp(x: number, ulps: 1 | -1): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigInt64(0, view.getBigInt64(0) + BigInt(ulps));
  return view.getFloat64(0);
}

/** |x − p/q| as a rational. */
function distance(x: number, p: bigint, q: bigint): [bigint, bigint] {
  const [a, b] = exactValue(x);
  const n = a * q - p * b;
  return [n < 0n ? -n : n, b * q];
}

/** Whether no double is nearer to p / q than x (x ≠ 0). */
function isNearestDouble(x: number, p: bigint, q: bigint): boolean {
  const [n, d] = distance(x, p, q);
  return [stepUlp(x, 1), stepUlp(x, -1)].every((y) => {
    const [m, e] = distance(y, p, q);
    return m * d >= n * e;
  });
}

const gcdBig = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcdBig(b, a % b));

/** Σⱼ sums[j − 1] / j over `respondents`, exactly, as p / q; and whether every whole number on the exact route stays at or below 2⁵³ − 1. */
function exactMean(sums: readonly number[], respondents: number): { p: bigint; q: bigint; safe: boolean } {
  const limit = BigInt(Number.MAX_SAFE_INTEGER);
  let lcm = 1n;
  sums.forEach((sum, j) => {
    if (sum !== 0) lcm = (lcm / gcdBig(lcm, BigInt(j + 1))) * BigInt(j + 1);
  });
  let p = 0n;
  let safe = lcm * BigInt(respondents) <= limit;
  sums.forEach((sum, j) => {
    const term = BigInt(sum) * (lcm / BigInt(j + 1));
    p += term;
    safe &&= (term < 0n ? -term : term) <= limit && (p < 0n ? -p : p) <= limit;
  });
  return { p, q: lcm * BigInt(respondents), safe };
}

/** A summary of one dimension of k items, each answered by all `respondents`, with the given sums. */
function oneDimension(respondents: number, gapSumsByAnswered: number[]): ServqualSummary {
  const k = gapSumsByAnswered.length;
  return {
    instrument: { items: k, dimensions: [{ name: 'all', items: Array.from({ length: k }, (_, i) => i + 1) }] },
    scaleMin: 1,
    scaleMax: 7,
    respondents,
    unanswered: 0,
    items: Array.from({ length: k }, () => ({ count: respondents, gapSum: 0 })),
    dimensions: { all: { respondents, gapSumsByAnswered } },
  };
}

describe('the dimension mean', () => {
  test('while its whole numbers stay below 2⁵³ it is the double nearest the exact mean (checked against BigInt arithmetic)', () => {
    // A fixed linear congruential sequence: dimensions of up to 45 items (the lcm of 1…k passes
    // 2⁵³ at k = 43) with half their sums zero, up to 2⁴⁹ respondents, sums up to 2⁴⁰.
    let seed = 20261206;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let checked = 0;
    for (let c = 0; c < 1500; c++) {
      const k = 1 + Math.floor(random() * (c % 3 === 0 ? 45 : 8));
      const respondents = c % 2 === 0 ? 1 + Math.floor(random() * 50) : 1 + Math.floor(random() * 2 ** (20 + Math.floor(random() * 30)));
      const sums = Array.from({ length: k }, (_, j) =>
        random() < 0.5 ? 0 : Math.round((random() * 2 - 1) * Math.min(respondents * (j + 1) * 6, 2 ** 40)),
      );
      const { p, q, safe } = exactMean(sums, respondents);
      if (!safe || p === 0n) continue;
      const gap = servqualFromSummary(oneDimension(respondents, sums)).dimensionGaps['all']!;
      if (!isNearestDouble(gap, p, q)) expect.fail(`respondents ${respondents}, sums [${sums.join(', ')}]: ${gap} is not the nearest double to ${p}/${q}`);
      checked++;
    }
    expect(checked).toBeGreaterThan(1000);
  });

  test('a dimension of 1,000 items answered in every count (an lcm far past 2⁵³) falls back to adding fractions, within a few ulps', () => {
    const sums = Array.from({ length: 1000 }, (_, j) => ((j * 7919) % 13) - 6);
    const { p, q } = exactMean(sums, 1);
    const gap = servqualFromSummary(oneDimension(1, sums)).dimensionGaps['all']!;
    let [low, high] = [gap, gap];
    for (let i = 0; i < 4; i++) [low, high] = [stepUlp(low, -1), stepUlp(high, 1)];
    // p / q lies between the doubles 4 ulps either side of the result.
    const [lowP, lowQ] = exactValue(Math.min(low, high));
    const [highP, highQ] = exactValue(Math.max(low, high));
    expect(lowP * q <= p * lowQ && p * highQ <= highP * q).toBe(true);
  });
});

describe('summary, importance and response texts', () => {
  const base = oneDimension(3, [-3, 0, 0]);
  const withAll = (all: unknown): ServqualSummary => ({ ...base, dimensions: { all: all as ServqualSummary['dimensions'][string] } });

  test('a bad summary says what each part must be', () => {
    const twoDimensions = servqualSummary([], { instrument: { items: 2, dimensions: [{ name: 'speed', items: [1] }, { name: 'care', items: [2] }] } });
    const cases: [ServqualSummary, MetricInputErrorCode, string, string][] = [
      [{ ...base, items: 5 as never }, 'WRONG_TYPE', 'summary.items', 'a list of { count, gapSum }'],
      [{ ...base, items: base.items.slice(0, 2) }, 'INCONSISTENT', 'summary.items', 'an array of 3 entries, one per item of the instrument'],
      [{ ...base, items: [{ count: 3, gapSum: 0 }, { count: 4, gapSum: 0 }, { count: 3, gapSum: 0 }] }, 'INCONSISTENT', 'summary.items[1].count', 'at most the respondents (3)'],
      [
        { ...base, items: [{ count: 1, gapSum: 0 }, { count: 0, gapSum: 0 }, { count: 1, gapSum: 0 }] },
        'INCONSISTENT',
        'summary.respondents',
        'at most the answers to all items (2): every respondent answered an item',
      ],
      [{ ...base, dimensions: { ...base.dimensions, price: {} as never } }, 'UNKNOWN_VALUE', 'summary.dimensions.price', 'a dimension of the instrument (all)'],
      [
        { ...twoDimensions, dimensions: { ...twoDimensions.dimensions, price: {} as never } },
        'UNKNOWN_VALUE',
        'summary.dimensions.price',
        'a dimension of the instrument (speed, care)',
      ],
      [
        withAll({ respondents: 2, gapSumsByAnswered: [-3, 0, 0] }),
        'INCONSISTENT',
        'summary.dimensions.all.respondents',
        'from 3 to 3: at least the answers to any one of its items, at most the answers to all of them and the respondents',
      ],
      [withAll({ respondents: 3, gapSumsByAnswered: 5 }), 'WRONG_TYPE', 'summary.dimensions.all.gapSumsByAnswered', 'a list of whole numbers'],
      [withAll({ respondents: 3, gapSumsByAnswered: [-3, 0] }), 'INCONSISTENT', 'summary.dimensions.all.gapSumsByAnswered', 'an array of 3 sums, one per number of items answered'],
    ];
    for (const [bad, code, field, expected] of cases) {
      expect(expectMetricError(() => servqualFromSummary(bad), { metric: 'servqualFromSummary', code, field }).expected).toBe(expected);
    }
  });

  test('bad importance points say what they must be', () => {
    const two = { items: 2, dimensions: [{ name: 'a', items: [1] }, { name: 'b', items: [2] }] };
    const response = { expectations: [5, 5], perceptions: [4, 4] };
    const cases: [Record<string, number>, string, string][] = [
      [{ a: 50, b: 40, c: 10 }, 'options.importance.c', 'a dimension of the instrument (a, b)'],
      [{ a: 100 }, 'options.importance.b', 'importance points for every dimension'],
      [{ a: 50, b: 40 }, 'options.importance', 'points that add up to 100 (within 1e-9)'],
    ];
    for (const [importance, field, expected] of cases) {
      const code = field.endsWith('.c') ? 'UNKNOWN_VALUE' : 'INCONSISTENT';
      const error = expectMetricError(() => servqual([response], { instrument: two, importance }), { metric: 'servqual', code, field });
      expect(error.expected).toBe(expected);
    }
  });

  test('answers may be any iterable (a typed array, a Set); anything else says what it must be', () => {
    const expected = servqual([{ expectations: [7, 6, 5], perceptions: [5, 6, 7] }], { instrument });
    const typed = { expectations: Int8Array.of(7, 6, 5), perceptions: new Set([5, 6, 7]) };
    expect(servqual([typed] as never, { instrument })).toStrictEqual(expected);
    const cases: [unknown, MetricInputErrorCode, string, string][] = [
      [5, 'WRONG_TYPE', 'responses[0]', 'an object { expectations, perceptions }'],
      [{ expectations: 5, perceptions: [1, 2, 3] }, 'WRONG_TYPE', 'responses[0].expectations', 'a list of 3 answers (null for no answer)'],
      [{ expectations: [1, 2], perceptions: [1, 2, 3] }, 'INCONSISTENT', 'responses[0].expectations', 'a list of 3 answers, one per item of the instrument'],
    ];
    for (const [bad, code, field, text] of cases) {
      expect(expectMetricError(() => servqual([bad] as never, { instrument }), { metric: 'servqual', code, field }).expected).toBe(text);
    }
  });

  test('a merge whose respondents or unanswered pass 2⁵³ − 1 names the count', () => {
    const big = { ...oneDimension(2 ** 52, [0]), unanswered: 2 ** 52 };
    expectMetricError(() => mergeServqualSummaries(big, big), { metric: 'mergeServqualSummaries', code: 'OUT_OF_RANGE', field: 'b.respondents' });
    const small = { ...oneDimension(1, [0]), unanswered: 2 ** 52 };
    expectMetricError(() => mergeServqualSummaries(small, small), { metric: 'mergeServqualSummaries', code: 'OUT_OF_RANGE', field: 'b.unanswered' });
  });
});
