import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { churnRate, retentionRate } from '../index.js';

/** Consistent counts from their parts: `start` customers, `lost` of them leave, `joined` join. */
const period = fc
  .record({ start: fc.integer({ min: 1, max: 1_000_000 }), lostShare: fc.double({ min: 0, max: 1, noNaN: true }), joined: fc.nat(1_000_000) })
  .map(({ start, lostShare, joined }) => {
    const lost = Math.floor(lostShare * start);
    return { start, lost, joined, counts: { customersAtStart: start, customersAtEnd: start - lost + joined, newCustomers: joined } };
  });

describe('churnRate properties', () => {
  test.prop([period])('retention + churn = 100 for the same counts', ({ counts }) => {
    expect(retentionRate(counts) + churnRate(counts)).toBeCloseTo(100, 10);
  });

  test.prop([period])('both forms agree and equal lost / start × 100, in 0–100', ({ start, lost, counts }) => {
    const fromRetention = churnRate(counts);
    // Both compute 100 × lost / start from the same whole numbers: exactly equal.
    expect(fromRetention).toBe(churnRate({ customersAtStart: start, customersLost: lost }));
    expect(fromRetention).toBeCloseTo((lost / start) * 100, 10);
    expect(fromRetention).toBeGreaterThanOrEqual(0);
    expect(fromRetention).toBeLessThanOrEqual(100);
  });

  test.prop([period])('one more customer lost never lowers it', ({ start, lost }) => {
    fc.pre(lost < start);
    expect(churnRate({ customersAtStart: start, customersLost: lost + 1 })).toBeGreaterThan(
      churnRate({ customersAtStart: start, customersLost: lost }),
    );
  });
});
