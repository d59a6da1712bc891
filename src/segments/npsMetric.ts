import { checkConfidenceLevel, checkMethod } from '../internal/numeric/confidence.js';
import { asMetric, checkNpsCounts, readNpsCounts } from '../internal/summaries/npsCounts.js';
import { npsVersusTarget } from '../internal/numeric/oneSampleTests.js';
import { checkOptions } from '../internal/checks/validate.js';
import { compareNps, type NpsComparison, type NpsComparisonMethod } from '../stats/compareNps.js';
import type { ConfidenceOptions } from '../internal/types/statistics.js';
import { npsIntervalFromSummary, type NpsInterval, type NpsIntervalMethod } from '../stats/npsInterval.js';
import { mergeNpsSummaries, npsFromSummary, npsSummary, type NpsOptions, type NpsSummary } from '../survey/nps.js';
import type { Answer, SummaryCounts } from '../types.js';
import type { SegmentMetric } from '../internal/types/segments.js';

/** The options of {@link npsMetric}: the breaks of {@link NpsOptions}, the confidence level, the methods. @category Segments */
export interface NpsMetricOptions extends NpsOptions, NetScoreTestOptions {}

/** The confidence level and methods of {@link npsMetric}, {@link enpsMetric} and {@link nevMetric}. @category Segments */
export interface NetScoreTestOptions extends ConfidenceOptions {
  /**
   * The interval method, as in {@link npsInterval}: `"adjustedWald"` (¾ promoter, 1½ passives,
   * ¾ detractor added first; Rocks 2016), `"wald"` or `"score"`.
   *
   * @defaultValue "adjustedWald"
   */
  readonly method?: NpsIntervalMethod;
  /** The method of {@link compareNps} and the target test. @defaultValue `"wald"` if `method` is, else `"adjustedWald"` */
  readonly testMethod?: NpsComparisonMethod;
}

const INTERVAL_METHODS: readonly NpsIntervalMethod[] = ['adjustedWald', 'wald', 'score'];
const TEST_METHODS: readonly NpsComparisonMethod[] = ['adjustedWald', 'wald'];

/**
 * Net Promoter Score as a {@link SegmentMetric}: a group's {@link NpsSummary} is valued by
 * {@link npsFromSummary} (−100…100) with the {@link npsIntervalFromSummary} interval. Values are
 * 0–10 answers; `null` and `undefined` are "no answer", as in {@link nps}.
 *
 * ## Tests
 * Two groups: {@link compareNps}, the (adjusted) Wald test of the difference. Against a target T
 * (−100…100): z = (NPS − T) / SE, SE = 100·√(((p + d) − (p − d)²)/n) on the (adjusted) shares of
 * promoters p and detractors d; the interval of the difference is NPS ± z·SE − T.
 *
 * @param options - Category breaks, confidence level, methods.
 * @returns The metric descriptor.
 * @throws {@link MetricInputError} the common input checks on `options`; `INCONSISTENT` when
 * `options.detractorsUpTo` ≥ `options.promotersFrom`.
 *
 * @example
 * ```ts
 * import { groupBy, npsMetric } from 'service-metrics';
 *
 * const rows = [{ channel: 'chat', score: 10 }, { channel: 'chat', score: 9 }, { channel: 'phone', score: 3 }, { channel: 'chat', score: 6 }];
 * const [chat] = groupBy(rows, { key: (row) => row.channel, value: (row) => row.score, metric: npsMetric() });
 * chat?.value; // => 33.33
 * chat?.summary; // => { promoters: 2, passives: 0, detractors: 1, unanswered: 0 }
 * npsMetric({ method: 'score' }).interval?.(chat!.summary).method; // => 'score'
 * ```
 *
 * @see Rocks, B. (2016). Interval estimation for the "net promoter score". *The American
 * Statistician*, 70(4), 365–372.
 * @category Segments
 */
export function npsMetric(options?: NpsMetricOptions): SegmentMetric<Answer, NpsSummary, NpsInterval, NpsComparison> {
  return npsCountsMetric('npsMetric', options, npsFromSummary);
}

/** A descriptor over NPS counts, named `metric`, whose value is `valueOf` (NPS or eNPS). */
export function npsCountsMetric(
  metric: string,
  options: unknown,
  valueOf: (summary: NpsSummary) => number,
): SegmentMetric<Answer, NpsSummary, NpsInterval, NpsComparison> {
  const settings = checkOptions(metric, options, ['promotersFrom', 'detractorsUpTo', 'confidenceLevel', 'method', 'testMethod']);
  const breaks: NpsOptions = {
    ...(settings['promotersFrom'] === undefined ? {} : { promotersFrom: settings['promotersFrom'] as number }),
    ...(settings['detractorsUpTo'] === undefined ? {} : { detractorsUpTo: settings['detractorsUpTo'] as number }),
  };
  asMetric(metric, () => npsSummary([], breaks)); // checks the breaks now, not on the first group
  return {
    summarise: (values) => npsSummary(values, breaks),
    merge: mergeNpsSummaries,
    ...netScoreMembers(metric, settings, (summary) => summary, valueOf),
  };
}

/** A net-score descriptor's members but `summarise` and `merge`, over the NPS-shaped `counts(summary)`. */
export function netScoreMembers<Summary>(
  metric: string,
  settings: Readonly<Record<string, unknown>>,
  counts: (summary: Summary) => SummaryCounts<NpsSummary>,
  value: (summary: Summary) => number,
): Omit<SegmentMetric<never, Summary, NpsInterval, NpsComparison>, 'summarise' | 'merge'> {
  const confidenceLevel = checkConfidenceLevel(metric, settings['confidenceLevel']);
  const method = checkMethod(metric, settings['method'], INTERVAL_METHODS, 'adjustedWald');
  const testMethod = checkMethod(metric, settings['testMethod'], TEST_METHODS, method === 'wald' ? 'wald' : 'adjustedWald', 'options.testMethod');
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
