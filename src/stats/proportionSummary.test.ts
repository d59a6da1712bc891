import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, iterate } from '../../test/helpers.js';
import {
  compareProportions,
  mergeProportionSummaries,
  proportion,
  proportionFromSummary,
  proportionIntervalFromSummary,
  proportionSummary,
  type ProportionSummary,
} from '../index.js';

describe('proportionSummary', () => {
  test('counts successes, trials and rows without an observation', () => {
    // By hand: true, 1 are successes; false, 0 failures; null, undefined unanswered.
    expect(proportionSummary([true, 1, false, 0, null, undefined, true])).toStrictEqual({ successes: 3, trials: 5, unanswered: 2 });
    expect(proportionSummary([])).toStrictEqual({ successes: 0, trials: 0, unanswered: 0 });
    // A flag from a DuckDB or Arrow integer column arrives as 1n / 0n.
    expect(proportionSummary([1n, 0n, 1n, null])).toStrictEqual({ successes: 2, trials: 3, unanswered: 1 });
  });

  test('reads rows through an accessor once each, from any iterable, without mutating them', () => {
    const calls: number[] = [];
    const rows = deepFreeze([{ fcr: true }, { fcr: false }, { fcr: null }]);
    const summary = proportionSummary(iterate(rows), (row, i) => {
      calls.push(i);
      return row.fcr;
    });
    expect(summary).toStrictEqual({ successes: 1, trials: 2, unanswered: 1 });
    expect(calls).toEqual([0, 1, 2]);
  });

  test('rejects values that are not yes/no observations, naming the row', () => {
    expectMetricError(() => proportionSummary([true, 'yes' as never]), { metric: 'proportionSummary', code: 'WRONG_TYPE', field: 'values[1]' });
    expectMetricError(() => proportionSummary([2 as never]), { metric: 'proportionSummary', code: 'OUT_OF_RANGE', field: 'values[0]' });
    expectMetricError(() => proportionSummary([2n as never]), { metric: 'proportionSummary', code: 'OUT_OF_RANGE', field: 'values[0]' });
    expectMetricError(() => proportionSummary([Number.NaN as never]), { metric: 'proportionSummary', code: 'NOT_FINITE', field: 'values[0]' });
    expectMetricError(() => proportionSummary([true], 'fcr' as never), { metric: 'proportionSummary', code: 'WRONG_TYPE', field: 'value' });
  });
});

describe('mergeProportionSummaries', () => {
  test('adds the counts; warehouse counts may leave out unanswered', () => {
    // By hand: 1 + 3 successes, 1 + 5 trials, 1 + 0 unanswered.
    expect(mergeProportionSummaries(proportionSummary([true, null]), { successes: 3, trials: 5 })).toStrictEqual({
      successes: 4,
      trials: 6,
      unanswered: 1,
    });
  });

  test('rejects contradictory summaries and merged counts past 2⁵³ − 1', () => {
    const metric = 'mergeProportionSummaries';
    expectMetricError(() => mergeProportionSummaries({ successes: 3, trials: 2 }, { successes: 0, trials: 0 }), { metric, code: 'INCONSISTENT', field: 'a.successes' });
    expectMetricError(() => mergeProportionSummaries({ successes: 0, trials: 0 }, { successes: 1, trials: 1.5 }), { metric, code: 'NOT_INTEGER', field: 'b.trials' });
    expectMetricError(() => mergeProportionSummaries({ successes: 0, trials: Number.MAX_SAFE_INTEGER }, { successes: 0, trials: 1 }), {
      metric,
      code: 'OUT_OF_RANGE',
      field: 'b.trials',
    });
  });
});

describe('proportionFromSummary and proportion', () => {
  test('give 100 × successes / trials', () => {
    // By hand: 18 / 24 = 0.75.
    expect(proportionFromSummary({ successes: 18, trials: 24 })).toBe(75);
    expect(proportionFromSummary({ successes: 0, trials: 7, unanswered: 2 })).toBe(0);
    // By hand: 2 successes of 3 observations.
    expect(proportion([true, true, false, null])).toBeCloseTo(200 / 3, 12);
    expect(proportion([{ agreed: true }, { agreed: false }], (row) => row.agreed)).toBe(50);
  });

  test('EMPTY without a trial, naming the summary field or the sample', () => {
    expectMetricError(() => proportionFromSummary({ successes: 0, trials: 0, unanswered: 4 }), { metric: 'proportionFromSummary', code: 'EMPTY', field: 'summary.trials' });
    expectMetricError(() => proportion([null, undefined]), { metric: 'proportion', code: 'EMPTY', field: 'values' });
    expectMetricError(() => proportion([3 as never]), { metric: 'proportion', code: 'OUT_OF_RANGE', field: 'values[0]' });
  });

  test('the one summary type feeds the interval and the comparison', () => {
    const summary = proportionSummary([true, true, false, true, null]);
    expect(proportionIntervalFromSummary(summary).estimate).toBe(75);
    expect(compareProportions(summary, { successes: 1, trials: 4 }).difference).toBe(50);
  });

  test('types', () => {
    expectTypeOf(proportionSummary([true])).toEqualTypeOf<Required<ProportionSummary>>();
    expectTypeOf(proportionFromSummary).parameter(0).toEqualTypeOf<ProportionSummary>();
    // @ts-expect-error a yes/no observation is a boolean, 0 or 1
    expectTypeOf(proportion).toBeCallableWith(['yes']);
  });
});
