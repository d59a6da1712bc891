// Tests written from a Stryker run on src/survey/: agent summary lists.
import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { agentRatingsFromSummary, mergeAgentRatingsSummaries } from '../index.js';

const summaryOf = (agent: string) => ({ agent, count: 2, mean: 3, sumOfSquaredDeviations: 2, unanswered: 0 });

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
