import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, iterate, NOT_NUMBERS } from '../../test/helpers.js';
import { ces, cesFromSummary, cesSummary, mergeCesSummaries, type CesResult, type CesSummary } from '../index.js';

/** `n` copies of `score`. */
const times = (n: number, score: number): number[] => Array<number>(n).fill(score);

const cesOne = { scaleMax: 5, easyEnd: 'low' } as const;

describe('ces', () => {
  test('CES 2.0 by default: 1–7, 5–7 easy ("agree"), 4 neutral, 1–3 difficult', () => {
    // By hand: 1…7 once each: mean 28 / 7 = 4; 3 easy and 3 difficult of 7.
    expect(ces([1, 2, 3, 4, 5, 6, 7])).toStrictEqual({
      mean: 4,
      easyPercent: 300 / 7,
      difficultPercent: 300 / 7,
      net: 0,
      answers: 7,
      easyAnswers: 3,
      difficultAnswers: 3,
    });
    // The edges are 3 | 4 | 5.
    expect(cesSummary([3, 4, 5]).counts).toStrictEqual([0, 0, 1, 1, 1, 0, 0]);
    expect(ces([4]).net).toBe(0);
    expect(ces([5]).easyPercent).toBe(100);
    expect(ces([3]).difficultPercent).toBe(100);
  });

  test("reproduces Delighted's worked example: 10 agree of 20 on 1–5 is a CES of 50", () => {
    // Delighted, "How is CES calculated?": disagree 1–2 (5 answers), neutral 3 (5), agree 4–5
    // (10): CES = 50. The split within a band is ours; it does not change the percentages.
    const scores = [...times(2, 1), ...times(3, 2), ...times(5, 3), ...times(4, 4), ...times(6, 5)];
    const result = ces(scores, { scaleMax: 5 });
    expect(result.easyPercent).toBe(50);
    expect(result.difficultPercent).toBe(25);
    expect(result.net).toBe(25);
    // Mean by hand: (2 + 6 + 15 + 16 + 30) / 20 = 69 / 20.
    expect(result.mean).toBe(3.45);
  });

  test('CES 1.0 (Dixon et al. 2010): 1 = very low effort … 5 = very high effort, low is easy', () => {
    // By hand: [1, 1, 2, 3, 4, 5, 5, 5]: mean 26 / 8 = 3.25; easy 1–2: 3 of 8 = 37.5 %;
    // difficult 4–5: 4 of 8 = 50 %; net −12.5.
    expect(ces([1, 1, 2, 3, 4, 5, 5, 5], cesOne)).toStrictEqual({
      mean: 3.25,
      easyPercent: 37.5,
      difficultPercent: 50,
      net: -12.5,
      answers: 8,
      easyAnswers: 3,
      difficultAnswers: 4,
    });
  });

  test('the default bands are the two halves; an even scale has no neutral point', () => {
    // 1–10, high is easy: 6–10 easy, 1–5 difficult. By hand: 2 easy, 2 difficult of 4.
    expect(ces([5, 6, 1, 10], { scaleMax: 10 })).toMatchObject({ easyAnswers: 2, difficultAnswers: 2, net: 0 });
    // 0–1 (thumbs down / up): one box each.
    expect(ces([0, 1, 1, 1], { scaleMin: 0, scaleMax: 1 })).toMatchObject({ easyPercent: 75, net: 50 });
    // Low is easy on 0–1: 0 is easy.
    expect(ces([0, 1, 1, 1], { scaleMin: 0, scaleMax: 1, easyEnd: 'low' })).toMatchObject({ easyPercent: 25, net: -50 });
  });

  test('custom bands', () => {
    // 1–7, top two boxes easy (6–7), bottom box difficult (1). By hand: [7, 6, 5, 2, 1]:
    // 2 easy, 1 difficult of 5.
    const result = ces([7, 6, 5, 2, 1], { easyBoxes: 2, difficultBoxes: 1 });
    expect(result).toMatchObject({ easyAnswers: 2, difficultAnswers: 1, easyPercent: 40, difficultPercent: 20, net: 20 });
    // Low is easy, one box: only 1 is easy, 4–5 difficult.
    expect(ces([1, 2, 4, 5], { ...cesOne, easyBoxes: 1 })).toMatchObject({ easyAnswers: 1, difficultAnswers: 2 });
    // The bands may meet (no neutral point): 1–7 with 4 easy (4–7) and 3 difficult (1–3).
    expect(ces([4, 3], { easyBoxes: 4, difficultBoxes: 3 })).toMatchObject({ easyAnswers: 1, difficultAnswers: 1 });
    // A wide easy band leaves the difficult band the rest by default: 1–5, easy 3–5, difficult 1–2.
    expect(ces([3, 2, 1], { scaleMax: 5, easyBoxes: 3 })).toMatchObject({ easyAnswers: 1, difficultAnswers: 2 });
    expect(ces([2, 1], { scaleMax: 5, easyBoxes: 4 })).toMatchObject({ easyAnswers: 1, difficultAnswers: 1 });
  });

  test('net is one division, not the difference of two rounded percentages', () => {
    // 1 easy, 0 difficult of 3: exactly the double nearest 100/3.
    expect(ces([7, 4, 4]).net).toBe(100 / 3);
    expect(ces([7, 7, 1]).net).toBe(100 / 3);
  });

  test('skips and counts null and undefined as "no answer"', () => {
    expect(ces([7, null, 1, undefined])).toStrictEqual(ces([7, 1]));
    expect(cesSummary([7, null, undefined]).unanswered).toBe(2);
  });

  test('reads rows through an accessor, called once per row with its index', () => {
    const rows = [{ effort: 1 }, { effort: 5 }, { effort: null }];
    const calls: number[] = [];
    const result = ces(
      rows,
      (row, index) => {
        calls.push(index);
        return row.effort;
      },
      cesOne,
    );
    expect(result.net).toBe(0);
    expect(calls).toEqual([0, 1, 2]);
  });

  test('accepts any iterable', () => {
    expect(ces(iterate([7, 1, 5]))).toStrictEqual(ces([7, 1, 5]));
    expect(ces(new Set([7, 1, 5]))).toStrictEqual(ces([7, 1, 5]));
    expect(ces(Uint8Array.from([7, 1, 5]))).toStrictEqual(ces([7, 1, 5]));
    expect(ces(iterate([{ s: 7 }]), (row) => row.s).easyPercent).toBe(100);
  });

  test('does not mutate its input', () => {
    const scores = deepFreeze([7, 5, null, 1]);
    const options = deepFreeze({ scaleMax: 7, easyEnd: 'high' as const, easyBoxes: 2 });
    expect(() => ces(scores, options)).not.toThrow();
    expect(() => ces(deepFreeze([{ s: 2 }]), (row) => row.s)).not.toThrow();
  });

  test('rejects an empty sample or one with no answer', () => {
    expectMetricError(() => ces([]), { metric: 'ces', code: 'EMPTY', field: 'scores' });
    expectMetricError(() => ces([null, undefined]), { metric: 'ces', code: 'EMPTY' });
  });

  test.each([[8, 'OUT_OF_RANGE'], [0, 'OUT_OF_RANGE'], [2.5, 'NOT_INTEGER'], ...NOT_NUMBERS] as const)(
    'rejects the score %o with %s, naming its index',
    (bad, code) => {
      const error = expectMetricError(() => ces([7, 1, bad as number]), { metric: 'ces', code, field: 'scores[2]' });
      expect(error.received).toBe(bad);
    },
  );

  test('checks scores against the chosen scale', () => {
    expectMetricError(() => ces([6], cesOne), { metric: 'ces', code: 'OUT_OF_RANGE', field: 'scores[0]' });
    expectMetricError(() => cesSummary([9]), { metric: 'cesSummary', code: 'OUT_OF_RANGE', field: 'scores[0]' });
  });

  test('rejects what is not a sample and a misplaced accessor', () => {
    for (const bad of [undefined, null, 5, '7 6']) {
      expectMetricError(() => ces(bad as unknown as number[]), { metric: 'ces', code: 'WRONG_TYPE', field: 'scores' });
    }
    expectMetricError(() => ces([7], 5 as never, {}), { metric: 'ces', code: 'WRONG_TYPE', field: 'score' });
  });

  test('rejects bad options', () => {
    const cases: [unknown, string, string][] = [
      ['standard', 'WRONG_TYPE', 'options'],
      [{ easyEnd: 'middle' }, 'UNKNOWN_VALUE', 'options.easyEnd'],
      [{ easyEnd: 1 }, 'WRONG_TYPE', 'options.easyEnd'],
      [{ easyBoxes: 0 }, 'OUT_OF_RANGE', 'options.easyBoxes'],
      [{ easyBoxes: 7 }, 'OUT_OF_RANGE', 'options.easyBoxes'],
      [{ easyBoxes: 2.5 }, 'NOT_INTEGER', 'options.easyBoxes'],
      [{ easyBoxes: '3' }, 'WRONG_TYPE', 'options.easyBoxes'],
      [{ difficultBoxes: 0 }, 'OUT_OF_RANGE', 'options.difficultBoxes'],
      [{ difficultBoxes: Number.NaN }, 'NOT_FINITE', 'options.difficultBoxes'],
      [{ easyBoxes: 4, difficultBoxes: 4 }, 'INCONSISTENT', 'options.difficultBoxes'],
      [{ scaleMax: 5, easyBoxes: 3, difficultBoxes: 3 }, 'INCONSISTENT', 'options.difficultBoxes'],
      [{ scaleMax: 1 }, 'INCONSISTENT', 'options.scaleMax'],
      [{ scaleMin: 'one' }, 'WRONG_TYPE', 'options.scaleMin'],
      [{ scaleMin: 1.5 }, 'NOT_INTEGER', 'options.scaleMin'],
      [{ scaleMax: 500 }, 'OUT_OF_RANGE', 'options.scaleMax'],
      // null is not "unset" (as in nps): it is rejected.
      [{ easyEnd: null }, 'WRONG_TYPE', 'options.easyEnd'],
      [{ easyBoxes: null }, 'WRONG_TYPE', 'options.easyBoxes'],
      [{ scaleMax: null }, 'WRONG_TYPE', 'options.scaleMax'],
    ];
    for (const [options, code, field] of cases) {
      expectMetricError(() => ces([1], options as never), { metric: 'ces', code: code as never, field });
      expectMetricError(() => cesSummary([1], options as never), { metric: 'cesSummary', code: code as never, field });
    }
  });

  test('types: scores are numbers or missing; an accessor types its rows', () => {
    expectTypeOf(ces).toBeCallableWith([7, null, undefined]);
    expectTypeOf(ces<{ s: number }>).toBeCallableWith([{ s: 1 }], (row: { s: number }) => row.s);
    // @ts-expect-error strings are not scores
    expectTypeOf(ces).toBeCallableWith(['7']);
    // @ts-expect-error the direction is "high" or "low"
    expectTypeOf(ces).toBeCallableWith([7], { easyEnd: 'up' });
    expectTypeOf(ces([1])).toEqualTypeOf<CesResult>();
    expectTypeOf(cesSummary([1])).toEqualTypeOf<CesSummary>();
  });
});

describe('cesSummary, mergeCesSummaries, cesFromSummary', () => {
  test('a summary keeps the scale and the direction', () => {
    expect(cesSummary([1, 2, 2, 5, undefined], cesOne)).toStrictEqual({
      scaleMin: 1,
      scaleMax: 5,
      easyEnd: 'low',
      counts: [1, 2, 0, 0, 1],
      unanswered: 1,
    });
    expect(cesSummary([])).toStrictEqual({ scaleMin: 1, scaleMax: 7, easyEnd: 'high', counts: times(7, 0), unanswered: 0 });
  });

  test('the batch result is the result of the summary', () => {
    const scores = [1, 2, 2, 3, 5, null];
    expect(cesFromSummary(cesSummary(scores, cesOne), { easyBoxes: 1 })).toStrictEqual(
      ces(scores, { ...cesOne, easyBoxes: 1 }),
    );
  });

  test('merges counts on the same scale and direction', () => {
    const merged = mergeCesSummaries(cesSummary([7, 6, null]), cesSummary([1]));
    expect(merged).toStrictEqual({ scaleMin: 1, scaleMax: 7, easyEnd: 'high', counts: [1, 0, 0, 0, 0, 1, 1], unanswered: 1 });
    // By hand: 2 easy, 1 difficult of 3.
    expect(cesFromSummary(merged).net).toBe(100 / 3);
  });

  test('computes from warehouse counts; options may repeat the summary', () => {
    const summary = { scaleMin: 1, scaleMax: 5, easyEnd: 'low', counts: [4, 4, 2, 0, 0], unanswered: 3 } as const;
    // By hand: 8 easy of 10; mean (4 + 8 + 6) / 10 = 1.8.
    expect(cesFromSummary(summary)).toMatchObject({ easyPercent: 80, mean: 1.8, net: 80 });
    expect(cesFromSummary(summary, { scaleMax: 5, easyEnd: 'low' })).toStrictEqual(cesFromSummary(summary));
  });

  test('rejects summaries that do not match', () => {
    expectMetricError(() => mergeCesSummaries(cesSummary([7]), cesSummary([5], { scaleMax: 5 })), {
      metric: 'mergeCesSummaries',
      code: 'INCONSISTENT',
      field: 'b.scaleMax',
    });
    expectMetricError(() => mergeCesSummaries(cesSummary([7]), cesSummary([7], { easyEnd: 'low' })), {
      metric: 'mergeCesSummaries',
      code: 'INCONSISTENT',
      field: 'b.easyEnd',
    });
  });

  test('a merge never leaves the range of exact sums (2⁵³ − 1)', () => {
    const half = { ...cesSummary([]), counts: [0, 0, 0, 2 ** 52, 0, 0, 0], unanswered: 2 ** 52 };
    expectMetricError(() => mergeCesSummaries(half, half), { metric: 'mergeCesSummaries', code: 'OUT_OF_RANGE', field: 'b.counts' });
    const quiet = { ...half, counts: [0, 0, 0, 1, 0, 0, 0] };
    expectMetricError(() => mergeCesSummaries(quiet, quiet), {
      metric: 'mergeCesSummaries',
      code: 'OUT_OF_RANGE',
      field: 'b.unanswered',
    });
    // Just inside: 2⁵² + (2⁵² − 1) = 2⁵³ − 1 answers.
    const inside = mergeCesSummaries(half, { ...quiet, counts: [0, 0, 0, 2 ** 52 - 1, 0, 0, 0], unanswered: 0 });
    expect(cesFromSummary(inside).answers).toBe(Number.MAX_SAFE_INTEGER);
  });

  test('rejects malformed summaries', () => {
    const good = cesSummary([7]);
    const cases: [unknown, string, string][] = [
      [null, 'WRONG_TYPE', 'a'],
      [{ ...good, easyEnd: 'sideways' }, 'UNKNOWN_VALUE', 'a.easyEnd'],
      [{ ...good, easyEnd: undefined }, 'WRONG_TYPE', 'a.easyEnd'],
      [{ ...good, counts: [1, 2] }, 'INCONSISTENT', 'a.counts'],
      [{ ...good, counts: 'many' }, 'WRONG_TYPE', 'a.counts'],
      [{ ...good, counts: [0, 0, 0, 0, 0, 0, -1] }, 'NEGATIVE', 'a.counts[6]'],
      [{ ...good, counts: [0, 0, 0, 0, 0, 0, 0.5] }, 'NOT_INTEGER', 'a.counts[6]'],
      [{ ...good, unanswered: Number.POSITIVE_INFINITY }, 'NOT_FINITE', 'a.unanswered'],
      [{ ...good, scaleMin: 8 }, 'INCONSISTENT', 'a.scaleMax'],
      // Counts totalling more than 2⁵³ − 1 could not be summed exactly.
      [{ ...good, counts: [0, 0, 0, 0, 0, Number.MAX_VALUE, 1] }, 'OUT_OF_RANGE', 'a.counts[5]'],
    ];
    for (const [summary, code, field] of cases) {
      expectMetricError(() => mergeCesSummaries(summary as CesSummary, good), {
        metric: 'mergeCesSummaries',
        code: code as never,
        field,
      });
    }
    expectMetricError(() => cesFromSummary({ ...good, counts: [] }), {
      metric: 'cesFromSummary',
      code: 'INCONSISTENT',
      field: 'summary.counts',
    });
  });

  test('rejects options that contradict the summary, and an empty summary', () => {
    const summary = cesSummary([7, 1]);
    expectMetricError(() => cesFromSummary(summary, { scaleMax: 5 }), {
      metric: 'cesFromSummary',
      code: 'INCONSISTENT',
      field: 'options.scaleMax',
    });
    expectMetricError(() => cesFromSummary(summary, { scaleMin: 0 }), {
      metric: 'cesFromSummary',
      code: 'INCONSISTENT',
      field: 'options.scaleMin',
    });
    expectMetricError(() => cesFromSummary(summary, { easyEnd: 'low' }), {
      metric: 'cesFromSummary',
      code: 'INCONSISTENT',
      field: 'options.easyEnd',
    });
    expectMetricError(() => cesFromSummary(summary, { easyBoxes: 7 }), {
      metric: 'cesFromSummary',
      code: 'OUT_OF_RANGE',
      field: 'options.easyBoxes',
    });
    expectMetricError(() => cesFromSummary(cesSummary([null])), {
      metric: 'cesFromSummary',
      code: 'EMPTY',
      field: 'summary.counts',
    });
  });

  test('does not mutate summaries', () => {
    const a = deepFreeze(cesSummary([7, 1]));
    const b = deepFreeze(cesSummary([4]));
    expect(() => cesFromSummary(mergeCesSummaries(a, b))).not.toThrow();
  });

  test('warehouse counts without unanswered: cesFromSummary reads absent as 0', () => {
    // 1–7, easy end high, easy = 5–7 (defaults: the two halves), counts 1, 1, 2, 2, 1, 2, 1:
    // easy 1 + 2 + 1 = 4 of 10 = 40 %; difficult 1–3: 1 + 1 + 2 = 4 = 40 %;
    // mean (1 + 2 + 6 + 8 + 5 + 12 + 7) / 10 = 4.1.
    const counts = { scaleMin: 1, scaleMax: 7, easyEnd: 'high', counts: [1, 1, 2, 2, 1, 2, 1] } as const;
    const result = cesFromSummary(counts);
    expect(result.mean).toBeCloseTo(4.1, 14);
    expect(result.easyPercent).toBe(40);
    expect(result.difficultPercent).toBe(40);
    expect(result).toEqual(cesFromSummary({ ...counts, unanswered: 0 }));
    expectMetricError(() => cesFromSummary({ ...counts, unanswered: Number.NaN }), { metric: 'cesFromSummary', field: 'summary.unanswered', code: 'NOT_FINITE' });
    expect(mergeCesSummaries(counts as unknown as CesSummary, { ...counts, unanswered: 2 }).unanswered).toBe(2);
  });
});
