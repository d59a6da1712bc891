import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { csat, csatMean, engagementIndex, engagementIndexSummary } from '../index.js';

/** A scale and a non-empty sample of answers on it. */
const scaled = fc
  .tuple(fc.integer({ min: -10, max: 10 }), fc.integer({ min: 1, max: 12 }))
  .chain(([scaleMin, span]) =>
    fc.record({
      scale: fc.constant({ scaleMin, scaleMax: scaleMin + span }),
      answers: fc.array(fc.integer({ min: scaleMin, max: scaleMin + span }), { minLength: 1, maxLength: 150 }),
    }),
  );

describe('engagementIndex properties', () => {
  test.prop([scaled])('lies in 0–100 and agrees with ((mean − min) / (max − min)) × 100', ({ scale, answers }) => {
    const index = engagementIndex(answers, scale);
    expect(index).toBeGreaterThanOrEqual(0);
    expect(index).toBeLessThanOrEqual(100);
    const mean = answers.reduce((a, b) => a + b, 0) / answers.length;
    expect(index).toBeCloseTo(((mean - scale.scaleMin) / (scale.scaleMax - scale.scaleMin)) * 100, 10);
    // Agrees with csatMean, the other metric built on the same scale histogram (a consistency
    // check between two library functions; the plain average above is the independent one).
    expect(index).toBeCloseTo((100 * (csatMean(answers, scale) - scale.scaleMin)) / (scale.scaleMax - scale.scaleMin), 10);
  });

  test.prop([scaled])('% favourable lies in 0–100 and equals an independent count (and CSAT top two boxes)', ({ scale, answers }) => {
    const options = { ...scale, method: 'percentFavourable' } as const;
    const index = engagementIndex(answers, options);
    const from = Math.max(scale.scaleMax - 1, scale.scaleMin + 1);
    expect(index).toBeCloseTo((answers.filter((a) => a >= from).length / answers.length) * 100, 12);
    expect(index).toBe(csat(answers, scale));
    expect(index).toBeGreaterThanOrEqual(0);
    expect(index).toBeLessThanOrEqual(100);
  });

  test.prop([scaled, fc.nat()])('raising one answer never lowers either index', ({ scale, answers }, at) => {
    const i = at % answers.length;
    fc.pre(answers[i]! < scale.scaleMax);
    const raised = answers.map((a, j) => (j === i ? a + 1 : a));
    expect(engagementIndex(raised, scale)).toBeGreaterThan(engagementIndex(answers, scale));
    const favourable = { ...scale, method: 'percentFavourable' } as const;
    expect(engagementIndex(raised, favourable)).toBeGreaterThanOrEqual(engagementIndex(answers, favourable));
  });

  test.prop([scaled])('0 when every answer is the lowest, 100 when every answer is the highest', ({ scale, answers }) => {
    expect(engagementIndex(answers.map(() => scale.scaleMin), scale)).toBe(0);
    expect(engagementIndex(answers.map(() => scale.scaleMax), scale)).toBe(100);
  });

  test.prop([scaled])('an accessor, a generator and an array give the same summary', ({ scale, answers }) => {
    const summary = engagementIndexSummary(answers, scale);
    expect(engagementIndexSummary(answers.map((a) => ({ a })), (row) => row.a, scale)).toStrictEqual(summary);
    expect(engagementIndexSummary(new Set(answers.map((a) => [a])), (row) => row[0], scale)).toStrictEqual(summary);
  });
});
