import { checkConfidenceLevel, checkMethod } from '../internal/numeric/confidence.js';
import { asMetric, checkNpsCounts, readNpsCounts } from '../internal/summaries/npsCounts.js';
import { npsVersusTarget } from '../internal/numeric/oneSampleTests.js';
import { checkOptions } from '../internal/checks/validate.js';
import { compareNps, type NpsComparison, type NpsComparisonMethod } from '../stats/compareNps.js';
import type { ConfidenceOptions } from '../internal/types/statistics.js';
import { npsIntervalFromSummary, type NpsInterval, type NpsIntervalMethod } from '../stats/npsInterval.js';
import { mergeNpsSummaries, npsFromSummary, npsSummary, type NpsCounts, type NpsOptions, type NpsSummary } from '../survey/nps.js';
import type { Answer } from '../types.js';
import type { SegmentMetric } from '../internal/types/segments.js';

/**
 * The options of {@link npsMetric}: the category breaks of {@link NpsOptions}, the confidence
 * level, and one method for the interval and the tests.
 *
 * @category Segments
 */
export interface NpsMetricOptions extends NpsOptions, NetScoreTestOptions {}

/**
 * The confidence level and methods of a net-score descriptor ({@link npsMetric},
 * {@link enpsMetric}, {@link nevMetric}).
 *
 * @category Segments
 */
export interface NetScoreTestOptions extends ConfidenceOptions {
  /**
   * The interval method, any of {@link npsInterval}'s: `"adjusted-wald"` (¾ promoter, 1½
   * passives, ¾ detractor added first; Rocks 2016), `"wald"` or `"score"`.
   * @defaultValue "adjusted-wald"
   */
  readonly method?: NpsIntervalMethod;
  /**
   * The method of the comparison of two groups ({@link compareNps}) and of the test against a
   * target: `"adjusted-wald"` or `"wald"` (there is no score test of two groups here).
   * @defaultValue `"wald"` when `method` is `"wald"`, otherwise `"adjusted-wald"`
   */
  readonly testMethod?: NpsComparisonMethod;
}

const INTERVAL_METHODS: readonly NpsIntervalMethod[] = ['adjusted-wald', 'wald', 'score'];
const TEST_METHODS: readonly NpsComparisonMethod[] = ['adjusted-wald', 'wald'];

/**
 * Net Promoter Score as a {@link SegmentMetric}, for {@link groupBy}, {@link periodSeries} and
 * {@link compareGroups}: each group is summarised with {@link npsSummary}, merged with
 * {@link mergeNpsSummaries}, scored with {@link npsFromSummary} (−100…100) and given the
 * {@link npsIntervalFromSummary} interval, with any of its methods.
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
 * npsMetric({ method: 'score' }).interval?.(chat!.summary).method; // => 'score'
 * npsMetric({ confidenceLevel: 95 }); // => throws OUT_OF_RANGE
 * ```
 *
 * @see Rocks, B. (2016). Interval estimation for the "net promoter score". *The American
 * Statistician*, 70(4), 365–372.
 * @category Segments
 */
export function npsMetric(options?: NpsMetricOptions): SegmentMetric<Answer, NpsSummary, NpsInterval, NpsComparison> {
  const metric = 'npsMetric';
  const settings = checkOptions(metric, options, ['promotersFrom', 'detractorsUpTo', 'confidenceLevel', 'method', 'testMethod']);
  const breaks: NpsOptions = {
    ...(settings['promotersFrom'] === undefined ? {} : { promotersFrom: settings['promotersFrom'] as number }),
    ...(settings['detractorsUpTo'] === undefined ? {} : { detractorsUpTo: settings['detractorsUpTo'] as number }),
  };
  asMetric(metric, () => npsSummary([], breaks)); // checks the breaks now, not on the first group
  return {
    summarise: (values) => npsSummary(values, breaks),
    merge: mergeNpsSummaries,
    ...netScoreMembers(metric, settings, (summary) => summary, npsFromSummary),
  };
}

/**
 * The members of a net-score descriptor other than `summarise` and `merge`: `answered`, `value`,
 * and the NPS interval and tests of the counts `counts(summary)` gives (promoters, passives,
 * detractors: for NEV, positive, neutral, negative).
 */
export function netScoreMembers<Summary>(
  metric: string,
  settings: Readonly<Record<string, unknown>>,
  counts: (summary: Summary) => NpsCounts,
  value: (summary: Summary) => number,
): Omit<SegmentMetric<never, Summary, NpsInterval, NpsComparison>, 'summarise' | 'merge'> {
  const confidenceLevel = checkConfidenceLevel(metric, settings['confidenceLevel']);
  const method = checkMethod(metric, settings['method'], INTERVAL_METHODS, 'adjusted-wald');
  const testMethod = checkMethod(metric, settings['testMethod'], TEST_METHODS, method === 'wald' ? 'wald' : 'adjusted-wald', 'options.testMethod');
  const tests = { confidenceLevel, method: testMethod };
  return {
    answered: (summary) => {
      const { promoters, passives, detractors } = readNpsCounts(metric, 'summary', counts(summary));
      return promoters + passives + detractors;
    },
    value,
    interval: (summary) => npsIntervalFromSummary(counts(summary), { confidenceLevel, method }),
    compare: (a, b) => compareNps(counts(a), counts(b), tests),
    compareWithTarget: (summary, target) =>
      npsVersusTarget(
        'compareWithTarget',
        checkNpsCounts('compareWithTarget', 'summary', counts(summary)),
        target,
        testMethod,
        confidenceLevel,
      ),
  };
}
