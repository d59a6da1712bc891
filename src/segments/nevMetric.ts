import { asMetric } from '../internal/summaries/npsCounts.js';
import { readNetScoreCounts } from '../internal/summaries/netScoreCounts.js';
import { checkOptions } from '../internal/checks/validate.js';
import type { NpsComparison } from '../stats/compareNps.js';
import type { NpsInterval } from '../stats/npsInterval.js';
import { mergeNevSummaries, nevFromSummary, nevSummary, type NevOptions, type NevResponse, type NevSummary } from '../survey/nev.js';
import type { NpsSummary } from '../survey/nps.js';
import type { SummaryCounts } from '../types.js';
import { netScoreMembers, type NetScoreTestOptions } from './npsMetric.js';
import type { SegmentMetric } from '../internal/types/segments.js';

/** The options of {@link nevMetric}: the labels of {@link NevOptions}, the confidence level, the methods. @category Segments */
export interface NevMetricOptions extends NevOptions, NetScoreTestOptions {}

/**
 * Net emotional value as a {@link SegmentMetric}: a group's {@link NevSummary} is valued by
 * {@link nevFromSummary} (−100…100). NEV is a net score of three categories, as NPS is (positive,
 * neutral, negative for promoters, passives, detractors), so its interval and tests are those of
 * {@link npsMetric} on those counts (Rocks 2016 studied them for any such trinomial score).
 *
 * @param options - Extra labels, confidence level, interval and test methods.
 * @returns The metric descriptor.
 * @throws {@link MetricInputError} the common input checks on `options`; `INCONSISTENT` for
 * `options.labels` that contradict each other.
 *
 * @example
 * ```ts
 * import { groupBy, nevMetric } from 'service-metrics';
 *
 * const rows = [{ store: 'north', felt: 'happy' }, { store: 'north', felt: 'stressed' }, { store: 'north', felt: 'cared for' }, { store: 'south', felt: 'neutral' }];
 * const [north] = groupBy(rows, { key: (row) => row.store, value: (row) => row.felt, metric: nevMetric() });
 * north?.value; // => 33.33
 * north?.summary; // => { positive: 2, neutral: 0, negative: 1, unanswered: 0 }
 * ```
 *
 * @see Shaw, C. (2007). *The DNA of Customer Experience: How Emotions Drive Value*. Palgrave
 * Macmillan.
 * @see Rocks, B. (2016). Interval estimation for the "net promoter score". *The American
 * Statistician*, 70(4), 365–372.
 * @category Segments
 */
export function nevMetric(options?: NevMetricOptions): SegmentMetric<NevResponse, NevSummary, NpsInterval, NpsComparison> {
  const metric = 'nevMetric';
  const settings = checkOptions(metric, options, ['labels', 'confidenceLevel', 'method', 'testMethod']);
  const labels: NevOptions = settings['labels'] === undefined ? {} : { labels: settings['labels'] as NevOptions['labels'] & object };
  asMetric(metric, () => nevSummary([], labels)); // checks the labels now, not on the first group
  const counts = (summary: NevSummary): SummaryCounts<NpsSummary> => {
    const { positive, neutral, negative } = readNetScoreCounts(metric, 'summary', summary, ['positive', 'neutral', 'negative']);
    return { promoters: positive, passives: neutral, detractors: negative };
  };
  return {
    summarise: (values) => nevSummary(values, labels),
    merge: mergeNevSummaries,
    ...netScoreMembers(metric, settings, counts, nevFromSummary),
  };
}
