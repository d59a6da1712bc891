import { checkConfidenceLevel, checkMethod } from '../internal/confidence.js';
import { asMetric, checkNpsCounts, readNpsCounts } from '../internal/npsCounts.js';
import { npsVersusTarget } from '../internal/oneSampleTests.js';
import { checkOptions } from '../internal/validate.js';
import { compareNps, type NpsComparison, type NpsComparisonMethod } from '../stats/compareNps.js';
import type { ConfidenceOptions } from '../stats/ConfidenceInterval.js';
import { npsIntervalFromCounts, type NpsInterval } from '../stats/npsInterval.js';
import { mergeNpsSummaries, npsFromCounts, npsSummary, type NpsOptions, type NpsSummary } from '../survey/nps.js';
import type { Answer } from '../types.js';
import type { SegmentMetric } from './SegmentMetric.js';

/**
 * The options of {@link npsMetric}: the category breaks of {@link NpsOptions}, the confidence
 * level, and one method for the interval and the tests.
 *
 * @category Segments
 */
export interface NpsMetricOptions extends NpsOptions, ConfidenceOptions {
  /**
   * `"adjusted-wald"` (¾ promoter, 1½ passives, ¾ detractor added first; Rocks 2016) or
   * `"wald"`, for the interval ({@link npsIntervalFromCounts}), the comparison of two groups
   * ({@link compareNps}) and the test against a target.
   * @defaultValue "adjusted-wald"
   */
  readonly method?: NpsComparisonMethod;
}

const METHODS: readonly NpsComparisonMethod[] = ['adjusted-wald', 'wald'];

/**
 * Net Promoter Score as a {@link SegmentMetric}, for {@link groupBy}, {@link periodSeries} and
 * {@link compareGroups}: each group is summarised with {@link npsSummary}, merged with
 * {@link mergeNpsSummaries}, scored with {@link npsFromCounts} (−100…100) and given the
 * {@link npsIntervalFromCounts} interval.
 *
 * ## Tests
 * - Two groups: {@link compareNps}, the (adjusted) Wald test of the difference.
 * - Against a target T in −100…100: the same test with the target as a known constant,
 *   z = (NPS − T) / SE, SE = 100·√(((p + d) − (p − d)²)/n) on the (adjusted) shares; the
 *   interval of the difference is NPS ± z·SE − T, and it excludes 0 exactly when p < 1 − level.
 *
 * Values are 0–10 answers; `null` and `undefined` are "no answer", as in {@link nps}.
 *
 * @param options - Category breaks, confidence level, method.
 * @returns The metric descriptor.
 * @throws {@link MetricInputError} for bad options, as {@link nps} and {@link npsInterval} do.
 *
 * @example
 * ```ts
 * import { groupBy, npsMetric } from 'service-metrics';
 *
 * const rows = [
 *   { channel: 'chat', score: 10 },
 *   { channel: 'chat', score: 9 },
 *   { channel: 'phone', score: 3 },
 *   { channel: 'chat', score: 6 },
 * ];
 * const [chat] = groupBy(rows, { key: (row) => row.channel, value: (row) => row.score, metric: npsMetric() });
 * chat?.value; // => 33.33
 * chat?.summary; // => { promoters: 2, passives: 0, detractors: 1, unanswered: 0 }
 * chat?.interval?.method; // => 'adjusted-wald'
 * npsMetric({ confidenceLevel: 95 }); // => throws OUT_OF_RANGE
 * ```
 *
 * @see Rocks, B. (2016). Interval estimation for the "net promoter score". *The American
 * Statistician*, 70(4), 365–372.
 * @category Segments
 */
export function npsMetric(options?: NpsMetricOptions): SegmentMetric<Answer, NpsSummary, NpsInterval, NpsComparison> {
  const metric = 'npsMetric';
  const settings = checkOptions(metric, options, ['promotersFrom', 'detractorsUpTo', 'confidenceLevel', 'method']);
  const breaks: NpsOptions = {
    ...(settings['promotersFrom'] === undefined ? {} : { promotersFrom: settings['promotersFrom'] as number }),
    ...(settings['detractorsUpTo'] === undefined ? {} : { detractorsUpTo: settings['detractorsUpTo'] as number }),
  };
  asMetric(metric, () => npsSummary([], breaks)); // checks the breaks now, not on the first group
  const confidenceLevel = checkConfidenceLevel(metric, settings['confidenceLevel']);
  const method = checkMethod(metric, settings['method'], METHODS, 'adjusted-wald');
  const tests = { confidenceLevel, method };
  return {
    summarise: (values) => npsSummary(values, breaks),
    merge: mergeNpsSummaries,
    answered: (summary) => {
      const { promoters, passives, detractors } = readNpsCounts(metric, 'summary', summary);
      return promoters + passives + detractors;
    },
    value: npsFromCounts,
    interval: (summary) => npsIntervalFromCounts(summary, tests),
    compare: (a, b) => compareNps(a, b, tests),
    compareWithTarget: (summary, target) =>
      npsVersusTarget('compareWithTarget', checkNpsCounts('compareWithTarget', 'summary', summary), target, method, confidenceLevel),
  };
}
