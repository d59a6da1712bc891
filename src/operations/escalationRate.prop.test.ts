import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { escalationRate } from '../index.js';

/** Consistent counts: a whole ≥ 1 and a part of it. */
const counts = fc
  .tuple(fc.integer({ min: 1, max: 1e9 }), fc.double({ noNaN: true, min: 0, max: 1 }))
  .map(([contacts, share]) => ({ contacts, escalated: Math.floor(share * contacts) }));

describe('escalationRate properties', () => {
  test.prop([counts])('stays in 0–100 and agrees with an independent rational computation', (c) => {
    const rate = escalationRate(c);
    expect(rate).toBeGreaterThanOrEqual(0);
    expect(rate).toBeLessThanOrEqual(100);
    // The result is the double nearest 100·part/whole: multiplied back by the whole (another
    // rounding) it is within a few units in the last place of 100·part, an exact integer.
    expect(Math.abs(rate * c.contacts - 100 * c.escalated)).toBeLessThanOrEqual(c.contacts * Number.EPSILON * Math.max(rate, 1));
    expect(rate).toBeCloseTo((c.escalated / c.contacts) * 100, 9);
  });

  test.prop([counts, fc.integer({ min: 1, max: 1000 })])('one more in the part never lowers the rate; one more in the whole never raises it', (c, more) => {
    const rate = escalationRate(c);
    const room = c.contacts - c.escalated;
    expect(escalationRate({ ...c, escalated: c.escalated + Math.min(more, room) })).toBeGreaterThanOrEqual(rate);
    expect(escalationRate({ ...c, contacts: c.contacts + more })).toBeLessThanOrEqual(rate);
  });

  test.prop([counts, fc.integer({ min: 2, max: 1000 })])('scaling both counts changes nothing', (c, factor) => {
    fc.pre(c.contacts * factor <= Number.MAX_SAFE_INTEGER / 100);
    expect(escalationRate({ contacts: c.contacts * factor, escalated: c.escalated * factor })).toBeCloseTo(escalationRate(c), 12);
  });

  test.prop([counts])('the part and its complement add up to 100', (c) => {
    const complement = escalationRate({ contacts: c.contacts, escalated: c.contacts - c.escalated });
    expect(escalationRate(c) + complement).toBeCloseTo(100, 10);
  });
});
