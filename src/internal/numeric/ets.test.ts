/**
 * The ETS recursions and likelihood against R's `forecast::ets` (forecast package 8.x) on the fpp2
 * data sets `oil` and `austourists`. The reference values are R's own output, stored by statsmodels:
 * script statsmodels/tsa/tests/results/fit_ets.R, output fit_ets_results_nonseasonal.json and
 * fit_ets_results_seasonal.json (https://github.com/statsmodels/statsmodels, commit 1e1c89c), printed with
 * 8 significant digits. statsmodels' test_exponential_smoothing.py checks its own ETS the same way.
 */
import { describe, expect, test } from 'vitest';
import {
  describeFit,
  etsAnalyticIntervals,
  etsFilter,
  etsForecast,
  etsLinearVariances,
  etsSimulatedIntervals,
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
