// Tests written to kill the mutants that survived a Stryker run on src/survey/nps.ts: each one
// checks something the other nps tests left open (the non-array path, error texts).
import { describe, expect, test } from 'vitest';
import { expectMetricError, iterate } from '../../test/helpers.js';
import { nps, npsSummary } from '../index.js';

describe('nps over a non-array iterable (the iterator path of countNps)', () => {
  test('counts each category and the unanswered rows of a generator', () => {
    // By hand: 10, 9 promote; 7 is passive; 0 detracts; null and undefined are unanswered.
    expect(npsSummary(iterate([10, null, 7, 0, undefined, 9]))).toStrictEqual({
      promoters: 2,
      passives: 1,
      detractors: 1,
      unanswered: 2,
    });
  });

  test('passes each row and its index 0, 1, 2… to the accessor', () => {
    const seen: [number, number][] = [];
    const summary = npsSummary(iterate([{ s: 3 }, { s: 8 }, { s: null }]), (row, index) => {
      seen.push([row.s ?? -1, index]);
      return row.s;
    });
    expect(seen).toEqual([
      [3, 0],
      [8, 1],
      [-1, 2],
    ]);
    expect(summary).toStrictEqual({
      promoters: 0,
      passives: 1,
      detractors: 1,
      unanswered: 1,
    });
  });

  test('names the index of a bad value after the first one', () => {
    expectMetricError(() => nps(iterate([10, 9, 11])), {
      metric: 'nps',
      code: 'OUT_OF_RANGE',
      field: 'scores[2]',
    });
    expectMetricError(() => nps(new Set([10, 9, 8, 7.5])), {
      metric: 'nps',
      code: 'NOT_INTEGER',
      field: 'scores[3]',
    });
    expectMetricError(() => nps(iterate([{ s: 1 }, { s: -1 }]), (row) => row.s), {
      metric: 'nps',
      code: 'OUT_OF_RANGE',
      field: 'scores[1]',
    });
  });

  test('reads a bigint score exactly, in an array and in a generator', () => {
    // 9n promotes, 3n detracts, 8n is passive: (1 − 1) / 3 = 0; 10n alone: +100.
    expect(npsSummary([9n, 3n, 8n] as never)).toStrictEqual({
      promoters: 1,
      passives: 1,
      detractors: 1,
      unanswered: 0,
    });
    expect(npsSummary(iterate([9n, 3n, 8n]) as never)).toStrictEqual({
      promoters: 1,
      passives: 1,
      detractors: 1,
      unanswered: 0,
    });
    expect(nps(iterate([10n]) as never)).toBe(100);
  });
});

describe('nps error texts', () => {
  test('INCONSISTENT breaks say which bound they must stay below', () => {
    const error = expectMetricError(() => nps([9], { promotersFrom: 6, detractorsUpTo: 7 }), {
      metric: 'nps',
      code: 'INCONSISTENT',
      field: 'options.detractorsUpTo',
    });
    expect(error.expected).toBe('below promotersFrom (6)');
    expect(error.received).toBe(7);
  });

  test('an out-of-range score names the 0–10 scale', () => {
    const error = expectMetricError(() => nps(iterate([12])), {
      metric: 'nps',
      code: 'OUT_OF_RANGE',
      field: 'scores[0]',
    });
    expect(error.message).toContain('must be an integer from 0 to 10');
  });
});

describe('nps over an array read through an accessor (the fast path checks each value)', () => {
  test('a score above 10, below 0 or fractional is an error, never silently dropped', () => {
    const rows = [{ s: 9 }, { s: 11 }];
    expectMetricError(() => nps(rows, (row) => row.s), {
      metric: 'nps',
      code: 'OUT_OF_RANGE',
      field: 'scores[1]',
    });
    expectMetricError(() => nps([{ s: 9 }, { s: 7.5 }], (row) => row.s), {
      metric: 'nps',
      code: 'NOT_INTEGER',
      field: 'scores[1]',
    });
    expectMetricError(() => nps([{ s: 9 }, { s: -1 }], (row) => row.s), {
      metric: 'nps',
      code: 'OUT_OF_RANGE',
      field: 'scores[1]',
    });
  });

  test('10 and 0 are counted through the accessor', () => {
    expect(npsSummary([{ s: 10 }, { s: 0 }, { s: 10 }], (row) => row.s)).toStrictEqual({
      promoters: 2,
      passives: 0,
      detractors: 1,
      unanswered: 0,
    });
  });
});
