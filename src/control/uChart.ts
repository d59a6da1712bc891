import { baselineSpan, readLaney } from '../internal/checks/controlChart.js';
import { checkSample } from '../internal/checks/sample.js';
import { checkCount, checkFinite, checkObject, checkPositive, fail } from '../internal/checks/validate.js';
import { attributeChartPoints } from '../internal/numeric/controlLimits.js';
import { readChartOptions } from '../internal/segments/chartBaseline.js';
import type { ControlChart, ControlChartOptions } from '../internal/types/controlChart.js';
import type { FromWarehouse } from '../types.js';

/** One sample of a u-chart: events counted over an exposure. @category Control charts */
export interface RateSample {
  /** Events in the period (complaints, escalations): a whole number ≥ 0. */
  readonly count: number;
  /** The exposure they happened over, in the unit the rate is per (thousands of customers, hundreds of contacts): a number > 0. */
  readonly exposure: number;
}

/** Fixed values of a u-chart's baseline. @category Control charts */
export interface KnownRate {
  /** The known rate per unit of exposure, > 0. */
  readonly centre: number;
  /** Laney's σ_z, > 0: with `laney` only. */
  readonly sigmaZ?: number;
}

/** The options of {@link uChart}. @category Control charts */
export interface UChartOptions extends ControlChartOptions<KnownRate> {
  /**
   * Laney's u′-chart: widen each σ by σ_z, the spread of the baseline's standardised values, for
   * rates that vary from period to period by more than Poisson counting. With fixed values, give
   * `sigmaZ` beside `centre`.
   * @defaultValue false
   */
  readonly laney?: boolean;
}

/** A u-chart, from {@link uChart}. @category Control charts */
export interface UChart extends ControlChart {
  /** Laney's σ_z (1 is the plain u-chart), or null without `laney`. */
  readonly sigmaZ: number | null;
}

/**
 * A u-chart: events per unit of exposure in each period (complaints per 1,000 customers,
 * escalations per 100 contacts), against limits that widen when the exposure is small.
 *
 * ## Formula
 * ```math
 * u_i = \frac{c_i}{a_i}, \qquad \bar u = \frac{\sum_{b} c_b}{\sum_{b} a_b}, \qquad \sigma_i = \sqrt{\frac{\bar u}{a_i}}, \qquad \bar u \pm 3\sigma_i
 * ```
 * with c the count and a the exposure of each period and b the baseline's periods (Poisson
 * counts). The rate is per unit of `exposure`: give exposure in thousands of customers for a rate
 * per 1,000. The lower limit is clipped at 0. Run rules read z = (u − ū) / σ.
 *
 * ## Variants
 * - Fixed values: `baseline: { centre: 2.4 }` (a known rate per unit).
 * - `laney: true` is Laney's u′-chart: with large exposures every limit is narrow and most points
 *   fire, because periods differ by more than Poisson counting (over-dispersion). It standardises
 *   each rate, zᵢ = (uᵢ − ū)/σᵢ, takes σ_z = MR̄(z)/1.128 over the baseline (as an individuals
 *   chart does) and draws ū ± 3σᵢσ_z: a u-chart when σ_z = 1, an individuals chart of the rates
 *   when exposures are large.
 * - The c-chart is the u-chart with equal exposures.
 *
 * @param samples - Each period's count and exposure, in time order (any iterable).
 * @param options - `baseline` (required): `{ points: k }`, `{ from, to }` with `periods` (the points whose period starts in that date range) or `{ centre }` (and `sigmaZ` with `laney`); `rules`: a named set (`'westernElectric'`, default; `'nelson'`; `'nhs'`) or a list; `laney`.
 * @returns The centre line, σ_z with `laney`, and each point with its limits and the rules that fire.
 * @throws {@link MetricInputError} the common input checks; `OUT_OF_RANGE` when the baseline is longer than the series or its rate is 0, or (with `laney`) shorter than 2 points or its standardised values do not vary; `EMPTY` when a date range holds no point's period start; `INCONSISTENT` when `periods` does not give one key per point in time order.
 * @example
 * ```ts
 * import { uChart } from 'service-metrics';
 * // Complaints per 1,000 customers (exposure in thousands), limits from the first three months.
 * const months = [{ count: 25, exposure: 10 }, { count: 30, exposure: 12 }, { count: 20, exposure: 8 }, { count: 50, exposure: 11 }];
 * const chart = uChart(months, { baseline: { points: 3 } });
 * chart.centre; // => 2.5
 * chart.points[3]!.signals; // => ['beyondLimits']
 * ```
 * @see Laney, D. B. (2002). Improved control charts for attributes. *Quality Engineering*, 14(4), 531–537.
 * @see Montgomery, D. C. (2019). *Introduction to Statistical Quality Control* (8th ed.), §7.3: control charts for nonconformities (the u-chart). Wiley.
 * @see {@link https://www.itl.nist.gov/div898/handbook/pmc/section3/pmc331.htm | NIST/SEMATECH e-Handbook of Statistical Methods, §6.3.3.1: counts control charts}
 * @category Control charts
 */
export function uChart(samples: Iterable<FromWarehouse<RateSample>>, options: UChartOptions): UChart {
  const metric = 'uChart';
  const read: { count: number; exposure: number }[] = [];
  for (const sample of checkSample(metric, 'samples', samples)) {
    const field = `samples[${String(read.length)}]`;
    const object = checkObject(metric, field, sample);
    read.push({ count: checkCount(metric, `${field}.count`, object['count']), exposure: checkPositive(metric, `${field}.exposure`, object['exposure']) });
  }
  const { baseline, rules, options: object } = readChartOptions(metric, options, read.length, ['centre', 'sigmaZ'], ['laney']);
  const laney = readLaney(metric, object, baseline);
  let centre: number;
  if (baseline.kind === 'points') {
    let count = 0;
    let exposure = 0;
    for (const sample of read.slice(baseline.start, baseline.end)) {
      count += sample.count;
      exposure += sample.exposure;
    }
    centre = count / exposure;
  } else {
    centre = checkFinite(metric, 'options.baseline.centre', baseline.values['centre'], 'a rate above 0');
  }
  if (!(centre > 0 && Number.isFinite(centre))) {
    const expected = 'a baseline whose rate is above 0 (a chart needs variation to judge)';
    if (baseline.kind === 'points') fail(metric, baseline.field, 'OUT_OF_RANGE', expected, baseline.received);
    fail(metric, 'options.baseline.centre', 'OUT_OF_RANGE', expected, baseline.values['centre']);
  }
  const values = read.map(({ count, exposure }) => count / exposure);
  const poisson = read.map(({ exposure }) => Math.sqrt(centre / exposure));
  read.forEach(({ exposure }, index) => {
    if (!Number.isFinite(values[index]! + 3 * poisson[index]!)) fail(metric, `samples[${String(index)}].exposure`, 'OUT_OF_RANGE', 'an exposure large enough that the rate and its limits are finite', exposure);
  });
  const { sigmaZ, points } = attributeChartPoints(metric, baseline, laney, values, centre, poisson, rules, Infinity);
  return { centre, sigmaZ, ...baselineSpan(baseline), rules, points };
}
