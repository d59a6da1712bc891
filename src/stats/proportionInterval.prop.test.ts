import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { proportionIntervalFromSummary, type ProportionIntervalMethod } from '../index.js';

const counts = fc
  .tuple(fc.integer({ min: 1, max: 5000 }), fc.double({ noNaN: true, min: 0, max: 1 }))
  .map(([trials, share]) => ({ trials, successes: Math.round(share * trials) }));
const method = fc.constantFrom<ProportionIntervalMethod>('wilson', 'agrestiCoull', 'wald');
const level = fc.double({ noNaN: true, min: 0.5, max: 0.9999 });

describe('proportionIntervalFromSummary properties', () => {
  test.prop([counts, method, level])('stays in 0–100 and contains the observed percentage', (c, m, confidenceLevel) => {
    const { lower, estimate, upper } = proportionIntervalFromSummary(c, { method: m, confidenceLevel });
    expect(lower).toBeGreaterThanOrEqual(0);
    expect(upper).toBeLessThanOrEqual(100);
    expect(lower).toBeLessThanOrEqual(estimate + 1e-9);
    expect(upper).toBeGreaterThanOrEqual(estimate - 1e-9);
  });

  test.prop([counts, level])('the Agresti–Coull interval contains the Wilson interval', (c, confidenceLevel) => {
    // Brown, Cai & DasGupta (2001): the Agresti–Coull interval always contains the Wilson interval.
    const wilson = proportionIntervalFromSummary(c, { confidenceLevel });
    const agrestiCoull = proportionIntervalFromSummary(c, { method: 'agrestiCoull', confidenceLevel });
    expect(agrestiCoull.lower).toBeLessThanOrEqual(wilson.lower + 1e-9);
    expect(agrestiCoull.upper).toBeGreaterThanOrEqual(wilson.upper - 1e-9);
  });

  test.prop([counts, method, level, level])('widens with the confidence level', (c, m, a, b) => {
    const [low, high] = a < b ? [a, b] : [b, a];
    const narrow = proportionIntervalFromSummary(c, { method: m, confidenceLevel: low });
    const wide = proportionIntervalFromSummary(c, { method: m, confidenceLevel: high });
    expect(wide.lower).toBeLessThanOrEqual(narrow.lower + 1e-9);
    expect(wide.upper).toBeGreaterThanOrEqual(narrow.upper - 1e-9);
  });

  test.prop([counts, method, fc.integer({ min: 2, max: 50 })])('narrows as the sample grows at the same rate', (c, m, factor) => {
    const small = proportionIntervalFromSummary(c, { method: m });
    const large = proportionIntervalFromSummary({ successes: c.successes * factor, trials: c.trials * factor }, { method: m });
    expect(large.upper - large.lower).toBeLessThanOrEqual(small.upper - small.lower + 1e-9);
  });

  test.prop([counts, method, level])('swapping successes and failures mirrors the interval around 50 %', (c, m, confidenceLevel) => {
    const interval = proportionIntervalFromSummary(c, { method: m, confidenceLevel });
    const mirrored = proportionIntervalFromSummary({ successes: c.trials - c.successes, trials: c.trials }, { method: m, confidenceLevel });
    expect(mirrored.lower).toBeCloseTo(100 - interval.upper, 9);
    expect(mirrored.upper).toBeCloseTo(100 - interval.lower, 9);
  });
});
