import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { ces, cesSummary } from '../index.js';

const score7 = fc.integer({ min: 1, max: 7 });
const answers7 = fc.array(score7, { minLength: 1, maxLength: 200 });
const withMissing = fc.array(fc.oneof(score7, fc.constant(null), fc.constant(undefined)), { maxLength: 200 });

describe('ces properties', () => {
  test.prop([answers7, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 })])(
    'agrees with an independent count, in range, for any bands',
    (scores, easyBoxes, difficultBoxes) => {
      fc.pre(easyBoxes + difficultBoxes <= 7);
      const result = ces(scores, { easyBoxes, difficultBoxes });
      const easy = scores.filter((s) => s > 7 - easyBoxes).length;
      const difficult = scores.filter((s) => s <= difficultBoxes).length;
      expect(result.easyAnswers).toBe(easy);
      expect(result.difficultAnswers).toBe(difficult);
      expect(result.answers).toBe(scores.length);
      expect(result.easyPercent).toBeCloseTo((easy / scores.length) * 100, 12);
      expect(result.difficultPercent).toBeCloseTo((difficult / scores.length) * 100, 12);
      expect(result.net).toBeCloseTo(((easy - difficult) / scores.length) * 100, 12);
      expect(result.mean).toBeCloseTo(scores.reduce((a, b) => a + b, 0) / scores.length, 12);
      for (const percent of [result.easyPercent, result.difficultPercent]) {
        expect(percent).toBeGreaterThanOrEqual(0);
        expect(percent).toBeLessThanOrEqual(100);
      }
      expect(Math.abs(result.net)).toBeLessThanOrEqual(100);
      expect(result.mean).toBeGreaterThanOrEqual(1);
      expect(result.mean).toBeLessThanOrEqual(7);
    },
  );

  test.prop([fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 200 })])(
    'low-is-easy on 1–5 is high-is-easy on the mirrored answers (6 − s)',
    (scores) => {
      const low = ces(scores, { scaleMax: 5, easyEnd: 'low' });
      const mirrored = ces(
        scores.map((s) => 6 - s),
        { scaleMax: 5 },
      );
      expect(low.easyAnswers).toBe(mirrored.easyAnswers);
      expect(low.difficultAnswers).toBe(mirrored.difficultAnswers);
      expect(low.net).toBe(mirrored.net);
      expect(low.mean + mirrored.mean).toBeCloseTo(6, 12);
    },
  );

  test.prop([answers7])('one more easy answer never lowers % easy or net; one more difficult never raises net', (scores) => {
    const before = ces(scores);
    const easier = ces([...scores, 7]);
    const harder = ces([...scores, 1]);
    expect(easier.easyPercent).toBeGreaterThanOrEqual(before.easyPercent);
    expect(easier.net).toBeGreaterThanOrEqual(before.net);
    expect(harder.net).toBeLessThanOrEqual(before.net);
    expect(harder.difficultPercent).toBeGreaterThanOrEqual(before.difficultPercent);
  });

  test.prop([withMissing])('an accessor, a generator and an array agree; missing answers only count as unanswered', (values) => {
    const summary = cesSummary(values);
    expect(cesSummary(values.map((s) => ({ s })), (row) => row.s)).toStrictEqual(summary);
    expect(cesSummary(new Set(values.map((s) => [s])), (row) => row[0])).toStrictEqual(summary);
    expect(summary.unanswered).toBe(values.filter((s) => s === null || s === undefined).length);
    expect(summary.counts.reduce((a, b) => a + b, 0) + summary.unanswered).toBe(values.length);
  });

  test.prop([
    answers7,
    fc.nat(),
    fc.oneof(
      fc.integer({ min: 8 }),
      fc.integer({ max: 0 }),
      fc.double({ noInteger: true, noNaN: true, noDefaultInfinity: true }),
    ),
  ])('any invalid score anywhere is an error naming its index', (scores, at, bad) => {
    const index = at % (scores.length + 1);
    const corrupted: unknown[] = [...scores.slice(0, index), bad, ...scores.slice(index)];
    const code = Number.isInteger(bad) ? 'OUT_OF_RANGE' : 'NOT_INTEGER';
    expectMetricError(() => ces(corrupted as number[]), { metric: 'ces', code, field: `scores[${String(index)}]` });
  });
});
