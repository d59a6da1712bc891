import { baselineSpan } from '../internal/checks/controlChart.js';
import { checkSample } from '../internal/checks/sample.js';
import { checkFinite, checkInRange, checkOptions, checkPositive, fail } from '../internal/checks/validate.js';
import { meanAndSigma } from '../internal/numeric/controlLimits.js';
import { readBaseline } from '../internal/segments/chartBaseline.js';
import type { ControlChartBaseline, KnownMeanAndSigma } from '../internal/types/controlChart.js';

/** The options of {@link ewmaChart}. @category Control charts */
export interface EwmaChartOptions {
  /** Where the centre (target) and σ come from: `{ points: k }` (mean and moving-range σ of the first k values, k ≥ 2), `{ from, to }` (of the values whose period starts in that date range, with `periods`) or `{ centre, sigma }`. Required. */
  readonly baseline: ControlChartBaseline<KnownMeanAndSigma>;
  /** The period key of each value, for a `{ from, to }` baseline only, as in {@link ControlChartOptions}. */
  readonly periods?: Iterable<string>;
  /** The weight λ of the newest value, above 0, at most 1 (1 is the individuals chart). @defaultValue 0.2 */
  readonly lambda?: number;
  /** The width L of the limits, in σ of the EWMA. @defaultValue 3 */
  readonly width?: number;
}

/** One point of an EWMA chart. @category Control charts */
export interface EwmaChartPoint {
  /** The observation. */
  readonly value: number;
  /** The exponentially weighted moving average after it, zᵢ. */
  readonly ewma: number;
  /** The lower limit at this point (narrower at first, widening to the steady state). */
  readonly lower: number;
  /** The upper limit at this point. */
  readonly upper: number;
  /** Whether zᵢ is outside the limits. */
  readonly signal: boolean;
}

/** An EWMA chart, from {@link ewmaChart}. @category Control charts */
export interface EwmaChart {
  /** The target, z₀. */
  readonly centre: number;
  /** The σ of one observation. */
  readonly sigma: number;
  /** The weight λ of the newest value. */
  readonly lambda: number;
  /** The width L of the limits, in σ of the EWMA. */
  readonly width: number;
  /** How many values the centre and σ came from (the first k, or those of the date range), or null for fixed values. */
  readonly baselinePoints: number | null;
  /** The index of the first of them (0 for `{ points: k }`), or null for fixed values. */
  readonly baselineStart: number | null;
  /** Each point, in the order of the series. */
  readonly points: readonly EwmaChartPoint[];
}

/**
 * An EWMA chart: an exponentially weighted moving average of a KPI per period against limits, to
 * catch small persistent shifts (half a σ to 2σ) that a 3σ limit on single points misses.
 *
 * ## Formula
 * ```math
 * z_i = \lambda x_i + (1 - \lambda) z_{i-1}, \quad z_0 = \mu_0, \qquad \mu_0 \pm L\sigma\sqrt{\frac{\lambda}{2 - \lambda}\left[1 - (1 - \lambda)^{2i}\right]}
 * ```
 * with the exact limits of each point (they widen to the steady state, L σ √(λ/(2 − λ))). A
 * signal is a zᵢ beyond them. λ = 0.2 and L = 3, or λ = 0.1 and L = 2.7, detect a 1σ shift in
 * about ten periods (Lucas & Saccucci 1990); smaller λ reacts to smaller shifts, more slowly.
 *
 * ## Variants
 * - Steady-state limits only: what `upper` and `lower` tend to after a few points.
 * - {@link cusumChart} catches the same shifts; EWMA's statistic is a level, CUSUM's a sum.
 *
 * @param values - One value per period, in time order (any iterable).
 * @param options - `baseline` (required: `{ points: k }`, `{ from, to }` with `periods` (the points whose period starts in that date range) or `{ centre, sigma }`), `periods`, `lambda`, `width`.
 * @returns The target, σ and each point with its EWMA, limits and signal.
 * @throws {@link MetricInputError} the common input checks; `OUT_OF_RANGE` for a baseline longer than the series, shorter than 2 points or without variation; `EMPTY` when a date range holds no point's period start; `INCONSISTENT` when `periods` does not give one key per point in time order.
 * @example
 * ```ts
 * import { ewmaChart } from 'service-metrics';
 * // Montgomery's EWMA example: target 10, σ 1, λ 0.1, L 2.7; the process mean moved to 11 after the 20th value.
 * const x = [9.45, 7.99, 9.29, 11.66, 12.16, 10.18, 8.04, 11.46, 9.2, 10.34, 9.03, 11.47, 10.51, 9.4, 10.08, 9.37, 10.62, 10.31, 8.52, 10.84,
 *   10.9, 9.33, 12.29, 11.5, 10.6, 11.08, 10.38, 11.62, 11.31, 10.52];
 * const chart = ewmaChart(x, { baseline: { centre: 10, sigma: 1 }, lambda: 0.1, width: 2.7 });
 * chart.points.findIndex((point) => point.signal) + 1; // => 29
 * ```
 * @see Montgomery, D. C. (2019). *Introduction to Statistical Quality Control* (8th ed.), §9.2: the exponentially weighted moving average control chart (its Example 9.2 data). Wiley.
 * @see Lucas, J. M., & Saccucci, M. S. (1990). Exponentially weighted moving average control schemes: properties and enhancements. *Technometrics*, 32(1), 1–12.
 * @see {@link https://www.itl.nist.gov/div898/handbook/pmc/section3/pmc324.htm | NIST/SEMATECH e-Handbook of Statistical Methods, §6.3.2.4: EWMA control charts}
 * @category Control charts
 */
export function ewmaChart(values: Iterable<number>, options: EwmaChartOptions): EwmaChart {
  const metric = 'ewmaChart';
  const x: number[] = [];
  for (const value of checkSample(metric, 'values', values)) x.push(checkFinite(metric, `values[${String(x.length)}]`, value));
  const object = checkOptions(metric, options, ['baseline', 'periods', 'lambda', 'width']);
  const baseline = readBaseline(metric, object, x.length, ['centre', 'sigma']);
  const lambda = object['lambda'] === undefined ? 0.2 : checkInRange(metric, 'options.lambda', object['lambda'], 0, 1);
  if (lambda === 0) fail(metric, 'options.lambda', 'OUT_OF_RANGE', 'a weight above 0, at most 1', object['lambda']);
  const width = object['width'] === undefined ? 3 : checkPositive(metric, 'options.width', object['width']);
  // The limits reach at most width·σ from the centre: √(λ/(2 − λ)) ≤ 1.
  const { centre, sigma } = meanAndSigma(metric, baseline, x, width);
  let z = centre;
  let decay = 1;
  const points = x.map((value) => {
    z = lambda * value + (1 - lambda) * z;
    decay *= (1 - lambda) ** 2;
    const half = width * sigma * Math.sqrt((lambda / (2 - lambda)) * (1 - decay));
    return { value, ewma: z, lower: centre - half, upper: centre + half, signal: z > centre + half || z < centre - half };
  });
  return { centre, sigma, lambda, width, ...baselineSpan(baseline), points };
}
