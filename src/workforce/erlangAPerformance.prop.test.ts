import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { erlangAPerformance, erlangCPerformance } from '../index.js';

const queue = fc.record({
  contacts: fc.double({ noNaN: true, noDefaultInfinity: true, min: 0.5, max: 5000 }),
  intervalSeconds: fc.constant(1800),
  averageHandleSeconds: fc.double({ noNaN: true, noDefaultInfinity: true, min: 30, max: 900 }),
  averagePatienceSeconds: fc.double({ noNaN: true, noDefaultInfinity: true, min: 5, max: 3600 }),
});
const spread = fc.double({ noNaN: true, noDefaultInfinity: true, min: -3, max: 4 }); // agents = A + spread·√A
const threshold = fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 120 });

function agentsFor(q: { contacts: number; intervalSeconds: number; averageHandleSeconds: number }, z: number): number {
  const a = (q.contacts * q.averageHandleSeconds) / q.intervalSeconds;
  return Math.max(1, Math.round(a + z * Math.sqrt(a)));
}

describe('Erlang A properties', () => {
  test.prop([queue, spread, threshold])('probabilities in 0–1, percentages in 0–100, identities hold', (q, z, t) => {
    const agents = agentsFor(q, z);
    const r = erlangAPerformance({ ...q, agents }, { thresholdSeconds: t });
    for (const p of [r.probabilityOfWaiting, r.probabilityOfAbandoning]) {
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
    for (const percent of [r.serviceLevel, r.occupancy]) {
      expect(percent).toBeGreaterThanOrEqual(0);
      expect(percent).toBeLessThanOrEqual(100);
    }
    expect(r.occupancy).toBeCloseTo((100 * r.trafficErlangs * (1 - r.probabilityOfAbandoning)) / agents, 8);
    expect(r.averageWait / q.averagePatienceSeconds).toBeCloseTo(r.probabilityOfAbandoning, 10);
    expect(r.serviceLevel).toBeLessThanOrEqual(100 * (1 - r.probabilityOfAbandoning) + 1e-9);
  });

  test.prop([
    fc.integer({ min: 1, max: 50 }),
    fc.double({ noNaN: true, min: 0.05, max: 0.95 }),
    fc.double({ noNaN: true, min: 15, max: 22 }),
    fc.double({ noNaN: true, min: 4, max: 8 }),
  ])('very patient callers on an underloaded queue: the service level stays at most 100', (agents, load, patienceExponent, thresholdExponent) => {
    // Patience of 10¹⁵–10²² AHT makes N + k·AHT/patience round to N; the served share of a
    // waiting state must still not round above the state itself.
    const averageHandleSeconds = 100;
    const contacts = (load * agents * 3600) / averageHandleSeconds;
    const patientQueue = { contacts, intervalSeconds: 3600, averageHandleSeconds, agents, averagePatienceSeconds: averageHandleSeconds * 10 ** patienceExponent };
    const r = erlangAPerformance(patientQueue, { thresholdSeconds: 10 ** thresholdExponent });
    expect(r.serviceLevel).toBeLessThanOrEqual(100);
    expect(r.probabilityOfWaiting).toBeLessThanOrEqual(1);
  });

  test.prop([queue, spread, threshold])(
    'one more agent: P(wait), P(abandon) and ASA never rise, service level never falls',
    (q, z, t) => {
      const agents = agentsFor(q, z);
      const now = erlangAPerformance({ ...q, agents }, { thresholdSeconds: t });
      const more = erlangAPerformance({ ...q, agents: agents + 1 }, { thresholdSeconds: t });
      const slack = 1e-12;
      expect(more.probabilityOfWaiting).toBeLessThanOrEqual(now.probabilityOfWaiting * (1 + slack));
      expect(more.probabilityOfAbandoning).toBeLessThanOrEqual(now.probabilityOfAbandoning * (1 + slack));
      expect(more.averageSpeedOfAnswer).toBeLessThanOrEqual(now.averageSpeedOfAnswer * (1 + slack));
      // The service level is 100 × (1 − P(wait) + P(answered within τ after waiting)), a
      // difference of chain sums near 1: its rounding is of order 100 × states × 2⁻⁵³, about
      // 1e-12 percentage points for a few hundred states (a fall of 1.0e-12 from 2.1e-12 was
      // seen at N 35, A 40.3, τ 92 s), so 1e-10 points of slack.
      expect(more.serviceLevel).toBeGreaterThanOrEqual(now.serviceLevel * (1 - slack) - 1e-10);
    },
  );

  test.prop([queue, fc.double({ noNaN: true, noDefaultInfinity: true, min: 0.05, max: 4 }), threshold])(
    'tends to Erlang C as patience grows, and never waits more than Erlang C',
    (q, z, t) => {
      // At least 0.3√A above the traffic: much closer, the queue is so long that even 10⁹ AHT
      // of patience is felt (the limit is approached, only more slowly).
      const a = (q.contacts * q.averageHandleSeconds) / q.intervalSeconds;
      const agents = Math.ceil(a + (z + 0.3) * Math.sqrt(a));
      const c = erlangCPerformance({ ...{ contacts: q.contacts, intervalSeconds: q.intervalSeconds, averageHandleSeconds: q.averageHandleSeconds }, agents }, { thresholdSeconds: t });
      const impatient = erlangAPerformance({ ...q, agents }, { thresholdSeconds: t });
      expect(impatient.probabilityOfWaiting).toBeLessThanOrEqual(c.probabilityOfWaiting * (1 + 1e-12));
      expect(impatient.averageSpeedOfAnswer).toBeLessThanOrEqual(c.averageSpeedOfAnswer * (1 + 1e-12));
      let previous = Infinity;
      for (const factor of [1e3, 1e6, 1e9]) {
        const patient = erlangAPerformance({ ...q, agents, averagePatienceSeconds: q.averageHandleSeconds * factor }, { thresholdSeconds: t });
        const gap = Math.abs(patient.probabilityOfWaiting - c.probabilityOfWaiting) + Math.abs(patient.serviceLevel - c.serviceLevel) / 100;
        expect(gap).toBeLessThanOrEqual(previous + 1e-12);
        previous = gap;
      }
      expect(previous).toBeLessThan(1e-6);
    },
  );

  test.prop([queue, spread])('less patience, more abandonment', (q, z) => {
    const agents = agentsFor(q, z);
    const patient = erlangAPerformance({ ...q, agents });
    const impatient = erlangAPerformance({ ...q, agents, averagePatienceSeconds: q.averagePatienceSeconds / 2 });
    expect(impatient.probabilityOfAbandoning).toBeGreaterThanOrEqual(patient.probabilityOfAbandoning * (1 - 1e-12));
  });
});
