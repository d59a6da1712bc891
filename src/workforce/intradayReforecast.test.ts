import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { deepFreeze, expectMetricError } from '../../test/helpers.js';
import { agentsRequired, intradayReforecast } from '../index.js';

describe('intradayReforecast', () => {
  test('by hand: the rest of the day scaled by actual ÷ forecast so far', () => {
    // 240 calls for a forecast of 200 by 10:00: ratio 1.2; 150 and 50 become 180 and 60.
    const day = intradayReforecast(deepFreeze({ forecast: [100, 100, 150, 50], actual: [130, 110] }));
    expect(day.ratio).toBeCloseTo(1.2, 15);
    expect(day.intervals.map(({ index, forecast }) => [index, forecast])).toEqual([
      [2, 150],
      [3, 50],
    ]);
    expect(day.intervals[0]!.reforecast).toBeCloseTo(180, 12);
    expect(day.spareContacts).toBeNull();
  });

  test('the staffing gap per remaining interval, and the spare capacity for callbacks', () => {
    const staffing = { intervalSeconds: 1800, averageHandleSeconds: 180, targets: { serviceLevel: 80, thresholdSeconds: 20 }, scheduledAgents: [14, 14, 20, 14] };
    const day = intradayReforecast({ forecast: [100, 100, 100, 50], actual: [110, 90] }, staffing);
    // Ratio 1: the reforecast is the forecast. 100 calls of 180 s in 30 min need 14 agents at 80/20
    // (Call Centre Helper's worked example; agentsRequired's own example), so 20 scheduled leave
    // 6 spare agents: 6 × 1800 / 180 = 60 contacts. 50 calls need fewer than 14: spare there too.
    expect(day.ratio).toBe(1);
    const [first, second] = day.intervals;
    expect(first!.requiredAgents).toBe(14);
    expect(first!.gap).toBe(6);
    expect(first!.spareContacts).toBe(60);
    const need50 = agentsRequired({ contacts: 50, intervalSeconds: 1800, averageHandleSeconds: 180 }, { serviceLevel: 80, thresholdSeconds: 20 }).agents;
    expect(second!.gap).toBe(14 - need50);
    expect(day.spareContacts).toBe(60 + ((14 - need50) * 1800) / 180);
  });

  test('short intervals count no spare capacity', () => {
    const day = intradayReforecast({ forecast: [100, 100], actual: [200] }, { intervalSeconds: 1800, averageHandleSeconds: 180, targets: { serviceLevel: 80, thresholdSeconds: 20 }, scheduledAgents: [14, 14] });
    expect(day.intervals[0]!.gap).toBeLessThan(0);
    expect(day.intervals[0]!.spareContacts).toBe(0);
    expect(day.spareContacts).toBe(0);
  });

  test('bad input', () => {
    expectMetricError(() => intradayReforecast({ forecast: [1, 2], actual: [] }), { metric: 'intradayReforecast', code: 'EMPTY', field: 'volumes.actual' });
    expectMetricError(() => intradayReforecast({ forecast: [0, 2], actual: [3] }), { metric: 'intradayReforecast', code: 'EMPTY', field: 'volumes.forecast' });
    expectMetricError(() => intradayReforecast({ forecast: [1], actual: [1, 2] }), { metric: 'intradayReforecast', code: 'INCONSISTENT', field: 'volumes.actual' });
    expectMetricError(() => intradayReforecast({ forecast: [1, -2], actual: [1] }), { metric: 'intradayReforecast', code: 'NEGATIVE', field: 'volumes.forecast[1]' });
    expectMetricError(
      () => intradayReforecast({ forecast: [1, 2], actual: [1] }, { intervalSeconds: 1800, averageHandleSeconds: 180, targets: { serviceLevel: 80 }, scheduledAgents: [3] }),
      { metric: 'intradayReforecast', code: 'INCONSISTENT', field: 'staffing.scheduledAgents' },
    );
  });
});

const volumes = fc.array(fc.double({ min: 1, max: 1000, noNaN: true }), { minLength: 2, maxLength: 20 });

propTest.prop([volumes, fc.integer({ min: 1, max: 19 }), fc.double({ min: 0.1, max: 5, noNaN: true })])('actuals that follow the forecast leave it unchanged; scaled actuals scale the rest', (forecast, passed, factor) => {
  const m = Math.min(passed, forecast.length);
  const same = intradayReforecast({ forecast, actual: forecast.slice(0, m) });
  expect(same.ratio).toBeCloseTo(1, 12);
  same.intervals.forEach((interval) => { expect(interval.reforecast).toBeCloseTo(interval.forecast, 9); });
  const scaled = intradayReforecast({ forecast, actual: forecast.slice(0, m).map((value) => value * factor) });
  expect(scaled.ratio).toBeCloseTo(factor, 9);
  scaled.intervals.forEach((interval, index) => { expect(interval.reforecast).toBeCloseTo(same.intervals[index]!.reforecast * factor, 6); });
});
