import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { clvGrossMargin } from '../index.js';

describe('clvGrossMargin properties', () => {
  const margin = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 });
  const customers = fc.integer({ min: 1, max: 10_000_000 });

  test.prop([margin, customers])('times the customers gives back the total', (grossMargin, n) => {
    const clv = clvGrossMargin({ grossMargin, customers: n });
    expect(clv * n).toBeCloseTo(grossMargin, 2);
    // Same sign as the total (unless the quotient underflows to 0).
    if (Math.abs(grossMargin) > 1e-290) expect(Math.sign(clv)).toBe(Math.sign(grossMargin));
  });

  test.prop([margin, customers, customers])('splitting the same total over more customers moves it towards 0', (grossMargin, a, b) => {
    const [few, many] = a <= b ? [a, b] : [b, a];
    expect(Math.abs(clvGrossMargin({ grossMargin, customers: many }))).toBeLessThanOrEqual(
      Math.abs(clvGrossMargin({ grossMargin, customers: few })),
    );
  });
});
