import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { unresolvedComplaintRate } from '../index.js';

/** Consistent counts: a whole ≥ 1 and a part of it. */
const counts = fc
  .tuple(fc.integer({ min: 1, max: 1e9 }), fc.double({ noNaN: true, min: 0, max: 1 }))
  .map(([complaints, share]) => ({ complaints, unresolved: Math.floor(share * complaints) }));

describe('unresolvedComplaintRate properties', () => {
  test.prop([counts])('stays in 0–100 and agrees with an independent rational computation', (c) => {
    const rate = unresolvedComplaintRate(c);
    expect(rate).toBeGreaterThanOrEqual(0);
    expect(rate).toBeLessThanOrEqual(100);
    // The result is the double nearest 100·part/whole: multiplied back by the whole (another
    // rounding) it is within a few units in the last place of 100·part, an exact integer.
    expect(Math.abs(rate * c.complaints - 100 * c.unresolved)).toBeLessThanOrEqual(c.complaints * Number.EPSILON * Math.max(rate, 1));
    expect(rate).toBeCloseTo((c.unresolved / c.complaints) * 100, 9);
  });

  test.prop([counts, fc.integer({ min: 1, max: 1000 })])('one more in the part never lowers the rate; one more in the whole never raises it', (c, more) => {
    const rate = unresolvedComplaintRate(c);
    const room = c.complaints - c.unresolved;
    expect(unresolvedComplaintRate({ ...c, unresolved: c.unresolved + Math.min(more, room) })).toBeGreaterThanOrEqual(rate);
    expect(unresolvedComplaintRate({ ...c, complaints: c.complaints + more })).toBeLessThanOrEqual(rate);
  });

  test.prop([counts, fc.integer({ min: 2, max: 1000 })])('scaling both counts changes nothing', (c, factor) => {
    fc.pre(c.complaints * factor <= Number.MAX_SAFE_INTEGER / 100);
    expect(unresolvedComplaintRate({ complaints: c.complaints * factor, unresolved: c.unresolved * factor })).toBeCloseTo(unresolvedComplaintRate(c), 12);
  });

  test.prop([counts])('the part and its complement add up to 100', (c) => {
    const complement = unresolvedComplaintRate({ complaints: c.complaints, unresolved: c.complaints - c.unresolved });
    expect(unresolvedComplaintRate(c) + complement).toBeCloseTo(100, 10);
  });
});
