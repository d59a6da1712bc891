import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { compareProportions, csat, csatMetric, csatSummary, proportionIntervalFromSummary } from '../index.js';

describe('csatMetric', () => {
  test('CSAT on the scale and threshold given, with the Wilson interval of satisfied among answered', () => {
    const options = { scaleMax: 10, satisfiedFrom: 8 };
    const metric = csatMetric({ ...options, confidenceLevel: 0.9 });
    const scores = [10, 9, 8, 7, 3, null];
    const summary = metric.summarise(scores);
    // By hand: 3 of 5 answers are 8 or more → 60 %.
    expect(metric.value(summary)).toBe(60);
    expect(metric.value(summary)).toBe(csat(scores, options));
    expect(metric.answered(summary)).toBe(5);
    expect(metric.interval?.(summary)).toStrictEqual(proportionIntervalFromSummary({ successes: 3, trials: 5 }, { confidenceLevel: 0.9 }));
    const other = metric.summarise([10, 2]);
    expect(metric.compare?.(summary, other)).toStrictEqual(
      compareProportions({ successes: 3, trials: 5 }, { successes: 1, trials: 2 }, { confidenceLevel: 0.9 }),
    );
    expect(metric.compareWithTarget?.(summary, 60).pValue).toBe(1);
  });

  test('the default threshold is the top two boxes of the scale', () => {
    // 1–7: 6 and 7 are satisfied; 2 of 4 → 50 %.
    const metric = csatMetric({ scaleMax: 7 });
    expect(metric.value(metric.summarise([7, 6, 5, 1]))).toBe(50);
  });

  test('errors', () => {
    const metric = 'csatMetric';
    expectMetricError(() => csatMetric({ scaleMax: 7, satisfiedFrom: 8 }), { metric, field: 'options.satisfiedFrom', code: 'OUT_OF_RANGE' });
    expectMetricError(() => csatMetric({ scaleMin: 5, scaleMax: 5 }), { metric, field: 'options.scaleMax', code: 'INCONSISTENT' });
    expectMetricError(() => csatMetric({ confidenceLevel: 0 }), { metric, field: 'options.confidenceLevel', code: 'OUT_OF_RANGE' });
    expectMetricError(() => csatMetric('1-5' as never), { metric, field: 'options', code: 'WRONG_TYPE' });
    // A summary on another scale cannot be read with this metric.
    expect(() => csatMetric().interval?.(csatSummary([7], { scaleMax: 7 }))).toThrow(expect.objectContaining({ code: 'INCONSISTENT' }) as Error);
    // answered reads a summary it checks: never a TypeError from a malformed one.
    expectMetricError(() => csatMetric().answered({} as never), { metric, field: 'summary.scaleMin', code: 'WRONG_TYPE' });
    expectMetricError(() => csatMetric().answered({ ...csatSummary([5]), counts: [0, 0, 0, 0, -1] }), { metric, field: 'summary.counts[4]', code: 'NEGATIVE' });
  });
});
