import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { meanInterval, meanIntervalFromSummary, meanSummary } from '../index.js';

/** The paired differences of R's `sleep` data (extra[group 1] − extra[group 2]). */
const SLEEP_DIFFERENCES = [-1.2, -2.4, -1.3, -1.3, 0, -1, -1.8, -0.8, -4.6, -1.4];

describe('meanInterval', () => {
  test("agrees with R's t.test on the sleep data", () => {
    // R: t.test(x - y) for the sleep data prints
    // 95 percent confidence interval: -2.4598858 -0.7001142; mean of x: -1.58.
    const interval = meanInterval(SLEEP_DIFFERENCES);
    expect(interval.estimate).toBeCloseTo(-1.58, 14);
    expect(interval.lower).toBeCloseTo(-2.4598858, 7);
    expect(interval.upper).toBeCloseTo(-0.7001142, 7);
    expect(interval.method).toBe('t');
  });

  test('is mean ± t·s/√n, with s and t computed independently', () => {
    // By hand: [4, 5, 3] has mean 4 and s = 1; t(0.95; 2) = 0.9/√0.095 = 2.919985580353725,
    // the closed form (1 − 2q)/√(2q(1 − q)) at q = 0.05 (R: qt(0.95, 2)).
    const interval = meanInterval([4, 5, 3], { confidenceLevel: 0.9 });
    expect(interval.upper - 4).toBeCloseTo(2.919985580353725 / Math.sqrt(3), 12);
    expect(4 - interval.lower).toBeCloseTo(2.919985580353725 / Math.sqrt(3), 12);
  });

  test('from a warehouse summary: COUNT, AVG, STDDEV_SAMP', () => {
    // 400 values, mean 312, s = 95: SE = 95/√400 = 4.75; t(0.975; 399) = 1.965927295920882
    // (mpmath, root of the incomplete-beta tail at 40 digits).
    const interval = meanIntervalFromSummary({ count: 400, mean: 312, sumOfSquaredDeviations: 399 * 95 ** 2, unanswered: 0 });
    expect(interval.lower).toBeCloseTo(312 - 4.75 * 1.965927295920882, 12);
    expect(interval.upper).toBeCloseTo(312 + 4.75 * 1.965927295920882, 12);
  });

  test('equals meanIntervalFromSummary of meanSummary, and reads rows through an accessor', () => {
    expect(meanInterval(SLEEP_DIFFERENCES)).toStrictEqual(meanIntervalFromSummary(meanSummary(SLEEP_DIFFERENCES)));
    expect(meanInterval(SLEEP_DIFFERENCES.map((d) => ({ d })), (row) => row.d)).toStrictEqual(meanInterval(SLEEP_DIFFERENCES));
  });

  test('has zero width when every value is the same', () => {
    expect(meanInterval([3, 3, 3])).toStrictEqual({ estimate: 3, lower: 3, upper: 3, confidenceLevel: 0.95, method: 't' });
  });

  test('rejects fewer than two values and bad options', () => {
    expectMetricError(() => meanInterval([4, null]), { metric: 'meanInterval', code: 'EMPTY', field: 'values' });
    expectMetricError(() => meanIntervalFromSummary(meanSummary([2])), {
      metric: 'meanIntervalFromSummary',
      code: 'EMPTY',
      field: 'summary.count',
    });
    expectMetricError(() => meanInterval([1, 2], { confidenceLevel: 0 }), { metric: 'meanInterval', code: 'OUT_OF_RANGE' });
    expectMetricError(() => meanInterval([1, 2], 5 as never, {}), { metric: 'meanInterval', code: 'WRONG_TYPE', field: 'value' });
    expectMetricError(() => meanInterval([1, Number.NaN]), { metric: 'meanInterval', code: 'NOT_FINITE', field: 'values[1]' });
  });
});

describe('meanInterval: values too far apart for a double', () => {
  test('is OUT_OF_RANGE on values, not an interval of NaN', () => {
    // Before: [MAX, −MAX, 0] gave lower and upper NaN.
    expectMetricError(() => meanInterval([Number.MAX_VALUE, -Number.MAX_VALUE, 0]), { metric: 'meanInterval', code: 'OUT_OF_RANGE', field: 'values' });
  });
});
