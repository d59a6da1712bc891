import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import {
  approximatePercentile,
  approximatePercentileFromSummary,
  approximatePercentileMetric,
  approximatePercentileSummary,
  groupBy,
  mergeApproximatePercentileSummaries,
} from '../index.js';

// γ = 1.01 / 0.99 = 1.020202…, ln γ = 0.0200006667 (by hand: ln(1 + α) − ln(1 − α) = 2(α + α³/3 + …)).
describe('approximatePercentileSummary', () => {
  test('counts each value in bucket ⌈ln x / ln γ⌉, zeros apart', () => {
    // ln 2 / ln γ = 34.656 → 35; ln 0.5 → −34.656 → −34; ln 3 → 54.93 → 55; ln 1e7 → 805.88 → 806.
    expect(approximatePercentileSummary([0, 0, 2, 0.5, 3, 1e7, null, undefined])).toStrictEqual({
      relativeAccuracy: 0.01,
      count: 6,
      zeroCount: 2,
      buckets: { '-34': 1, '35': 1, '55': 1, '806': 1 },
      minimum: 0,
      maximum: 1e7,
      unanswered: 2,
    });
  });

  test('no values: empty buckets, minimum and maximum 0', () => {
    expect(approximatePercentileSummary([null])).toStrictEqual({
      relativeAccuracy: 0.01, count: 0, zeroCount: 0, buckets: {}, minimum: 0, maximum: 0, unanswered: 1,
    });
  });

  test('rows through an accessor, bigints exactly, and the relative accuracy', () => {
    const rows = [{ wait: 2n }, { wait: 2 }];
    expect(approximatePercentileSummary(rows, (row) => row.wait).buckets).toStrictEqual({ '35': 2 });
    // α = 0.1: γ = 1.1 / 0.9, ln γ = 0.2006707; ln 2 / ln γ = 3.454 → 4.
    expect(approximatePercentileSummary([2], { relativeAccuracy: 0.1 }).buckets).toStrictEqual({ '4': 1 });
  });

  test('rejects negative and non-finite values, and an accuracy outside (0, 1)', () => {
    expectMetricError(() => approximatePercentileSummary([1, -1]), { metric: 'approximatePercentileSummary', field: 'values[1]', code: 'NEGATIVE' });
    expectMetricError(() => approximatePercentileSummary([Number.NaN]), { metric: 'approximatePercentileSummary', field: 'values[0]', code: 'NOT_FINITE' });
    expectMetricError(() => approximatePercentileSummary([1], { relativeAccuracy: 1 }), { metric: 'approximatePercentileSummary', field: 'options.relativeAccuracy', code: 'OUT_OF_RANGE' });
    expectMetricError(() => approximatePercentileSummary([1], { relativeAccuracy: 0 }), { metric: 'approximatePercentileSummary', field: 'options.relativeAccuracy', code: 'OUT_OF_RANGE' });
  });

  test('an accuracy finer than 10⁻⁶ is OUT_OF_RANGE: at 10⁻¹⁷, 1 + α rounds to 1, so γ = 1 and ln γ = 0', () => {
    // With ln γ = 0, ln 2 / 0 = Infinity and ln 1 / 0 = NaN were written as the keys "Infinity" and "NaN".
    for (const relativeAccuracy of [1e-17, 1e-12, 9.99e-7]) {
      expectMetricError(() => approximatePercentileSummary([2, 1], { relativeAccuracy }), {
        metric: 'approximatePercentileSummary', field: 'options.relativeAccuracy', code: 'OUT_OF_RANGE',
      });
    }
    // α = 10⁻⁶: ln γ = 2.0000000000006667e-6 (2α + 2α³/3); ln 2 / ln γ = 346573.59 → 346574.
    expect(approximatePercentileSummary([2], { relativeAccuracy: 1e-6 }).buckets).toStrictEqual({ '346574': 1 });
  });
});

describe('approximatePercentileFromSummary', () => {
  test('a bucket is read at its middle 2γ^k / (γ + 1), within α of any value in it', () => {
    // 100, 100.2 and 100.3 are in bucket 231 (ln 100.3 / ln γ = 230.40): its middle 2γ²³¹ / (γ + 1)
    // = 100.4946 (computed independently) is above the maximum, 100.3, which bounds it.
    const one = approximatePercentileSummary([100, 100.2, 100.3]);
    expect(approximatePercentileFromSummary(one, { percentile: 50 })).toBe(100.3);
    // The smallest and largest values are exact.
    expect(approximatePercentileFromSummary(one, { percentile: 0 })).toBe(100);
    const spread = approximatePercentileSummary([1, 100, 1000]);
    expect(approximatePercentileFromSummary(spread, { percentile: 50 })).toBeCloseTo(100.49456770856492, 9);
  });

  test('values near the largest double: a middle past 9 × 10³⁰⁷ is not lost to overflow', () => {
    // [1e308, 1.5e308, 1.79e308]: type 7's median is x₁ = 1.5e308 (h = 2 × 0.5 = 1). ln(1.5e308) / ln γ
    // = 709.6017 / 0.0200006667 = 35478.90 → bucket 35479, whose middle 2γ³⁵⁴⁷⁹ / (γ + 1) is
    // 1.48794371225e308 (50-digit decimal arithmetic); computed as 2 × γ^k first, it overflowed to
    // Infinity and was clamped to the maximum, 1.79e308, 19 % off.
    const summary = approximatePercentileSummary([1e308, 1.5e308, 1.79e308]);
    expect(summary.buckets).toStrictEqual({ '35459': 1, '35479': 1, '35488': 1 });
    expect(approximatePercentileFromSummary(summary, { percentile: 50 }) / 1.48794371225e308).toBeCloseTo(1, 10);
  });

  test('interpolates between the two order statistics as type 7 does', () => {
    // [0, 0, 10]: h = 2 × 0.75 = 1.5, halfway between 0 and the estimate of 10, clamped to 10: 5.
    expect(approximatePercentileFromSummary(approximatePercentileSummary([0, 0, 10]), { percentile: 75 })).toBe(5);
  });

  test('checks a summary from a warehouse', () => {
    const summary = { relativeAccuracy: 0.01, count: 2n, zeroCount: 0, buckets: { '231': 2n }, minimum: 100, maximum: 100 };
    expect(approximatePercentileFromSummary(summary, { percentile: 50 })).toBe(100);
    expectMetricError(() => approximatePercentileFromSummary({ ...summary, count: 3 }, { percentile: 50 }), {
      metric: 'approximatePercentileFromSummary', field: 'summary.buckets', code: 'INCONSISTENT',
    });
    expectMetricError(() => approximatePercentileFromSummary({ ...summary, buckets: { '2.5': 2 } }, { percentile: 50 }), {
      metric: 'approximatePercentileFromSummary', field: 'summary.buckets', code: 'UNKNOWN_VALUE',
    });
    expectMetricError(() => approximatePercentileFromSummary({ ...summary, count: 0, buckets: {}, minimum: 0, maximum: 0 }, { percentile: 50 }), {
      metric: 'approximatePercentileFromSummary', field: 'summary.count', code: 'EMPTY',
    });
    expectMetricError(() => approximatePercentileFromSummary({ ...summary, buckets: { '231': 2.5 } }, { percentile: 50 }), {
      metric: 'approximatePercentileFromSummary', field: 'summary.buckets.231', code: 'NOT_INTEGER',
    });
    expectMetricError(() => approximatePercentileFromSummary({ ...summary, count: 0, buckets: { '231': 2, '232': -2 } }, { percentile: 50 }), {
      metric: 'approximatePercentileFromSummary', field: 'summary.buckets.232', code: 'NEGATIVE',
    });
  });

  test('refuses extremes its counts cannot have, which read as a wrong percentile before', () => {
    const read = (summary: object, field: string): void => {
      expectMetricError(() => approximatePercentileFromSummary(summary as never, { percentile: 50 }), {
        metric: 'approximatePercentileFromSummary', field, code: 'INCONSISTENT',
      });
    };
    // One value, a zero, yet a minimum of 5: the median was read as 5.
    read({ relativeAccuracy: 0.01, count: 1, zeroCount: 1, buckets: {}, minimum: 5, maximum: 5 }, 'summary.minimum');
    // No zero counted, yet a minimum of 0.
    read({ relativeAccuracy: 0.01, count: 1, zeroCount: 0, buckets: { '231': 1 }, minimum: 0, maximum: 100 }, 'summary.minimum');
    // A value in bucket 231 (near 100), yet a maximum of 0: the median was read as 0.
    read({ relativeAccuracy: 0.01, count: 2, zeroCount: 1, buckets: { '231': 1 }, minimum: 0, maximum: 0 }, 'summary.maximum');
    // Only zeros, yet a maximum of 3.
    read({ relativeAccuracy: 0.01, count: 2, zeroCount: 2, buckets: {}, minimum: 0, maximum: 3 }, 'summary.maximum');
    // No value, yet extremes.
    read({ relativeAccuracy: 0.01, count: 0, zeroCount: 0, buckets: {}, minimum: 1, maximum: 2 }, 'summary.maximum');
  });
});

describe('mergeApproximatePercentileSummaries', () => {
  test('adds counts, keeps the extremes, and refuses another accuracy', () => {
    const merged = mergeApproximatePercentileSummaries(approximatePercentileSummary([2, 3]), approximatePercentileSummary([0, 2, null]));
    expect(merged).toStrictEqual({ relativeAccuracy: 0.01, count: 4, zeroCount: 1, buckets: { '35': 2, '55': 1 }, minimum: 0, maximum: 3, unanswered: 1 });
    expectMetricError(
      () => mergeApproximatePercentileSummaries(approximatePercentileSummary([2]), approximatePercentileSummary([2], { relativeAccuracy: 0.02 })),
      { metric: 'mergeApproximatePercentileSummaries', field: 'b.relativeAccuracy', code: 'INCONSISTENT' },
    );
  });
});

describe('approximatePercentile and its descriptor', () => {
  test('the percentile of a sample; EMPTY without values', () => {
    expect(approximatePercentile([{ w: 5 }, { w: 5 }], (row) => row.w, { percentile: 50 })).toBe(5);
    expectMetricError(() => approximatePercentile([null], { percentile: 50 }), { metric: 'approximatePercentile', field: 'values', code: 'EMPTY' });
  });

  test('groups by key', () => {
    const metric = approximatePercentileMetric({ percentile: 100, relativeAccuracy: 0.05 });
    const groups = groupBy([{ k: 'a', v: 7 }, { k: 'a', v: 9 }, { k: 'b', v: 0 }], { key: (r) => r.k, value: (r) => r.v, metric, minimumAnswers: 1 });
    expect(groups.map((group) => [group.key, group.value, group.answered])).toStrictEqual([['a', 9, 2], ['b', 0, 1]]);
  });
});
