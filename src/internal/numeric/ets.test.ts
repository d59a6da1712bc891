/**
 * The ETS recursions and likelihood against R's `forecast::ets` (forecast package 8.x) on the fpp2
 * data sets `oil` and `austourists`. The reference values are R's own output, stored by statsmodels:
 * script statsmodels/tsa/tests/results/fit_ets.R, output fit_ets_results_nonseasonal.json and
 * fit_ets_results_seasonal.json (https://github.com/statsmodels/statsmodels, commit 1e1c89c), printed with
 * 8 significant digits. statsmodels' test_exponential_smoothing.py checks its own ETS the same way.
 * The tests after R's are worked by hand (starting states, the filter, the likelihood, quantiles).
 *
 * Mutants that survive and cannot be told apart (besides those marked in ets.ts):
 * - `spec.season === 'N' ? 0 : t % spec.m` made false (m is 1), and the index into a second season
 *   taken as `t % undefined` when there is none (it is never read); the same in the simulation, and
 *   `spec.season !== 'N'` or `spec.m2 !== undefined` made true in the variances (γ is 0, and
 *   `j % undefined === 0` is false);
 * - the bounds of the usual region with `<=` for `<` (the optimum never lies exactly on one), γ's and
 *   γ₂'s bounds (no test series drives them there), and the
 *   simplex's first steps (their sign, their scale, a season's steps in a model without one): they
 *   change the path of Nelder–Mead, not the optimum it reaches in these tests;
 * - unpack's seasonal slice one longer (it ends at the vector's end) and its terms not reversed (a
 *   different start for the same optimum);
 * - one path more than asked (its values fall outside the typed array), a quantile's upper neighbour
 *   clamped at n + 1 (it never passes n − 1 there), and the generator's arithmetic changed (another
 *   uniform generator: no published output of mulberry32 pins it);
 * - the least-squares line with `t + t̄` for `t − t̄` or `y + ȳ` for `y − ȳ` (the sums are the same,
 *   since Σ(y − ȳ) = Σ(t − t̄) = 0);
 * - the filter's early exits for a μ that is not finite, or a multiplicative part exactly 0 (the
 *   state overflows and the final check refuses the run the same way), and the simulation's copy of
 *   an absent second season;
 * - not equivalent, but not pinned by the one hand-worked case of a second season (whole cycles,
 *   m = 2): its heuristic terms' window and centring, and the level's adjustment by them.
 */
import { describe, expect, test } from 'vitest';
import {
  describeFit,
  etsAnalyticIntervals,
  etsCode,
  etsFilter,
  etsForecast,
  etsHeuristicState,
  etsLinearVariances,
  etsSimulatedIntervals,
  etsStartParameters,
  fitEts,
  seededUniform,
  type EtsParameters,
  type EtsSpec,
  type EtsState,
} from './ets.js';
import { AUSTOURISTS, OIL } from '../../../test/fpp2Data.js';

interface RFit {
  readonly name: string;
  readonly y: readonly number[];
  readonly spec: EtsSpec;
  readonly parameters: EtsParameters;
  /** R's `initstate`: ℓ₀, b₀, then s₀, s₋₁, …, s₁₋ₘ (newest first). */
  readonly initstate: readonly number[];
  readonly sigma2: number;
  readonly firstFitted: readonly number[];
  readonly lastFitted: number;
  readonly forecast: readonly number[];
}

const R_FITS: readonly RFit[] = [
  {
    name: 'ANN on oil',
    y: OIL,
    spec: { error: 'A', trend: 'N', season: 'N', m: 1 },
    parameters: { alpha: 0.99989996, beta: 0, gamma: 0, phi: 1 },
    initstate: [110.88321179],
    sigma2: 2405.9689539,
    firstFitted: [110.88321179, 111.00912202, 130.82645142],
    lastFitted: 549.83141792,
    forecast: [542.34121919, 542.34121919, 542.34121919, 542.34121919],
  },
  {
    name: 'AAN on oil',
    y: OIL,
    spec: { error: 'A', trend: 'A', season: 'N', m: 1 },
    parameters: { alpha: 0.99770564, beta: 0.0001001, gamma: 0, phi: 1 },
    initstate: [21.3150686, 11.71213626],
    sigma2: 2571.94347286,
    firstFitted: [33.02720486, 122.55015822, 142.53021192],
    lastFitted: 561.51438238,
    forecast: [554.09126495, 565.79806815, 577.50487134, 589.21167453],
  },
  {
    name: 'AAdN on oil',
    y: OIL,
    spec: { error: 'A', trend: 'Ad', season: 'N', m: 1 },
    parameters: { alpha: 0.99989969, beta: 0.11886985, gamma: 0, phi: 0.80000197 },
    initstate: [36.46466837, 34.72584983],
    sigma2: 2524.87915822,
    firstFitted: [64.24541648, 137.67614474, 151.51534335],
    lastFitted: 555.11309075,
    forecast: [545.35213563, 547.76044926, 549.68710489, 551.22843318],
  },
  {
    name: 'MNN on oil',
    y: OIL,
    spec: { error: 'M', trend: 'N', season: 'N', m: 1 },
    parameters: { alpha: 0.99989932, beta: 0, gamma: 0, phi: 1 },
    initstate: [108.50797841],
    sigma2: 0.02465689,
    firstFitted: [108.50797841, 111.0088828, 130.82643863],
    lastFitted: 549.83140253,
    forecast: [542.34122401, 542.34122401, 542.34122401, 542.34122401],
  },
  {
    name: 'AAA on austourists',
    y: AUSTOURISTS,
    spec: { error: 'A', trend: 'A', season: 'A', m: 4 },
    parameters: { alpha: 0.20281952, beta: 0.00016979, gamma: 0.4645238, phi: 1 },
    initstate: [23.06996036, 0.57786622, 1.65451693, -1.17750326, -8.97988612, 8.50287244],
    sigma2: 6.20560506,
    firstFitted: [32.15069902, 14.81989736, 24.07844941],
    lastFitted: 63.39782057,
    forecast: [75.34454396, 50.75845291, 63.05022495, 67.48394643],
  },
  {
    name: 'AAdA on austourists',
    y: AUSTOURISTS,
    spec: { error: 'A', trend: 'Ad', season: 'A', m: 4 },
    parameters: { alpha: 0.35445427, beta: 0.03200749, gamma: 0.39993387, phi: 0.97999997 },
    initstate: [24.01278357, 0.97770147, 1.76951063, -0.50735902, -6.61171798, 5.34956637],
    sigma2: 6.0830734,
    firstFitted: [30.32049735, 19.19480328, 26.19326277],
    lastFitted: 64.16460104,
    forecast: [76.07768073, 51.61741109, 63.96457729, 68.27886241],
  },
  {
    name: 'MAA on austourists',
    y: AUSTOURISTS,
    spec: { error: 'M', trend: 'A', season: 'A', m: 4 },
    parameters: { alpha: 0.41637192, beta: 0.00010001, gamma: 0.3529439, phi: 1 },
    initstate: [25.70245461, 0.44872759, 2.36392064, -0.57933567, -6.84185501, 5.05727004],
    sigma2: 0.00435945,
    firstFitted: [31.20845224, 19.27663853, 25.93440209],
    lastFitted: 63.87830492,
    forecast: [75.69740289, 51.25292515, 63.34573483, 67.35397685],
  },
  {
    name: 'MNM on austourists',
    y: AUSTOURISTS,
    spec: { error: 'M', trend: 'N', season: 'M', m: 4 },
    parameters: { alpha: 0.60899314, beta: 0, gamma: 0.00016726, phi: 1 },
    initstate: [29.67481548, 1.03842344, 0.96140206, 0.76838081, 1.2317937],
    sigma2: 0.00475041,
    firstFitted: [36.55325061, 20.33203296, 24.53771912],
    lastFitted: 64.83176246,
    forecast: [77.78795149, 48.52405046, 60.7133168, 65.57737638],
  },
];

function stateOf(fit: RFit): EtsState {
  const [level, ...rest] = fit.initstate;
  const trend = fit.spec.trend === 'N' ? 0 : rest.shift()!;
  return { level: level!, trend, season: [...rest].reverse() };
}

/** R's `np`: smoothing parameters and initial states it estimated (m − 1 seasonal terms). */
function estimated(fit: RFit): number {
  const { spec } = fit;
  return (
    1 +
    (spec.trend === 'N' ? 0 : 1) +
    (spec.season === 'N' ? 0 : 1) +
    (spec.trend === 'Ad' ? 1 : 0) +
    1 +
    (spec.trend === 'N' ? 0 : 1) +
    (spec.season === 'N' ? 0 : spec.m - 1)
  );
}

describe('ETS recursions against forecast::ets (R)', () => {
  test.each(R_FITS)('$name: fitted values, σ² and forecasts at R’s estimate', (fit) => {
    const filtered = etsFilter(fit.y, fit.spec, fit.parameters, stateOf(fit))!;
    expect(filtered).toBeDefined();
    // R printed 8 significant digits: agreement to 1e-7 relative.
    fit.firstFitted.forEach((value, i) => { expect(filtered.fitted[i]).toBeCloseTo(value, 5); });
    expect(filtered.fitted.at(-1)).toBeCloseTo(fit.lastFitted, 5);
    const forecast = etsForecast(fit.spec, fit.parameters, filtered.final, 4, fit.y.length);
    forecast.forEach((value, i) => { expect(value / fit.forecast[i]!).toBeCloseTo(1, 7); });
    // R's σ² = Σε²/(n − np); describeFit's k counts σ too. 8 decimals of 0.0043… are 6 significant digits.
    const described = describeFit(fit.y, fit.spec, fit.parameters, stateOf(fit), filtered, estimated(fit) + 1);
    expect(described.sigma2 / fit.sigma2).toBeCloseTo(1, 5);
  });

  test.each(R_FITS)('$name: the maximum-likelihood fit is at least as likely as R’s', (fit) => {
    // As statsmodels' test_fit_vs_R: the estimate's likelihood is never below R's (R's Nelder–Mead stops early at times).
    const ours = fitEts(fit.y, fit.spec, true)!;
    const r = etsFilter(fit.y, fit.spec, fit.parameters, stateOf(fit))!;
    expect(ours.filter.lik).toBeLessThanOrEqual(r.lik + 1e-4);
    expect(ours.k).toBe(estimated(fit) + 1);
  });
});

describe('forecast variances of the linear models', () => {
  test.each(R_FITS.filter((fit) => fit.spec.error === 'A'))('$name: the analytic interval is the simulated one (Monte Carlo, 40 000 paths)', (fit) => {
    // An independent check of cⱼ = α + β(φ + … + φʲ) + γ[j mod m = 0]: push Gaussian innovations through the
    // recursions themselves and compare the 90 % quantiles with ŷ ± 1.645 √vₕ, within 2 % of the half-width.
    const filtered = etsFilter(fit.y, fit.spec, fit.parameters, stateOf(fit))!;
    const forecast = etsForecast(fit.spec, fit.parameters, filtered.final, 9, fit.y.length);
    const analytic = etsAnalyticIntervals(forecast, etsLinearVariances(fit.spec, fit.parameters, fit.sigma2, 9), 0.9);
    const simulated = etsSimulatedIntervals(fit.spec, fit.parameters, filtered.final, fit.sigma2, fit.y.length, 9, 0.9, 40_000, 2024);
    for (let h = 0; h < 9; h++) {
      const half = analytic.upper[h]! - forecast[h]!;
      expect(Math.abs(simulated.upper[h]! - analytic.upper[h]!) / half).toBeLessThan(0.02);
      expect(Math.abs(simulated.lower[h]! - analytic.lower[h]!) / half).toBeLessThan(0.02);
    }
  });

  test('the variances by hand for Holt’s linear trend', () => {
    // v₁ = σ², v₂ = σ²(1 + (α + β)²), v₃ = σ²(1 + (α + β)² + (α + 2β)²) with α 0.5, β 0.1, σ² 4:
    // 4, 4(1 + 0.36) = 5.44, 4(1 + 0.36 + 0.49) = 7.4.
    const variances = etsLinearVariances({ error: 'A', trend: 'A', season: 'N', m: 1 }, { alpha: 0.5, beta: 0.1, gamma: 0, phi: 1 }, 4, 3);
    expect(variances[0]).toBeCloseTo(4, 12);
    expect(variances[1]).toBeCloseTo(5.44, 12);
    expect(variances[2]).toBeCloseTo(7.4, 12);
    // With a season of 2 and γ 0.2, c₂ gains γ: c₁ = 0.6, c₂ = 0.5 + 0.2 + 0.2 = 0.9, v₃ = 4(1 + 0.36 + 0.81) = 8.68.
    const seasonal = etsLinearVariances({ error: 'A', trend: 'A', season: 'A', m: 2 }, { alpha: 0.5, beta: 0.1, gamma: 0.2, phi: 1 }, 4, 3);
    expect(seasonal[2]).toBeCloseTo(8.68, 12);
  });

  test('the generator is uniform on (0, 1) and repeatable', () => {
    const a = seededUniform(42);
    const b = seededUniform(42);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = a();
      expect(u).toBe(b());
      expect(u > 0 && u < 1).toBe(true);
      sum += u;
    }
    // Mean 0.5 with standard error 0.29/√10⁵ ≈ 0.0009.
    expect(Math.abs(sum / 100_000 - 0.5)).toBeLessThan(0.004);
  });
});

describe('simulated intervals: type-7 quantiles of the paths', () => {
  test('three paths of one step, by hand from the same Box–Muller draws', () => {
    // Path p draws u₁, u₂ and takes z = √(−2 ln u₁) cos(2π u₂); y = μ + σz (additive error) or μ(1 + σz).
    const uniform = seededUniform(7);
    const z = [0, 1, 2].map(() => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform()));
    // Type 7 over three sorted values v: the 25 % quantile is at position 0.5, the 75 % at 1.5.
    const quartiles = (values: number[]): [number, number] => {
      const v = [...values].sort((a, b) => a - b);
      return [(v[0]! + v[1]!) / 2, (v[1]! + v[2]!) / 2];
    };
    const p = { alpha: 0.5, beta: 0, gamma: 0, phi: 1 };
    const final = { level: 100, trend: 0, season: [] };
    for (const error of ['A', 'M'] as const) {
      const simulated = etsSimulatedIntervals({ error, trend: 'N', season: 'N', m: 1 }, p, final, 0.04, 10, 1, 0.5, 3, 7);
      const [lower, upper] = quartiles(z.map((value) => (error === 'A' ? 100 + 0.2 * value : 100 * (1 + 0.2 * value))));
      expect(simulated.lower[0]).toBeCloseTo(lower, 10);
      expect(simulated.upper[0]).toBeCloseTo(upper, 10);
    }
  });
});

describe('a second season (Taylor 2003)', () => {
  test('with its terms at 0 and γ₂ = 0 it is the one-season model', () => {
    const aaa = R_FITS.find((fit) => fit.name === 'AAA on austourists')!;
    const single = etsFilter(aaa.y, aaa.spec, aaa.parameters, stateOf(aaa))!;
    const spec = { ...aaa.spec, m2: 12 };
    const double = etsFilter(aaa.y, spec, { ...aaa.parameters, gamma2: 0 }, { ...stateOf(aaa), season2: new Array<number>(12).fill(0) })!;
    double.fitted.forEach((value, i) => { expect(value).toBe(single.fitted[i]); });
    expect(etsForecast(spec, aaa.parameters, double.final, 8, aaa.y.length)).toEqual(etsForecast(aaa.spec, aaa.parameters, single.final, 8, aaa.y.length));
  });

  test('its analytic interval is the simulated one (Monte Carlo, 40 000 paths)', () => {
    // cⱼ gains γ₂ at j = 12, 24: checked at h up to 26 against paths pushed through the recursions.
    const spec: EtsSpec = { error: 'A', trend: 'A', season: 'A', m: 4, m2: 12 };
    const parameters = { alpha: 0.3, beta: 0.02, gamma: 0.2, phi: 1, gamma2: 0.25 };
    const final = { level: 50, trend: 0.5, season: [1, -2, 3, -2], season2: [4, 2, 0, -1, -3, -2, 0, 1, 2, 1, -1, -3] };
    const forecast = etsForecast(spec, parameters, final, 26, 100);
    const analytic = etsAnalyticIntervals(forecast, etsLinearVariances(spec, parameters, 4, 26), 0.9);
    const simulated = etsSimulatedIntervals(spec, parameters, final, 4, 100, 26, 0.9, 40_000, 99);
    for (let h = 0; h < 26; h++) {
      const half = analytic.upper[h]! - forecast[h]!;
      expect(Math.abs(simulated.upper[h]! - analytic.upper[h]!) / half).toBeLessThan(0.02);
      expect(Math.abs(simulated.lower[h]! - analytic.lower[h]!) / half).toBeLessThan(0.02);
    }
    // And by hand at h = 13: Σⱼ₌₁¹² cⱼ² with cⱼ = 0.3 + 0.02j, + 0.2 at j = 4, 8, 12, + 0.25 at j = 12.
    let sum = 0;
    for (let j = 1; j <= 12; j++) {
      const c = 0.3 + 0.02 * j + (j % 4 === 0 ? 0.2 : 0) + (j === 12 ? 0.25 : 0);
      sum += c * c;
    }
    expect(etsLinearVariances(spec, parameters, 4, 13)[12]).toBeCloseTo(4 * (1 + sum), 12);
  });
});

describe('starting values', () => {
  const spec = (trend: EtsSpec['trend'], season: EtsSpec['season'], m = 1, error: EtsSpec['error'] = 'A'): EtsSpec => ({ error, trend, season, m });

  test('the conventional parameters, and the model codes', () => {
    expect(etsStartParameters(spec('N', 'N'))).toEqual({ alpha: 0.2, beta: 0, gamma: 0, phi: 1 });
    expect(etsStartParameters(spec('A', 'N'))).toEqual({ alpha: 0.2, beta: 0.01, gamma: 0, phi: 1 });
    expect(etsStartParameters(spec('Ad', 'M', 4))).toEqual({ alpha: 0.2, beta: 0.01, gamma: 0.1, phi: 0.98 });
    expect(etsStartParameters({ ...spec('N', 'A', 24), m2: 168 })).toEqual({ alpha: 0.2, beta: 0, gamma: 0.1, phi: 1, gamma2: 0.05 });
    expect(etsCode(spec('Ad', 'M', 4, 'M'))).toBe('MAdM');
    expect(etsCode(spec('N', 'N'))).toBe('ANN');
  });

  test('an exact line: its intercept and slope, or the mean of the first ten values', () => {
    const y = Array.from({ length: 12 }, (_, i) => 3 + 0.5 * (i + 1));
    expect(etsHeuristicState(y, spec('A', 'N'))).toStrictEqual({ level: 3, trend: 0.5, season: [] });
    // (3.5 + 4 + … + 8) / 10 = 5.75
    expect(etsHeuristicState(y, spec('N', 'N'))).toStrictEqual({ level: 5.75, trend: 0, season: [] });
    expect(etsHeuristicState([7], spec('A', 'N'))).toStrictEqual({ level: 7, trend: 0, season: [] });
  });

  // y = 6, 4, 6, 4, … (ten values). Through t = 1…10 the least-squares line has slope
  // Σ(t − 5.5)(y − 5) / Σ(t − 5.5)² = −5 / 82.5 = −2/33 and intercept 5 + 5.5 · 2/33 = 16/3.
  const zigzag = Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? 6 : 4));
  const lineAt = (t: number): number => 16 / 3 - (2 * t) / 33;
  const expectState = (state: EtsState, expected: { level: number; trend: number; season: number[]; season2?: number[] }): void => {
    expect(state.level).toBeCloseTo(expected.level, 12);
    expect(state.trend).toBeCloseTo(expected.trend, 12);
    expect(state.season).toHaveLength(expected.season.length);
    state.season.forEach((value, i) => { expect(value).toBeCloseTo(expected.season[i]!, 12); });
    expect(state.season2?.length).toBe(expected.season2?.length);
    state.season2?.forEach((value, i) => { expect(value).toBeCloseTo(expected.season2![i]!, 12); });
  };

  test('an additive season of 2: the mean deviations from the line, by position', () => {
    // Odd t (mean t 5): 6 − (16/3 − 10/33) = 32/33; even t (mean t 6): 4 − (16/3 − 12/33) = −32/33.
    expectState(etsHeuristicState(zigzag, spec('A', 'A', 2)), { level: 16 / 3, trend: -2 / 33, season: [32 / 33, -32 / 33] });
    // Without a trend the level is the mean of the seasonally adjusted values: (50 − 0) / 10.
    expectState(etsHeuristicState(zigzag, spec('N', 'A', 2)), { level: 5, trend: 0, season: [32 / 33, -32 / 33] });
  });

  test('an additive season of 4 over two whole seasons of the ten values, centred', () => {
    // t = 1, 5: 6 − line = 24/33, 32/33 (mean 28/33); t = 2, 6: −40/33, −32/33 (−36/33); t = 3, 7: 28/33,
    // 36/33 (32/33); t = 4, 8: −36/33, −28/33 (−32/33). Their mean, −2/33, is taken off each.
    const season = [30 / 33, -34 / 33, 34 / 33, -30 / 33];
    expectState(etsHeuristicState(zigzag, spec('A', 'A', 4)), { level: 16 / 3, trend: -2 / 33, season });
    // Level without a trend: (Σy − Σ s over t mod 4 = 0,1,2,3,0,1,2,3,0,1) / 10 = (50 + 4/33) / 10.
    expectState(etsHeuristicState(zigzag, spec('N', 'A', 4)), { level: 5 + 2 / 165, trend: 0, season });
  });

  test('a multiplicative season of 2: the mean ratios to the line, normalised to mean 1', () => {
    const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
    const odd = mean([1, 3, 5, 7, 9].map((t) => 6 / lineAt(t)));
    const even = mean([2, 4, 6, 8, 10].map((t) => 4 / lineAt(t)));
    const season = [odd / mean([odd, even]), even / mean([odd, even])];
    expectState(etsHeuristicState(zigzag, spec('A', 'M', 2)), { level: 16 / 3, trend: -2 / 33, season });
    const level = mean(zigzag.map((y, t) => y / season[t % 2]!));
    expectState(etsHeuristicState(zigzag, spec('N', 'M', 2)), { level, trend: 0, season });
  });

  test('a second season: what the line and the first season leave, by position in the longer cycle', () => {
    // y = 13, 9, 9, 9, 13, 9, 9, 9 (k = 2 · m₂ = 8 values): slope −12/42 = −2/7, intercept 10 + 4.5 · 2/7 = 79/7;
    // the first season ±6/7; what is left at positions 1–4 of the week of 4: (8/7 + 16/7)/2, (−6/7 + 2/7)/2,
    // (−16/7 − 8/7)/2, (−2/7 + 6/7)/2.
    const y = [13, 9, 9, 9, 13, 9, 9, 9];
    const expected = { season: [6 / 7, -6 / 7], season2: [12 / 7, -2 / 7, -12 / 7, 2 / 7] };
    expectState(etsHeuristicState(y, { ...spec('A', 'A', 2), m2: 4 }), { level: 79 / 7, trend: -2 / 7, ...expected });
    expectState(etsHeuristicState(y, { ...spec('N', 'A', 2), m2: 4 }), { level: 10, trend: 0, ...expected });
  });
});

describe('the filter by hand', () => {
  test('a series that is exactly level + two seasons is fitted without error, whatever the parameters', () => {
    const season = [1, -1];
    const season2 = [2, 0, -2, 0];
    const y = Array.from({ length: 12 }, (_, t) => 10 + season[t % 2]! + season2[t % 4]!);
    const spec: EtsSpec = { error: 'A', trend: 'N', season: 'A', m: 2, m2: 4 };
    const filtered = etsFilter(y, spec, { alpha: 0.3, beta: 0, gamma: 0.2, phi: 1, gamma2: 0.1 }, { level: 10, trend: 0, season, season2 })!;
    expect(filtered.fitted).toEqual(y);
    expect(filtered.final).toEqual({ level: 10, trend: 0, season, season2 });
    // Σε² = 0 counts as the smallest double.
    expect(filtered.lik).toBe(12 * Math.log(Number.MIN_VALUE));
  });

  test('multiplicative error: relative innovations and the likelihood n log Σε² + 2 Σ log μ', () => {
    // MNN, α 0.5, ℓ₀ 10, y = 10, 11, 9: μ = 10, 10, 10.5; ε = 0, 0.1, −1.5/10.5 = −1/7.
    const filtered = etsFilter([10, 11, 9], { error: 'M', trend: 'N', season: 'N', m: 1 }, { alpha: 0.5, beta: 0, gamma: 0, phi: 1 }, { level: 10, trend: 0, season: [] })!;
    expect(filtered.fitted).toEqual([10, 10, 10.5]);
    expect(filtered.final).toStrictEqual({ level: 9.75, trend: 0, season: [], season2: [] });
    expect(filtered.innovations[1]).toBeCloseTo(0.1, 14);
    expect(filtered.innovations[2]).toBeCloseTo(-1 / 7, 14);
    expect(filtered.lik).toBeCloseTo(3 * Math.log(0.01 + 1 / 49) + 2 * (2 * Math.log(10) + Math.log(10.5)), 12);
    // The Gaussian log-likelihood at σ̂² = Σε²/n of an additive-error fit: −n/2 log(2π σ̂²) − n/2.
    const simple: EtsSpec = { error: 'A', trend: 'N', season: 'N', m: 1 };
    const additive = etsFilter([10, 11, 9], simple, { alpha: 0.5, beta: 0, gamma: 0, phi: 1 }, { level: 10, trend: 0, season: [] })!;
    const sse = 1 + 2.25; // ε = 0, 1, −1.5
    const described = describeFit([10, 11, 9], simple, { alpha: 0.5, beta: 0, gamma: 0, phi: 1 }, { level: 10, trend: 0, season: [] }, additive, 1);
    expect(described.logLikelihood).toBeCloseTo(-1.5 * Math.log((2 * Math.PI * sse) / 3) - 1.5, 12);
    // AICc needs n − k − 1 > 0: with k = 1 it is AIC + 2·1·2/1; with k = 2 there is none.
    expect(described.aicc).toBeCloseTo(described.aic + 4, 12);
    expect(describeFit([10, 11, 9], simple, { alpha: 0.5, beta: 0, gamma: 0, phi: 1 }, { level: 10, trend: 0, season: [] }, additive, 2).aicc).toBe(Infinity);
  });

  test('a multiplicative part at or below 0 makes the run undefined', () => {
    const p = { alpha: 0.5, beta: 0, gamma: 0.1, phi: 1 };
    const y = [10, 11, 9, 10];
    // A multiplicative season with a term of 0, or a level of 0.
    expect(etsFilter(y, { error: 'A', trend: 'N', season: 'M', m: 2 }, p, { level: 10, trend: 0, season: [0, 2] })).toBeUndefined();
    expect(etsFilter(y, { error: 'A', trend: 'N', season: 'M', m: 2 }, p, { level: 0, trend: 0, season: [1, 1] })).toBeUndefined();
    expect(etsFilter(y, { error: 'A', trend: 'N', season: 'M', m: 2 }, p, { level: 10, trend: 0, season: [1, 1] })).toBeDefined();
    // Below 0, with little smoothing, the recursions would go on with finite numbers: a negative term, or a negative level.
    const slow = { alpha: 0.01, beta: 0, gamma: 0.01, phi: 1 };
    expect(etsFilter(y, { error: 'A', trend: 'N', season: 'M', m: 2 }, slow, { level: 10, trend: 0, season: [-1, 3] })).toBeUndefined();
    expect(etsFilter(y, { error: 'A', trend: 'N', season: 'M', m: 2 }, slow, { level: -1, trend: 0, season: [1, 1] })).toBeUndefined();
    // A multiplicative error whose μ = ℓ + s is 0.
    expect(etsFilter(y, { error: 'M', trend: 'N', season: 'A', m: 2 }, p, { level: 1, trend: 0, season: [-1, 1] })).toBeUndefined();
    expect(etsFilter(y, { error: 'M', trend: 'N', season: 'A', m: 2 }, p, { level: 2, trend: 0, season: [-1, 1] })).toBeDefined();
  });

  test('a state that overflows at the last step makes the run undefined, whichever part overflows', () => {
    const none = { alpha: 0.5, beta: 0, gamma: 0, phi: 1 };
    // The level: −1e308 + 0.5 · (1e308 − (−1e308)) overflows; μ = −1e308 was finite.
    expect(etsFilter([1e308], { error: 'A', trend: 'N', season: 'N', m: 1 }, none, { level: -1e308, trend: 0, season: [] })).toBeUndefined();
    // The trend alone: from ℓ₀ = −1e308, b₀ = 1e308 (μ = 0), y = 1e308 gives ℓ₁ = 0.5e308 and
    // b₁ = b₀ + (β/α)(ℓ₁ − ℓ₀ − b₀) = 1e308 + 2 · 0.5e308.
    const trend = etsFilter([1e308], { error: 'A', trend: 'A', season: 'N', m: 1 }, { alpha: 0.5, beta: 1, gamma: 0, phi: 1 }, { level: -1e308, trend: 1e308, season: [] });
    expect(trend).toBeUndefined();
    // The season alone: s = 1 + 0.5 · (1e308 / 1e-10 − 1) overflows while ℓ = 1e-10 + 0.5 · (1e308 − 1e-10) does not.
    const season = etsFilter([1e308], { error: 'A', trend: 'N', season: 'M', m: 1 }, { alpha: 0.5, beta: 0, gamma: 0.5, phi: 1 }, { level: 1e-10, trend: 0, season: [1] });
    expect(season).toBeUndefined();
  });
});

describe('the fit', () => {
  test('with the states left heuristic, they are the heuristic ones; none at all when no point gives a finite likelihood', () => {
    const y = [5, 7, 6, 8, 7, 9, 8, 10, 9, 11, 10, 12];
    const spec: EtsSpec = { error: 'A', trend: 'A', season: 'N', m: 1 };
    expect(fitEts(y, spec, false)!.initial).toEqual(etsHeuristicState(y, spec));
    expect(fitEts(y, { ...spec, trend: 'N' }, true)!.initial.season).toEqual([]);
    // A multiplicative error needs μ > 0: from a negative heuristic level no smoothing parameters help.
    expect(fitEts([-5, -6, -4, -5, -6, -4, -5, -6, -4, -5], { error: 'M', trend: 'N', season: 'N', m: 1 }, false)).toBeUndefined();
  });

  test('the smoothing parameters stay in the usual region when the likelihood would go past it', () => {
    // An accelerating series: simple smoothing wants α past 1, a damped trend φ past 0.98.
    const squares = Array.from({ length: 30 }, (_, i) => (i + 1) ** 2);
    const simple = fitEts(squares, { error: 'A', trend: 'N', season: 'N', m: 1 }, true)!;
    expect(simple.parameters.alpha).toBeLessThanOrEqual(0.9999);
    expect(simple.parameters.alpha).toBeGreaterThan(0.99);
    const line = Array.from({ length: 30 }, (_, i) => 5 + 2 * i + (i % 2 === 0 ? 0.1 : -0.1));
    const damped = fitEts(line, { error: 'A', trend: 'Ad', season: 'N', m: 1 }, true)!;
    expect(damped.parameters.phi).toBeLessThanOrEqual(0.98);
    expect(damped.parameters.phi).toBeGreaterThanOrEqual(0.8);
    expect(damped.parameters.beta).toBeLessThanOrEqual(damped.parameters.alpha);
    // A series that swings round a constant: smoothing wants α (and β) down to 0 and past it.
    const swings = Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? 10 : 12));
    expect(fitEts(swings, { error: 'A', trend: 'N', season: 'N', m: 1 }, true)!.parameters.alpha).toBeGreaterThanOrEqual(1e-4);
    const holt = fitEts(swings, { error: 'A', trend: 'A', season: 'N', m: 1 }, true)!.parameters;
    expect(holt.alpha).toBeGreaterThanOrEqual(1e-4);
    expect(holt.beta).toBeGreaterThanOrEqual(1e-4);
  });
});
