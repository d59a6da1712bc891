/**
 * An exponential smoothing model in the notation of Hyndman et al. (2008): error, trend, season, each
 * `A`dditive, `M`ultiplicative or `N`one, `Ad` a damped trend. `ANN` is simple exponential smoothing,
 * `AAN` Holt's linear trend, `AAdN` its damped form, `AAA` additive Holt–Winters, `MAM` multiplicative
 * Holt–Winters. @category Workforce
 */
export type ExponentialSmoothingModel =
  | 'ANN'
  | 'AAN'
  | 'AAdN'
  | 'ANA'
  | 'AAA'
  | 'AAdA'
  | 'MNN'
  | 'MAN'
  | 'MAdN'
  | 'MNA'
  | 'MAA'
  | 'MAdA'
  | 'MNM'
  | 'MAM'
  | 'MAdM';

/** The errors of a forecast: the result of {@link forecastAccuracy}. @category Workforce */
export interface ForecastAccuracy {
  /** Mean absolute error, in the series' units. */
  readonly mae: number;
  /** Root mean squared error, in the series' units. */
  readonly rmse: number;
  /** Mean absolute percentage error, as a fraction (0.046 is 4.6 %); undefined when an actual value is 0. */
  readonly mape: number | undefined;
  /** Weighted absolute percentage error Σ|e|/Σ|y|, as a fraction; undefined when every actual value is 0. */
  readonly wape: number | undefined;
  /** Mean absolute scaled error: MAE over the in-sample MAE of the seasonal naive forecast of `history`; undefined without history, or when that scale is 0. */
  readonly mase: number | undefined;
  /** How many pairs were compared. */
  readonly count: number;
}
