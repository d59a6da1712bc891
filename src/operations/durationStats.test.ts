import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, iterate, NOT_NUMBERS } from '../../test/helpers.js';
import { NUMPY, PERCENTS } from '../../test/numpyPercentiles.js';
import { durationStats, type DurationStats } from '../index.js';

describe('durationStats', () => {
  test.each(NUMPY.map((row, i) => [i, row] as const))('percentiles agree with NumPy (sample %i)', (_i, { values, expected }) => {
    const stats = durationStats(values, { percentiles: [...PERCENTS] });
    PERCENTS.forEach((p, k) => {
      const value = stats.percentiles[String(p)]!;
      expect(Math.abs(value - expected[k]!)).toBeLessThanOrEqual(1e-12 * Math.max(1, expected[k]!));
    });
    expect(stats.medianSeconds).toBe(stats.percentiles['50']);
    expect(stats.minSeconds).toBe(stats.percentiles['0']);
    expect(stats.maxSeconds).toBe(stats.percentiles['100']);
  });

  test("matches NumPy's documentation example and R's median", () => {
    // numpy.percentile docs: a = [[10, 7, 4], [3, 2, 1]]; np.percentile(a, 50) → 3.5.
    expect(durationStats([10, 7, 4, 3, 2, 1]).medianSeconds).toBe(3.5);
    // R: median(c(1, 3, 5)) = 3; an odd count needs no interpolation.
    expect(durationStats([5, 1, 3]).medianSeconds).toBe(3);
    // A single duration is every percentile.
    const one = durationStats([7], { percentiles: [0, 37.5, 100] });
    expect(one.percentiles).toStrictEqual({ '0': 7, '37.5': 7, '100': 7 });
  });

  test('returns the summary fields and the statistics', () => {
    // By hand: sorted 180, 240, 300, 360, 420, 600; total 2100; mean 350; median (300 + 360) / 2;
    // 90th: h = 5 × 0.9 = 4.5, halfway from 420 to 600 = 510; 4 of 6 are ≤ 400.
    const stats = durationStats([240, 300, 180, 600, 420, 360, null], { percentiles: [90], thresholdSeconds: 400 });
    expect(stats).toStrictEqual({
      count: 6,
      totalSeconds: 2100,
      minSeconds: 180,
      maxSeconds: 600,
      unanswered: 1,
      meanSeconds: 350,
      medianSeconds: 330,
      percentiles: { '90': 510 },
      percentWithinThreshold: 200 / 3,
    });
    expect(durationStats([1, 2]).percentiles).toStrictEqual({});
    expect('percentWithinThreshold' in durationStats([1, 2])).toBe(false);
  });

  test('within a threshold means at most the threshold', () => {
    // By hand: 2 of 4 durations are ≤ 86,400 s (one exactly 24 h).
    expect(durationStats([3600, 86400, 86401, 172800], { thresholdSeconds: 86400 }).percentWithinThreshold).toBe(50);
    expect(durationStats([3600, 86400, 86401, 172800], { thresholdSeconds: 86399.5 }).percentWithinThreshold).toBe(25);
    expect(durationStats([5, 6], { thresholdSeconds: 0 }).percentWithinThreshold).toBe(0);
    expect(durationStats([0, 6], { thresholdSeconds: 0 }).percentWithinThreshold).toBe(50);
    expect(durationStats([5, 6], { thresholdSeconds: 1e9 }).percentWithinThreshold).toBe(100);
  });

  test('reads rows through an accessor once each, in order; accepts any iterable', () => {
    const rows = [{ s: 30 }, { s: null }, { s: 10 }];
    const calls: number[] = [];
    const stats = durationStats(rows, (row, i) => {
      calls.push(i);
      return row.s;
    });
    expect(calls).toEqual([0, 1, 2]);
    expect(stats.meanSeconds).toBe(20);
    expect(stats.unanswered).toBe(1);
    expect(durationStats(iterate([4, 2]), { percentiles: [50] }).percentiles['50']).toBe(3);
    expect(durationStats(new Set([4, 2])).medianSeconds).toBe(3);
    expect(durationStats(new Float64Array([4, 2, 9])).medianSeconds).toBe(4);
  });

  test('does not mutate its input, nor sort it', () => {
    const values = deepFreeze([5, 1, 3]);
    expect(durationStats(values, deepFreeze({ percentiles: [50] })).medianSeconds).toBe(3);
    const typed = new Float64Array([5, 1, 3]);
    durationStats(typed);
    expect([...typed]).toEqual([5, 1, 3]);
  });

  test('grows past its first buffer without losing values', () => {
    // 1..1000: mean 500.5, median 500.5, 99th percentile h = 999 × 0.99 = 989.01 → 990.01.
    const values = Array.from({ length: 1000 }, (_, i) => 1000 - i);
    const stats = durationStats(values, { percentiles: [99] });
    expect(stats.count).toBe(1000);
    expect(stats.meanSeconds).toBe(500.5);
    expect(stats.medianSeconds).toBe(500.5);
    expect(stats.percentiles['99']).toBeCloseTo(990.01, 9);
  });

  test('keeps the mean within [min, max] where rounding would push it out', () => {
    // 0.1 + 0.1 + 0.1 rounds to 0.30000000000000004, and that / 3 to the double above 0.1.
    expect((0.1 + 0.1 + 0.1) / 3).toBeGreaterThan(0.1);
    expect(durationStats([0.1, 0.1, 0.1]).meanSeconds).toBe(0.1);
  });

  test('sums with compensation: 10,000 × 0.1 s totals the double nearest 1,000', () => {
    // Moved from the former durationSummary test. The exact sum of 10,000 copies of the double
    // 0.1 is 1000.0000000000000555…, whose nearest double is 1000; a plain loop drifts.
    const values = Array.from({ length: 10_000 }, () => 0.1);
    let naive = 0;
    for (const x of values) naive += x;
    expect(naive).not.toBe(1000);
    expect(durationStats(values).totalSeconds).toBe(1000);
  });

  test('rejects a sample without a duration', () => {
    expectMetricError(() => durationStats([]), { metric: 'durationStats', code: 'EMPTY', field: 'durations' });
    expectMetricError(() => durationStats([null, undefined]), { metric: 'durationStats', code: 'EMPTY', field: 'durations' });
  });

  test.each([...NOT_NUMBERS, [-1, 'NEGATIVE'], [-Number.MIN_VALUE, 'NEGATIVE']] as const)(
    'rejects the duration %o with %s, naming its index',
    (bad, code) => {
      const error = expectMetricError(() => durationStats([1, 2, bad as number]), { metric: 'durationStats', code, field: 'durations[2]' });
      expect(error.received).toBe(bad);
      expectMetricError(() => durationStats([{ s: bad }], (row) => row.s as number), { metric: 'durationStats', code, field: 'durations[0]' });
    },
  );

  test('rejects bad options', () => {
    for (const [bad, code] of [...NOT_NUMBERS, [-0.5, 'OUT_OF_RANGE'], [100.5, 'OUT_OF_RANGE'], [null, 'WRONG_TYPE']] as const) {
      expectMetricError(() => durationStats([1, 2], { percentiles: [50, bad as number] }), {
        metric: 'durationStats',
        code,
        field: 'options.percentiles[1]',
      });
    }
    for (const bad of [90, '90', { 0: 90 }, null]) {
      expectMetricError(() => durationStats([1, 2], { percentiles: bad as never }), { metric: 'durationStats', code: 'WRONG_TYPE', field: 'options.percentiles' });
    }
    for (const [bad, code] of [...NOT_NUMBERS, [-1, 'NEGATIVE'], [null, 'WRONG_TYPE']] as const) {
      expectMetricError(() => durationStats([1, 2], { thresholdSeconds: bad as number }), { metric: 'durationStats', code, field: 'options.thresholdSeconds' });
    }
    expectMetricError(() => durationStats([1, 2], 90 as never), { metric: 'durationStats', code: 'WRONG_TYPE', field: 'options' });
    expectMetricError(() => durationStats([1, 2], 'x' as never, {}), { metric: 'durationStats', code: 'WRONG_TYPE', field: 'duration' });
    for (const bad of [undefined, null, 5, 'durations']) {
      expectMetricError(() => durationStats(bad as never), { metric: 'durationStats', code: 'WRONG_TYPE', field: 'durations' });
    }
  });

  test('rejects a total too large for a double', () => {
    expectMetricError(() => durationStats([Number.MAX_VALUE, Number.MAX_VALUE]), { metric: 'durationStats', code: 'OUT_OF_RANGE', field: 'durations' });
  });

  test('types: the stats are a duration summary with statistics', () => {
    expectTypeOf(durationStats([1])).toEqualTypeOf<DurationStats>();
    expectTypeOf(durationStats([1]).minSeconds).toEqualTypeOf<number>();
    // @ts-expect-error percentiles are numbers
    expectTypeOf(durationStats).toBeCallableWith([1], { percentiles: ['90'] });
  });
});
