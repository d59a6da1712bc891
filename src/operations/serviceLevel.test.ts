import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, iterate, NOT_NUMBERS } from '../../test/helpers.js';
import {
  mergeServiceLevelSummaries,
  serviceLevelFromSummary,
  serviceLevel,
  serviceLevelSummary,
  type MetricInputErrorCode,
  type QueueContact,
  type ServiceLevelSummary,
  type ServiceLevelVariant,
} from '../index.js';

const answered = (waitSeconds: number): QueueContact => ({ waitSeconds, outcome: 'answered' });
const abandoned = (waitSeconds: number): QueueContact => ({ waitSeconds, outcome: 'abandoned' });

// ICMI QueueTips (2005), "Service level calculations" (reprinted by Call Centre Helper, "Service level
// threshold calculations"): 1,000 answered, 860 of them within 20 s; 60 abandoned, 20 within
// 20 s, 40 after, 10 within 5 s.
const icmi = { answered: 1000, answeredWithinThreshold: 860, abandoned: 60, abandonedWithinThreshold: 20 } as const;

describe('serviceLevelFromSummary', () => {
  test("follows ICMI's worked example for each of its five formulas", () => {
    // #1, abandons within the threshold counted as met: (860 + 20) / (1000 + 60), "83 %".
    expect(serviceLevelFromSummary(icmi, { variant: 'abandonedWithinThresholdAsMet' })).toBe((100 * 880) / 1060);
    expect(Math.round(serviceLevelFromSummary(icmi, { variant: 'abandonedWithinThresholdAsMet' }))).toBe(83);
    // #2, abandons ignored: 860 / 1000, "86 %".
    expect(serviceLevelFromSummary(icmi, { variant: 'ignoreAbandoned' })).toBe(86);
    // #3, every abandon counts against: 860 / (1000 + 60), "81 %".
    expect(serviceLevelFromSummary(icmi, { variant: 'abandonedAsMissed' })).toBe((100 * 860) / 1060);
    expect(Math.round(serviceLevelFromSummary(icmi))).toBe(81);
    // #4, only abandons after the threshold count: 860 / (1000 + 40), "83 %".
    expect(serviceLevelFromSummary(icmi, { variant: 'ignoreAbandonedWithinThreshold' })).toBe((100 * 860) / 1040);
    expect(Math.round(serviceLevelFromSummary(icmi, { variant: 'ignoreAbandonedWithinThreshold' }))).toBe(83);
    // #5, short abandons (within 5 s) counted as met: by hand from its formula,
    // (860 + 10) / (1000 + 60) ≈ 82.08 %.
    expect(serviceLevelFromSummary({ ...icmi, shortAbandoned: 10 }, { variant: 'shortAbandonedAsMet' })).toBe((100 * 870) / 1060);
  });

  test('leaves short abandons out of every other variant, as if never offered', () => {
    const counts = { ...icmi, shortAbandoned: 10 };
    // By hand: 860 / (1060 − 10), the "short abandons excluded" formula.
    expect(serviceLevelFromSummary(counts)).toBe((100 * 860) / 1050);
    // (860 + 20 − 10) / (1060 − 10): the 10 short abandons no longer count as met.
    expect(serviceLevelFromSummary(counts, { variant: 'abandonedWithinThresholdAsMet' })).toBe((100 * 870) / 1050);
    // Short abandons are within the threshold, so these two do not change.
    expect(serviceLevelFromSummary(counts, { variant: 'ignoreAbandoned' })).toBe(86);
    expect(serviceLevelFromSummary(counts, { variant: 'ignoreAbandonedWithinThreshold' })).toBe((100 * 860) / 1040);
  });

  test("reproduces Cisco's three service-level types, whatever the split of the late contacts", () => {
    // Cisco Unified ICM (CTI Server guide, "Service Level Formulas"): 70 answered within the
    // threshold, 10 abandoned within it, 20 exceeded it; 100 service-level events.
    // Ignore: 70 / (100 − 10); negative: 70 / 100; positive: (70 + 10) / 100.
    for (const lateAnswered of [0, 7, 20]) {
      const counts = {
        answered: 70 + lateAnswered,
        answeredWithinThreshold: 70,
        abandoned: 10 + (20 - lateAnswered),
        abandonedWithinThreshold: 10,
      };
      expect(serviceLevelFromSummary(counts, { variant: 'ignoreAbandonedWithinThreshold' })).toBe(700 / 9);
      expect(serviceLevelFromSummary(counts, { variant: 'abandonedAsMissed' })).toBe(70);
      expect(serviceLevelFromSummary(counts, { variant: 'abandonedWithinThresholdAsMet' })).toBe(80);
    }
  });

  test("reproduces Genesys Stat Server's ServiceFactor, which needs no abandons-within count", () => {
    // sggu.com forum, "Service level in CCPulse": 200 answered within 20 s, 100 later, 50
    // abandoned in under 10 s, 50 later: 100 × 200 / ((300 + 100) − 50) = 57.14.
    const counts = { answered: 300, answeredWithinThreshold: 200, abandoned: 100, shortAbandoned: 50 };
    expect(serviceLevelFromSummary(counts)).toBe(20000 / 350);
    expect(serviceLevelFromSummary(counts).toFixed(2)).toBe('57.14');
  });

  test('reaches both ends of 0–100 and is not rounded', () => {
    expect(serviceLevelFromSummary({ answered: 3, answeredWithinThreshold: 0, abandoned: 0 })).toBe(0);
    expect(serviceLevelFromSummary({ answered: 3, answeredWithinThreshold: 3, abandoned: 0 })).toBe(100);
    expect(serviceLevelFromSummary({ answered: 3, answeredWithinThreshold: 1, abandoned: 0 })).toBe(100 / 3);
    // Every contact abandoned within the threshold, counted as met.
    expect(serviceLevelFromSummary({ answered: 0, answeredWithinThreshold: 0, abandoned: 4, abandonedWithinThreshold: 4 }, { variant: 'abandonedWithinThresholdAsMet' })).toBe(100);
  });

  test('one summary gives every variant', () => {
    const summary: ServiceLevelSummary = {
      thresholdSeconds: 20,
      shortAbandonSeconds: 5,
      ...icmi,
      shortAbandoned: 10,
    };
    const variants: readonly ServiceLevelVariant[] = [
      'abandonedAsMissed',
      'ignoreAbandoned',
      'ignoreAbandonedWithinThreshold',
      'abandonedWithinThresholdAsMet',
      'shortAbandonedAsMet',
    ];
    // By hand: 860/1050, 860/1000, 860/1040, 870/1050, 870/1060.
    expect(variants.map((variant) => serviceLevelFromSummary(summary, { variant }))).toEqual([
      (100 * 860) / 1050,
      86,
      (100 * 860) / 1040,
      (100 * 870) / 1050,
      (100 * 870) / 1060,
    ]);
  });

  test('does not mutate its input', () => {
    expect(serviceLevelFromSummary(deepFreeze({ answered: 4, answeredWithinThreshold: 3, abandoned: 2, shortAbandoned: 1 }), deepFreeze({}))).toBe(60);
  });

  test('rejects counts with nothing left to count, per variant', () => {
    expectMetricError(() => serviceLevelFromSummary({ answered: 0, answeredWithinThreshold: 0, abandoned: 0 }), { metric: 'serviceLevelFromSummary', code: 'EMPTY', field: 'summary' });
    // Only short abandons.
    expectMetricError(() => serviceLevelFromSummary({ answered: 0, answeredWithinThreshold: 0, abandoned: 2, shortAbandoned: 2 }), {
      metric: 'serviceLevelFromSummary',
      code: 'EMPTY',
      field: 'summary',
    });
    // Abandons but no answered contact: ignoring abandons leaves nothing.
    expectMetricError(() => serviceLevelFromSummary({ answered: 0, answeredWithinThreshold: 0, abandoned: 5 }, { variant: 'ignoreAbandoned' }), {
      metric: 'serviceLevelFromSummary',
      code: 'EMPTY',
      field: 'summary',
    });
    // Every abandon within the threshold and nothing answered.
    expectMetricError(
      () => serviceLevelFromSummary({ answered: 0, answeredWithinThreshold: 0, abandoned: 5, abandonedWithinThreshold: 5 }, { variant: 'ignoreAbandonedWithinThreshold' }),
      { metric: 'serviceLevelFromSummary', code: 'EMPTY', field: 'summary' },
    );
    // The same counts are defined for the variants that keep those abandons.
    expect(serviceLevelFromSummary({ answered: 0, answeredWithinThreshold: 0, abandoned: 5 })).toBe(0);
  });

  test('rejects contradictory counts', () => {
    const error = expectMetricError(() => serviceLevelFromSummary({ answered: 5, answeredWithinThreshold: 6, abandoned: 0 }), {
      metric: 'serviceLevelFromSummary',
      code: 'INCONSISTENT',
      field: 'summary.answeredWithinThreshold',
    });
    expect(error.message).toBe('serviceLevelFromSummary: summary.answeredWithinThreshold must be at most answered (5); received 6');
    expectMetricError(() => serviceLevelFromSummary({ answered: 5, answeredWithinThreshold: 1, abandoned: 2, abandonedWithinThreshold: 3 }), {
      metric: 'serviceLevelFromSummary',
      code: 'INCONSISTENT',
      field: 'summary.abandonedWithinThreshold',
    });
    // A short abandon is shorter than the threshold: at most the abandons within it.
    expectMetricError(() => serviceLevelFromSummary({ answered: 5, answeredWithinThreshold: 1, abandoned: 4, abandonedWithinThreshold: 1, shortAbandoned: 2 }), {
      metric: 'serviceLevelFromSummary',
      code: 'INCONSISTENT',
      field: 'summary.shortAbandoned',
    });
    expectMetricError(() => serviceLevelFromSummary({ answered: 5, answeredWithinThreshold: 1, abandoned: 1, shortAbandoned: 2 }), {
      metric: 'serviceLevelFromSummary',
      code: 'INCONSISTENT',
      field: 'summary.shortAbandoned',
    });
  });

  test('requires the abandons within the threshold only for the variants that read them', () => {
    const counts = { answered: 10, answeredWithinThreshold: 8, abandoned: 2 };
    for (const variant of ['ignoreAbandonedWithinThreshold', 'abandonedWithinThresholdAsMet'] as const) {
      const error = expectMetricError(() => serviceLevelFromSummary(counts, { variant }), {
        metric: 'serviceLevelFromSummary',
        code: 'WRONG_TYPE',
        field: 'summary.abandonedWithinThreshold',
      });
      expect(error.message).toContain(variant);
    }
    // 8 / 12, 8 / 10, 8 / 12.
    expect(serviceLevelFromSummary(counts)).toBe(200 / 3);
    expect(serviceLevelFromSummary(counts, { variant: 'ignoreAbandoned' })).toBe(80);
    expect(serviceLevelFromSummary(counts, { variant: 'shortAbandonedAsMet' })).toBe(200 / 3);
  });

  test.each(['answered', 'answeredWithinThreshold', 'abandoned', 'abandonedWithinThreshold', 'shortAbandoned'] as const)(
    'rejects a bad %s, naming it',
    (field) => {
      const base = { answered: 10, answeredWithinThreshold: 4, abandoned: 6, abandonedWithinThreshold: 3, shortAbandoned: 1 };
      const bad: readonly (readonly [unknown, MetricInputErrorCode])[] = [...NOT_NUMBERS, [-1, 'NEGATIVE'], [1.5, 'NOT_INTEGER'], [null, 'WRONG_TYPE']];
      for (const [value, code] of bad) {
        expectMetricError(() => serviceLevelFromSummary({ ...base, [field]: value }), { metric: 'serviceLevelFromSummary', code, field: `summary.${field}` });
      }
    },
  );

  test('rejects a bad variant and what is not an object', () => {
    for (const [variant, code] of [['ignore', 'UNKNOWN_VALUE'], ['AbandonedAsMissed', 'UNKNOWN_VALUE'], [3, 'WRONG_TYPE'], [null, 'WRONG_TYPE']] as const) {
      const error = expectMetricError(() => serviceLevelFromSummary(icmi, { variant: variant as never }), { metric: 'serviceLevelFromSummary', code, field: 'options.variant' });
      expect(error.message).toContain("'ignoreAbandonedWithinThreshold'");
    }
    expectMetricError(() => serviceLevelFromSummary(icmi, 'ignoreAbandoned' as never), { metric: 'serviceLevelFromSummary', code: 'WRONG_TYPE', field: 'options' });
    for (const bad of [null, undefined, 86, [1000, 860, 60]]) {
      expectMetricError(() => serviceLevelFromSummary(bad as never), { metric: 'serviceLevelFromSummary', code: 'WRONG_TYPE', field: 'summary' });
    }
  });
});

describe('serviceLevel', () => {
  const log = [answered(5), answered(20), answered(48), abandoned(3), abandoned(75)];

  test('counts a contact within the threshold when it waited at most the threshold', () => {
    // By hand: the 5 s and 20 s answers are within 20 s: 2 of 5 contacts.
    expect(serviceLevel(log, { thresholdSeconds: 20 })).toBe(40);
    // Just below 20 s the 20 s answer misses: 1 of 5.
    expect(serviceLevel(log, { thresholdSeconds: 19.999 })).toBe(20);
    // A threshold of 0 counts only contacts answered at once.
    expect(serviceLevel([answered(0), answered(0.5)], { thresholdSeconds: 0 })).toBe(50);
  });

  test('treats abandons as the variant says', () => {
    const t = { thresholdSeconds: 20 };
    // By hand: A = 3, AW = 2, B = 2, BW = 1 (the 3 s abandon).
    expect(serviceLevel(log, { ...t, variant: 'ignoreAbandoned' })).toBe(200 / 3);
    expect(serviceLevel(log, { ...t, variant: 'ignoreAbandonedWithinThreshold' })).toBe(50);
    expect(serviceLevel(log, { ...t, variant: 'abandonedWithinThresholdAsMet' })).toBe(60);
    // With a 5 s short-abandon threshold, S = 1.
    const s = { ...t, shortAbandonSeconds: 5 };
    expect(serviceLevel(log, s)).toBe(50);
    expect(serviceLevel(log, { ...s, variant: 'abandonedWithinThresholdAsMet' })).toBe(50);
    expect(serviceLevel(log, { ...s, variant: 'shortAbandonedAsMet' })).toBe(60);
  });

  test('a short abandon waited strictly less than the short-abandon threshold', () => {
    const summary = serviceLevelSummary([abandoned(5), abandoned(4.999), abandoned(0)], { thresholdSeconds: 5, shortAbandonSeconds: 5 });
    expect(summary.shortAbandoned).toBe(2);
    // An abandon after exactly the threshold is within it.
    expect(summary.abandonedWithinThreshold).toBe(3);
    expect(serviceLevelSummary([abandoned(0)], { thresholdSeconds: 20 }).shortAbandoned).toBe(0);
  });

  test('equals the service level of its summary; reads rows through an accessor once each', () => {
    const options = { thresholdSeconds: 20, shortAbandonSeconds: 5, variant: 'abandonedWithinThresholdAsMet' } as const;
    expect(serviceLevel(log, options)).toBe(serviceLevelFromSummary(serviceLevelSummary(log, options), options));
    const rows = log.map((c) => ({ wait: c.waitSeconds, answered: c.outcome === 'answered' }));
    const calls: number[] = [];
    const level = serviceLevel(
      rows,
      (row, index) => {
        calls.push(index);
        return { waitSeconds: row.wait, outcome: row.answered ? 'answered' : 'abandoned' };
      },
      { thresholdSeconds: 20 },
    );
    expect(level).toBe(40);
    expect(calls).toEqual([0, 1, 2, 3, 4]);
  });

  test('accepts any iterable and does not mutate its input', () => {
    expect(serviceLevel(iterate(log), { thresholdSeconds: 20 })).toBe(40);
    expect(serviceLevel(new Set(log), { thresholdSeconds: 20 })).toBe(40);
    expect(serviceLevel(deepFreeze(log.map((c) => ({ c }))), (row) => row.c, deepFreeze({ thresholdSeconds: 20 }))).toBe(40);
  });

  test('rejects an empty log, a log of short abandons, and a log with nothing the variant counts', () => {
    expectMetricError(() => serviceLevel([], { thresholdSeconds: 20 }), { metric: 'serviceLevel', code: 'EMPTY', field: 'contacts' });
    expectMetricError(() => serviceLevel([abandoned(1)], { thresholdSeconds: 20, shortAbandonSeconds: 5 }), {
      metric: 'serviceLevel',
      code: 'EMPTY',
      field: 'contacts',
    });
    expectMetricError(() => serviceLevel([abandoned(30)], { thresholdSeconds: 20, variant: 'ignoreAbandoned' }), {
      metric: 'serviceLevel',
      code: 'EMPTY',
      field: 'contacts',
    });
  });

  test('requires the threshold', () => {
    expectMetricError(() => serviceLevel(log, {} as never), { metric: 'serviceLevel', code: 'WRONG_TYPE', field: 'options.thresholdSeconds' });
    expectMetricError(() => serviceLevel(log, undefined as never), { metric: 'serviceLevel', code: 'WRONG_TYPE', field: 'options' });
    expectMetricError(() => serviceLevelSummary(log, (c) => c, undefined as never), { metric: 'serviceLevelSummary', code: 'WRONG_TYPE', field: 'options' });
  });

  test('rejects bad thresholds', () => {
    for (const [bad, code] of [...NOT_NUMBERS, [-1, 'NEGATIVE'], [null, 'WRONG_TYPE']] as const) {
      expectMetricError(() => serviceLevel(log, { thresholdSeconds: bad as number }), {
        metric: 'serviceLevel',
        code,
        field: 'options.thresholdSeconds',
      });
      expectMetricError(() => serviceLevel(log, { thresholdSeconds: 20, shortAbandonSeconds: bad as number }), {
        metric: 'serviceLevel',
        code,
        field: 'options.shortAbandonSeconds',
      });
    }
    expectMetricError(() => serviceLevel(log, { thresholdSeconds: 20, shortAbandonSeconds: 30 }), {
      metric: 'serviceLevel',
      code: 'INCONSISTENT',
      field: 'options.shortAbandonSeconds',
    });
    expectMetricError(() => serviceLevel(log, { thresholdSeconds: 20, variant: 'best' as never }), {
      metric: 'serviceLevel',
      code: 'UNKNOWN_VALUE',
      field: 'options.variant',
    });
    expectMetricError(() => serviceLevel(log, 5 as never, { thresholdSeconds: 20 }), { metric: 'serviceLevel', code: 'WRONG_TYPE', field: 'contact' });
  });

  test('rejects bad records, naming them', () => {
    expectMetricError(() => serviceLevel([answered(1), null as never], { thresholdSeconds: 20 }), {
      metric: 'serviceLevel',
      code: 'WRONG_TYPE',
      field: 'contacts[1]',
    });
    for (const [bad, code] of [...NOT_NUMBERS, [-1, 'NEGATIVE']] as const) {
      expectMetricError(() => serviceLevel([answered(1), { waitSeconds: bad as number, outcome: 'answered' }], { thresholdSeconds: 20 }), {
        metric: 'serviceLevel',
        code,
        field: 'contacts[1].waitSeconds',
      });
    }
    expectMetricError(() => serviceLevelSummary([{ waitSeconds: 1, outcome: 'missed' as never }], { thresholdSeconds: 20 }), {
      metric: 'serviceLevelSummary',
      code: 'UNKNOWN_VALUE',
      field: 'contacts[0].outcome',
    });
    for (const bad of [undefined, null, 5, 'log']) {
      expectMetricError(() => serviceLevel(bad as never, { thresholdSeconds: 20 }), { metric: 'serviceLevel', code: 'WRONG_TYPE', field: 'contacts' });
    }
  });

  test('types: the threshold is required; an accessor types its rows', () => {
    expectTypeOf(serviceLevel).toBeCallableWith([answered(1)], { thresholdSeconds: 20 });
    // @ts-expect-error the options, with the threshold, are required
    expectTypeOf(serviceLevel).toBeCallableWith([answered(1)]);
    // @ts-expect-error a variant is one of five names
    expectTypeOf(serviceLevelFromSummary).toBeCallableWith(icmi, { variant: 'ignore' });
    expectTypeOf(serviceLevelSummary([], { thresholdSeconds: 20 })).toEqualTypeOf<Required<ServiceLevelSummary>>();
  });
});

describe('serviceLevelSummary and mergeServiceLevelSummaries', () => {
  test('counts every field; an empty log is all zeros with its thresholds', () => {
    const log = [answered(5), answered(48), abandoned(3), abandoned(12), abandoned(30)];
    expect(serviceLevelSummary(log, { thresholdSeconds: 20, shortAbandonSeconds: 5 })).toStrictEqual({
      thresholdSeconds: 20,
      shortAbandonSeconds: 5,
      answered: 2,
      answeredWithinThreshold: 1,
      abandoned: 3,
      abandonedWithinThreshold: 2,
      shortAbandoned: 1,
      abandonedWaitUnknown: 0,
    });
    expect(serviceLevelSummary([], { thresholdSeconds: 30 })).toStrictEqual({
      thresholdSeconds: 30,
      shortAbandonSeconds: 0,
      answered: 0,
      answeredWithinThreshold: 0,
      abandoned: 0,
      abandonedWithinThreshold: 0,
      shortAbandoned: 0,
      abandonedWaitUnknown: 0,
    });
  });

  const summary = (overrides: Partial<ServiceLevelSummary> = {}): ServiceLevelSummary => ({
    thresholdSeconds: 20,
    shortAbandonSeconds: 5,
    answered: 10,
    answeredWithinThreshold: 8,
    abandoned: 4,
    abandonedWithinThreshold: 3,
    shortAbandoned: 1,
    abandonedWaitUnknown: 0,
    ...overrides,
  });

  test('adds counts field by field', () => {
    expect(mergeServiceLevelSummaries(summary(), summary({ answered: 100, answeredWithinThreshold: 50 }))).toStrictEqual(
      summary({ answered: 110, answeredWithinThreshold: 58, abandoned: 8, abandonedWithinThreshold: 6, shortAbandoned: 2 }),
    );
  });

  test('refuses to merge summaries of different thresholds', () => {
    expectMetricError(() => mergeServiceLevelSummaries(summary(), summary({ thresholdSeconds: 30 })), {
      metric: 'mergeServiceLevelSummaries',
      code: 'INCONSISTENT',
      field: 'b.thresholdSeconds',
    });
    expectMetricError(() => mergeServiceLevelSummaries(summary(), summary({ shortAbandonSeconds: 0 })), {
      metric: 'mergeServiceLevelSummaries',
      code: 'INCONSISTENT',
      field: 'b.shortAbandonSeconds',
    });
  });

  test('rejects a bad or contradictory summary, naming the field', () => {
    const cases: readonly (readonly [Partial<ServiceLevelSummary>, MetricInputErrorCode, string])[] = [
      [{ answered: Number.NaN }, 'NOT_FINITE', 'answered'],
      [{ answeredWithinThreshold: 11 }, 'INCONSISTENT', 'answeredWithinThreshold'],
      [{ abandonedWithinThreshold: 5 }, 'INCONSISTENT', 'abandonedWithinThreshold'],
      [{ shortAbandoned: 4 }, 'INCONSISTENT', 'shortAbandoned'],
      [{ thresholdSeconds: -1 }, 'NEGATIVE', 'thresholdSeconds'],
      [{ shortAbandonSeconds: 25 }, 'INCONSISTENT', 'shortAbandonSeconds'],
    ];
    for (const [overrides, code, field] of cases) {
      expectMetricError(() => mergeServiceLevelSummaries(summary(), summary(overrides)), { metric: 'mergeServiceLevelSummaries', code, field: `b.${field}` });
      expectMetricError(() => mergeServiceLevelSummaries(summary(overrides), summary()), { metric: 'mergeServiceLevelSummaries', code, field: `a.${field}` });
    }
    // Warehouse counts may leave out the short-abandon threshold and count (read as 0): the
    // same counts twice, added by hand.
    const warehouse = { thresholdSeconds: 20, answered: 10, answeredWithinThreshold: 8, abandoned: 4, abandonedWithinThreshold: 3 };
    expect(mergeServiceLevelSummaries(warehouse, warehouse)).toStrictEqual({
      thresholdSeconds: 20,
      shortAbandonSeconds: 0,
      answered: 20,
      answeredWithinThreshold: 16,
      abandoned: 8,
      abandonedWithinThreshold: 6,
      shortAbandoned: 0,
      abandonedWaitUnknown: 0,
    });
    // The threshold and the abandons within it say what the counts are: a merge needs them.
    for (const field of ['abandonedWithinThreshold', 'thresholdSeconds'] as const) {
      const partial = Object.fromEntries(Object.entries(summary()).filter(([key]) => key !== field));
      expectMetricError(() => mergeServiceLevelSummaries(summary(), partial as never), {
        metric: 'mergeServiceLevelSummaries',
        code: 'WRONG_TYPE',
        field: `b.${field}`,
      });
    }
    expectMetricError(() => mergeServiceLevelSummaries(null as never, summary()), { metric: 'mergeServiceLevelSummaries', code: 'WRONG_TYPE', field: 'a' });
  });
});

describe('serviceLevelFromSummary takes a summary or warehouse counts', () => {
  test('a summary with its thresholds gives the same figure as the counts alone', () => {
    const log = [
      { waitSeconds: 5, outcome: 'answered' as const },
      { waitSeconds: 48, outcome: 'answered' as const },
      { waitSeconds: 3, outcome: 'abandoned' as const },
    ];
    const summary = serviceLevelSummary(log, { thresholdSeconds: 20 });
    // By hand: 1 answered within 20 s of 3 contacts.
    expect(serviceLevelFromSummary(summary)).toBeCloseTo(100 / 3, 12);
    expect(serviceLevelFromSummary({ answered: 2, answeredWithinThreshold: 1, abandoned: 1 })).toBeCloseTo(100 / 3, 12);
    expect(serviceLevel(log, { thresholdSeconds: 20 })).toBe(serviceLevelFromSummary(summary));
  });

  test('checks the thresholds when they are given', () => {
    const counts = { answered: 2, answeredWithinThreshold: 1, abandoned: 1 };
    const metric = 'serviceLevelFromSummary';
    expectMetricError(() => serviceLevelFromSummary({ ...counts, thresholdSeconds: -1 }), { metric, code: 'NEGATIVE', field: 'summary.thresholdSeconds' });
    expectMetricError(() => serviceLevelFromSummary({ ...counts, thresholdSeconds: 10, shortAbandonSeconds: 20 }), { metric, code: 'INCONSISTENT', field: 'summary.shortAbandonSeconds' });
    expectMetricError(() => serviceLevelFromSummary({ ...counts, shortAbandonSeconds: 5 }), { metric, code: 'WRONG_TYPE', field: 'summary.thresholdSeconds' });
  });

  test('thresholds in the options must be the summary\'s (one options object may serve both forms)', () => {
    const summary = { answered: 2, answeredWithinThreshold: 1, abandoned: 1, thresholdSeconds: 20, shortAbandonSeconds: 0 };
    const metric = 'serviceLevelFromSummary';
    // The same thresholds: accepted; 1 of 3 within 20 s.
    expect(serviceLevelFromSummary(summary, { thresholdSeconds: 20, shortAbandonSeconds: 0 } as never)).toBeCloseTo(100 / 3, 12);
    // Counts made at 20 s cannot give the level at 30 s.
    expectMetricError(() => serviceLevelFromSummary(summary, { thresholdSeconds: 30 } as never), { metric, code: 'INCONSISTENT', field: 'options.thresholdSeconds' });
    expectMetricError(() => serviceLevelFromSummary(summary, { shortAbandonSeconds: 5 } as never), { metric, code: 'INCONSISTENT', field: 'options.shortAbandonSeconds' });
  });
});
