import { checkKey, checkSegmentMetric, mergeInto, nullIfEmpty } from '../internal/segments/grouping.js';
import { asMetric, renameField } from '../internal/summaries/npsCounts.js';
import { checkSample } from '../internal/checks/sample.js';
import { checkFinite, checkObject, fail } from '../internal/checks/validate.js';
import type { Comparison, ConfidenceInterval } from '../internal/types/statistics.js';
import type { GroupKey, KeyedSummary, SegmentMetric } from '../internal/types/segments.js';

/**
 * What each group is compared with:
 * - `"previous"`: the group before it in the list (in a {@link periodSeries}, the previous
 *   period; the first group has no comparison);
 * - `{ key }`: the group with that key, such as a baseline month or the whole team;
 * - `{ target }`: a fixed value in the metric's units, such as an NPS target of 40 or a CSAT
 *   target of 85 %.
 *
 * @category Segments
 */
export type Baseline<Key extends GroupKey> =
  | 'previous'
  | {
      /** The key of the baseline group. */
      readonly key: Key;
    }
  | {
      /** The target, in the metric's units (NPS points, percent, scale points, seconds). */
      readonly target: number;
    };

/**
 * How the p-values of many comparisons are adjusted:
 * - `"none"`: each comparison is tested on its own at the metric's level;
 * - `"bonferroni"`: each p-value is multiplied by the number of comparisons m (capped at 1);
 * - `"holm"`: Holm's step-down method: the i-th smallest p-value is multiplied by m − i + 1,
 *   and adjusted values are made non-decreasing. It keeps the same guarantee as Bonferroni
 *   (the chance of any false positive at most 1 − level) and is never less powerful.
 *
 * @category Segments
 */
export type MultipleComparisonAdjustment = 'none' | 'bonferroni' | 'holm';

/**
 * What {@link compareGroups} compares.
 *
 * @category Segments
 */
export interface CompareGroupsInput<
  Key extends GroupKey,
  Value,
  Summary,
  Interval extends ConfidenceInterval = ConfidenceInterval,
  Change extends Comparison = Comparison,
> {
  /** The metric of the groups, with its tests (`compare`, `compareWithTarget`), such as {@link npsMetric}. */
  readonly metric: SegmentMetric<Value, Summary, Interval, Change>;
  /** The baseline: `"previous"`, `{ key }` or `{ target }` (see {@link Baseline}). */
  readonly against: Baseline<Key>;
  /**
   * The adjustment of the p-values for the number of comparisons (see
   * {@link MultipleComparisonAdjustment}).
   * @defaultValue "none"
   */
  readonly adjustment?: MultipleComparisonAdjustment;
}

/**
 * One group compared with its baseline.
 *
 * @category Segments
 */
export interface GroupComparison<Key extends GroupKey, Change extends Comparison = Comparison> {
  /** The group's key. */
  readonly key: Key;
  /** The key of the group it is compared with, or `null` against a target or when there is none. */
  readonly baseline: Key | null;
  /**
   * The test of `group − baseline` (difference, its interval, p-value, method), or `null` when
   * there is nothing to compare: the baseline group itself, the first group against
   * `"previous"`, or a group or baseline without enough answers.
   */
  readonly comparison: Change | null;
  /** The p-value after the adjustment (equal to `comparison.pValue` with `"none"`), or `null`. */
  readonly adjustedPValue: number | null;
  /**
   * Whether the adjusted p-value is below 1 − the confidence level (below 0.05 at 95 %).
   * `false` when there is no comparison.
   */
  readonly significant: boolean;
}

const ADJUSTMENTS: readonly MultipleComparisonAdjustment[] = ['none', 'bonferroni', 'holm'];

/**
 * Compares each group — each period of a {@link periodSeries}, each segment of a
 * {@link groupBy} — with a baseline group, the previous group, or a fixed target, and says
 * whether the change is significant.
 *
 * ## The tests
 * The metric chooses them; the library's metrics reuse the statistics domain:
 * - {@link npsMetric}: {@link compareNps} (adjusted Wald by default) between groups; against a
 *   target, the same z test with the target as a known constant.
 * - {@link csatMetric}, {@link proportionMetric}: {@link compareProportions} (Newcombe's
 *   interval, pooled z test) between groups; against a target, the score test whose inversion
 *   is the Wilson interval.
 * - {@link csatMeanMetric}, {@link meanMetric}: {@link compareMeans} (Welch's t test) between
 *   groups; against a target, the one-sample t test.
 *
 * Each comparison says which test it used (`comparison.method`). `significant` is read from
 * the p-value; for NPS and means the interval of the difference excludes 0 exactly then, while
 * for proportions Newcombe's interval and the pooled test may disagree at the margin.
 *
 * ## Many comparisons
 * Every test has a 1 − level chance (5 % at 95 %) of calling a change significant when
 * nothing changed. Twelve months compared with the previous one are eleven tests: the chance
 * that at least one shows a false change is up to 1 − 0.95¹¹ ≈ 43 %. With `adjustment: "holm"`
 * (or `"bonferroni"`) the p-values are adjusted so that the chance of any false positive
 * among all the comparisons stays at most 5 %, at the cost of missing smaller real changes.
 * Intervals are not adjusted. Comparisons with `"previous"` share periods, so they are not
 * independent; both adjustments stay valid under any dependence.
 *
 * @param groups - Groups with a key and a summary, in order (a {@link periodSeries},
 * a {@link groupBy}); keys must be unique.
 * @param input - The metric, the baseline, and the adjustment.
 * @returns One comparison per group, in the groups' order.
 * @throws {@link MetricInputError} `UNKNOWN_VALUE` for a baseline that is not `"previous"`,
 * `{ key }` or `{ target }`, or a key not among the groups (`input.against.key`); `WRONG_TYPE` or
 * `NOT_FINITE` for a key that is not a string or a finite number (`groups[i].key`,
 * `input.against.key`), or a target that is not a finite number (`input.against.target`);
 * `INCONSISTENT` for a repeated key (`groups[i].key`); `WRONG_TYPE` when the metric has no test for
 * the baseline (`input.metric.compare`); `OUT_OF_RANGE` for a target outside the metric's range
 * (`input.against.target`); the metric's errors for a bad summary (`groups[i].summary…`), also one
 * that no comparison reads.
 *
 * @example
 * ```ts
 * import { compareGroups, npsMetric, periodSeriesFromSummaries } from 'service-metrics';
 *
 * const metric = npsMetric();
 * const months = periodSeriesFromSummaries(
 *   [
 *     { key: '2026-09', summary: { promoters: 260, passives: 150, detractors: 90, unanswered: 0 } },
 *     { key: '2026-10', summary: { promoters: 250, passives: 160, detractors: 90, unanswered: 0 } },
 *     { key: '2026-11', summary: { promoters: 210, passives: 160, detractors: 130, unanswered: 0 } },
 *   ],
 *   { period: 'month', metric },
 * );
 * const changes = compareGroups(months, { metric, against: 'previous', adjustment: 'holm' });
 * changes.map((change) => [change.key, change.comparison?.difference ?? null, change.significant]);
 * // => [['2026-09', null, false], ['2026-10', -2, false], ['2026-11', -16, true]]
 * compareGroups(months, { metric, against: { target: 30 } })[2]?.significant; // => true
 * ```
 *
 * @see Holm, S. (1979). A simple sequentially rejective multiple test procedure.
 * *Scandinavian Journal of Statistics*, 6(2), 65–70.
 * @see {@link https://stat.ethz.ch/R-manual/R-devel/library/stats/html/p.adjust.html | R: p.adjust} (the same Holm and Bonferroni adjustments)
 * @category Segments
 */
export function compareGroups<
  Key extends GroupKey,
  Value,
  Summary,
  Interval extends ConfidenceInterval = ConfidenceInterval,
  Change extends Comparison = Comparison,
>(
  groups: Iterable<KeyedSummary<Key, Summary>>,
  input: CompareGroupsInput<Key, Value, Summary, Interval, Change>,
): GroupComparison<Key, Change>[] {
  const metric = 'compareGroups';
  const object = checkObject(metric, 'input', input);
  const segment = checkSegmentMetric(metric, 'input.metric', object['metric']);
  const adjustment = checkAdjustment(metric, object['adjustment']);
  const empty = asMetric(metric, () => segment.summarise([]));
  const list: { key: GroupKey; summary: unknown }[] = [];
  const indexOf = new Map<GroupKey, number>();
  for (const entry of checkSample(metric, 'groups', groups)) {
    const field = `groups[${String(list.length)}]`;
    const group = checkObject(metric, field, entry);
    const key = checkKey(metric, `${field}.key`, group['key']);
    if (indexOf.has(key)) fail(metric, `${field}.key`, 'INCONSISTENT', 'a key not already used by another group', key);
    indexOf.set(key, list.length);
    // Every summary is checked, also one that no comparison reads (the first with 'previous').
    list.push({ key, summary: mergeInto(metric, segment, empty, group['summary'], `${field}.summary`) });
  }
  const baseline = readBaseline(metric, object['against'], indexOf);
  const compare = segment.compare;
  const compareWithTarget = segment.compareWithTarget;
  if (baseline.kind === 'target' && compareWithTarget === undefined) {
    fail(metric, 'input.metric.compareWithTarget', 'WRONG_TYPE', 'a function (summary, target) => comparison', undefined);
  }
  if (baseline.kind !== 'target' && compare === undefined) {
    fail(metric, 'input.metric.compare', 'WRONG_TYPE', 'a function (a, b) => comparison', undefined);
  }
  const results = list.map(({ key, summary }, index) => {
    let against: number | undefined;
    let comparison: Comparison | null = null;
    if (baseline.kind === 'target') {
      comparison = nullIfEmpty(metric, () => compareWithTarget!(summary, baseline.target), (field) =>
        field === 'target' ? 'input.against.target' : renameField(field, 'summary', `groups[${String(index)}].summary`),
      );
    } else {
      against = baseline.kind === 'previous' ? index - 1 : baseline.index;
      const other = list[against];
      if (against !== index && other !== undefined) {
        comparison = nullIfEmpty(metric, () => compare!(summary, other.summary), (field) =>
          renameField(renameField(field, 'a', `groups[${String(index)}].summary`), 'b', `groups[${String(against)}].summary`),
        );
      } else {
        against = undefined;
      }
    }
    return { key, baseline: against === undefined ? null : (list[against]?.key ?? null), comparison };
  });
  const adjusted = adjustPValues(
    results.map((result) => result.comparison?.pValue ?? null),
    adjustment,
  );
  return results.map((result, index) => {
    const adjustedPValue = adjusted[index] ?? null;
    const significant =
      result.comparison !== null && adjustedPValue !== null && adjustedPValue < 1 - result.comparison.confidenceLevel;
    return { ...result, adjustedPValue, significant } as GroupComparison<Key, Change>;
  });
}

type ReadBaseline = { kind: 'previous' } | { kind: 'key'; index: number } | { kind: 'target'; target: number };

function readBaseline(metric: string, value: unknown, indexOf: ReadonlyMap<GroupKey, number>): ReadBaseline {
  const expected = '"previous", { key } or { target }';
  if (value === 'previous') return { kind: 'previous' };
  if (typeof value !== 'object' || value === null) fail(metric, 'input.against', 'UNKNOWN_VALUE', expected, value);
  const object = value as Readonly<Record<string, unknown>>;
  if ('key' in object && !('target' in object)) {
    const key = checkKey(metric, 'input.against.key', object['key']);
    const index = indexOf.get(key);
    if (index === undefined) fail(metric, 'input.against.key', 'UNKNOWN_VALUE', 'the key of one of the groups', key);
    return { kind: 'key', index };
  }
  if ('target' in object && !('key' in object)) {
    return { kind: 'target', target: checkFinite(metric, 'input.against.target', object['target']) };
  }
  return fail(metric, 'input.against', 'UNKNOWN_VALUE', expected, value);
}

function checkAdjustment(metric: string, value: unknown): MultipleComparisonAdjustment {
  if (value === undefined) return 'none';
  const expected = '"none", "bonferroni" or "holm"';
  if (typeof value !== 'string') fail(metric, 'input.adjustment', 'WRONG_TYPE', expected, value);
  if (!(ADJUSTMENTS as readonly string[]).includes(value)) fail(metric, 'input.adjustment', 'UNKNOWN_VALUE', expected, value);
  return value as MultipleComparisonAdjustment;
}

/** Bonferroni or Holm adjusted p-values over the non-null ones (R's `p.adjust`). */
function adjustPValues(pValues: readonly (number | null)[], adjustment: MultipleComparisonAdjustment): (number | null)[] {
  const present = pValues.flatMap((p, index) => (p === null ? [] : [{ p, index }]));
  const m = present.length;
  const adjusted: (number | null)[] = pValues.map((p) => p);
  if (adjustment === 'none' || m === 0) return adjusted;
  if (adjustment === 'bonferroni') {
    for (const { p, index } of present) adjusted[index] = Math.min(1, m * p);
    return adjusted;
  }
  present.sort((x, y) => x.p - y.p || x.index - y.index);
  let running = 0;
  present.forEach(({ p, index }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[index] = running;
  });
  return adjusted;
}
