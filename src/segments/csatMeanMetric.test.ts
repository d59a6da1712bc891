import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { compareMeans, csatMean, csatMeanMetric, csatSummary, meanInterval, meanSummary } from '../index.js';

describe('csatMeanMetric', () => {
  test('the mean of the histogram, and the t interval of the answers themselves', () => {
    const metric = csatMeanMetric({ confidenceLevel: 0.9 });
    const scores = [5, 3, 4, 4, 2, 5, null];
    const summary = metric.summarise(scores);
    expect(metric.value(summary)).toBe(csatMean(scores)); // 23 / 6
    expect(metric.answered(summary)).toBe(6);
    // The interval from the histogram equals meanInterval's from the answers (Welford's pass over
    // the values: another route to the same count, mean and Σ (x − mean)² = 53/6 by hand).
    const fromValues = meanInterval(scores, { confidenceLevel: 0.9 });
    const fromHistogram = metric.interval?.(summary);
    expect(fromHistogram?.estimate).toBeCloseTo(fromValues.estimate, 14);
    expect(fromHistogram?.lower).toBeCloseTo(fromValues.lower, 13);
    expect(fromHistogram?.upper).toBeCloseTo(fromValues.upper, 13);
    const other = [2, 3, 3, 1];
    const welch = compareMeans(meanSummary(scores), meanSummary(other), { confidenceLevel: 0.9 });
    expect(metric.compare?.(summary, metric.summarise(other)).pValue).toBeCloseTo(welch.pValue, 14);
  });

  test("the doc example's billing queue, 5, 3 and 4: R's t.test(c(5, 3, 4)) interval", () => {
    // Mean 4, s = 1, t(0.975, 2) = 0.95/√0.04875 by its closed form: R prints 1.515862 … 6.484138.
    const metric = csatMeanMetric();
    const interval = metric.interval?.(metric.summarise([5, 3, 4]));
    const t2 = 0.95 / Math.sqrt(2 * 0.025 * 0.975);
    expect(interval?.lower).toBeCloseTo(1.515862, 6);
    expect(interval?.upper).toBeCloseTo(6.484138, 6);
    expect(interval?.upper).toBeCloseTo(4 + t2 / Math.sqrt(3), 12);
  });

  test('one answer: a mean, no interval (EMPTY)', () => {
    const metric = csatMeanMetric();
    const one = metric.summarise([4]);
    expect(metric.value(one)).toBe(4);
    expect(() => metric.interval?.(one)).toThrow(expect.objectContaining({ code: 'EMPTY' }) as Error);
  });

  test('errors', () => {
    const metric = 'csatMeanMetric';
    expectMetricError(() => csatMeanMetric({ scaleMin: 0, scaleMax: 200 }), { metric, field: 'options.scaleMax', code: 'OUT_OF_RANGE' });
    expectMetricError(() => csatMeanMetric({ confidenceLevel: 1 }), { metric, field: 'options.confidenceLevel', code: 'OUT_OF_RANGE' });
    expectMetricError(() => csatMeanMetric(null as never), { metric, field: 'options', code: 'WRONG_TYPE' });
    // A summary on another scale cannot be read with this metric.
    expect(() => csatMeanMetric().value(csatSummary([7], { scaleMax: 7 }))).toThrow(expect.objectContaining({ code: 'INCONSISTENT' }) as Error);
    // answered reads a summary it checks: never a TypeError from a malformed one.
    expectMetricError(() => csatMeanMetric().answered(null as never), { metric, field: 'summary', code: 'WRONG_TYPE' });
    expectMetricError(() => csatMeanMetric().answered({ ...csatSummary([5]), counts: 5 as never }), { metric, field: 'summary.counts', code: 'WRONG_TYPE' });
  });
});
