/**
 * The descriptors of the contact-centre metrics: for any log and any grouping, each group's
 * value equals the batch metric of that group's rows, and its `answered` is the denominator the
 * metric divides by (counted here by hand).
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  abandonmentRate,
  abandonmentRateMetric,
  contactMixMetric,
  firstContactOutcomes,
  firstContactResolution,
  firstContactResolutionMetric,
  groupBy,
  serviceLevel,
  serviceLevelMetric,
  type QueueContact as LogContact,
  type ServiceLevelVariant,
} from '../index.js';

/** A contact with a recorded wait: these properties generate no unknown waits (see test/abandonedWithoutWait.test.ts). */
type QueueContact = LogContact & { readonly waitSeconds: number };

interface Call extends QueueContact {
  readonly team: 'a' | 'b' | 'c';
}
const call: fc.Arbitrary<Call> = fc.record(
  { team: fc.constantFrom('a' as const, 'b' as const, 'c' as const), waitSeconds: fc.integer({ min: 0, max: 90 }), outcome: fc.constantFrom('answered' as const, 'abandoned' as const) },
  { noNullPrototype: true },
);
const calls = fc.array(call, { maxLength: 60 });
const variants: readonly ServiceLevelVariant[] = ['abandonedAsMissed', 'ignoreAbandoned', 'ignoreAbandonedWithinThreshold', 'abandonedWithinThresholdAsMet', 'shortAbandonedAsMet'];

/** The batch metric of a group, or null when it is undefined (throws EMPTY). */
function orNull(compute: () => number): number | null {
  try {
    return compute();
  } catch {
    return null;
  }
}

describe('operations descriptors', () => {
  test.prop([calls, fc.constantFrom(...variants), fc.integer({ min: 0, max: 10 })])(
    'serviceLevelMetric: each group is the service level of its rows',
    (log, variant, shortAbandonSeconds) => {
      const options = { thresholdSeconds: 20, shortAbandonSeconds, variant };
      const groups = groupBy(log, { key: (c) => c.team, value: (c) => c, metric: serviceLevelMetric(options) });
      for (const group of groups) {
        const rows = log.filter((c) => c.team === group.key);
        expect(group.value).toBe(orNull(() => serviceLevel(rows, options)));
        // By hand, for the default variant: every contact but the short abandons.
        if (variant === 'abandonedAsMissed') {
          expect(group.answered).toBe(rows.filter((c) => c.outcome === 'answered' || c.waitSeconds >= shortAbandonSeconds).length);
        }
      }
    },
  );

  test.prop([calls, fc.integer({ min: 0, max: 10 })])('abandonmentRateMetric: each group is the abandonment rate of its rows', (log, shortAbandonSeconds) => {
    const groups = groupBy(log, { key: (c) => c.team, value: (c) => c, metric: abandonmentRateMetric({ shortAbandonSeconds }) });
    for (const group of groups) {
      const rows = log.filter((c) => c.team === group.key);
      expect(group.value).toBe(orNull(() => abandonmentRate(rows, { shortAbandonSeconds })));
      const offered = rows.filter((c) => c.outcome === 'answered' || c.waitSeconds >= shortAbandonSeconds).length;
      expect(group.answered).toBe(offered);
    }
  });

  test.prop([calls])('contactMixMetric: each group is the share of the category among its rows', (log) => {
    const groups = groupBy(log, { key: (c) => c.outcome, value: (c) => c.team, metric: contactMixMetric({ category: 'a' }) });
    for (const group of groups) {
      const rows = log.filter((c) => c.outcome === group.key);
      expect(group.answered).toBe(rows.length);
      expect(group.value).toBe((100 * rows.filter((c) => c.team === 'a').length) / rows.length);
    }
  });

  const customerLog = fc.array(
    fc.record({ customerId: fc.integer({ min: 1, max: 6 }), day: fc.integer({ min: 0, max: 30 }), channel: fc.constantFrom('chat', 'phone') }, { noNullPrototype: true }),
    { maxLength: 40 },
  );

  test.prop([customerLog])('firstContactResolutionMetric: one customer per group gives that customer’s FCR', (rows) => {
    const log = rows.map((r) => ({ customerId: r.customerId, contactedAt: r.day * 86_400_000, channel: r.channel }));
    const options = { observedUntil: 40 * 86_400_000 };
    const outcomes = firstContactOutcomes(log, options);
    const groups = groupBy(log, { key: (c) => c.customerId, value: (_c, i) => outcomes[i]!, metric: firstContactResolutionMetric() });
    for (const group of groups) {
      // A customer's contacts are judged only against each other: the batch FCR of them alone.
      const own = log.filter((c) => c.customerId === group.key);
      expect(group.value).toBe(orNull(() => firstContactResolution(own, options)));
      expect(group.answered).toBe(outcomes.filter((o, i) => log[i]!.customerId === group.key && o !== 'tooRecent').length);
    }
  });
});
