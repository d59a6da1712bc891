import { asMetric, renameField } from '../internal/summaries/npsCounts.js';
import { checkOptions } from '../internal/checks/validate.js';
import {
  mergeNevIntensitySummaries,
  nevIntensityFromSummary,
  nevIntensitySummary,
  type NevIntensityOptions,
  type NevIntensitySummary,
  type NevRating,
} from '../survey/nev.js';
import type { SegmentMetric } from '../internal/types/segments.js';

/**
 * Net emotional value from intensity ratings, in scale points, as a {@link SegmentMetric}: a
 * group's {@link NevIntensitySummary} is valued by {@link nevIntensityFromSummary}; its `answered`
 * is its number of rated emotions. No interval and no tests: the summary keeps each side's count
 * and sum, not their spread (groups show `interval: null`; {@link compareGroups} refuses it).
 *
 * @param options - The intensity scale.
 * @returns The metric descriptor.
 * @throws {@link MetricInputError} the common input checks on `options`; `INCONSISTENT` when
 * `options.scaleMax` ≤ `options.scaleMin`.
 *
 * @example
 * ```ts
 * import { groupBy, nevIntensityMetric } from 'service-metrics';
 *
 * const rows = [
 *   { store: 'north', rating: { emotion: 'trusting', intensity: 5 } },
 *   { store: 'north', rating: { emotion: 'pleased', intensity: 3 } },
 *   { store: 'north', rating: { emotion: 'stressed', intensity: 2 } },
 * ];
 * const [north] = groupBy(rows, { key: (row) => row.store, value: (row) => row.rating, metric: nevIntensityMetric() });
 * north?.value; // => 2
 * north?.interval; // => null
 * ```
 *
 * @see Shaw, C. (2007). *The DNA of Customer Experience: How Emotions Drive Value*. Palgrave
 * Macmillan.
 * @category Segments
 */
export function nevIntensityMetric(
  options?: NevIntensityOptions,
): SegmentMetric<NevRating | null | undefined, NevIntensitySummary> {
  const metric = 'nevIntensityMetric';
  checkOptions(metric, options, ['scaleMin', 'scaleMax']);
  asMetric(metric, () => nevIntensitySummary([], options)); // checks the scale now, not on the first group
  return {
    summarise: (values) => nevIntensitySummary(values, options),
    merge: mergeNevIntensitySummaries,
    answered: (summary) => {
      // A merge with the empty summary checks every field (errors renamed to this metric).
      const checked = asMetric(metric, () => mergeNevIntensitySummaries(summary, nevIntensitySummary([])), (field) =>
        renameField(field, 'a', 'summary'),
      );
      return checked.positiveCount + checked.negativeCount;
    },
    value: nevIntensityFromSummary,
  };
}
