import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { labourCostPerHour } from '../index.js';

const cost = fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e9 });
const seconds = fc.double({ noNaN: true, noDefaultInfinity: true, min: 1, max: 1e9 });

describe('labourCostPerHour properties', () => {
  test.prop([cost, seconds])('is ≥ 0 and agrees with cost / hours', (c, s) => {
    const rate = labourCostPerHour({ labourCost: c, paidSeconds: s });
    expect(rate).toBeGreaterThanOrEqual(0);
    const independent = c / (s / 3600);
    expect(Math.abs(rate - independent)).toBeLessThanOrEqual(1e-14 * Math.max(independent, 1));
  });

  test.prop([cost, cost, seconds])('is additive in the cost: a breakdown is the sum of its parts', (a, b, s) => {
    const whole = labourCostPerHour({ labourCost: { wages: a, benefits: b }, paidSeconds: s });
    const parts = labourCostPerHour({ labourCost: a, paidSeconds: s }) + labourCostPerHour({ labourCost: b, paidSeconds: s });
    expect(Math.abs(whole - parts)).toBeLessThanOrEqual(1e-13 * Math.max(whole, 1));
  });

  test.prop([cost, seconds, fc.double({ noNaN: true, min: 1, max: 1e6 })])('more paid time for the same cost never raises it', (c, s, more) => {
    expect(labourCostPerHour({ labourCost: c, paidSeconds: s + more })).toBeLessThanOrEqual(labourCostPerHour({ labourCost: c, paidSeconds: s }));
  });
});
