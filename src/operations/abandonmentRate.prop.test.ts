import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { abandonmentRateFromSummary, abandonmentRate, abandonmentRateSummary, type QueueContact as LogContact } from '../index.js';

/** A contact with a recorded wait: these properties generate no unknown waits (see test/abandonedWithoutWait.test.ts). */
type QueueContact = LogContact & { readonly waitSeconds: number };

const wait = fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 600 });
const contact: fc.Arbitrary<QueueContact> = fc.record(
  {
    waitSeconds: fc.oneof(wait, fc.integer({ min: 0, max: 15 })),
    outcome: fc.constantFrom('answered' as const, 'abandoned' as const),
  },
  { noNullPrototype: true },
);
const log = fc.array(contact, { maxLength: 200 });
const threshold = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 15 }), wait);

const isShort = (c: QueueContact, seconds: number): boolean => c.outcome === 'abandoned' && c.waitSeconds < seconds;
const counted = (contacts: readonly QueueContact[], seconds: number): number => contacts.filter((c) => !isShort(c, seconds)).length;

/** Counts (offered, abandoned, short) small enough to be exact, consistent by construction. */
const counts = fc
  .tuple(fc.nat({ max: 1e6 }), fc.nat({ max: 1e6 }), fc.nat({ max: 1e6 }))
  .map(([answered, realAbandons, shortAbandons]) => ({
    offered: answered + realAbandons + shortAbandons,
    abandoned: realAbandons + shortAbandons,
    shortAbandoned: shortAbandons,
  }))
  .filter((c) => c.offered - c.shortAbandoned > 0);

describe('abandonmentRateFromSummary properties', () => {
  test.prop([log, threshold])('agrees with an independent count and stays in 0–100', (contacts, seconds) => {
    fc.pre(counted(contacts, seconds) > 0);
    const realAbandons = contacts.filter((c) => c.outcome === 'abandoned' && c.waitSeconds >= seconds).length;
    const rate = abandonmentRate(contacts, { shortAbandonSeconds: seconds });
    expect(rate).toBeCloseTo((realAbandons / counted(contacts, seconds)) * 100, 12);
    expect(rate).toBeGreaterThanOrEqual(0);
    expect(rate).toBeLessThanOrEqual(100);
  });

  test.prop([counts])('counts: the rate stays in 0–100', (c) => {
    const rate = abandonmentRateFromSummary(c);
    expect(rate).toBeGreaterThanOrEqual(0);
    expect(rate).toBeLessThanOrEqual(100);
  });

  test.prop([log, threshold])('excluding short abandons equals computing on the log without them', (contacts, seconds) => {
    const filtered = contacts.filter((c) => !isShort(c, seconds));
    fc.pre(filtered.length > 0);
    expect(abandonmentRate(contacts, { shortAbandonSeconds: seconds })).toBe(abandonmentRate(filtered));
  });

  test.prop([counts])('counts: excluding short abandons equals removing them from both counts', (c) => {
    expect(abandonmentRateFromSummary(c)).toBe(abandonmentRateFromSummary({ offered: c.offered - c.shortAbandoned, abandoned: c.abandoned - c.shortAbandoned }));
  });

  test.prop([log, threshold, fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 100 })])(
    'one more abandon never lowers the rate; one more answered contact never raises it',
    (contacts, seconds, extra) => {
      fc.pre(counted(contacts, seconds) > 0);
      const options = { shortAbandonSeconds: seconds };
      const rate = abandonmentRate(contacts, options);
      const realAbandon: QueueContact = { waitSeconds: seconds + extra, outcome: 'abandoned' };
      expect(abandonmentRate([...contacts, realAbandon], options)).toBeGreaterThanOrEqual(rate);
      // A short abandon leaves the rate exactly as it was.
      if (seconds > 0) expect(abandonmentRate([...contacts, { waitSeconds: 0, outcome: 'abandoned' }], options)).toBe(rate);
      expect(abandonmentRate([...contacts, { waitSeconds: extra, outcome: 'answered' }], options)).toBeLessThanOrEqual(rate);
    },
  );

  test.prop([counts, fc.nat({ max: 1000 })])('counts: more abandons of the same offered never lower the rate', (c, more) => {
    const extra = Math.min(more, c.offered - c.abandoned);
    expect(abandonmentRateFromSummary({ ...c, abandoned: c.abandoned + extra })).toBeGreaterThanOrEqual(abandonmentRateFromSummary(c));
  });

  test.prop([log, threshold, threshold])('a higher threshold never finds fewer short abandons', (contacts, a, b) => {
    const [low, high] = a <= b ? [a, b] : [b, a];
    const lower = abandonmentRateSummary(contacts, { shortAbandonSeconds: low });
    const higher = abandonmentRateSummary(contacts, { shortAbandonSeconds: high });
    expect(higher.shortAbandoned).toBeGreaterThanOrEqual(lower.shortAbandoned);
    expect(higher.offered).toBe(lower.offered);
    expect(higher.abandoned).toBe(lower.abandoned);
  });

  test.prop([log, fc.infiniteStream(fc.nat())])('does not depend on the order of the log', (contacts, seeds) => {
    const shuffled = [...contacts];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = seeds.next().value % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    expect(abandonmentRateSummary(shuffled, { shortAbandonSeconds: 5 })).toStrictEqual(abandonmentRateSummary(contacts, { shortAbandonSeconds: 5 }));
  });

  test.prop([log, threshold])('an accessor, a Set and an array agree; the counts add up', (contacts, seconds) => {
    const options = { shortAbandonSeconds: seconds };
    const summary = abandonmentRateSummary(contacts, options);
    expect(abandonmentRateSummary(contacts.map((c) => ({ c })), (row) => row.c, options)).toStrictEqual(summary);
    expect(abandonmentRateSummary(new Set(contacts.map((c) => [c] as const)), (row) => row[0], options)).toStrictEqual(summary);
    expect(summary.offered).toBe(contacts.length);
    expect(summary.abandoned).toBe(contacts.filter((c) => c.outcome === 'abandoned').length);
    expect(summary.shortAbandoned).toBe(contacts.filter((c) => isShort(c, seconds)).length);
  });

  test.prop([
    log,
    fc.nat(),
    fc.oneof(
      fc.constant(null),
      fc.record({ waitSeconds: fc.double({ max: -Number.MIN_VALUE, noNaN: true, noDefaultInfinity: true }), outcome: fc.constant('answered') }),
      fc.record({ waitSeconds: wait, outcome: fc.string().filter((s) => s !== 'answered' && s !== 'abandoned') }),
    ),
  ])('any invalid record anywhere is an error naming its index', (contacts, at, bad) => {
    const index = at % (contacts.length + 1);
    const corrupted: unknown[] = [...contacts.slice(0, index), bad, ...contacts.slice(index)];
    const [code, field] =
      bad === null
        ? (['WRONG_TYPE', `contacts[${index}]`] as const)
        : bad.outcome === 'answered'
          ? (['NEGATIVE', `contacts[${index}].waitSeconds`] as const)
          : (['UNKNOWN_VALUE', `contacts[${index}].outcome`] as const);
    expectMetricError(() => abandonmentRateSummary(corrupted as QueueContact[]), { metric: 'abandonmentRateSummary', code, field });
  });
});
