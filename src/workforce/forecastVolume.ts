import { checkSample } from '../internal/checks/sample.js';
import { checkInRange, checkIntegerInRange, checkNonNegative, checkRequiredOptions, fail } from '../internal/checks/validate.js';

/** The forecasting method of {@link forecastVolume}. @category Workforce */
export type ForecastMethod = 'seasonalNaive' | 'holtWinters';

/** How {@link forecastVolume} forecasts. @category Workforce */
export interface ForecastVolumeOptions {
  /** Intervals per season, a whole number ≥ 1 (48 half hours a day, 336 a week, 7 days a week). */
  readonly seasonLength: number;
  /** Intervals to forecast, a whole number from 1 to 10⁷. @defaultValue seasonLength (one season ahead) */
  readonly horizon?: number;
  /** `'seasonalNaive'` or additive `'holtWinters'` (see {@link forecastVolume}). @defaultValue 'seasonalNaive' */
  readonly method?: ForecastMethod;
  /** Holt–Winters level smoothing α, 0–1 (higher follows recent volume faster). @defaultValue 0.2 */
  readonly alpha?: number;
  /** Holt–Winters trend smoothing β, 0–1. @defaultValue 0.01 */
  readonly beta?: number;
  /** Holt–Winters seasonal smoothing γ, 0–1. @defaultValue 0.1 */
  readonly gamma?: number;
}

/**
 * A volume forecast from history, by seasonal naive or additive Holt–Winters: the input of {@link staffingPlan}.
 *
 * ## Formula
 * With history y₁…yₙ, season length m, horizon h and k = ⌊(h − 1)/m⌋:
 * - **Seasonal naive** (§5.2), the benchmark to beat: ŷₙ₊ₕ = yₙ₊ₕ₋ₘ₍ₖ₊₁₎, the same interval one season ago.
 * - **Holt–Winters, additive** (Winters 1960; §8.3): ℓₜ = α(yₜ − sₜ₋ₘ) + (1 − α)(ℓₜ₋₁ + bₜ₋₁),
 *   bₜ = β(ℓₜ − ℓₜ₋₁) + (1 − β)bₜ₋₁, sₜ = γ(yₜ − ℓₜ₋₁ − bₜ₋₁) + (1 − γ)sₜ₋ₘ, ŷₙ₊ₕ = ℓₙ + h·bₙ + sₙ₊ₕ₋ₘ₍ₖ₊₁₎;
 *   started with ℓₘ = mean of season 1, bₘ = (mean of season 2 − mean of season 1)/m, sᵢ = yᵢ − ℓₘ.
 * α, β, γ are not fitted (0.2, 0.01, 0.1 are conventional): backtest against seasonal naive. A negative forecast
 * is returned as 0. O(n + h).
 *
 * ## Variants
 * - {@link exponentialSmoothing}: α, β, γ fitted by maximum likelihood, multiplicative seasons, prediction intervals;
 *   {@link forecastBacktest} compares both on your history. Holidays: use a forecasting package.
 * - WFM tools' "same interval, last few weeks": a weekly season with Holt–Winters' γ plays that role.
 *
 * @param history - Contacts per interval, oldest first, no gaps, finite and ≥ 0. Any iterable.
 * @param options - The season length, horizon, method and smoothing parameters.
 * @returns The forecast contacts for the next `horizon` intervals, ≥ 0.
 * @throws {@link MetricInputError} the common input checks (`history[i]`; `history` when Holt–Winters overflows);
 * `EMPTY` (`history`) for under one season (two for Holt–Winters).
 * @example
 * ```ts
 * import { forecastVolume } from 'service-metrics';
 * const history = [10, 20, 30, 20, 12, 22, 32, 22]; // two days of four intervals
 * forecastVolume(history, { seasonLength: 4 }); // => [12, 22, 32, 22]
 * ```
 * @see Hyndman, R. J., & Athanasopoulos, G. (2021). *Forecasting: Principles and Practice* (3rd ed.), OTexts, §5.2 (simple forecasting methods) and §8.3 (Holt–Winters' seasonal method). {@link https://otexts.com/fpp3/}
 * @see Winters, P. R. (1960). Forecasting sales by exponentially weighted moving averages. *Management Science*, 6(3), 324–342.
 * @category Workforce
 */
export function forecastVolume(history: Iterable<number>, options: ForecastVolumeOptions): number[] {
  const metric = 'forecastVolume';
  const object = checkRequiredOptions(metric, options, ['seasonLength', 'horizon', 'method', 'alpha', 'beta', 'gamma']);
  const m = checkIntegerInRange(metric, 'options.seasonLength', object['seasonLength'], 1, 1e7);
  const { horizon = m, method = 'seasonalNaive', alpha = 0.2, beta = 0.01, gamma = 0.1 } = object;
  const h = checkIntegerInRange(metric, 'options.horizon', horizon, 1, 1e7);
  if (method !== 'seasonalNaive' && method !== 'holtWinters') {
    fail(metric, 'options.method', 'UNKNOWN_VALUE', "'seasonalNaive' or 'holtWinters'", method);
  }
  const a = checkInRange(metric, 'options.alpha', alpha, 0, 1);
  const b = checkInRange(metric, 'options.beta', beta, 0, 1);
  const g = checkInRange(metric, 'options.gamma', gamma, 0, 1);
  const y: number[] = [];
  for (const value of checkSample(metric, 'history', history)) {
    y.push(checkNonNegative(metric, `history[${String(y.length)}]`, value));
  }
  const seasons = method === 'holtWinters' ? 2 : 1;
  if (y.length < seasons * m) {
    fail(metric, 'history', 'EMPTY', `at least ${String(seasons)} season(s) of history (${String(seasons * m)} values)`, y.length);
  }
  if (method === 'seasonalNaive') return seasonalNaive(y, m, h);
  const forecast = holtWinters(y, m, h, a, b, g);
  // Volumes near the largest double overflow the smoothing (Infinity, or NaN from ∞ − ∞).
  if (forecast === undefined) {
    fail(metric, 'history', 'OUT_OF_RANGE', 'volumes small enough that the Holt–Winters forecast is a finite number', y);
  }
  return forecast;
}

function seasonalNaive(y: readonly number[], m: number, h: number): number[] {
  const n = y.length;
  const forecast = new Array<number>(h);
  for (let step = 1; step <= h; step++) forecast[step - 1] = y[n + step - m * (Math.floor((step - 1) / m) + 1) - 1]!;
  return forecast;
}

/** The forecast, or undefined when a smoothed value or a forecast is not a finite number. */
function holtWinters(
  y: readonly number[],
  m: number,
  h: number,
  alpha: number,
  beta: number,
  gamma: number,
): number[] | undefined {
  const n = y.length;
  let first = 0;
  let second = 0;
  for (let i = 0; i < m; i++) {
    first += y[i]!;
    second += y[m + i]!;
  }
  first /= m;
  second /= m;
  let level = first;
  let trend = (second - first) / m;
  // season[i mod m] holds s for the latest time ≡ i (mod m); times are 0-based here.
  const season = new Float64Array(m);
  for (let i = 0; i < m; i++) season[i] = y[i]! - level;
  for (let t = m; t < n; t++) {
    const i = t % m;
    const previousLevel = level;
    const previousTrend = trend;
    level = alpha * (y[t]! - season[i]!) + (1 - alpha) * (previousLevel + previousTrend);
    trend = beta * (level - previousLevel) + (1 - beta) * previousTrend;
    season[i] = gamma * (y[t]! - previousLevel - previousTrend) + (1 - gamma) * season[i]!;
  }
  const forecast = new Array<number>(h);
  for (let step = 1; step <= h; step++) {
    const value = level + step * trend + season[(n - 1 + step) % m]!;
    if (!Number.isFinite(value)) return undefined;
    forecast[step - 1] = value > 0 ? value : 0;
  }
  return forecast;
}
