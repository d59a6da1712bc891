/** The texts of errors in src/stats that no test read: a caller reads the message, so a changed or emptied text must fail a test. */
import { describe, test } from 'vitest';
import { expectErrorTexts } from '../../test/helpers.js';
import {
  approximatePercentile,
  approximatePercentileFromSummary,
  compareMeans,
  meanSummary,
  mergeApproximatePercentileSummaries,
  mergeMeanSummaries,
  npsSampleSize,
  proportionInterval,
  type ApproximatePercentileSummary,
} from '../index.js';

describe('approximatePercentile', () => {
  // Two values in bucket 10, none 0: a summary every check accepts.
  const valid: ApproximatePercentileSummary = { relativeAccuracy: 0.01, count: 2, zeroCount: 0, buckets: { '10': 2 }, minimum: 1.1, maximum: 1.2, unanswered: 0 };
  const read = (changes: Record<string, unknown>) => () => approximatePercentileFromSummary({ ...valid, ...changes }, { percentile: 50 });

  test('the texts of a summary that contradicts itself', () => {
    expectErrorTexts('approximatePercentileFromSummary', [
      [read({ buckets: [2] }), 'WRONG_TYPE', 'summary.buckets', 'a plain object of counts keyed by bucket index'],
      [read({ buckets: new Map([[10, 2]]) }), 'WRONG_TYPE', 'summary.buckets', 'a plain object of counts keyed by bucket index'],
      [read({ buckets: null }), 'WRONG_TYPE', 'summary.buckets', 'a plain object of counts keyed by bucket index'],
      [read({ buckets: { '1.5': 2 } }), 'UNKNOWN_VALUE', 'summary.buckets', 'bucket indexes written as integers ("-3", "0", "42")'],
      [read({ buckets: { '010': 2 } }), 'UNKNOWN_VALUE', 'summary.buckets', 'bucket indexes written as integers ("-3", "0", "42")'],
      // 3 values, 1 of them 0: the buckets must count 2, not 1.
      [read({ count: 3, zeroCount: 1, minimum: 0, buckets: { '10': 1 } }), 'INCONSISTENT', 'summary.buckets', 'counts that add up to count − zeroCount (2)'],
      [read({ minimum: 5, maximum: 3 }), 'INCONSISTENT', 'summary.maximum', 'at least minimum (5)'],
      [read({ count: 0, buckets: {}, minimum: 0, maximum: 4 }), 'INCONSISTENT', 'summary.maximum', 'minimum and maximum 0 when count is 0'],
      [read({ count: 0, buckets: {}, minimum: 2, maximum: 2 }), 'INCONSISTENT', 'summary.maximum', 'minimum and maximum 0 when count is 0'],
    ]);
    expectErrorTexts('mergeApproximatePercentileSummaries', [
      [
        () => mergeApproximatePercentileSummaries(valid, { ...valid, count: 5 }),
        'INCONSISTENT',
        'b.buckets',
        'counts that add up to count − zeroCount (5)',
      ],
    ]);
  });

  test('no value to read a percentile of', () => {
    expectErrorTexts('approximatePercentileFromSummary', [
      [read({ count: 0, buckets: {}, minimum: 0, maximum: 0 }), 'EMPTY', 'summary.count', 'at least one value'],
    ]);
    expectErrorTexts('approximatePercentile', [
      [() => approximatePercentile([], { percentile: 90 }), 'EMPTY', 'values', 'at least one value'],
      [() => approximatePercentile([null, undefined], { percentile: 90 }), 'EMPTY', 'values', 'at least one value'],
    ]);
  });
});

describe('compareMeans', () => {
  test('means so far apart that their difference overflows', () => {
    const summary = (mean: number) => ({ count: 2, mean, sumOfSquaredDeviations: 0, unanswered: 0 });
    // 1e308 − (−1e308) is 2e308: beyond the largest double.
    expectErrorTexts('compareMeans', [
      [() => compareMeans(summary(1e308), summary(-1e308)), 'OUT_OF_RANGE', 'b.mean', 'a mean close enough to a.mean that their difference is finite'],
    ]);
  });
});

describe('mergeMeanSummaries', () => {
  test('summaries whose merged spread overflows', () => {
    // One value each, 2e200 apart: Σ (x − mean)² of the two is 2e400.
    expectErrorTexts('mergeMeanSummaries', [
      [
        () => mergeMeanSummaries(meanSummary([1e200]), meanSummary([-1e200])),
        'OUT_OF_RANGE',
        'b',
        'a summary whose merge with a has a finite sumOfSquaredDeviations',
      ],
    ]);
  });
});

describe('npsSampleSize', () => {
  test('a mix with every share 0', () => {
    expectErrorTexts('npsSampleSize', [
      [
        () => npsSampleSize({ marginOfError: 5, mix: { promoters: 0, passives: 0, detractors: 0 } }),
        'EMPTY',
        'input.mix',
        'at least one share above 0',
      ],
    ]);
  });
});

describe('proportionInterval', () => {
  test('no yes and no no', () => {
    expectErrorTexts('proportionInterval', [
      [() => proportionInterval([]), 'EMPTY', 'values', 'at least one yes or no'],
      [() => proportionInterval([null, undefined]), 'EMPTY', 'values', 'at least one yes or no'],
    ]);
  });
});
