import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, iterate, NOT_NUMBERS } from '../../test/helpers.js';
import {
  mergeServqualSummaries,
  servqual,
  servqualFromSummary,
  servqualInstrument,
  servqualSummary,
  type ServqualInstrument,
  type ServqualResponse,
  type ServqualResult,
  type ServqualSummary,
} from '../index.js';

// ── A worked example small enough to compute by hand ─────────────────────────────────────
// Five items on the 1–7 scale: reliability = items 1–3, empathy = items 4–5.
const small: ServqualInstrument = { items: 5, dimensions: [{ name: 'reliability', items: [1, 2, 3] }, { name: 'empathy', items: [4, 5] }] };
const handResponses: (ServqualResponse | null)[] = [
  // A: gaps P − E = [5−7, 6−6, 4−7, 5−5, 7−6] = [−2, 0, −3, 0, 1].
  { expectations: [7, 6, 7, 5, 6], perceptions: [5, 6, 4, 5, 7] },
  // B: item 1: 6−6 = 0; item 2 unanswered (no expectation); item 3: 6−7 = −1; item 4: 3−6 = −3;
  //    item 5 unanswered (no perception).
  { expectations: [6, null, 7, 6, 5], perceptions: [6, 5, 6, 3, null] },
  // C: only item 2: 4−7 = −3. No empathy item answered, so C does not count for empathy.
  { expectations: [null, 7, null, null, null], perceptions: [null, 4, null, null, undefined] },
  // D: nothing answered; and a missing response. Both are unanswered.
  { expectations: [null, null, null, null, null], perceptions: [1, 2, 3, 4, 5] },
  null,
];
// By hand:
// item gaps: 1: (−2 + 0)/2 = −1; 2: (0 − 3)/2 = −1.5; 3: (−3 − 1)/2 = −2; 4: (0 − 3)/2 = −1.5; 5: 1/1 = 1.
// reliability, per respondent: A (−2 + 0 − 3)/3 = −5/3; B (0 − 1)/2 = −1/2; C −3/1 = −3.
//   gap = (−5/3 − 1/2 − 3)/3 = (−10/6 − 3/6 − 18/6)/3 = (−31/6)/3 = −31/18.
// empathy, per respondent: A (0 + 1)/2 = 1/2; B −3/1 = −3. gap = (1/2 − 3)/2 = −5/4.
// unweighted = (−31/18 − 5/4)/2 = (−62/36 − 45/36)/2 = −107/72.
// weighted, reliability 60, empathy 40: 0.6 × (−31/18) + 0.4 × (−5/4) = −31/30 − 15/30 = −23/15.
const handSummary: ServqualSummary = {
  instrument: small,
  scaleMin: 1,
  scaleMax: 7,
  respondents: 3,
  unanswered: 2,
  items: [
    { count: 2, gapSum: -2 },
    { count: 2, gapSum: -3 },
    { count: 2, gapSum: -4 },
    { count: 2, gapSum: -3 },
    { count: 1, gapSum: 1 },
  ],
  dimensions: {
    // Gap totals by number of items answered: C answered 1 (−3), B 2 (−1), A 3 (−5).
    reliability: { respondents: 3, gapSumsByAnswered: [-3, -1, -5] },
    // B answered 1 (−3), A answered 2 (+1).
    empathy: { respondents: 2, gapSumsByAnswered: [-3, 1] },
  },
};

/** A response on the standard instrument with the same expectation 7 and the given gap on each item. */
function standardResponse(gapOf: (item: number) => number): ServqualResponse {
  const expectations = Array.from({ length: 22 }, () => 7);
  return { expectations, perceptions: expectations.map((e, i) => e + gapOf(i + 1)) };
}

/** A deep copy of a summary with one field changed (or removed, for `undefined` with `remove`). */
function tamper(summary: ServqualSummary, path: readonly (string | number)[], value: unknown, remove = false): ServqualSummary {
  const copy = structuredClone(summary) as unknown as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (remove) Reflect.deleteProperty(node, last);
  else node[last] = value;
  return copy as unknown as ServqualSummary;
}

describe('servqual', () => {
  test('the worked example, computed by hand', () => {
    const result = servqual(handResponses, { instrument: small, importance: { reliability: 60, empathy: 40 } });
    expect(result.itemGaps).toStrictEqual([-1, -1.5, -2, -1.5, 1]);
    // Each dimension gap is one correctly rounded division of whole numbers, so it is exactly
    // the double nearest the fraction.
    expect(result.dimensionGaps).toStrictEqual({ reliability: -31 / 18, empathy: -1.25 });
    expect(result.unweightedScore).toBeCloseTo(-107 / 72, 14);
    expect(result.weightedScore).toBeCloseTo(-23 / 15, 14);
    expect(result.respondents).toBe(3);
  });

  test('the worked example summary, counted by hand', () => {
    expect(servqualSummary(handResponses, { instrument: small })).toStrictEqual(handSummary);
  });

  test('reproduces a published example: 12manage dimension means −0.65, −1.10, −0.83, −0.70, −1.01', () => {
    // 12manage, "Weighted and Unweighted Average SERVQUAL Scores?"
    // (https://www.12manage.com/forum.asp?TB=zeithaml_servqual&S=54): dimension gaps
    // −0.65, −1.10, −0.83, −0.70, −1.01 give an unweighted score of −4.29 / 5 = −0.858 (shown −0.86).
    // 100 respondents built to have exactly those means, every item answered:
    // tangibles: 65 with gap −1; reliability: 10 with −2 and 90 with −1; responsiveness: 83 with
    // −1; assurance: 70 with −1; empathy: 1 with −2 and 99 with −1; all other gaps 0.
    const responses = Array.from({ length: 100 }, (_, r) =>
      standardResponse((item) => {
        if (item <= 4) return r < 65 ? -1 : 0;
        if (item <= 9) return r < 10 ? -2 : -1;
        if (item <= 13) return r < 83 ? -1 : 0;
        if (item <= 17) return r < 70 ? -1 : 0;
        return r < 1 ? -2 : -1;
      }),
    );
    const result = servqual(responses);
    expect(result.dimensionGaps).toStrictEqual({
      tangibles: -0.65,
      reliability: -1.1,
      responsiveness: -0.83,
      assurance: -0.7,
      empathy: -1.01,
    });
    expect(result.unweightedScore).toBeCloseTo(-0.858, 12);
    expect(result.respondents).toBe(100);
    expect(result.weightedScore).toBeUndefined();
    expect('weightedScore' in result).toBe(false);
  });

  test('the standard instrument: 22 items, five dimensions as numbered in the 1988 paper, frozen', () => {
    // Parasuraman, Zeithaml & Berry (1988): tangibles 1–4, reliability 5–9, responsiveness
    // 10–13, assurance 14–17, empathy 18–22.
    expect(servqualInstrument).toStrictEqual({
      items: 22,
      dimensions: [
        { name: 'tangibles', items: [1, 2, 3, 4] },
        { name: 'reliability', items: [5, 6, 7, 8, 9] },
        { name: 'responsiveness', items: [10, 11, 12, 13] },
        { name: 'assurance', items: [14, 15, 16, 17] },
        { name: 'empathy', items: [18, 19, 20, 21, 22] },
      ],
    });
    expect(Object.isFrozen(servqualInstrument)).toBe(true);
    expect(Object.isFrozen(servqualInstrument.dimensions)).toBe(true);
    expect(servqualInstrument.dimensions.every((d) => Object.isFrozen(d) && Object.isFrozen(d.items))).toBe(true);
    // A summary gets its own copy, which the caller may change freely.
    const summary = servqualSummary([]);
    expect(summary.instrument).toStrictEqual(servqualInstrument);
    expect(Object.isFrozen(summary.instrument)).toBe(false);
  });

  test('on the standard instrument, each dimension reads its own items', () => {
    // Gap −k on every item of the k-th dimension (tangibles −1 … empathy −5).
    const dimensionOf = (item: number): number => (item <= 4 ? 1 : item <= 9 ? 2 : item <= 13 ? 3 : item <= 17 ? 4 : 5);
    const result = servqual([standardResponse((item) => -dimensionOf(item))]);
    expect(result.dimensionGaps).toStrictEqual({ tangibles: -1, reliability: -2, responsiveness: -3, assurance: -4, empathy: -5 });
    // (−1 − 2 − 3 − 4 − 5)/5 = −3; weighted: (10 × −1 + 30 × −2 + 20 × −3 + 20 × −4 + 20 × −5)/100 = −310/100.
    expect(result.unweightedScore).toBe(-3);
    const weighted = servqual([standardResponse((item) => -dimensionOf(item))], {
      importance: { tangibles: 10, reliability: 30, responsiveness: 20, assurance: 20, empathy: 20 },
    });
    expect(weighted.weightedScore).toBeCloseTo(-3.1, 14);
  });

  test('gaps reach the ends of the scale: ±(scaleMax − scaleMin)', () => {
    const low = { expectations: Array<number>(22).fill(7), perceptions: Array<number>(22).fill(1) };
    expect(servqual([low]).unweightedScore).toBe(-6);
    expect(servqual([{ expectations: low.perceptions, perceptions: low.expectations }]).unweightedScore).toBe(6);
    // On a 0–10 scale.
    const instrument = { items: 1, dimensions: [{ name: 'all', items: [1] }] };
    expect(servqual([{ expectations: [10], perceptions: [0] }], { instrument, scaleMin: 0, scaleMax: 10 }).itemGaps).toStrictEqual([-10]);
  });

  test('an item nobody answered has a null gap; the dimensions do not need it', () => {
    const instrument = { items: 3, dimensions: [{ name: 'all', items: [1, 2, 3] }] };
    const result = servqual([{ expectations: [5, null, 4], perceptions: [3, 2, 4] }], { instrument });
    // Item 1: 3 − 5 = −2; item 2 unanswered; item 3: 0. Dimension: (−2 + 0)/2 = −1.
    expect(result.itemGaps).toStrictEqual([-2, null, 0]);
    expect(result.dimensionGaps).toStrictEqual({ all: -1 });
  });

  test('a custom instrument with one dimension: the scores are that dimension gap', () => {
    const instrument = { items: 2, dimensions: [{ name: 'overall', items: [2, 1] }] };
    const responses = [
      { expectations: [6, 7], perceptions: [5, 5] }, // (−1 − 2)/2 = −3/2
      { expectations: [4, 4], perceptions: [5, 5] }, // (1 + 1)/2 = 1
      { expectations: [4, null], perceptions: [6, 1] }, // 2/1 = 2
    ];
    // (−3/2 + 1 + 2)/3 = (3/2)/3 = 1/2.
    const result = servqual(responses, { instrument, importance: { overall: 100 } });
    expect(result).toStrictEqual({
      itemGaps: [(-1 + 1 + 2) / 3, (-2 + 1) / 2],
      dimensionGaps: { overall: 0.5 },
      unweightedScore: 0.5,
      weightedScore: 0.5,
      respondents: 3,
    });
    // The stored instrument lists each dimension's items in increasing order.
    expect(servqualSummary(responses, { instrument }).instrument).toStrictEqual({ items: 2, dimensions: [{ name: 'overall', items: [1, 2] }] });
  });

  test('dimension names are looked up as own keys only', () => {
    const instrument = { items: 2, dimensions: [{ name: 'constructor', items: [1] }, { name: 'toString', items: [2] }] };
    const result = servqual([{ expectations: [5, 5], perceptions: [4, 6] }], { instrument, importance: { constructor: 50, toString: 50 } });
    expect(result.dimensionGaps).toStrictEqual({ constructor: -1, toString: 1 });
    expect(result.weightedScore).toBe(0);
    expectMetricError(() => servqual([{ expectations: [5, 5], perceptions: [4, 6] }], { instrument, importance: { toString: 100 } }), {
      metric: 'servqual',
      code: 'INCONSISTENT',
      field: 'options.importance.constructor',
    });
  });

  test('importance points may miss 100 by 1e-9 at most', () => {
    const instrument = { items: 3, dimensions: ['a', 'b', 'c'].map((name, i) => ({ name, items: [i + 1] })) };
    const response = { expectations: [4, 4, 4], perceptions: [1, 4, 7] }; // gaps −3, 0, 3
    const third = 100 / 3;
    // Thirds: (−3 + 0 + 3)/3 = 0, within rounding.
    expect(servqual([response], { instrument, importance: { a: third, b: third, c: third } }).weightedScore).toBeCloseTo(0, 14);
    // 50.0000000004 + 0 + 50 = 100 + 4e-10: accepted. −3 × 0.500000000004 + 3 × 0.5 = −1.2e-11.
    expect(servqual([response], { instrument, importance: { a: 50.0000000004, b: 0, c: 50 } }).weightedScore).toBeCloseTo(0, 10);
    expectMetricError(() => servqual([response], { instrument, importance: { a: 50.000001, b: 0, c: 50 } }), {
      metric: 'servqual',
      code: 'INCONSISTENT',
      field: 'options.importance',
    });
  });

  test('skips missing responses and items, counting responses with nothing answered as unanswered', () => {
    const summary = servqualSummary([null, undefined, ...handResponses], { instrument: small });
    expect(summary.unanswered).toBe(4);
    expect(summary.respondents).toBe(3);
    // A one-sided answer must still be valid.
    expectMetricError(() => servqual([{ expectations: [null, 9, 1, 1, 1], perceptions: [1, null, 1, 1, 1] }], { instrument: small }), {
      metric: 'servqual',
      code: 'OUT_OF_RANGE',
      field: 'responses[0].expectations[1]',
    });
  });

  test('reads rows through an accessor, called once per row with its index', () => {
    const rows = handResponses.map((response) => ({ answers: response }));
    const calls: number[] = [];
    const result = servqual(
      rows,
      (row, index) => {
        calls.push(index);
        return row.answers;
      },
      { instrument: small },
    );
    expect(calls).toEqual([0, 1, 2, 3, 4]);
    expect(result).toStrictEqual(servqual(handResponses, { instrument: small }));
    expect(servqualSummary(rows, (row) => row.answers, { instrument: small })).toStrictEqual(handSummary);
  });

  test('accepts any iterable', () => {
    const expected = servqual(handResponses, { instrument: small });
    expect(servqual(iterate(handResponses), { instrument: small })).toStrictEqual(expected);
    expect(servqual(new Set(handResponses), { instrument: small })).toStrictEqual(expected);
  });

  test('does not mutate its input', () => {
    const responses = deepFreeze(structuredClone(handResponses));
    const instrument = deepFreeze({ items: 2, dimensions: [{ name: 'x', items: [2, 1] }] });
    const importance = deepFreeze({ reliability: 50, empathy: 50 });
    expect(() => servqual(responses, { instrument: small, importance })).not.toThrow();
    expect(() => servqualSummary([{ expectations: [1, 2], perceptions: [2, 1] }], { instrument })).not.toThrow();
    expect(responses).toStrictEqual(handResponses);
    expect(instrument.dimensions[0]?.items).toStrictEqual([2, 1]);
  });

  test('a dimension with many items and mixed answer counts, against exact rational arithmetic', () => {
    // One dimension of 41 items; respondent r (1…41) answers items 1…r, each with gap −1, +1
    // alternately, so their gap total is t(r) = −1 if r is odd, else 0, and their mean is t(r)/r.
    // Only odd r have a non-zero total; the least common multiple of the odd numbers to 41,
    // times 41 respondents, exceeds 2⁵³, so the sum cannot be formed exactly in doubles.
    // Compare with BigInt rationals: (Σ_{odd r} −1/r) / 41.
    const k = 41;
    const instrument = { items: k, dimensions: [{ name: 'all', items: Array.from({ length: k }, (_, i) => i + 1) }] };
    const responses = Array.from({ length: k }, (_, index) => {
      const r = index + 1;
      const expectations = Array.from({ length: k }, (_, i) => (i < r ? 4 : null));
      const perceptions = expectations.map((e, i) => (e === null ? null : e + (i % 2 === 0 ? -1 : 1)));
      return { expectations, perceptions };
    });
    let numerator = 0n;
    let denominator = 1n;
    for (let r = 1n; r <= 41n; r += 2n) {
      numerator = numerator * r - denominator; // a/b − 1/r = (a r − b)/(b r)
      denominator *= r;
    }
    denominator *= 41n;
    const scale = 10n ** 30n;
    const exact = Number((numerator * scale) / denominator) / 1e30;
    expect(servqual(responses, { instrument }).dimensionGaps['all']).toBeCloseTo(exact, 14);
  });

  test('rejects samples without a respondent in every dimension', () => {
    expectMetricError(() => servqual([]), { metric: 'servqual', code: 'EMPTY', field: 'responses' });
    expectMetricError(() => servqual([null, undefined]), { metric: 'servqual', code: 'EMPTY', field: 'responses' });
    expectMetricError(() => servqual([{ expectations: Array<null>(22).fill(null), perceptions: Array<number>(22).fill(4) }]), {
      metric: 'servqual',
      code: 'EMPTY',
    });
    // Respondent C of the worked example answered no empathy item.
    const error = expectMetricError(() => servqual([handResponses[2]], { instrument: small }), {
      metric: 'servqual',
      code: 'EMPTY',
      field: 'responses',
    });
    expect(error.message).toContain('"empathy"');
  });

  test.each([[8, 'OUT_OF_RANGE'], [0, 'OUT_OF_RANGE'], [6.5, 'NOT_INTEGER'], ...NOT_NUMBERS] as const)(
    'rejects the answer %o with %s, naming it',
    (bad, code) => {
      const perceptions: unknown[] = [1, 2, 3, 4, 5];
      perceptions[3] = bad;
      const response = { expectations: [1, 2, 3, 4, 5], perceptions } as unknown as ServqualResponse;
      const error = expectMetricError(() => servqual([handResponses[0]!, response], { instrument: small }), {
        metric: 'servqual',
        code,
        field: 'responses[1].perceptions[3]',
      });
      expect(error.received).toBe(bad);
      expect(error.message).toContain('must be an integer from 1 to 7');
    },
  );

  test('rejects responses of the wrong shape', () => {
    const run = (responses: unknown): ServqualResult => servqual(responses as ServqualResponse[], { instrument: small });
    for (const bad of [undefined, null, 5, 'responses', { length: 1 }]) {
      expectMetricError(() => run(bad), { metric: 'servqual', code: 'WRONG_TYPE', field: 'responses' });
    }
    for (const bad of [5, 'yes', [[1, 2, 3, 4, 5], [1, 2, 3, 4, 5]]]) {
      expectMetricError(() => run([bad]), { metric: 'servqual', code: 'WRONG_TYPE', field: 'responses[0]' });
    }
    expectMetricError(() => run([{ perceptions: [1, 2, 3, 4, 5] }]), { metric: 'servqual', code: 'WRONG_TYPE', field: 'responses[0].expectations' });
    expectMetricError(() => run([{ expectations: [1, 2, 3, 4, 5], perceptions: '12345' }]), {
      metric: 'servqual',
      code: 'WRONG_TYPE',
      field: 'responses[0].perceptions',
    });
    expectMetricError(() => run([{ expectations: [1, 2, 3, 4], perceptions: [1, 2, 3, 4, 5] }]), {
      metric: 'servqual',
      code: 'INCONSISTENT',
      field: 'responses[0].expectations',
    });
    expectMetricError(() => run([{ expectations: [1, 2, 3, 4, 5], perceptions: [1, 2, 3, 4, 5, 6] }]), {
      metric: 'servqual',
      code: 'INCONSISTENT',
      field: 'responses[0].perceptions',
    });
    // A 22-answer response is not a 5-item one.
    expectMetricError(() => run([standardResponse(() => 0)]), { metric: 'servqual', code: 'INCONSISTENT' });
  });

  test('rejects a bad scale and bad options', () => {
    const response = standardResponse(() => 0);
    expectMetricError(() => servqual([response], { scaleMin: 1.5 }), { metric: 'servqual', code: 'NOT_INTEGER', field: 'options.scaleMin' });
    expectMetricError(() => servqual([response], { scaleMin: 200 }), { metric: 'servqual', code: 'OUT_OF_RANGE', field: 'options.scaleMin' });
    expectMetricError(() => servqual([response], { scaleMin: 7 }), { metric: 'servqual', code: 'INCONSISTENT', field: 'options.scaleMax' });
    expectMetricError(() => servqual([response], { scaleMax: Number.NaN }), { metric: 'servqual', code: 'NOT_FINITE', field: 'options.scaleMax' });
    // An answer of 7 is off a 1–5 scale.
    expectMetricError(() => servqual([response], { scaleMax: 5 }), { metric: 'servqual', code: 'OUT_OF_RANGE', field: 'responses[0].expectations[0]' });
    expectMetricError(() => servqual([response], 'standard' as never), { metric: 'servqual', code: 'WRONG_TYPE', field: 'options' });
    expectMetricError(() => servqual([response], 5 as never, {}), { metric: 'servqual', code: 'WRONG_TYPE', field: 'response' });
  });

  test('rejects an instrument whose dimensions do not partition its items', () => {
    const response = { expectations: [1, 2, 3], perceptions: [1, 2, 3] };
    const run = (instrument: unknown): ServqualResult => servqual([response], { instrument: instrument as ServqualInstrument });
    const field = 'options.instrument';
    const dims = (...list: unknown[]): unknown => ({ items: 3, dimensions: list });
    const cases: [unknown, string, string][] = [
      ['standard', 'WRONG_TYPE', field],
      [{ items: 0, dimensions: [] }, 'OUT_OF_RANGE', `${field}.items`],
      [{ items: 1001, dimensions: [] }, 'OUT_OF_RANGE', `${field}.items`],
      [{ items: 2.5, dimensions: [] }, 'NOT_INTEGER', `${field}.items`],
      [{ items: '3', dimensions: [] }, 'WRONG_TYPE', `${field}.items`],
      [{ items: 3, dimensions: {} }, 'WRONG_TYPE', `${field}.dimensions`],
      [dims(5), 'WRONG_TYPE', `${field}.dimensions[0]`],
      [dims({ name: '', items: [1, 2, 3] }), 'WRONG_TYPE', `${field}.dimensions[0].name`],
      [dims({ name: 7, items: [1, 2, 3] }), 'WRONG_TYPE', `${field}.dimensions[0].name`],
      [dims({ name: 'a', items: [1, 2] }, { name: 'a', items: [3] }), 'INCONSISTENT', `${field}.dimensions[1].name`],
      [dims({ name: 'a', items: '123' }), 'WRONG_TYPE', `${field}.dimensions[0].items`],
      [dims({ name: 'a', items: [1, 2, 3] }, { name: 'b', items: [] }), 'INCONSISTENT', `${field}.dimensions[1].items`],
      [dims({ name: 'a', items: [0, 1, 2, 3] }), 'OUT_OF_RANGE', `${field}.dimensions[0].items[0]`],
      [dims({ name: 'a', items: [1, 2, 4] }), 'OUT_OF_RANGE', `${field}.dimensions[0].items[2]`],
      [dims({ name: 'a', items: [1, 2.5, 3] }), 'NOT_INTEGER', `${field}.dimensions[0].items[1]`],
      [dims({ name: 'a', items: [1, 2] }, { name: 'b', items: [2, 3] }), 'INCONSISTENT', `${field}.dimensions[1].items[0]`],
      [dims({ name: 'a', items: [1, 2, 3, 1] }), 'INCONSISTENT', `${field}.dimensions[0].items[3]`],
      [dims({ name: 'a', items: [1, 3] }), 'INCONSISTENT', `${field}.dimensions`],
      [dims(), 'INCONSISTENT', `${field}.dimensions`],
    ];
    for (const [instrument, code, at] of cases) {
      expectMetricError(() => run(instrument), { metric: 'servqual', code: code as never, field: at });
    }
    const error = expectMetricError(() => run(dims({ name: 'a', items: [1, 3] })), { metric: 'servqual', code: 'INCONSISTENT' });
    expect(error.message).toContain('item 2 is in none');
  });

  test('rejects bad importance points', () => {
    const response = standardResponse(() => -1);
    const equal = { tangibles: 20, reliability: 20, responsiveness: 20, assurance: 20, empathy: 20 };
    const run = (importance: unknown): ServqualResult => servqual([response], { importance: importance as Record<string, number> });
    const field = 'options.importance';
    expect(run(equal).weightedScore).toBe(-1);
    const cases: [unknown, string, string][] = [
      ['equal', 'WRONG_TYPE', field],
      [[20, 20, 20, 20, 20], 'WRONG_TYPE', field],
      [{ ...equal, price: 0 }, 'UNKNOWN_VALUE', `${field}.price`],
      [{ tangibles: 25, reliability: 25, responsiveness: 25, assurance: 25 }, 'INCONSISTENT', `${field}.empathy`],
      [{ ...equal, empathy: undefined }, 'WRONG_TYPE', `${field}.empathy`],
      [{ ...equal, tangibles: 60, empathy: -20 }, 'NEGATIVE', `${field}.empathy`],
      [{ ...equal, empathy: Number.NaN }, 'NOT_FINITE', `${field}.empathy`],
      [{ ...equal, empathy: '20' }, 'WRONG_TYPE', `${field}.empathy`],
      [{ ...equal, empathy: 19 }, 'INCONSISTENT', field],
      [{ ...equal, empathy: 21 }, 'INCONSISTENT', field],
      [{ tangibles: 0.2, reliability: 0.2, responsiveness: 0.2, assurance: 0.2, empathy: 0.2 }, 'INCONSISTENT', field],
    ];
    for (const [importance, code, at] of cases) {
      expectMetricError(() => run(importance), { metric: 'servqual', code: code as never, field: at });
    }
    // The points are checked before the responses are read.
    expectMetricError(() => servqual([5 as never], { importance: { price: 100 } }), { metric: 'servqual', code: 'UNKNOWN_VALUE' });
  });

  test('names the function the caller called', () => {
    expectMetricError(() => servqualSummary([{ expectations: [9], perceptions: [1] }], { instrument: { items: 1, dimensions: [{ name: 'a', items: [1] }] } }), {
      metric: 'servqualSummary',
      code: 'OUT_OF_RANGE',
      field: 'responses[0].expectations[0]',
    });
    expectMetricError(() => servqualSummary([], { scaleMin: 'one' as never }), { metric: 'servqualSummary', code: 'WRONG_TYPE', field: 'options.scaleMin' });
  });

  test('types: responses or rows with an accessor; the result type', () => {
    expectTypeOf(servqual).toBeCallableWith([{ expectations: [1, null], perceptions: [undefined, 2] }, null]);
    expectTypeOf(servqual<{ r: ServqualResponse }>).toBeCallableWith([{ r: { expectations: [], perceptions: [] } }], (row: { r: ServqualResponse }) => row.r);
    // @ts-expect-error answers are numbers, not strings
    expectTypeOf(servqual).toBeCallableWith([{ expectations: ['7'], perceptions: [7] }]);
    expectTypeOf(servqual).returns.toEqualTypeOf<ServqualResult>();
    expectTypeOf(servqualSummary([])).toEqualTypeOf<ServqualSummary>();
    expectTypeOf<ServqualResult['itemGaps']>().toEqualTypeOf<readonly (number | null)[]>();
  });
});

describe('servqualFromSummary', () => {
  test('computes the worked example from its summary', () => {
    expect(servqualFromSummary(handSummary, { importance: { reliability: 60, empathy: 40 } })).toStrictEqual(
      servqual(handResponses, { instrument: small, importance: { reliability: 60, empathy: 40 } }),
    );
    expect(servqualFromSummary(handSummary).dimensionGaps).toStrictEqual({ reliability: -31 / 18, empathy: -1.25 });
  });

  test('accepts a JSON round trip and a summary whose instrument lists items in any order', () => {
    expect(servqualFromSummary(JSON.parse(JSON.stringify(handSummary)) as ServqualSummary)).toStrictEqual(servqualFromSummary(handSummary));
    const shuffled = tamper(handSummary, ['instrument', 'dimensions', 0, 'items'], [3, 1, 2]);
    expect(servqualFromSummary(shuffled)).toStrictEqual(servqualFromSummary(handSummary));
  });

  test('reads an absent unanswered as 0, as every xFromSummary does, and still checks a present one', () => {
    const { unanswered, ...withoutUnanswered } = handSummary;
    expect(unanswered).toBeGreaterThanOrEqual(0);
    expect(servqualFromSummary(withoutUnanswered)).toStrictEqual(servqualFromSummary(handSummary));
    expectMetricError(() => servqualFromSummary({ ...handSummary, unanswered: -1 }), {
      metric: 'servqualFromSummary',
      code: 'NEGATIVE',
      field: 'summary.unanswered',
    });
  });

  test('rejects a dimension without respondents', () => {
    const summary = servqualSummary([handResponses[2]], { instrument: small });
    expectMetricError(() => servqualFromSummary(summary), {
      metric: 'servqualFromSummary',
      code: 'EMPTY',
      field: 'summary.dimensions.empathy.respondents',
    });
    expectMetricError(() => servqualFromSummary(servqualSummary([])), {
      metric: 'servqualFromSummary',
      code: 'EMPTY',
      field: 'summary.dimensions.tangibles.respondents',
    });
  });

  test.each([
    [[], null, 'WRONG_TYPE', 'summary'],
    [['instrument', 'items'], 6, 'INCONSISTENT', 'summary.instrument.dimensions'],
    [['scaleMax'], 1, 'INCONSISTENT', 'summary.scaleMax'],
    [['scaleMin'], undefined, 'WRONG_TYPE', 'summary.scaleMin'],
    [['respondents'], 2.5, 'NOT_INTEGER', 'summary.respondents'],
    [['respondents'], 10, 'INCONSISTENT', 'summary.respondents'],
    [['unanswered'], -1, 'NEGATIVE', 'summary.unanswered'],
    [['items'], {}, 'WRONG_TYPE', 'summary.items'],
    [['items', 4], 'x', 'WRONG_TYPE', 'summary.items[4]'],
    [['items', 0, 'count'], -1, 'NEGATIVE', 'summary.items[0].count'],
    [['items', 0, 'count'], 4, 'INCONSISTENT', 'summary.items[0].count'],
    [['items', 0, 'gapSum'], 1.5, 'NOT_INTEGER', 'summary.items[0].gapSum'],
    [['items', 4, 'gapSum'], 7, 'OUT_OF_RANGE', 'summary.items[4].gapSum'],
    [['items', 4, 'gapSum'], Number.POSITIVE_INFINITY, 'NOT_FINITE', 'summary.items[4].gapSum'],
    [['dimensions'], [], 'WRONG_TYPE', 'summary.dimensions'],
    [['dimensions', 'price'], { respondents: 0, gapSumsByAnswered: [0] }, 'UNKNOWN_VALUE', 'summary.dimensions.price'],
    [['dimensions', 'reliability', 'respondents'], 1, 'INCONSISTENT', 'summary.dimensions.reliability.respondents'],
    [['dimensions', 'empathy', 'respondents'], 4, 'INCONSISTENT', 'summary.dimensions.empathy.respondents'],
    [['dimensions', 'empathy', 'respondents'], -2, 'NEGATIVE', 'summary.dimensions.empathy.respondents'],
    [['dimensions', 'reliability', 'gapSumsByAnswered'], 5, 'WRONG_TYPE', 'summary.dimensions.reliability.gapSumsByAnswered'],
    [['dimensions', 'reliability', 'gapSumsByAnswered'], [-3, -1], 'INCONSISTENT', 'summary.dimensions.reliability.gapSumsByAnswered'],
    // Bound: 3 respondents × 1 item × 6 points.
    [['dimensions', 'reliability', 'gapSumsByAnswered', 0], -19, 'OUT_OF_RANGE', 'summary.dimensions.reliability.gapSumsByAnswered[0]'],
    [['dimensions', 'reliability', 'gapSumsByAnswered', 2], 0.5, 'NOT_INTEGER', 'summary.dimensions.reliability.gapSumsByAnswered[2]'],
  ] as const)('rejects %j = %o with %s', (path, value, code, field) => {
    const summary = path.length === 0 ? (value as never) : tamper(handSummary, path, value);
    expectMetricError(() => servqualFromSummary(summary), { metric: 'servqualFromSummary', code, field });
  });

  test('rejects a summary without one of its dimensions, and bad importance points', () => {
    expectMetricError(() => servqualFromSummary(tamper(handSummary, ['dimensions', 'empathy'], undefined, true)), {
      metric: 'servqualFromSummary',
      code: 'WRONG_TYPE',
      field: 'summary.dimensions.empathy',
    });
    expectMetricError(() => servqualFromSummary(handSummary, { importance: { reliability: 100 } }), {
      metric: 'servqualFromSummary',
      code: 'INCONSISTENT',
      field: 'options.importance.empathy',
    });
    expectMetricError(() => servqualFromSummary(handSummary, 3 as never), { metric: 'servqualFromSummary', code: 'WRONG_TYPE', field: 'options' });
  });
});

describe('mergeServqualSummaries', () => {
  test('adds the sums field by field', () => {
    // The worked example split after respondent B.
    const first = servqualSummary(handResponses.slice(0, 2), { instrument: small });
    const second = servqualSummary(handResponses.slice(2), { instrument: small });
    expect(first.dimensions).toStrictEqual({
      reliability: { respondents: 2, gapSumsByAnswered: [0, -1, -5] },
      empathy: { respondents: 2, gapSumsByAnswered: [-3, 1] },
    });
    expect(mergeServqualSummaries(first, second)).toStrictEqual(handSummary);
  });

  test('rejects summaries of different scales or instruments', () => {
    const summary = servqualSummary([], { instrument: small });
    expectMetricError(() => mergeServqualSummaries(summary, servqualSummary([], { instrument: small, scaleMax: 5 })), {
      metric: 'mergeServqualSummaries',
      code: 'INCONSISTENT',
      field: 'b.scaleMax',
    });
    expectMetricError(() => mergeServqualSummaries(summary, servqualSummary([], { instrument: small, scaleMin: 0 })), {
      metric: 'mergeServqualSummaries',
      code: 'INCONSISTENT',
      field: 'b.scaleMin',
    });
    const renamed = { items: 5, dimensions: [{ name: 'reliability', items: [1, 2, 3] }, { name: 'care', items: [4, 5] }] };
    const moved = { items: 5, dimensions: [{ name: 'reliability', items: [1, 2] }, { name: 'empathy', items: [3, 4, 5] }] };
    const reordered = { items: 5, dimensions: [small.dimensions[1]!, small.dimensions[0]!] };
    for (const instrument of [renamed, moved, reordered, servqualInstrument]) {
      expectMetricError(() => mergeServqualSummaries(summary, servqualSummary([], { instrument })), {
        metric: 'mergeServqualSummaries',
        code: 'INCONSISTENT',
        field: 'b.instrument',
      });
    }
  });

  test('rejects a bad summary, naming a or b', () => {
    expectMetricError(() => mergeServqualSummaries(tamper(handSummary, ['respondents'], -1), handSummary), {
      metric: 'mergeServqualSummaries',
      code: 'NEGATIVE',
      field: 'a.respondents',
    });
    expectMetricError(() => mergeServqualSummaries(handSummary, tamper(handSummary, ['items', 1, 'count'], Number.NaN)), {
      metric: 'mergeServqualSummaries',
      code: 'NOT_FINITE',
      field: 'b.items[1].count',
    });
  });
});
