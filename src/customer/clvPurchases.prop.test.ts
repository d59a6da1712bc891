import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { clvPurchases } from '../index.js';

const amount = fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e6 });
const fraction = fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1 });

describe('clvPurchases properties', () => {
  test.prop([amount, amount, amount, fraction])(
    'margin-based is never above revenue-based, and both are ≥ 0',
    (averagePurchaseValue, purchasesPerYear, lifespanYears, grossMarginRate) => {
      const revenue = clvPurchases({ averagePurchaseValue, purchasesPerYear, lifespanYears });
      const margin = clvPurchases({ averagePurchaseValue, purchasesPerYear, lifespanYears, grossMarginRate });
      expect(margin).toBeGreaterThanOrEqual(0);
      expect(margin).toBeLessThanOrEqual(revenue);
    },
  );

  test.prop([amount, amount, amount, amount])('a longer lifespan never lowers it', (value, frequency, a, b) => {
    const [shorter, longer] = a <= b ? [a, b] : [b, a];
    expect(clvPurchases({ averagePurchaseValue: value, purchasesPerYear: frequency, lifespanYears: longer })).toBeGreaterThanOrEqual(
      clvPurchases({ averagePurchaseValue: value, purchasesPerYear: frequency, lifespanYears: shorter }),
    );
  });

  test.prop([fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 100 })])(
    'agrees with exact integer arithmetic',
    (value, frequency, years, percent) => {
      // Independent: BigInt product of whole numbers, then one division by 100 for the rate.
      const exact = Number(BigInt(value) * BigInt(frequency) * BigInt(years) * BigInt(percent)) / 100;
      const result = clvPurchases({ averagePurchaseValue: value, purchasesPerYear: frequency, lifespanYears: years, grossMarginRate: percent / 100 });
      expect(result).toBeCloseTo(exact, 6);
    },
  );
});
