import { describe, expect, test } from 'vitest';
import { deepFreeze, expectMetricError, iterate, NOT_NUMBERS } from '../../test/helpers.js';
import { forecastAccuracy } from '../index.js';
import { OILDATA } from '../../test/fpp2Data.js';

/** The fitted values of ses(oildata), as printed in FPP2 §7.1 (4 decimals). */
const FITTED = [
  446.5868, 445.5672, 451.928, 453.9974, 427.6311, 451.3186, 442.2025, 428.0196, 476.54, 496.4609, 517.1539, 510.3108, 492.4472, 506.9764,
  465.0705, 472.3638, 517.0495, 544.388,
];

describe('forecastAccuracy', () => {
  test('reproduces the training-set accuracy of ses(oildata) in FPP2 §7.1', () => {
    // summary(ses(oildata, h = 5)), "Error measures: Training set": RMSE 28.12234, MAE 22.2587,
    // MAPE 4.610635 (%), MASE 0.9256774 (scaled by the in-sample naive forecast, m = 1).
    // The fitted values are printed to 4 decimals, so the measures agree to about 1e-4.
    const accuracy = forecastAccuracy({ actual: OILDATA, forecast: FITTED, history: OILDATA });
    expect(Math.abs(accuracy.rmse - 28.12234)).toBeLessThan(2e-4);
    expect(Math.abs(accuracy.mae - 22.2587)).toBeLessThan(2e-4);
    expect(Math.abs(accuracy.mape! * 100 - 4.610635)).toBeLessThan(2e-5);
    expect(Math.abs(accuracy.mase! - 0.9256774)).toBeLessThan(1e-5);
    expect(accuracy.count).toBe(18);
  });

  test('by hand', () => {
    // Errors 10, −10, 10 → MAE 10, RMSE 10; MAPE (10/100 + 10/120 + 10/80)/3 = 0.10277…; WAPE 30/300 = 0.1.
    const accuracy = forecastAccuracy({ actual: [100, 120, 80], forecast: [90, 130, 70], history: [100, 110, 90, 100] });
    expect(accuracy.mae).toBe(10);
    expect(accuracy.rmse).toBe(10);
    expect(accuracy.mape).toBeCloseTo((0.1 + 10 / 120 + 0.125) / 3, 15);
    expect(accuracy.wape).toBeCloseTo(0.1, 15);
    // Naive scale: (10 + 20 + 10)/3 = 13.33…; MASE = 10/13.33… = 0.75.
    expect(accuracy.mase).toBeCloseTo(0.75, 15);
    // With a season of 2: scale (|90 − 100| + |100 − 110|)/2 = 10, MASE 1.
    expect(forecastAccuracy({ actual: [100, 120, 80], forecast: [90, 130, 70], history: [100, 110, 90, 100] }, { seasonLength: 2 }).mase).toBeCloseTo(1, 15);
  });

  test('MAPE is undefined with a zero actual, WAPE with all zeros, MASE without history or with a flat one', () => {
    const night = forecastAccuracy({ actual: [0, 10], forecast: [1, 9] });
    expect(night.mape).toBeUndefined();
    expect(night.wape).toBeCloseTo(0.2, 15);
    expect(night.mase).toBeUndefined();
    expect(forecastAccuracy({ actual: [0, 0], forecast: [1, 1] }).wape).toBeUndefined();
    expect(forecastAccuracy({ actual: [1], forecast: [2], history: [5, 5, 5] }).mase).toBeUndefined();
  });

  test('accepts any iterable and does not mutate it', () => {
    const input = deepFreeze({ actual: [1, 2, 3], forecast: [1, 2, 4], history: [1, 2] });
    expect(forecastAccuracy({ actual: iterate([1, 2, 3]), forecast: new Set([1, 2, 4]), history: iterate([1, 2]) })).toStrictEqual(forecastAccuracy(input));
  });

  test.each(NOT_NUMBERS)('rejects %o with %s, naming it', (bad, code) => {
    expectMetricError(() => forecastAccuracy({ actual: [1, bad as number], forecast: [1, 2] }), { metric: 'forecastAccuracy', code, field: 'input.actual[1]' });
    expectMetricError(() => forecastAccuracy({ actual: [1, 2], forecast: [bad as number, 2] }), { metric: 'forecastAccuracy', code, field: 'input.forecast[0]' });
  });

  test('rejects empty, mismatched and short inputs', () => {
    const metric = 'forecastAccuracy';
    expectMetricError(() => forecastAccuracy({ actual: [], forecast: [] }), { metric, code: 'EMPTY', field: 'input.actual' });
    expectMetricError(() => forecastAccuracy({ actual: [1, 2], forecast: [1] }), { metric, code: 'INCONSISTENT', field: 'input.forecast' });
    expectMetricError(() => forecastAccuracy({ actual: [1], forecast: [1], history: [1] }), { metric, code: 'EMPTY', field: 'input.history' });
    expectMetricError(() => forecastAccuracy({ actual: [1], forecast: [1], history: [1, 2] }, { seasonLength: 2 }), { metric, code: 'EMPTY', field: 'input.history' });
    expectMetricError(() => forecastAccuracy(null as never), { metric, code: 'WRONG_TYPE', field: 'input' });
    expectMetricError(() => forecastAccuracy({ actual: [1], forecast: [1] }, { seasonLength: 0 }), { metric, code: 'OUT_OF_RANGE', field: 'options.seasonLength' });
  });
});
