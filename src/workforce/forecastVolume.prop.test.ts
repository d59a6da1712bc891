import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { forecastVolume } from '../index.js';

const volume = fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 500 });
const series = fc
  .integer({ min: 1, max: 12 })
  .chain((m) => fc.tuple(fc.constant(m), fc.array(volume, { minLength: 2 * m, maxLength: 6 * m })));
const parameter = fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1 });

describe('forecastVolume properties', () => {
  test.prop([series, fc.integer({ min: 1, max: 40 })])('seasonal naive repeats the last season, period m', ([m, y], h) => {
    const forecast = forecastVolume(y, { seasonLength: m, horizon: h });
    expect(forecast).toHaveLength(h);
    forecast.forEach((value, i) => { expect(value).toBe(y[y.length - m + (i % m)]); });
  });

  test.prop([series, parameter, parameter, parameter, fc.double({ noNaN: true, noDefaultInfinity: true, min: 1000, max: 10_000 })])(
    'Holt–Winters is additive: shifting the history shifts the forecast',
    ([m, y], alpha, beta, gamma, shift) => {
      // Every equation is linear; only the floor at zero is not, so cases it touches are skipped.
      const options = { seasonLength: m, horizon: m, method: 'holtWinters' as const, alpha, beta, gamma };
      const base = forecastVolume(y.map((v) => v + shift), options);
      const twice = forecastVolume(y.map((v) => v + 2 * shift), options);
      fc.pre(base.every((v) => v > 0) && twice.every((v) => v > 0));
      base.forEach((value, i) => { expect(twice[i]! - value).toBeCloseTo(shift, 6); });
    },
  );

  test.prop([series, parameter, parameter, parameter])('forecasts are never negative', ([m, y], alpha, beta, gamma) => {
    for (const value of forecastVolume(y, { seasonLength: m, horizon: 2 * m, method: 'holtWinters', alpha, beta, gamma })) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(Number.isFinite(value)).toBe(true);
    }
  });
});
