import { readHistory } from '../internal/checks/series.js';
import { checkIntegerInRange, checkOptions, fail } from '../internal/checks/validate.js';
import { accuracyOf, naiveScale } from '../internal/numeric/accuracy.js';
import { DOUBLE_SEASONAL, ETS_MODELS, fitModel } from '../internal/numeric/etsModels.js';
import type { ExponentialSmoothingModel } from './exponentialSmoothing.js';

/** A method {@link forecastBacktest} compares: an exponential smoothing model, or the seasonal naive benchmark. @category Workforce */
export type BacktestMethod = ExponentialSmoothingModel | 'seasonalNaive';

/** How {@link forecastBacktest} splits the history. @category Workforce */
export interface ForecastBacktestOptions {
  /** Intervals per season, a whole number from 1 to 10⁵. @defaultValue 1 */
  readonly seasonLength?: number;
  /**
   * A second, longer season for the seasonal models `'ANA'`, `'AAA'`, `'AAdA'`, as in {@link exponentialSmoothing}
   * (336 half hours a week beside a day of 48). Run the backtest with and without it to compare: the origins and
   * MASE's scale are the same. @defaultValue none
   */
  readonly secondSeasonLength?: number;
  /** Steps forecast from each origin, a whole number ≥ 1. @defaultValue seasonLength */
  readonly horizon?: number;
  /** Forecast origins, the last `horizon` values held out from the latest; a whole number ≥ 1. @defaultValue 5 */
  readonly origins?: number;
  /** Values between consecutive origins, a whole number ≥ 1. @defaultValue horizon */
  readonly step?: number;
  /** The methods compared. @defaultValue `['seasonalNaive', 'ANN', 'AAN', 'AAdN']`, and `'ANA', 'AAA', 'AAdA'` with a season */
  readonly methods?: readonly BacktestMethod[];
}

/** One method's pooled out-of-sample errors. @category Workforce */
export interface BacktestScore {
  /** The method scored. */
  readonly method: BacktestMethod;
  /** Mean absolute error over every origin and step. */
  readonly mae: number;
  /** Root mean squared error over every origin and step. */
  readonly rmse: number;
  /** Mean absolute percentage error (fraction); undefined when a held-out value is 0. */
  readonly mape: number | undefined;
  /** Weighted absolute percentage error (fraction); undefined when every held-out value is 0. */
  readonly wape: number | undefined;
  /** MAE over the in-sample seasonal naive MAE of the history before the first origin; undefined when that is 0. */
  readonly mase: number | undefined;
  /** Origins at which the method could be fitted (a model needing more history than an origin has is skipped there). */
  readonly origins: number;
}

/** The result of {@link forecastBacktest}. @category Workforce */
export interface ForecastBacktest {
  /** The scores of every method fitted at one origin at least, best (lowest MAE, and so MASE) first. */
  readonly scores: BacktestScore[];
  /** The best method. */
  readonly best: BacktestMethod;
  /** The origins used: the number of values each training window held. */
  readonly origins: number[];
  /** Methods that no origin had enough history for (a damped trend needs 8 values, a seasonal model two seasons). */
  readonly unfitted: BacktestMethod[];
}

/**
 * A rolling-origin backtest: each method is fitted on the history up to an origin, forecasts the next `horizon`
 * values, and is scored on what followed, over several origins (time-series cross-validation).
 *
 * ## Formula
 * Origins oₖ = n − horizon − (origins − k)·step, k = 1…origins (the last one holds out the last `horizon` values).
 * At each, a method sees y₁…y_oₖ only (exponential smoothing models are re-fitted by {@link exponentialSmoothing}'s
 * maximum likelihood) and forecasts y_oₖ₊₁…y_oₖ₊ₕ. MAE, RMSE, MAPE and WAPE pool every error; MASE divides the
 * pooled MAE by the in-sample seasonal naive MAE of y₁…y_o₁ (Hyndman & Koehler 2006), so below 1 means better than
 * the seasonal naive forecast in-sample. Cost: origins × methods fits.
 *
 * ## Variants
 * - A single hold-out (origins 1) is the classic train/test split; more origins make the comparison steadier.
 * - Expanding window (this) rather than a sliding one: every fit uses all history up to its origin.
 *
 * @param history - The series, oldest first, no gaps, finite and ≥ 0. Any iterable.
 * @param options - The season, horizon, origins, step and methods.
 * @returns Each method's scores, best first, and the origins.
 * @throws {@link MetricInputError} the common input checks (`history[i]`, `options.*`; `history` when errors near the
 * largest double overflow); `EMPTY` (`history`) when the first origin would have fewer than seasonLength + 1 values,
 * or no method can be fitted at any origin; `INCONSISTENT` (`options.secondSeasonLength`) for a second season not
 * longer than a first of ≥ 2, (`options.methods[i]`) for a multiplicative season beside one.
 * @example
 * ```ts
 * import { forecastBacktest } from 'service-metrics';
 * // A flat week-shaped series: the seasonal naive forecast is exact.
 * const week = [50, 80, 80, 80, 80, 60, 20];
 * const history = [...week, ...week, ...week, ...week, ...week, ...week];
 * const result = forecastBacktest(history, { seasonLength: 7, origins: 2, methods: ['seasonalNaive', 'ANN'] });
 * result.best; // => 'seasonalNaive'
 * result.scores[0].mae; // => 0
 * ```
 * @see Hyndman, R. J., & Athanasopoulos, G. (2021). *Forecasting: Principles and Practice* (3rd ed.), OTexts, §5.10 (time series cross-validation). {@link https://otexts.com/fpp3/tscv.html}
 * @see Tashman, L. J. (2000). Out-of-sample tests of forecasting accuracy: an analysis and review. *International Journal of Forecasting*, 16(4), 437–450.
 * @category Workforce
 */
export function forecastBacktest(history: Iterable<number>, options: ForecastBacktestOptions = {}): ForecastBacktest {
  const metric = 'forecastBacktest';
  const object = checkOptions(metric, options, ['seasonLength', 'secondSeasonLength', 'horizon', 'origins', 'step', 'methods']);
  const m = object['seasonLength'] === undefined ? 1 : checkIntegerInRange(metric, 'options.seasonLength', object['seasonLength'], 1, 1e5);
  let m2: number | undefined;
  if (object['secondSeasonLength'] !== undefined) {
    m2 = checkIntegerInRange(metric, 'options.secondSeasonLength', object['secondSeasonLength'], 2, 1e5);
    if (m < 2 || m2 <= m) fail(metric, 'options.secondSeasonLength', 'INCONSISTENT', `a season longer than seasonLength (${String(m)}), which must be ≥ 2`, m2);
  }
  const h = object['horizon'] === undefined ? m : checkIntegerInRange(metric, 'options.horizon', object['horizon'], 1, 1e6);
  const count = object['origins'] === undefined ? 5 : checkIntegerInRange(metric, 'options.origins', object['origins'], 1, 1e4);
  const step = object['step'] === undefined ? h : checkIntegerInRange(metric, 'options.step', object['step'], 1, 1e6);
  const methods = readMethods(metric, object['methods'], m);
  if (m2 !== undefined) {
    methods.forEach((method, i) => {
      if (method.endsWith('M')) {
        fail(metric, `options.methods[${String(i)}]`, 'INCONSISTENT', "a method without a multiplicative season beside a second season ('ANA', 'AAA', 'AAdA'…)", method);
      }
    });
  }
  const y = readHistory(metric, history);
  const first = y.length - h - (count - 1) * step;
  if (first < m + 1) {
    fail(metric, 'history', 'EMPTY', `at least ${String(m + 1 + h + (count - 1) * step)} values for ${String(count)} origin(s) of horizon ${String(h)}`, y.length);
  }
  const origins = Array.from({ length: count }, (_, k) => first + k * step);
  const scale = naiveScale(y.slice(0, first), m);
  const optimalStates = m <= 24 && m2 === undefined;
  const all = methods.map((method): BacktestScore | undefined => {
    const actual: number[] = [];
    const predicted: number[] = [];
    let used = 0;
    for (const origin of origins) {
      const train = y.slice(0, origin);
      let forecast: number[] | undefined;
      if (method === 'seasonalNaive') {
        forecast = Array.from({ length: h }, (_, i) => train[origin - m + (i % m)]!);
      } else {
        forecast = fitModel(train, method, m, optimalStates, m2 !== undefined && DOUBLE_SEASONAL.includes(method) ? m2 : undefined)?.forecast(h);
      }
      if (forecast === undefined) continue;
      used++;
      actual.push(...y.slice(origin, origin + h));
      predicted.push(...forecast);
    }
    if (used === 0) return undefined;
    const accuracy = accuracyOf(actual, predicted, undefined, m);
    if (accuracy === undefined || !Number.isFinite(scale)) {
      fail(metric, 'history', 'OUT_OF_RANGE', 'values whose forecast errors sum to finite numbers', y.length);
    }
    return {
      method,
      mae: accuracy.mae,
      rmse: accuracy.rmse,
      mape: accuracy.mape,
      wape: accuracy.wape,
      mase: scale > 0 ? accuracy.mae / scale : undefined,
      origins: used,
    };
  });
  const scores = all.filter((score) => score !== undefined);
  const unfitted = methods.filter((_, i) => all[i] === undefined);
  if (scores.length === 0) {
    fail(metric, 'history', 'EMPTY', `enough values for one of the methods at one origin (${unfitted.join(', ')} need more)`, y.length);
  }
  // MASE orders as MAE does (one scale for all); ties keep the given order.
  const ranked = scores.map((score, index) => ({ score, index })).sort((a, b) => a.score.mae - b.score.mae || a.index - b.index);
  const sorted = ranked.map((entry) => entry.score);
  return { scores: sorted, best: sorted[0]!.method, origins, unfitted };
}

function readMethods(metric: string, value: unknown, m: number): BacktestMethod[] {
  if (value === undefined) {
    return m > 1 ? ['seasonalNaive', 'ANN', 'AAN', 'AAdN', 'ANA', 'AAA', 'AAdA'] : ['seasonalNaive', 'ANN', 'AAN', 'AAdN'];
  }
  if (!Array.isArray(value) || value.length === 0) fail(metric, 'options.methods', 'WRONG_TYPE', 'a non-empty array of methods', value);
  return (value as unknown[]).map((method, i) => {
    if (method !== 'seasonalNaive' && !(ETS_MODELS as readonly unknown[]).includes(method)) {
      fail(metric, `options.methods[${String(i)}]`, 'UNKNOWN_VALUE', `'seasonalNaive' or an exponential smoothing model ('ANN', 'AAA'…)`, method);
    }
    return method as BacktestMethod;
  });
}
