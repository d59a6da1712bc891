import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { npsStandardError } from '../index.js';

describe('npsStandardError', () => {
  test('is 100·√(variance/n), and R NPS nps_se × 100', () => {
    // √(0.61/100) = 0.0781024967590665 (R: nps_se on 50/30/20); × 100.
    expect(npsStandardError({ promoters: 50, passives: 30, detractors: 20 })).toBeCloseTo(7.81024967590665, 12);
  });

  test('applies the finite population correction', () => {
    // × √((400 − 100)/(400 − 1)) = × √(300/399).
    expect(npsStandardError({ promoters: 50, passives: 30, detractors: 20 }, { populationSize: 400 })).toBeCloseTo(
      7.81024967590665 * Math.sqrt(300 / 399),
      12,
    );
    expect(npsStandardError({ promoters: 50, passives: 30, detractors: 20 }, { populationSize: 100 })).toBe(0);
  });

  test('rejects a population smaller than the sample', () => {
    expectMetricError(() => npsStandardError({ promoters: 5, passives: 0, detractors: 0 }, { populationSize: 4 }), {
      metric: 'npsStandardError',
      code: 'INCONSISTENT',
      field: 'options.populationSize',
    });
  });
});
