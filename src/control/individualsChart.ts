import { baselineSpan } from '../internal/checks/controlChart.js';
import { checkSample } from '../internal/checks/sample.js';
import { checkFinite, fail } from '../internal/checks/validate.js';
import { meanAndSigma } from '../internal/numeric/controlLimits.js';
import { runRuleSignals } from '../internal/numeric/runRules.js';
import { readChartOptions } from '../internal/segments/chartBaseline.js';
import type { ControlChart, ControlChartOptions, KnownMeanAndSigma } from '../internal/types/controlChart.js';

/** An individuals chart with its moving ranges, from {@link individualsChart}. @category Control charts */
export interface IndividualsChart extends ControlChart {
  /** The mean moving range of the baseline, |xᵢ − xᵢ₋₁| averaged (null when fixed values were given). */
  readonly averageMovingRange: number | null;
  /** Each point's moving range |xᵢ − xᵢ₋₁| (null for the first). */
  readonly movingRanges: readonly (number | null)[];
  /** The upper limit of the moving-range chart, 3.267 × the average moving range (D₄ for n = 2; with fixed values, of 1.128σ). */
  readonly movingRangeUpper: number;
}

/**
 * An individuals (XmR) chart: one value per period (NPS, AHT, ASA, a weekly CSAT mean) against
 * limits from the typical change between consecutive periods.
 *
 * ## Formula
 * ```math
 * \bar x = \frac{1}{k}\sum_{i \le k} x_i, \qquad \overline{MR} = \frac{1}{k - 1}\sum_{1 < i \le k} |x_i - x_{i-1}|, \qquad \sigma = \frac{\overline{MR}}{1.128}, \qquad \bar x \pm 3\sigma = \bar x \pm 2.66\,\overline{MR}
 * ```
 * over the baseline's k points (1.128 is d₂ for ranges of two); the moving-range chart's upper
 * limit is 3.267 · MR̄ (D₄). The limits are not clipped: a value's own range is the caller's
 * (an NPS limit past 100 means the limit cannot be reached).
 *
 * ## Variants
 * - Fixed values: `baseline: { centre, sigma }` (a known mean and standard deviation).
 * - The σ of the whole series (standard deviation) would include the shifts the chart looks for:
 *   the moving range does not, which is why XmR uses it.
 *
 * @param values - One value per period, in time order (any iterable).
 * @param options - `baseline` (required): `{ points: k }` (k ≥ 2), `{ from, to }` with `periods` (the points whose period starts in that date range) or `{ centre, sigma }`; `rules`: a named set (`'westernElectric'`, default; `'nelson'`; `'nhs'`) or a list.
 * @returns The centre line, each point with its limits and signals, and the moving ranges.
 * @throws {@link MetricInputError} the common input checks; `OUT_OF_RANGE` when the baseline is longer than the series or shorter than 2 points, or its moving ranges are all 0; `EMPTY` when a date range holds no point's period start; `INCONSISTENT` when `periods` does not give one key per point in time order.
 * @example
 * ```ts
 * import { individualsChart } from 'service-metrics';
 * // Weekly average handle time in seconds; limits from the first six weeks.
 * const weeks = [300, 310, 305, 295, 300, 310, 360];
 * const chart = individualsChart(weeks, { baseline: { points: 6 } });
 * chart.centre; // => 303.33
 * chart.averageMovingRange; // => 8
 * chart.points[6]!.signals; // => ['beyondLimits']
 * ```
 * @see Wheeler, D. J. (2000). *Understanding Variation: The Key to Managing Chaos* (2nd ed.). SPC Press.
 * @see {@link https://www.itl.nist.gov/div898/handbook/pmc/section3/pmc322.htm | NIST/SEMATECH e-Handbook of Statistical Methods, §6.3.2.2: individuals control charts}
 * @category Control charts
 */
export function individualsChart(values: Iterable<number>, options: ControlChartOptions<KnownMeanAndSigma>): IndividualsChart {
  const metric = 'individualsChart';
  const x: number[] = [];
  for (const value of checkSample(metric, 'values', values)) x.push(checkFinite(metric, `values[${String(x.length)}]`, value));
  const { baseline, rules } = readChartOptions(metric, options, x.length, ['centre', 'sigma']);
  const movingRanges = x.map((value, index) => (index === 0 ? null : Math.abs(value - x[index - 1]!)));
  movingRanges.forEach((range, index) => {
    if (range === Infinity) fail(metric, `values[${String(index)}]`, 'OUT_OF_RANGE', 'a value whose difference from the one before is finite', x[index]);
  });
  const { centre, sigma, averageMovingRange } = meanAndSigma(metric, baseline, x, 3);
  const signals = runRuleSignals(x, x.map((value) => (value - centre) / sigma), rules);
  return {
    centre,
    ...baselineSpan(baseline),
    rules,
    points: x.map((value, index) => ({ value, centre, lower: centre - 3 * sigma, upper: centre + 3 * sigma, sigma, signals: signals[index]! })),
    averageMovingRange,
    movingRanges,
    movingRangeUpper: 3.267 * (averageMovingRange ?? 1.128 * sigma),
  };
}
