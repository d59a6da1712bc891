import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, iterate, NOT_NUMBERS } from '../../test/helpers.js';
import {
  agentRatings,
  agentRatingsFromSummary,
  agentRatingsSummary,
  meanInterval,
  mergeAgentRatingsSummaries,
  type AgentRating,
  type AgentRatingsSummary,
} from '../index.js';

interface Row {
  readonly agent: string | number;
  readonly stars: number | null;
}

const read = { agent: (row: Row) => row.agent, rating: (row: Row) => row.stars };

const rows: readonly Row[] = [
  { agent: 'ana', stars: 5 },
  { agent: 'ben', stars: 3 },
  { agent: 'ana', stars: 4 },
  { agent: 'ben', stars: null },
  { agent: 'ana', stars: 3 },
];

describe('agentRatings', () => {
  test('mean and t interval per agent', () => {
    const [ana, ben] = agentRatings(rows, read, { minimumAnswers: 3 });
    // ana: 5, 4, 3: mean 4, s = 1. Independent computation: t(0.975, 2) has the closed form
    // (1 − 2q)/√(2q(1 − q)) at q = 0.025, 0.95/√0.04875 = 4.302652729749464 (R qt(0.975, 2) prints
    // 4.302653), half-width 4.302653 / √3 = 2.484138: R's t.test(c(5, 4, 3)) interval is
    // 1.515862 … 6.484138.
    expect(ana).toMatchObject({ agent: 'ana', count: 3, unanswered: 0, mean: 4, small: false });
    expect(ana?.interval?.lower).toBeCloseTo(1.515862, 6);
    expect(ana?.interval?.upper).toBeCloseTo(6.484138, 6);
    const t2 = 0.95 / Math.sqrt(2 * 0.025 * 0.975);
    expect(ana?.interval?.lower).toBeCloseTo(4 - t2 / Math.sqrt(3), 12);
    expect(ana?.interval?.upper).toBeCloseTo(4 + t2 / Math.sqrt(3), 12);
    expect(ana?.interval).toMatchObject({ estimate: 4, confidenceLevel: 0.95, method: 't' });
    // ben: one rating, one row without: no interval, flagged small.
    expect(ben).toStrictEqual({ agent: 'ben', count: 1, unanswered: 1, mean: 3, interval: null, small: true });
  });

  test("each agent's numbers are meanInterval of that agent's ratings alone", () => {
    const ana = agentRatings(rows, read, { confidenceLevel: 0.9 })[0];
    expect(ana?.interval).toStrictEqual(meanInterval([5, 4, 3], { confidenceLevel: 0.9 }));
  });

  test('flags agents under minimumAnswers, 30 by default', () => {
    const many = (agent: string, n: number): Row[] => Array.from({ length: n }, (_, i) => ({ agent, stars: 1 + (i % 5) }));
    const [a, b] = agentRatings([...many('a', 29), ...many('b', 30)], read);
    expect(a).toMatchObject({ count: 29, small: true });
    expect(b).toMatchObject({ count: 30, small: false });
    expect(agentRatings(many('a', 2), read, { minimumAnswers: 0 })[0]?.small).toBe(false);
  });

  test('an agent with no rating has no mean and no interval', () => {
    expect(agentRatings([{ agent: 'cy', stars: null }], read)).toStrictEqual([
      { agent: 'cy', count: 0, unanswered: 1, mean: null, interval: null, small: true },
    ]);
  });

  test('no rows, no agents', () => {
    expect(agentRatings([], read)).toStrictEqual([]);
    expect(agentRatingsSummary([], read)).toStrictEqual([]);
  });

  test('sorts agents by key in UTF-16 code-unit order, whatever the row order', () => {
    const keys = ['b', 'B', 'a', '10', '9', 'é', 'e'];
    const sorted = ['10', '9', 'B', 'a', 'b', 'e', 'é'];
    expect(agentRatings(keys.map((agent) => ({ agent, stars: 1 })), read).map((r) => r.agent)).toStrictEqual(sorted);
    expect(agentRatings([...keys].reverse().map((agent) => ({ agent, stars: 1 })), read).map((r) => r.agent)).toStrictEqual(sorted);
  });

  test('groups a numeric key with its text', () => {
    const result = agentRatings(
      [
        { agent: 7, stars: 4 },
        { agent: '7', stars: 2 },
        { agent: 12, stars: 5 },
      ],
      read,
    );
    expect(result.map((r) => [r.agent, r.count, r.mean])).toStrictEqual([
      ['12', 1, 5],
      ['7', 2, 3],
    ]);
  });

  test('reads each row once, agent first, in order, with its index; any iterable', () => {
    const calls: string[] = [];
    agentRatings(rows, {
      agent: (row, i) => {
        calls.push(`agent ${String(i)}`);
        return row.agent;
      },
      rating: (row, i) => {
        calls.push(`rating ${String(i)}`);
        return row.stars;
      },
    });
    expect(calls).toStrictEqual(rows.flatMap((_, i) => [`agent ${String(i)}`, `rating ${String(i)}`]));
    expect(agentRatings(iterate([...rows]), read)).toStrictEqual(agentRatings(rows, read));
    expect(agentRatings(new Set(rows), read)).toStrictEqual(agentRatings(rows, read));
  });

  test('ratings may be any finite numbers (QA scores 0–100, −2…2)', () => {
    const [team] = agentRatings(
      [
        { agent: 't', stars: -2 },
        { agent: 't', stars: 0.5 },
      ],
      read,
    );
    expect(team?.mean).toBe(-0.75);
  });

  test("ratings too far apart for an agent's Σ (x − mean)² are OUT_OF_RANGE, not Infinity", () => {
    // (1e308 − (−1e308))² overflows a double: Welford's sum of squared deviations is Infinity.
    const far: Row[] = [
      { agent: 'ana', stars: 4 },
      { agent: 'ben', stars: 1e308 },
      { agent: 'ben', stars: -1e308 },
    ];
    expectMetricError(() => agentRatingsSummary(far, read), { metric: 'agentRatingsSummary', code: 'OUT_OF_RANGE', field: 'ratings' });
    expectMetricError(() => agentRatings(far, read), { metric: 'agentRatings', code: 'OUT_OF_RANGE', field: 'ratings' });
  });

  test('does not mutate its input', () => {
    expect(() => agentRatings(deepFreeze([...rows]), deepFreeze({ ...read }), deepFreeze({ minimumAnswers: 2 }))).not.toThrow();
  });

  test('rejects bad rows, accessors, keys and ratings', () => {
    const metric = 'agentRatings';
    expectMetricError(() => agentRatings(5 as never, read), { metric, code: 'WRONG_TYPE', field: 'rows' });
    expectMetricError(() => agentRatings(rows, null as never), { metric, code: 'WRONG_TYPE', field: 'accessors' });
    expectMetricError(() => agentRatings(rows, { ...read, agent: 'agent' } as never), {
      metric,
      code: 'WRONG_TYPE',
      field: 'accessors.agent',
    });
    expectMetricError(() => agentRatings(rows, { agent: read.agent } as never), {
      metric,
      code: 'WRONG_TYPE',
      field: 'accessors.rating',
    });
    for (const [bad, code] of [
      [null, 'WRONG_TYPE'],
      [undefined, 'WRONG_TYPE'],
      [true, 'WRONG_TYPE'],
      [{}, 'WRONG_TYPE'],
      [Number.NaN, 'NOT_FINITE'],
      [Number.POSITIVE_INFINITY, 'NOT_FINITE'],
    ] as const) {
      expectMetricError(() => agentRatings([{ agent: 'a', stars: 1 }, { agent: bad as never, stars: 1 }], read), {
        metric,
        code,
        field: 'agents[1]',
      });
    }
    for (const [bad, code] of NOT_NUMBERS) {
      const error = expectMetricError(() => agentRatings([{ agent: 'a', stars: 1 }, { agent: 'a', stars: 2 }, { agent: 'b', stars: bad as never }], read), {
        metric,
        code,
        field: 'ratings[2]',
      });
      expect(error.received).toBe(bad);
    }
  });

  test('rejects bad options', () => {
    const metric = 'agentRatings';
    expectMetricError(() => agentRatings(rows, read, 'fast' as never), { metric, code: 'WRONG_TYPE', field: 'options' });
    expectMetricError(() => agentRatings(rows, read, { confidenceLevel: 95 }), {
      metric,
      code: 'OUT_OF_RANGE',
      field: 'options.confidenceLevel',
    });
    for (const [bad, code] of [[-1, 'NEGATIVE'], [2.5, 'NOT_INTEGER'], ...NOT_NUMBERS] as const) {
      expectMetricError(() => agentRatings(rows, read, { minimumAnswers: bad as number }), {
        metric,
        code,
        field: 'options.minimumAnswers',
      });
    }
  });

  test('types', () => {
    expectTypeOf(agentRatings<Row>).returns.toEqualTypeOf<AgentRating[]>();
    // @ts-expect-error the accessors come in one object
    expectTypeOf(agentRatings<Row>).toBeCallableWith(rows, read.agent, read.rating);
    expectTypeOf(agentRatingsSummary<Row>).returns.toEqualTypeOf<AgentRatingsSummary[]>();
  });
});

describe('agentRatingsSummary, mergeAgentRatingsSummaries, agentRatingsFromSummary', () => {
  test("each agent's summary is Welford's, as meanSummary gives it", () => {
    // ana 5, 4, 3: mean 4, Σ (x − 4)² = 1 + 0 + 1 = 2.
    expect(agentRatingsSummary(rows, read)).toStrictEqual([
      { agent: 'ana', count: 3, mean: 4, sumOfSquaredDeviations: 2, unanswered: 0 },
      { agent: 'ben', count: 1, mean: 3, sumOfSquaredDeviations: 0, unanswered: 1 },
    ]);
  });

  test('batch = summarise, then compute', () => {
    const options = { confidenceLevel: 0.8, minimumAnswers: 2 };
    expect(agentRatingsFromSummary(agentRatingsSummary(rows, read), options)).toStrictEqual(agentRatings(rows, read, options));
  });

  test('merges by agent, sorted', () => {
    const monday = agentRatingsSummary(rows.slice(0, 2), read);
    const tuesday = agentRatingsSummary([...rows.slice(2), { agent: 'al', stars: 2 }], read);
    const merged = mergeAgentRatingsSummaries(monday, tuesday);
    expect(merged.map((s) => s.agent)).toStrictEqual(['al', 'ana', 'ben']);
    expect(merged[1]).toStrictEqual({ agent: 'ana', count: 3, mean: 4, sumOfSquaredDeviations: 2, unanswered: 0 });
    expect(mergeAgentRatingsSummaries([], merged)).toStrictEqual(merged);
  });

  test('computes from a warehouse GROUP BY, in any order', () => {
    // 400 ratings, mean 4.3, STDDEV_SAMP 0.9. Independent computation: t(0.975, 399) =
    // 1.965927295920882 (scipy 1.17.1 stats.t.ppf), se = 0.9 / √400 = 0.045: 4.3 − 0.0884667 = 4.2115333.
    const [a, b] = agentRatingsFromSummary([
      { agent: 'team-b', count: 12, mean: 3.9, sumOfSquaredDeviations: 11 * 1.1 ** 2, unanswered: 0 },
      { agent: 'team-a', count: 400, mean: 4.3, sumOfSquaredDeviations: 399 * 0.9 ** 2, unanswered: 0 },
    ]);
    expect(a?.agent).toBe('team-a');
    expect(a?.interval?.lower).toBeCloseTo(4.2115333, 6);
    expect(a?.interval?.lower).toBeCloseTo(4.3 - 1.965927295920882 * 0.045, 12);
    expect(b).toMatchObject({ agent: 'team-b', small: true });
  });

  test('rejects malformed lists', () => {
    const good: AgentRatingsSummary = { agent: 'a', count: 2, mean: 3, sumOfSquaredDeviations: 2, unanswered: 0 };
    const cases: [unknown, string, string][] = [
      [{ length: 0 }, 'WRONG_TYPE', 'summary'],
      [[null], 'WRONG_TYPE', 'summary[0]'],
      [[{ ...good, agent: 7 }], 'WRONG_TYPE', 'summary[0].agent'],
      [[good, good], 'INCONSISTENT', 'summary[1].agent'],
      [[{ ...good, count: -1 }], 'NEGATIVE', 'summary[0].count'],
      [[{ ...good, mean: Number.NaN }], 'NOT_FINITE', 'summary[0].mean'],
      [[{ ...good, count: 0, mean: 3, sumOfSquaredDeviations: 0 }], 'INCONSISTENT', 'summary[0].mean'],
      [[{ ...good, count: 1 }], 'INCONSISTENT', 'summary[0].sumOfSquaredDeviations'],
      [[{ ...good, sumOfSquaredDeviations: -1 }], 'NEGATIVE', 'summary[0].sumOfSquaredDeviations'],
    ];
    for (const [list, code, field] of cases) {
      expectMetricError(() => agentRatingsFromSummary(list as never), { metric: 'agentRatingsFromSummary', code: code as never, field });
    }
    expectMetricError(() => mergeAgentRatingsSummaries([good], [good, good]), {
      metric: 'mergeAgentRatingsSummaries',
      code: 'INCONSISTENT',
      field: 'b[1].agent',
    });
    expectMetricError(() => mergeAgentRatingsSummaries(null as never, []), {
      metric: 'mergeAgentRatingsSummaries',
      code: 'WRONG_TYPE',
      field: 'a',
    });
    expectMetricError(() => agentRatingsFromSummary([good], { minimumAnswers: -3 }), {
      metric: 'agentRatingsFromSummary',
      code: 'NEGATIVE',
      field: 'options.minimumAnswers',
    });
    expectMetricError(() => agentRatingsSummary(rows, { agent: read.agent, rating: 1 } as never), {
      metric: 'agentRatingsSummary',
      code: 'WRONG_TYPE',
      field: 'accessors.rating',
    });
  });

  test('a merge that overflows is an error of mergeAgentRatingsSummaries, naming the entry of b', () => {
    const ana = (count: number, mean: number): AgentRatingsSummary => ({ agent: 'ana', count, mean, sumOfSquaredDeviations: count > 1 ? 1 : 0, unanswered: 0 });
    const ben: AgentRatingsSummary = { agent: 'ben', count: 1, mean: 3, sumOfSquaredDeviations: 0, unanswered: 0 };
    // Means 2e154 apart: the merged Σ (x − mean)² gains (2e154)² · 1 · 1 / 2 = 2e308, past the largest double.
    expectMetricError(() => mergeAgentRatingsSummaries([ana(1, -1e154)], [ben, ana(1, 1e154)]), {
      metric: 'mergeAgentRatingsSummaries',
      code: 'OUT_OF_RANGE',
      field: 'b[1]',
    });
    // (2⁵³ − 1) + 1 ratings cannot be counted one by one in a double.
    expectMetricError(() => mergeAgentRatingsSummaries([ana(Number.MAX_SAFE_INTEGER, 4)], [ben, ana(1, 4)]), {
      metric: 'mergeAgentRatingsSummaries',
      code: 'OUT_OF_RANGE',
      field: 'b[1].count',
    });
  });

  test('does not mutate summaries', () => {
    const a = deepFreeze(agentRatingsSummary(rows, read));
    const b = deepFreeze(agentRatingsSummary([{ agent: 'ana', stars: 1 }], read));
    expect(() => agentRatingsFromSummary(mergeAgentRatingsSummaries(a, b))).not.toThrow();
  });
});
