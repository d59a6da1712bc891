import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { erlangB, erlangC, erlangCPerformance } from '../index.js';

const traffic = fc.double({ noNaN: true, noDefaultInfinity: true, min: 0.01, max: 2000 });
const headroom = fc.double({ noNaN: true, noDefaultInfinity: true, min: 0.001, max: 5 }); // in √A
const threshold = fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 120 });
const aht = fc.double({ noNaN: true, noDefaultInfinity: true, min: 10, max: 1200 });

/** A whole number of agents above the traffic, up to about A + 5√A. */
function agentsAbove(a: number, z: number): number {
  return Math.floor(a + z * Math.sqrt(a)) + 1;
}

describe('Erlang B and C properties', () => {
  test.prop([traffic, headroom, threshold, aht])(
    'one more agent: P(wait) and ASA never rise, service level never falls',
    (a, z, t, h) => {
      const agents = agentsAbove(a, z);
      const workload = { contacts: a, intervalSeconds: h, averageHandleSeconds: h };
      const now = erlangCPerformance({ ...workload, agents }, { thresholdSeconds: t });
      const more = erlangCPerformance({ ...workload, agents: agents + 1 }, { thresholdSeconds: t });
      expect(more.probabilityOfWaiting).toBeLessThanOrEqual(now.probabilityOfWaiting);
      expect(more.averageSpeedOfAnswer).toBeLessThanOrEqual(now.averageSpeedOfAnswer);
      expect(more.serviceLevel).toBeGreaterThanOrEqual(now.serviceLevel);
      expect(more.occupancy).toBeLessThan(now.occupancy);
    },
  );

  test.prop([traffic, headroom, fc.double({ noNaN: true, noDefaultInfinity: true, min: 0.01, max: 0.99 })])(
    'fractional agents too: C decreases smoothly in the agents',
    (a, z, step) => {
      const agents = a + z * Math.sqrt(a) + 0.001;
      expect(erlangC({ agents: agents + step, trafficErlangs: a })).toBeLessThanOrEqual(erlangC({ agents, trafficErlangs: a }));
      expect(erlangB({ agents: agents + step, trafficErlangs: a })).toBeLessThanOrEqual(erlangB({ agents, trafficErlangs: a }));
    },
  );

  test.prop([traffic, headroom])('Erlang C ≥ Erlang B, both probabilities', (a, z) => {
    const agents = agentsAbove(a, z);
    const b = erlangB({ agents, trafficErlangs: a });
    const c = erlangC({ agents, trafficErlangs: a });
    expect(c).toBeGreaterThanOrEqual(b);
    expect(b).toBeGreaterThanOrEqual(0);
    expect(c).toBeLessThanOrEqual(1);
  });

  test.prop([traffic, fc.integer({ min: 0, max: 3000 })])('Erlang B is in [0, 1] and decreasing in whole agents', (a, n) => {
    const b = erlangB({ agents: n, trafficErlangs: a });
    expect(b).toBeGreaterThanOrEqual(0);
    expect(b).toBeLessThanOrEqual(1);
    expect(erlangB({ agents: n + 1, trafficErlangs: a })).toBeLessThanOrEqual(b);
    // The recurrence itself: B(n + 1) = A·B(n) / (n + 1 + A·B(n)).
    expect(erlangB({ agents: n + 1, trafficErlangs: a })).toBeCloseTo((a * b) / (n + 1 + a * b), 12);
  });

  test.prop([fc.double({ noNaN: true, noDefaultInfinity: true, min: 0.01, max: 300 }), fc.integer({ min: 0, max: 200 })])(
    'the continuous Erlang B meets the whole-number recurrence at whole agents, from both sides',
    (a, n) => {
      // Just above n the fractional path (incomplete gamma start + recurrence) must give B(n);
      // just below n + 1 it must give B(n + 1). The slope d ln B/dx is below ln(1 + x/A) + 1/x,
      // so a step of 1e−10 moves B by far less than 1e−7 of itself.
      const atN = erlangB({ agents: n, trafficErlangs: a });
      const atNext = erlangB({ agents: n + 1, trafficErlangs: a });
      if (atNext < 1e-250) return; // both underflow together
      expect(erlangB({ agents: n + 1e-10, trafficErlangs: a }) / atN).toBeCloseTo(1, 7);
      expect(erlangB({ agents: n + 1 - 1e-10, trafficErlangs: a }) / atNext).toBeCloseTo(1, 7);
    },
  );

  test.prop([traffic, headroom])('the fractional recurrence holds: 1/B(x) = 1 + (x/A)/B(x − 1)', (a, z) => {
    const x = a + z * Math.sqrt(a) + 1.37;
    const previous = erlangB({ agents: x - 1, trafficErlangs: a });
    expect(erlangB({ agents: x, trafficErlangs: a })).toBeCloseTo(1 / (1 + x / a / previous), 12);
  });
});
