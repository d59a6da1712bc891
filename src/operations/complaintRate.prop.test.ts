import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { complaintRate } from '../index.js';

const complaints = fc.integer({ min: 0, max: 1e7 });
const customers = fc.oneof(fc.integer({ min: 1, max: 1e8 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: 0.5, max: 1e8 }));

describe('complaintRate properties', () => {
  test.prop([complaints, customers])('is ≥ 0 and agrees with complaints / customers × 1,000', (n, base) => {
    const rate = complaintRate({ complaints: n, customers: base });
    expect(rate).toBeGreaterThanOrEqual(0);
    // Another order of operations: equal to a few units in the last place.
    expect(Math.abs(rate - (n / base) * 1000)).toBeLessThanOrEqual(1e-14 * Math.max(rate, 1));
  });

  test.prop([complaints, customers, fc.integer({ min: 1, max: 1000 })])('more complaints never lower it; a larger base never raises it', (n, base, more) => {
    const rate = complaintRate({ complaints: n, customers: base });
    expect(complaintRate({ complaints: n + more, customers: base })).toBeGreaterThanOrEqual(rate);
    expect(complaintRate({ complaints: n, customers: base + more })).toBeLessThanOrEqual(rate);
  });

  test.prop([complaints, fc.integer({ min: 1, max: 1e8 }), fc.integer({ min: 0, max: 6 })])('the base size only rescales: per 10ᵏ = per 1 × 10ᵏ', (n, base, k) => {
    const per = 10 ** k;
    const scaled = complaintRate({ complaints: n, customers: base }, { per: 1 }) * per;
    expect(Math.abs(complaintRate({ complaints: n, customers: base }, { per }) - scaled)).toBeLessThanOrEqual(1e-14 * Math.max(scaled, 1));
  });
});
