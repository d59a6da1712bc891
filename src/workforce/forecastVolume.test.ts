import { describe, expect, test } from 'vitest';
import { deepFreeze, expectMetricError, iterate, NOT_NUMBERS } from '../../test/helpers.js';
import { forecastVolume } from '../index.js';

/**
 * Additive Holt–Winters written directly from Hyndman & Athanasopoulos (2021), §8.3, with
 * 1-based times and maps, as a reference independent of the library's loop.
 */
function textbookHoltWinters(y: number[], m: number, h: number, alpha: number, beta: number, gamma: number): number[] {
  const at = (t: number): number => y[t - 1]!;
  const level = new Map<number, number>();
  const trend = new Map<number, number>();
  const season = new Map<number, number>();
  let first = 0;
  let second = 0;
  for (let t = 1; t <= m; t++) {
    first += at(t) / m;
    second += at(m + t) / m;
  }
  level.set(m, first);
  trend.set(m, (second - first) / m);
  for (let t = 1; t <= m; t++) season.set(t, at(t) - first);
  for (let t = m + 1; t <= y.length; t++) {
    const l = level.get(t - 1)!;
    const b = trend.get(t - 1)!;
    level.set(t, alpha * (at(t) - season.get(t - m)!) + (1 - alpha) * (l + b));
    trend.set(t, beta * (level.get(t)! - l) + (1 - beta) * b);
    season.set(t, gamma * (at(t) - l - b) + (1 - gamma) * season.get(t - m)!);
  }
  const n = y.length;
  return Array.from({ length: h }, (_, i) => {
    const step = i + 1;
    const k = Math.floor((step - 1) / m);
    return Math.max(0, level.get(n)! + step * trend.get(n)! + season.get(n + step - m * (k + 1))!);
  });
}

describe('forecastVolume', () => {
  const history = [10, 20, 30, 20, 12, 22, 32, 22];

  test('seasonal naive repeats the last season (Hyndman & Athanasopoulos §5.2)', () => {
    expect(forecastVolume(history, { seasonLength: 4 })).toStrictEqual([12, 22, 32, 22]);
    expect(forecastVolume(history, { seasonLength: 4, horizon: 6 })).toStrictEqual([12, 22, 32, 22, 12, 22]);
    expect(forecastVolume(history, { seasonLength: 4, horizon: 1, method: 'seasonalNaive' })).toStrictEqual([12]);
    // A season of 1 is the naive forecast: the last value.
    expect(forecastVolume([3, 5, 8], { seasonLength: 1, horizon: 2 })).toStrictEqual([8, 8]);
  });

  test('Holt–Winters matches the textbook equations', () => {
    // By hand for the default α 0.2, β 0.01, γ 0.1: ℓ₄ = 20, b₄ = (22 − 20)/4 = 0.5,
    // s = (−10, 0, 10, 0); t = 5: ℓ₅ = 0.2(12 + 10) + 0.8(20.5) = 20.8, b₅ = 0.01(0.8) + 0.99(0.5) = 0.503,
    // s₅ = 0.1(12 − 20.5) + 0.9(−10) = −9.85.
    const forecast = forecastVolume(history, { seasonLength: 4, horizon: 2, method: 'holtWinters' });
    expect(forecast).toHaveLength(2);
    const textbook = textbookHoltWinters(history, 4, 2, 0.2, 0.01, 0.1);
    expect(forecast[0]).toBeCloseTo(textbook[0]!, 12);
    expect(forecast[1]).toBeCloseTo(textbook[1]!, 12);
    // The same equations in exact fractions (Python fractions.Fraction, α = 2/10, β = 1/100,
    // γ = 1/10): ŷ₉ = 1627890628797/125000000000 = 13.023125030376, ŷ₁₀ =
    // 1465400098197/62500000000 = 23.446401571152.
    expect(forecast[0]).toBeCloseTo(1627890628797 / 125000000000, 12);
    expect(forecast[1]).toBeCloseTo(1465400098197 / 62500000000, 12);
    const long = Array.from({ length: 48 * 5 }, (_, t) => 50 + 40 * Math.sin((2 * Math.PI * t) / 48) + (t % 7));
    for (const [alpha, beta, gamma] of [
      [0.2, 0.01, 0.1],
      [0.5, 0.2, 0.3],
      [1, 1, 1],
      [0, 0, 0],
    ] as const) {
      const expected = textbookHoltWinters(long, 48, 60, alpha, beta, gamma);
      const actual = forecastVolume(long, { seasonLength: 48, horizon: 60, method: 'holtWinters', alpha, beta, gamma });
      actual.forEach((value, i) => { expect(value).toBeCloseTo(expected[i]!, 9); });
    }
  });

  test('Holt–Winters reproduces a purely seasonal series exactly', () => {
    // Level = the season's mean, trend 0, season = deviations: every update leaves them so.
    const seasonal = [5, 9, 2, 5, 9, 2, 5, 9, 2];
    forecastVolume(seasonal, { seasonLength: 3, horizon: 3, method: 'holtWinters' }).forEach((value, i) => { expect(value).toBeCloseTo([5, 9, 2][i]!, 12); },
    );
  });

  test('a forecast below zero is 0 contacts', () => {
    // A steep fall: the trend carries the additive model below zero.
    const falling = [100, 90, 60, 50, 20, 10];
    const forecast = forecastVolume(falling, { seasonLength: 2, horizon: 4, method: 'holtWinters', alpha: 1, beta: 1 });
    expect(Math.min(...forecast)).toBe(0);
    expect(forecast.every((value) => value >= 0)).toBe(true);
  });

  test('accepts any iterable and does not mutate it', () => {
    expect(forecastVolume(iterate(history), { seasonLength: 4 })).toStrictEqual([12, 22, 32, 22]);
    expect(() => forecastVolume(deepFreeze([...history]), deepFreeze({ seasonLength: 4, method: 'holtWinters' as const }))).not.toThrow();
  });

  test('rejects too short a history', () => {
    expectMetricError(() => forecastVolume([1, 2, 3], { seasonLength: 4 }), { metric: 'forecastVolume', code: 'EMPTY', field: 'history' });
    expectMetricError(() => forecastVolume([1, 2, 3, 4, 5], { seasonLength: 4, method: 'holtWinters' }), {
      metric: 'forecastVolume',
      code: 'EMPTY',
      field: 'history',
    });
  });

  test.each(NOT_NUMBERS)('rejects %o in the history with %s, naming it', (bad, code) => {
    expectMetricError(() => forecastVolume([1, 2, bad as number, 4], { seasonLength: 2 }), { metric: 'forecastVolume', code, field: 'history[2]' });
  });

  test('rejects gaps, negative volumes and bad options', () => {
    const metric = 'forecastVolume';
    expectMetricError(() => forecastVolume([1, null as never, 3], { seasonLength: 1 }), { metric, code: 'WRONG_TYPE', field: 'history[1]' });
    expectMetricError(() => forecastVolume([1, -2, 3], { seasonLength: 1 }), { metric, code: 'NEGATIVE', field: 'history[1]' });
    expectMetricError(() => forecastVolume(history, { seasonLength: 0 }), { metric, code: 'OUT_OF_RANGE', field: 'options.seasonLength' });
    expectMetricError(() => forecastVolume(history, { seasonLength: 2.5 }), { metric, code: 'NOT_INTEGER', field: 'options.seasonLength' });
    expectMetricError(() => forecastVolume(history, { seasonLength: 4, horizon: 0 }), { metric, code: 'OUT_OF_RANGE', field: 'options.horizon' });
    expectMetricError(() => forecastVolume(history, { seasonLength: 4, method: 'arima' as never }), {
      metric,
      code: 'UNKNOWN_VALUE',
      field: 'options.method',
    });
    expectMetricError(() => forecastVolume(history, { seasonLength: 4, alpha: 1.5 }), { metric, code: 'OUT_OF_RANGE', field: 'options.alpha' });
    expectMetricError(() => forecastVolume(history, { seasonLength: 4, beta: -0.1 }), { metric, code: 'OUT_OF_RANGE', field: 'options.beta' });
    expectMetricError(() => forecastVolume(history, { seasonLength: 4, gamma: Number.NaN }), { metric, code: 'NOT_FINITE', field: 'options.gamma' });
    expectMetricError(() => forecastVolume(history, undefined as never), { metric, code: 'WRONG_TYPE', field: 'options' });
    expectMetricError(() => forecastVolume('1234' as never, { seasonLength: 1 }), { metric, code: 'WRONG_TYPE', field: 'history' });
  });
});

describe('forecastVolume: volumes near the largest double', () => {
  test('a Holt–Winters forecast that overflows is OUT_OF_RANGE on history, not zeros', () => {
    // Before: six volumes of MAX_VALUE summed to Infinity, ∞ − ∞ gave NaN, and the floor at 0
    // turned NaN into a forecast of [0, 0, 0].
    const huge = Array.from({ length: 6 }, () => Number.MAX_VALUE);
    expectMetricError(() => forecastVolume(huge, { seasonLength: 3, method: 'holtWinters' }), {
      metric: 'forecastVolume',
      code: 'OUT_OF_RANGE',
      field: 'history',
    });
    // A trend that runs past the largest double over a long horizon, likewise.
    expectMetricError(
      () => forecastVolume([0, 0, Number.MAX_VALUE / 2, Number.MAX_VALUE / 2], { seasonLength: 2, method: 'holtWinters', beta: 1, horizon: 1000 }),
      { metric: 'forecastVolume', code: 'OUT_OF_RANGE', field: 'history' },
    );
    // The seasonal naive forecast only repeats values: huge ones are returned as they are.
    expect(forecastVolume(huge, { seasonLength: 3 })).toStrictEqual([Number.MAX_VALUE, Number.MAX_VALUE, Number.MAX_VALUE]);
  });
});
