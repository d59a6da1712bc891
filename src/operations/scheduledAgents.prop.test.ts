import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { scheduledAgents } from '../index.js';

const agents = fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e6 });
const fraction = fc.double({ noNaN: true, min: 0, max: 0.99 });

describe('scheduledAgents properties', () => {
  test.prop([agents, fraction])('is at least the agents needed, and shrinkage takes back exactly the extra', (n, s) => {
    const scheduled = scheduledAgents({ agents: n, shrinkage: s });
    expect(scheduled).toBeGreaterThanOrEqual(n);
    // The inverse: scheduled × (1 − s) agents remain.
    expect(scheduled * (1 - s)).toBeCloseTo(n, 6);
  });

  test.prop([agents, fraction])('whole people: the smallest whole h with h × (1 − s) ≥ agents', (n, s) => {
    const headcount = scheduledAgents({ agents: n, shrinkage: s }, { wholePeople: true });
    expect(Number.isInteger(headcount)).toBe(true);
    expect(headcount * (1 - s)).toBeGreaterThanOrEqual(n);
    if (headcount > 0) expect((headcount - 1) * (1 - s)).toBeLessThan(n);
  });

  test.prop([agents, fraction, fraction])('more shrinkage never needs fewer agents', (n, a, b) => {
    const [low, high] = a <= b ? [a, b] : [b, a];
    expect(scheduledAgents({ agents: n, shrinkage: high })).toBeGreaterThanOrEqual(scheduledAgents({ agents: n, shrinkage: low }));
  });

  test.prop([agents, agents, fraction])('is linear in the agents: two queues scheduled apart need what they need together', (a, b, s) => {
    expect(scheduledAgents({ agents: a + b, shrinkage: s })).toBeCloseTo(scheduledAgents({ agents: a, shrinkage: s }) + scheduledAgents({ agents: b, shrinkage: s }), 6);
  });

  test.prop([agents, fraction, fraction])('two shrinkage factors over successive bases combine as 1 − (1 − a)(1 − b)', (n, a, b) => {
    const combined = 1 - (1 - a) * (1 - b);
    const stepwise = scheduledAgents({ agents: scheduledAgents({ agents: n, shrinkage: a }), shrinkage: b });
    // Relative, not absolute: with a and b near 0.99 the result is near 10¹⁰, and 1 − combined
    // (≥ 10⁻⁴) keeps about 12 of the 16 digits of combined, so 1e-10 of the result.
    expect(Math.abs(scheduledAgents({ agents: n, shrinkage: combined }) - stepwise)).toBeLessThanOrEqual(1e-10 * Math.max(1, stepwise));
  });
});
