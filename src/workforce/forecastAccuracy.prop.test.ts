import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { forecastAccuracy } from '../index.js';

const pairs = fc
  .array(fc.tuple(fc.double({ min: 1, max: 1000, noNaN: true }), fc.double({ min: 0, max: 1000, noNaN: true })), { minLength: 1, maxLength: 50 })
  .map((rows) => ({ actual: rows.map((r) => r[0]), forecast: rows.map((r) => r[1]) }));

describe('forecastAccuracy properties', () => {
  test.prop([pairs])('MAE ≤ RMSE, and a perfect forecast scores 0', ({ actual, forecast }) => {
    const accuracy = forecastAccuracy({ actual, forecast, history: [...actual, 0] });
    expect(accuracy.mae).toBeLessThanOrEqual(accuracy.rmse * (1 + 1e-12));
    const perfect = forecastAccuracy({ actual, forecast: actual });
    expect(perfect.mae).toBe(0);
    expect(perfect.rmse).toBe(0);
    expect(perfect.mape).toBe(0);
    expect(perfect.wape).toBe(0);
  });

  test.prop([pairs, fc.double({ min: 0.001, max: 1000, noNaN: true })])('MAPE, WAPE and MASE do not depend on the unit', ({ actual, forecast }, k) => {
    const history = [...actual, 0];
    const base = forecastAccuracy({ actual, forecast, history });
    const scaled = forecastAccuracy({ actual: actual.map((v) => v * k), forecast: forecast.map((v) => v * k), history: history.map((v) => v * k) });
    expect(scaled.mape!).toBeCloseTo(base.mape!, 9);
    expect(scaled.wape!).toBeCloseTo(base.wape!, 9);
    expect(scaled.mase!).toBeCloseTo(base.mase!, 9);
    expect(scaled.mae / k).toBeCloseTo(base.mae, 6);
  });
});
