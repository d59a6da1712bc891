// Tests written from a Stryker run on src/survey/: NEV label options and intensity summaries.
import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { nev, nevIntensityFromSummary } from '../index.js';

describe('nev labels', () => {
  test('a blank label is UNKNOWN_VALUE', () => {
    const error = expectMetricError(() => nev(['x'], { labels: { '  ': 'positive' } }), {
      metric: 'nev',
      code: 'UNKNOWN_VALUE',
      field: 'options.labels["  "]',
    });
    expect(error.expected).toBe('a label that is not blank');
  });

  test('a polarity that is not one of the three: the message lists them', () => {
    const m = 'nev';
    expect(
      expectMetricError(() => nev(['x'], { labels: { x: 'good' } as never }), {
        metric: m,
        code: 'UNKNOWN_VALUE',
      }).expected
    ).toBe('"positive", "neutral" or "negative"');
    expect(
      expectMetricError(() => nev(['x'], { labels: { x: 1 } as never }), {
        metric: m,
        code: 'WRONG_TYPE',
      }).expected
    ).toBe('"positive", "neutral" or "negative"');
  });
});

describe('nevIntensityFromSummary consistency', () => {
  test('a sum without a count is INCONSISTENT, on either side', () => {
    const metric = 'nevIntensityFromSummary';
    const neg = expectMetricError(
      () =>
        nevIntensityFromSummary({
          positiveCount: 1,
          positiveSum: 2,
          negativeCount: 0,
          negativeSum: -3,
        }),
      { metric, code: 'INCONSISTENT', field: 'summary.negativeSum' }
    );
    expect(neg.expected).toBe('0 when negativeCount is 0');
    const pos = expectMetricError(
      () =>
        nevIntensityFromSummary({
          positiveCount: 0,
          positiveSum: 2,
          negativeCount: 1,
          negativeSum: -3,
        }),
      { metric, code: 'INCONSISTENT', field: 'summary.positiveSum' }
    );
    expect(pos.expected).toBe('0 when positiveCount is 0');
  });
});
