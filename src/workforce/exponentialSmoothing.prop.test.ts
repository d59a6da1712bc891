import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { etsHeuristicState, etsStartParameters } from '../internal/numeric/ets.js';
import { exponentialSmoothing } from '../index.js';
import { specOf } from '../internal/numeric/etsModels.js';
import type { ExponentialSmoothingModel } from './exponentialSmoothing.js';

/** A positive series with level, trend, a season of m and noise: contact volumes. */
const series = fc
  .record({
    m: fc.integer({ min: 2, max: 6 }),
    seasons: fc.integer({ min: 3, max: 6 }),
    level: fc.double({ min: 50, max: 500, noNaN: true }),
    slope: fc.double({ min: -1, max: 2, noNaN: true }),
    amplitude: fc.double({ min: 0, max: 40, noNaN: true }),
    noise: fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 36, maxLength: 36 }),
  })
  .map(({ m, seasons, level, slope, amplitude, noise }) => ({
    m,
    y: Array.from({ length: Math.max(16, m * seasons) }, (_, t) => level + slope * t + amplitude * Math.sin((2 * Math.PI * t) / m) + noise[t % 36]!),
  }));

const additive = fc.constantFrom<ExponentialSmoothingModel>('ANN', 'AAN', 'AAdN', 'ANA', 'AAA', 'AAdA');

/**
 * The fixed-parameter model: α 0.2, β 0.01, γ 0.1, φ 0.98 (forecastVolume's defaults) from the heuristic
 * initial states, filtered here by the textbook error-correction equations (Hyndman et al. 2008, Table 2.3,
 * additive error), written apart from the library's loop. Returns its sum of squared one-step errors.
 */
function fixedSse(y: readonly number[], model: ExponentialSmoothingModel, m: number): number {
  const spec = specOf(model, m);
  const { alpha, beta, gamma, phi } = etsStartParameters(spec);
  const start = etsHeuristicState(y, spec);
  let level = start.level;
  let trend = start.trend;
  const season = new Map<number, number>();
  start.season.forEach((s, i) => season.set(i + 1 - spec.m, s));
  let total = 0;
  for (let t = 1; t <= y.length; t++) {
    const s = spec.season === 'N' ? 0 : season.get(t - spec.m)!;
    const damped = spec.trend === 'N' ? 0 : phi * trend;
    const e = y[t - 1]! - (level + damped + s);
    total += e * e;
    level = level + damped + alpha * e;
    trend = damped + beta * e;
    if (spec.season !== 'N') season.set(t, s + gamma * e);
  }
  return total;
}

describe('exponentialSmoothing properties', () => {
  test.prop([series, additive], { numRuns: 40 })('the fitted model’s in-sample error is never worse than the fixed-parameter one', ({ m, y }, model) => {
    const fit = exponentialSmoothing(y, { model, seasonLength: m });
    const fitted = fit.residuals.reduce((sum, e) => sum + e * e, 0);
    expect(fitted).toBeLessThanOrEqual(fixedSse(y, model, m) * (1 + 1e-12));
  });

  test.prop([series, additive], { numRuns: 40 })('prediction intervals widen with the horizon', ({ m, y }, model) => {
    const fit = exponentialSmoothing(y, { model, seasonLength: m, horizon: 3 * m });
    const widths = fit.upper.map((u, i) => u - fit.lower[i]!);
    for (let h = 1; h < widths.length; h++) expect(widths[h]).toBeGreaterThanOrEqual(widths[h - 1]! * (1 - 1e-12));
    // Strictly wider, unless the model fits the history exactly (σ = 0).
    if (fit.sigma2 > 0) expect(widths.at(-1)).toBeGreaterThan(widths[0]!);
  });

  test.prop(
    [series, fc.constantFrom<ExponentialSmoothingModel>('AAA', 'AAdN', 'MAM', 'MNN'), fc.double({ min: 0.05, max: 0.9, noNaN: true }), fc.double({ min: 0.01, max: 0.09, noNaN: true })],
    { numRuns: 25 },
  )('a wider level gives a wider interval (analytic, and simulated from the same seed)', ({ m, y }, model, level, more) => {
    const narrow = exponentialSmoothing(y, { model, seasonLength: m, horizon: m, level, simulations: 500 });
    const wide = exponentialSmoothing(y, { model, seasonLength: m, horizon: m, level: level + more, simulations: 500 });
    narrow.forecast.forEach((_, i) => {
      expect(wide.lower[i]).toBeLessThanOrEqual(narrow.lower[i]!);
      expect(wide.upper[i]).toBeGreaterThanOrEqual(narrow.upper[i]!);
      if (narrow.sigma2 > 0) expect(wide.upper[i]! - wide.lower[i]!).toBeGreaterThan(narrow.upper[i]! - narrow.lower[i]!);
    });
  });

  test.prop([series], { numRuns: 15 })('the point forecast lies inside its interval, and parameters inside the region', ({ m, y }) => {
    const fit = exponentialSmoothing(y, { seasonLength: m, horizon: m, simulations: 500 });
    const { alpha, beta, gamma, phi } = fit.parameters;
    expect(alpha).toBeGreaterThanOrEqual(1e-4);
    expect(alpha).toBeLessThanOrEqual(0.9999);
    if (beta !== undefined) expect(beta).toBeLessThanOrEqual(alpha);
    if (gamma !== undefined) expect(gamma).toBeLessThanOrEqual(1 - alpha + 1e-12);
    if (phi !== undefined) expect(phi >= 0.8 && phi <= 0.98).toBe(true);
    fit.forecast.forEach((f, i) => {
      expect(fit.lower[i]).toBeLessThanOrEqual(f);
      expect(fit.upper[i]).toBeGreaterThanOrEqual(f);
    });
  });
});
