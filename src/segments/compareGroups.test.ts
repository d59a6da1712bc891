import { beforeEach, describe, expect, test } from 'vitest';
import { deepFreeze, expectMetricError } from '../../test/helpers.js';
import {
  compareGroups,
  compareNps,
  csatMeanMetric,
  csatSummary,
  groupBy,
  meanMetric,
  meanSummary,
  MetricInputError,
  npsMetric,
  proportionMetric,
  type Comparison,
  type NpsSummary,
  type SegmentMetric,
} from '../index.js';

const counts = (promoters: number, passives: number, detractors: number): NpsSummary => ({
  promoters,
  passives,
  detractors,
  unanswered: 0,
});

describe('compareGroups', () => {
  const quarters = deepFreeze([
    { key: '2026-Q2', summary: counts(260, 150, 90) }, // NPS 34
    { key: '2026-Q3', summary: counts(210, 160, 130) }, // NPS 16
    { key: '2026-Q4', summary: counts(0, 0, 0) }, // no answers
    { key: '2027-Q1', summary: counts(220, 160, 120) }, // NPS 20
  ]);

  test('against the previous group: the Wald test of compareNps, with its published value', () => {
    const changes = compareGroups(quarters, { metric: npsMetric({ method: 'wald' }), against: 'previous' });
    expect(changes.map((change) => [change.key, change.baseline])).toEqual([
      ['2026-Q2', null],
      ['2026-Q3', '2026-Q2'],
      ['2026-Q4', '2026-Q3'],
      ['2027-Q1', '2026-Q4'],
    ]);
    // compareNps.test.ts: R NPS nps_test's statistic, 16 vs 34 with 500 answers each, computed
    // with mpmath to 40 digits: p = 0.0002989164934030151, bounds −27.7558…, −8.2442….
    const third = changes[1]?.comparison;
    expect(third?.difference).toBeCloseTo(-18, 12);
    expect(third?.pValue).toBeCloseTo(0.0002989164934030151, 15);
    expect(third?.lower).toBeCloseTo(-27.755817943233545, 11);
    expect(changes[1]?.significant).toBe(true);
    // No answers in Q4: nothing to compare, for Q4 and for Q1 against it.
    expect(changes.map((change) => [change.comparison === null, change.significant, change.adjustedPValue === null])).toEqual([
      [true, false, true],
      [false, true, false],
      [true, false, true],
      [true, false, true],
    ]);
  });

  test('against a baseline key: each group is the test of group − baseline', () => {
    const metric = npsMetric();
    const changes = compareGroups(quarters, { metric, against: { key: '2026-Q2' } });
    expect(changes.map((change) => change.baseline)).toEqual([null, '2026-Q2', '2026-Q2', '2026-Q2']);
    expect(changes[0]?.comparison).toBeNull();
    expect(changes[3]?.comparison).toStrictEqual(compareNps(counts(220, 160, 120), counts(260, 150, 90)));
    expect(changes[3]?.adjustedPValue).toBe(changes[3]?.comparison?.pValue);
  });

  test("the doc example: monthly NPS against the month before, Holm-adjusted", () => {
    // Adjusted Wald (¾, 1½, ¾ added to each month), p = erfc(|Δ|/SE/√2), by mpmath at 30 digits:
    // October (250/160/90) − September (260/150/90): p = 0.6791869842522305; November
    // (210/160/130) − October: p = 0.001306807799188701. Holm with m = 2: 2 × 0.0013068… =
    // 0.0026136155983774024 for November, max(that, 0.6791869842522305) for October.
    const months = [
      { key: '2026-09', summary: counts(260, 150, 90) },
      { key: '2026-10', summary: counts(250, 160, 90) },
      { key: '2026-11', summary: counts(210, 160, 130) },
    ];
    const changes = compareGroups(months, { metric: npsMetric(), against: 'previous', adjustment: 'holm' });
    expect(changes.map((change) => change.comparison?.difference ?? null)).toEqual([null, -2, -16]);
    expect(changes[1]?.comparison?.pValue).toBeCloseTo(0.6791869842522305, 14);
    expect(changes[2]?.comparison?.pValue).toBeCloseTo(0.001306807799188701, 16);
    expect(changes[1]?.adjustedPValue).toBeCloseTo(0.6791869842522305, 14);
    expect(changes[2]?.adjustedPValue).toBeCloseTo(0.0026136155983774024, 16);
    expect(changes.map((change) => change.significant)).toEqual([false, false, true]);
    // November (NPS 16) against a target of 30, adjusted Wald: p = 9.2230099181012599e−5.
    const [, , november] = compareGroups(months, { metric: npsMetric(), against: { target: 30 } });
    expect(november?.comparison?.pValue).toBeCloseTo(9.22300991810126e-05, 17);
    expect(november?.significant).toBe(true);
  });

  test('NPS against a target', () => {
    // scipy 1.17.1 on P, Q, D = 210, 160, 130 (NPS 16) against 25: Wald SE = 100·√(v/n),
    // v = (0.42 + 0.26) − 0.16² = 0.6544 → 3.617734097470404; z = −9/SE;
    // p = 2·norm.sf(|z|) = 0.01285558636623689; 95 % bounds −16.090628536684513, −1.909371463315492.
    const [wald] = compareGroups([quarters[1]!], { metric: npsMetric({ method: 'wald' }), against: { target: 25 } });
    expect(wald?.baseline).toBeNull();
    expect(wald?.comparison).toMatchObject({ difference: -9, method: 'wald', confidenceLevel: 0.95 });
    expect(wald?.comparison?.standardError).toBeCloseTo(3.617734097470404, 12);
    expect(wald?.comparison?.pValue).toBeCloseTo(0.01285558636623689, 14);
    expect(wald?.comparison?.lower).toBeCloseTo(-16.090628536684513, 11);
    expect(wald?.comparison?.upper).toBeCloseTo(-1.909371463315492, 11);
    // Adjusted Wald (¾, 1½, ¾ added): scipy gives SE 3.6048092972712964, centre −9.095427435387677,
    // p = 0.01163131027267617; the difference shown is still the observed −9.
    const [adjusted] = compareGroups([quarters[1]!], { metric: npsMetric(), against: { target: 25 } });
    expect(adjusted?.comparison?.difference).toBe(-9);
    expect(adjusted?.comparison?.standardError).toBeCloseTo(3.6048092972712964, 12);
    expect(adjusted?.comparison?.pValue).toBeCloseTo(0.01163131027267617, 14);
    expect(adjusted?.comparison?.lower).toBeCloseTo(-9.095427435387677 - 1.959963984540054 * 3.6048092972712964, 10);
    expect(adjusted?.significant).toBe(true);
    expect(compareGroups([quarters[1]!], { metric: npsMetric({ confidenceLevel: 0.99 }), against: { target: 25 } })[0]?.significant).toBe(false);
  });

  test('NPS against a target: the bounds stay within −100 − target…100 − target', () => {
    // Five detractors (NPS −100) against 0, adjusted Wald: P, Q, D = ¾, 1½, 5¾ of n = 8;
    // centre = 100·(¾ − 5¾)/8 = −62.5, v = (¾ + 5¾)/8 − (5/8)² = 0.421875,
    // SE = 100·√(v/8) = 22.963966338592297, lower = −62.5 − 1.96·SE ≈ −107.5: clipped to −100.
    const rows = [0, 0, 0, 0, 0].map((score) => ({ key: 'team', score }));
    const [group] = groupBy(rows, { key: (row) => row.key, value: (row) => row.score, metric: npsMetric(), minimumAnswers: 1 });
    const [result] = compareGroups([group!], { metric: npsMetric(), against: { target: 0 } });
    expect(result?.comparison?.standardError).toBeCloseTo(22.963966338592297, 12);
    expect(result?.comparison?.lower).toBe(-100);
    expect(result?.comparison?.upper).toBeCloseTo(-62.5 + 1.959963984540054 * 22.963966338592297, 10);
  });

  test('a proportion against a target: the score test, whose inversion is the Wilson interval', () => {
    // 45 of 60 against 80 %: z = (0.75 − 0.8)/√(0.8·0.2/60) = −0.9682458365518553; scipy
    // 2·norm.sf(|z|) = 0.33292160806556537. Wilson 95 % interval (scipy binomtest(45, 60)
    // .proportion_ci(method="wilson")): 62.767929922952185 %, 84.22347746994333 %.
    const groups = [{ key: 'fcr', summary: { successes: 45, trials: 60, unanswered: 0 } }];
    const [result] = compareGroups(groups, { metric: proportionMetric(), against: { target: 80 } });
    expect(result?.comparison?.method).toBe('wilson');
    expect(result?.comparison?.difference).toBeCloseTo(-5, 12);
    expect(result?.comparison?.pValue).toBeCloseTo(0.33292160806556537, 14);
    expect(result?.comparison?.lower).toBeCloseTo(62.767929922952185 - 80, 11);
    expect(result?.comparison?.upper).toBeCloseTo(84.22347746994333 - 80, 11);
    // A target of 0 % or 100 %: no variance under the hypothesis; p is 1 when met, else 0.
    const all = [{ key: 'x', summary: { successes: 5, trials: 5, unanswered: 0 } }];
    expect(compareGroups(all, { metric: proportionMetric(), against: { target: 100 } })[0]?.comparison?.pValue).toBe(1);
    expect(compareGroups(all, { metric: proportionMetric(), against: { target: 0 } })[0]?.comparison?.pValue).toBe(0);
  });

  test('means against a target and each other: one-sample t and Welch, as scipy computes them', () => {
    // scipy.stats.ttest_1samp([300, 360, 420, 390, 330], 300): t = 2.8284271247461903,
    // p = 0.04742065558431961; confidence_interval(0.95) − 300 = 1.1027051556732772, 118.89729484432672.
    const handle = [{ key: 'north', summary: meanSummary([300, 360, 420, 390, 330]) }];
    const [t] = compareGroups(handle, { metric: meanMetric(), against: { target: 300 } });
    expect(t?.comparison?.method).toBe('t');
    expect(t?.comparison?.difference).toBeCloseTo(60, 10);
    expect(t?.comparison?.pValue).toBeCloseTo(0.04742065558431961, 13);
    expect(t?.comparison?.lower).toBeCloseTo(1.1027051556732772, 9);
    expect(t?.comparison?.upper).toBeCloseTo(118.89729484432672, 9);
    // CSAT means from histograms: ttest_1samp([5, 3, 4, 4, 2, 5], 3): p = 0.14123477317626154,
    // interval − 3 = −0.39350435837164044, 2.060171025038308; Welch ttest_ind([5, 3, 4, 4, 2, 5],
    // [2, 3, 3, 1], equal_var=False): p = 0.04935316000877937, df = 7.488550040818585.
    const ratings = [
      { key: 'b', summary: csatSummary([2, 3, 3, 1]) },
      { key: 'a', summary: csatSummary([5, 3, 4, 4, 2, 5]) },
    ];
    const [, target] = compareGroups(ratings, { metric: csatMeanMetric(), against: { target: 3 } });
    expect(target?.comparison?.pValue).toBeCloseTo(0.14123477317626154, 13);
    expect(target?.comparison?.lower).toBeCloseTo(-0.39350435837164044, 12);
    expect(target?.comparison?.upper).toBeCloseTo(2.060171025038308, 12);
    const [, welch] = compareGroups(ratings, { metric: csatMeanMetric(), against: 'previous' });
    expect(welch?.comparison?.method).toBe('welch');
    expect(welch?.comparison?.pValue).toBeCloseTo(0.04935316000877937, 13);
    expect((welch?.comparison as { degreesOfFreedom?: number } | null)?.degreesOfFreedom).toBeCloseTo(7.488550040818585, 11);
    // A mean of one value has no variance: no test, not an error.
    const one = compareGroups([{ key: 'x', summary: meanSummary([10]) }], { metric: meanMetric(), against: { target: 3 } });
    expect(one[0]?.comparison).toBeNull();
  });

  describe('many comparisons', () => {
    // A metric whose test returns fixed p-values, to check the adjustments by hand. Holm (1979)
    // and R's p.adjust: sort p ascending, multiply the i-th smallest by m − i + 1, cap at 1, and
    // carry the running maximum; Bonferroni multiplies each by m.
    const fixed: SegmentMetric<number, { p: number }> = {
      summarise: (values) => ({ p: values[0] ?? -1 }),
      merge: (a, b) => ({ p: Math.max(a.p, b.p) }),
      answered: () => 1,
      value: ({ p }) => p,
      compareWithTarget: ({ p }) => fixedTest(p),
      compare: ({ p }) => fixedTest(p),
    };
    /** A group whose summary is −1 has too few answers: `EMPTY`, as the library's tests say it. */
    function fixedTest(p: number): Comparison {
      if (p < 0) throw new MetricInputError({ metric: 'fixed', field: 'a', code: 'EMPTY', expected: 'p', received: p });
      return { difference: 0, lower: 0, upper: 0, pValue: p, confidenceLevel: 0.95, method: 'fixed' };
    }
    const groups = [0.01, 0.04, 0.03, -1, 0.2].map((p, i) => ({ key: i, summary: { p } }));

    test('Holm: 0.01, 0.04, 0.03, (none), 0.2 (m = 4) → 0.04, 0.09, 0.09, 0.2', () => {
      // Sorted: 0.01·4 = 0.04; 0.03·3 = 0.09; 0.04·2 = 0.08 → max(0.09, 0.08) = 0.09; 0.2·1 = 0.2.
      const result = compareGroups(groups, { metric: fixed, against: { target: 0 }, adjustment: 'holm' });
      const adjusted = result.map((change) => change.adjustedPValue);
      expect(adjusted[0]).toBeCloseTo(0.04, 15);
      expect(adjusted[1]).toBeCloseTo(0.09, 15);
      expect(adjusted[2]).toBeCloseTo(0.09, 15);
      expect(adjusted[3]).toBeNull();
      expect(adjusted[4]).toBeCloseTo(0.2, 15);
      expect(result.map((change) => change.significant)).toEqual([true, false, false, false, false]);
      expect(result.map((change) => change.comparison?.pValue ?? null)).toEqual([0.01, 0.04, 0.03, null, 0.2]);
    });

    test('Bonferroni multiplies by m and caps at 1; "none" keeps each p', () => {
      const bonferroni = compareGroups(groups, { metric: fixed, against: { target: 0 }, adjustment: 'bonferroni' });
      expect(bonferroni.map((change) => change.adjustedPValue)).toEqual([0.04, 0.16, 0.12, null, 0.8]);
      const none = compareGroups(groups, { metric: fixed, against: { target: 0 } });
      expect(none.map((change) => change.significant)).toEqual([true, true, true, false, false]);
    });

    test('comparisons that are undefined are left out of m', () => {
      // Against the group before: 0.04 (vs 0.01), 0.03, EMPTY (its own summary is −1), 0.2 → m = 3.
      const result = compareGroups(groups, { metric: fixed, against: 'previous', adjustment: 'bonferroni' });
      expect(result.map((change) => change.adjustedPValue)).toEqual([null, 0.12, 0.09, null, 0.6000000000000001]);
    });
  });

  test('groups from groupBy compare as they are', () => {
    const rows = [
      { agent: 'ana', resolved: true },
      { agent: 'ben', resolved: false },
      { agent: 'ana', resolved: true },
      { agent: 'ben', resolved: true },
    ];
    const metric = proportionMetric();
    const agents = groupBy(rows, { key: (row) => row.agent, value: (row) => row.resolved, metric });
    const [ana, ben] = compareGroups(agents, { metric, against: { key: 'ana' } });
    expect(ana?.comparison).toBeNull();
    expect(ben?.comparison?.difference).toBe(-50);
    expect(ben?.comparison?.method).toBe('newcombe');
  });

  describe('errors', () => {
    const metric = 'compareGroups';
    // Built before each test, not while vitest collects the tests (for mutation testing).
    let nps: ReturnType<typeof npsMetric>;
    beforeEach(() => {
      nps = npsMetric();
    });

    test('bad baseline', () => {
      for (const against of ['last', null, 3, {}, { key: 'a', target: 3 }]) {
        expectMetricError(() => compareGroups(quarters, { metric: nps, against: against as never }), {
          metric,
          field: 'input.against',
          code: 'UNKNOWN_VALUE',
        });
      }
      expectMetricError(() => compareGroups(quarters, { metric: nps, against: { key: '2025-Q4' } }), {
        metric,
        field: 'input.against.key',
        code: 'UNKNOWN_VALUE',
      });
      expectMetricError(() => compareGroups(quarters, { metric: nps, against: { key: undefined as never } }), {
        metric,
        field: 'input.against.key',
        code: 'WRONG_TYPE',
      });
      expectMetricError(() => compareGroups(quarters, { metric: nps, against: { target: Number.NaN } }), {
        metric,
        field: 'input.against.target',
        code: 'NOT_FINITE',
      });
      // An adjustment put inside the baseline by mistake would silently be "none".
      expectMetricError(() => compareGroups(quarters, { metric: nps, against: { target: 30, adjustment: 'holm' } as never }), {
        metric,
        field: 'input.against.adjustment',
        code: 'UNKNOWN_VALUE',
      });
      expectMetricError(() => compareGroups(quarters, { metric: nps, against: 'previous', adjusment: 'holm' } as never), {
        metric,
        field: 'input.adjusment',
        code: 'UNKNOWN_VALUE',
      });
      expectMetricError(() => compareGroups(quarters, { metric: nps, against: { target: 150 } }), {
        metric,
        field: 'input.against.target',
        code: 'OUT_OF_RANGE',
      });
      expectMetricError(
        () => compareGroups([{ key: 'x', summary: { successes: 1, trials: 2, unanswered: 0 } }], { metric: proportionMetric(), against: { target: 101 } }),
        { metric, field: 'input.against.target', code: 'OUT_OF_RANGE' },
      );
    });

    test('bad groups and options', () => {
      expectMetricError(() => compareGroups([...quarters, quarters[0]!], { metric: nps, against: 'previous' }), {
        metric,
        field: 'groups[4].key',
        code: 'INCONSISTENT',
      });
      expectMetricError(() => compareGroups([{ key: 'a', summary: counts(1, 0, 0) }, { key: 'b', summary: counts(1, 0, -2) }], { metric: nps, against: 'previous' }), {
        metric,
        field: 'groups[1].summary.detractors',
        code: 'NEGATIVE',
      });
      expectMetricError(() => compareGroups([{ key: 'a', summary: counts(1, 0, -2) }, { key: 'b', summary: counts(1, 0, 0) }], { metric: nps, against: 'previous' }), {
        metric,
        field: 'groups[0].summary.detractors',
        code: 'NEGATIVE',
      });
      // A summary that no comparison reads is checked too: the only group, or the first with 'previous'.
      expectMetricError(() => compareGroups([{ key: 'a', summary: 'garbage' as never }], { metric: nps, against: 'previous' }), {
        metric,
        field: 'groups[0].summary',
        code: 'WRONG_TYPE',
      });
      // compareProportions reads successes and trials only: unanswered is still a count.
      const proportions = [
        { key: 'a', summary: { successes: 1, trials: 2, unanswered: Number.NaN } },
        { key: 'b', summary: { successes: 1, trials: 2, unanswered: 0 } },
      ];
      expectMetricError(() => compareGroups(proportions, { metric: proportionMetric(), against: 'previous' }), {
        metric,
        field: 'groups[0].summary.unanswered',
        code: 'NOT_FINITE',
      });
      expectMetricError(() => compareGroups([{ key: 'a', summary: counts(1.5, 0, 0) }], { metric: nps, against: { target: 0 } }), {
        metric,
        field: 'groups[0].summary.promoters',
        code: 'NOT_INTEGER',
      });
      expectMetricError(() => compareGroups(quarters, { metric: nps, against: 'previous', adjustment: 'sidak' as never }), {
        metric,
        field: 'input.adjustment',
        code: 'UNKNOWN_VALUE',
      });
      const { summarise, merge, answered, value, interval, compare, compareWithTarget } = nps;
      const untestable = { summarise, merge, answered, value, interval: interval!, compareWithTarget: compareWithTarget! };
      expectMetricError(() => compareGroups(quarters, { metric: untestable, against: 'previous' }), {
        metric,
        field: 'input.metric.compare',
        code: 'WRONG_TYPE',
      });
      const noTarget = { summarise, merge, answered, value, interval: interval!, compare: compare! };
      expectMetricError(() => compareGroups(quarters, { metric: noTarget, against: { target: 30 } }), {
        metric,
        field: 'input.metric.compareWithTarget',
        code: 'WRONG_TYPE',
      });
      expectMetricError(() => compareGroups([null as never], { metric: nps, against: 'previous' }), { metric, field: 'groups[0]', code: 'WRONG_TYPE' });
      expectMetricError(() => compareGroups(quarters, undefined as never), { metric, field: 'input', code: 'WRONG_TYPE' });
    });

    test("a metric of one's own: its tests must return finite numbers, lower ≤ upper, p from 0 to 1", () => {
      const good: Comparison = { difference: 1, lower: 0, upper: 2, pValue: 0.04, confidenceLevel: 0.95, method: 'fixed' };
      const groups = [
        { key: 'q1', summary: { n: 1 } },
        { key: 'q2', summary: { n: 2 } },
      ];
      const withTest = (result: unknown): SegmentMetric<number, { n: number }> => ({
        summarise: () => ({ n: 0 }),
        merge: (a, b) => ({ n: a.n + b.n }),
        answered: ({ n }) => n,
        value: ({ n }) => n,
        compare: () => result as Comparison,
        compareWithTarget: () => result as Comparison,
      });
      expect(compareGroups(groups, { metric: withTest(good), against: 'previous' })[1]?.significant).toBe(true);
      for (const [result, code] of [
        [{ ...good, difference: Number.NaN }, 'NOT_FINITE'],
        [{ ...good, lower: Number.NEGATIVE_INFINITY }, 'NOT_FINITE'],
        [{ ...good, upper: '2' }, 'WRONG_TYPE'],
        [{ ...good, lower: 3 }, 'INCONSISTENT'],
        [{ ...good, pValue: Number.NaN }, 'NOT_FINITE'],
        [{ ...good, pValue: 1.5 }, 'OUT_OF_RANGE'],
        [{ ...good, confidenceLevel: 95 }, 'OUT_OF_RANGE'],
        [null, 'WRONG_TYPE'],
      ] as const) {
        const error = expectMetricError(() => compareGroups(groups, { metric: withTest(result), against: 'previous' }), {
          metric,
          field: 'input.metric.compare',
          code,
        });
        expect(error.message).toContain('for group "q2"');
        expectMetricError(() => compareGroups(groups, { metric: withTest(result), against: { target: 1 } }), {
          metric,
          field: 'input.metric.compareWithTarget',
          code,
        });
      }
      // The summaries it merges must be objects too.
      expectMetricError(() => compareGroups(groups, { metric: { ...withTest(good), merge: () => 0 as never }, against: 'previous' }), {
        metric,
        field: 'input.metric.merge',
        code: 'WRONG_TYPE',
      });
    });
  });
});
