import { describe, expect, test } from 'vitest';
import { exactErlangC, fixedPointErlangC, toNumber, ulpsBetween } from '../../test/erlangReference.js';
import { deepFreeze, expectMetricError, NOT_NUMBERS } from '../../test/helpers.js';
import { erlangB, erlangC } from '../index.js';

describe('erlangC', () => {
  test('Call Centre Helper’s worked example: 10 Erlangs', () => {
    // callcentrehelper.com/erlang-c-formula-example-121281.htm: 100 calls in 30 minutes at
    // 180 s are 10 Erlangs; with 11 agents the probability of waiting is 68.21 %.
    expect(erlangC({ agents: 11, trafficErlangs: 10 })).toBeCloseTo(0.6821, 4);
    // With 14 agents, 17.4 % (the example's answer; also pyworkforce's test_erlang.py: 0.174).
    expect(erlangC({ agents: 14, trafficErlangs: 10 })).toBeCloseTo(0.1741, 4);
  });

  test('by hand: one agent is the M/M/1 queue, C = A', () => {
    // With one agent, C(1, A) = A (the agent's utilisation).
    expect(erlangC({ agents: 1, trafficErlangs: 0.25 })).toBeCloseTo(0.25, 15);
    // Two agents, A = 1: B(2, 1) = (1/2)/(1 + 1 + 1/2) = 1/5; C = 2·(1/5)/(2 − 1·(4/5)) = 1/3.
    expect(erlangC({ agents: 2, trafficErlangs: 1 })).toBeCloseTo(1 / 3, 15);
  });

  test('equals exact rational arithmetic to a few ulps', () => {
    for (const [p, q] of [
      [1n, 1n],
      [5n, 2n],
      [10n, 1n],
      [47n, 1n],
      [150n, 1n],
      [1201n, 4n],
      [1000n, 1n],
    ] as const) {
      const traffic = Number(p) / Number(q);
      for (const agents of [Math.floor(traffic) + 1, Math.floor(traffic) + 2, Math.ceil(traffic + Math.sqrt(traffic)), Math.ceil(traffic + 4 * Math.sqrt(traffic))]) {
        const exact = toNumber(exactErlangC(agents, p, q));
        expect(ulpsBetween(erlangC({ agents, trafficErlangs: traffic }), exact), `C(${String(agents)}, ${String(traffic)})`).toBeLessThanOrEqual(16);
      }
    }
  });

  test('exact for 10,000 and 100,000 agents (256-bit fixed-point recurrence from 0)', () => {
    for (const [agents, traffic] of [
      [10_050, 10_000],
      [100_001, 100_000],
      [100_300, 100_000],
    ] as const) {
      expect(ulpsBetween(erlangC({ agents, trafficErlangs: traffic }), fixedPointErlangC(agents, traffic))).toBeLessThanOrEqual(16);
    }
  });

  test('fractional agents lie between their whole neighbours', () => {
    const below = erlangC({ agents: 12, trafficErlangs: 10 });
    const above = erlangC({ agents: 13, trafficErlangs: 10 });
    const between = erlangC({ agents: 12.5, trafficErlangs: 10 });
    expect(between).toBeLessThan(below);
    expect(between).toBeGreaterThan(above);
    // Just above the traffic, C tends to 1.
    expect(erlangC({ agents: 10 + 1e-9, trafficErlangs: 10 })).toBeCloseTo(1, 7);
  });

  test('C ≥ B, and no traffic means no waiting', () => {
    expect(erlangC({ agents: 14, trafficErlangs: 10 })).toBeGreaterThan(erlangB({ agents: 14, trafficErlangs: 10 }));
    expect(erlangC({ agents: 3, trafficErlangs: 0 })).toBe(0);
  });

  test('an unstable queue (agents ≤ traffic) is an error, not a probability', () => {
    const error = expectMetricError(() => erlangC({ agents: 10, trafficErlangs: 10 }), {
      metric: 'erlangC',
      code: 'UNSTABLE',
      field: 'input.agents',
    });
    expect(error.message).toContain('more than the offered traffic (10 Erlangs)');
    expectMetricError(() => erlangC({ agents: 9.5, trafficErlangs: 10 }), { metric: 'erlangC', code: 'UNSTABLE' });
    expectMetricError(() => erlangC({ agents: 0, trafficErlangs: 0 }), { metric: 'erlangC', code: 'UNSTABLE' });
  });

  test('does not mutate its input', () => {
    expect(() => erlangC(deepFreeze({ agents: 3, trafficErlangs: 2 }))).not.toThrow();
  });

  test.each(NOT_NUMBERS)('rejects %o as agents or traffic with %s', (bad, code) => {
    expectMetricError(() => erlangC({ agents: bad as number, trafficErlangs: 2 }), { metric: 'erlangC', code, field: 'input.agents' });
    expectMetricError(() => erlangC({ agents: 5, trafficErlangs: bad as number }), {
      metric: 'erlangC',
      code,
      field: 'input.trafficErlangs',
    });
  });

  test('rejects negative values and a non-object', () => {
    expectMetricError(() => erlangC({ agents: -1, trafficErlangs: 2 }), { metric: 'erlangC', code: 'NEGATIVE', field: 'input.agents' });
    expectMetricError(() => erlangC({ agents: 3, trafficErlangs: -2 }), { metric: 'erlangC', code: 'NEGATIVE', field: 'input.trafficErlangs' });
    expectMetricError(() => erlangC([] as never), { metric: 'erlangC', code: 'WRONG_TYPE', field: 'input' });
  });
});
