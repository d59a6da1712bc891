import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, iterate, NOT_NUMBERS } from '../../test/helpers.js';
import {
  averageDurationFromSummary,
  durationSummary,
  mergeDurationSummaries,
  type DurationSummary,
  type DurationTotals,
  type MetricInputErrorCode,
} from '../index.js';

describe('durationSummary', () => {
  test('counts, totals, and keeps the shortest and longest; skips and counts missing rows', () => {
    expect(durationSummary([300, 420, null, 240, undefined])).toStrictEqual({
      count: 3,
      totalSeconds: 960,
      minSeconds: 240,
      maxSeconds: 420,
      unanswered: 2,
    });
    expect(durationSummary([])).toStrictEqual({ count: 0, totalSeconds: 0, minSeconds: null, maxSeconds: null, unanswered: 0 });
    expect(durationSummary([null])).toStrictEqual({ count: 0, totalSeconds: 0, minSeconds: null, maxSeconds: null, unanswered: 1 });
    // −0 is stored as 0, so the summary survives a JSON round trip unchanged.
    expect(Object.is(durationSummary([-0]).minSeconds, 0)).toBe(true);
  });

  test('sums with compensation: 10,000 × 0.1 is the double nearest 1,000', () => {
    const values = Array.from({ length: 10_000 }, () => 0.1);
    // The exact sum of 10,000 copies of the double 0.1 is 1000.0000000000000555…, whose nearest
    // double is 1000; a plain left-to-right loop drifts to 1000.0000000001588.
    let naive = 0;
    for (const x of values) naive += x;
    expect(naive).not.toBe(1000);
    expect(durationSummary(values).totalSeconds).toBe(1000);
  });

  test('reads rows through an accessor once each; accepts any iterable; does not mutate', () => {
    const calls: number[] = [];
    const summary = durationSummary([{ s: 3600 }, { s: 5400 }], (row, i) => {
      calls.push(i);
      return row.s;
    });
    expect(summary.totalSeconds).toBe(9000);
    expect(calls).toEqual([0, 1]);
    expect(durationSummary(iterate([1, 2])).count).toBe(2);
    expect(durationSummary(deepFreeze([{ s: 2 }]), (row) => row.s).totalSeconds).toBe(2);
  });

  test.each([...NOT_NUMBERS, [-1, 'NEGATIVE']] as const)('rejects the duration %o with %s', (bad, code) => {
    expectMetricError(() => durationSummary([5, bad as number]), { metric: 'durationSummary', code, field: 'durations[1]' });
  });

  test('rejects a total too large for a double, a bad accessor, and what is not a sample', () => {
    expectMetricError(() => durationSummary([Number.MAX_VALUE, Number.MAX_VALUE]), { metric: 'durationSummary', code: 'OUT_OF_RANGE', field: 'durations' });
    expectMetricError(() => durationSummary([1], 'seconds' as never), { metric: 'durationSummary', code: 'WRONG_TYPE', field: 'duration' });
    expectMetricError(() => durationSummary(5 as never), { metric: 'durationSummary', code: 'WRONG_TYPE', field: 'durations' });
  });
});

describe('mergeDurationSummaries', () => {
  test('adds counts and totals, keeps the extremes of both sides', () => {
    expect(mergeDurationSummaries(durationSummary([30, 50]), durationSummary([10, null]))).toStrictEqual({
      count: 3,
      totalSeconds: 90,
      minSeconds: 10,
      maxSeconds: 50,
      unanswered: 1,
    });
  });

  test('merges report totals without extremes; unknown extremes stay unknown', () => {
    expect(mergeDurationSummaries({ count: 300, totalSeconds: 9000 }, { count: 500, totalSeconds: 20000 })).toStrictEqual({
      count: 800,
      totalSeconds: 29000,
      minSeconds: null,
      maxSeconds: null,
      unanswered: 0,
    });
    // One side knows its extremes, the other does not: the merged extremes are unknown.
    expect(mergeDurationSummaries(durationSummary([4, 6]), { count: 2, totalSeconds: 10 }).minSeconds).toBeNull();
    // An empty side knows nothing and changes nothing.
    expect(mergeDurationSummaries({ count: 0, totalSeconds: 0 }, durationSummary([4, 6]))).toStrictEqual(durationSummary([4, 6]));
    expect(mergeDurationSummaries(durationSummary([4, 6]), { count: 0, totalSeconds: 0, unanswered: 2 })).toStrictEqual({
      ...durationSummary([4, 6]),
      unanswered: 2,
    });
  });

  const good: DurationTotals = { count: 2, totalSeconds: 10, minSeconds: 4, maxSeconds: 6, unanswered: 0 };
  const cases: readonly (readonly [Partial<Record<keyof DurationTotals, unknown>>, MetricInputErrorCode, string])[] = [
    [{ count: 1.5 }, 'NOT_INTEGER', 'count'],
    [{ count: -1 }, 'NEGATIVE', 'count'],
    [{ totalSeconds: Number.NaN }, 'NOT_FINITE', 'totalSeconds'],
    [{ totalSeconds: -10 }, 'NEGATIVE', 'totalSeconds'],
    [{ minSeconds: '4' }, 'WRONG_TYPE', 'minSeconds'],
    [{ maxSeconds: Number.POSITIVE_INFINITY }, 'NOT_FINITE', 'maxSeconds'],
    [{ unanswered: 0.5 }, 'NOT_INTEGER', 'unanswered'],
    // Contradictions.
    [{ minSeconds: 7 }, 'INCONSISTENT', 'maxSeconds'],
    [{ count: 0 }, 'INCONSISTENT', 'totalSeconds'],
    [{ count: 0, totalSeconds: 0 }, 'INCONSISTENT', 'minSeconds'],
    [{ count: 0, totalSeconds: 0, minSeconds: null }, 'INCONSISTENT', 'maxSeconds'],
    // Two durations of at least 4 s cannot total 5 s, nor two of at most 6 s total 13 s.
    [{ totalSeconds: 5 }, 'INCONSISTENT', 'totalSeconds'],
    [{ totalSeconds: 13 }, 'INCONSISTENT', 'totalSeconds'],
  ];

  test.each(cases)('rejects %o with %s, naming the side', (overrides, code, field) => {
    expectMetricError(() => mergeDurationSummaries(good, { ...good, ...overrides } as DurationTotals), {
      metric: 'mergeDurationSummaries',
      code,
      field: `b.${field}`,
    });
    expectMetricError(() => mergeDurationSummaries({ ...good, ...overrides } as DurationTotals, good), {
      metric: 'mergeDurationSummaries',
      code,
      field: `a.${field}`,
    });
  });

  test('accepts totals within rounding of count × [min, max]', () => {
    // 0.1 + 0.2 = 0.30000000000000004, a hair above 3 × 0.1.
    expect(mergeDurationSummaries({ count: 3, totalSeconds: 0.1 + 0.1 + 0.1, minSeconds: 0.1, maxSeconds: 0.1 }, good).count).toBe(5);
  });

  test('rejects what is not a summary and a sum too large for a double', () => {
    expectMetricError(() => mergeDurationSummaries(null as never, good), { metric: 'mergeDurationSummaries', code: 'WRONG_TYPE', field: 'a' });
    expectMetricError(() => mergeDurationSummaries(good, { totalSeconds: 1 } as never), { metric: 'mergeDurationSummaries', code: 'WRONG_TYPE', field: 'b.count' });
    const huge = { count: 1, totalSeconds: Number.MAX_VALUE };
    // The field names b's total, as every merge names the b side of a sum that leaves its range.
    expectMetricError(() => mergeDurationSummaries(huge, huge), { metric: 'mergeDurationSummaries', code: 'OUT_OF_RANGE', field: 'b.totalSeconds' });
  });

  test('types: takes totals, returns a summary', () => {
    expectTypeOf(mergeDurationSummaries({ count: 1, totalSeconds: 2 }, { count: 1, totalSeconds: 2 })).toEqualTypeOf<DurationSummary>();
  });
});

describe('averageDurationFromSummary', () => {
  test('follows the worked examples of its sources', () => {
    // Call Centre Helper, "What is average handling time": (668,205 + 99,153 + 198,306) s over
    // 4,311 calls = 965,664 / 4,311 = 224 s exactly.
    expect(averageDurationFromSummary({ count: 4311, totalSeconds: 668205 + 99153 + 198306 })).toBe(224);
    // Klipfolio, "Average speed to answer": 1,750 minutes of waiting over 500 answered calls = 3.5 min.
    expect(averageDurationFromSummary({ count: 500, totalSeconds: 1750 * 60 })).toBe(210);
    // mbaskool, "Average speed of answer": 1 hour over 100 callers = 36 s.
    expect(averageDurationFromSummary({ count: 100, totalSeconds: 3600 })).toBe(36);
  });

  test('weights by volume over many periods, never a mean of means', () => {
    // "Month to day average speed of answer calculation": Monday 300 calls, 9,000 s; Tuesday
    // 500, 20,000 s; Wednesday 200, 5,000 s. Weighted: 34,000 / 1,000 = 34 s; the mean of the
    // daily 30, 40 and 25 s would be 31.67 s.
    const days = [
      { count: 300, totalSeconds: 9000 },
      { count: 500, totalSeconds: 20000 },
      { count: 200, totalSeconds: 5000 },
    ];
    const merged = days.reduce<DurationTotals>((a, b) => mergeDurationSummaries(a, b), { count: 0, totalSeconds: 0 });
    expect(averageDurationFromSummary(merged)).toBe(34);
    const meanOfMeans = days.map(averageDurationFromSummary).reduce((a, b) => a + b) / days.length;
    expect(meanOfMeans).toBeCloseTo(31.67, 2);
  });

  test('equals the mean of the durations it summarises', () => {
    // By hand: 960 / 3.
    expect(averageDurationFromSummary(durationSummary([300, 420, null, 240]))).toBe(320);
    expect(averageDurationFromSummary(deepFreeze({ count: 1, totalSeconds: 5, minSeconds: 5, maxSeconds: 5 }))).toBe(5);
  });

  test('rejects an empty summary and bad totals', () => {
    expectMetricError(() => averageDurationFromSummary({ count: 0, totalSeconds: 0 }), { metric: 'averageDurationFromSummary', code: 'EMPTY', field: 'summary.count' });
    expectMetricError(() => averageDurationFromSummary(durationSummary([null])), { metric: 'averageDurationFromSummary', code: 'EMPTY', field: 'summary.count' });
    expectMetricError(() => averageDurationFromSummary({ count: 0, totalSeconds: 50 }), {
      metric: 'averageDurationFromSummary',
      code: 'INCONSISTENT',
      field: 'summary.totalSeconds',
    });
    expectMetricError(() => averageDurationFromSummary({ count: 2, totalSeconds: -1 }), {
      metric: 'averageDurationFromSummary',
      code: 'NEGATIVE',
      field: 'summary.totalSeconds',
    });
    expectMetricError(() => averageDurationFromSummary(224 as never), { metric: 'averageDurationFromSummary', code: 'WRONG_TYPE', field: 'summary' });
  });
});
