import { checkSample } from '../internal/checks/sample.js';
import { checkFinite, checkIntegerInRange, checkObject, checkOptions, fail } from '../internal/checks/validate.js';
import { accuracyOf } from '../internal/numeric/accuracy.js';
import type { ForecastAccuracy } from '../internal/types/forecast.js';

/** What actually happened, what was forecast, and optionally the history before: the input of {@link forecastAccuracy}. @category Workforce */
export interface ForecastAccuracyInput {
  /** The observed values, in order. Any iterable of finite numbers. */
  readonly actual: Iterable<number>;
  /** The forecasts of those values, as many, in the same order. */
  readonly forecast: Iterable<number>;
  /** The history the forecast was made from, for MASE's scale (at least seasonLength + 1 values). */
  readonly history?: Iterable<number>;
}

/** Options of {@link forecastAccuracy}. @category Workforce */
export interface ForecastAccuracyOptions {
  /** The season of MASE's naive benchmark: 1 for the naive forecast, 7 for daily data's weekly season. @defaultValue 1 */
  readonly seasonLength?: number;
}

export type { ForecastAccuracy };

/**
 * The accuracy of a forecast against what happened: MAE, RMSE, MAPE, WAPE and MASE.
 *
 * ## Formula
 * With errors eₜ = yₜ − ŷₜ over n pairs:
 * ```math
 * \mathrm{MAE} = \tfrac1n\sum|e_t|,\quad \mathrm{RMSE} = \sqrt{\tfrac1n\sum e_t^2},\quad \mathrm{MAPE} = \tfrac1n\sum\left|\tfrac{e_t}{y_t}\right|,\quad
 * \mathrm{WAPE} = \frac{\sum|e_t|}{\sum|y_t|},\quad \mathrm{MASE} = \frac{\mathrm{MAE}}{\frac{1}{T-m}\sum_{t=m+1}^{T}|x_t - x_{t-m}|}
 * ```
 * where x₁…x_T is the history and m the season (Hyndman & Koehler 2006). O(n + T).
 *
 * ## Variants
 * - MAPE is undefined with any zero actual (night intervals of a contact centre) and punishes over-forecasts of
 *   small values: WAPE (also called MAD/mean ratio) is the usual workforce alternative, MASE the scale-free one
 *   (below 1: better than the in-sample seasonal naive forecast).
 * - R's `accuracy()` prints MAPE in percent (×100); here it is a fraction, like WAPE.
 * - For in-sample accuracy pass the history as `actual`, the fitted values as `forecast`, and the history again.
 *
 * @param input - The actual values, the forecasts, and optionally the history before them.
 * @param options - The season of MASE's benchmark.
 * @returns MAE, RMSE, MAPE, WAPE, MASE and the count.
 * @throws {@link MetricInputError} the common input checks (`input.actual[i]`, `input.forecast[i]`, `input.history[i]`;
 * `input.actual` when errors near the largest double overflow);
 * `EMPTY` (`input.actual`) with no pairs; `INCONSISTENT` (`input.forecast`) when the lengths differ;
 * `EMPTY` (`input.history`) with a history of seasonLength values or fewer.
 * @example
 * ```ts
 * import { forecastAccuracy } from 'service-metrics';
 * const accuracy = forecastAccuracy({ actual: [100, 120, 80], forecast: [110, 110, 90] });
 * accuracy.mae; // => 10
 * accuracy.wape; // => 0.1
 * ```
 * @see Hyndman, R. J., & Koehler, A. B. (2006). Another look at measures of forecast accuracy. *International Journal of Forecasting*, 22(4), 679–688.
 * @see Hyndman, R. J., & Athanasopoulos, G. (2021). *Forecasting: Principles and Practice* (3rd ed.), OTexts, §5.8. {@link https://otexts.com/fpp3/accuracy.html}
 * @category Workforce
 */
export function forecastAccuracy(input: ForecastAccuracyInput, options: ForecastAccuracyOptions = {}): ForecastAccuracy {
  const metric = 'forecastAccuracy';
  const object = checkOptions(metric, checkObject(metric, 'input', input), ['actual', 'forecast', 'history'], 'input');
  const read = checkOptions(metric, options, ['seasonLength']);
  const m = read['seasonLength'] === undefined ? 1 : checkIntegerInRange(metric, 'options.seasonLength', read['seasonLength'], 1, 1e7);
  const actual = numbers(metric, 'input.actual', object['actual']);
  const forecast = numbers(metric, 'input.forecast', object['forecast']);
  if (actual.length === 0) fail(metric, 'input.actual', 'EMPTY', 'at least one value', actual);
  if (forecast.length !== actual.length) {
    fail(metric, 'input.forecast', 'INCONSISTENT', `as many forecasts as actual values (${String(actual.length)})`, forecast.length);
  }
  const history = object['history'] === undefined ? undefined : numbers(metric, 'input.history', object['history']);
  if (history !== undefined && history.length <= m) fail(metric, 'input.history', 'EMPTY', `more than seasonLength (${String(m)}) values`, history.length);
  const accuracy = accuracyOf(actual, forecast, history, m);
  if (accuracy === undefined) fail(metric, 'input.actual', 'OUT_OF_RANGE', 'values and forecasts whose sums of errors are finite numbers', actual);
  return accuracy;
}

function numbers(metric: string, field: string, values: unknown): number[] {
  const out: number[] = [];
  for (const value of checkSample(metric, field, values)) out.push(checkFinite(metric, `${field}[${String(out.length)}]`, value));
  return out;
}
