import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, iterate, NOT_NUMBERS } from '../../test/helpers.js';
import { mergeNpsSummaries, nps, npsFromSummary, npsSummary, type NpsSummary } from '../index.js';

describe('nps', () => {
  test('follows the definition: % promoters (9–10) − % detractors (0–6)', () => {
    // Reichheld (2003): promoters 9–10, passives 7–8, detractors 0–6. Counted by hand:
    // 0…10 has 2 promoters and 7 detractors of 11 answers: 100 × (2 − 7) / 11.
    expect(nps([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBe(-500 / 11);
    // 70 promoters, 20 passives, 10 detractors of 100: 70 % − 10 % = 60.
    const scores = [...Array<number>(70).fill(10), ...Array<number>(20).fill(7), ...Array<number>(10).fill(0)];
    expect(nps(scores)).toBe(60);
    expect(nps([9, 9, 9])).toBe(100);
    expect(nps([6, 0, 5])).toBe(-100);
    expect(nps([7, 8])).toBe(0);
  });

  test('the category edges are 6 | 7 and 8 | 9', () => {
    expect(npsSummary([6, 7, 8, 9])).toStrictEqual({ promoters: 1, passives: 2, detractors: 1, unanswered: 0 });
  });

  test('is not rounded', () => {
    // 1 promoter of 3 answers: exactly the double nearest 100/3.
    expect(nps([10, 8, 8])).toBe(100 / 3);
  });

  test('skips and counts null and undefined as "no answer"', () => {
    expect(nps([10, null, 0, undefined, 9])).toBe(nps([10, 0, 9]));
    expect(npsSummary([10, null, undefined])).toStrictEqual({ promoters: 1, passives: 0, detractors: 0, unanswered: 2 });
  });

  test('reads rows through an accessor, called once per row with its index', () => {
    const rows = [{ s: 10 }, { s: 3 }, { s: null }];
    const calls: number[] = [];
    const result = nps(rows, (row, index) => {
      calls.push(index);
      return row.s;
    });
    expect(result).toBe(0);
    expect(calls).toEqual([0, 1, 2]);
  });

  test('accepts any iterable: a generator, a Set, a typed array', () => {
    expect(nps(iterate([10, 3, 9]))).toBe(nps([10, 3, 9]));
    expect(nps(new Set([10, 3, 9]))).toBe(nps([10, 3, 9]));
    expect(nps(Uint8Array.from([10, 3, 9]))).toBe(nps([10, 3, 9]));
    expect(nps(iterate([{ s: 10 }, { s: 3 }]), (row) => row.s)).toBe(0);
  });

  test('custom breaks', () => {
    // Promoters from 8, detractors up to 5: 8 and 10 promote, 5 detracts, 6 and 7 are passive.
    expect(npsSummary([5, 6, 7, 8, 10], { promotersFrom: 8, detractorsUpTo: 5 })).toStrictEqual({
      promoters: 2,
      passives: 2,
      detractors: 1,
      unanswered: 0,
    });
    expect(nps([5, 6, 7, 8, 10], { promotersFrom: 8, detractorsUpTo: 5 })).toBe(20);
    expect(nps([{ s: 8 }], (row) => row.s, { promotersFrom: 8 })).toBe(100);
  });

  test('does not mutate its input', () => {
    const scores = deepFreeze([10, 9, null, 3]);
    const rows = deepFreeze([{ s: 10 }, { s: 3 }]);
    expect(() => nps(scores)).not.toThrow();
    expect(() => nps(rows, (row) => row.s)).not.toThrow();
  });

  test('rejects an empty sample or one with no answer', () => {
    expectMetricError(() => nps([]), { metric: 'nps', code: 'EMPTY' });
    expectMetricError(() => nps([null, undefined]), { metric: 'nps', code: 'EMPTY' });
  });

  test.each([
    [11, 'OUT_OF_RANGE'],
    [-1, 'OUT_OF_RANGE'],
    [7.5, 'NOT_INTEGER'],
    ...NOT_NUMBERS,
  ] as const)('rejects the score %o with %s, naming its index', (bad, code) => {
    const error = expectMetricError(() => nps([10, 9, bad as number]), { metric: 'nps', code, field: 'scores[2]' });
    expect(error.received).toBe(bad);
    expect(error.message).toContain('must be an integer from 0 to 10');
  });

  test('names the function the caller called', () => {
    expectMetricError(() => npsSummary([12]), { metric: 'npsSummary', code: 'OUT_OF_RANGE', field: 'scores[0]' });
  });

  test('rejects what is not a sample', () => {
    for (const bad of [undefined, null, 5, '9 10', { length: 2 }]) {
      expectMetricError(() => nps(bad as unknown as number[]), { metric: 'nps', code: 'WRONG_TYPE', field: 'scores' });
    }
  });

  test('rejects bad breaks and options', () => {
    expectMetricError(() => nps([9], { promotersFrom: 11 }), { metric: 'nps', code: 'OUT_OF_RANGE', field: 'options.promotersFrom' });
    expectMetricError(() => nps([9], { promotersFrom: 8.5 }), { metric: 'nps', code: 'NOT_INTEGER' });
    expectMetricError(() => nps([9], { detractorsUpTo: 10 }), { metric: 'nps', code: 'OUT_OF_RANGE' });
    expectMetricError(() => nps([9], { promotersFrom: 6, detractorsUpTo: 6 }), {
      metric: 'nps',
      code: 'INCONSISTENT',
      field: 'options.detractorsUpTo',
    });
    expectMetricError(() => nps([9], 'standard' as never), { metric: 'nps', code: 'WRONG_TYPE', field: 'options' });
    expectMetricError(() => nps([9], 5 as never, {}), { metric: 'nps', code: 'WRONG_TYPE', field: 'score' });
  });

  test('types: scores are numbers or missing; an accessor types its rows', () => {
    expectTypeOf(nps).toBeCallableWith([10, null, undefined]);
    expectTypeOf(nps<{ s: number }>).toBeCallableWith([{ s: 1 }], (row: { s: number }) => row.s);
    // @ts-expect-error strings are not scores
    expectTypeOf(nps).toBeCallableWith(['10']);
    expectTypeOf(npsSummary([1])).toEqualTypeOf<NpsSummary>();
  });
});

describe('npsFromSummary', () => {
  test('computes from counts, as from a GROUP BY', () => {
    // 520 − 180 = 340 of 1000 answers: 34.
    expect(npsFromSummary({ promoters: 520, passives: 300, detractors: 180 })).toBe(34);
    expect(npsFromSummary({ promoters: 1, passives: 0, detractors: 2, unanswered: 7 })).toBe(-100 / 3);
  });

  test('rejects bad counts', () => {
    expectMetricError(() => npsFromSummary({ promoters: 0, passives: 0, detractors: 0 }), {
      metric: 'npsFromSummary',
      code: 'EMPTY',
    });
    expectMetricError(() => npsFromSummary({ promoters: -1, passives: 0, detractors: 2 }), {
      metric: 'npsFromSummary',
      code: 'NEGATIVE',
      field: 'summary.promoters',
    });
    expectMetricError(() => npsFromSummary({ promoters: 1.5, passives: 0, detractors: 2 }), {
      metric: 'npsFromSummary',
      code: 'NOT_INTEGER',
    });
    expectMetricError(() => npsFromSummary({ promoters: 1, passives: 0 } as never), {
      metric: 'npsFromSummary',
      code: 'WRONG_TYPE',
      field: 'summary.detractors',
    });
    expectMetricError(() => npsFromSummary({ promoters: 1, passives: 0, detractors: 0, unanswered: -2 }), {
      metric: 'npsFromSummary',
      code: 'NEGATIVE',
      field: 'summary.unanswered',
    });
    expectMetricError(() => npsFromSummary(null as never), { metric: 'npsFromSummary', code: 'WRONG_TYPE', field: 'summary' });
  });
});

describe('mergeNpsSummaries', () => {
  test('adds counts field by field', () => {
    expect(
      mergeNpsSummaries(
        { promoters: 1, passives: 2, detractors: 3, unanswered: 4 },
        { promoters: 10, passives: 20, detractors: 30, unanswered: 40 },
      ),
    ).toStrictEqual({ promoters: 11, passives: 22, detractors: 33, unanswered: 44 });
  });

  test('rejects a summary with a bad count', () => {
    expectMetricError(
      () => mergeNpsSummaries({ promoters: 1, passives: 0, detractors: 0, unanswered: 0 }, { promoters: Number.NaN, passives: 0, detractors: 0, unanswered: 0 }),
      { metric: 'mergeNpsSummaries', code: 'NOT_FINITE', field: 'b.promoters' },
    );
  });
});

describe('counts beyond what a double counts exactly', () => {
  test('a count above 2⁵³ − 1 is OUT_OF_RANGE, not a rounded or infinite score', () => {
    // Before: { promoters: Number.MAX_VALUE, detractors: Number.MAX_VALUE } gave NaN (∞ − ∞ over ∞).
    expectMetricError(() => npsFromSummary({ promoters: Number.MAX_VALUE, passives: 0, detractors: Number.MAX_VALUE }), {
      metric: 'npsFromSummary',
      code: 'OUT_OF_RANGE',
      field: 'summary.promoters',
    });
    expectMetricError(() => mergeNpsSummaries({ promoters: 2 ** 53, passives: 0, detractors: 0, unanswered: 0 }, npsSummary([])), {
      metric: 'mergeNpsSummaries',
      code: 'OUT_OF_RANGE',
      field: 'a.promoters',
    });
    // The largest safe count is still a count: 2⁵³ − 1 promoters and nothing else is +100.
    expect(npsFromSummary({ promoters: Number.MAX_SAFE_INTEGER, passives: 0, detractors: 0 })).toBe(100);
  });

  test('no answer in a summary is EMPTY on summary, the input npsFromSummary was given', () => {
    expectMetricError(() => npsFromSummary({ promoters: 0, passives: 0, detractors: 0, unanswered: 5 }), {
      metric: 'npsFromSummary',
      code: 'EMPTY',
      field: 'summary',
    });
  });
});
