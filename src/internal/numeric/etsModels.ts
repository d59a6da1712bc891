/**
 * The exponential smoothing models the library offers, by their codes (Hyndman et al. 2008): what each
 * needs of a history, and a fit of one for a forecast. Shared by `exponentialSmoothing` and
 * `forecastBacktest`.
 */
import type { ExponentialSmoothingModel } from '../types/forecast.js';
import { etsForecast, fitEts, type EtsSpec } from './ets.js';


/** Every model offered, in the order AICc ties are broken (simpler first). */
export const ETS_MODELS: readonly ExponentialSmoothingModel[] = [
  'ANN',
  'AAN',
  'AAdN',
  'ANA',
  'AAA',
  'AAdA',
  'MNN',
  'MAN',
  'MAdN',
  'MNA',
  'MAA',
  'MAdA',
  'MNM',
  'MAM',
  'MAdM',
];

/** The spec of a model code. */
export function specOf(model: ExponentialSmoothingModel, m: number, m2?: number): EtsSpec {
  const error = model[0] as 'A' | 'M';
  const trend = model.includes('Ad') ? 'Ad' : (model[1] as 'N' | 'A');
  const season = model[model.length - 1] as 'N' | 'A' | 'M';
  return { error, trend, season, m: season === 'N' ? 1 : m, ...(m2 !== undefined && season === 'A' ? { m2 } : {}) };
}

/** The models a second season allows: additive error and season. */
export const DOUBLE_SEASONAL: readonly ExponentialSmoothingModel[] = ['ANA', 'AAA', 'AAdA'];

/** Parameters and states a model estimates, σ included: the k of its AICc. */
export function parameterCount(spec: EtsSpec, optimalStates: boolean): number {
  const smoothing = 1 + (spec.trend === 'N' ? 0 : 1) + (spec.season === 'N' ? 0 : 1) + (spec.trend === 'Ad' ? 1 : 0) + (spec.m2 === undefined ? 0 : 1);
  const states = optimalStates && spec.m2 === undefined ? 1 + (spec.trend === 'N' ? 0 : 1) + (spec.season === 'N' ? 0 : spec.m - 1) : 0;
  return smoothing + states + 1;
}

/** Why a model cannot be fitted to this history, or undefined when it can. */
export function unsuitable(model: ExponentialSmoothingModel, y: readonly number[], m: number, optimalStates: boolean, m2?: number): string | undefined {
  const spec = specOf(model, m, m2);
  const cycle = spec.m2 ?? m;
  if (spec.season !== 'N' && m === 1) return 'a season: options.seasonLength ≥ 2 for a seasonal model';
  if (spec.season !== 'N' && y.length < 2 * cycle) return `two seasons of history (${String(2 * cycle)} values) for a seasonal model`;
  const k = parameterCount(spec, optimalStates);
  if (y.length < k + 2) return `at least ${String(k + 2)} values for ${model} (${String(k)} parameters)`;
  if ((spec.error === 'M' || spec.season === 'M') && !y.every((v) => v > 0)) return `every value > 0 for the multiplicative model ${model}`;
  return undefined;
}

/** Fits one model (no checks): its forecast function, or undefined when the history cannot carry it. */
export function fitModel(
  y: readonly number[],
  model: ExponentialSmoothingModel,
  m: number,
  optimalStates: boolean,
  m2?: number,
): { forecast: (h: number) => number[] } | undefined {
  if (unsuitable(model, y, m, optimalStates, m2) !== undefined) return undefined;
  const spec = specOf(model, m, m2);
  const fit = fitEts(y, spec, optimalStates);
  if (fit === undefined) return undefined;
  return { forecast: (h) => etsForecast(spec, fit.parameters, fit.filter.final, h, y.length) };
}

