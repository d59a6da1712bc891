import { baselineSpan, readLaney } from '../internal/checks/controlChart.js';
import { checkSample } from '../internal/checks/sample.js';
import { checkCount, checkFinite, checkObject, fail } from '../internal/checks/validate.js';
import { attributeChartPoints } from '../internal/numeric/controlLimits.js';
import { readChartOptions } from '../internal/segments/chartBaseline.js';
import type { ControlChart, ControlChartOptions } from '../internal/types/controlChart.js';
import type { FromWarehouse } from '../types.js';

/** One sample of a p-chart: how many of `size` contacts (answers, tickets) had the attribute. @category Control charts */
export interface ProportionSample {
  /** Contacts with the attribute (abandoned, resolved at first contact, satisfied): a whole number from 0 to `size`. */
  readonly count: number;
  /** Contacts in the sample: a whole number ≥ 1. */
  readonly size: number;
}

/** Fixed values of a p-chart's baseline. @category Control charts */
export interface KnownProportion {
  /** The known proportion, in %: above 0 and below 100. */
  readonly centre: number;
  /** Laney's σ_z, > 0: with `laney` only. */
  readonly sigmaZ?: number;
}

/** The options of {@link pChart}. @category Control charts */
export interface PChartOptions extends ControlChartOptions<KnownProportion> {
  /**
   * Laney's p′-chart: widen each σ by σ_z, the spread of the baseline's standardised values, for
   * the over-dispersion of large samples. With fixed values, give `sigmaZ` beside `centre`.
   * @defaultValue false
   */
  readonly laney?: boolean;
}

/** A p-chart, from {@link pChart}. @category Control charts */
export interface PChart extends ControlChart {
  /** Laney's σ_z (1 is the plain p-chart), or null without `laney`. */
  readonly sigmaZ: number | null;
}

/**
 * A p-chart: the proportion of each period's contacts with an attribute (abandonment, first-contact
 * resolution, CSAT top box, SLA achievement) against limits that widen for small periods.
 *
 * ## Formula
 * ```math
 * p_i = 100\,\frac{x_i}{n_i}, \qquad \bar p = 100\,\frac{\sum_{b} x_b}{\sum_{b} n_b}, \qquad \sigma_i = \sqrt{\frac{\bar p\,(100 - \bar p)}{n_i}}, \qquad \bar p \pm 3\sigma_i
 * ```
 * with x the count and n the size of each sample and b the baseline's samples. Values in %
 * (0–100); the lower limit is clipped at 0 and the upper at 100, where a proportion ends. Run
 * rules read z = (p − p̄) / σ, so zones follow each point's own limits.
 *
 * ## Variants
 * - Fixed values: `baseline: { centre: 12.5 }` (a known rate, in %).
 * - `laney: true` is Laney's p′-chart: with thousands of contacts a period, every limit is narrow
 *   and most points fire, because periods differ by more than sampling (over-dispersion). It
 *   standardises each value, zᵢ = (pᵢ − p̄)/σᵢ, takes σ_z = MR̄(z)/1.128 over the baseline (as
 *   an individuals chart does) and draws p̄ ± 3σᵢσ_z: a p-chart when σ_z = 1, an individuals
 *   chart of the proportions when samples are large.
 * - The np-chart plots counts for a fixed size: the same chart scaled by n.
 *
 * @param samples - Each period's count and size, in time order (any iterable).
 * @param options - `baseline` (required): `{ points: k }`, `{ from, to }` with `periods` (the points whose period starts in that date range) or `{ centre }` in % (and `sigmaZ` with `laney`); `rules`: a named set (`'westernElectric'`, default; `'nelson'`; `'nhs'`) or a list; `laney`.
 * @returns The centre line, σ_z with `laney`, and each point with its limits and the rules that fire.
 * @throws {@link MetricInputError} the common input checks; `INCONSISTENT` when a count exceeds its size; `OUT_OF_RANGE` when the baseline is longer than the series or its centre is 0 or 100 (no variation to judge); `EMPTY` when a date range holds no point's period start; `INCONSISTENT` when `periods` does not give one key per point in time order.
 * @example
 * ```ts
 * import { pChart } from 'service-metrics';
 * // Abandoned calls of five days; the limits from the first four.
 * const days = [{ count: 40, size: 800 }, { count: 52, size: 900 }, { count: 45, size: 850 }, { count: 38, size: 750 }, { count: 95, size: 820 }];
 * const chart = pChart(days, { baseline: { points: 4 } });
 * chart.centre; // => 5.3
 * chart.points[4]!.signals; // => ['beyondLimits']
 * ```
 * @see Laney, D. B. (2002). Improved control charts for attributes. *Quality Engineering*, 14(4), 531–537.
 * @see Montgomery, D. C. (2019). *Introduction to Statistical Quality Control* (8th ed.), §7.2: the control chart for fraction nonconforming. Wiley.
 * @see {@link https://www.itl.nist.gov/div898/handbook/pmc/section3/pmc332.htm | NIST/SEMATECH e-Handbook of Statistical Methods, §6.3.3.2: proportions control charts}
 * @category Control charts
 */
export function pChart(samples: Iterable<FromWarehouse<ProportionSample>>, options: PChartOptions): PChart {
  const metric = 'pChart';
  const read: { count: number; size: number }[] = [];
  for (const sample of checkSample(metric, 'samples', samples)) {
    const field = `samples[${String(read.length)}]`;
    const object = checkObject(metric, field, sample);
    const count = checkCount(metric, `${field}.count`, object['count']);
    const size = checkCount(metric, `${field}.size`, object['size']);
    if (size === 0) fail(metric, `${field}.size`, 'OUT_OF_RANGE', 'a whole number ≥ 1', object['size']);
    if (count > size) fail(metric, `${field}.count`, 'INCONSISTENT', `at most the size, ${String(size)}`, object['count']);
    read.push({ count, size });
  }
  const { baseline, rules, options: object } = readChartOptions(metric, options, read.length, ['centre', 'sigmaZ'], ['laney']);
  const laney = readLaney(metric, object, baseline);
  let centre: number;
  if (baseline.kind === 'points') {
    let count = 0;
    let size = 0;
    for (const sample of read.slice(baseline.start, baseline.end)) {
      count += sample.count;
      size += sample.size;
    }
    centre = (100 * count) / size;
  } else {
    centre = checkFinite(metric, 'options.baseline.centre', baseline.values['centre'], 'a percentage above 0 and below 100');
  }
  if (!(centre > 0 && centre < 100)) {
    const expected = 'a baseline whose proportion is above 0 % and below 100 % (a chart needs variation to judge)';
    if (baseline.kind === 'points') fail(metric, baseline.field, 'OUT_OF_RANGE', expected, baseline.received);
    fail(metric, 'options.baseline.centre', 'OUT_OF_RANGE', expected, baseline.values['centre']);
  }
  const values = read.map(({ count, size }) => (100 * count) / size);
  const binomial = read.map(({ size }) => Math.sqrt((centre * (100 - centre)) / size));
  const { sigmaZ, points } = attributeChartPoints(metric, baseline, laney, values, centre, binomial, rules, 100);
  return { centre, sigmaZ, ...baselineSpan(baseline), rules, points };
}
