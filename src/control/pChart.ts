import { readChartOptions } from '../internal/checks/controlChart.js';
import { checkSample } from '../internal/checks/sample.js';
import { checkCount, checkFinite, checkObject, fail } from '../internal/checks/validate.js';
import { runRuleSignals } from '../internal/numeric/runRules.js';
import type { ControlChart, ControlChartOptions } from '../internal/types/controlChart.js';
import type { FromWarehouse } from '../types.js';

/** One sample of a p-chart: how many of `size` contacts (answers, tickets) had the attribute. @category Control charts */
export interface ProportionSample {
  /** Contacts with the attribute (abandoned, resolved at first contact, satisfied): a whole number from 0 to `size`. */
  readonly count: number;
  /** Contacts in the sample: a whole number ≥ 1. */
  readonly size: number;
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
 * - Thousands of contacts a period make every limit narrow and flag most points (over-dispersion):
 *   Laney's p′-chart corrects for it (not yet in the library).
 * - The np-chart plots counts for a fixed size: the same chart scaled by n.
 *
 * @param samples - Each period's count and size, in time order (any iterable).
 * @param options - `baseline` (required): `{ points: k }` or `{ centre }` in %; `rules`: a named set (`'westernElectric'`, default; `'nelson'`; `'nhs'`) or a list.
 * @returns The centre line and each point with its limits and the rules that fire.
 * @throws {@link MetricInputError} the common input checks; `INCONSISTENT` when a count exceeds its size; `OUT_OF_RANGE` when the baseline is longer than the series or its centre is 0 or 100 (no variation to judge).
 * @example
 * ```ts
 * import { pChart } from 'service-metrics';
 * // Abandoned calls of five days; the limits from the first four.
 * const days = [{ count: 40, size: 800 }, { count: 52, size: 900 }, { count: 45, size: 850 }, { count: 38, size: 750 }, { count: 95, size: 820 }];
 * const chart = pChart(days, { baseline: { points: 4 } });
 * chart.centre; // => 5.3
 * chart.points[4]!.signals; // => ['beyondLimits']
 * ```
 * @see Montgomery, D. C. (2019). *Introduction to Statistical Quality Control* (8th ed.), §7.2: the control chart for fraction nonconforming. Wiley.
 * @see {@link https://www.itl.nist.gov/div898/handbook/pmc/section3/pmc332.htm | NIST/SEMATECH e-Handbook of Statistical Methods, §6.3.3.2: proportions control charts}
 * @category Control charts
 */
export function pChart(samples: Iterable<FromWarehouse<ProportionSample>>, options: ControlChartOptions<{ readonly centre: number }>): ControlChart {
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
  const { baseline, rules } = readChartOptions(metric, options, read.length, ['centre']);
  let centre: number;
  if (typeof baseline === 'number') {
    let count = 0;
    let size = 0;
    for (const sample of read.slice(0, baseline)) {
      count += sample.count;
      size += sample.size;
    }
    centre = (100 * count) / size;
  } else {
    centre = checkFinite(metric, 'options.baseline.centre', baseline['centre'], 'a percentage above 0 and below 100');
  }
  if (!(centre > 0 && centre < 100)) {
    fail(metric, typeof baseline === 'number' ? 'options.baseline.points' : 'options.baseline.centre', 'OUT_OF_RANGE', 'a baseline whose proportion is above 0 % and below 100 % (a chart needs variation to judge)', typeof baseline === 'number' ? baseline : baseline['centre']);
  }
  const values = read.map(({ count, size }) => (100 * count) / size);
  const sigmas = read.map(({ size }) => Math.sqrt((centre * (100 - centre)) / size));
  const signals = runRuleSignals(values, values.map((value, index) => (value - centre) / sigmas[index]!), rules);
  return {
    centre,
    baselinePoints: typeof baseline === 'number' ? baseline : null,
    rules,
    points: values.map((value, index) => ({
      value,
      centre,
      lower: Math.max(0, centre - 3 * sigmas[index]!),
      upper: Math.min(100, centre + 3 * sigmas[index]!),
      sigma: sigmas[index]!,
      signals: signals[index]!,
    })),
  };
}
