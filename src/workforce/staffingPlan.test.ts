import { describe, expect, test } from 'vitest';
import { deepFreeze, expectMetricError, iterate, NOT_NUMBERS } from '../../test/helpers.js';
import { agentsRequired, forecastVolume, staffingPlan } from '../index.js';

const morning = [
  { contacts: 40, averageHandleSeconds: 240 },
  { contacts: 100, averageHandleSeconds: 180 },
  { contacts: 0, averageHandleSeconds: 180 },
];
const targets = { serviceLevel: 80, thresholdSeconds: 20, shrinkage: 0.25 };

describe('staffingPlan', () => {
  test('is agentsRequired for each interval, in order', () => {
    const plan = staffingPlan(morning, { intervalSeconds: 1800, ...targets });
    expect(plan).toStrictEqual(morning.map((interval) => agentsRequired({ ...interval, intervalSeconds: 1800 }, targets)));
    // The 100-call interval is Call Centre Helper's worked example: 14 agents.
    expect(plan.map((interval) => interval.agents)).toStrictEqual([8, 14, 0]);
  });

  test('accepts any iterable, and fractional agents for summing small queues', () => {
    expect(staffingPlan(iterate(morning), { intervalSeconds: 1800, ...targets })).toStrictEqual(
      staffingPlan(morning, { intervalSeconds: 1800, ...targets }),
    );
    const fractional = staffingPlan(morning, { intervalSeconds: 1800, ...targets, fractional: true });
    const whole = staffingPlan(morning, { intervalSeconds: 1800, ...targets });
    fractional.forEach((interval, i) => {
      expect(interval.agents).toBeLessThanOrEqual(whole[i]!.agents);
      expect(interval.agents).toBeGreaterThan(whole[i]!.agents - 1);
    });
    expect(staffingPlan([], { intervalSeconds: 900, serviceLevel: 80 })).toStrictEqual([]);
  });

  test('from past volumes to tomorrow’s staffing', () => {
    // Two days of four half hours; the seasonal naive forecast repeats yesterday.
    const history = [20, 60, 100, 40, 24, 64, 110, 44];
    const forecast = forecastVolume(history, { seasonLength: 4 });
    const plan = staffingPlan(
      forecast.map((contacts) => ({ contacts, averageHandleSeconds: 180 })),
      { intervalSeconds: 1800, serviceLevel: 80 },
    );
    expect(plan.map((interval) => interval.trafficErlangs)).toStrictEqual([2.4, 6.4, 11, 4.4]);
    plan.forEach((interval) => { expect(interval.serviceLevel).toBeGreaterThanOrEqual(80); });
  });

  test('does not mutate its inputs', () => {
    expect(() => staffingPlan(deepFreeze(morning.map((m) => ({ ...m }))), deepFreeze({ intervalSeconds: 1800, ...targets }))).not.toThrow();
  });

  test('names the interval at fault', () => {
    const metric = 'staffingPlan';
    const bad = [...morning, { contacts: -3, averageHandleSeconds: 180 }];
    expectMetricError(() => staffingPlan(bad, { intervalSeconds: 1800, ...targets }), { metric, code: 'NEGATIVE', field: 'forecast[3].contacts' });
    expectMetricError(() => staffingPlan([{ contacts: 3, averageHandleSeconds: 0 }], { intervalSeconds: 1800, ...targets }), {
      metric,
      code: 'OUT_OF_RANGE',
      field: 'forecast[0].averageHandleSeconds',
    });
    expectMetricError(() => staffingPlan([null as never], { intervalSeconds: 1800, ...targets }), { metric, code: 'WRONG_TYPE', field: 'forecast[0]' });
  });

  test.each(NOT_NUMBERS)('rejects %o with %s', (bad, code) => {
    expectMetricError(() => staffingPlan([{ contacts: bad as number, averageHandleSeconds: 1 }], { intervalSeconds: 1800, ...targets }), {
      metric: 'staffingPlan',
      code,
      field: 'forecast[0].contacts',
    });
    expectMetricError(() => staffingPlan(morning, { ...targets, intervalSeconds: bad as number }), {
      metric: 'staffingPlan',
      code,
      field: 'plan.intervalSeconds',
    });
  });

  test('rejects a bad plan', () => {
    const metric = 'staffingPlan';
    expectMetricError(() => staffingPlan(morning, { intervalSeconds: 1800 }), { metric, code: 'EMPTY', field: 'plan' });
    expectMetricError(() => staffingPlan(morning, { intervalSeconds: 0, serviceLevel: 80 }), { metric, code: 'OUT_OF_RANGE', field: 'plan.intervalSeconds' });
    expectMetricError(() => staffingPlan(morning, { intervalSeconds: 1800, serviceLevel: 120 }), { metric, code: 'OUT_OF_RANGE', field: 'plan.serviceLevel' });
    expectMetricError(() => staffingPlan(morning, undefined as never), { metric, code: 'WRONG_TYPE', field: 'plan' });
    expectMetricError(() => staffingPlan(5 as never, { intervalSeconds: 1800, serviceLevel: 80 }), { metric, code: 'WRONG_TYPE', field: 'forecast' });
  });
});

describe('staffingPlan: an occupancy cap far below the traffic', () => {
  test('a cap that needs more than 10¹⁵ agents is OUT_OF_RANGE on plan.maxOccupancy', () => {
    // Before: the agent search never ended.
    expectMetricError(
      () => staffingPlan([{ contacts: 60, averageHandleSeconds: 300 }], { intervalSeconds: 1800, maxOccupancy: Number.MIN_VALUE }),
      { metric: 'staffingPlan', code: 'OUT_OF_RANGE', field: 'plan.maxOccupancy' },
    );
  });
});
