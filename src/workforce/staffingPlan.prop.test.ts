import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { staffingPlan } from '../index.js';

const day = fc.array(
  fc.record({ contacts: fc.double({ min: 0, max: 2000, noNaN: true }), averageHandleSeconds: fc.double({ min: 30, max: 3600, noNaN: true }) }),
  { minLength: 1, maxLength: 24 },
);

test.prop([day])('the lagged load stays within the stationary loads seen so far, and starts at the first', (intervals) => {
  const options = { intervalSeconds: 1800, serviceLevel: 80, thresholdSeconds: 20 } as const;
  const stationary = staffingPlan(intervals, options).map((interval) => interval.trafficErlangs);
  const lagged = staffingPlan(intervals, { ...options, offeredLoad: 'lagged' }).map((interval) => interval.trafficErlangs);
  expect(lagged[0]).toBe(stationary[0]);
  lagged.forEach((load, index) => {
    // m(t) is a weighted average of the loads offered so far (a convex combination).
    const seen = stationary.slice(0, index + 1);
    expect(load).toBeGreaterThanOrEqual(Math.min(...seen) * (1 - 1e-12) - 1e-9);
    expect(load).toBeLessThanOrEqual(Math.max(...seen) * (1 + 1e-12) + 1e-9);
  });
});
