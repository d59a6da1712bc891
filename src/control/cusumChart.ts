import { baselineSpan } from '../internal/checks/controlChart.js';
import { checkSample } from '../internal/checks/sample.js';
import { checkFinite, checkNonNegative, checkOptions, checkPositive, fail } from '../internal/checks/validate.js';
import { meanAndSigma } from '../internal/numeric/controlLimits.js';
import { readBaseline } from '../internal/segments/chartBaseline.js';
import type { ControlChartBaseline, KnownMeanAndSigma } from '../internal/types/controlChart.js';

/** The options of {@link cusumChart}. @category Control charts */
export interface CusumChartOptions {
  /** Where the target and σ come from: `{ points: k }` (mean and moving-range σ of the first k values, k ≥ 2), `{ from, to }` (of the values whose period starts in that date range, with `periods`) or `{ centre, sigma }`. Required. */
  readonly baseline: ControlChartBaseline<KnownMeanAndSigma>;
  /** The period key of each value, for a `{ from, to }` baseline only, as in {@link ControlChartOptions}. */
  readonly periods?: Iterable<string>;
  /** The allowance k, in σ: half the shift to detect. @defaultValue 0.5 */
  readonly allowance?: number;
  /** The decision interval h, in σ. @defaultValue 5 */
  readonly decisionInterval?: number;
}

/** One point of a tabular CUSUM. @category Control charts */
export interface CusumChartPoint {
  /** The observation. */
  readonly value: number;
  /** The upper cumulative sum C⁺ᵢ, in the unit of the values. */
  readonly upper: number;
  /** The lower cumulative sum C⁻ᵢ (≥ 0, for shifts down). */
  readonly lower: number;
  /** `'up'` when C⁺ᵢ exceeds the decision interval, `'down'` when C⁻ᵢ does, else null. */
  readonly signal: 'up' | 'down' | null;
}

/** A tabular CUSUM, from {@link cusumChart}. @category Control charts */
export interface CusumChart {
  /** The target μ₀. */
  readonly centre: number;
  /** The σ of one observation. */
  readonly sigma: number;
  /** The allowance K = kσ, in the unit of the values. */
  readonly allowance: number;
  /** The decision interval H = hσ, in the unit of the values. */
  readonly decisionInterval: number;
  /** How many values the target and σ came from (the first k, or those of the date range), or null for fixed values. */
  readonly baselinePoints: number | null;
  /** The index of the first of them (0 for `{ points: k }`), or null for fixed values. */
  readonly baselineStart: number | null;
  /** Each point, in the order of the series. */
  readonly points: readonly CusumChartPoint[];
}

/**
 * A tabular CUSUM: cumulative sums of each period's deviation from the target beyond an
 * allowance, to catch a small persistent shift and date its start.
 *
 * ## Formula
 * ```math
 * C^{+}_i = \max\left(0,\; x_i - (\mu_0 + K) + C^{+}_{i-1}\right), \qquad C^{-}_i = \max\left(0,\; (\mu_0 - K) - x_i + C^{-}_{i-1}\right), \qquad C^{\pm}_0 = 0
 * ```
 * with K = kσ and a signal when a sum exceeds H = hσ. k = 0.5 and h = 5 (the defaults) detect a
 * 1σ shift in about ten periods and give a false alarm about once in 465 in-control periods
 * (Montgomery, Table 9.3). The sums go on after a signal, as in Montgomery's tables.
 *
 * ## Variants
 * - {@link ewmaChart} catches the same shifts with a smoothed level.
 * - The shift began after period i − N, N the number of periods since the sum was last 0.
 *
 * @param values - One value per period, in time order (any iterable).
 * @param options - `baseline` (required: `{ points: k }`, `{ from, to }` with `periods` (the points whose period starts in that date range) or `{ centre, sigma }`), `periods`, `allowance` k and `decisionInterval` h, both in σ.
 * @returns The target, σ, K, H and each point with its two sums and signal.
 * @throws {@link MetricInputError} the common input checks; `OUT_OF_RANGE` for a baseline longer than the series, shorter than 2 points or without variation; `EMPTY` when a date range holds no point's period start; `INCONSISTENT` when `periods` does not give one key per point in time order.
 * @example
 * ```ts
 * import { cusumChart } from 'service-metrics';
 * // Montgomery's Example 9.1: target 10, σ 1, k 0.5, h 5; the mean moved to 11 after the 20th value.
 * const x = [9.45, 7.99, 9.29, 11.66, 12.16, 10.18, 8.04, 11.46, 9.2, 10.34, 9.03, 11.47, 10.51, 9.4, 10.08, 9.37, 10.62, 10.31, 8.52, 10.84,
 *   10.9, 9.33, 12.29, 11.5, 10.6, 11.08, 10.38, 11.62, 11.31, 10.52];
 * const chart = cusumChart(x, { baseline: { centre: 10, sigma: 1 } });
 * chart.points[28]!.upper; // => 5.28
 * chart.points.findIndex((point) => point.signal === 'up') + 1; // => 29
 * ```
 * @see Montgomery, D. C. (2019). *Introduction to Statistical Quality Control* (8th ed.), §9.1: the cumulative sum control chart (Example 9.1, Table 9.2). Wiley.
 * @see Page, E. S. (1954). Continuous inspection schemes. *Biometrika*, 41(1/2), 100–115. {@link https://doi.org/10.1093/biomet/41.1-2.100 | doi:10.1093/biomet/41.1-2.100}
 * @category Control charts
 */
export function cusumChart(values: Iterable<number>, options: CusumChartOptions): CusumChart {
  const metric = 'cusumChart';
  const x: number[] = [];
  for (const value of checkSample(metric, 'values', values)) x.push(checkFinite(metric, `values[${String(x.length)}]`, value));
  const object = checkOptions(metric, options, ['baseline', 'periods', 'allowance', 'decisionInterval']);
  const baseline = readBaseline(metric, object, x.length, ['centre', 'sigma']);
  const k = object['allowance'] === undefined ? 0.5 : checkNonNegative(metric, 'options.allowance', object['allowance']);
  const h = object['decisionInterval'] === undefined ? 5 : checkPositive(metric, 'options.decisionInterval', object['decisionInterval']);
  const { centre, sigma } = meanAndSigma(metric, baseline, x, Math.max(k, h));
  const allowance = k * sigma;
  const decisionInterval = h * sigma;
  let upper = 0;
  let lower = 0;
  const points = x.map((value, index) => {
    upper = Math.max(0, value - (centre + allowance) + upper);
    lower = Math.max(0, centre - allowance - value + lower);
    if (!Number.isFinite(upper + lower)) fail(metric, `values[${String(index)}]`, 'OUT_OF_RANGE', 'values whose cumulative sums are finite', value);
    return { value, upper, lower, signal: upper > decisionInterval ? ('up' as const) : lower > decisionInterval ? ('down' as const) : null };
  });
  return { centre, sigma, allowance, decisionInterval, ...baselineSpan(baseline), points };
}
