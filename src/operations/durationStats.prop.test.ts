import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { durationPercentile, durationStats, mean } from '../index.js';

const duration = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e6 }));
const durations = fc.array(duration, { minLength: 1, maxLength: 120 });
const percent = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 100 }));

/**
 * Hyndman & Fan type 7 in exact rational arithmetic (BigInt), for whole-number durations and a
 * percentile in tenths (p = tenths / 10): R's 1-based form, Q = (1 − γ)·x_j + γ·x_{j+1} with
 * j + γ = 1 + (n − 1)·p/100. Returns numerator and denominator.
 */
function type7Exact(values: readonly number[], tenths: number): [bigint, bigint] {
  const sorted = [...values].sort((a, b) => a - b).map(BigInt);
  const n = BigInt(sorted.length);
  const scale = 1000n; // p/100 = tenths/1000
  const position = scale + (n - 1n) * BigInt(tenths); // (1 + (n − 1)·p/100) × 1000
  const j = position / scale; // 1-based rank below
  const gamma = position % scale; // γ × 1000
  const below = sorted[Number(j) - 1]!;
  const above = sorted[Math.min(Number(j), sorted.length - 1)]!;
  return [(scale - gamma) * below + gamma * above, scale];
}

describe('duration percentile properties', () => {
  test.prop([durations, percent, percent])('are monotone in the percentile and within [min, max]', (values, a, b) => {
    const [low, high] = a <= b ? [a, b] : [b, a];
    const stats = durationStats(values, { percentiles: [low, high] });
    const [pLow, pHigh] = [stats.percentiles[String(low)]!, stats.percentiles[String(high)]!];
    expect(pLow).toBeLessThanOrEqual(pHigh);
    expect(pLow).toBeGreaterThanOrEqual(Math.min(...values));
    expect(pHigh).toBeLessThanOrEqual(Math.max(...values));
    expect(stats.minSeconds).toBe(Math.min(...values));
    expect(stats.maxSeconds).toBe(Math.max(...values));
  });

  test.prop([fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 80 }), fc.integer({ min: 0, max: 1000 })])(
    'agree with an exact rational evaluation of type 7 (R form, BigInt)',
    (values, tenths) => {
      const [numerator, denominator] = type7Exact(values, tenths);
      const exact = Number(numerator) / Number(denominator); // both below 2⁵³: one rounding
      const value = durationPercentile(values, { percentile: tenths / 10 });
      expect(Math.abs(value - exact)).toBeLessThanOrEqual(1e-9 * Math.max(1, exact));
    },
  );

  test.prop([durations])('the median splits the sample: at least half on each side', (values) => {
    const median = durationStats(values).medianSeconds;
    expect(values.filter((x) => x <= median).length * 2).toBeGreaterThanOrEqual(values.length);
    expect(values.filter((x) => x >= median).length * 2).toBeGreaterThanOrEqual(values.length);
  });

  test.prop([durations, duration])('the percentage within a threshold counts durations ≤ it', (values, threshold) => {
    const stats = durationStats(values, { thresholdSeconds: threshold });
    expect(stats.percentWithinThreshold).toBeCloseTo((values.filter((x) => x <= threshold).length / values.length) * 100, 10);
  });

  test.prop([durations, duration, duration])('the percentage within a threshold never falls as it grows', (values, a, b) => {
    const [low, high] = a <= b ? [a, b] : [b, a];
    expect(durationStats(values, { thresholdSeconds: high }).percentWithinThreshold).toBeGreaterThanOrEqual(
      durationStats(values, { thresholdSeconds: low }).percentWithinThreshold!,
    );
  });

  test.prop([durations])('the mean lies within [min, max] and agrees with the running mean', (values) => {
    const stats = durationStats(values);
    expect(stats.meanSeconds).toBeGreaterThanOrEqual(stats.minSeconds);
    expect(stats.meanSeconds).toBeLessThanOrEqual(stats.maxSeconds);
    // A compensated total / count against Welford's running mean: two ways, equal to rounding.
    expect(Math.abs(stats.meanSeconds - mean(values))).toBeLessThanOrEqual(1e-12 * Math.max(1, stats.maxSeconds));
    expect(stats.meanSeconds).toBeCloseTo(values.reduce((s, x) => s + x, 0) / values.length, 6);
  });

  test.prop([durations, fc.infiniteStream(fc.nat()), percent])('do not depend on the order of the sample', (values, seeds, p) => {
    const shuffled = [...values];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = seeds.next().value % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    const [x, y] = [durationStats(values, { percentiles: [p] }), durationStats(shuffled, { percentiles: [p] })];
    expect(y.percentiles).toStrictEqual(x.percentiles);
    expect(y.medianSeconds).toBe(x.medianSeconds);
    expect(y.meanSeconds).toBeCloseTo(x.meanSeconds, 6);
  });
});
