import { describe, expect, test } from 'vitest';
import { deepFreeze, expectMetricError, iterate, NOT_NUMBERS } from '../../test/helpers.js';
import { mean, meanFromSummary, meanSummary, mergeMeanSummaries } from '../index.js';

describe('meanSummary', () => {
  test('counts, averages and sums squared deviations; skips null and undefined', () => {
    // By hand: mean of 4, 5, 3 is 4; deviations 0, 1, −1; Σ = 2.
    expect(meanSummary([4, 5, 3, null, undefined])).toStrictEqual({ count: 3, mean: 4, sumOfSquaredDeviations: 2, unanswered: 2 });
    expect(meanSummary([])).toStrictEqual({ count: 0, mean: 0, sumOfSquaredDeviations: 0, unanswered: 0 });
  });

  test('stays exact where the textbook Σx² − (Σx)²/n cancels', () => {
    // 10⁹ + 1, 10⁹ + 2, 10⁹ + 3: the deviations are −1, 0, 1, so Σ = 2 exactly. The naive
    // formula in doubles gives 0 or 4 here, since Σx² ≈ 3 × 10¹⁸ has no units digit left.
    const summary = meanSummary([1e9 + 1, 1e9 + 2, 1e9 + 3]);
    expect(summary.mean).toBe(1e9 + 2);
    expect(summary.sumOfSquaredDeviations).toBe(2);
  });

  test('reads rows through an accessor, called once per row, from any iterable', () => {
    const calls: number[] = [];
    const summary = meanSummary(iterate([{ s: 300 }, { s: 420 }]), (row, index) => {
      calls.push(index);
      return row.s;
    });
    expect(summary).toStrictEqual({ count: 2, mean: 360, sumOfSquaredDeviations: 7200, unanswered: 0 });
    expect(calls).toEqual([0, 1]);
    expect(meanSummary(new Float64Array([1, 2, 3])).mean).toBe(2);
  });

  test('does not mutate its input', () => {
    expect(() => meanSummary(deepFreeze([1, 2, null]))).not.toThrow();
  });

  test.each(NOT_NUMBERS)('rejects the value %o with %s, naming its index', (bad, code) => {
    expectMetricError(() => meanSummary([1, bad as number]), { metric: 'meanSummary', code, field: 'values[1]' });
  });

  test('rejects a non-iterable and a non-function accessor', () => {
    expectMetricError(() => meanSummary(3 as never), { metric: 'meanSummary', code: 'WRONG_TYPE', field: 'values' });
    expectMetricError(() => meanSummary([1], 'x' as never), { metric: 'meanSummary', code: 'WRONG_TYPE', field: 'value' });
  });
});

describe('mergeMeanSummaries', () => {
  test('combines by Chan, Golub & LeVeque', () => {
    // [4, 5] and [3]: n = 3, mean = (2·4.5 + 3)/3 = 4; M₂ = 0.5 + 0 + (3 − 4.5)²·2·1/3 = 2.
    expect(mergeMeanSummaries(meanSummary([4, 5]), meanSummary([3]))).toStrictEqual(meanSummary([4, 5, 3]));
    expect(mergeMeanSummaries(meanSummary([1, null]), meanSummary([]))).toStrictEqual(meanSummary([1, null]));
  });

  test('rejects inconsistent summaries', () => {
    const metric = 'mergeMeanSummaries';
    const empty = meanSummary([]);
    expectMetricError(() => mergeMeanSummaries({ count: 0, mean: 3, sumOfSquaredDeviations: 0, unanswered: 0 }, empty), {
      metric,
      code: 'INCONSISTENT',
      field: 'a.mean',
    });
    expectMetricError(() => mergeMeanSummaries(empty, { count: 1, mean: 3, sumOfSquaredDeviations: 1, unanswered: 0 }), {
      metric,
      code: 'INCONSISTENT',
      field: 'b.sumOfSquaredDeviations',
    });
    expectMetricError(() => mergeMeanSummaries(empty, { count: 2, mean: 3, sumOfSquaredDeviations: -1, unanswered: 0 }), {
      metric,
      code: 'NEGATIVE',
      field: 'b.sumOfSquaredDeviations',
    });
    expectMetricError(() => mergeMeanSummaries(empty, { count: 2.5, mean: 3, sumOfSquaredDeviations: 1, unanswered: 0 }), {
      metric,
      code: 'NOT_INTEGER',
      field: 'b.count',
    });
  });
});

describe('values too far apart for a double', () => {
  const max = Number.MAX_VALUE;

  test('meanSummary: a spread whose Σ (x − mean)² overflows is OUT_OF_RANGE, not NaN', () => {
    // Before: [MAX, −MAX] gave mean −Infinity and sumOfSquaredDeviations NaN.
    expectMetricError(() => meanSummary([max, -max]), { metric: 'meanSummary', code: 'OUT_OF_RANGE', field: 'values' });
    // 1e200 apart: (1e200)²/2 = 5e399 overflows too.
    expectMetricError(() => meanSummary([0, 1e200]), { metric: 'meanSummary', code: 'OUT_OF_RANGE', field: 'values' });
    // Huge but equal values have no spread at all.
    expect(meanSummary([max, max])).toStrictEqual({ count: 2, mean: max, sumOfSquaredDeviations: 0, unanswered: 0 });
  });

  test('mergeMeanSummaries: n × mean may overflow where the mean does not', () => {
    // Before: (2·MAX + 3·MAX)/5 overflowed to Infinity. The mean of five copies of MAX is MAX.
    const a = { count: 2, mean: max, sumOfSquaredDeviations: 0, unanswered: 0 };
    const b = { count: 3, mean: max, sumOfSquaredDeviations: 0, unanswered: 1 };
    expect(mergeMeanSummaries(a, b)).toStrictEqual({ count: 5, mean: max, sumOfSquaredDeviations: 0, unanswered: 1 });
  });

  test('mergeMeanSummaries: means too far apart are OUT_OF_RANGE on b, not Infinity', () => {
    const a = { count: 2, mean: max, sumOfSquaredDeviations: 0, unanswered: 0 };
    expectMetricError(() => mergeMeanSummaries(a, { ...a, mean: -max }), { metric: 'mergeMeanSummaries', code: 'OUT_OF_RANGE', field: 'b' });
  });
});

describe('mean and meanFromSummary', () => {
  test('the mean of values, skipping missing ones, and of a summary', () => {
    // By hand: (300 + 420 + 240) / 3 = 320.
    expect(mean([300, 420, null, 240])).toBe(320);
    expect(mean([{ t: 100 }, { t: 150 }], (row) => row.t)).toBe(125);
    expect(meanFromSummary(meanSummary([4, 5, 3]))).toBe(4);
    // Warehouse figures: COUNT and AVG only; the spread and unanswered are bookkeeping here.
    // Call Centre Helper's AHT: (668,205 + 99,153 + 198,306) s / 4,311 calls = 965,664 / 4,311 = 224 s.
    expect(meanFromSummary({ count: 4311, mean: 965_664 / 4311 })).toBe(224);
  });

  test('merged summaries give the volume-weighted mean, not the mean of means', () => {
    // Day one: 1 call of 20 s; day two: 5 s and 50 s. (20 + 5 + 50) / 3 = 25, not (20 + 27.5) / 2.
    expect(meanFromSummary(mergeMeanSummaries(meanSummary([20]), meanSummary([5, 50])))).toBe(25);
  });

  test('EMPTY without a value; a bad summary names its field', () => {
    expectMetricError(() => mean([null]), { metric: 'mean', code: 'EMPTY', field: 'values' });
    expectMetricError(() => mean([1, Number.NaN]), { metric: 'mean', code: 'NOT_FINITE', field: 'values[1]' });
    expectMetricError(() => meanFromSummary({ count: 0, mean: 0 }), { metric: 'meanFromSummary', code: 'EMPTY', field: 'summary.count' });
    expectMetricError(() => meanFromSummary({ count: 2, mean: Number.NaN }), { metric: 'meanFromSummary', code: 'NOT_FINITE', field: 'summary.mean' });
    expectMetricError(() => meanFromSummary({ count: 1, mean: 3, sumOfSquaredDeviations: 4 }), {
      metric: 'meanFromSummary',
      code: 'INCONSISTENT',
      field: 'summary.sumOfSquaredDeviations',
    });
    expectMetricError(() => meanFromSummary({ count: 2, mean: 3, unanswered: -1 }), { metric: 'meanFromSummary', code: 'NEGATIVE', field: 'summary.unanswered' });
  });
});
