/** Accuracy measures of a forecast (Hyndman & Koehler 2006), shared by `forecastAccuracy` and `forecastBacktest`. */
import type { ForecastAccuracy } from '../types/forecast.js';

/** The measures of checked arrays (shared with the backtest); undefined when a sum overflows (values near the largest double). */
export function accuracyOf(
  actual: readonly number[],
  forecast: readonly number[],
  history: readonly number[] | undefined,
  m: number,
): ForecastAccuracy | undefined {
  const n = actual.length;
  // RMSE is scaled by the largest error, so errors near the largest double do not overflow when squared.
  let largest = 0;
  for (let t = 0; t < n; t++) largest = Math.max(largest, Math.abs(actual[t]! - forecast[t]!));
  let absolute = 0;
  let squared = 0;
  let relative = 0;
  let total = 0;
  let zero = false;
  for (let t = 0; t < n; t++) {
    const e = actual[t]! - forecast[t]!;
    absolute += Math.abs(e);
    if (largest > 0) squared += (e / largest) * (e / largest);
    total += Math.abs(actual[t]!);
    if (actual[t] === 0) zero = true;
    else relative += Math.abs(e / actual[t]!);
  }
  const mae = absolute / n;
  let mase: number | undefined;
  if (history !== undefined) {
    const scale = naiveScale(history, m);
    if (!Number.isFinite(scale)) return undefined;
    mase = scale > 0 ? mae / scale : undefined;
  }
  if (!Number.isFinite(absolute) || !Number.isFinite(relative) || !Number.isFinite(total)) return undefined;
  return {
    mae,
    rmse: largest * Math.sqrt(squared / n),
    mape: zero ? undefined : relative / n,
    wape: total > 0 ? absolute / total : undefined,
    mase,
    count: n,
  };
}

/** The in-sample MAE of the seasonal naive forecast: mean |xₜ − xₜ₋ₘ|. */
export function naiveScale(history: readonly number[], m: number): number {
  let sum = 0;
  for (let t = m; t < history.length; t++) sum += Math.abs(history[t]! - history[t - m]!);
  return sum / (history.length - m);
}

