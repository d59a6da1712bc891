import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { compareNps, npsInterval, npsIntervalFromSummary, npsMetric, npsSummary } from '../index.js';

describe('npsMetric', () => {
  test('is the NPS summary trio with its interval and tests, under the options given', () => {
    const metric = npsMetric({ promotersFrom: 8, method: 'wald', confidenceLevel: 0.9 });
    const a = metric.summarise([8, 8, 5, null]); // promoters from 8: 2 promoters, 1 detractor
    expect(a).toEqual({ promoters: 2, passives: 0, detractors: 1, unanswered: 1 });
    const b = metric.summarise([10, 7]);
    expect(metric.merge(a, b)).toEqual({ promoters: 3, passives: 1, detractors: 1, unanswered: 1 });
    expect(metric.answered(a)).toBe(3);
    expect(metric.value(a)).toBeCloseTo(100 / 3, 12); // 100 × (2 − 1) / 3
    expect(metric.interval?.(a)).toStrictEqual(npsIntervalFromSummary(a, { method: 'wald', confidenceLevel: 0.9 }));
    expect(metric.compare?.(a, b)).toStrictEqual(compareNps(a, b, { method: 'wald', confidenceLevel: 0.9 }));
    // Against a target: Wald z with SE 100·√(v/n), v = (2/3 + 1/3) − (1/3)² = 8/9, n = 3.
    const target = metric.compareWithTarget?.(a, 0);
    expect(target?.standardError).toBeCloseTo(100 * Math.sqrt(8 / 9 / 3), 12);
    expect(target?.difference).toBeCloseTo(100 / 3, 12);
    expect(target?.confidenceLevel).toBe(0.9);
  });

  test('offers every interval method of npsInterval; the tests use adjusted Wald unless told otherwise', () => {
    // 5 promoters, 3 passives, 2 detractors: the npsInterval doc example, an independent route
    // (npsInterval reads the scores, the descriptor a summary).
    const scores = [10, 10, 9, 9, 9, 8, 8, 7, 6, 3];
    for (const method of ['adjustedWald', 'wald', 'score'] as const) {
      const metric = npsMetric({ method, confidenceLevel: 0.9 });
      expect(metric.interval?.(metric.summarise(scores))).toStrictEqual(npsInterval(scores, { method, confidenceLevel: 0.9 }));
    }
    const a = npsSummary(scores);
    const b = npsSummary([9, 9, 3]);
    expect(npsMetric({ method: 'score' }).compare?.(a, b).method).toBe('adjustedWald');
    expect(npsMetric({ method: 'wald' }).compare?.(a, b).method).toBe('wald');
    expect(npsMetric({ method: 'score', testMethod: 'wald' }).compare?.(a, b)).toStrictEqual(compareNps(a, b, { method: 'wald' }));
    // Wald against a target of 0: SE = 100·√(((p + d) − (p − d)²)/n), p = 0.5, d = 0.2, n = 10:
    // v = 0.7 − 0.09 = 0.61.
    expect(npsMetric({ method: 'score', testMethod: 'wald' }).compareWithTarget?.(a, 0).standardError).toBeCloseTo(100 * Math.sqrt(0.061), 12);
  });

  test('an empty summary is EMPTY for value, interval and tests', () => {
    const metric = npsMetric();
    const empty = metric.summarise([null]);
    for (const run of [() => metric.value(empty), () => metric.interval?.(empty), () => metric.compareWithTarget?.(empty, 0)]) {
      expect(run).toThrow(expect.objectContaining({ code: 'EMPTY' }) as Error);
    }
    expect(() => metric.compare?.(empty, npsSummary([9]))).toThrow(expect.objectContaining({ code: 'EMPTY' }) as Error);
  });

  test('bad options are errors of npsMetric, at once', () => {
    const metric = 'npsMetric';
    expectMetricError(() => npsMetric({ promotersFrom: 11 }), { metric, field: 'options.promotersFrom', code: 'OUT_OF_RANGE' });
    expectMetricError(() => npsMetric({ promotersFrom: 6 }), { metric, field: 'options.detractorsUpTo', code: 'INCONSISTENT' });
    expectMetricError(() => npsMetric({ method: 'exact' as never }), { metric, field: 'options.method', code: 'UNKNOWN_VALUE' });
    expectMetricError(() => npsMetric({ testMethod: 'score' as never }), { metric, field: 'options.testMethod', code: 'UNKNOWN_VALUE' });
    expectMetricError(() => npsMetric({ confidenceLevel: 95 }), { metric, field: 'options.confidenceLevel', code: 'OUT_OF_RANGE' });
    expectMetricError(() => npsMetric(7 as never), { metric, field: 'options', code: 'WRONG_TYPE' });
    expectMetricError(() => npsMetric().compareWithTarget?.(npsSummary([9]), 101), { metric: 'compareWithTarget', field: 'target', code: 'OUT_OF_RANGE' });
  });

  test('answered checks the summary: never NaN from a malformed one', () => {
    const metric = 'npsMetric';
    expectMetricError(() => npsMetric().answered({} as never), { metric, field: 'summary.promoters', code: 'WRONG_TYPE' });
    expectMetricError(() => npsMetric().answered('7' as never), { metric, field: 'summary', code: 'WRONG_TYPE' });
    expectMetricError(() => npsMetric().answered({ promoters: 1, passives: -1, detractors: 0, unanswered: 0 }), {
      metric,
      field: 'summary.passives',
      code: 'NEGATIVE',
    });
  });
});
