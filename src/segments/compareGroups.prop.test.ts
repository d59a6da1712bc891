import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { compareGroups, meanMetric, meanSummary, npsMetric, proportionMetric, type Comparison } from '../index.js';

const level = fc.constantFrom(0.8, 0.9, 0.95, 0.99);

/** Whether the test and the interval agree: p < 1 − level exactly when 0 is outside the interval (ties skipped). */
function agrees(comparison: Comparison): boolean {
  const alpha = 1 - comparison.confidenceLevel;
  if (Math.abs(comparison.pValue - alpha) < 1e-9) return true;
  const excludesZero = comparison.lower > 0 || comparison.upper < 0;
  return comparison.pValue < alpha === excludesZero;
}

describe('tests against a target', () => {
  test.prop([
    fc.record({ promoters: fc.nat(300), passives: fc.nat(300), detractors: fc.nat(300) }),
    fc.integer({ min: -100, max: 100 }),
    fc.constantFrom('wald' as const, 'adjustedWald' as const),
    level,
  ])('NPS: the interval of NPS − target excludes 0 exactly when p < 1 − level', (counts, target, method, confidenceLevel) => {
    fc.pre(counts.promoters + counts.passives + counts.detractors > 0);
    const [result] = compareGroups([{ key: 'a', summary: { ...counts, unanswered: 0 } }], {
      metric: npsMetric({ method, confidenceLevel }),
      against: { target },
    });
    expect(agrees(result!.comparison!)).toBe(true);
  });

  test.prop([fc.nat(400), fc.nat(400), fc.integer({ min: 0, max: 100 }), level])(
    'proportions: the Wilson interval excludes the target exactly when the score test rejects',
    (successes, failures, target, confidenceLevel) => {
      fc.pre(successes + failures > 0);
      const summary = { successes, trials: successes + failures, unanswered: 0 };
      const [result] = compareGroups([{ key: 'a', summary }], { metric: proportionMetric({ confidenceLevel }), against: { target } });
      expect(agrees(result!.comparison!)).toBe(true);
    },
  );

  test.prop([
    fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1000 }), { minLength: 2, maxLength: 40 }),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1000 }),
    level,
  ])('means: the t interval excludes the target exactly when the t test rejects', (values, target, confidenceLevel) => {
    const [result] = compareGroups([{ key: 'a', summary: meanSummary(values) }], { metric: meanMetric({ confidenceLevel }), against: { target } });
    expect(agrees(result!.comparison!)).toBe(true);
  });
});

describe('adjustments', () => {
  const counts = fc.record({ promoters: fc.nat(60), passives: fc.nat(60), detractors: fc.nat(60), unanswered: fc.constant(0) });

  test.prop([fc.array(counts, { minLength: 1, maxLength: 12 })])(
    'raw ≤ Holm ≤ Bonferroni, Holm keeps the order of the raw p-values, and adjusting never adds a significant change',
    (series) => {
      const groups = series.map((summary, i) => ({ key: i, summary }));
      const metric = npsMetric();
      const [none, holm, bonferroni] = (['none', 'holm', 'bonferroni'] as const).map((adjustment) =>
        compareGroups(groups, { metric, against: 'previous', adjustment }),
      );
      none!.forEach((raw, i) => {
        const [h, b] = [holm![i]!, bonferroni![i]!];
        if (raw.adjustedPValue === null) {
          expect([h.adjustedPValue, b.adjustedPValue]).toEqual([null, null]);
          return;
        }
        expect(h.adjustedPValue!).toBeGreaterThanOrEqual(raw.adjustedPValue);
        expect(h.adjustedPValue!).toBeLessThanOrEqual(b.adjustedPValue! + 1e-15);
        expect(b.adjustedPValue!).toBeLessThanOrEqual(1);
        if (h.significant) expect(raw.significant).toBe(true);
        none!.forEach((other, j) => {
          if (other.adjustedPValue !== null && other.adjustedPValue < raw.adjustedPValue!) {
            expect(holm![j]!.adjustedPValue!).toBeLessThanOrEqual(h.adjustedPValue!);
          }
        });
      });
    },
  );
});
