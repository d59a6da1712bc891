// Tests written from a Stryker run on src/survey/: agent summary lists.
import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { agentRatings, agentRatingsFromSummary, mergeAgentRatingsSummaries } from '../index.js';

const summaryOf = (agent: string) => ({
  agent,
  count: 2,
  mean: 3,
  sumOfSquaredDeviations: 2,
  unanswered: 0,
});

describe('agent summary lists with holes', () => {
  test('a hole is WRONG_TYPE on its index, not skipped', () => {
    // Before: forEach skipped the hole and [, a] was read as [a].
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [, summaryOf('a')] as never;
    expectMetricError(() => agentRatingsFromSummary(sparse), {
      metric: 'agentRatingsFromSummary',
      code: 'WRONG_TYPE',
      field: 'summary[0]',
    });
    expectMetricError(() => mergeAgentRatingsSummaries([summaryOf('b')], sparse), {
      metric: 'mergeAgentRatingsSummaries',
      code: 'WRONG_TYPE',
      field: 'b[0]',
    });
  });

  test('a list without holes still reads every entry', () => {
    expect(agentRatingsFromSummary([summaryOf('b'), summaryOf('a')]).map((r) => r.agent)).toEqual(['a', 'b']);
  });
});

describe('agentRatings: ratings and agents', () => {
  interface Row {
    agent: unknown;
    rating: unknown;
  }
  const read = {
    agent: (row: Row) => row.agent as string,
    rating: (row: Row) => row.rating as number,
  };

  test('a bigint rating is read as the number it equals', () => {
    // ana: 4 and 2 → mean 3; the bigint 4n counts as 4.
    const [ana] = agentRatings(
      [
        { agent: 'ana', rating: 4n },
        { agent: 'ana', rating: 2 },
      ],
      read
    );
    expect(ana).toMatchObject({ agent: 'ana', count: 2, mean: 3 });
  });

  test('a bad rating is an error naming its index', () => {
    const rows: Row[] = [
      { agent: 'a', rating: 1 },
      { agent: 'a', rating: 2n ** 63n },
    ];
    expectMetricError(() => agentRatings(rows, read), {
      metric: 'agentRatings',
      code: 'OUT_OF_RANGE',
      field: 'ratings[1]',
    });
    const strings: Row[] = [
      { agent: 'a', rating: 1 },
      { agent: 'a', rating: '4' },
    ];
    expectMetricError(() => agentRatings(strings, read), {
      metric: 'agentRatings',
      code: 'WRONG_TYPE',
      field: 'ratings[1]',
    });
    const nan: Row[] = [{ agent: 'a', rating: Number.NaN }];
    expectMetricError(() => agentRatings(nan, read), {
      metric: 'agentRatings',
      code: 'NOT_FINITE',
      field: 'ratings[0]',
    });
  });

  test('agents come out in text order', () => {
    const rows: Row[] = ['c', 'a', 'b'].map((agent) => ({ agent, rating: 1 }));
    expect(agentRatings(rows, read).map((r) => r.agent)).toEqual(['a', 'b', 'c']);
    expect(agentRatingsFromSummary(['c', 'a', 'b'].map(summaryOf)).map((r) => r.agent)).toEqual(['a', 'b', 'c']);
  });

  test('error texts say what was expected', () => {
    const noAgent: Row[] = [{ agent: null, rating: 1 }];
    expect(
      expectMetricError(() => agentRatings(noAgent, read), {
        metric: 'agentRatings',
        code: 'WRONG_TYPE',
        field: 'agents[0]',
      }).expected
    ).toBe('an agent: a string or a finite number');
    expect(
      expectMetricError(() => agentRatings([], { agent: 1, rating: read.rating } as never), {
        metric: 'agentRatings',
        code: 'WRONG_TYPE',
        field: 'accessors.agent',
      }).expected
    ).toBe('a function (row, index) => value');
    const m = 'agentRatingsFromSummary';
    expect(
      expectMetricError(() => agentRatingsFromSummary({} as never), {
        metric: m,
        code: 'WRONG_TYPE',
        field: 'summary',
      }).expected
    ).toBe('an array of agent summaries');
    expect(
      expectMetricError(() => agentRatingsFromSummary([{ ...summaryOf('a'), agent: 1 }] as never), {
        metric: m,
        code: 'WRONG_TYPE',
        field: 'summary[0].agent',
      }).expected
    ).toBe('a string');
    expect(
      expectMetricError(() => agentRatingsFromSummary([summaryOf('a'), summaryOf('a')]), {
        metric: m,
        code: 'INCONSISTENT',
        field: 'summary[1].agent',
      }).expected
    ).toBe('an agent listed once');
  });
});
