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
 * Net emotional value from intensity ratings as a {@link SegmentMetric}, for {@link groupBy}
 * and {@link periodSeries}: each group is a {@link NevIntensitySummary}
 * ({@link nevIntensitySummary}, {@link mergeNevIntensitySummaries}), scored with
 * {@link nevIntensityFromSummary}, in scale points.
 *
 * It has no interval and no tests: the summary keeps the counts and sums of each side, not
 * their spread, so it cannot tell how precise a difference of two means is (groups show
 * `interval: null`, and {@link compareGroups} refuses it). A group's `answered` is its number
 * of rated emotions, positive and negative.
 *
 * @param options - The intensity scale.
 * @returns The metric descriptor.
 * @throws {@link MetricInputError} for bad options, as {@link nevIntensity} does.
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
