import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { grossMargin, grossMarginPercentage } from '../index.js';

const money = fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e12 });
/** Whole cents: sums and differences are exact. */
const cents = fc.integer({ min: 0, max: 1e12 });

describe('gross margin properties', () => {
  test.prop([cents, cents])('the amount is exact for whole amounts, and the percentage is ≤ 100', (revenue, cost) => {
    expect(grossMargin({ revenue, directCost: cost })).toBe(revenue - cost);
    fc.pre(revenue > 0);
    const percentage = grossMarginPercentage({ revenue, directCost: cost });
    expect(percentage).toBeLessThanOrEqual(100);
    // Another formula: 100 × (1 − cost / revenue).
    expect(percentage).toBeCloseTo(100 * (1 - cost / revenue), 6);
  });

  test.prop([money, money, money])('more cost never raises the margin; more revenue never lowers the percentage', (revenue, cost, more) => {
    expect(grossMargin({ revenue, directCost: cost + more })).toBeLessThanOrEqual(grossMargin({ revenue, directCost: cost }));
    fc.pre(revenue > 1e-3);
    const before = grossMarginPercentage({ revenue, directCost: cost });
    // (r + m − c) / (r + m) ≥ (r − c) / r whenever c ≥ 0; allow the two roundings.
    expect(grossMarginPercentage({ revenue: revenue + more, directCost: cost })).toBeGreaterThanOrEqual(before - 1e-12 * Math.max(1, Math.abs(before)));
  });

  test.prop([money, money])('the percentage is the amount over revenue', (revenue, cost) => {
    fc.pre(revenue > 1e-3);
    const expected = (100 * grossMargin({ revenue, directCost: cost })) / revenue;
    expect(Math.abs(grossMarginPercentage({ revenue, directCost: cost }) - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
  });
});
