import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { costPerIncident, costPerTicket } from '../index.js';

const names = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 8 });
const amount = fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e9 });
/** Whole amounts: their exact sum (< 2⁵³) is known with BigInt. */
const wholeAmount = fc.integer({ min: 0, max: 1e12 });
const count = fc.integer({ min: 1, max: 1e7 });

const breakdownOf = (keys: readonly string[], values: readonly number[]): Record<string, number> =>
  Object.fromEntries(keys.map((key, i) => [key, values[i % values.length]!]));

describe('cost per unit properties', () => {
  test.prop([names, fc.array(wholeAmount, { minLength: 1, maxLength: 8 }), count])(
    'a breakdown gives the same result as its total',
    (keys, values, incidents) => {
      const breakdown = breakdownOf(keys, values);
      // BigInt: an exact sum, computed differently.
      const total = Number(Object.values(breakdown).reduce((sum, x) => sum + BigInt(x), 0n));
      expect(costPerIncident({ totalCost: breakdown, incidents })).toBe(costPerIncident({ totalCost: total, incidents }));
      expect(costPerTicket({ totalCost: breakdown, resolvedTickets: incidents })).toBe(total / incidents);
    },
  );

  test.prop([names, fc.array(amount, { minLength: 1, maxLength: 8 }), count])(
    'a breakdown of fractional amounts agrees with a plain sum to rounding',
    (keys, values, incidents) => {
      const breakdown = breakdownOf(keys, values);
      const plain = Object.values(breakdown).reduce((sum, x) => sum + x, 0) / incidents;
      const result = costPerIncident({ totalCost: breakdown, incidents });
      expect(Math.abs(result - plain)).toBeLessThanOrEqual(1e-14 * Math.max(plain, Number.MIN_VALUE) + Number.MIN_VALUE);
    },
  );

  test.prop([names, fc.array(amount, { minLength: 1, maxLength: 8 }), fc.infiniteStream(fc.nat())])(
    'does not depend on the order the breakdown was built in',
    (keys, values, seeds) => {
      const entries = keys.map((key, i) => [key, values[i % values.length]!] as const);
      const shuffled = [...entries];
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = seeds.next().value % (i + 1);
        [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
      }
      expect(costPerIncident({ totalCost: Object.fromEntries(shuffled), incidents: 3 })).toBe(
        costPerIncident({ totalCost: Object.fromEntries(entries), incidents: 3 }),
      );
    },
  );

  test.prop([amount, amount, count, count])(
    'more cost never lowers it; more incidents never raise it',
    (cost, more, incidents, moreIncidents) => {
      const base = costPerIncident({ totalCost: cost, incidents });
      expect(base).toBeGreaterThanOrEqual(0);
      expect(costPerIncident({ totalCost: cost + more, incidents })).toBeGreaterThanOrEqual(base);
      expect(costPerIncident({ totalCost: cost, incidents: incidents + moreIncidents })).toBeLessThanOrEqual(base);
    },
  );

  test.prop([amount, count])('times the count gives back the total', (totalCost, incidents) => {
    expect(costPerIncident({ totalCost, incidents }) * incidents).toBeCloseTo(totalCost, 5);
  });
});
