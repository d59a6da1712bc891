import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import {
  nev,
  nevFromSummary,
  nevIntensity,
  nevIntensityFromSummary,
  nevIntensitySummary,
  nevSummary,
  type NevRating,
} from '../index.js';

// The hierarchy of Shaw (2007), written out by hand, independently of the library's table.
const POSITIVE = ['happy', 'pleased', 'trusting', 'valued', 'cared for', 'focused', 'safe', 'interested', 'energetic', 'stimulated', 'exploratory', 'indulgent'];
const NEGATIVE = ['irritated', 'hurried', 'neglected', 'unhappy', 'unsatisfied', 'stressed', 'disappointed', 'frustrated'];

const label = fc.constantFrom(...POSITIVE, ...NEGATIVE, 'positive', 'neutral', 'negative');
const responses = fc.array(label, { minLength: 1, maxLength: 200 });
const withMissing = fc.array(fc.oneof(label, fc.constant(null), fc.constant(undefined)), { maxLength: 200 });

const sign = (response: string): number =>
  POSITIVE.includes(response) || response === 'positive' ? 1 : NEGATIVE.includes(response) || response === 'negative' ? -1 : 0;

/** Changes case letter by letter and pads with whitespace: must not change the classification. */
const disguise = (response: string, flips: readonly boolean[]): string =>
  ` \t${Array.from(response, (c, i) => (flips[i % flips.length] ? c.toUpperCase() : c)).join('')}\n `;

const rating = (scaleMin: number, scaleMax: number): fc.Arbitrary<NevRating> =>
  fc.record({ emotion: fc.constantFrom(...POSITIVE, ...NEGATIVE), intensity: fc.integer({ min: scaleMin, max: scaleMax }) });

describe('nev properties', () => {
  test.prop([responses])('agrees with an independent count and stays in −100…100', (values) => {
    const net = values.reduce((sum, r) => sum + sign(r), 0);
    const result = nev(values);
    // 100 × an integer, divided once: the same double both ways.
    expect(result).toBe((100 * net) / values.length);
    expect(result).toBeGreaterThanOrEqual(-100);
    expect(result).toBeLessThanOrEqual(100);
  });

  test.prop([responses, fc.array(fc.boolean(), { minLength: 1, maxLength: 8 })])(
    'case and surrounding whitespace never change the counts',
    (values, flips) => {
      expect(nevSummary(values.map((r) => disguise(r, flips)))).toStrictEqual(nevSummary(values));
    },
  );

  test.prop([responses, fc.constantFrom(...POSITIVE), fc.constantFrom(...NEGATIVE)])(
    'one more positive emotion never lowers it; one more negative never raises it',
    (values, good, bad) => {
      expect(nev([...values, good])).toBeGreaterThanOrEqual(nev(values));
      expect(nev([...values, bad])).toBeLessThanOrEqual(nev(values));
    },
  );

  test.prop([responses])('swapping every positive for a negative answer negates it', (values) => {
    const mirrored = values.map((r) => (sign(r) > 0 ? 'negative' : sign(r) < 0 ? 'positive' : 'neutral'));
    // `0 - x` rather than `-x`, so a zero compares as +0.
    expect(nev(mirrored)).toBe(0 - nev(values));
  });

  test.prop([withMissing])('an accessor and an array agree; batch = summarise, then compute', (values) => {
    const summary = nevSummary(values);
    expect(nevSummary(values.map((r) => ({ r })), (row) => row.r)).toStrictEqual(summary);
    expect(summary.unanswered).toBe(values.filter((r) => r === null || r === undefined).length);
    expect(summary.positive + summary.neutral + summary.negative + summary.unanswered).toBe(values.length);
    if (summary.unanswered < values.length) expect(nev(values)).toBe(nevFromSummary(summary));
  });

  test.prop([responses, fc.nat(), fc.string({ minLength: 1, maxLength: 12 })])(
    'any unknown label anywhere is an error naming its index',
    (values, at, bad) => {
      fc.pre(sign(bad.trim().toLowerCase()) === 0 && bad.trim().toLowerCase() !== 'neutral');
      const index = at % (values.length + 1);
      const corrupted = [...values.slice(0, index), bad, ...values.slice(index)];
      expectMetricError(() => nev(corrupted), { metric: 'nev', code: 'UNKNOWN_VALUE', field: `responses[${String(index)}]` });
    },
  );
});

describe('nevIntensity properties', () => {
  const sided = (ratings: readonly NevRating[]): boolean =>
    ratings.some((r) => POSITIVE.includes(r.emotion)) && ratings.some((r) => NEGATIVE.includes(r.emotion));

  test.prop([fc.array(rating(1, 5), { minLength: 2, maxLength: 100 })])(
    'agrees with two independent means and stays within ±(scaleMax − scaleMin)',
    (ratings) => {
      fc.pre(sided(ratings));
      const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
      const pos = ratings.filter((r) => POSITIVE.includes(r.emotion)).map((r) => r.intensity!);
      const neg = ratings.filter((r) => NEGATIVE.includes(r.emotion)).map((r) => r.intensity!);
      const result = nevIntensity(ratings);
      expect(result).toBeCloseTo(mean(pos) - mean(neg), 12);
      expect(Math.abs(result)).toBeLessThanOrEqual(4);
    },
  );

  test.prop([
    fc.array(rating(0, 5), { minLength: 2, maxLength: 100 }),
    fc.integer({ min: 0, max: 5 }),
  ])('shifting every intensity by the same amount leaves it unchanged', (ratings, shift) => {
    fc.pre(sided(ratings));
    const shifted = ratings.map((r) => ({ emotion: r.emotion, intensity: r.intensity! + shift }));
    expect(nevIntensity(shifted, { scaleMin: 0, scaleMax: 10 })).toBeCloseTo(
      nevIntensity(ratings, { scaleMin: 0, scaleMax: 10 }),
      12,
    );
  });

  test.prop([fc.array(rating(1, 5), { minLength: 2, maxLength: 100 }), fc.constantFrom(...POSITIVE), fc.constantFrom(...NEGATIVE)])(
    'a stronger positive rating never lowers it; a stronger negative never raises it',
    (ratings, good, bad) => {
      fc.pre(sided(ratings));
      const base = nevIntensity(ratings);
      // Adding a 5 to the positive side cannot lower its mean; a 5 on the negative side cannot lower that mean.
      expect(nevIntensity([...ratings, { emotion: good, intensity: 5 }])).toBeGreaterThanOrEqual(base - 1e-12);
      expect(nevIntensity([...ratings, { emotion: bad, intensity: 5 }])).toBeLessThanOrEqual(base + 1e-12);
    },
  );

  test.prop([fc.array(fc.oneof(rating(1, 5), fc.constant(null)), { maxLength: 100 })])(
    'batch = summarise, then compute; the sums are the plain sums',
    (ratings) => {
      const summary = nevIntensitySummary(ratings);
      const rated = ratings.filter((r): r is NevRating => r !== null);
      expect(summary.positiveSum).toBe(rated.filter((r) => POSITIVE.includes(r.emotion)).reduce((s, r) => s + r.intensity!, 0));
      expect(summary.negativeCount).toBe(rated.filter((r) => NEGATIVE.includes(r.emotion)).length);
      expect(summary.unanswered).toBe(ratings.length - rated.length);
      if (sided(rated)) expect(nevIntensity(ratings)).toBe(nevIntensityFromSummary(summary));
    },
  );
});
