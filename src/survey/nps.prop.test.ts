import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { nps, npsSummary } from '../index.js';

const score = fc.integer({ min: 0, max: 10 });
const answers = fc.array(score, { minLength: 1, maxLength: 200 });
const withMissing = fc.array(fc.oneof(score, fc.constant(null), fc.constant(undefined)), { maxLength: 200 });

describe('nps properties', () => {
  test.prop([answers])('agrees with an independent count and stays in −100…100', (scores) => {
    const promoters = scores.filter((s) => s >= 9).length;
    const detractors = scores.filter((s) => s <= 6).length;
    const result = nps(scores);
    expect(result).toBeCloseTo(((promoters - detractors) / scores.length) * 100, 12);
    expect(result).toBeGreaterThanOrEqual(-100);
    expect(result).toBeLessThanOrEqual(100);
  });

  test.prop([answers])('one more promoter never lowers it; one more detractor never raises it', (scores) => {
    expect(nps([...scores, 10])).toBeGreaterThanOrEqual(nps(scores));
    expect(nps([...scores, 0])).toBeLessThanOrEqual(nps(scores));
  });

  test.prop([answers, fc.infiniteStream(fc.nat())])('does not depend on the order of answers', (scores, seeds) => {
    const shuffled = [...scores];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = seeds.next().value % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    expect(nps(shuffled)).toBe(nps(scores));
  });

  test.prop([withMissing])('an accessor, a generator and an array agree; missing answers only count as unanswered', (values) => {
    const summary = npsSummary(values);
    expect(npsSummary(values.map((s) => ({ s })), (row) => row.s)).toStrictEqual(summary);
    expect(npsSummary(new Set(values.map((s) => [s])), (row) => row[0])).toStrictEqual(summary);
    expect(summary.unanswered).toBe(values.filter((s) => s === null || s === undefined).length);
    expect(summary.promoters + summary.passives + summary.detractors + summary.unanswered).toBe(values.length);
  });

  test.prop([answers, fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 9 })])(
    'custom breaks partition the answers',
    (scores, promotersFrom, detractorsUpTo) => {
      fc.pre(detractorsUpTo < promotersFrom);
      const summary = npsSummary(scores, { promotersFrom, detractorsUpTo });
      expect(summary.promoters).toBe(scores.filter((s) => s >= promotersFrom).length);
      expect(summary.detractors).toBe(scores.filter((s) => s <= detractorsUpTo).length);
    },
  );

  test.prop([answers, fc.nat(), fc.oneof(fc.integer({ min: 11 }), fc.integer({ max: -1 }), fc.double({ noInteger: true, noNaN: true, noDefaultInfinity: true }))])(
    'any invalid score anywhere is an error naming its index',
    (scores, at, bad) => {
      const index = at % (scores.length + 1);
      const corrupted: unknown[] = [...scores.slice(0, index), bad, ...scores.slice(index)];
      const code = Number.isInteger(bad) ? 'OUT_OF_RANGE' : 'NOT_INTEGER';
      expectMetricError(() => nps(corrupted as number[]), { metric: 'nps', code, field: `scores[${String(index)}]` });
    },
  );
});
