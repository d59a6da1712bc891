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
