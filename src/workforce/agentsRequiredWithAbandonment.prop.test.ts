import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { agentsRequired, agentsRequiredWithAbandonment, erlangAPerformance } from '../index.js';

const queue = fc.record({
  contacts: fc.double({ noNaN: true, noDefaultInfinity: true, min: 0.5, max: 5000 }),
  intervalSeconds: fc.constantFrom(900, 1800, 3600),
  averageHandleSeconds: fc.double({ noNaN: true, noDefaultInfinity: true, min: 30, max: 900 }),
  averagePatienceSeconds: fc.double({ noNaN: true, noDefaultInfinity: true, min: 5, max: 3600 }),
});
const level = fc.double({ noNaN: true, noDefaultInfinity: true, min: 1, max: 99 });
const threshold = fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 120 });
const asa = fc.double({ noNaN: true, noDefaultInfinity: true, min: 1, max: 300 });
const abandonment = fc.double({ noNaN: true, noDefaultInfinity: true, min: 0.5, max: 60 });
const occupancy = fc.double({ noNaN: true, noDefaultInfinity: true, min: 50, max: 100 });

/** The queue as Erlang C takes it: a formula's inputs reject unknown keys. */
function withoutPatience(q: { contacts: number; intervalSeconds: number; averageHandleSeconds: number }) {
  return { contacts: q.contacts, intervalSeconds: q.intervalSeconds, averageHandleSeconds: q.averageHandleSeconds };
}

describe('agentsRequiredWithAbandonment properties', () => {
  test.prop([queue, level, threshold, fc.option(asa, { nil: undefined }), fc.option(abandonment, { nil: undefined }), fc.option(occupancy, { nil: undefined })])(
    'the agents found meet every target, and one agent fewer misses one',
    (q, serviceLevel, thresholdSeconds, averageSpeedOfAnswer, maxAbandonment, maxOccupancy) => {
      const targets = {
        serviceLevel,
        thresholdSeconds,
        ...(averageSpeedOfAnswer === undefined ? {} : { averageSpeedOfAnswer }),
        ...(maxAbandonment === undefined ? {} : { maxAbandonment }),
        ...(maxOccupancy === undefined ? {} : { maxOccupancy }),
      };
      const plan = agentsRequiredWithAbandonment(q, targets);
      const meets = (r: ReturnType<typeof erlangAPerformance>): boolean =>
        r.serviceLevel >= serviceLevel &&
        (averageSpeedOfAnswer === undefined || r.averageSpeedOfAnswer <= averageSpeedOfAnswer) &&
        (maxAbandonment === undefined || 100 * r.probabilityOfAbandoning <= maxAbandonment) &&
        (maxOccupancy === undefined || r.occupancy <= maxOccupancy);
      expect(Number.isInteger(plan.agents)).toBe(true);
      expect(meets(plan)).toBe(true);
      if (plan.agents > 1) expect(meets(erlangAPerformance({ ...q, agents: plan.agents - 1 }, { thresholdSeconds }))).toBe(false);
    },
  );

  test.prop([queue, asa])('never more agents than Erlang C for an ASA target: abandonment only shortens waits', (q, target) => {
    const withAbandonment = agentsRequiredWithAbandonment(q, { averageSpeedOfAnswer: target }).agents;
    expect(withAbandonment).toBeLessThanOrEqual(agentsRequired(withoutPatience(q), { averageSpeedOfAnswer: target }).agents);
  });

  // 30 runs: near-critical queues of very patient callers make long chains (tens of ms each).
  test.prop([queue, level, threshold], { numRuns: 30 })('tends to Erlang C as patience grows', (q, target, thresholdSeconds) => {
    // With callers patient for 10⁹ AHT, at most a hair of the traffic abandons: the staffing is
    // Erlang C's, or one agent fewer where Erlang C's N only just meets the target.
    const patient = { ...q, averagePatienceSeconds: q.averageHandleSeconds * 1e9 };
    const erlangC = agentsRequired(withoutPatience(q), { serviceLevel: target, thresholdSeconds }).agents;
    const erlangA = agentsRequiredWithAbandonment(patient, { serviceLevel: target, thresholdSeconds }).agents;
    expect(erlangA).toBeGreaterThanOrEqual(erlangC - 1);
    expect(erlangA).toBeLessThanOrEqual(erlangC);
  });

  test.prop([queue, level, fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 0.6 })])(
    'the headcount after shrinkage is agents / (1 − shrinkage), rounded up to whole people',
    (q, target, shrinkage) => {
      const plan = agentsRequiredWithAbandonment(q, { serviceLevel: target, shrinkage });
      expect(plan.scheduledAgents).toBe(plan.agents / (1 - shrinkage));
      expect(plan.scheduledHeadcount * (1 - shrinkage)).toBeGreaterThanOrEqual(plan.agents);
      expect((plan.scheduledHeadcount - 1) * (1 - shrinkage)).toBeLessThan(plan.agents);
    },
  );
});
