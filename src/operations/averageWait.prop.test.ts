import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { averageSpeedOfAnswer, averageWait, meanSummary, type QueueContact as LogContact } from '../index.js';

/** A contact with a recorded wait: these properties generate no unknown waits (see test/abandonedWithoutWait.test.ts). */
type QueueContact = LogContact & { readonly waitSeconds: number };

const contact: fc.Arbitrary<QueueContact> = fc.record(
  {
    waitSeconds: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 3600 })),
    outcome: fc.constantFrom('answered' as const, 'abandoned' as const),
  },
  { noNullPrototype: true },
);
const log = fc.array(contact, { maxLength: 150 });
const mean = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('average wait properties', () => {
  test.prop([log])('agree with filtering the log by hand', (contacts) => {
    const answered = contacts.filter((c) => c.outcome === 'answered').map((c) => c.waitSeconds);
    const abandoned = contacts.filter((c) => c.outcome === 'abandoned').map((c) => c.waitSeconds);
    if (answered.length > 0) expect(averageSpeedOfAnswer(contacts)).toBeCloseTo(mean(answered), 8);
    if (abandoned.length > 0) expect(averageWait(contacts, { outcome: 'abandoned' })).toBeCloseTo(mean(abandoned), 8);
    if (contacts.length > 0) expect(averageWait(contacts)).toBeCloseTo(mean(contacts.map((c) => c.waitSeconds)), 8);
  });

  test.prop([log])('the wait of all contacts lies between the answered and the abandoned averages', (contacts) => {
    const counts = [contacts.filter((c) => c.outcome === 'answered').length, contacts.filter((c) => c.outcome === 'abandoned').length];
    fc.pre(counts[0]! > 0 && counts[1]! > 0);
    const [asa, abandon, all] = [averageSpeedOfAnswer(contacts), averageWait(contacts, { outcome: 'abandoned' }), averageWait(contacts)];
    const slack = 1e-9 * Math.max(1, asa, abandon);
    expect(all).toBeGreaterThanOrEqual(Math.min(asa, abandon) - slack);
    expect(all).toBeLessThanOrEqual(Math.max(asa, abandon) + slack);
  });

  test.prop([log])('the mean summaries of waits by outcome (an accessor that returns null for the others) add up to all', (contacts) => {
    const waitOf = (outcome: string) => (c: QueueContact) => (c.outcome === outcome ? c.waitSeconds : null);
    const [answered, abandoned, all] = [meanSummary(contacts, waitOf('answered')), meanSummary(contacts, waitOf('abandoned')), meanSummary(contacts, (c) => c.waitSeconds)];
    expect(answered.count + abandoned.count).toBe(all.count);
    expect(answered.unanswered).toBe(abandoned.count);
    expect(answered.count * answered.mean + abandoned.count * abandoned.mean).toBeCloseTo(all.count * all.mean, 6);
    if (answered.count > 0) expect(answered.mean).toBeCloseTo(averageSpeedOfAnswer(contacts), 8);
  });
});
