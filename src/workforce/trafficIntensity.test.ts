import { describe, expect, test } from 'vitest';
import { deepFreeze, expectMetricError, NOT_NUMBERS } from '../../test/helpers.js';
import { trafficIntensity } from '../index.js';

describe('trafficIntensity', () => {
  test('contacts × AHT / interval', () => {
    // Call Centre Helper's worked example: 100 calls in 30 min at 3 min each = 10 Erlangs.
    expect(trafficIntensity({ contacts: 100, intervalSeconds: 1800, averageHandleSeconds: 180 })).toBe(10);
    // By hand: 250 × 330 / 3600 = 22.916… (Jones the Net's "22.9 advisors").
    expect(trafficIntensity({ contacts: 250, intervalSeconds: 3600, averageHandleSeconds: 330 })).toBe(82500 / 3600);
    // A fractional forecast: 12.4 contacts in 15 minutes at 5 minutes = 4.1333 Erlangs.
    expect(trafficIntensity({ contacts: 12.4, intervalSeconds: 900, averageHandleSeconds: 300 })).toBeCloseTo(12.4 / 3, 14);
    expect(trafficIntensity({ contacts: 0, intervalSeconds: 900, averageHandleSeconds: 300 })).toBe(0);
  });

  test('does not mutate its input', () => {
    expect(() => trafficIntensity(deepFreeze({ contacts: 1, intervalSeconds: 60, averageHandleSeconds: 30 }))).not.toThrow();
  });

  test.each(NOT_NUMBERS)('rejects %o with %s', (bad, code) => {
    for (const field of ['contacts', 'intervalSeconds', 'averageHandleSeconds'] as const) {
      const workload = { contacts: 1, intervalSeconds: 60, averageHandleSeconds: 30, [field]: bad };
      expectMetricError(() => trafficIntensity(workload), { metric: 'trafficIntensity', code, field: `workload.${field}` });
    }
  });

  test('rejects zero or negative durations and absurd traffic', () => {
    const metric = 'trafficIntensity';
    expectMetricError(() => trafficIntensity({ contacts: 1, intervalSeconds: 0, averageHandleSeconds: 30 }), { metric, code: 'OUT_OF_RANGE', field: 'workload.intervalSeconds' });
    expectMetricError(() => trafficIntensity({ contacts: 1, intervalSeconds: 60, averageHandleSeconds: 0 }), { metric, code: 'OUT_OF_RANGE', field: 'workload.averageHandleSeconds' });
    expectMetricError(() => trafficIntensity({ contacts: -1, intervalSeconds: 60, averageHandleSeconds: 30 }), { metric, code: 'NEGATIVE', field: 'workload.contacts' });
    expectMetricError(() => trafficIntensity({ contacts: 1e300, intervalSeconds: 1e-300, averageHandleSeconds: 30 }), { metric, code: 'OUT_OF_RANGE', field: 'workload.contacts' });
    expectMetricError(() => trafficIntensity('10' as never), { metric, code: 'WRONG_TYPE', field: 'workload' });
  });
});
