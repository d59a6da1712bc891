import { describe, expect, test } from 'vitest';
import { exactErlangC, toNumber } from '../../test/erlangReference.js';
import { deepFreeze, expectMetricError, NOT_NUMBERS } from '../../test/helpers.js';
import { erlangC, erlangCPerformance } from '../index.js';

const example = { contacts: 100, intervalSeconds: 1800, averageHandleSeconds: 180 };

describe('erlangCPerformance', () => {
  test('Call Centre Helper’s worked example with 14 agents', () => {
    // callcentrehelper.com/erlang-c-formula-example-121281.htm: 10 Erlangs on 14 agents meet
    // 80 % in 20 s; pyworkforce's test_erlang.py reproduces it: service level 0.888,
    // occupancy 0.714, probability of waiting 0.174.
    const result = erlangCPerformance({ ...example, agents: 14 });
    expect(result.trafficErlangs).toBe(10);
    expect(result.agents).toBe(14);
    expect(result.probabilityOfWaiting).toBeCloseTo(0.174, 3);
    expect(result.serviceLevel / 100).toBeCloseTo(0.888, 3);
    expect(result.occupancy / 100).toBeCloseTo(0.714, 3);
  });

  test('follows the formulas, with C from exact rational arithmetic', () => {
    // C(14, 10) exactly (BigInt), then by the formulas: SL = 100(1 − C·e^(−(14 − 10)·20/180)),
    // ASA = C·180/(14 − 10), occupancy = 100·10/14.
    const c = toNumber(exactErlangC(14, 10n));
    const result = erlangCPerformance({ ...example, agents: 14 });
    expect(result.probabilityOfWaiting).toBeCloseTo(c, 15);
    expect(result.serviceLevel).toBeCloseTo(100 * (1 - c * Math.exp((-4 * 20) / 180)), 12);
    expect(result.averageSpeedOfAnswer).toBeCloseTo((c * 180) / 4, 12);
    expect(result.occupancy).toBeCloseTo(1000 / 14, 12);
    // 7.84 s: the mean wait of those who wait is AHT/(N − A) = 45 s, times C.
    expect(result.averageSpeedOfAnswer).toBeCloseTo(0.17413 * 45, 2);
  });

  test('the threshold option, and a threshold of 0 is 1 − C', () => {
    const c = erlangC({ agents: 14, trafficErlangs: 10 });
    expect(erlangCPerformance({ ...example, agents: 14 }, { thresholdSeconds: 0 }).serviceLevel).toBeCloseTo(100 * (1 - c), 12);
    expect(erlangCPerformance({ ...example, agents: 14 }, { thresholdSeconds: 60 }).serviceLevel).toBeCloseTo(
      100 * (1 - c * Math.exp((-4 * 60) / 180)),
      12,
    );
    expect(erlangCPerformance({ ...example, agents: 14 }, {}).serviceLevel).toBe(erlangCPerformance({ ...example, agents: 14 }).serviceLevel);
  });

  test('fractional agents and forecast (fractional) contacts', () => {
    const result = erlangCPerformance({ contacts: 12.4, intervalSeconds: 900, averageHandleSeconds: 300, agents: 5.5 });
    expect(result.trafficErlangs).toBeCloseTo((12.4 * 300) / 900, 14);
    expect(result.probabilityOfWaiting).toBe(erlangC({ agents: 5.5, trafficErlangs: result.trafficErlangs }));
  });

  test('no contacts: nobody waits', () => {
    expect(erlangCPerformance({ contacts: 0, intervalSeconds: 1800, averageHandleSeconds: 180, agents: 2 })).toStrictEqual({
      trafficErlangs: 0,
      agents: 2,
      probabilityOfWaiting: 0,
      serviceLevel: 100,
      averageSpeedOfAnswer: 0,
      occupancy: 0,
    });
  });

  test('an unstable queue is an error, never a negative or infinite wait', () => {
    expectMetricError(() => erlangCPerformance({ ...example, agents: 10 }), { metric: 'erlangCPerformance', code: 'UNSTABLE', field: 'queue.agents' });
    expectMetricError(() => erlangCPerformance({ ...example, agents: 7 }), { metric: 'erlangCPerformance', code: 'UNSTABLE' });
  });

  test('does not mutate its input', () => {
    expect(() => erlangCPerformance(deepFreeze({ ...example, agents: 12 }), deepFreeze({ thresholdSeconds: 10 }))).not.toThrow();
  });

  test.each(NOT_NUMBERS)('rejects %o in any field with %s', (bad, code) => {
    for (const field of ['contacts', 'intervalSeconds', 'averageHandleSeconds', 'agents'] as const) {
      expectMetricError(() => erlangCPerformance({ ...example, agents: 14, [field]: bad }), { metric: 'erlangCPerformance', code, field: `queue.${field}` });
    }
    expectMetricError(() => erlangCPerformance({ ...example, agents: 14 }, { thresholdSeconds: bad as number }), {
      metric: 'erlangCPerformance',
      code,
      field: 'options.thresholdSeconds',
    });
  });

  test('rejects out-of-range values', () => {
    const metric = 'erlangCPerformance';
    expectMetricError(() => erlangCPerformance({ ...example, agents: 14, contacts: -1 }), { metric, code: 'NEGATIVE', field: 'queue.contacts' });
    expectMetricError(() => erlangCPerformance({ ...example, agents: 14, intervalSeconds: 0 }), { metric, code: 'OUT_OF_RANGE', field: 'queue.intervalSeconds' });
    expectMetricError(() => erlangCPerformance({ ...example, agents: 14, averageHandleSeconds: -3 }), {
      metric,
      code: 'NEGATIVE',
      field: 'queue.averageHandleSeconds',
    });
    expectMetricError(() => erlangCPerformance({ ...example, agents: 14 }, { thresholdSeconds: -1 }), {
      metric,
      code: 'NEGATIVE',
      field: 'options.thresholdSeconds',
    });
    expectMetricError(() => erlangCPerformance({ ...example, agents: 2e9, contacts: 1e12 }), { metric, code: 'OUT_OF_RANGE', field: 'queue.contacts' });
    expectMetricError(() => erlangCPerformance({ ...example, agents: 14 }, 20 as never), { metric, code: 'WRONG_TYPE', field: 'options' });
    expectMetricError(() => erlangCPerformance(undefined as never), { metric, code: 'WRONG_TYPE', field: 'queue' });
  });
});
