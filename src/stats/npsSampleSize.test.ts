import { describe, expect, test } from 'vitest';
import { fc, test as propTest } from '@fast-check/vitest';
import { expectMetricError } from '../../test/helpers.js';
import { npsSampleSize, npsStandardError } from '../index.js';

/** R: qnorm(0.975). */
const Z95 = 1.959963984540054;

describe('npsSampleSize', () => {
  test('the worst case is half promoters, half detractors: (100·z/E)²', () => {
    // By hand: (196/5)² with z = 1.959963984540054: 39.19927969…² = 1536.58… → 1537.
    expect(npsSampleSize({ marginOfError: 5 })).toBe(Math.ceil(((100 * Z95) / 5) ** 2));
    expect(npsSampleSize({ marginOfError: 5 })).toBe(1537);
    expect(npsSampleSize({ marginOfError: 5, mix: { promoters: 1, passives: 0, detractors: 1 } })).toBe(1537);
  });

  test('another confidence level: ± 10 points at 90 %', () => {
    // By hand: (100 × 1.6448536269514722 / 10)² = 16.4485…² = 270.55… → 271 (R: qnorm(0.95)).
    expect(npsSampleSize({ marginOfError: 10 }, { confidenceLevel: 0.9 })).toBe(271);
    expect(npsSampleSize({ marginOfError: 10 }, { confidenceLevel: 0.9 })).toBe(Math.ceil(((100 * 1.6448536269514722) / 10) ** 2));
  });

  test('an expected mix lowers it, in any unit', () => {
    // v = 0.7 − 0.3² = 0.61: 1536.58… × 0.61 = 937.3 → 938.
    expect(npsSampleSize({ marginOfError: 5, mix: { promoters: 50, passives: 30, detractors: 20 } })).toBe(938);
    expect(npsSampleSize({ marginOfError: 5, mix: { promoters: 0.5, passives: 0.3, detractors: 0.2 } })).toBe(938);
    expect(npsSampleSize({ marginOfError: 5, mix: { promoters: 7, passives: 0, detractors: 0 } })).toBe(1);
  });

  test('with a finite population: n₀/(1 + (n₀ − 1)/N) (Cochran 1977)', () => {
    const n0 = ((100 * Z95) / 5) ** 2;
    expect(npsSampleSize({ marginOfError: 5 }, { populationSize: 2000 })).toBe(Math.ceil(n0 / (1 + (n0 - 1) / 2000)));
    expect(npsSampleSize({ marginOfError: 5 }, { populationSize: 300 })).toBeLessThanOrEqual(300);
    expect(npsSampleSize({ marginOfError: 0.001 }, { populationSize: 300 })).toBe(300);
  });

  propTest.prop([
    fc.double({ noNaN: true, min: 0.5, max: 30 }),
    fc.record({ promoters: fc.integer({ min: 1, max: 100 }), passives: fc.nat(100), detractors: fc.integer({ min: 1, max: 100 }) }),
  ])('the planned sample reaches the margin, one answer fewer does not', (margin, mix) => {
    // The Wald margin z·SE for that many answers in the expected mix, through npsStandardError.
    const n = npsSampleSize({ marginOfError: margin, mix });
    const total = mix.promoters + mix.passives + mix.detractors;
    const marginAt = (size: number): number =>
      Z95 * npsStandardError({ promoters: mix.promoters, passives: mix.passives, detractors: mix.detractors }) * Math.sqrt(total / size);
    expect(marginAt(n)).toBeLessThanOrEqual(margin * (1 + 1e-12));
    if (n > 1) expect(marginAt(n - 1)).toBeGreaterThan(margin * (1 - 1e-12));
  });

  test('rejects bad input', () => {
    const metric = 'npsSampleSize';
    expectMetricError(() => npsSampleSize({ marginOfError: 0 }), { metric, code: 'OUT_OF_RANGE', field: 'input.marginOfError' });
    expectMetricError(() => npsSampleSize({ marginOfError: 150 }), { metric, code: 'OUT_OF_RANGE' });
    expectMetricError(() => npsSampleSize({ marginOfError: 5, mix: { promoters: 0, passives: 0, detractors: 0 } }), { metric, code: 'EMPTY', field: 'input.mix' });
    expectMetricError(() => npsSampleSize({ marginOfError: 5, mix: { promoters: -1, passives: 0, detractors: 0 } }), {
      metric,
      code: 'NEGATIVE',
      field: 'input.mix.promoters',
    });
    expectMetricError(() => npsSampleSize({ marginOfError: 5 }, { populationSize: 0 }), { metric, code: 'OUT_OF_RANGE', field: 'options.populationSize' });
    expectMetricError(() => npsSampleSize({ marginOfError: 5 }, { confidenceLevel: 95 }), { metric, code: 'OUT_OF_RANGE' });
    expectMetricError(() => npsSampleSize(5 as never), { metric, code: 'WRONG_TYPE', field: 'input' });
  });
});

describe('npsSampleSize: extreme inputs', () => {
  test('a margin so narrow that the size passes 2⁵³ − 1 is OUT_OF_RANGE, not Infinity', () => {
    // (100 × 1.96 / 1e−160)² overflows to Infinity; (100 × 1.96 / 1e−6)² ≈ 3.8e16 > 2⁵³.
    for (const marginOfError of [1e-160, 1e-6]) {
      expectMetricError(() => npsSampleSize({ marginOfError }), { metric: 'npsSampleSize', code: 'OUT_OF_RANGE', field: 'input.marginOfError' });
    }
    // With a population, the limit of a vanishing margin is the whole population.
    expect(npsSampleSize({ marginOfError: 1e-160 }, { populationSize: 5000 })).toBe(5000);
  });

  test('three huge shares are the same mix as three equal small ones', () => {
    // Before: MAX + MAX + MAX overflowed, every share became 0 and the answer 1.
    const max = Number.MAX_VALUE;
    expect(npsSampleSize({ marginOfError: 5, mix: { promoters: max, passives: max, detractors: max } })).toBe(
      npsSampleSize({ marginOfError: 5, mix: { promoters: 1, passives: 1, detractors: 1 } }),
    );
  });
});
