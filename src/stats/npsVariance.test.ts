import { describe, expect, test } from 'vitest';
import { fc, test as propTest } from '@fast-check/vitest';
import { expectMetricError } from '../../test/helpers.js';
import { npsVariance } from '../index.js';

describe('npsVariance', () => {
  test('is the variance of the answers coded +100 / 0 / −100', () => {
    // By hand: 50 promoters, 30 passives, 20 detractors; mean 30; the squared deviations are
    // 70² (×50), 30² (×30), 130² (×20): (245 000 + 27 000 + 338 000)/100 = 6100.
    expect(npsVariance({ promoters: 50, passives: 30, detractors: 20 })).toBe(6100);
    // R NPS npvar(c(20, 30, 50)) = (0.5 + 0.2) − (0.5 − 0.2)² = 0.61 on the −1…1 scale.
    expect(npsVariance({ promoters: 5, passives: 3, detractors: 2 })).toBeCloseTo(0.61 * 10_000, 9);
  });

  test('is largest (10 000) for half promoters, half detractors, and 0 for one category', () => {
    expect(npsVariance({ promoters: 4, passives: 0, detractors: 4 })).toBe(10_000);
    expect(npsVariance({ promoters: 0, passives: 9, detractors: 0 })).toBe(0);
    expect(npsVariance({ promoters: 0, passives: 0, detractors: 2 })).toBe(0);
  });

  propTest.prop([fc.nat(500), fc.nat(500), fc.nat(500)])('stays in 0…10 000 and agrees with the two-pass variance', (p, q, d) => {
    fc.pre(p + q + d > 0);
    const n = p + q + d;
    const mean = (100 * (p - d)) / n;
    const twoPass = (p * (100 - mean) ** 2 + q * mean ** 2 + d * (-100 - mean) ** 2) / n;
    const variance = npsVariance({ promoters: p, passives: q, detractors: d });
    expect(variance).toBeGreaterThanOrEqual(0);
    expect(variance).toBeLessThanOrEqual(10_000);
    expect(variance).toBeCloseTo(twoPass, 8);
  });

  test('rejects bad counts', () => {
    expectMetricError(() => npsVariance({ promoters: 0, passives: 0, detractors: 0 }), { metric: 'npsVariance', code: 'EMPTY' });
    expectMetricError(() => npsVariance({ promoters: Number.NaN, passives: 0, detractors: 0 }), {
      metric: 'npsVariance',
      code: 'NOT_FINITE',
      field: 'counts.promoters',
    });
  });
});
