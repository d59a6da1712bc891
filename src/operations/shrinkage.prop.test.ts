import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { shrinkage } from '../index.js';

const names = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 8 });
/** Whole seconds: their exact sum is known with BigInt. */
const causes = fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 8 });

describe('shrinkage properties', () => {
  test.prop([names, causes, fc.integer({ min: 0, max: 1e9 })])('a breakdown equals its exact total, and the result stays in 0–100', (keys, values, available) => {
    const breakdown = Object.fromEntries(keys.map((key, i) => [key, values[i % values.length]!]));
    const lost = Number(Object.values(breakdown).reduce((sum, x) => sum + BigInt(x), 0n));
    const paidSeconds = lost + available;
    fc.pre(paidSeconds > 0);
    const result = shrinkage({ paidSeconds, shrinkageSeconds: breakdown });
    expect(result).toBe(shrinkage({ paidSeconds, shrinkageSeconds: lost }));
    expect(result).toBeGreaterThanOrEqual(0);
    expect(result).toBeLessThanOrEqual(100);
    expect(result).toBeCloseTo((lost / paidSeconds) * 100, 9);
  });

  test.prop([fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 1, max: 1e6 })])(
    'more lost time never lowers it; more paid time never raises it',
    (lost, available, more) => {
      const paidSeconds = lost + available;
      const base = shrinkage({ paidSeconds, shrinkageSeconds: lost });
      expect(shrinkage({ paidSeconds, shrinkageSeconds: lost + Math.min(more, available) })).toBeGreaterThanOrEqual(base);
      expect(shrinkage({ paidSeconds: paidSeconds + more, shrinkageSeconds: lost })).toBeLessThanOrEqual(base);
    },
  );

  test.prop([names, causes, fc.integer({ min: 1, max: 1e9 })])('the shares of the causes add up to the total', (keys, values, available) => {
    const breakdown = Object.fromEntries(keys.map((key, i) => [key, values[i % values.length]!]));
    const paidSeconds = Object.values(breakdown).reduce((sum, x) => sum + x, 0) + available;
    const parts = Object.values(breakdown).map((seconds) => shrinkage({ paidSeconds, shrinkageSeconds: seconds }));
    expect(parts.reduce((sum, x) => sum + x, 0)).toBeCloseTo(shrinkage({ paidSeconds, shrinkageSeconds: breakdown }), 9);
  });
});
