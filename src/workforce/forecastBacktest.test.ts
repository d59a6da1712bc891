import { describe, expect, test } from 'vitest';
import { deepFreeze, expectMetricError, iterate } from '../../test/helpers.js';
import { exponentialSmoothing, forecastBacktest } from '../index.js';

describe('forecastBacktest', () => {
  test('by hand: the naive forecast of a straight line', () => {
    // y = 1…6, horizon 1, 2 origins, step 1: origins 4 and 5. The naive forecast is the last value, one short
    // each time: errors 1 and 1, MAE 1. MASE's scale, the in-sample naive MAE of 1…4, is 1: MASE 1.
    const result = forecastBacktest([1, 2, 3, 4, 5, 6], { horizon: 1, origins: 2, methods: ['seasonalNaive'] });
    expect(result.origins).toEqual([4, 5]);
    expect(result.scores).toEqual([{ method: 'seasonalNaive', mae: 1, rmse: 1, mape: (1 / 5 + 1 / 6) / 2, wape: 2 / 11, mase: 1, origins: 2 }]);
  });

  test('each exponential smoothing forecast is exponentialSmoothing’s on the training window', () => {
    const history = [12, 15, 14, 18, 17, 21, 20, 24, 23, 26, 25, 29, 28, 31, 30, 35];
    const result = forecastBacktest(history, { horizon: 2, origins: 3, step: 2, methods: ['AAN'] });
    expect(result.origins).toEqual([10, 12, 14]);
    let absolute = 0;
    for (const origin of result.origins) {
      const fit = exponentialSmoothing(history.slice(0, origin), { model: 'AAN', horizon: 2 });
      fit.forecast.forEach((f, i) => { absolute += Math.abs(history[origin + i]! - f); });
    }
    expect(result.scores[0]!.mae).toBeCloseTo(absolute / 6, 9);
  });

  test('ranks methods, best first: a repeating week is the seasonal naive forecast’s', () => {
    const week = [50, 80, 80, 80, 80, 60, 20];
    const history = Array.from({ length: 6 }, () => week).flat();
    const result = forecastBacktest(history, { seasonLength: 7, origins: 2, methods: ['ANN', 'seasonalNaive'] });
    expect(result.best).toBe('seasonalNaive');
    expect(result.scores.map((s) => s.method)).toEqual(['seasonalNaive', 'ANN']);
    expect(result.scores[0]!.mae).toBe(0);
    expect(result.scores[1]!.mae).toBeGreaterThan(10);
  });

  test('a model that needs more history than an origin has is skipped there, and listed as unfitted when never fitted', () => {
    const result = forecastBacktest([5, 6, 7, 8, 9, 10, 11, 12], { horizon: 1, origins: 3, step: 1, methods: ['AAdN', 'seasonalNaive'] });
    // AAdN has k = 6: it needs 8 values, and the origins have 5, 6, 7.
    expect(result.unfitted).toEqual(['AAdN']);
    expect(result.scores.map((s) => s.method)).toEqual(['seasonalNaive']);
    // ANN (k = 3, 5 values) fits from the first origin on.
    const partly = forecastBacktest([5, 6, 7, 8, 9, 10, 11, 12], { horizon: 1, origins: 4, step: 1, methods: ['AAN'] });
    // AAN has k = 5: it needs 7 values; origins 4, 5, 6, 7: only the last.
    expect(partly.scores[0]!.origins).toBe(1);
    expectMetricError(() => forecastBacktest([5, 6, 7, 8, 9, 10, 11, 12], { horizon: 1, origins: 3, methods: ['AAdN'] }), {
      metric: 'forecastBacktest',
      code: 'EMPTY',
      field: 'history',
    });
  });

  test('with a second season, the seasonal models use both, scored on the same origins', () => {
    // Four intervals a day, a quieter weekend (days 5 and 6 of 7), three weeks and a half.
    const volume = (t: number): number => 20 + [2, 10, 8, 4][t % 4]! * (Math.floor(t / 4) % 7 >= 5 ? 0.3 : 1) + ((t * 37) % 5) - 2;
    const history = Array.from({ length: 4 * 7 * 3 + 8 }, (_, t) => volume(t));
    const options = { seasonLength: 4, horizon: 4, origins: 4, methods: ['AAA'] as const };
    const single = forecastBacktest(history, { ...options, methods: [...options.methods] });
    const double = forecastBacktest(history, { ...options, methods: [...options.methods], secondSeasonLength: 28 });
    expect(double.origins).toEqual(single.origins);
    let absolute = 0;
    for (const origin of double.origins) {
      const fit = exponentialSmoothing(history.slice(0, origin), { model: 'AAA', seasonLength: 4, secondSeasonLength: 28, horizon: 4 });
      fit.forecast.forEach((f, i) => { absolute += Math.abs(history[origin + i]! - f); });
    }
    expect(double.scores[0]!.mae).toBeCloseTo(absolute / 16, 9);
    expect(double.scores[0]!.mae).toBeLessThan(single.scores[0]!.mae);
    expectMetricError(() => forecastBacktest(history, { seasonLength: 4, secondSeasonLength: 28, methods: ['MAM'] }), {
      metric: 'forecastBacktest',
      code: 'INCONSISTENT',
      field: 'options.methods[0]',
    });
    expectMetricError(() => forecastBacktest(history, { seasonLength: 4, secondSeasonLength: 3 }), {
      metric: 'forecastBacktest',
      code: 'INCONSISTENT',
      field: 'options.secondSeasonLength',
    });
  });

  test('accepts any iterable and does not mutate it', () => {
    const history = [3, 4, 5, 4, 3, 4, 5, 4, 3, 4];
    const options = { horizon: 2, origins: 2, methods: ['seasonalNaive', 'ANN'] as const };
    expect(forecastBacktest(iterate(history), options)).toStrictEqual(forecastBacktest(deepFreeze([...history]), deepFreeze({ ...options, methods: [...options.methods] })));
  });

  test('rejects short histories and bad options', () => {
    const metric = 'forecastBacktest';
    expectMetricError(() => forecastBacktest([1, 2, 3], { horizon: 2, origins: 2 }), { metric, code: 'EMPTY', field: 'history' });
    expectMetricError(() => forecastBacktest([1, 2, 3, 4, 5, 6], { methods: ['arima' as never] }), { metric, code: 'UNKNOWN_VALUE', field: 'options.methods[0]' });
    expectMetricError(() => forecastBacktest([1, 2, 3, 4, 5, 6], { methods: [] }), { metric, code: 'WRONG_TYPE', field: 'options.methods' });
    expectMetricError(() => forecastBacktest([1, 2, 3, 4, 5, 6], { origins: 0 }), { metric, code: 'OUT_OF_RANGE', field: 'options.origins' });
    expectMetricError(() => forecastBacktest([1, -2, 3, 4, 5, 6]), { metric, code: 'NEGATIVE', field: 'history[1]' });
  });
});
