import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  firstContactOutcomes,
  firstContactResolutionFromSummary,
  firstContactResolution,
  firstContactResolutionSummary,
  type CustomerContact,
  type FirstContactOutcome,
} from '../index.js';

const HOUR = 3_600_000;
/** Few customers and coarse times, so that repeats, ties and window edges are common. */
const contact: fc.Arbitrary<CustomerContact> = fc.record(
  {
    customerId: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constantFrom('a', 'b', '1')),
    contactedAt: fc.oneof(
      fc.integer({ min: 0, max: 24 * 40 }).map((hours) => hours * HOUR),
      fc.integer({ min: 0, max: 24 * 40 }).map((hours) => new Date(hours * HOUR)),
    ),
  },
  { noNullPrototype: true },
);
const log = fc.array(contact, { maxLength: 80 });
const windowSeconds = fc.oneof(fc.constantFrom(0, 3600, 86_400, 604_800), fc.integer({ min: 0, max: 30 * 86_400 }));
const timeOf = (c: CustomerContact): number => (typeof c.contactedAt === 'number' ? c.contactedAt : c.contactedAt.getTime());

/**
 * The outcomes by the definition, in O(n²): a contact is repeated when another contact of the
 * same customer comes at or after it (at the same instant: later in the log) and at most the
 * window later; otherwise resolved when its window ends by the end of the log, else too recent.
 */
function bruteForce(contacts: readonly CustomerContact[], windowMs: number, end: number): FirstContactOutcome[] {
  return contacts.map((c, i) => {
    const t = timeOf(c);
    const repeated = contacts.some((d, j) => {
      if (j === i || d.customerId !== c.customerId) return false;
      const u = timeOf(d);
      return (u > t || (u === t && j > i)) && u <= t + windowMs;
    });
    if (repeated) return 'repeated';
    return t + windowMs <= end ? 'resolved' : 'tooRecent';
  });
}

const endOf = (contacts: readonly CustomerContact[]): number => Math.max(...contacts.map(timeOf));

describe('first-contact resolution from a log: properties', () => {
  test.prop([log, windowSeconds, fc.integer({ min: 0, max: 24 * 20 })])(
    'every outcome agrees with an O(n²) reading of the definition',
    (contacts, seconds, extraHours) => {
      fc.pre(contacts.length > 0);
      const observedUntil = endOf(contacts) + extraHours * HOUR;
      expect(firstContactOutcomes(contacts, { repeatWindowSeconds: seconds, observedUntil })).toStrictEqual(
        bruteForce(contacts, seconds * 1000, observedUntil),
      );
      // Default end of the log: the latest contact.
      expect(firstContactOutcomes(contacts, { repeatWindowSeconds: seconds })).toStrictEqual(bruteForce(contacts, seconds * 1000, endOf(contacts)));
    },
  );

  test.prop([fc.array(contact.map((c) => ({ ...c, customerId: typeof c.customerId === 'number' ? c.customerId % 2 : 'a' })), { minLength: 20, maxLength: 120 }), windowSeconds])(
    'agrees with the O(n²) reading when customers have many contacts each (the long-group sort)',
    (contacts, seconds) => {
      const observedUntil = endOf(contacts);
      expect(firstContactOutcomes(contacts, { repeatWindowSeconds: seconds })).toStrictEqual(bruteForce(contacts, seconds * 1000, observedUntil));
    },
  );

  test.prop([log, windowSeconds, fc.infiniteStream(fc.nat())])('the counts do not depend on the order of the log', (contacts, seconds, seeds) => {
    const shuffled = [...contacts];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = seeds.next().value % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    const options = { repeatWindowSeconds: seconds, observedUntil: 41 * 24 * HOUR };
    expect(firstContactResolutionSummary(shuffled, options)).toStrictEqual(firstContactResolutionSummary(contacts, options));
  });

  test.prop([log, windowSeconds])('the counts add up, and the rate is the rate of the counts, in 0–100', (contacts, seconds) => {
    const options = { repeatWindowSeconds: seconds, observedUntil: 41 * 24 * HOUR };
    const counts = firstContactResolutionSummary(contacts, options);
    expect(counts.contacts + counts.tooRecent).toBe(contacts.length);
    expect(counts.resolvedOnFirstContact + counts.repeated).toBe(counts.contacts);
    fc.pre(counts.contacts > 0);
    const rate = firstContactResolution(contacts, options);
    expect(rate).toBe(firstContactResolutionFromSummary(counts));
    expect(rate).toBeGreaterThanOrEqual(0);
    expect(rate).toBeLessThanOrEqual(100);
  });

  test.prop([log, windowSeconds, windowSeconds])('a longer window never finds fewer repeats', (contacts, a, b) => {
    const [short, long] = a <= b ? [a, b] : [b, a];
    const observedUntil = 41 * 24 * HOUR;
    const before = firstContactResolutionSummary(contacts, { repeatWindowSeconds: short, observedUntil });
    const after = firstContactResolutionSummary(contacts, { repeatWindowSeconds: long, observedUntil });
    expect(after.repeated).toBeGreaterThanOrEqual(before.repeated);
  });

  test.prop([log, windowSeconds, fc.integer({ min: 0, max: 24 * 10 }), fc.integer({ min: 1, max: 24 * 10 })])(
    'a later end of the log never leaves more contacts too recent, and never changes a known outcome',
    (contacts, seconds, hours, moreHours) => {
      fc.pre(contacts.length > 0);
      const early = endOf(contacts) + hours * HOUR;
      const options = { repeatWindowSeconds: seconds };
      const before = firstContactOutcomes(contacts, { ...options, observedUntil: early });
      const after = firstContactOutcomes(contacts, { ...options, observedUntil: early + moreHours * HOUR });
      before.forEach((outcome, i) => {
        if (outcome !== 'tooRecent') expect(after[i]).toBe(outcome);
      });
      expect(after.filter((o) => o === 'tooRecent').length).toBeLessThanOrEqual(before.filter((o) => o === 'tooRecent').length);
    },
  );

  test.prop([log, windowSeconds])('shards by customer add up to the whole log', (contacts, seconds) => {
    const options = { repeatWindowSeconds: seconds, observedUntil: 41 * 24 * HOUR };
    const ids = [...new Set(contacts.map((c) => c.customerId))];
    const shards = [ids.filter((_, i) => i % 2 === 0), ids.filter((_, i) => i % 2 === 1)].map((part) =>
      firstContactResolutionSummary(
        contacts.filter((c) => part.includes(c.customerId)),
        options,
      ),
    );
    const whole = firstContactResolutionSummary(contacts, options);
    expect(shards[0]!.contacts + shards[1]!.contacts).toBe(whole.contacts);
    expect(shards[0]!.resolvedOnFirstContact + shards[1]!.resolvedOnFirstContact).toBe(whole.resolvedOnFirstContact);
    expect(shards[0]!.tooRecent + shards[1]!.tooRecent).toBe(whole.tooRecent);
  });

  test.prop([log, windowSeconds])('Dates and epoch milliseconds give the same outcomes', (contacts, seconds) => {
    const asNumbers = contacts.map((c) => ({ customerId: c.customerId, contactedAt: timeOf(c) }));
    const asDates = contacts.map((c) => ({ customerId: c.customerId, contactedAt: new Date(timeOf(c)) }));
    const options = { repeatWindowSeconds: seconds, observedUntil: new Date(41 * 24 * HOUR) };
    expect(firstContactOutcomes(asDates, options)).toStrictEqual(firstContactOutcomes(asNumbers, options));
  });
});

describe('first-contact resolution from counts: properties', () => {
  /** Consistent counts: first-contact resolutions ≤ resolved ≤ contacts, and unresolvable among the rest. */
  const counts = fc
    .tuple(fc.integer({ min: 1, max: 1e6 }), fc.double({ noNaN: true, min: 0, max: 1 }), fc.double({ noNaN: true, min: 0, max: 1 }), fc.double({ noNaN: true, min: 0, max: 1 }))
    .map(([contacts, a, b, c]) => {
      const resolved = Math.floor(a * contacts);
      const resolvedOnFirstContact = Math.floor(b * resolved);
      const notResolvableOnFirstContact = Math.floor(c * (contacts - resolvedOnFirstContact));
      return { contacts, resolved, resolvedOnFirstContact, notResolvableOnFirstContact };
    });

  test.prop([counts])('gross FCR is never above net FCR or FCR over resolved contacts', (c) => {
    const gross = firstContactResolutionFromSummary(c);
    expect(gross).toBeGreaterThanOrEqual(0);
    expect(gross).toBeLessThanOrEqual(100);
    if (c.contacts - c.notResolvableOnFirstContact > 0) {
      const net = firstContactResolutionFromSummary(c, { basis: 'net' });
      expect(net).toBeGreaterThanOrEqual(gross);
      expect(net).toBeLessThanOrEqual(100);
    }
    if (c.resolved > 0) {
      const overResolved = firstContactResolutionFromSummary(c, { basis: 'resolved' });
      expect(overResolved).toBeGreaterThanOrEqual(gross);
      expect(overResolved).toBeLessThanOrEqual(100);
    }
  });

  test.prop([counts])('each basis agrees with its formula computed another way', (c) => {
    expect(firstContactResolutionFromSummary(c)).toBeCloseTo((c.resolvedOnFirstContact / c.contacts) * 100, 9);
    if (c.contacts - c.notResolvableOnFirstContact > 0) {
      const net = c.resolvedOnFirstContact / (c.contacts - c.notResolvableOnFirstContact);
      expect(firstContactResolutionFromSummary(c, { basis: 'net' })).toBeCloseTo(net * 100, 9);
    }
    if (c.resolved > 0) expect(firstContactResolutionFromSummary(c, { basis: 'resolved' })).toBeCloseTo((c.resolvedOnFirstContact / c.resolved) * 100, 9);
  });
});
