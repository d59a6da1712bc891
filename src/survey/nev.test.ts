import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, iterate } from '../../test/helpers.js';
import {
  mergeNevIntensitySummaries,
  mergeNevSummaries,
  nev,
  nevEmotionHierarchy,
  nevFromSummary,
  nevIntensity,
  nevIntensityFromSummary,
  nevIntensitySummary,
  nevSummary,
  type NevEmotion,
  type NevIntensitySummary,
  type NevRating,
  type NevSummary,
} from '../index.js';

// Shaw (2007), The DNA of Customer Experience, and Shaw (2018), "The 20 emotions that drive or
// destroy value in customer experience" (MyCustomer): 20 emotions in four clusters. Written out
// here by hand, independently of the library's table.
const ADVOCACY = ['happy', 'pleased'];
const RECOMMENDATION = ['trusting', 'valued', 'cared for', 'focused', 'safe'];
const ATTENTION = ['interested', 'energetic', 'stimulated', 'exploratory', 'indulgent'];
const DESTROYING = ['irritated', 'hurried', 'neglected', 'unhappy', 'unsatisfied', 'stressed', 'disappointed', 'frustrated'];

describe('nevEmotionHierarchy', () => {
  test('holds the 20 emotions of Shaw (2007) in four clusters, 2 + 5 + 5 + 8', () => {
    expect(nevEmotionHierarchy).toStrictEqual({
      advocacy: { polarity: 'positive', emotions: ADVOCACY },
      recommendation: { polarity: 'positive', emotions: RECOMMENDATION },
      attention: { polarity: 'positive', emotions: ATTENTION },
      destroying: { polarity: 'negative', emotions: DESTROYING },
    });
    const all = Object.values(nevEmotionHierarchy).flatMap((cluster) => cluster.emotions);
    expect(new Set(all).size).toBe(20);
  });

  test('is frozen all the way down', () => {
    expect(Object.isFrozen(nevEmotionHierarchy)).toBe(true);
    for (const cluster of Object.values(nevEmotionHierarchy)) {
      expect(Object.isFrozen(cluster)).toBe(true);
      expect(Object.isFrozen(cluster.emotions)).toBe(true);
    }
    expect(() => {
      (nevEmotionHierarchy.advocacy.emotions as NevEmotion[]).push('stressed');
    }).toThrow(TypeError);
  });

  test('every emotion of a cluster is classified with the cluster polarity', () => {
    for (const emotion of [...ADVOCACY, ...RECOMMENDATION, ...ATTENTION]) expect(nev([emotion])).toBe(100);
    for (const emotion of DESTROYING) expect(nev([emotion])).toBe(-100);
  });
});

describe('nev', () => {
  test('is % positive − % negative over all answers', () => {
    // By hand: happy, trusting positive; frustrated negative; neutral: (2 − 1) / 4 = 25 %.
    expect(nev(['happy', 'trusting', 'frustrated', 'neutral'])).toBe(25);
    // 6 positive, 1 neutral, 3 negative of 10: 60 % − 30 % = 30.
    expect(nev([...Array<string>(6).fill('positive'), 'neutral', 'negative', 'stressed', 'hurried'])).toBe(30);
    expect(nev(['neutral', 'neutral'])).toBe(0);
    expect(nev(['unhappy', 'negative'])).toBe(-100);
  });

  test('is not rounded', () => {
    // 1 positive of 3: exactly the double nearest 100/3.
    expect(nev(['safe', 'neutral', 'neutral'])).toBe(100 / 3);
  });

  test('matches labels after trimming and ignoring case, but spaces inside must match', () => {
    expect(nevSummary(['HAPPY', ' Cared For ', '\tstressed\n', 'Neutral', 'POSITIVE'])).toStrictEqual({
      positive: 3,
      neutral: 1,
      negative: 1,
      unanswered: 0,
    });
    expectMetricError(() => nev(['cared  for']), { metric: 'nev', code: 'UNKNOWN_VALUE', field: 'responses[0]' });
    expectMetricError(() => nev(['caredfor']), { metric: 'nev', code: 'UNKNOWN_VALUE' });
  });

  test('skips and counts null and undefined as "no answer"', () => {
    expect(nevSummary(['happy', null, undefined])).toStrictEqual({ positive: 1, neutral: 0, negative: 0, unanswered: 2 });
    expect(nev(['happy', null, 'irritated', undefined])).toBe(0);
  });

  test('reads rows through an accessor, called once per row with its index', () => {
    const rows = [{ felt: 'valued' }, { felt: 'hurried' }, { felt: null }];
    const calls: number[] = [];
    expect(
      nev(rows, (row, index) => {
        calls.push(index);
        return row.felt;
      }),
    ).toBe(0);
    expect(calls).toEqual([0, 1, 2]);
  });

  test('accepts any iterable', () => {
    expect(nev(iterate(['happy', 'stressed', 'safe']))).toBe(100 / 3);
    expect(nev(new Set(['happy', 'stressed', 'safe']))).toBe(100 / 3);
  });

  test('extra labels map emoji or other words to a polarity', () => {
    const labels = { '🙂': 'positive', '😐': 'neutral', '🙁': 'negative', Zufrieden: 'positive' } as const;
    // 🙂 🙂 zufrieden positive, 😐 neutral, 🙁 negative: (3 − 1) / 5 = 40 %.
    expect(nev(['🙂', ' 😐', '🙁', '🙂', 'zufrieden'], { labels })).toBe(40);
    // Built-in labels still work, and a label may repeat a built-in one with the same polarity.
    expect(nev(['happy', 'Bad'], { labels: { bad: 'negative', HAPPY: 'positive' } })).toBe(0);
    expect(nev([{ r: '🙁' }], (row) => row.r, { labels })).toBe(-100);
  });

  test('rejects bad extra labels', () => {
    expectMetricError(() => nev(['x'], { labels: { x: 'good' } as never }), {
      metric: 'nev',
      code: 'UNKNOWN_VALUE',
      field: 'options.labels["x"]',
    });
    expectMetricError(() => nev(['x'], { labels: { x: 1 } as never }), { metric: 'nev', code: 'WRONG_TYPE' });
    expectMetricError(() => nev(['x'], { labels: { ' Happy ': 'negative' } }), {
      metric: 'nev',
      code: 'INCONSISTENT',
      field: 'options.labels[" Happy "]',
    });
    expectMetricError(() => nev(['x'], { labels: { neutral: 'positive' } }), { metric: 'nev', code: 'INCONSISTENT' });
    expectMetricError(() => nev(['x'], { labels: { '  ': 'positive' } }), { metric: 'nev', code: 'UNKNOWN_VALUE' });
    expectMetricError(() => nev(['x'], { labels: ['positive'] as never }), {
      metric: 'nev',
      code: 'WRONG_TYPE',
      field: 'options.labels',
    });
    expectMetricError(() => nev(['x'], 'labels' as never), { metric: 'nev', code: 'WRONG_TYPE', field: 'options' });
  });

  test('does not mutate its input', () => {
    const responses = deepFreeze(['happy', null, 'stressed']);
    const options = deepFreeze({ labels: { '🙂': 'positive' as const } });
    expect(() => nev(responses, options)).not.toThrow();
  });

  test('rejects an unknown label, naming its index', () => {
    const error = expectMetricError(() => nev(['happy', 'angry']), { metric: 'nev', code: 'UNKNOWN_VALUE', field: 'responses[1]' });
    expect(error.received).toBe('angry');
    expectMetricError(() => nev(['']), { metric: 'nev', code: 'UNKNOWN_VALUE', field: 'responses[0]' });
    // A polarity word is not an emotion, and an emotion is not a category name.
    expectMetricError(() => nev(['advocacy']), { metric: 'nev', code: 'UNKNOWN_VALUE' });
  });

  test.each([5, true, {}, ['happy'], Number.NaN])('rejects the non-string response %o', (bad) => {
    expectMetricError(() => nev(['happy', bad as string]), { metric: 'nev', code: 'WRONG_TYPE', field: 'responses[1]' });
  });

  test('rejects an empty sample and what is not a sample', () => {
    expectMetricError(() => nev([]), { metric: 'nev', code: 'EMPTY', field: 'responses' });
    expectMetricError(() => nev([null]), { metric: 'nev', code: 'EMPTY' });
    expectMetricError(() => nev('happy' as never), { metric: 'nev', code: 'WRONG_TYPE', field: 'responses' });
    expectMetricError(() => nevSummary(['sad']), { metric: 'nevSummary', code: 'UNKNOWN_VALUE', field: 'responses[0]' });
  });

  test('types', () => {
    expectTypeOf(nev).toBeCallableWith(['happy', null, undefined]);
    expectTypeOf(nev<{ f: string }>).toBeCallableWith([{ f: 'x' }], (row: { f: string }) => row.f);
    // @ts-expect-error numbers are not emotion responses
    expectTypeOf(nev).toBeCallableWith([1]);
    expectTypeOf(nevSummary([])).toEqualTypeOf<NevSummary>();
  });
});

describe('nevFromSummary and mergeNevSummaries', () => {
  test('compute from counts', () => {
    // (620 − 180) / 1000 = 44 %.
    expect(nevFromSummary({ positive: 620, neutral: 200, negative: 180 })).toBe(44);
    expect(nevFromSummary({ positive: 0, neutral: 0, negative: 3, unanswered: 9 })).toBe(-100);
  });

  test('merge adds field by field', () => {
    expect(
      mergeNevSummaries(
        { positive: 1, neutral: 2, negative: 3, unanswered: 4 },
        { positive: 10, neutral: 20, negative: 30, unanswered: 40 },
      ),
    ).toStrictEqual({ positive: 11, neutral: 22, negative: 33, unanswered: 44 });
  });

  test('reject bad counts', () => {
    expectMetricError(() => nevFromSummary({ positive: 0, neutral: 0, negative: 0 }), { metric: 'nevFromSummary', code: 'EMPTY' });
    expectMetricError(() => nevFromSummary({ positive: -1, neutral: 0, negative: 2 }), {
      metric: 'nevFromSummary',
      code: 'NEGATIVE',
      field: 'summary.positive',
    });
    expectMetricError(() => nevFromSummary({ positive: 1, neutral: 0.5, negative: 2 }), { metric: 'nevFromSummary', code: 'NOT_INTEGER' });
    expectMetricError(() => nevFromSummary({ positive: 1, neutral: 0 } as never), {
      metric: 'nevFromSummary',
      code: 'WRONG_TYPE',
      field: 'summary.negative',
    });
    expectMetricError(
      () => mergeNevSummaries({ positive: 1, neutral: 0, negative: 0, unanswered: 0 }, { positive: Infinity, neutral: 0, negative: 0, unanswered: 0 }),
      { metric: 'mergeNevSummaries', code: 'NOT_FINITE', field: 'b.positive' },
    );
  });
});

describe('nevIntensity', () => {
  test('is the mean positive intensity minus the mean negative intensity', () => {
    // By hand: positive (5 + 4 + 3) / 3 = 4; negative (2 + 1) / 2 = 1.5; 4 − 1.5 = 2.5.
    const ratings: NevRating[] = [
      { emotion: 'happy', intensity: 5 },
      { emotion: 'trusting', intensity: 4 },
      { emotion: 'interested', intensity: 3 },
      { emotion: 'frustrated', intensity: 2 },
      { emotion: 'hurried', intensity: 1 },
    ];
    expect(nevIntensity(ratings)).toBe(2.5);
    // Extremes on 1–5: all positive 5, all negative 1 → 4; the reverse → −4.
    expect(nevIntensity([{ emotion: 'pleased', intensity: 5 }, { emotion: 'stressed', intensity: 1 }])).toBe(4);
    expect(nevIntensity([{ emotion: 'pleased', intensity: 1 }, { emotion: 'stressed', intensity: 5 }])).toBe(-4);
  });

  test('each side is averaged over its own ratings', () => {
    // Three positive ratings of 2 and one negative of 2: equal means, NEV 0 whatever the counts.
    const ratings = [
      { emotion: 'safe', intensity: 2 },
      { emotion: 'valued', intensity: 2 },
      { emotion: 'focused', intensity: 2 },
      { emotion: 'neglected', intensity: 2 },
    ];
    expect(nevIntensity(ratings)).toBe(0);
  });

  test('counts unrated rows and ratings without an intensity as unanswered, after checking the emotion', () => {
    expect(
      nevIntensitySummary([null, undefined, { emotion: 'Happy', intensity: null }, { emotion: 'safe', intensity: undefined }]),
    ).toStrictEqual({ positiveCount: 0, positiveSum: 0, negativeCount: 0, negativeSum: 0, unanswered: 4 });
    expectMetricError(() => nevIntensitySummary([{ emotion: 'bored', intensity: null }]), {
      metric: 'nevIntensitySummary',
      code: 'UNKNOWN_VALUE',
      field: 'ratings[0].emotion',
    });
  });

  test('custom scales and accessors', () => {
    // 0–10: (8 + 6) / 2 − 3 = 4.
    const rows = [
      { q: 'valued', a: 8 },
      { q: 'interested', a: 6 },
      { q: 'neglected', a: 3 },
    ];
    expect(nevIntensity(rows, (row) => ({ emotion: row.q, intensity: row.a }), { scaleMin: 0, scaleMax: 10 })).toBe(4);
    // −3…3: 3 − (−3) = 6.
    expect(
      nevIntensity(
        [
          { emotion: 'happy', intensity: 3 },
          { emotion: 'unhappy', intensity: -3 },
        ],
        { scaleMin: -3, scaleMax: 3 },
      ),
    ).toBe(6);
  });

  test('names the missing side when one is empty', () => {
    const positiveOnly = [{ emotion: 'happy', intensity: 4 }];
    const negativeOnly = [{ emotion: 'stressed', intensity: 4 }];
    let error = expectMetricError(() => nevIntensity(negativeOnly), { metric: 'nevIntensity', code: 'EMPTY', field: 'ratings' });
    expect(error.message).toContain('positive emotion');
    error = expectMetricError(() => nevIntensity(positiveOnly), { metric: 'nevIntensity', code: 'EMPTY', field: 'ratings' });
    expect(error.message).toContain('negative emotion');
    expectMetricError(() => nevIntensity([]), { metric: 'nevIntensity', code: 'EMPTY' });
  });

  test('rejects bad ratings, naming the field', () => {
    const run = (rating: unknown, options?: object) => () =>
      nevIntensity([{ emotion: 'happy', intensity: 3 }, rating as NevRating], options as never);
    expectMetricError(run({ emotion: 'happy', intensity: 6 }), {
      metric: 'nevIntensity',
      code: 'OUT_OF_RANGE',
      field: 'ratings[1].intensity',
    });
    expectMetricError(run({ emotion: 'happy', intensity: 2.5 }), { metric: 'nevIntensity', code: 'NOT_INTEGER' });
    expectMetricError(run({ emotion: 'happy', intensity: Number.NaN }), { metric: 'nevIntensity', code: 'NOT_FINITE' });
    expectMetricError(run({ emotion: 'happy', intensity: '3' }), { metric: 'nevIntensity', code: 'WRONG_TYPE' });
    expectMetricError(run({ emotion: 'positive', intensity: 3 }), {
      metric: 'nevIntensity',
      code: 'UNKNOWN_VALUE',
      field: 'ratings[1].emotion',
    });
    expectMetricError(run({ intensity: 3 }), { metric: 'nevIntensity', code: 'WRONG_TYPE', field: 'ratings[1].emotion' });
    expectMetricError(run('happy'), { metric: 'nevIntensity', code: 'WRONG_TYPE', field: 'ratings[1]' });
    expectMetricError(run(['happy', 3]), { metric: 'nevIntensity', code: 'WRONG_TYPE', field: 'ratings[1]' });
    expectMetricError(run({ emotion: 'happy', intensity: 0 }, { scaleMin: 1, scaleMax: 0 }), {
      metric: 'nevIntensity',
      code: 'INCONSISTENT',
      field: 'options.scaleMax',
    });
  });

  test('does not mutate its input', () => {
    const ratings = deepFreeze([
      { emotion: 'happy', intensity: 5 },
      { emotion: 'stressed', intensity: 2 },
    ]);
    expect(() => nevIntensity(ratings)).not.toThrow();
  });

  test('types', () => {
    expectTypeOf(nevIntensity).toBeCallableWith([{ emotion: 'happy', intensity: 3 }, null]);
    // @ts-expect-error a rating is an object, not a number
    expectTypeOf(nevIntensity).toBeCallableWith([3]);
    expectTypeOf(nevIntensitySummary([])).toEqualTypeOf<NevIntensitySummary>();
  });
});

describe('nevIntensitySummary, merge and fromSummary', () => {
  test('count and sum each side', () => {
    expect(
      nevIntensitySummary([
        { emotion: 'pleased', intensity: 4 },
        { emotion: 'safe', intensity: 5 },
        { emotion: 'hurried', intensity: 3 },
      ]),
    ).toStrictEqual({ positiveCount: 2, positiveSum: 9, negativeCount: 1, negativeSum: 3, unanswered: 0 });
  });

  test('merge adds field by field; fromSummary divides', () => {
    const merged = mergeNevIntensitySummaries(
      { positiveCount: 1, positiveSum: 5, negativeCount: 0, negativeSum: 0, unanswered: 2 },
      { positiveCount: 1, positiveSum: 3, negativeCount: 2, negativeSum: 3, unanswered: 0 },
    );
    expect(merged).toStrictEqual({ positiveCount: 2, positiveSum: 8, negativeCount: 2, negativeSum: 3, unanswered: 2 });
    // 8 / 2 − 3 / 2 = 2.5.
    expect(nevIntensityFromSummary(merged)).toBe(2.5);
  });

  test('reject bad summaries', () => {
    const good = { positiveCount: 2, positiveSum: 8, negativeCount: 2, negativeSum: 3, unanswered: 0 };
    expectMetricError(() => nevIntensityFromSummary({ ...good, negativeCount: 0, negativeSum: 0 }), {
      metric: 'nevIntensityFromSummary',
      code: 'EMPTY',
      field: 'summary.negativeCount',
    });
    expectMetricError(() => nevIntensityFromSummary({ ...good, positiveCount: 0, positiveSum: 0 }), {
      metric: 'nevIntensityFromSummary',
      code: 'EMPTY',
      field: 'summary.positiveCount',
    });
    expectMetricError(() => nevIntensityFromSummary({ ...good, positiveCount: 0 }), {
      metric: 'nevIntensityFromSummary',
      code: 'INCONSISTENT',
      field: 'summary.positiveSum',
    });
    expectMetricError(() => nevIntensityFromSummary({ ...good, negativeSum: 2.5 }), {
      metric: 'nevIntensityFromSummary',
      code: 'NOT_INTEGER',
      field: 'summary.negativeSum',
    });
    expectMetricError(() => mergeNevIntensitySummaries(good, { ...good, positiveCount: -1 }), {
      metric: 'mergeNevIntensitySummaries',
      code: 'NEGATIVE',
      field: 'b.positiveCount',
    });
    expectMetricError(() => mergeNevIntensitySummaries(good, { ...good, unanswered: null } as never), {
      metric: 'mergeNevIntensitySummaries',
      code: 'WRONG_TYPE',
      field: 'b.unanswered',
    });
    // Sums may be negative (scales below zero), but must be finite.
    expect(nevIntensityFromSummary({ ...good, negativeSum: -4 })).toBe(6);
    expectMetricError(() => nevIntensityFromSummary({ ...good, positiveSum: Infinity }), {
      metric: 'nevIntensityFromSummary',
      code: 'NOT_FINITE',
    });
  });
});

describe('nev: bad input found by the bad-input sweep', () => {
  test('an intensity sum beyond 2⁵³ − 1 is OUT_OF_RANGE, not an infinite score', () => {
    // Before: positiveSum = Number.MAX_VALUE with negativeSum = −Number.MAX_VALUE gave Infinity.
    const summary = { positiveCount: 1, positiveSum: Number.MAX_VALUE, negativeCount: 1, negativeSum: -Number.MAX_VALUE, unanswered: 0 };
    expectMetricError(() => nevIntensityFromSummary(summary), {
      metric: 'nevIntensityFromSummary',
      code: 'OUT_OF_RANGE',
      field: 'summary.positiveSum',
    });
    expectMetricError(() => mergeNevIntensitySummaries({ ...summary, positiveSum: 0, positiveCount: 0 }, summary), {
      metric: 'mergeNevIntensitySummaries',
      code: 'OUT_OF_RANGE',
      field: 'a.negativeSum',
    });
    // Safe sums of either sign are fine: 1 − (−(2⁵³ − 1)) = 2⁵³, exactly a double.
    const low = { ...summary, positiveSum: 1, negativeSum: -Number.MAX_SAFE_INTEGER };
    expect(nevIntensityFromSummary(low)).toBe(2 ** 53);
  });

  test('a null scale option is WRONG_TYPE, not the default', () => {
    // Before: { scaleMin: null } read as "unset" and silently used 1.
    const ratings = [{ emotion: 'happy', intensity: 5 }, { emotion: 'stressed', intensity: 2 }];
    expectMetricError(() => nevIntensity(ratings, { scaleMin: null as never }), {
      metric: 'nevIntensity',
      code: 'WRONG_TYPE',
      field: 'options.scaleMin',
    });
    expectMetricError(() => nevIntensitySummary(ratings, { scaleMax: null as never }), {
      metric: 'nevIntensitySummary',
      code: 'WRONG_TYPE',
      field: 'options.scaleMax',
    });
  });

  test('warehouse counts without unanswered: nevIntensityFromSummary reads absent as 0', () => {
    // 3 positive summing to 12 (mean 4), 2 negative summing to 3 (mean 1.5): 4 − 1.5 = 2.5.
    const counts = { positiveCount: 3, positiveSum: 12, negativeCount: 2, negativeSum: 3 };
    expect(nevIntensityFromSummary(counts)).toBe(2.5);
    expectMetricError(() => nevIntensityFromSummary({ ...counts, unanswered: -2 }), {
      metric: 'nevIntensityFromSummary',
      field: 'summary.unanswered',
      code: 'NEGATIVE',
    });
    const merged = mergeNevIntensitySummaries(counts as NevIntensitySummary, { ...counts, unanswered: 1 });
    expect(merged).toEqual({ positiveCount: 6, positiveSum: 24, negativeCount: 4, negativeSum: 6, unanswered: 1 });
  });
});
