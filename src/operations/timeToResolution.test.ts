import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { durationStats, timeToResolution } from '../index.js';

describe('timeToResolution', () => {
  test('is durationStats under the name a report uses', () => {
    const hours = [2, 30, 5, null, 20, 72, 8];
    const seconds = hours.map((h) => (h === null ? null : h * 3600));
    const options = { percentiles: [90], thresholdSeconds: 24 * 3600 };
    const ttr = timeToResolution(seconds, options);
    expect(ttr).toStrictEqual(durationStats(seconds, options));
    // By hand: resolved in 2, 5, 8, 20, 30, 72 h; 4 of 6 within 24 h; median (8 + 20) / 2 = 14 h;
    // 90th: h = 5 × 0.9 = 4.5, halfway from 30 to 72 h = 51 h; one ticket unresolved.
    expect(ttr.percentWithinThreshold).toBe(200 / 3);
    expect(ttr.medianSeconds).toBe(14 * 3600);
    expect(ttr.percentiles['90']).toBeCloseTo(51 * 3600, 6);
    expect(ttr.unanswered).toBe(1);
    expect(timeToResolution([{ h: 2 }], (row) => row.h * 3600).meanSeconds).toBe(7200);
  });

  test('names itself in errors', () => {
    expectMetricError(() => timeToResolution([null]), { metric: 'timeToResolution', code: 'EMPTY', field: 'durations' });
    expectMetricError(() => timeToResolution([-5]), { metric: 'timeToResolution', code: 'NEGATIVE', field: 'durations[0]' });
    expectMetricError(() => timeToResolution([5], { thresholdSeconds: Number.NaN }), {
      metric: 'timeToResolution',
      code: 'NOT_FINITE',
      field: 'options.thresholdSeconds',
    });
  });
});
