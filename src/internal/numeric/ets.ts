/**
 * Exponential smoothing in the innovations state-space framework (ETS) of Hyndman, Koehler,
 * Ord & Snyder (2008), *Forecasting with Exponential Smoothing*, Springer, Table 2.3: the
 * recursions, the Gaussian likelihood concentrated over σ, maximum-likelihood estimation of
 * the smoothing parameters and the initial states (as R's `forecast::ets`), the point forecast,
 * the analytic forecast variance of the linear (additive-error, non-multiplicative) models
 * (Table 6.1) and simulated sample paths for the others.
 */
import { nelderMead } from './nelderMead.js';
import { normalQuantile } from './normalDistribution.js';

/** Error, trend and season of an ETS model: `A`dditive, `M`ultiplicative, `N`one, `Ad` damped. */
export interface EtsSpec {
  readonly error: 'A' | 'M';
  readonly trend: 'N' | 'A' | 'Ad';
  readonly season: 'N' | 'A' | 'M';
  /** Season length; 1 when there is no season. */
  readonly m: number;
  /**
   * A second, longer additive season (the week, around the day's m), for Taylor's (2003) double seasonal
   * model: additive error and season only.
   */
  readonly m2?: number;
}

/** Smoothing parameters; those a model lacks are 0 (β, γ) or 1 (φ). */
export interface EtsParameters {
  readonly alpha: number;
  readonly beta: number;
  readonly gamma: number;
  readonly phi: number;
  /** Smoothing of the second season (0 without one). */
  readonly gamma2?: number;
}

/** A state: level, trend (0 when none) and the last m seasonal terms, oldest first (s₁₋ₘ … s₀ at the start). */
export interface EtsState {
  readonly level: number;
  readonly trend: number;
  readonly season: readonly number[];
  /** The last m2 terms of the second season, oldest first (empty without one). */
  readonly season2?: readonly number[];
}

export interface EtsFilterResult {
  /** One-step forecasts μₜ. */
  readonly fitted: number[];
  /** yₜ − μₜ. */
  readonly residuals: number[];
  /** The innovations εₜ: yₜ − μₜ (additive error) or (yₜ − μₜ)/μₜ (multiplicative). */
  readonly innovations: number[];
  readonly final: EtsState;
  /** −2 log L − n (log(2π/n) + 1), as `forecast::ets` reports `lik`: n log Σε² (+ 2 Σ log|μₜ| for multiplicative errors). */
  readonly lik: number;
}

/** The model's code as Hyndman et al. write it: `ANN`, `AAdA`, `MAM`… */
export function etsCode(spec: EtsSpec): string {
  return `${spec.error}${spec.trend}${spec.season}`;
}

/** φ + φ² + … + φʰ (h when φ = 1). */
export function damping(phi: number, h: number): number {
  // Stryker disable next-line ConditionalExpression: the loop sums h ones then (a shortcut).
  if (phi === 1) return h;
  let sum = 0;
  let power = 1;
  for (let j = 1; j <= h; j++) {
    power *= phi;
    sum += power;
  }
  return sum;
}

/**
 * One step of the recursions, written in terms of yₜ (so it is the same for both error types,
 * Hyndman et al. 2008, §2.5.1): ℓ = p + α(q − p) with p = ℓ₋₁ + φb₋₁ and q = y − s₋ₘ (or y/s₋ₘ),
 * b = φb₋₁ + (β/α)(ℓ − ℓ₋₁ − φb₋₁), s = s₋ₘ + γ(y − p − s₋ₘ) (or γ(y/p − s₋ₘ)).
 * Returns μₜ, or undefined when a multiplicative part divides by a value ≤ 0.
 */
function step(
  spec: EtsSpec,
  p: EtsParameters,
  state: { level: number; trend: number; season: number[]; season2: number[] },
  index: number,
  index2: number,
  y: number,
): number | undefined {
  // Stryker disable next-line ConditionalExpression,StringLiteral: a model without a trend has trend 0 and φ 1.
  const phiB = spec.trend === 'N' ? 0 : p.phi * state.trend;
  const base = state.level + phiB;
  // A second additive season adds to the first (Taylor 2003): μ = ℓ + φb + s¹ₜ₋ₘ + s²ₜ₋ₘ₂.
  const second = spec.m2 === undefined ? 0 : state.season2[index2]!;
  const seasonal = (spec.season === 'N' ? 0 : state.season[index]!) + second;
  let mu: number;
  let q: number;
  if (spec.season === 'M') {
    if (!(seasonal > 0) || !(base > 0)) return undefined;
    mu = base * seasonal;
    q = y / seasonal;
  } else {
    mu = base + seasonal;
    q = y - seasonal;
  }
  const level = base + p.alpha * (q - base);
  // Stryker disable next-line ConditionalExpression,StringLiteral: without a trend β is 0, which keeps the trend at 0.
  if (spec.trend !== 'N') state.trend = phiB + (p.beta / p.alpha) * (level - state.level - phiB);
  if (spec.season === 'A') state.season[index] = seasonal - second + p.gamma * (y - base - seasonal);
  if (spec.m2 !== undefined) state.season2[index2] = second + (p.gamma2 ?? 0) * (y - base - seasonal);
  else if (spec.season === 'M') state.season[index] = seasonal + p.gamma * (y / base - seasonal);
  state.level = level;
  return mu;
}

/** Runs the model over y from `initial`; undefined when a value is not finite or a multiplicative part is ≤ 0. */
export function etsFilter(y: readonly number[], spec: EtsSpec, p: EtsParameters, initial: EtsState): EtsFilterResult | undefined {
  const n = y.length;
  const state = { level: initial.level, trend: initial.trend, season: [...initial.season], season2: [...(initial.season2 ?? [])] };
  // Stryker disable next-line ArrayDeclaration: filled by index either way.
  const fitted = new Array<number>(n);
  // Stryker disable next-line ArrayDeclaration: filled by index either way.
  const residuals = new Array<number>(n);
  // Stryker disable next-line ArrayDeclaration: filled by index either way.
  const innovations = new Array<number>(n);
  let sum = 0;
  let logs = 0;
  for (let t = 0; t < n; t++) {
    const mu = step(spec, p, state, spec.season === 'N' ? 0 : t % spec.m, spec.m2 === undefined ? 0 : t % spec.m2, y[t]!);
    if (mu === undefined || !Number.isFinite(mu)) return undefined;
    const e = y[t]! - mu;
    fitted[t] = mu;
    residuals[t] = e;
    if (spec.error === 'M') {
      if (!(mu > 0)) return undefined;
      innovations[t] = e / mu;
      logs += Math.log(mu);
    } else {
      innovations[t] = e;
    }
    sum += innovations[t]! * innovations[t]!;
  }
  if (!Number.isFinite(state.level) || !Number.isFinite(state.trend) || !state.season.every(Number.isFinite) || !state.season2.every(Number.isFinite)) {
    return undefined;
  }
  // An exact fit (Σε² = 0: a constant history) counts as Σε² = 5e-324, the smallest double, so that its
  // likelihood and criteria stay finite numbers; it still beats any fit with an error.
  const lik = n * Math.log(Math.max(sum, Number.MIN_VALUE)) + 2 * logs;
  return { fitted, residuals, innovations, final: { level: state.level, trend: state.trend, season: state.season, season2: state.season2 }, lik };
}

/** The point forecasts ŷₙ₊ₕ, h = 1…horizon, from the state at n (Hyndman et al. 2008, Table 2.1). */
export function etsForecast(spec: EtsSpec, p: EtsParameters, final: EtsState, horizon: number, n: number): number[] {
  // Stryker disable next-line ArrayDeclaration: filled by index either way.
  const forecast = new Array<number>(horizon);
  for (let h = 1; h <= horizon; h++) {
    // Stryker disable next-line ConditionalExpression,StringLiteral: a model without a trend has trend 0.
    const base = final.level + (spec.trend === 'N' ? 0 : damping(p.phi, h) * final.trend);
    if (spec.season === 'N') forecast[h - 1] = base;
    else {
      const s = final.season[(n + h - 1) % spec.m]!;
      const second = spec.m2 === undefined ? 0 : final.season2![(n + h - 1) % spec.m2]!;
      forecast[h - 1] = spec.season === 'A' ? base + s + second : base * s;
    }
  }
  return forecast;
}

/**
 * The h-step forecast variances of a linear model (additive error, season N or A): σ²(1 + Σⱼ₌₁ʰ⁻¹ cⱼ²)
 * with cⱼ = α + β(φ + … + φʲ) + γ·[j ≡ 0 mod m] (Hyndman et al. 2008, Table 6.1, class 1;
 * Hyndman & Athanasopoulos, FPP3 Table 8.8), + γ₂·[j ≡ 0 mod m₂] with a second season (the same
 * derivation: each season adds its γ to the error's weight once per cycle).
 */
export function etsLinearVariances(spec: EtsSpec, p: EtsParameters, sigma2: number, horizon: number): number[] {
  // Stryker disable next-line ArrayDeclaration: filled by index either way.
  const variances = new Array<number>(horizon);
  let sum = 0;
  for (let h = 1; h <= horizon; h++) {
    variances[h - 1] = sigma2 * (1 + sum);
    const j = h;
    const c =
      p.alpha +
      // Stryker disable next-line ConditionalExpression,StringLiteral: a model without a trend has β 0.
      (spec.trend === 'N' ? 0 : p.beta * damping(p.phi, j)) +
      (spec.season !== 'N' && j % spec.m === 0 ? p.gamma : 0) +
      (spec.m2 !== undefined && j % spec.m2 === 0 ? (p.gamma2 ?? 0) : 0);
    sum += c * c;
  }
  return variances;
}

/** mulberry32: a small, fast, seeded 32-bit generator (T. Ettinger, public domain); uniform on (0, 1). */
export function seededUniform(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296;
  };
}

/** The type-7 quantile of sorted values. */
function quantile(sorted: Float64Array, probability: number): number {
  const position = (sorted.length - 1) * probability;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (position - below) * (sorted[above]! - sorted[below]!);
}

/**
 * Prediction intervals from `paths` simulated sample paths (Hyndman et al. 2008, §6.1): Gaussian
 * innovations with variance σ², drawn with Box–Muller from {@link seededUniform}, pushed through
 * the model's own recursions; the interval is the type-7 quantiles of the simulated values.
 */
export function etsSimulatedIntervals(
  spec: EtsSpec,
  p: EtsParameters,
  final: EtsState,
  sigma2: number,
  n: number,
  horizon: number,
  level: number,
  paths: number,
  seed: number,
): { lower: number[]; upper: number[] } {
  const uniform = seededUniform(seed);
  const sigma = Math.sqrt(sigma2);
  const values = Array.from({ length: horizon }, () => new Float64Array(paths));
  for (let path = 0; path < paths; path++) {
    const state = { level: final.level, trend: final.trend, season: [...final.season], season2: [...(final.season2 ?? [])] };
    for (let h = 0; h < horizon; h++) {
      const z = Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
      const index = spec.season === 'N' ? 0 : (n + h) % spec.m;
      const index2 = spec.m2 === undefined ? 0 : (n + h) % spec.m2;
      // μ first, then y = μ + σz (additive error) or μ(1 + σz) (multiplicative), then the same update.
      // Stryker disable next-line ConditionalExpression,StringLiteral: a model without a trend has trend 0 and φ 1.
      const phiB = spec.trend === 'N' ? 0 : p.phi * state.trend;
      const base = state.level + phiB;
      const seasonal = spec.season === 'N' ? 0 : state.season[index]!;
      const second = spec.m2 === undefined ? 0 : state.season2[index2]!;
      const mu = spec.season === 'M' ? base * seasonal : base + seasonal + second;
      const y = spec.error === 'M' ? mu * (1 + sigma * z) : mu + sigma * z;
      values[h]![path] = y;
      // A path whose multiplicative part has gone to ≤ 0 stays where it is (its next values repeat μ).
      step(spec, p, state, index, index2, y);
    }
  }
  // Stryker disable next-line ArrayDeclaration: filled by index either way.
  const lower = new Array<number>(horizon);
  // Stryker disable next-line ArrayDeclaration: (as above)
  const upper = new Array<number>(horizon);
  for (let h = 0; h < horizon; h++) {
    const sorted = values[h]!.sort();
    lower[h] = quantile(sorted, (1 - level) / 2);
    upper[h] = quantile(sorted, (1 + level) / 2);
  }
  return { lower, upper };
}

/** The analytic interval ŷ ± z₍₁₊ₗₑᵥₑₗ₎/₂ √vₕ. */
export function etsAnalyticIntervals(forecast: readonly number[], variances: readonly number[], level: number): { lower: number[]; upper: number[] } {
  const z = -normalQuantile((1 - level) / 2);
  return {
    lower: forecast.map((f, i) => f - z * Math.sqrt(variances[i]!)),
    upper: forecast.map((f, i) => f + z * Math.sqrt(variances[i]!)),
  };
}

/** Least-squares line through (1, y₁) … (k, yₖ): intercept at t = 0 and slope. */
function line(y: readonly number[]): { intercept: number; slope: number } {
  const k = y.length;
  if (k === 1) return { intercept: y[0]!, slope: 0 };
  const meanT = (k + 1) / 2;
  let meanY = 0;
  for (const v of y) meanY += v / k;
  let sxy = 0;
  let sxx = 0;
  for (let t = 1; t <= k; t++) {
    sxy += (t - meanT) * (y[t - 1]! - meanY);
    sxx += (t - meanT) * (t - meanT);
  }
  const slope = sxy / sxx;
  return { intercept: meanY - slope * meanT, slope };
}

/**
 * Starting states from the first observations, in the manner of `forecast::ets`'s `initstate`:
 * a least-squares line through the first max(10, 2m) values (at most n) gives the level and
 * trend; the seasonal terms are the mean deviations (ratios) from that line by position in the
 * season over whole seasons, normalised to sum 0 (mean 1).
 */
export function etsHeuristicState(y: readonly number[], spec: EtsSpec): EtsState {
  // Stryker disable next-line ConditionalExpression,StringLiteral: a model without a season has m 1.
  const m = spec.season === 'N' ? 1 : spec.m;
  const k = Math.min(y.length, Math.max(10, 2 * (spec.m2 ?? m)));
  const fit = line(y.slice(0, k));
  let season: number[] = [];
  if (spec.season !== 'N') {
    const whole = Math.max(1, Math.floor(k / m)) * m;
    const sums = new Array<number>(m).fill(0);
    const counts = new Array<number>(m).fill(0);
    for (let t = 1; t <= Math.min(whole, y.length); t++) {
      const trendValue = fit.intercept + fit.slope * t;
      const deviation = spec.season === 'A' ? y[t - 1]! - trendValue : y[t - 1]! / trendValue;
      sums[(t - 1) % m] = sums[(t - 1) % m]! + deviation;
      counts[(t - 1) % m] = counts[(t - 1) % m]! + 1;
    }
    season = sums.map((s, i) => s / counts[i]!);
    const mean = season.reduce((a, b) => a + b, 0) / m;
    season = season.map((s) => (spec.season === 'A' ? s - mean : s / mean));
  }
  let season2: number[] | undefined;
  if (spec.m2 !== undefined) {
    // The second season: what the line and the first season leave, by position in the longer cycle.
    const m2 = spec.m2;
    const whole = Math.max(1, Math.floor(k / m2)) * m2;
    const sums = new Array<number>(m2).fill(0);
    const counts = new Array<number>(m2).fill(0);
    for (let t = 1; t <= Math.min(whole, y.length); t++) {
      const rest = y[t - 1]! - (fit.intercept + fit.slope * t) - season[(t - 1) % m]!;
      sums[(t - 1) % m2] = sums[(t - 1) % m2]! + rest;
      counts[(t - 1) % m2] = counts[(t - 1) % m2]! + 1;
    }
    season2 = sums.map((s, i) => s / counts[i]!);
    const mean = season2.reduce((a, b) => a + b, 0) / m2;
    season2 = season2.map((s) => s - mean);
  }
  if (spec.trend === 'N') {
    // The mean of the first values, seasonally adjusted.
    let sum = 0;
    for (let t = 0; t < k; t++) {
      const s = spec.season === 'N' ? 0 : season[t % m]!;
      const second = season2 === undefined ? 0 : season2[t % spec.m2!]!;
      sum += spec.season === 'M' ? y[t]! / s : y[t]! - s - second;
    }
    return { level: sum / k, trend: 0, season, ...(season2 === undefined ? {} : { season2 }) };
  }
  return { level: fit.intercept, trend: fit.slope, season, ...(season2 === undefined ? {} : { season2 }) };
}

/** The "usual" parameter region of `forecast::ets`: 10⁻⁴ ≤ α ≤ 0.9999, 10⁻⁴ ≤ β ≤ α, 10⁻⁴ ≤ γ ≤ 1 − α, 0.8 ≤ φ ≤ 0.98. */
export const ETS_BOUNDS = { lower: 1e-4, upper: 0.9999, phiLower: 0.8, phiUpper: 0.98 } as const;

export interface EtsFit {
  readonly spec: EtsSpec;
  readonly parameters: EtsParameters;
  readonly initial: EtsState;
  readonly filter: EtsFilterResult;
  /** Estimated parameters including σ: the k of the information criteria. */
  readonly k: number;
  /** Σε²/(n − k + 1), the variance `forecast::ets` reports and uses for its intervals. */
  readonly sigma2: number;
  readonly logLikelihood: number;
  readonly aic: number;
  readonly aicc: number;
  readonly bic: number;
}

/** The starting point of the optimiser: the conventional α 0.2, β 0.01, γ 0.1, φ 0.98 (β and γ kept inside the region). */
export function etsStartParameters(spec: EtsSpec): EtsParameters {
  return {
    alpha: 0.2,
    beta: spec.trend === 'N' ? 0 : 0.01,
    gamma: spec.season === 'N' ? 0 : 0.1,
    phi: spec.trend === 'Ad' ? 0.98 : 1,
    ...(spec.m2 === undefined ? {} : { gamma2: 0.05 }),
  };
}

/** The parameter vector's layout for a spec. */
interface Layout {
  readonly beta: boolean;
  readonly gamma: boolean;
  readonly gamma2: boolean;
  readonly phi: boolean;
  readonly states: boolean;
}

function unpack(
  x: readonly number[],
  spec: EtsSpec,
  layout: Layout,
  fixedState: EtsState,
): { parameters: EtsParameters; initial: EtsState } | undefined {
  let i = 0;
  const alpha = x[i++]!;
  const beta = layout.beta ? x[i++]! : 0;
  const gamma = layout.gamma ? x[i++]! : 0;
  const gamma2 = layout.gamma2 ? x[i++]! : 0;
  const phi = layout.phi ? x[i++]! : 1;
  const { lower, upper, phiLower, phiUpper } = ETS_BOUNDS;
  if (alpha < lower || alpha > upper) return undefined;
  if (layout.beta && (beta < lower || beta > alpha)) return undefined;
  if (layout.gamma && (gamma < lower || gamma > 1 - alpha)) return undefined;
  if (layout.gamma2 && (gamma2 < lower || gamma2 > 1 - alpha)) return undefined;
  if (layout.phi && (phi < phiLower || phi > phiUpper)) return undefined;
  let initial = fixedState;
  if (layout.states) {
    const level = x[i++]!;
    const trend = spec.trend === 'N' ? 0 : x[i++]!;
    let season: number[] = [];
    if (spec.season !== 'N') {
      // s₀ … s₂₋ₘ are free (newest first, as R); s₁₋ₘ makes the sum 0 (additive) or m (multiplicative).
      const free = x.slice(i, i + spec.m - 1);
      const total = free.reduce((a, b) => a + b, 0);
      const oldest = spec.season === 'A' ? -total : spec.m - total;
      season = [oldest, ...free.reverse()];
      // Stryker disable next-line all: the filter refuses a term ≤ 0 of a multiplicative season too; this only saves the run.
      if (spec.season === 'M' && !season.every((s) => s > 0)) return undefined;
    }
    initial = { level, trend, season };
  }
  return { parameters: { alpha, beta, gamma, phi, ...(layout.gamma2 ? { gamma2 } : {}) }, initial };
}

/**
 * The maximum-likelihood fit (Nelder–Mead on the concentrated likelihood inside the usual region),
 * from the conventional parameters and the heuristic states; with `optimiseStates` false the
 * initial states stay heuristic and only the smoothing parameters are estimated. Undefined when
 * no point of the region gives a finite likelihood.
 */
export function fitEts(y: readonly number[], spec: EtsSpec, optimiseStates: boolean): EtsFit | undefined {
  const n = y.length;
  // A second season's initial terms are always heuristic: a week of half hours is 336 of them.
  const layout: Layout = {
    beta: spec.trend !== 'N',
    gamma: spec.season !== 'N',
    gamma2: spec.m2 !== undefined,
    phi: spec.trend === 'Ad',
    states: optimiseStates && spec.m2 === undefined,
  };
  const heuristic = etsHeuristicState(y, spec);
  const start = etsStartParameters(spec);
  const x0: number[] = [start.alpha];
  const steps: number[] = [0.1];
  if (layout.beta) {
    x0.push(start.beta);
    steps.push(0.05);
  }
  if (layout.gamma) {
    x0.push(start.gamma);
    steps.push(0.1);
  }
  if (layout.gamma2) {
    x0.push(start.gamma2!);
    steps.push(0.05);
  }
  if (layout.phi) {
    x0.push(start.phi);
    steps.push(-0.05);
  }
  let scale = 0;
  for (const v of y) scale += Math.abs(v) / n;
  scale = scale > 0 ? scale : 1;
  if (layout.states) {
    x0.push(heuristic.level);
    steps.push(0.1 * scale);
    if (spec.trend !== 'N') {
      x0.push(heuristic.trend);
      steps.push(0.01 * scale);
    }
    if (spec.season !== 'N') {
      // Free terms newest first: s₀, s₋₁, …, s₂₋ₘ.
      for (let j = spec.m - 1; j >= 1; j--) {
        x0.push(heuristic.season[j]!);
        steps.push(spec.season === 'A' ? 0.05 * scale : 0.05);
      }
    }
  }
  const objective = (x: readonly number[]): number => {
    const unpacked = unpack(x, spec, layout, heuristic);
    if (unpacked === undefined) return Infinity;
    const filtered = etsFilter(y, spec, unpacked.parameters, unpacked.initial);
    return filtered === undefined ? Infinity : filtered.lik;
  };
  const result = nelderMead(objective, x0, {
    steps,
    maxIterations: 400 * x0.length,
    tolerance: 1e-10,
    restarts: 6,
  });
  if (!Number.isFinite(result.value)) return undefined;
  const unpacked = unpack(result.point, spec, layout, heuristic)!;
  const filter = etsFilter(y, spec, unpacked.parameters, unpacked.initial)!;
  return describeFit(y, spec, unpacked.parameters, unpacked.initial, filter, x0.length + 1);
}

/** The information criteria and σ² of a filtered fit with k estimated parameters (σ included). */
export function describeFit(
  y: readonly number[],
  spec: EtsSpec,
  parameters: EtsParameters,
  initial: EtsState,
  filter: EtsFilterResult,
  k: number,
): EtsFit {
  const n = y.length;
  let sum = 0;
  for (const e of filter.innovations) sum += e * e;
  const logLikelihood = -0.5 * (filter.lik + n * (Math.log((2 * Math.PI) / n) + 1));
  // As forecast::ets: −2 log L without its constant n(log(2π/n) + 1), so the criteria equal R's.
  const aic = filter.lik + 2 * k;
  const aicc = n - k - 1 > 0 ? aic + (2 * k * (k + 1)) / (n - k - 1) : Infinity;
  const bic = filter.lik + Math.log(n) * k;
  return { spec, parameters, initial, filter, k, sigma2: sum / (n - k + 1), logLikelihood, aic, aicc, bic };
}
