import { readHistory } from '../internal/checks/series.js';
import { checkInRange, checkIntegerInRange, checkOptions, fail } from '../internal/checks/validate.js';
import {
  etsAnalyticIntervals,
  etsCode,
  etsForecast,
  etsLinearVariances,
  etsSimulatedIntervals,
  fitEts,
  type EtsFit,
} from '../internal/numeric/ets.js';
import { DOUBLE_SEASONAL, ETS_MODELS, parameterCount, specOf, unsuitable } from '../internal/numeric/etsModels.js';
import type { ExponentialSmoothingModel } from '../internal/types/forecast.js';

export type { ExponentialSmoothingModel };

/** How {@link exponentialSmoothing} fits and forecasts. @category Workforce */
export interface ExponentialSmoothingOptions {
  /** Intervals per season, a whole number from 1 (no season) to 10⁵ (48 half hours a day, 7 days a week, 4 quarters). @defaultValue 1 */
  readonly seasonLength?: number;
  /**
   * A second, longer season for intraday data: 336 half hours a week beside `seasonLength: 48` a day, so that
   * Monday's 9 o'clock differs from Saturday's (Taylor's double seasonal model; additive models `'ANA'`, `'AAA'`,
   * `'AAdA'` only, heuristic initial states). A whole number above seasonLength, at most 10⁵. @defaultValue none
   */
  readonly secondSeasonLength?: number;
  /** Intervals to forecast, a whole number from 1 to 10⁶. @defaultValue seasonLength (one season ahead) */
  readonly horizon?: number;
  /** The model, or `'auto'`: every model the history allows, the lowest AICc chosen. @defaultValue 'auto' */
  readonly model?: ExponentialSmoothingModel | 'auto';
  /** Coverage of the prediction interval, strictly between 0 and 1. @defaultValue 0.95 */
  readonly level?: number;
  /**
   * `'optimal'`: the initial states are estimated with the smoothing parameters, as R's `forecast::ets`;
   * `'heuristic'`: taken from the first values (a line through them, seasonal deviations from it) and only
   * α, β, γ, φ are estimated — fast for long seasons (48 or 336 intervals), where estimating every initial
   * seasonal term is slow and ill-determined. @defaultValue 'optimal' up to a season of 24, else 'heuristic'
   */
  readonly initialStates?: 'optimal' | 'heuristic';
  /** Sample paths simulated for the interval of a multiplicative-error model, 100 to 10⁶. @defaultValue 5000 */
  readonly simulations?: number;
  /** Seed of the generator those paths are drawn with, a whole number from 0 to 2³² − 1: the same seed gives the same interval. @defaultValue 1 */
  readonly seed?: number;
}

/** The fitted model and its forecast: the result of {@link exponentialSmoothing}. @category Workforce */
export interface ExponentialSmoothingResult {
  /** The model fitted (chosen by AICc under `'auto'`). */
  readonly model: ExponentialSmoothingModel;
  /** The point forecasts for the next `horizon` intervals (not clipped at 0). */
  readonly forecast: number[];
  /** The lower end of the prediction interval at each step. */
  readonly lower: number[];
  /** The upper end of the prediction interval at each step. */
  readonly upper: number[];
  /** The interval's coverage, as given. */
  readonly level: number;
  /** `'analytic'` (additive-error models: the exact Gaussian interval) or `'simulated'` (multiplicative errors: quantiles of seeded sample paths). */
  readonly intervals: 'analytic' | 'simulated';
  /** The estimated smoothing parameters: α (level), β (trend), γ (season), φ (damping), those of the model. */
  readonly parameters: {
    /** Level smoothing α. */
    readonly alpha: number;
    /** Trend smoothing β (models with a trend), ≤ α. */
    readonly beta?: number;
    /** Seasonal smoothing γ (seasonal models), ≤ 1 − α. */
    readonly gamma?: number;
    /** Damping φ (damped models), 0.8–0.98. */
    readonly phi?: number;
    /** Smoothing of the second season γ₂ (with `secondSeasonLength`), ≤ 1 − α. */
    readonly gamma2?: number;
  };
  /** The state before the first value: level ℓ₀, trend b₀, seasonal terms s₁₋ₘ … s₀ (oldest first). */
  readonly initialState: {
    /** The level ℓ₀. */
    readonly level: number;
    /** The trend b₀ (models with a trend). */
    readonly trend?: number;
    /** The seasonal terms s₁₋ₘ … s₀, oldest first (seasonal models): summing to 0 (additive) or m (multiplicative). */
    readonly season?: number[];
    /** The second season's terms, oldest first (with `secondSeasonLength`), summing to 0. */
    readonly season2?: number[];
  };
  /** The one-step forecasts of the history (μₜ). */
  readonly fitted: number[];
  /** The history minus the fitted values. */
  readonly residuals: number[];
  /** The innovation variance σ² = Σεₜ²/(n − p), p the estimated parameters and states, as `forecast::ets`. */
  readonly sigma2: number;
  /** The Gaussian log-likelihood at the estimate. */
  readonly logLikelihood: number;
  /** Akaike's criterion, without the constant −n(log(2π/n) + 1), as `forecast::ets` prints it. */
  readonly aic: number;
  /** AICc, the small-sample AIC that chooses the model; same convention. */
  readonly aicc: number;
  /** Schwarz's BIC; same convention. */
  readonly bic: number;
  /** Every model fitted, with its AICc, lowest first (one row when a model is named). */
  readonly candidates: {
    /** A model fitted. */
    readonly model: ExponentialSmoothingModel;
    /** Its AICc. */
    readonly aicc: number;
  }[];
}

/**
 * Exponential smoothing fitted to a history by maximum likelihood — simple, Holt (damped or not), Holt–Winters
 * additive or multiplicative — with its forecast and prediction interval; the model chosen by AICc unless named.
 *
 * ## Formula
 * The innovations state-space models of Hyndman, Koehler, Ord & Snyder (2008), e.g. additive Holt–Winters with
 * damped trend (AAdA), with μₜ = ℓₜ₋₁ + φbₜ₋₁ + sₜ₋ₘ and εₜ = yₜ − μₜ:
 * ```math
 * \ell_t = \ell_{t-1} + \phi b_{t-1} + \alpha\varepsilon_t,\quad b_t = \phi b_{t-1} + \beta\varepsilon_t,\quad s_t = s_{t-m} + \gamma\varepsilon_t,\quad
 * \hat y_{n+h} = \ell_n + (\phi + \dots + \phi^h)\, b_n + s_{n+h-m(k+1)}
 * ```
 * (multiplicative errors: εₜ = (yₜ − μₜ)/μₜ; multiplicative season: μₜ = (ℓₜ₋₁ + φbₜ₋₁)sₜ₋ₘ, Table 2.3).
 * α, β, γ, φ and the initial states maximise the Gaussian likelihood, i.e. minimise n log Σεₜ² (+ 2Σ log|μₜ|
 * for multiplicative errors), by a deterministic Nelder–Mead search inside R's "usual" region
 * 10⁻⁴ ≤ α ≤ 0.9999, 10⁻⁴ ≤ β ≤ α, 10⁻⁴ ≤ γ ≤ 1 − α, 0.8 ≤ φ ≤ 0.98, started from α 0.2, β 0.01, γ 0.1,
 * φ 0.98. For additive errors this is least squares. AICc = AIC + 2k(k + 1)/(n − k − 1), k the estimated
 * parameters and states plus σ.
 *
 * The interval of an additive-error model is ŷ ± z·σ√(1 + Σⱼ₌₁ʰ⁻¹ cⱼ²), cⱼ = α + β(φ + … + φʲ) + γ[j mod m = 0]
 * (Table 6.1), the one R's `forecast` prints; that of a multiplicative-error model has no closed form and is
 * the quantiles of `simulations` sample paths from a seeded generator (`intervals: 'simulated'`).
 *
 * ## Variants
 * - {@link forecastVolume}: fixed α, β, γ and no interval; this function fits them.
 * - Two seasonal cycles (time of day within day of week): `secondSeasonLength` adds a second additive season,
 *   μₜ = ℓₜ₋₁ + φbₜ₋₁ + s¹ₜ₋ₘ + s²ₜ₋ₘ₂, s²ₜ = s²ₜ₋ₘ₂ + γ₂εₜ (Taylor 2003); its interval adds γ₂[j mod m₂ = 0] to cⱼ.
 * - Multiplicative trends (`AMN`…) and Box–Cox transforms are not offered.
 * - Volumes may be forecast below 0 by additive models; clip at 0 for staffing if you need to.
 *
 * @param history - The series, oldest first, no gaps, finite and ≥ 0 (> 0 for multiplicative models). Any iterable.
 * @param options - The season length, horizon, model, interval level and fitting choices.
 * @returns The model, its forecast and interval, parameters, states, fitted values and criteria.
 * @throws {@link MetricInputError} the common input checks (`history[i]`, `options.*`); `EMPTY` (`history`) when
 * no model fits so short a history (a named one: fewer than k + 2 values, or two seasons); `OUT_OF_RANGE`
 * (`history`) for a multiplicative model with a value ≤ 0; `UNSTABLE` (`history`) when no parameters give a
 * finite likelihood; `INCONSISTENT` (`options.secondSeasonLength`) for a second season not longer than a first of ≥ 2,
 * (`options.model`) for a model other than ANA, AAA, AAdA with it.
 * @example
 * ```ts
 * import { exponentialSmoothing } from 'service-metrics';
 * // Saudi Arabian oil production 1996–2013 (FPP2 §7.1, `ses(oildata)`: α = 0.8339, forecast 542.6806).
 * const oil = [445.3641, 453.1950, 454.4096, 422.3789, 456.0371, 440.3866, 425.1944, 486.2052, 500.4291,
 *   521.2759, 508.9476, 488.8889, 509.8706, 456.7229, 473.8166, 525.9509, 549.8338, 542.3405];
 * const fit = exponentialSmoothing(oil, { model: 'ANN', horizon: 2, level: 0.8 });
 * fit.parameters.alpha; // => 0.834
 * fit.forecast[0]; // => 542.68
 * fit.lower[0]; // => 504.45
 * ```
 * @see Hyndman, R. J., Koehler, A. B., Ord, J. K., & Snyder, R. D. (2008). *Forecasting with Exponential Smoothing: The State Space Approach*. Springer (Tables 2.3 and 6.1).
 * @see Hyndman, R. J., & Athanasopoulos, G. (2021). *Forecasting: Principles and Practice* (3rd ed.), OTexts, ch. 8. {@link https://otexts.com/fpp3/}
 * @see Taylor, J. W. (2003). Short-term electricity demand forecasting using double seasonal exponential smoothing. *Journal of the Operational Research Society*, 54(8), 799–805.
 * @see Nelder, J. A., & Mead, R. (1965). A simplex method for function minimization. *The Computer Journal*, 7(4), 308–313.
 * @category Workforce
 */
export function exponentialSmoothing(history: Iterable<number>, options: ExponentialSmoothingOptions = {}): ExponentialSmoothingResult {
  const metric = 'exponentialSmoothing';
  const read = readOptions(metric, options);
  const y = readHistory(metric, history);
  const { m, m2, h, level } = read;
  const optimalStates = read.initialStates === 'optimal';
  const known = m2 === undefined ? ETS_MODELS : DOUBLE_SEASONAL;
  if (read.model !== 'auto' && !known.includes(read.model)) {
    fail(metric, 'options.model', 'INCONSISTENT', `'auto', 'ANA', 'AAA' or 'AAdA' with a second season`, read.model);
  }
  const models = read.model === 'auto' ? known.filter((model) => unsuitable(model, y, m, optimalStates, m2) === undefined) : [read.model];
  if (read.model !== 'auto') {
    const why = unsuitable(read.model, y, m, optimalStates, m2);
    if (why !== undefined) fail(metric, 'history', why.startsWith('every') ? 'OUT_OF_RANGE' : 'EMPTY', why, y.length);
  } else if (models.length === 0) {
    const first = m2 === undefined ? 'ANN' : 'ANA';
    fail(metric, 'history', 'EMPTY', `at least ${String(Math.max(parameterCount(specOf(first, m, m2), optimalStates) + 2, m2 === undefined ? 0 : 2 * m2))} values`, y.length);
  }
  const fits: { model: ExponentialSmoothingModel; fit: EtsFit }[] = [];
  for (const model of models) {
    const fit = fitEts(y, specOf(model, m, m2), optimalStates);
    if (fit !== undefined) fits.push({ model, fit });
  }
  if (fits.length === 0) fail(metric, 'history', 'UNSTABLE', 'a history some parameters fit with a finite likelihood', y.length);
  // Lowest AICc; ties keep the simpler model (the list's order).
  let chosen = fits[0]!;
  for (const candidate of fits) if (candidate.fit.aicc < chosen.fit.aicc) chosen = candidate;
  return describe(chosen.model, chosen.fit, y.length, h, level, read.simulations, read.seed, fits);
}

interface ReadOptions {
  readonly m: number;
  readonly m2: number | undefined;
  readonly h: number;
  readonly model: ExponentialSmoothingModel | 'auto';
  readonly level: number;
  readonly initialStates: 'optimal' | 'heuristic';
  readonly simulations: number;
  readonly seed: number;
}

/** The options of {@link exponentialSmoothing}, checked. */
function readOptions(metric: string, options: unknown, field = 'options'): ReadOptions {
  const object = checkOptions(
    metric,
    options,
    ['seasonLength', 'secondSeasonLength', 'horizon', 'model', 'level', 'initialStates', 'simulations', 'seed'],
    field,
  );
  const m = object['seasonLength'] === undefined ? 1 : checkIntegerInRange(metric, `${field}.seasonLength`, object['seasonLength'], 1, 1e5);
  let m2: number | undefined;
  if (object['secondSeasonLength'] !== undefined) {
    m2 = checkIntegerInRange(metric, `${field}.secondSeasonLength`, object['secondSeasonLength'], 2, 1e5);
    if (m < 2 || m2 <= m) fail(metric, `${field}.secondSeasonLength`, 'INCONSISTENT', `a season longer than seasonLength (${String(m)}), which must be ≥ 2`, m2);
  }
  const h = object['horizon'] === undefined ? m : checkIntegerInRange(metric, `${field}.horizon`, object['horizon'], 1, 1e6);
  const model = object['model'] === undefined ? 'auto' : object['model'];
  if (model !== 'auto' && !(ETS_MODELS as readonly unknown[]).includes(model)) {
    fail(metric, `${field}.model`, 'UNKNOWN_VALUE', `'auto' or one of ${ETS_MODELS.map((name) => `'${name}'`).join(', ')}`, model);
  }
  const level = object['level'] === undefined ? 0.95 : checkInRange(metric, `${field}.level`, object['level'], 0, 1);
  if (level === 0 || level === 1) fail(metric, `${field}.level`, 'OUT_OF_RANGE', 'a number strictly between 0 and 1', level);
  const initialStates = object['initialStates'] === undefined ? (m <= 24 && m2 === undefined ? 'optimal' : 'heuristic') : object['initialStates'];
  if (initialStates !== 'optimal' && initialStates !== 'heuristic') {
    fail(metric, `${field}.initialStates`, 'UNKNOWN_VALUE', "'optimal' or 'heuristic'", initialStates);
  }
  const simulations = object['simulations'] === undefined ? 5000 : checkIntegerInRange(metric, `${field}.simulations`, object['simulations'], 100, 1e6);
  const seed = object['seed'] === undefined ? 1 : checkIntegerInRange(metric, `${field}.seed`, object['seed'], 0, 2 ** 32 - 1);
  return { m, m2, h, model: model as ExponentialSmoothingModel | 'auto', level, initialStates, simulations, seed };
}

function describe(
  model: ExponentialSmoothingModel,
  fit: EtsFit,
  n: number,
  h: number,
  level: number,
  simulations: number,
  seed: number,
  fits: readonly { model: ExponentialSmoothingModel; fit: EtsFit }[],
): ExponentialSmoothingResult {
  const { spec, parameters: p, filter } = fit;
  const forecast = etsForecast(spec, p, filter.final, h, n);
  const analytic = spec.error === 'A' && spec.season !== 'M';
  const interval = analytic
    ? etsAnalyticIntervals(forecast, etsLinearVariances(spec, p, fit.sigma2, h), level)
    : etsSimulatedIntervals(spec, p, filter.final, fit.sigma2, n, h, level, simulations, seed);
  const parameters = {
    alpha: p.alpha,
    ...(spec.trend === 'N' ? {} : { beta: p.beta }),
    ...(spec.season === 'N' ? {} : { gamma: p.gamma }),
    ...(spec.trend === 'Ad' ? { phi: p.phi } : {}),
    ...(spec.m2 === undefined ? {} : { gamma2: p.gamma2 ?? 0 }),
  };
  const initialState = {
    level: fit.initial.level,
    ...(spec.trend === 'N' ? {} : { trend: fit.initial.trend }),
    ...(spec.season === 'N' ? {} : { season: [...fit.initial.season] }),
    ...(spec.m2 === undefined ? {} : { season2: [...(fit.initial.season2 ?? [])] }),
  };
  const candidates = fits
    .map((candidate) => ({ model: candidate.model, aicc: candidate.fit.aicc }))
    .sort((a, b) => a.aicc - b.aicc);
  if (!forecast.every(Number.isFinite) || !interval.lower.every(Number.isFinite) || !interval.upper.every(Number.isFinite)) {
    fail('exponentialSmoothing', 'history', 'OUT_OF_RANGE', `values whose ${etsCode(spec)} forecast is a finite number`, n);
  }
  return {
    model,
    forecast,
    lower: interval.lower,
    upper: interval.upper,
    level,
    intervals: analytic ? 'analytic' : 'simulated',
    parameters,
    initialState,
    fitted: filter.fitted,
    residuals: filter.residuals,
    sigma2: fit.sigma2,
    logLikelihood: fit.logLikelihood,
    aic: fit.aic,
    aicc: fit.aicc,
    bic: fit.bic,
    candidates,
  };
}

