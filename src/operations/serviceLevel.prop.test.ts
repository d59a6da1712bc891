import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  MetricInputError,
  serviceLevelFromSummary,
  serviceLevel,
  serviceLevelSummary,
  type QueueContact as LogContact,
  type ServiceLevelVariant,
} from '../index.js';

/** A contact with a recorded wait: these properties generate no unknown waits (see test/abandonedWithoutWait.test.ts). */
type QueueContact = LogContact & { readonly waitSeconds: number };

const VARIANTS: readonly ServiceLevelVariant[] = [
  'abandonedAsMissed',
  'ignoreAbandoned',
  'ignoreAbandonedWithinThreshold',
  'abandonedWithinThresholdAsMet',
  'shortAbandonedAsMet',
];
const variant = fc.constantFrom(...VARIANTS);

const wait = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 300 }));
const contact: fc.Arbitrary<QueueContact> = fc.record(
  { waitSeconds: wait, outcome: fc.constantFrom('answered' as const, 'abandoned' as const) },
  { noNullPrototype: true },
);
const log = fc.array(contact, { maxLength: 150 });
const seconds = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 300 }));

/** Consistent counts by construction: AW ≤ A, S ≤ BW ≤ B. */
const counts = fc
  .tuple(fc.nat({ max: 1e6 }), fc.nat({ max: 1e6 }), fc.nat({ max: 1e6 }), fc.nat({ max: 1e6 }), fc.nat({ max: 1e6 }))
  .map(([answeredLate, answeredWithinThreshold, abandonedLate, abandonedWithinNotShort, shortAbandoned]) => ({
    answered: answeredLate + answeredWithinThreshold,
    answeredWithinThreshold,
    abandoned: abandonedLate + abandonedWithinNotShort + shortAbandoned,
    abandonedWithinThreshold: abandonedWithinNotShort + shortAbandoned,
    shortAbandoned,
  }));

/** The service level of a variant, or undefined where its denominator is 0 (`EMPTY`). */
function level(run: () => number): number | undefined {
  try {
    return run();
  } catch (error) {
    if (error instanceof MetricInputError && error.code === 'EMPTY') return undefined;
    throw error;
  }
}

describe('serviceLevelFromSummary properties', () => {
  test.prop([counts, variant])('stays in 0–100', (c, v) => {
    const value = level(() => serviceLevelFromSummary(c, { variant: v }));
    if (value === undefined) return;
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThanOrEqual(100);
  });

  test.prop([counts])('orders the variants: missed ≤ ignore-within ≤ ignore; missed ≤ within-as-met; missed ≤ short-as-met', (c) => {
    const [missed, ignore, ignoreWithin, withinMet, shortMet] = VARIANTS.map((v) => level(() => serviceLevelFromSummary(c, { variant: v })));
    fc.pre(missed !== undefined && ignore !== undefined && ignoreWithin !== undefined);
    // Proof: the denominators shrink A + B − S ≥ A + B − BW ≥ A over the same numerator AW.
    expect(missed).toBeLessThanOrEqual(ignoreWithin);
    expect(ignoreWithin).toBeLessThanOrEqual(ignore);
    // Same denominator, a larger numerator.
    expect(missed).toBeLessThanOrEqual(withinMet!);
    // (AW + S)(A + B − S) − AW(A + B) = S(A + B − AW − S) ≥ 0.
    expect(missed).toBeLessThanOrEqual(shortMet!);
  });

  test.prop([counts])('with no short abandons, the ICMI formulas by hand', (c) => {
    const { answered: a, answeredWithinThreshold: aw, abandoned: b, abandonedWithinThreshold: bw } = c;
    const plain = { ...c, shortAbandoned: 0 };
    fc.pre(a > 0 && a + b - bw > 0);
    expect(serviceLevelFromSummary(plain)).toBeCloseTo((aw / (a + b)) * 100, 10);
    expect(serviceLevelFromSummary(plain, { variant: 'ignoreAbandoned' })).toBeCloseTo((aw / a) * 100, 10);
    expect(serviceLevelFromSummary(plain, { variant: 'ignoreAbandonedWithinThreshold' })).toBeCloseTo((aw / (a + b - bw)) * 100, 10);
    expect(serviceLevelFromSummary(plain, { variant: 'abandonedWithinThresholdAsMet' })).toBeCloseTo(((aw + bw) / (a + b)) * 100, 10);
    // With S = 0, ICMI's fifth reduces to its third.
    expect(serviceLevelFromSummary(plain, { variant: 'shortAbandonedAsMet' })).toBe(serviceLevelFromSummary(plain));
  });

  test.prop([log, seconds, seconds, variant])('never falls as the threshold grows', (contacts, a, b, v) => {
    const [low, high] = a <= b ? [a, b] : [b, a];
    const shortAbandonSeconds = Math.min(5, low);
    const lower = level(() => serviceLevel(contacts, { thresholdSeconds: low, shortAbandonSeconds, variant: v }));
    const higher = level(() => serviceLevel(contacts, { thresholdSeconds: high, shortAbandonSeconds, variant: v }));
    if (lower === undefined || higher === undefined) return;
    expect(higher).toBeGreaterThanOrEqual(lower);
  });

  test.prop([log, seconds])('agrees with counting the log by hand', (contacts, t) => {
    const within = (c: QueueContact): boolean => c.waitSeconds <= t;
    const aw = contacts.filter((c) => c.outcome === 'answered' && within(c)).length;
    const n = contacts.length;
    fc.pre(n > 0);
    expect(serviceLevel(contacts, { thresholdSeconds: t })).toBeCloseTo((aw / n) * 100, 10);
    const summary = serviceLevelSummary(contacts, { thresholdSeconds: t });
    expect(summary.answered + summary.abandoned).toBe(n);
    expect(summary.abandonedWithinThreshold).toBe(contacts.filter((c) => c.outcome === 'abandoned' && within(c)).length);
  });

  test.prop([log, seconds, seconds, variant])(
    'leaving short abandons out equals removing them from the log (all variants but short-as-met)',
    (contacts, a, b, v) => {
      fc.pre(v !== 'shortAbandonedAsMet');
      const [shortAbandonSeconds, thresholdSeconds] = a <= b ? [a, b] : [b, a];
      const kept = contacts.filter((c) => !(c.outcome === 'abandoned' && c.waitSeconds < shortAbandonSeconds));
      const withShort = level(() => serviceLevel(contacts, { thresholdSeconds, shortAbandonSeconds, variant: v }));
      const without = level(() => serviceLevel(kept, { thresholdSeconds, variant: v }));
      expect(withShort).toBe(without);
    },
  );

  test.prop([log, seconds, fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 100 })])(
    'an answer within the threshold never lowers it; a late abandon never raises the default',
    (contacts, t, extra) => {
      const options = { thresholdSeconds: t };
      const before = level(() => serviceLevel(contacts, options));
      fc.pre(before !== undefined);
      expect(serviceLevel([...contacts, { waitSeconds: t, outcome: 'answered' }], options)).toBeGreaterThanOrEqual(before);
      expect(serviceLevel([...contacts, { waitSeconds: t + extra + 1, outcome: 'abandoned' }], options)).toBeLessThanOrEqual(before);
    },
  );
});
