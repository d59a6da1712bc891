import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { durationStats, firstResponseTime } from '../index.js';

describe('firstResponseTime', () => {
  test('is durationStats under the name a report uses', () => {
    // Five emails, one without a reply yet: 30, 90, 10 and 240 minutes to the first reply.
    const seconds = [30 * 60, 90 * 60, null, 10 * 60, 240 * 60];
    const frt = firstResponseTime(seconds, { thresholdSeconds: 3600 });
    expect(frt).toStrictEqual(durationStats(seconds, { thresholdSeconds: 3600 }));
    // By hand: sorted 10, 30, 90, 240 min; median (30 + 90) / 2 = 60 min; mean 370 / 4 = 92.5 min;
    // 2 of 4 within the hour.
    expect(frt.medianSeconds).toBe(3600);
    expect(frt.meanSeconds).toBe(5550);
    expect(frt.percentWithinThreshold).toBe(50);
    expect(frt.unanswered).toBe(1);
  });

  test('names itself in errors', () => {
    expectMetricError(() => firstResponseTime([]), { metric: 'firstResponseTime', code: 'EMPTY', field: 'durations' });
    expectMetricError(() => firstResponseTime([5], { percentiles: [101] }), {
      metric: 'firstResponseTime',
      code: 'OUT_OF_RANGE',
      field: 'options.percentiles[0]',
    });
    expectMetricError(() => firstResponseTime(['5' as never]), { metric: 'firstResponseTime', code: 'WRONG_TYPE', field: 'durations[0]' });
  });
});
