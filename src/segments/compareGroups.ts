import { checkBounds, checkKey, checkSegmentMetric, forGroup, mergeInto, nullIfEmpty, summariseFor } from '../internal/segments/grouping.js';
import { renameField } from '../internal/summaries/npsCounts.js';
import { checkSample } from '../internal/checks/sample.js';
import { checkFinite, checkObject, checkRequiredOptions, fail } from '../internal/checks/validate.js';
import type { Comparison, ConfidenceInterval } from '../internal/types/statistics.js';
import type { GroupKey, KeyedSummary, SegmentMetric } from '../internal/types/segments.js';

/**
 * What each group is compared with: `"previous"`, the group before it in the list (in a
 * {@link periodSeries}, the previous period; the first has no comparison); `{ key }`, the group
 * with that key (a baseline month, the whole team); `{ target }`, a fixed value in the metric's
 * units (an NPS target of 40, a CSAT target of 85 %).
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
 * How the p-values of m comparisons are adjusted: `"none"`, each tested on its own;
 * `"bonferroni"`, each p-value × m (capped at 1); `"holm"`, Holm's step-down method, the i-th
 * smallest × (m − i + 1), made non-decreasing: Bonferroni's guarantee (any false positive at
 * most 1 − level), never less powerful.
 *
 * @category Segments
 */
export type MultipleComparisonAdjustment = 'none' | 'bonferroni' | 'holm';

/** What {@link compareGroups} compares. @category Segments */
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
  /** The adjustment of the p-values for the number of comparisons. @defaultValue "none" */
  readonly adjustment?: MultipleComparisonAdjustment;
}

/** One group compared with its baseline. @category Segments */
export interface GroupComparison<Key extends GroupKey, Change extends Comparison = Comparison> {
  /** The group's key. */
  readonly key: Key;
  /** The key of the group it is compared with, or `null` against a target or when there is none. */
  readonly baseline: Key | null;
  /** The test of `group − baseline`, or `null`: the baseline itself, the first against `"previous"`, too few answers. */
  readonly comparison: Change | null;
  /** The p-value after the adjustment (equal to `comparison.pValue` with `"none"`), or `null`. */
  readonly adjustedPValue: number | null;
  /** Whether the adjusted p-value is below 1 − the confidence level; `false` without a comparison. */
  readonly significant: boolean;
}

const ADJUSTMENTS: readonly MultipleComparisonAdjustment[] = ['none', 'bonferroni', 'holm'];

/**
 * Compares each group (period of a {@link periodSeries}, segment of a {@link groupBy}) with a
 * baseline group, the previous group, or a fixed target, and says whether the change is significant.
 *
 * ## The tests
 * The metric's `compare` and `compareWithTarget` (each descriptor names its tests:
 * {@link npsMetric}, {@link proportionMetric}, {@link meanMetric}…); each comparison says which
 * it used (`comparison.method`). `significant` is read from the p-value; for NPS and means the
 * interval of the difference excludes 0 exactly then, while for proportions Newcombe's interval
 * and the pooled test may disagree at the margin.
 *
 * ## Many comparisons
 * Each test has a 1 − level chance (5 % at 95 %) of a false change: twelve months compared
 * with the previous are eleven tests, and the chance of at least one false change is up to
 * 1 − 0.95¹¹ ≈ 43 %. `adjustment: "holm"` (or `"bonferroni"`) keeps the chance of any false
 * positive at most 5 %, at the cost of missing smaller real changes; intervals are not
 * adjusted. Both adjustments stay valid under any dependence (comparisons with `"previous"`
 * share periods).
 *
 * @param groups - Groups with a key and a summary, in order (a {@link periodSeries},
 * a {@link groupBy}); keys must be unique.
 *
 * @param input - The metric, the baseline, and the adjustment.
 * @returns One comparison per group, in the groups' order.
 * @throws {@link MetricInputError} the common input checks on `input` and each key (`UNKNOWN_VALUE`
 * for an `input.against.key` not among the groups; `WRONG_TYPE` when the metric has no test for the
 * baseline); `INCONSISTENT` for a repeated key (`groups[i].key`); the metric's errors for a bad
 * summary (`groups[i].summary…`), also one that no comparison reads; a custom metric's bad
 * results (`input.metric.compare`…, see {@link SegmentMetric}).
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
  // A plain object whose every key is known: a typo (`minimumAnswer`) cannot leave a default in place.
  const object = checkRequiredOptions(metric, input, ['metric', 'against', 'adjustment'], 'input');
  const segment = checkSegmentMetric(metric, 'input.metric', object['metric']);
  const adjustment = checkAdjustment(metric, object['adjustment']);
  const empty = summariseFor(metric, segment, []);
  const list: { key: GroupKey; summary: unknown }[] = [];
  const indexOf = new Map<GroupKey, number>();
  for (const entry of checkSample(metric, 'groups', groups)) {
    const field = `groups[${String(list.length)}]`;
    const group = checkObject(metric, field, entry);
    const key = checkKey(metric, `${field}.key`, group['key']);
    if (indexOf.has(key)) fail(metric, `${field}.key`, 'INCONSISTENT', 'a key not already used by another group', key);
    indexOf.set(key, list.length);
    // Every summary is checked, also one that no comparison reads (the first with 'previous').
    list.push({ key, summary: mergeInto(metric, segment, empty, group['summary'], `${field}.summary`, key) });
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
    // Boxed, so that a test returning null is told from one throwing EMPTY.
    let tested: { of: Comparison } | null = null;
    if (baseline.kind === 'target') {
      tested = nullIfEmpty(metric, () => ({ of: compareWithTarget!(summary, baseline.target) }), (field) =>
        field === 'target' ? 'input.against.target' : renameField(field, 'summary', `groups[${String(index)}].summary`),
      );
    } else {
      against = baseline.kind === 'previous' ? index - 1 : baseline.index;
      const other = list[against];
      if (against !== index && other !== undefined) {
        tested = nullIfEmpty(metric, () => ({ of: compare!(summary, other.summary) }), (field) =>
          renameField(renameField(field, 'a', `groups[${String(index)}].summary`), 'b', `groups[${String(against)}].summary`),
        );
      } else {
        against = undefined;
      }
    }
    const member = baseline.kind === 'target' ? 'compareWithTarget' : 'compare';
    const comparison = tested === null ? null : checkComparison(metric, member, key, tested.of);
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

/**
 * What the metric's test returned: finite bounds with lower ≤ upper, a finite difference, a
 * p-value from 0 to 1 and a confidence level between 0 and 1, as `significant` reads them.
 */
function checkComparison(metric: string, member: string, key: GroupKey, comparison: Comparison): Comparison {
  checkBounds(metric, member, key, comparison);
  const field = `input.metric.${member}`;
  const result = `a function returning a comparison${forGroup(key)}`;
  checkFinite(metric, field, comparison.difference, `${result} (a finite difference)`);
  const pValue = checkFinite(metric, field, comparison.pValue, `${result} (a p-value from 0 to 1)`);
  if (pValue < 0 || pValue > 1) fail(metric, field, 'OUT_OF_RANGE', `${result} (a p-value from 0 to 1)`, pValue);
  const level = checkFinite(metric, field, comparison.confidenceLevel, `${result} (a confidence level)`);
  if (level <= 0 || level >= 1) fail(metric, field, 'OUT_OF_RANGE', `${result} (a confidence level between 0 and 1)`, level);
  return comparison;
}

type ReadBaseline = { kind: 'previous' } | { kind: 'key'; index: number } | { kind: 'target'; target: number };

function readBaseline(metric: string, value: unknown, indexOf: ReadonlyMap<GroupKey, number>): ReadBaseline {
  const expected = '"previous", { key } or { target }';
  if (value === 'previous') return { kind: 'previous' };
  if (typeof value !== 'object' || value === null) fail(metric, 'input.against', 'UNKNOWN_VALUE', expected, value);
  const object = value as Readonly<Record<string, unknown>>;
  const extra = Object.keys(object).find((name) => name !== 'key' && name !== 'target');
  if (extra !== undefined) fail(metric, `input.against.${extra}`, 'UNKNOWN_VALUE', 'a key of a baseline, key or target', extra);
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
