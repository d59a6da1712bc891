import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { meanInterval, meanSummary, mergeMeanSummaries } from '../index.js';

const values = fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), { minLength: 2, maxLength: 80 });
const level = fc.double({ noNaN: true, min: 0.5, max: 0.999 });

describe('meanInterval properties', () => {
  test.prop([values, level])('contains the mean, which agrees with a plain average', (xs, confidenceLevel) => {
    const { lower, estimate, upper } = meanInterval(xs, { confidenceLevel });
    expect(estimate).toBeCloseTo(xs.reduce((s, x) => s + x, 0) / xs.length, 6);
    expect(lower).toBeLessThanOrEqual(estimate);
    expect(upper).toBeGreaterThanOrEqual(estimate);
    expect(upper - estimate).toBeCloseTo(estimate - lower, 6);
  });

  test.prop([values, level, level])('widens with the confidence level', (xs, a, b) => {
    const [low, high] = a < b ? [a, b] : [b, a];
    const narrow = meanInterval(xs, { confidenceLevel: low });
    const wide = meanInterval(xs, { confidenceLevel: high });
    expect(wide.upper - wide.lower).toBeGreaterThanOrEqual((narrow.upper - narrow.lower) * (1 - 1e-12));
  });

  test.prop([values, fc.integer({ min: 2, max: 6 })])('narrows as the same values are observed more often', (xs, copies) => {
    const once = meanInterval(xs);
    const repeated = meanInterval(Array.from({ length: copies }, () => xs).flat());
    expect(repeated.upper - repeated.lower).toBeLessThanOrEqual((once.upper - once.lower) * (1 + 1e-9) + 1e-9);
  });

  test.prop([values, values])('merged summaries give the same sum of squared deviations as one pass', (a, b) => {
    const merged = mergeMeanSummaries(meanSummary(a), meanSummary(b));
    const batch = meanSummary([...a, ...b]);
    expect(merged.count).toBe(batch.count);
    expect(merged.mean).toBeCloseTo(batch.mean, 6);
    expect(Math.abs(merged.sumOfSquaredDeviations - batch.sumOfSquaredDeviations)).toBeLessThanOrEqual(
      1e-9 * Math.max(1, batch.sumOfSquaredDeviations),
    );
  });
});
