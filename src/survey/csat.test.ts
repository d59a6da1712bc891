import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, iterate, NOT_NUMBERS } from '../../test/helpers.js';
import {
  csat,
  csatFromSummary,
  csatMean,
  csatMeanFromSummary,
  csatSummary,
  mergeCsatSummaries,
  type CsatSummary,
  type SummaryCounts,
} from '../index.js';

/** `n` copies of `score`. */
const times = (n: number, score: number): number[] => Array<number>(n).fill(score);

// Intercom VoC Metrics, "What is CSAT and how is CSAT score calculated?": 50 responses, 10 × 5,
// 20 × 4, 10 × 3, 5 × 2, 5 × 1; CSAT = (10 + 20) / 50 × 100 = 60 %.
const intercom = [...times(10, 5), ...times(20, 4), ...times(10, 3), ...times(5, 2), ...times(5, 1)];

describe('csat', () => {
  test("reproduces Intercom's worked example: 60 %", () => {
    expect(csat(intercom)).toBe(60);
  });

  test('counts the top two boxes of 1–5 by default (Sogosurvey, Nicereply: 4 and 5 are satisfied)', () => {
    // By hand: 1…5 has two satisfied answers of five: 40 %.
    expect(csat([1, 2, 3, 4, 5])).toBe(40);
    expect(csat([4, 4, 5])).toBe(100);
    expect(csat([1, 2, 3])).toBe(0);
    // The edge is 3 | 4.
    expect(csatSummary([3, 4]).counts).toStrictEqual([0, 0, 1, 1, 0]);
    expect(csat([3, 4])).toBe(50);
  });

  test('the default threshold is the top two boxes of any scale', () => {
    // 1–7: 6 and 7 satisfy; 1–10: 9 and 10; 0–10: 9 and 10.
    expect(csat([5, 6, 7, 1], { scaleMax: 7 })).toBe(50);
    expect(csat([8, 9, 10, 1], { scaleMax: 10 })).toBe(50);
    expect(csat([0, 8, 9, 10], { scaleMin: 0, scaleMax: 10 })).toBe(50);
    // A two-point scale (thumbs down 0 / up 1): only the top box satisfies.
    expect(csat([0, 1, 1, 1], { scaleMin: 0, scaleMax: 1 })).toBe(75);
  });

  test('top box and custom thresholds', () => {
    // QuestionPro's CSAT scoring counts 9–10 of 1–10 as positive (this default); a strict top
    // box is 10 alone; 8–10 is the "top 3 box" some tools use. Counted by hand.
    expect(csat([10, 9, 8, 7], { scaleMax: 10 })).toBe(50);
    expect(csat([10, 9, 8, 7], { scaleMax: 10, satisfiedFrom: 10 })).toBe(25);
    expect(csat([10, 9, 8, 7], { scaleMax: 10, satisfiedFrom: 8 })).toBe(75);
    expect(csat([5, 4, 4, 3], { satisfiedFrom: 5 })).toBe(25);
    expect(csat([5, 2, 3, 1], { satisfiedFrom: 2 })).toBe(75);
  });

  test('is not rounded', () => {
    // 1 satisfied of 3: exactly the double nearest 100/3.
    expect(csat([5, 3, 3])).toBe(100 / 3);
    expect(csat([5, 5, 3])).toBe(200 / 3);
  });

  test('skips and counts null and undefined as "no answer"', () => {
    expect(csat([5, null, 1, undefined])).toBe(50);
    expect(csatSummary([5, null, undefined]).unanswered).toBe(2);
  });

  test('reads rows through an accessor, called once per row with its index', () => {
    const rows = [{ s: 5 }, { s: 2 }, { s: null }];
    const calls: number[] = [];
    expect(
      csat(rows, (row, index) => {
        calls.push(index);
        return row.s;
      }),
    ).toBe(50);
    expect(calls).toEqual([0, 1, 2]);
    expect(csat([{ s: 7 }, { s: 1 }], (row) => row.s, { scaleMax: 7 })).toBe(50);
  });

  test('accepts any iterable', () => {
    expect(csat(iterate([5, 1, 4]))).toBe(200 / 3);
    expect(csat(new Set([5, 1, 4]))).toBe(200 / 3);
    expect(csat(Uint8Array.from([5, 1, 4]))).toBe(200 / 3);
    expect(csat(iterate([{ s: 5 }, { s: 1 }]), (row) => row.s)).toBe(50);
  });

  test('scales below zero work', () => {
    // −3…3, default satisfied from 2: 2 and 3 of four answers.
    expect(csat([-3, 0, 2, 3], { scaleMin: -3, scaleMax: 3 })).toBe(50);
    expect(csatSummary([-3, 3], { scaleMin: -3, scaleMax: 3 }).counts).toStrictEqual([1, 0, 0, 0, 0, 0, 1]);
  });

  test('does not mutate its input', () => {
    const scores = deepFreeze([5, 4, null, 1]);
    const rows = deepFreeze([{ s: 5 }, { s: 1 }]);
    expect(() => csat(scores)).not.toThrow();
    expect(() => csatMean(rows, (row) => row.s)).not.toThrow();
    expect(() => csat(scores, deepFreeze({ scaleMax: 5 }))).not.toThrow();
  });

  test('rejects an empty sample or one with no answer', () => {
    expectMetricError(() => csat([]), { metric: 'csat', code: 'EMPTY', field: 'scores' });
    expectMetricError(() => csat([null, undefined]), { metric: 'csat', code: 'EMPTY' });
    expectMetricError(() => csatMean([]), { metric: 'csatMean', code: 'EMPTY' });
  });

  test.each([
    [6, 'OUT_OF_RANGE'],
    [0, 'OUT_OF_RANGE'],
    [-1, 'OUT_OF_RANGE'],
    [2 ** 32 + 1, 'OUT_OF_RANGE'],
    [4.5, 'NOT_INTEGER'],
    ...NOT_NUMBERS,
  ] as const)('rejects the score %o with %s, naming its index', (bad, code) => {
    const error = expectMetricError(() => csat([5, 4, bad as number]), { metric: 'csat', code, field: 'scores[2]' });
    expect(error.received).toBe(bad);
    expect(error.message).toContain('must be an integer from 1 to 5');
  });

  test('checks scores against the scale given', () => {
    expectMetricError(() => csat([7], { scaleMax: 6 }), { metric: 'csat', code: 'OUT_OF_RANGE', field: 'scores[0]' });
    expectMetricError(() => csat([0, 1], { scaleMin: 1 }), { metric: 'csat', code: 'OUT_OF_RANGE', field: 'scores[0]' });
    expectMetricError(() => csatMean([1, 0]), { metric: 'csatMean', code: 'OUT_OF_RANGE', field: 'scores[1]' });
  });

  test('rejects bad options', () => {
    expectMetricError(() => csat([5], { scaleMin: 1.5 }), { metric: 'csat', code: 'NOT_INTEGER', field: 'options.scaleMin' });
    expectMetricError(() => csat([5], { scaleMin: 101, scaleMax: 102 }), {
      metric: 'csat',
      code: 'OUT_OF_RANGE',
      field: 'options.scaleMin',
    });
    expectMetricError(() => csat([5], { scaleMax: 5.5 }), { metric: 'csat', code: 'NOT_INTEGER', field: 'options.scaleMax' });
    expectMetricError(() => csat([1], { scaleMax: 1 }), { metric: 'csat', code: 'INCONSISTENT', field: 'options.scaleMax' });
    expectMetricError(() => csat([1], { scaleMin: 3, scaleMax: 2 }), {
      metric: 'csat',
      code: 'INCONSISTENT',
      field: 'options.scaleMax',
    });
    // At most 100 steps (0–100 is allowed, 0–101 is not).
    expect(csat([100, 0], { scaleMin: 0, scaleMax: 100 })).toBe(50);
    expectMetricError(() => csat([1], { scaleMin: 0, scaleMax: 101 }), {
      metric: 'csat',
      code: 'OUT_OF_RANGE',
      field: 'options.scaleMax',
    });
    expectMetricError(() => csat([5], { satisfiedFrom: 6 }), {
      metric: 'csat',
      code: 'OUT_OF_RANGE',
      field: 'options.satisfiedFrom',
    });
    // From the bottom of the scale, every answer would be satisfied: not a threshold.
    expectMetricError(() => csat([5], { satisfiedFrom: 1 }), {
      metric: 'csat',
      code: 'OUT_OF_RANGE',
      field: 'options.satisfiedFrom',
    });
    expectMetricError(() => csat([5], { satisfiedFrom: 4.5 }), { metric: 'csat', code: 'NOT_INTEGER' });
    expectMetricError(() => csat([5], { scaleMax: '5' } as never), { metric: 'csat', code: 'WRONG_TYPE' });
    expectMetricError(() => csat([5], 'top2' as never), { metric: 'csat', code: 'WRONG_TYPE', field: 'options' });
    expectMetricError(() => csat([5], 5 as never, {}), { metric: 'csat', code: 'WRONG_TYPE', field: 'score' });
    expectMetricError(() => csatSummary([5], { satisfiedFrom: 9 }), { metric: 'csatSummary', code: 'OUT_OF_RANGE' });
  });

  test('rejects what is not a sample', () => {
    for (const bad of [undefined, null, 5, '45', { length: 2 }]) {
      expectMetricError(() => csat(bad as unknown as number[]), { metric: 'csat', code: 'WRONG_TYPE', field: 'scores' });
    }
  });

  test('types', () => {
    expectTypeOf(csat).toBeCallableWith([5, null, undefined]);
    expectTypeOf(csat<{ s: number }>).toBeCallableWith([{ s: 1 }], (row: { s: number }) => row.s);
    // @ts-expect-error strings are not scores
    expectTypeOf(csat).toBeCallableWith(['5']);
    expectTypeOf(csatSummary([1])).toEqualTypeOf<CsatSummary>();
  });
});

describe('csatMean', () => {
  test("Intercom's example: (10×5 + 20×4 + 10×3 + 5×2 + 5×1) / 50 = 175 / 50 = 3.5", () => {
    expect(csatMean(intercom)).toBe(3.5);
  });

  test('is the exact mean, rounded once', () => {
    // By hand: 1 + 2 + 2 = 5 over 3 answers; the result must be the double nearest 5/3.
    expect(csatMean([1, 2, 2])).toBe(5 / 3);
    // By hand: 7 × 3 + 3 × 4 = 33 over 10 answers.
    expect(csatMean([...times(7, 3), ...times(3, 4)])).toBe(33 / 10);
    expect(csatMean([-3, 3, 1], { scaleMin: -3, scaleMax: 3 })).toBe(1 / 3);
  });

  test('skips unanswered rows; reads through an accessor', () => {
    expect(csatMean([5, null, 4])).toBe(4.5);
    expect(csatMean([{ s: 10 }, { s: 7 }], (row) => row.s, { scaleMax: 10 })).toBe(8.5);
  });

  test('checks satisfiedFrom even though the mean does not use it', () => {
    expectMetricError(() => csatMean([5], { satisfiedFrom: 0 }), { metric: 'csatMean', code: 'OUT_OF_RANGE' });
  });
});

describe('csatSummary', () => {
  test('counts answers per scale point, lowest first', () => {
    expect(csatSummary(intercom)).toStrictEqual({ scaleMin: 1, scaleMax: 5, counts: [5, 5, 10, 20, 10], unanswered: 0 });
    expect(csatSummary([], { scaleMin: 0, scaleMax: 2 })).toStrictEqual({
      scaleMin: 0,
      scaleMax: 2,
      counts: [0, 0, 0],
      unanswered: 0,
    });
  });
});

describe('csatFromSummary and csatMeanFromSummary', () => {
  const summary: CsatSummary = { scaleMin: 1, scaleMax: 5, counts: [5, 5, 10, 20, 10], unanswered: 3 };

  test('compute from counts, as from a GROUP BY', () => {
    expect(csatFromSummary(summary)).toBe(60);
    expect(csatMeanFromSummary(summary)).toBe(3.5);
    // Top box: 10 of 50.
    expect(csatFromSummary(summary, { satisfiedFrom: 5 })).toBe(20);
    // Options naming the same scale are accepted.
    expect(csatFromSummary(summary, { scaleMin: 1, scaleMax: 5 })).toBe(60);
    // 1–10 summary, default 9–10: 3 + 1 of 8.
    expect(csatFromSummary({ scaleMin: 1, scaleMax: 10, counts: [1, 0, 0, 0, 0, 1, 1, 1, 3, 1], unanswered: 0 })).toBe(50);
  });

  test('reject a summary that contradicts the options', () => {
    expectMetricError(() => csatFromSummary(summary, { scaleMax: 7 }), {
      metric: 'csatFromSummary',
      code: 'INCONSISTENT',
      field: 'options.scaleMax',
    });
    expectMetricError(() => csatFromSummary(summary, { scaleMin: 0 }), {
      metric: 'csatFromSummary',
      code: 'INCONSISTENT',
      field: 'options.scaleMin',
    });
  });

  test('reject bad summaries', () => {
    const empty = { scaleMin: 1, scaleMax: 5, counts: [0, 0, 0, 0, 0], unanswered: 4 };
    expectMetricError(() => csatFromSummary(empty), { metric: 'csatFromSummary', code: 'EMPTY', field: 'summary.counts' });
    expectMetricError(() => csatMeanFromSummary(empty), { metric: 'csatMeanFromSummary', code: 'EMPTY' });
    expectMetricError(() => csatFromSummary({ ...summary, counts: [1, 2, 3] }), {
      metric: 'csatFromSummary',
      code: 'INCONSISTENT',
      field: 'summary.counts',
    });
    expectMetricError(() => csatFromSummary({ ...summary, counts: [1, 2, -3, 4, 5] }), {
      metric: 'csatFromSummary',
      code: 'NEGATIVE',
      field: 'summary.counts[2]',
    });
    expectMetricError(() => csatMeanFromSummary({ ...summary, counts: [1, 2, 3, 4.5, 5] }), {
      metric: 'csatMeanFromSummary',
      code: 'NOT_INTEGER',
      field: 'summary.counts[3]',
    });
    expectMetricError(() => csatFromSummary({ ...summary, counts: 'many' as never }), {
      metric: 'csatFromSummary',
      code: 'WRONG_TYPE',
      field: 'summary.counts',
    });
    expectMetricError(() => csatFromSummary({ ...summary, unanswered: null as never }), {
      metric: 'csatFromSummary',
      code: 'WRONG_TYPE',
      field: 'summary.unanswered',
    });
    expectMetricError(() => csatFromSummary({ ...summary, scaleMax: 1 }), {
      metric: 'csatFromSummary',
      code: 'INCONSISTENT',
      field: 'summary.scaleMax',
    });
    expectMetricError(() => csatFromSummary(null as never), { metric: 'csatFromSummary', code: 'WRONG_TYPE', field: 'summary' });
  });
});

describe('mergeCsatSummaries', () => {
  test('adds counts point by point', () => {
    expect(
      mergeCsatSummaries(
        { scaleMin: 1, scaleMax: 3, counts: [1, 2, 3], unanswered: 4 },
        { scaleMin: 1, scaleMax: 3, counts: [10, 20, 30], unanswered: 40 },
      ),
    ).toStrictEqual({ scaleMin: 1, scaleMax: 3, counts: [11, 22, 33], unanswered: 44 });
  });

  test('rejects summaries on different scales', () => {
    const five = csatSummary([5]);
    expectMetricError(() => mergeCsatSummaries(five, csatSummary([7], { scaleMax: 7 })), {
      metric: 'mergeCsatSummaries',
      code: 'INCONSISTENT',
      field: 'b.scaleMax',
    });
    expectMetricError(() => mergeCsatSummaries(five, csatSummary([4], { scaleMin: 0 })), {
      metric: 'mergeCsatSummaries',
      code: 'INCONSISTENT',
      field: 'b.scaleMin',
    });
  });

  test('rejects a summary with a bad count', () => {
    expectMetricError(
      () => mergeCsatSummaries(csatSummary([5]), { scaleMin: 1, scaleMax: 5, counts: [0, 0, Number.NaN, 0, 0], unanswered: 0 }),
      { metric: 'mergeCsatSummaries', code: 'NOT_FINITE', field: 'b.counts[2]' },
    );
  });
});

describe('csat: null options and huge counts (shared scale histogram)', () => {
  test('null is not "unset": a null option is WRONG_TYPE, as in nps', () => {
    expectMetricError(() => csat([5], { scaleMin: null } as never), { metric: 'csat', code: 'WRONG_TYPE', field: 'options.scaleMin' });
    expectMetricError(() => csatSummary([5], { scaleMax: null } as never), {
      metric: 'csatSummary',
      code: 'WRONG_TYPE',
      field: 'options.scaleMax',
    });
    expectMetricError(() => csat([5], { satisfiedFrom: null } as never), {
      metric: 'csat',
      code: 'WRONG_TYPE',
      field: 'options.satisfiedFrom',
    });
  });

  test('counts totalling more than 2⁵³ − 1 are OUT_OF_RANGE, never an Infinity or an inexact sum', () => {
    const huge = { scaleMin: 1, scaleMax: 5, counts: [0, 0, 0, Number.MAX_VALUE, 1], unanswered: 0 };
    expectMetricError(() => csatFromSummary(huge), { metric: 'csatFromSummary', code: 'OUT_OF_RANGE', field: 'summary.counts[3]' });
    expectMetricError(() => csatMeanFromSummary(huge), { metric: 'csatMeanFromSummary', code: 'OUT_OF_RANGE' });
    const edge = { scaleMin: 1, scaleMax: 5, counts: [0, 0, 0, Number.MAX_SAFE_INTEGER - 1, 1], unanswered: 0 };
    expect(csatFromSummary(edge)).toBe(100);
    expectMetricError(() => mergeCsatSummaries(edge, { ...edge, counts: [1, 0, 0, Number.MAX_SAFE_INTEGER, 0] }), {
      metric: 'mergeCsatSummaries',
      code: 'OUT_OF_RANGE',
      field: 'b.counts[3]',
    });
  });

  describe('warehouse counts without unanswered', () => {
    // A `GROUP BY score` gives the histogram only: 2 × "1", 1 × "3", 3 × "4", 4 × "5".
    // CSAT (top two boxes) = (3 + 4) / 10 = 70 %; mean = (2 + 3 + 12 + 20) / 10 = 3.7.
    const counts = { scaleMin: 1, scaleMax: 5, counts: [2, 0, 1, 3, 4] };

    test('csatFromSummary and csatMeanFromSummary read them, absent unanswered as 0', () => {
      expect(csatFromSummary(counts)).toBe(70);
      expect(csatMeanFromSummary(counts)).toBe(3.7);
      expectTypeOf(csatFromSummary).parameter(0).toEqualTypeOf<SummaryCounts<CsatSummary>>();
      expectTypeOf(csatMeanFromSummary).parameter(0).toEqualTypeOf<SummaryCounts<CsatSummary>>();
      // A present unanswered is still checked.
      expectMetricError(() => csatFromSummary({ ...counts, unanswered: -1 }), { metric: 'csatFromSummary', field: 'summary.unanswered', code: 'NEGATIVE' });
      expectMetricError(() => csatMeanFromSummary({ ...counts, unanswered: 0.5 }), { metric: 'csatMeanFromSummary', field: 'summary.unanswered', code: 'NOT_INTEGER' });
    });

    test('a merge reads an absent unanswered as 0 and always returns it', () => {
      const merged = mergeCsatSummaries(counts as unknown as CsatSummary, { ...counts, unanswered: 3 });
      expect(merged).toEqual({ scaleMin: 1, scaleMax: 5, counts: [4, 0, 2, 6, 8], unanswered: 3 });
    });
  });
});
