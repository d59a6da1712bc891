import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  approximatePercentileFromSummary,
  approximatePercentileSummary,
  durationPercentile,
  mergeApproximatePercentileSummaries,
} from '../index.js';

// Values from 1e-3 to 1e7 on a log scale, zeros and ties.
const value = fc.oneof(
  fc.constant(0),
  fc.double({ min: -3, max: 7, noNaN: true }).map((exponent) => 10 ** exponent),
  fc.constantFrom(1, 20, 60, 3600),
);
const sample = fc.array(value, { minLength: 1, maxLength: 300 });
const accuracy = fc.constantFrom(0.001, 0.01, 0.05, 0.2);

describe('approximatePercentile properties', () => {
  test.prop([sample, fc.double({ min: 0, max: 100, noNaN: true }), accuracy])(
    'every percentile is within the relative accuracy of the exact (type 7) percentile',
    (values, percentile, relativeAccuracy) => {
      const exact = durationPercentile(values, { percentile });
      const estimate = approximatePercentileFromSummary(approximatePercentileSummary(values, { relativeAccuracy }), { percentile });
      expect(Math.abs(estimate - exact)).toBeLessThanOrEqual(relativeAccuracy * exact * (1 + 1e-9) + 1e-300);
    },
  );

  // durationPercentile refuses samples whose total overflows, so the exact percentile is computed
  // here, by type 7 over the sorted sample, for values from 1e-300 to 1.78e308.
  test.prop([
    fc.array(
      fc.oneof(
        fc.constant(0),
        fc.double({ min: -300, max: 308.25, noNaN: true }).map((exponent) => 10 ** exponent),
        // Often above 8 × 10³⁰⁷, where 2γ^k overflowed.
        { arbitrary: fc.double({ min: 307.9, max: 308.25, noNaN: true }).map((exponent) => 10 ** exponent), weight: 4 },
      ),
      { minLength: 1, maxLength: 20 },
    ),
    fc.double({ min: 0, max: 100, noNaN: true }),
    accuracy,
  ])('holds the bound across the whole range of doubles', (values, percentile, relativeAccuracy) => {
    const sorted = [...values].sort((x, y) => x - y);
    const h = (sorted.length - 1) * (percentile / 100);
    const lower = Math.floor(h);
    const exact = h === lower ? sorted[lower]! : sorted[lower]! + (h - lower) * (sorted[lower + 1]! - sorted[lower]!);
    const estimate = approximatePercentileFromSummary(approximatePercentileSummary(values, { relativeAccuracy }), { percentile });
    expect(Math.abs(estimate - exact)).toBeLessThanOrEqual(relativeAccuracy * exact * (1 + 1e-9) + 1e-300);
  });

  test.prop([sample, sample, sample])('the summary of a concatenation is the merge, in any order and grouping', (a, b, c) => {
    const [sa, sb, sc] = [a, b, c].map((values) => approximatePercentileSummary(values));
    const whole = approximatePercentileSummary([...a, ...b, ...c]);
    expect(mergeApproximatePercentileSummaries(mergeApproximatePercentileSummaries(sa!, sb!), sc!)).toStrictEqual(whole);
    expect(mergeApproximatePercentileSummaries(sc!, mergeApproximatePercentileSummaries(sb!, sa!))).toStrictEqual(whole);
  });

  test.prop([sample, fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true })])(
    'is monotone in the percentile',
    (values, p, q) => {
      const summary = approximatePercentileSummary(values);
      const [low, high] = p <= q ? [p, q] : [q, p];
      expect(approximatePercentileFromSummary(summary, { percentile: low })).toBeLessThanOrEqual(approximatePercentileFromSummary(summary, { percentile: high }));
    },
  );
});
