import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { meanIntervalFromSummary, meanMetric, meanSummary } from '../index.js';

describe('meanMetric', () => {
  test('the mean of a MeanSummary, with the t interval', () => {
    const metric = meanMetric({ confidenceLevel: 0.8 });
    const summary = metric.summarise([300, 420, null, 360]);
    expect(summary).toStrictEqual(meanSummary([300, 420, null, 360]));
    expect(metric.value(summary)).toBe(360); // (300 + 420 + 360) / 3
    expect(metric.answered(summary)).toBe(3);
    expect(metric.interval?.(summary)).toStrictEqual(meanIntervalFromSummary(summary, { confidenceLevel: 0.8 }));
  });

  test('no value is EMPTY; a bad summary is an error', () => {
    const metric = meanMetric();
    expect(() => metric.value(metric.summarise([null]))).toThrow(expect.objectContaining({ code: 'EMPTY' }) as Error);
    expectMetricError(() => metric.value({ count: 2, mean: Number.NaN, sumOfSquaredDeviations: 0, unanswered: 0 }), {
      metric: 'meanMetric',
      field: 'summary.mean',
      code: 'NOT_FINITE',
    });
    // answered checks the summary too: never undefined or NaN.
    expectMetricError(() => metric.answered({} as never), { metric: 'meanMetric', field: 'summary.count', code: 'WRONG_TYPE' });
    expectMetricError(() => metric.answered({ count: Number.NaN, mean: 0, sumOfSquaredDeviations: 0, unanswered: 0 }), {
      metric: 'meanMetric',
      field: 'summary.count',
      code: 'NOT_FINITE',
    });
    expectMetricError(() => meanMetric({ confidenceLevel: -0.5 }), { metric: 'meanMetric', field: 'options.confidenceLevel', code: 'OUT_OF_RANGE' });
  });
});
