import { describe, expect, test } from 'vitest';
import { deepFreeze, expectMetricError, iterate, NOT_NUMBERS } from '../../test/helpers.js';
import { exponentialSmoothing } from '../index.js';
import { AUSTOURISTS, OILDATA } from '../../test/fpp2Data.js';

const sse = (residuals: readonly number[]): number => residuals.reduce((sum, e) => sum + e * e, 0);

describe('exponentialSmoothing: published fits', () => {
  test('simple exponential smoothing of oildata reproduces FPP2 §7.1 (summary(ses(oildata, h = 5)))', () => {
    // Hyndman & Athanasopoulos (2018), Forecasting: Principles and Practice, 2nd ed., §7.1
    // (https://otexts.com/fpp2/ses.html), R forecast::ses: α = 0.8339, ℓ₀ = 446.5868, σ = 29.8282,
    // AIC 178.1430, AICc 179.8573, BIC 180.8141; forecasts 542.6806 with these 80 % and 95 % intervals.
    const fit80 = exponentialSmoothing(OILDATA, { model: 'ANN', horizon: 5, level: 0.8 });
    const fit95 = exponentialSmoothing(OILDATA, { model: 'ANN', horizon: 5, level: 0.95 });
    expect(fit80.model).toBe('ANN');
    expect(fit80.intervals).toBe('analytic');
    expect(Math.abs(fit80.parameters.alpha - 0.8339)).toBeLessThan(1e-4);
    // The likelihood is flat in ℓ₀ (its weight on the last value is (1 − α)¹⁸ ≈ 1e-14): R's Nelder–Mead and ours stop 0.01 apart.
    expect(Math.abs(fit80.initialState.level - 446.5868)).toBeLessThan(0.05);
    expect(Math.abs(Math.sqrt(fit80.sigma2) - 29.8282)).toBeLessThan(1e-4);
    // Printed to 4 decimals.
    expect(Math.abs(fit80.aic - 178.143)).toBeLessThan(5e-4);
    expect(Math.abs(fit80.aicc - 179.8573)).toBeLessThan(5e-4);
    expect(Math.abs(fit80.bic - 180.8141)).toBeLessThan(5e-4);
    const published = [
      [504.4541, 580.907, 484.2183, 601.1429],
      [492.9073, 592.4539, 466.5589, 618.8023],
      [483.5747, 601.7864, 452.286, 633.0752],
      [475.5269, 609.8343, 439.9778, 645.3834],
      [468.3452, 617.0159, 428.9945, 656.3667],
    ];
    published.forEach(([lo80, hi80, lo95, hi95], i) => {
      expect(Math.abs(fit80.forecast[i]! - 542.6806)).toBeLessThan(1e-3);
      // R's α is 0.83389 (FPP2's fitted values, 7 digits), ours 0.83384: the bounds of h = 5 move by < 0.006.
      expect(Math.abs(fit80.lower[i]! - lo80!)).toBeLessThan(0.01);
      expect(Math.abs(fit80.upper[i]! - hi80!)).toBeLessThan(0.01);
      expect(Math.abs(fit95.lower[i]! - lo95!)).toBeLessThan(0.01);
      expect(Math.abs(fit95.upper[i]! - hi95!)).toBeLessThan(0.01);
    });
  });

  test('Holt’s linear trend on ausair reproduces FPP2 §7.2 (summary(holt(air, h = 5)))', () => {
    // air = window(ausair, start = 1990), fpp2 2.5: air passengers in Australia, millions, 1990–2016.
    const air = [
      17.5534, 21.8601, 23.8866, 26.9293, 26.8885, 28.8314, 30.0751, 30.9535, 30.1857, 31.5797, 32.57757, 33.4774, 39.02158, 41.38643,
      41.59655, 44.65732, 46.95177, 48.72884, 51.48843, 50.02697, 60.64091, 63.36031, 66.35527, 68.19795, 68.12324, 69.77935, 72.5977,
    ];
    // FPP2 §7.2 (https://otexts.com/fpp2/holt.html), forecast 8.20: α = 0.8302, β = 1e-04, ℓ₀ = 15.5715, b₀ = 2.1017,
    // σ = 2.3645, AIC 141.1291, AICc 143.9863, BIC 147.6083, and the forecasts below.
    const fit80 = exponentialSmoothing(air, { model: 'AAN', horizon: 5, level: 0.8 });
    const fit95 = exponentialSmoothing(air, { model: 'AAN', horizon: 5, level: 0.95 });
    // R's Nelder–Mead stops a little short: ours reaches a higher likelihood (AIC 141.113), so the estimates
    // differ slightly — α by 0.009 along a flat ridge with ℓ₀ — the forecasts by under 0.03 and, through α in
    // cⱼ = α + jβ, the interval bounds of h = 5 by under 0.1 (0.1 %).
    expect(fit80.aic).toBeLessThanOrEqual(141.1291);
    expect(fit80.aic).toBeGreaterThan(141.1291 - 0.05);
    expect(fit80.aicc - fit80.aic).toBeCloseTo(143.9863 - 141.1291, 3);
    expect(fit80.bic - fit80.aic).toBeCloseTo(147.6083 - 141.1291, 3);
    expect(Math.abs(fit80.parameters.alpha - 0.8302)).toBeLessThan(0.01);
    expect(fit80.parameters.beta).toBeCloseTo(1e-4, 6);
    expect(Math.abs(fit80.initialState.trend! - 2.1017)).toBeLessThan(0.01);
    expect(Math.abs(Math.sqrt(fit80.sigma2) - 2.3645)).toBeLessThan(0.002);
    const published = [
      [74.6013, 71.57106, 77.63154, 69.96695, 79.23566],
      [76.70304, 72.7644, 80.64169, 70.67941, 82.72668],
      [78.80478, 74.13092, 83.47864, 71.65673, 85.95284],
      [80.90652, 75.59817, 86.21487, 72.7881, 89.02494],
      [83.00826, 77.13343, 88.8831, 74.02348, 91.99305],
    ];
    published.forEach(([point, lo80, hi80, lo95, hi95], i) => {
      expect(Math.abs(fit80.forecast[i]! - point!)).toBeLessThan(0.03);
      expect(Math.abs(fit80.lower[i]! - lo80!)).toBeLessThan(0.1);
      expect(Math.abs(fit80.upper[i]! - hi80!)).toBeLessThan(0.1);
      expect(Math.abs(fit95.lower[i]! - lo95!)).toBeLessThan(0.1);
      expect(Math.abs(fit95.upper[i]! - hi95!)).toBeLessThan(0.1);
    });
  });

  test('the fitted values of oildata are FPP2’s cbind(oildata, fitted(fc))', () => {
    // FPP2 §7.1, fitted(ses(oildata)), printed to 4 decimals.
    const fitted = [
      446.5868, 445.5672, 451.928, 453.9974, 427.6311, 451.3186, 442.2025, 428.0196, 476.54, 496.4609, 517.1539, 510.3108, 492.4472,
      506.9764, 465.0705, 472.3638, 517.0495, 544.388,
    ];
    const fit = exponentialSmoothing(OILDATA, { model: 'ANN' });
    // ℓ₀ differs by 0.01 (above) and its effect decays by (1 − α) a step.
    fit.fitted.forEach((value, i) => { expect(Math.abs(value - fitted[i]!)).toBeLessThan(0.02); });
    fit.residuals.forEach((value, i) => { expect(value).toBeCloseTo(OILDATA[i]! - fit.fitted[i]!, 9); });
  });

  test('Holt–Winters additive on austourists fits at least as well as R’s forecast::ets', () => {
    // R forecast::ets(austourists, "AAA", damped = FALSE) (statsmodels' fit_ets.R output): σ² = 6.20560506
    // with np = 8 estimated values, i.e. SSE = 6.20560506 × (68 − 8) = 372.336; α 0.2028, γ 0.4645.
    const fit = exponentialSmoothing(AUSTOURISTS, { model: 'AAA', seasonLength: 4, horizon: 8 });
    expect(sse(fit.residuals)).toBeLessThanOrEqual(6.20560506 * 60 + 1e-6);
    expect(fit.parameters.beta).toBeLessThanOrEqual(fit.parameters.alpha);
    expect(fit.parameters.gamma! + fit.parameters.alpha).toBeLessThanOrEqual(1);
    // Additive seasonal states sum to 0 (Hyndman et al. 2008, §2.6.2 normalisation).
    expect(fit.initialState.season!.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 9);
    // The analytic interval is symmetric about the forecast.
    fit.forecast.forEach((f, i) => { expect(fit.upper[i]! - f).toBeCloseTo(f - fit.lower[i]!, 9); });
  });

  test('multiplicative Holt–Winters has a simulated interval, reproducible from its seed', () => {
    const fit = exponentialSmoothing(AUSTOURISTS, { model: 'MAM', seasonLength: 4, horizon: 8, level: 0.8 });
    expect(fit.intervals).toBe('simulated');
    expect(fit.initialState.season!.reduce((a, b) => a + b, 0)).toBeCloseTo(4, 9);
    const again = exponentialSmoothing(AUSTOURISTS, { model: 'MAM', seasonLength: 4, horizon: 8, level: 0.8 });
    expect(again).toStrictEqual(fit);
    const other = exponentialSmoothing(AUSTOURISTS, { model: 'MAM', seasonLength: 4, horizon: 8, level: 0.8, seed: 7 });
    expect(other.lower).not.toStrictEqual(fit.lower);
    expect(other.forecast).toStrictEqual(fit.forecast);
    // One step ahead, y = μ(1 + ε) exactly, so the interval is μ(1 ± z σ) with z = 1.2816 (Hyndman et al. 2008, §6.4):
    // 5000 paths put the simulated quantiles within 2 % of it.
    const z = 1.2815515655446004;
    const sigma = Math.sqrt(fit.sigma2);
    expect(Math.abs(fit.lower[0]! / (fit.forecast[0]! * (1 - z * sigma)) - 1)).toBeLessThan(0.02);
    expect(Math.abs(fit.upper[0]! / (fit.forecast[0]! * (1 + z * sigma)) - 1)).toBeLessThan(0.02);
  });
});

describe('exponentialSmoothing: model choice', () => {
  test('auto picks the lowest AICc among every model the history allows', () => {
    const fit = exponentialSmoothing(AUSTOURISTS, { seasonLength: 4 });
    expect(fit.candidates).toHaveLength(15);
    expect(fit.model).toBe(fit.candidates[0]!.model);
    expect(fit.aicc).toBe(fit.candidates[0]!.aicc);
    for (let i = 1; i < fit.candidates.length; i++) expect(fit.candidates[i]!.aicc).toBeGreaterThanOrEqual(fit.candidates[i - 1]!.aicc);
    // A strongly seasonal series: the chosen model has a season.
    expect(fit.model.endsWith('N')).toBe(false);
  });

  test('without a season, and with a zero, only the models that fit are tried', () => {
    const fit = exponentialSmoothing([0, ...OILDATA]);
    expect(fit.candidates.map((c) => c.model).sort()).toEqual(['AAN', 'AAdN', 'ANN']);
    const one = exponentialSmoothing(OILDATA, { model: 'AAdN' });
    expect(one.candidates).toEqual([{ model: 'AAdN', aicc: one.aicc }]);
    expect(one.parameters.phi).toBeGreaterThanOrEqual(0.8);
    expect(one.parameters.phi).toBeLessThanOrEqual(0.98);
  });

  test('a long intraday season uses heuristic initial states and still fits', () => {
    // Five days of half hours with a daily shape and a mild trend.
    const day = Array.from({ length: 48 }, (_, i) => 20 + 60 * Math.max(0, Math.sin((Math.PI * (i - 14)) / 28)));
    const history = Array.from({ length: 48 * 5 }, (_, t) => day[t % 48]! * (1 + t / 2000) + ((t * 7919) % 11) - 5);
    const fit = exponentialSmoothing(history, { seasonLength: 48, model: 'AAA', horizon: 48 });
    expect(fit.forecast).toHaveLength(48);
    // The forecast keeps the daily shape: the peak half hour stays the peak.
    const peak = day.indexOf(Math.max(...day));
    expect(fit.forecast.indexOf(Math.max(...fit.forecast))).toBeGreaterThanOrEqual(peak - 2);
    expect(fit.forecast.indexOf(Math.max(...fit.forecast))).toBeLessThanOrEqual(peak + 2);
    // Only α, β, γ and σ are estimated: k = 4 (AICc − AIC = 2k(k + 1)/(n − k − 1)).
    expect(fit.aicc - fit.aic).toBeCloseTo(40 / (240 - 5), 9);
  });
});

describe('exponentialSmoothing: two seasonal cycles', () => {
  // Eight intervals a day, seven days a week: a daily shape, quieter weekends, and noise (a fixed pseudo-random sequence).
  const shape = [5, 20, 40, 35, 30, 38, 25, 10];
  const volume = (t: number): number => {
    const day = Math.floor(t / 8) % 7;
    return 30 + shape[t % 8]! * (day >= 5 ? 0.4 : 1) + (((t * 7919) % 13) - 6) / 2;
  };
  const history = Array.from({ length: 8 * 7 * 6 }, (_, t) => volume(t));
  const future = Array.from({ length: 8 * 7 }, (_, i) => volume(history.length + i));
  const mae = (forecast: readonly number[]): number => forecast.reduce((sum, f, i) => sum + Math.abs(f - future[i]!), 0) / forecast.length;

  test('a weekly season beside the daily one forecasts the next week better than the daily one alone', () => {
    const daily = exponentialSmoothing(history, { seasonLength: 8, model: 'ANA', horizon: 56 });
    const double = exponentialSmoothing(history, { seasonLength: 8, secondSeasonLength: 56, model: 'ANA', horizon: 56 });
    expect(double.parameters.gamma2).toBeGreaterThan(0);
    expect(double.initialState.season2).toHaveLength(56);
    expect(double.initialState.season2!.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 9);
    expect(double.aicc).toBeLessThan(daily.aicc);
    // The daily model cannot see weekends: its error is the weekend gap, the double one's is about the noise (≈ 1.6).
    expect(mae(double.forecast)).toBeLessThan(mae(daily.forecast) / 2);
    expect(mae(double.forecast)).toBeLessThan(3);
    // Only the additive models are tried.
    const auto = exponentialSmoothing(history, { seasonLength: 8, secondSeasonLength: 56, horizon: 8 });
    expect(auto.candidates.map((c) => c.model).sort()).toEqual(['AAA', 'AAdA', 'ANA']);
  });

  test('a second season must be longer than a first of at least 2, and additive', () => {
    const metric = 'exponentialSmoothing';
    expectMetricError(() => exponentialSmoothing(history, { seasonLength: 8, secondSeasonLength: 8 }), { metric, code: 'INCONSISTENT', field: 'options.secondSeasonLength' });
    expectMetricError(() => exponentialSmoothing(history, { secondSeasonLength: 56 }), { metric, code: 'INCONSISTENT', field: 'options.secondSeasonLength' });
    expectMetricError(() => exponentialSmoothing(history, { seasonLength: 8, secondSeasonLength: 56, model: 'MAM' }), { metric, code: 'INCONSISTENT', field: 'options.model' });
    expectMetricError(() => exponentialSmoothing(history.slice(0, 100), { seasonLength: 8, secondSeasonLength: 56 }), { metric, code: 'EMPTY', field: 'history' });
  });
});

describe('exponentialSmoothing: exact fits', () => {
  test('a constant history is forecast exactly, with a zero-width interval', () => {
    const fit = exponentialSmoothing([40, 40, 40, 40, 40, 40, 40, 40], { model: 'ANN', horizon: 3 });
    fit.forecast.forEach((f) => { expect(f).toBeCloseTo(40, 9); });
    expect(fit.sigma2).toBeCloseTo(0, 9);
    fit.upper.forEach((u, i) => { expect(u - fit.lower[i]!).toBeCloseTo(0, 6); });
  });
});

describe('exponentialSmoothing: inputs', () => {
  test('accepts any iterable and does not mutate it', () => {
    const expected = exponentialSmoothing(OILDATA, { model: 'ANN' });
    expect(exponentialSmoothing(iterate(OILDATA), { model: 'ANN' })).toStrictEqual(expected);
    expect(() => exponentialSmoothing(deepFreeze([...OILDATA]), deepFreeze({ model: 'AAN' as const }))).not.toThrow();
  });

  test.each(NOT_NUMBERS)('rejects %o in the history with %s, naming it', (bad, code) => {
    expectMetricError(() => exponentialSmoothing([1, 2, bad as number, 4]), { metric: 'exponentialSmoothing', code, field: 'history[2]' });
  });

  test('rejects short histories, impossible models and bad options', () => {
    const metric = 'exponentialSmoothing';
    expectMetricError(() => exponentialSmoothing([1, 2, 3]), { metric, code: 'EMPTY', field: 'history' });
    expectMetricError(() => exponentialSmoothing([1, 2, 3, 4, 5], { model: 'AAN' }), { metric, code: 'EMPTY', field: 'history' });
    expectMetricError(() => exponentialSmoothing(OILDATA, { model: 'AAA' }), { metric, code: 'EMPTY', field: 'history' });
    expectMetricError(() => exponentialSmoothing(OILDATA, { model: 'AAA', seasonLength: 12 }), { metric, code: 'EMPTY', field: 'history' });
    expectMetricError(() => exponentialSmoothing([0, ...OILDATA], { model: 'MNN' }), { metric, code: 'OUT_OF_RANGE', field: 'history' });
    expectMetricError(() => exponentialSmoothing([1, -2, 3]), { metric, code: 'NEGATIVE', field: 'history[1]' });
    expectMetricError(() => exponentialSmoothing(OILDATA, { model: 'AMN' as never }), { metric, code: 'UNKNOWN_VALUE', field: 'options.model' });
    expectMetricError(() => exponentialSmoothing(OILDATA, { level: 1 }), { metric, code: 'OUT_OF_RANGE', field: 'options.level' });
    expectMetricError(() => exponentialSmoothing(OILDATA, { level: 0 }), { metric, code: 'OUT_OF_RANGE', field: 'options.level' });
    expectMetricError(() => exponentialSmoothing(OILDATA, { level: 95 }), { metric, code: 'OUT_OF_RANGE', field: 'options.level' });
    expectMetricError(() => exponentialSmoothing(OILDATA, { horizon: 0 }), { metric, code: 'OUT_OF_RANGE', field: 'options.horizon' });
    expectMetricError(() => exponentialSmoothing(OILDATA, { seasonLength: 1.5 }), { metric, code: 'NOT_INTEGER', field: 'options.seasonLength' });
    expectMetricError(() => exponentialSmoothing(OILDATA, { simulations: 10 }), { metric, code: 'OUT_OF_RANGE', field: 'options.simulations' });
    expectMetricError(() => exponentialSmoothing(OILDATA, { seed: -1 }), { metric, code: 'OUT_OF_RANGE', field: 'options.seed' });
    expectMetricError(() => exponentialSmoothing(OILDATA, { initialStates: 'backcast' as never }), { metric, code: 'UNKNOWN_VALUE', field: 'options.initialStates' });
    expectMetricError(() => exponentialSmoothing(OILDATA, { alpha: 0.5 } as never), { metric, code: 'UNKNOWN_VALUE', field: 'options.alpha' });
    expectMetricError(() => exponentialSmoothing('123456' as never), { metric, code: 'WRONG_TYPE', field: 'history' });
  });
});
