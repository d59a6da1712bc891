import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { clvMarginMultiple } from '../index.js';

/** Margins ≥ 0, without subnormals (whose results round to a handful of bits). */
const margin = fc.oneof(fc.constant(0), fc.double({ noNaN: true, min: 1e-6, max: 1e6 }));
const anyMargin = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });
const probability = fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1 });
/** Retention below 1 and discount rates away from 0, so the direct sum converges in a few thousand terms. */
const steadyRetention = fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 0.99 });
const discount = fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1 });

/** The defining series Σ_{t≥1} m (r / (1 + d))^t, summed term by term until the terms vanish. */
function seriesSum(m: number, r: number, d: number): number {
  const q = r / (1 + d);
  let sum = 0;
  let term = m * q;
  for (let t = 1; t < 10_000 && term !== 0; t++) {
    sum += term;
    term *= q;
  }
  return sum;
}

describe('clvMarginMultiple properties', () => {
  test.prop([anyMargin, steadyRetention, discount])('equals the direct infinite sum with margins at period ends', (m, r, d) => {
    const result = clvMarginMultiple({ marginPerPeriod: m, retentionProbability: r, discountRate: d });
    const direct = seriesSum(m, r, d);
    expect(Math.abs(result - direct)).toBeLessThanOrEqual(1e-11 * Math.max(1, Math.abs(direct)));
  });

  test.prop([fc.integer({ min: -10_000, max: 10_000 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })])(
    'agrees with exact arithmetic for whole percentages',
    (m, rPercent, dPercent) => {
      fc.pre(rPercent < 100 || dPercent > 0);
      // r = a/100, d = b/100: m × r / (1 + d − r) = m × a / (100 + b − a), one rounding of whole numbers.
      const exact = (m * rPercent) / (100 + dPercent - rPercent);
      const result = clvMarginMultiple({ marginPerPeriod: m, retentionProbability: rPercent / 100, discountRate: dPercent / 100 });
      expect(Math.abs(result - exact)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(exact)));
    },
  );

  test.prop([margin, probability, probability, discount])('more retention never lowers it (margin ≥ 0)', (m, a, b, d) => {
    const [lower, higher] = a <= b ? [a, b] : [b, a];
    // r = 1 needs d > 0; a tiny d would make m / d overflow, which is an error, not a value.
    fc.pre(higher < 1 || d > 1e-9);
    expect(clvMarginMultiple({ marginPerPeriod: m, retentionProbability: higher, discountRate: d })).toBeGreaterThanOrEqual(
      clvMarginMultiple({ marginPerPeriod: m, retentionProbability: lower, discountRate: d }),
    );
  });

  test.prop([margin, probability, discount, discount])('a higher discount rate never raises it (margin ≥ 0)', (m, r, a, b) => {
    const [lower, higher] = a <= b ? [a, b] : [b, a];
    fc.pre(r < 1 || lower > 1e-9);
    expect(clvMarginMultiple({ marginPerPeriod: m, retentionProbability: r, discountRate: higher })).toBeLessThanOrEqual(
      clvMarginMultiple({ marginPerPeriod: m, retentionProbability: r, discountRate: lower }),
    );
  });

  test.prop([margin, probability, discount])('between 0 and the perpetuity m / d of a customer who never leaves', (m, r, d) => {
    fc.pre(d > 1e-6);
    const result = clvMarginMultiple({ marginPerPeriod: m, retentionProbability: r, discountRate: d });
    expect(result).toBeGreaterThanOrEqual(0);
    expect(result).toBeLessThanOrEqual((m / d) * (1 + 1e-12));
  });

  test.prop([anyMargin, steadyRetention, discount])('is linear in the margin: −m gives −CLV', (m, r, d) => {
    const plus = clvMarginMultiple({ marginPerPeriod: m, retentionProbability: r, discountRate: d });
    expect(clvMarginMultiple({ marginPerPeriod: -m, retentionProbability: r, discountRate: d })).toBe(plus === 0 ? 0 : -plus);
  });
});
