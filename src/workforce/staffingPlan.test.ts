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

describe("staffingPlan with offeredLoad: 'lagged'", () => {
  const targets = { intervalSeconds: 1800, serviceLevel: 80, thresholdSeconds: 20 } as const;
  const agentsFor = (erlangs: number): number => agentsRequired({ contacts: (erlangs * 1800) / 180, intervalSeconds: 1800, averageHandleSeconds: 180 }, { serviceLevel: 80, thresholdSeconds: 20 }).agents;

  test('by hand: work carried into a quiet interval, and a rise met a little later', () => {
    // 100 calls of 180 s in 30 min: a = 10 Erlangs, μT = 1800/180 = 10. From the steady state:
    // interval 1 stays at 10; interval 2 (no calls) averages 10 (1 − e^−10)/10 ≈ 1 Erlang, ending
    // at 10 e^−10; interval 3 (100 calls again) averages 10 + (10 e^−10 − 10)(1 − e^−10)/10.
    const day = [100, 0, 100].map((contacts) => ({ contacts, averageHandleSeconds: 180 }));
    const lagged = staffingPlan(day, { ...targets, offeredLoad: 'lagged' });
    const decay = (1 - Math.exp(-10)) / 10;
    const third = 10 + (10 * Math.exp(-10) - 10) * decay;
    expect(lagged.map((interval) => interval.trafficErlangs)).toEqual([10, expect.closeTo(10 * decay, 12), expect.closeTo(third, 12)]);
    expect(lagged.map((interval) => interval.agents)).toEqual([14, agentsFor(10 * decay), agentsFor(third)]);
    // Stationary staffing sends everyone home in the quiet interval.
    expect(staffingPlan(day, targets)[1]!.agents).toBe(0);
    expect(lagged[1]!.agents).toBeGreaterThan(0);
  });

  test('a constant forecast gives the stationary plan; handle times far below the interval too', () => {
    const flat = Array.from({ length: 6 }, () => ({ contacts: 250, averageHandleSeconds: 300 }));
    expect(staffingPlan(flat, { ...targets, offeredLoad: 'lagged' })).toEqual(staffingPlan(flat, targets));
    // μT = 1800 / 2 = 900: the lag is e^−900, nothing.
    const quick = [40, 400, 10, 300].map((contacts) => ({ contacts, averageHandleSeconds: 2 }));
    expect(staffingPlan(quick, { ...targets, offeredLoad: 'lagged' }).map((i) => i.agents)).toEqual(staffingPlan(quick, targets).map((i) => i.agents));
  });

  test('bad input', () => {
    expectMetricError(() => staffingPlan([], { ...targets, offeredLoad: 'modified' as never }), { metric: 'staffingPlan', code: 'UNKNOWN_VALUE', field: 'plan.offeredLoad' });
  });
});
