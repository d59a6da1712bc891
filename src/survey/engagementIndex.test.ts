import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, iterate, NOT_NUMBERS } from '../../test/helpers.js';
import {
  engagementIndex,
  engagementIndexFromSummary,
  engagementIndexSummary,
  mergeEngagementIndexSummaries,
  type EngagementIndexSummary,
} from '../index.js';

/** `n` copies of `score`. */
const times = (n: number, score: number): number[] => Array<number>(n).fill(score);
const favourable = { method: 'percentFavourable' } as const;

describe('engagementIndex', () => {
  test('percent of maximum possible: 100 × (mean − scaleMin) / (scaleMax − scaleMin)', () => {
    // Cohen, Cohen, Aiken & West (1999): 0 at the lowest possible score, 100 at the highest.
    expect(engagementIndex([1, 1, 1])).toBe(0);
    expect(engagementIndex([5, 5])).toBe(100);
    // OrgAcuity's example answers 1, 2, 3, 4, 5: mean 3, by hand (3 − 1) / 4 = 50 %.
    expect(engagementIndex([1, 2, 3, 4, 5])).toBe(50);
    // Sparrow's example answers 5, 4, 3, 4, 2: mean 3.6. Sparrow's "percentage score" is
    // 3.6 / 5 = 72 %; the POMP score is, by hand, (3.6 − 1) / 4 = 65 %.
    expect(engagementIndex([5, 4, 3, 4, 2])).toBe(65);
    // A vendor engagement index computed as (average − 1) / 4 on 1–5: average 4 is 75 %.
    expect(engagementIndex([4, 4, 5, 3])).toBe(75);
  });

  test('percent favourable: the top two boxes by default', () => {
    // OrgAcuity: of answers 1, 2, 3, 4, 5, 40 % are favourable (4 or 5).
    expect(engagementIndex([1, 2, 3, 4, 5], favourable)).toBe(40);
    // Sparrow: 60 of 100 answers are 4 or 5 on a 5-point scale: 60 %.
    const sparrow = [...times(60, 4), ...times(40, 3)];
    expect(engagementIndex(sparrow, favourable)).toBe(60);
    // Sparrow's 7-point favourable band is 6–7, the 10-point one 9–10.
    expect(engagementIndex([7, 6, 5, 4], { ...favourable, scaleMax: 7 })).toBe(50);
    expect(engagementIndex([10, 9, 8, 1], { ...favourable, scaleMax: 10 })).toBe(50);
    // A two-point scale: the top box.
    expect(engagementIndex([0, 1, 1, 1], { ...favourable, scaleMin: 0, scaleMax: 1 })).toBe(75);
    // A custom threshold: only "strongly agree".
    expect(engagementIndex([5, 4, 4, 3], { ...favourable, favourableFrom: 5 })).toBe(25);
  });

  test('pools all item answers: every answer weighs the same', () => {
    // Respondent A answers 3 items (5, 5, 5), B answers one (1) and skips two: pooled mean
    // 16 / 4 = 4, by hand (4 − 1) / 4 = 75 % (averaging respondents first would give 50 %).
    expect(engagementIndex([[5, 5, 5], [1, null, null]].flat())).toBe(75);
  });

  test('other scales; the result is one division, not rounded', () => {
    // 0–10: mean 7 is 70 %. 1–7: answers 7, 4 have mean 5.5: (5.5 − 1) / 6 = 75 %.
    expect(engagementIndex([6, 8], { scaleMin: 0, scaleMax: 10 })).toBe(70);
    expect(engagementIndex([7, 4], { scaleMax: 7 })).toBe(75);
    // 1–5, answers 2, 2, 1: 2 steps of 12 possible: exactly the double nearest 100 × 2 / 12.
    expect(engagementIndex([2, 2, 1])).toBe(200 / 12);
  });

  test('skips and counts null and undefined', () => {
    expect(engagementIndex([5, null, 1, undefined])).toBe(50);
    expect(engagementIndexSummary([5, null, undefined]).unanswered).toBe(2);
  });

  test('reads rows through an accessor, called once per row with its index; any iterable', () => {
    const calls: number[] = [];
    const rows = [{ proud: 5 }, { proud: 3 }, { proud: null }];
    expect(
      engagementIndex(rows, (row, index) => {
        calls.push(index);
        return row.proud;
      }),
    ).toBe(75);
    expect(calls).toEqual([0, 1, 2]);
    expect(engagementIndex(iterate([5, 3]))).toBe(75);
    expect(engagementIndex(new Set([5, 3]), favourable)).toBe(50);
  });

  test('does not mutate its input', () => {
    expect(() => engagementIndex(deepFreeze([5, 4, null]), deepFreeze({ ...favourable }))).not.toThrow();
  });

  test('rejects an empty sample, bad answers and bad options', () => {
    expectMetricError(() => engagementIndex([]), { metric: 'engagementIndex', code: 'EMPTY', field: 'answers' });
    expectMetricError(() => engagementIndex([null], favourable), { metric: 'engagementIndex', code: 'EMPTY' });
    for (const [bad, code] of [[6, 'OUT_OF_RANGE'], [0, 'OUT_OF_RANGE'], [4.5, 'NOT_INTEGER'], ...NOT_NUMBERS] as const) {
      expectMetricError(() => engagementIndex([5, bad as number]), { metric: 'engagementIndex', code, field: 'answers[1]' });
    }
    expectMetricError(() => engagementIndex(42 as never), { metric: 'engagementIndex', code: 'WRONG_TYPE', field: 'answers' });
    expectMetricError(() => engagementIndex([5], 5 as never, {}), { metric: 'engagementIndex', code: 'WRONG_TYPE', field: 'answer' });
    const cases: [unknown, string, string][] = [
      ['pomp', 'WRONG_TYPE', 'options'],
      [{ method: 'mean' }, 'UNKNOWN_VALUE', 'options.method'],
      [{ method: 3 }, 'WRONG_TYPE', 'options.method'],
      [{ favourableFrom: 1 }, 'OUT_OF_RANGE', 'options.favourableFrom'],
      [{ favourableFrom: 6 }, 'OUT_OF_RANGE', 'options.favourableFrom'],
      [{ favourableFrom: 4.5 }, 'NOT_INTEGER', 'options.favourableFrom'],
      [{ scaleMax: 1 }, 'INCONSISTENT', 'options.scaleMax'],
      [{ scaleMin: Number.NaN }, 'NOT_FINITE', 'options.scaleMin'],
      [{ method: null }, 'WRONG_TYPE', 'options.method'],
      [{ favourableFrom: null }, 'WRONG_TYPE', 'options.favourableFrom'],
    ];
    for (const [options, code, field] of cases) {
      expectMetricError(() => engagementIndex([1], options as never), { metric: 'engagementIndex', code: code as never, field });
      expectMetricError(() => engagementIndexSummary([1], options as never), { metric: 'engagementIndexSummary', code: code as never, field });
    }
  });

  test('types', () => {
    expectTypeOf(engagementIndex).toBeCallableWith([5, null]);
    // @ts-expect-error the method is one of two names
    expectTypeOf(engagementIndex).toBeCallableWith([5], { method: 'mean' });
    expectTypeOf(engagementIndexSummary([1])).toEqualTypeOf<EngagementIndexSummary>();
  });
});

describe('engagementIndexSummary, mergeEngagementIndexSummaries, engagementIndexFromSummary', () => {
  test('summarises, merges and computes with either method', () => {
    const sales = engagementIndexSummary([5, 4, 4, null]);
    expect(sales).toStrictEqual({ scaleMin: 1, scaleMax: 5, counts: [0, 0, 0, 2, 1], unanswered: 1 });
    const merged = mergeEngagementIndexSummaries(sales, engagementIndexSummary([2, 3]));
    expect(merged).toStrictEqual({ scaleMin: 1, scaleMax: 5, counts: [0, 1, 1, 2, 1], unanswered: 1 });
    // By hand: 18 / 5 = 3.6 → 65 %; favourable 3 of 5 = 60 %.
    expect(engagementIndexFromSummary(merged)).toBe(65);
    expect(engagementIndexFromSummary(merged, favourable)).toBe(60);
    expect(engagementIndexFromSummary(merged, { scaleMin: 1, scaleMax: 5 })).toBe(65);
  });

  test('computes from warehouse counts (Sparrow: 60 of 100 favourable)', () => {
    const summary = { scaleMin: 1, scaleMax: 5, counts: [10, 10, 20, 35, 25], unanswered: 0 };
    expect(engagementIndexFromSummary(summary, favourable)).toBe(60);
    // By hand: (0×10 + 1×10 + 2×20 + 3×35 + 4×25) / (100 × 4) = 255 / 400.
    expect(engagementIndexFromSummary(summary)).toBe(63.75);
  });

  test('rejects mismatched and malformed summaries, and contradicting options', () => {
    expectMetricError(() => mergeEngagementIndexSummaries(engagementIndexSummary([5]), engagementIndexSummary([7], { scaleMax: 7 })), {
      metric: 'mergeEngagementIndexSummaries',
      code: 'INCONSISTENT',
      field: 'b.scaleMax',
    });
    expectMetricError(
      () => mergeEngagementIndexSummaries(engagementIndexSummary([5]), engagementIndexSummary([0], { scaleMin: 0 })),
      { metric: 'mergeEngagementIndexSummaries', code: 'INCONSISTENT', field: 'b.scaleMin' },
    );
    expectMetricError(() => mergeEngagementIndexSummaries(null as never, engagementIndexSummary([5])), {
      metric: 'mergeEngagementIndexSummaries',
      code: 'WRONG_TYPE',
      field: 'a',
    });
    const summary = engagementIndexSummary([5, 1]);
    expectMetricError(() => engagementIndexFromSummary({ ...summary, counts: [1, 2, 3] }), {
      metric: 'engagementIndexFromSummary',
      code: 'INCONSISTENT',
      field: 'summary.counts',
    });
    expectMetricError(() => engagementIndexFromSummary({ ...summary, counts: [1, 0, 0, 0, -1] }), {
      metric: 'engagementIndexFromSummary',
      code: 'NEGATIVE',
      field: 'summary.counts[4]',
    });
    expectMetricError(() => engagementIndexFromSummary({ ...summary, counts: [2 ** 53, 0, 0, 0, 0] }), {
      metric: 'engagementIndexFromSummary',
      code: 'OUT_OF_RANGE',
      field: 'summary.counts[0]',
    });
    expectMetricError(() => engagementIndexFromSummary({ ...summary, unanswered: 0.5 }), {
      metric: 'engagementIndexFromSummary',
      code: 'NOT_INTEGER',
      field: 'summary.unanswered',
    });
    expectMetricError(() => engagementIndexFromSummary(summary, { scaleMax: 7 }), {
      metric: 'engagementIndexFromSummary',
      code: 'INCONSISTENT',
      field: 'options.scaleMax',
    });
    expectMetricError(() => engagementIndexFromSummary(summary, { method: 'median' as never }), {
      metric: 'engagementIndexFromSummary',
      code: 'UNKNOWN_VALUE',
      field: 'options.method',
    });
    expectMetricError(() => engagementIndexFromSummary(engagementIndexSummary([null])), {
      metric: 'engagementIndexFromSummary',
      code: 'EMPTY',
      field: 'summary.counts',
    });
  });

  test('warehouse counts without unanswered: engagementIndexFromSummary reads absent as 0', () => {
    // 1–5, counts 0, 1, 1, 1, 1: favourable (4–5) = 2 / 4 = 50 %;
    // POMP = (0×0 + 1×1 + 1×2 + 1×3 + 1×4) / (4 × 4) = 10 / 16 = 62.5.
    const counts = { scaleMin: 1, scaleMax: 5, counts: [0, 1, 1, 1, 1] };
    expect(engagementIndexFromSummary(counts, { method: 'percentFavourable' })).toBe(50);
    expect(engagementIndexFromSummary(counts)).toBe(62.5);
    expectMetricError(() => engagementIndexFromSummary({ ...counts, unanswered: '0' as never }), {
      metric: 'engagementIndexFromSummary',
      field: 'summary.unanswered',
      code: 'WRONG_TYPE',
    });
    expect(mergeEngagementIndexSummaries(counts as unknown as EngagementIndexSummary, counts as unknown as EngagementIndexSummary).unanswered).toBe(0);
  });
});
