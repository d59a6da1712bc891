import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { contactsPerAgentHour } from '../index.js';

const contacts = fc.integer({ min: 0, max: 1e6 });
const seconds = fc.double({ noNaN: true, noDefaultInfinity: true, min: 1, max: 1e8 });

describe('contactsPerAgentHour properties', () => {
  test.prop([contacts, seconds])('is ≥ 0 and agrees with contacts / hours', (n, s) => {
    const rate = contactsPerAgentHour({ contacts: n, agentSeconds: s });
    expect(rate).toBeGreaterThanOrEqual(0);
    const independent = n / (s / 3600);
    expect(Math.abs(rate - independent)).toBeLessThanOrEqual(1e-14 * Math.max(independent, 1));
  });

  test.prop([contacts, seconds, fc.integer({ min: 1, max: 1000 })])('more contacts never lower it; more time never raises it', (n, s, more) => {
    const rate = contactsPerAgentHour({ contacts: n, agentSeconds: s });
    expect(contactsPerAgentHour({ contacts: n + more, agentSeconds: s })).toBeGreaterThanOrEqual(rate);
    expect(contactsPerAgentHour({ contacts: n, agentSeconds: s + more })).toBeLessThanOrEqual(rate);
  });

  test.prop([fc.array(fc.tuple(contacts, seconds), { minLength: 1, maxLength: 10 })])(
    'the rate of summed agents lies between the lowest and highest agent rate',
    (agents) => {
      const rates = agents.map(([n, s]) => contactsPerAgentHour({ contacts: n, agentSeconds: s }));
      const total = contactsPerAgentHour({
        contacts: agents.reduce((sum, [n]) => sum + n, 0),
        agentSeconds: agents.reduce((sum, [, s]) => sum + s, 0),
      });
      expect(total).toBeGreaterThanOrEqual(Math.min(...rates) * (1 - 1e-12));
      expect(total).toBeLessThanOrEqual(Math.max(...rates) * (1 + 1e-12));
    },
  );
});
