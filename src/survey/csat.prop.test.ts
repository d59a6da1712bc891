import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { csat, csatFromSummary, csatMean, csatMeanFromSummary, csatSummary } from '../index.js';

const score = fc.integer({ min: 1, max: 5 });
const answers = fc.array(score, { minLength: 1, maxLength: 200 });
const withMissing = fc.array(fc.oneof(score, fc.constant(null), fc.constant(undefined)), { maxLength: 200 });

/** A scale (at most 100 steps), a threshold on it, and answers on it. */
const scaled = fc
  .record({ scaleMin: fc.integer({ min: -100, max: 100 }), span: fc.integer({ min: 1, max: 100 }) })
  .chain(({ scaleMin, span }) =>
    fc.record({
      scaleMin: fc.constant(scaleMin),
      scaleMax: fc.constant(scaleMin + span),
      satisfiedFrom: fc.integer({ min: scaleMin + 1, max: scaleMin + span }),
      scores: fc.array(fc.integer({ min: scaleMin, max: scaleMin + span }), { minLength: 1, maxLength: 100 }),
    }),
  );

describe('csat properties', () => {
  test.prop([answers])('agrees with an independent count and stays in 0–100', (scores) => {
    const satisfied = scores.filter((s) => s >= 4).length;
    const result = csat(scores);
    expect(result).toBeCloseTo((satisfied / scores.length) * 100, 12);
    expect(result).toBeGreaterThanOrEqual(0);
    expect(result).toBeLessThanOrEqual(100);
  });

  test.prop([scaled])('on any scale and threshold, counts exactly the answers from the threshold', (c) => {
    const { scores, ...options } = c;
    const satisfied = scores.filter((s) => s >= options.satisfiedFrom).length;
    // 100 × an integer, divided once: the same correctly rounded double both ways.
    expect(csat(scores, options)).toBe((100 * satisfied) / scores.length);
    expect(csatSummary(scores, options).counts.length).toBe(options.scaleMax - options.scaleMin + 1);
  });

  test.prop([scaled])('the mean equals the plain sum over n, exactly, and lies on the scale', (c) => {
    const { scores, ...options } = c;
    // A sum of small integers is exact in any order, so both divide the same numerator once.
    const expected = scores.reduce((sum, s) => sum + s, 0) / scores.length;
    const mean = csatMean(scores, options);
    expect(mean).toBe(expected);
    expect(mean).toBeGreaterThanOrEqual(options.scaleMin);
    expect(mean).toBeLessThanOrEqual(options.scaleMax);
  });

  test.prop([scaled])('the mean is exact by rational arithmetic: n × mean rounds back to the integer sum', (c) => {
    const { scores, ...options } = c;
    const sum = scores.reduce((total, s) => total + BigInt(s), 0n);
    const mean = csatMean(scores, options);
    // |mean − sum/n| ≤ half an ulp of mean, so n × mean is within n ulps of the integer sum.
    expect(Math.abs(mean * scores.length - Number(sum))).toBeLessThanOrEqual(scores.length * Number.EPSILON * Math.max(1, Math.abs(mean)));
  });

  test.prop([fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 300 })])(
    'a constant sample has that mean exactly, and 0 % or 100 % satisfied',
    (s, n) => {
      const scores = Array<number>(n).fill(s);
      expect(csatMean(scores)).toBe(s);
      expect(csat(scores)).toBe(s >= 4 ? 100 : 0);
    },
  );

  test.prop([answers])('one more satisfied answer never lowers it; one more unsatisfied never raises it', (scores) => {
    expect(csat([...scores, 5])).toBeGreaterThanOrEqual(csat(scores));
    expect(csat([...scores, 3])).toBeLessThanOrEqual(csat(scores));
    expect(csatMean([...scores, 5])).toBeGreaterThanOrEqual(csatMean(scores));
    expect(csatMean([...scores, 1])).toBeLessThanOrEqual(csatMean(scores));
  });

  test.prop([answers, fc.integer({ min: 2, max: 4 })])('a higher threshold never raises it', (scores, from) => {
    expect(csat(scores, { satisfiedFrom: from + 1 })).toBeLessThanOrEqual(csat(scores, { satisfiedFrom: from }));
  });

  test.prop([answers, fc.infiniteStream(fc.nat())])('does not depend on the order of answers', (scores, seeds) => {
    const shuffled = [...scores];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = seeds.next().value % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    expect(csat(shuffled)).toBe(csat(scores));
    expect(csatMean(shuffled)).toBe(csatMean(scores));
  });

  test.prop([withMissing])('an accessor, a Set of rows and an array agree; missing answers only count as unanswered', (values) => {
    const summary = csatSummary(values);
    expect(csatSummary(values.map((s) => ({ s })), (row) => row.s)).toStrictEqual(summary);
    expect(csatSummary(new Set(values.map((s) => [s])), (row) => row[0])).toStrictEqual(summary);
    expect(summary.unanswered).toBe(values.filter((s) => s === null || s === undefined).length);
    expect(summary.counts.reduce((a, b) => a + b, 0) + summary.unanswered).toBe(values.length);
  });

  test.prop([answers])('batch = summarise, then compute', (scores) => {
    expect(csat(scores)).toBe(csatFromSummary(csatSummary(scores)));
    expect(csatMean(scores)).toBe(csatMeanFromSummary(csatSummary(scores)));
  });

  test.prop([
    answers,
    fc.nat(),
    fc.oneof(
      fc.integer({ min: 6 }),
      fc.integer({ max: 0 }),
      fc.double({ noInteger: true, noNaN: true, noDefaultInfinity: true }),
    ),
  ])('any invalid score anywhere is an error naming its index', (scores, at, bad) => {
    const index = at % (scores.length + 1);
    const corrupted: unknown[] = [...scores.slice(0, index), bad, ...scores.slice(index)];
    const code = Number.isInteger(bad) ? 'OUT_OF_RANGE' : 'NOT_INTEGER';
    expectMetricError(() => csat(corrupted as number[]), { metric: 'csat', code, field: `scores[${String(index)}]` });
  });
});
