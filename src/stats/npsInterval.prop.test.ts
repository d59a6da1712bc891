import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { npsIntervalFromSummary, type NpsIntervalMethod } from '../index.js';

const count = fc.integer({ min: 0, max: 400 });
const counts = fc
  .record({ promoters: count, passives: count, detractors: count })
  .filter((c) => c.promoters + c.passives + c.detractors > 0);
const method = fc.constantFrom<NpsIntervalMethod>('wald', 'adjustedWald', 'score');
const level = fc.double({ noNaN: true, min: 0.5, max: 0.999 });

describe('npsInterval properties', () => {
  test.prop([counts, method, level])('stays in −100…100 with lower ≤ upper', (c, m, confidenceLevel) => {
    const { lower, upper } = npsIntervalFromSummary(c, { method: m, confidenceLevel });
    expect(lower).toBeGreaterThanOrEqual(-100);
    expect(upper).toBeLessThanOrEqual(100);
    expect(lower).toBeLessThanOrEqual(upper);
  });

  test.prop([counts, fc.constantFrom<NpsIntervalMethod>('wald', 'score'), level])(
    'Wald and score intervals contain the observed NPS',
    (c, m, confidenceLevel) => {
      const { lower, estimate, upper } = npsIntervalFromSummary(c, { method: m, confidenceLevel });
      expect(lower).toBeLessThanOrEqual(estimate + 1e-9);
      expect(upper).toBeGreaterThanOrEqual(estimate - 1e-9);
    },
  );

  test.prop([counts, level])('the adjusted Wald interval contains its centre 100·(P − D)/(n + 3)', (c, confidenceLevel) => {
    const centre = (100 * (c.promoters - c.detractors)) / (c.promoters + c.passives + c.detractors + 3);
    const { lower, upper } = npsIntervalFromSummary(c, { confidenceLevel });
    expect(lower).toBeLessThanOrEqual(centre + 1e-9);
    expect(upper).toBeGreaterThanOrEqual(centre - 1e-9);
  });

  test.prop([counts, method, level, level])('widens with the confidence level', (c, m, a, b) => {
    const [low, high] = a < b ? [a, b] : [b, a];
    const narrow = npsIntervalFromSummary(c, { method: m, confidenceLevel: low });
    const wide = npsIntervalFromSummary(c, { method: m, confidenceLevel: high });
    expect(wide.lower).toBeLessThanOrEqual(narrow.lower + 1e-9);
    expect(wide.upper).toBeGreaterThanOrEqual(narrow.upper - 1e-9);
  });

  test.prop([counts, method, fc.integer({ min: 2, max: 20 })])(
    'narrows as the sample grows with the same mix',
    (c, m, factor) => {
      const small = npsIntervalFromSummary(c, { method: m });
      const large = npsIntervalFromSummary(
        { promoters: c.promoters * factor, passives: c.passives * factor, detractors: c.detractors * factor },
        { method: m },
      );
      expect(large.upper - large.lower).toBeLessThanOrEqual(small.upper - small.lower + 1e-9);
    },
  );

  test.prop([counts, method, level])('swapping promoters and detractors negates the interval', (c, m, confidenceLevel) => {
    const interval = npsIntervalFromSummary(c, { method: m, confidenceLevel });
    const mirrored = npsIntervalFromSummary(
      { promoters: c.detractors, passives: c.passives, detractors: c.promoters },
      { method: m, confidenceLevel },
    );
    // `0 - x` rather than `-x`: an NPS of 0 is +0 both ways (the library never returns −0).
    expect(mirrored.estimate).toBe(0 - interval.estimate);
    expect(mirrored.lower).toBeCloseTo(-interval.upper, 9);
    expect(mirrored.upper).toBeCloseTo(-interval.lower, 9);
  });

  test.prop([counts, method, fc.integer({ min: 0, max: 5000 })])(
    'a finite population narrows the interval, never widens it',
    (c, m, extra) => {
      const n = c.promoters + c.passives + c.detractors;
      const infinite = npsIntervalFromSummary(c, { method: m });
      const finite = npsIntervalFromSummary(c, { method: m, populationSize: n + extra });
      expect(finite.upper - finite.lower).toBeLessThanOrEqual(infinite.upper - infinite.lower + 1e-9);
    },
  );
});
