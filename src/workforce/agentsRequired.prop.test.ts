import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { agentsRequired, erlangCPerformance, staffingPlan } from '../index.js';

const workload = fc.record({
  contacts: fc.double({ noNaN: true, noDefaultInfinity: true, min: 0.5, max: 20_000 }),
  intervalSeconds: fc.constantFrom(900, 1800, 3600),
  averageHandleSeconds: fc.double({ noNaN: true, noDefaultInfinity: true, min: 30, max: 900 }),
});
const level = fc.double({ noNaN: true, noDefaultInfinity: true, min: 1, max: 99.5 });
const threshold = fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 120 });
const asa = fc.double({ noNaN: true, noDefaultInfinity: true, min: 0.5, max: 300 });
const occupancy = fc.double({ noNaN: true, noDefaultInfinity: true, min: 50, max: 100 });

describe('agentsRequired properties', () => {
  test.prop([workload, level, threshold])('the smallest whole N meeting a service-level target', (w, target, t) => {
    const plan = agentsRequired(w, { serviceLevel: target, thresholdSeconds: t });
    expect(Number.isInteger(plan.agents)).toBe(true);
    expect(plan.agents).toBeGreaterThan(plan.trafficErlangs);
    expect(plan.serviceLevel).toBeGreaterThanOrEqual(target);
    if (plan.agents - 1 > plan.trafficErlangs) {
      expect(erlangCPerformance({ ...w, agents: plan.agents - 1 }, { thresholdSeconds: t }).serviceLevel).toBeLessThan(target);
    }
  });

  test.prop([workload, asa])('the smallest whole N meeting an ASA target', (w, target) => {
    const plan = agentsRequired(w, { averageSpeedOfAnswer: target });
    expect(plan.averageSpeedOfAnswer).toBeLessThanOrEqual(target);
    if (plan.agents - 1 > plan.trafficErlangs) {
      expect(erlangCPerformance({ ...w, agents: plan.agents - 1 }).averageSpeedOfAnswer).toBeGreaterThan(target);
    }
  });

  test.prop([workload, level, occupancy, fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 0.6 })])(
    'every target holds at once; the headcount after shrinkage is agents / (1 − shrinkage)',
    (w, target, cap, shrinkage) => {
      const plan = agentsRequired(w, { serviceLevel: target, maxOccupancy: cap, shrinkage });
      expect(plan.serviceLevel).toBeGreaterThanOrEqual(target);
      expect(plan.occupancy).toBeLessThanOrEqual(cap);
      expect(plan.scheduledAgents).toBe(plan.agents / (1 - shrinkage));
      const alone = Math.max(agentsRequired(w, { serviceLevel: target }).agents, agentsRequired(w, { maxOccupancy: cap }).agents);
      expect(plan.agents).toBe(alone);
    },
  );

  test.prop([workload, level, threshold])('fractional agents: in (N − 1, N], meeting the target, and barely', (w, target, t) => {
    const whole = agentsRequired(w, { serviceLevel: target, thresholdSeconds: t }).agents;
    const plan = agentsRequired(w, { serviceLevel: target, thresholdSeconds: t, fractional: true });
    expect(plan.agents).toBeLessThanOrEqual(whole);
    expect(plan.agents).toBeGreaterThan(whole - 1);
    expect(plan.serviceLevel).toBeGreaterThanOrEqual(target);
    const fewer = plan.agents * (1 - 1e-9);
    if (fewer > plan.trafficErlangs) {
      expect(erlangCPerformance({ ...w, agents: fewer }, { thresholdSeconds: t }).serviceLevel).toBeLessThan(target);
    }
  });

  test.prop([fc.array(workload, { maxLength: 12 }), level])(
    'a staffing plan is agentsRequired interval by interval, whatever the order',
    (intervals, target) => {
      const rows = intervals.map(({ contacts, averageHandleSeconds }) => ({ contacts, averageHandleSeconds }));
      const plan = staffingPlan(rows, { intervalSeconds: 1800, serviceLevel: target });
      rows.forEach((row, i) => {
        expect(plan[i]).toStrictEqual(agentsRequired({ ...row, intervalSeconds: 1800 }, { serviceLevel: target }));
      });
      expect(staffingPlan([...rows].reverse(), { intervalSeconds: 1800, serviceLevel: target })).toStrictEqual([...plan].reverse());
    },
  );
});
