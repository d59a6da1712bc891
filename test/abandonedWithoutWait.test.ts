/**
 * Abandoned contacts with no recorded wait (`waitSeconds` `null` or absent), as exports such as
 * the PwC call-centre data set leave them: accepted by every contact log; only what needs the
 * wait refuses them, naming the contact.
 */
import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import {
  abandonmentRate,
  abandonmentRateMetric,
  abandonmentRateSummary,
  averageSpeedOfAnswer,
  averageWait,
  groupBy,
  mergeServiceLevelSummaries,
  serviceLevel,
  serviceLevelFromSummary,
  serviceLevelMetric,
  serviceLevelSummary,
  type QueueContact,
  type ServiceLevelVariant,
} from '../src/index.js';
import { deepFreeze, expectMetricError } from './helpers.js';

// Threshold 20 s. Answered: 5 s (within), 30 s. Abandoned: wait unknown (null), wait unknown
// (absent), 10 s (within). So A = 2, AW = 1, B = 3, BW (known) = 1, unknown = 2, S = 0.
const log: readonly QueueContact[] = deepFreeze([
  { waitSeconds: 5, outcome: 'answered' },
  { waitSeconds: 30, outcome: 'answered' },
  { waitSeconds: null, outcome: 'abandoned' },
  { outcome: 'abandoned' },
  { waitSeconds: 10, outcome: 'abandoned' },
]);

describe('a log with abandoned contacts whose wait is unknown', () => {
  test('gives every figure that does not need those waits', () => {
    // AW / (A + B − S) = 1 / 5; AW / A = 1 / 2; (AW + S) / (A + B) = 1 / 5.
    expect(serviceLevel(log, { thresholdSeconds: 20 })).toBe(20);
    expect(serviceLevel(log, { thresholdSeconds: 20, variant: 'ignoreAbandoned' })).toBe(50);
    expect(serviceLevel(log, { thresholdSeconds: 20, variant: 'shortAbandonedAsMet' })).toBe(20);
    expect(serviceLevel(log, { thresholdSeconds: 20, shortAbandonSeconds: 0 })).toBe(20);
    // 3 abandoned of 5 offered.
    expect(abandonmentRate(log)).toBe(60);
    expect(abandonmentRate(log, { shortAbandonSeconds: 0 })).toBe(60);
    expect(abandonmentRateSummary(log)).toStrictEqual({ offered: 5, abandoned: 3, shortAbandoned: 0 });
    // (5 + 30) / 2.
    expect(averageSpeedOfAnswer(log)).toBe(17.5);
    expect(averageWait(log, { outcome: 'answered' })).toBe(17.5);
  });

  test('serviceLevelSummary counts them in abandoned and in abandonedWaitUnknown, not within the threshold', () => {
    const summary = serviceLevelSummary(log, { thresholdSeconds: 20 });
    expect(summary).toStrictEqual({
      thresholdSeconds: 20,
      shortAbandonSeconds: 0,
      answered: 2,
      answeredWithinThreshold: 1,
      abandoned: 3,
      abandonedWithinThreshold: 1,
      shortAbandoned: 0,
      abandonedWaitUnknown: 2,
    });
    expect(serviceLevelFromSummary(summary)).toBe(20);
    expect(serviceLevelFromSummary(summary, { variant: 'ignoreAbandoned' })).toBe(50);
    const doubled = mergeServiceLevelSummaries(summary, summary);
    expect(doubled.abandonedWaitUnknown).toBe(4);
    expect(doubled.abandoned).toBe(6);
    expect(serviceLevelFromSummary(doubled)).toBe(20);
  });

  test.each(['ignoreAbandonedWithinThreshold', 'abandonedWithinThresholdAsMet'] as const)(
    "the variant '%s' refuses the first contact without a wait, and a summary with such contacts",
    (variant) => {
      const error = expectMetricError(() => serviceLevel(log, { thresholdSeconds: 20, variant }), {
        metric: 'serviceLevel',
        code: 'WRONG_TYPE',
        field: 'contacts[2].waitSeconds',
      });
      expect(error.message).toContain(`an abandoned contact's wait is needed for the variant '${variant}'`);
      const summary = serviceLevelSummary(log, { thresholdSeconds: 20 });
      expectMetricError(() => serviceLevelFromSummary(summary, { variant }), {
        metric: 'serviceLevelFromSummary',
        code: 'INCONSISTENT',
        field: 'summary.abandonedWaitUnknown',
      });
      const byQueue = () => groupBy(log, { key: () => 'q', value: (c) => c, metric: serviceLevelMetric({ thresholdSeconds: 20, variant }) });
      // groupBy reports a member's error under its own name.
      expectMetricError(byQueue, { metric: 'groupBy', code: 'INCONSISTENT', field: 'summary.abandonedWaitUnknown' });
    },
  );

  test('a short-abandon threshold above 0 refuses them: a short abandon needs its wait', () => {
    for (const run of [
      () => serviceLevel(log, { thresholdSeconds: 20, shortAbandonSeconds: 5 }),
      () => serviceLevelSummary(log, { thresholdSeconds: 20, shortAbandonSeconds: 5 }),
      () => abandonmentRate(log, { shortAbandonSeconds: 5 }),
      () => abandonmentRateSummary(log, { shortAbandonSeconds: 5 }),
    ]) {
      let thrown: unknown;
      try {
        run();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toMatchObject({ code: 'WRONG_TYPE', field: 'contacts[2].waitSeconds' });
      expect((thrown as Error).message).toContain("an abandoned contact's wait is needed for a short-abandon threshold");
    }
    expectMetricError(() => abandonmentRate(log, (c) => c, { shortAbandonSeconds: 5 }), {
      metric: 'abandonmentRate',
      code: 'WRONG_TYPE',
      field: 'contacts[2].waitSeconds',
    });
  });

  test('averageWait of abandoned or all contacts refuses them', () => {
    for (const outcome of ['all', 'abandoned'] as const) {
      const error = expectMetricError(() => averageWait(log, { outcome }), { metric: 'averageWait', code: 'WRONG_TYPE', field: 'contacts[2].waitSeconds' });
      expect(error.message).toContain("an abandoned contact's wait is needed for the average wait");
    }
    expectMetricError(() => averageWait(log), { metric: 'averageWait', code: 'WRONG_TYPE', field: 'contacts[2].waitSeconds' });
  });

  test('an answered contact still needs its wait', () => {
    for (const contact of [{ waitSeconds: null, outcome: 'answered' }, { outcome: 'answered' }] as const) {
      const error = expectMetricError(() => averageSpeedOfAnswer([...log, contact]), {
        metric: 'averageSpeedOfAnswer',
        code: 'WRONG_TYPE',
        field: 'contacts[5].waitSeconds',
      });
      expect(error.message).toContain('an answered contact always has a wait');
      expectMetricError(() => serviceLevel([contact], { thresholdSeconds: 20 }), { metric: 'serviceLevel', code: 'WRONG_TYPE', field: 'contacts[0].waitSeconds' });
    }
  });

  test('the descriptors accept them for the figures that do not need the waits', () => {
    const groups = groupBy(log, { key: () => 'q', value: (c) => c, metric: serviceLevelMetric({ thresholdSeconds: 20 }) });
    expect(groups.map((g) => g.value)).toEqual([20]);
    const rates = groupBy(log, { key: () => 'q', value: (c) => c, metric: abandonmentRateMetric() });
    expect(rates.map((g) => g.value)).toEqual([60]);
  });

  test('summaries contradicting themselves about unknown waits are INCONSISTENT', () => {
    const base = { thresholdSeconds: 20, shortAbandonSeconds: 0, answered: 2, answeredWithinThreshold: 1, abandoned: 3, abandonedWithinThreshold: 1, shortAbandoned: 0 };
    // 1 abandon within the threshold has a known wait, so at most 3 − 1 = 2 are unknown.
    expectMetricError(() => mergeServiceLevelSummaries({ ...base, abandonedWaitUnknown: 3 }, base), {
      metric: 'mergeServiceLevelSummaries',
      code: 'INCONSISTENT',
      field: 'a.abandonedWaitUnknown',
    });
    expectMetricError(() => serviceLevelFromSummary({ ...base, abandonedWaitUnknown: 3 }), {
      metric: 'serviceLevelFromSummary',
      code: 'INCONSISTENT',
      field: 'summary.abandonedWaitUnknown',
    });
    // Counted with a short-abandon threshold, no wait may be unknown.
    const short = { ...base, shortAbandonSeconds: 5, abandonedWaitUnknown: 1 };
    expectMetricError(() => mergeServiceLevelSummaries(short, short), { metric: 'mergeServiceLevelSummaries', code: 'INCONSISTENT', field: 'a.abandonedWaitUnknown' });
    expectMetricError(() => serviceLevelFromSummary(short), { metric: 'serviceLevelFromSummary', code: 'INCONSISTENT', field: 'summary.abandonedWaitUnknown' });
    // A missing count is 0 (warehouse counts), and summaries without it merge.
    expect(mergeServiceLevelSummaries(base, base).abandonedWaitUnknown).toBe(0);
  });
});

// ── property: blanking abandoned waits changes nothing that does not read them ─────────────

const wait = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 300 }));
const timedContact = fc.record(
  { waitSeconds: wait, outcome: fc.constantFrom('answered' as const, 'abandoned' as const) },
  { noNullPrototype: true },
);
/** A log, and which of its abandoned contacts lose their wait (set to null, or the field removed). */
const blanked = fc
  .array(fc.tuple(timedContact, fc.constantFrom('keep', 'null', 'absent')), { maxLength: 80 })
  .map((rows) => ({
    full: rows.map(([contact]) => contact),
    partial: rows.map(([contact, blank]): QueueContact => {
      if (contact.outcome === 'answered' || blank === 'keep') return contact;
      return blank === 'null' ? { waitSeconds: null, outcome: 'abandoned' } : { outcome: 'abandoned' };
    }),
  }));
const threshold = fc.oneof(fc.integer({ min: 0, max: 40 }), wait);
const variantWithoutWaits = fc.constantFrom<ServiceLevelVariant>('abandonedAsMissed', 'ignoreAbandoned', 'shortAbandonedAsMet');

/** `run`'s result, or the code of the MetricInputError it throws (EMPTY for an empty log). */
const outcomeOf = (run: () => number): number | string => {
  try {
    return run();
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('unknown abandoned waits, as a property', () => {
  propTest.prop([blanked, threshold, variantWithoutWaits])(
    'a variant that does not need them gives the same service level as the log with every wait filled in',
    ({ full, partial }, thresholdSeconds, variant) => {
      const options = { thresholdSeconds, variant };
      expect(outcomeOf(() => serviceLevel(partial, options))).toBe(outcomeOf(() => serviceLevel(full, options)));
      const summary = serviceLevelSummary(partial, { thresholdSeconds });
      expect(outcomeOf(() => serviceLevelFromSummary(summary, { variant }))).toBe(outcomeOf(() => serviceLevel(full, options)));
      // The summary differs only in what needs the waits: abandons within the threshold.
      const reference = serviceLevelSummary(full, { thresholdSeconds });
      const unknown = partial.filter((c) => c.waitSeconds == null).length;
      expect(summary.abandonedWaitUnknown).toBe(unknown);
      expect({ ...summary, abandonedWithinThreshold: 0, abandonedWaitUnknown: 0 }).toStrictEqual({
        ...reference,
        abandonedWithinThreshold: 0,
      });
      expect(summary.abandonedWithinThreshold).toBeLessThanOrEqual(reference.abandonedWithinThreshold);
    },
  );

  propTest.prop([blanked])('abandonment rate (no short abandons) and ASA are those of the log with every wait filled in', ({ full, partial }) => {
    expect(outcomeOf(() => abandonmentRate(partial))).toBe(outcomeOf(() => abandonmentRate(full)));
    expect(abandonmentRateSummary(partial)).toStrictEqual(abandonmentRateSummary(full));
    expect(outcomeOf(() => averageSpeedOfAnswer(partial))).toBe(outcomeOf(() => averageSpeedOfAnswer(full)));
  });
});
