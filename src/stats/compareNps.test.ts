import { describe, expect, test } from 'vitest';
import { fc, test as propTest } from '@fast-check/vitest';
import { expectMetricError } from '../../test/helpers.js';
import { compareNps, npsSummary, type NpsComparisonMethod } from '../index.js';

/** R: qnorm(0.975). */
const Z95 = 1.959963984540054;

/** NPS (fraction) and the variance of one answer, by the two-pass definition on the codes ±1, 0. */
function codedStatistics(promoters: number, passives: number, detractors: number): [number, number, number] {
  const n = promoters + passives + detractors;
  const mean = (promoters - detractors) / n;
  const variance = (promoters * (1 - mean) ** 2 + passives * mean ** 2 + detractors * (-1 - mean) ** 2) / n;
  return [mean, variance, n];
}

describe('compareNps', () => {
  const thisQuarter = { promoters: 210, passives: 160, detractors: 130 }; // NPS 16
  const lastQuarter = { promoters: 260, passives: 150, detractors: 90 }; // NPS 34

  test("Wald: R NPS nps_test(x, y)'s statistic, with the sign kept", () => {
    // R (NPS package, Rocks): se.hat = sqrt(var.x/n.x + var.y/n.y), int = delta ± z·se.hat,
    // p.value = 1 − (2·pnorm(|delta|/se.hat) − 1), with delta = |nps.x − nps.y| = 0.18: the
    // interval R prints is [8.24, 27.76] points, for a fall of 18 points.
    const [a, va, na] = codedStatistics(210, 160, 130);
    const [b, vb, nb] = codedStatistics(260, 150, 90);
    const se = Math.sqrt(va / na + vb / nb);
    const result = compareNps(thisQuarter, lastQuarter, { method: 'wald' });
    expect(result.difference).toBeCloseTo(-18, 12);
    expect(result.standardError).toBeCloseTo(100 * se, 12);
    expect(result.lower).toBeCloseTo(100 * (a - b - Z95 * se), 11);
    expect(result.upper).toBeCloseTo(100 * (a - b + Z95 * se), 11);
    // mpmath, 40 digits: SE 4.977549597944756; bounds −27.755817943233545, −8.244182056766453;
    // p = erfc(0.18/SE/√2) = 0.0002989164934030151.
    expect(result.lower).toBeCloseTo(-27.755817943233545, 11);
    expect(result.upper).toBeCloseTo(-8.244182056766453, 11);
    expect(result.pValue).toBeCloseTo(0.0002989164934030151, 15);
    expect(result.pValue / 0.0002989164934030151).toBeCloseTo(1, 12);
  });

  test('adjusted Wald: each group gets ¾ promoter, 1½ passives, ¾ detractor first', () => {
    // As R NPS nps_test(test = "adjusted.wald") does for two samples (pseudo_observations
    // c(0.75, 1.5, 0.75) added to each), here on unrounded statistics.
    const [a, va, na] = codedStatistics(2.75, 1.5, 1.75); // [10, 9, 3] + pseudo-answers
    const [b, vb, nb] = codedStatistics(3.75, 1.5, 0.75); // [10, 10, 9] + pseudo-answers
    const se = Math.sqrt(va / na + vb / nb);
    const result = compareNps(npsSummary([10, 9, 3]), npsSummary([10, 10, 9]));
    expect(result.method).toBe('adjustedWald');
    expect(result.difference).toBeCloseTo(100 / 3 - 100, 12); // the observed difference
    expect(result.standardError).toBeCloseTo(100 * se, 12);
    expect(result.lower).toBeCloseTo(100 * (a - b - Z95 * se), 11);
    expect(result.upper).toBeCloseTo(100 * (a - b + Z95 * se), 11);
    // mpmath: p = erfc(|a − b|/se/√2) = 0.4601809354471203.
    expect(result.pValue).toBeCloseTo(0.4601809354471203, 13);
  });

  test('with no spread in either group (Wald): zero standard error, p-value 1 or 0', () => {
    const promoters = { promoters: 5, passives: 0, detractors: 0 };
    const same = compareNps(promoters, promoters, { method: 'wald' });
    expect([same.lower, same.upper, same.pValue]).toEqual([0, 0, 1]);
    const apart = compareNps(promoters, { promoters: 0, passives: 3, detractors: 0 }, { method: 'wald' });
    expect([apart.difference, apart.lower, apart.upper, apart.pValue]).toEqual([100, 100, 100, 0]);
  });

  test('truncates the interval to −200…200', () => {
    // 2 promoters and 1 passive against 2 detractors and 1 passive: 66.7 − (−66.7) = 133.3,
    // SE = 100·√(2·(2/3 − 4/9)/3) = 38.49: the Wald upper bound 208.8 is cut at 200.
    const result = compareNps({ promoters: 2, passives: 1, detractors: 0 }, { promoters: 0, passives: 1, detractors: 2 }, { method: 'wald' });
    expect(result.upper).toBe(200);
    expect(result.lower).toBeCloseTo(400 / 3 - Z95 * 100 * Math.sqrt((2 * (2 / 3 - 4 / 9)) / 3), 11);
  });

  propTest.prop([
    fc.record({ promoters: fc.nat(300), passives: fc.nat(300), detractors: fc.nat(300) }),
    fc.record({ promoters: fc.nat(300), passives: fc.nat(300), detractors: fc.nat(300) }),
    fc.constantFrom<NpsComparisonMethod>('wald', 'adjustedWald'),
    fc.double({ noNaN: true, min: 0.5, max: 0.999 }),
  ])('swapping the groups negates the difference and the interval, and keeps the p-value', (a, b, method, confidenceLevel) => {
    fc.pre(a.promoters + a.passives + a.detractors > 0 && b.promoters + b.passives + b.detractors > 0);
    const ab = compareNps(a, b, { method, confidenceLevel });
    const ba = compareNps(b, a, { method, confidenceLevel });
    // `0 - x` rather than `-x`: a 0 is +0 both ways (the library never returns −0).
    expect(ba.difference).toBe(0 - ab.difference);
    expect(ba.lower).toBe(0 - ab.upper);
    expect(ba.upper).toBe(0 - ab.lower);
    expect(ba.pValue).toBe(ab.pValue);
    expect(ab.pValue).toBeGreaterThanOrEqual(0);
    expect(ab.pValue).toBeLessThanOrEqual(1);
    expect(ab.lower).toBeGreaterThanOrEqual(-200);
    expect(ab.upper).toBeLessThanOrEqual(200);
  });

  test('rejects bad input, naming the group', () => {
    const ok = { promoters: 1, passives: 1, detractors: 1 };
    expectMetricError(() => compareNps(ok, { promoters: 0, passives: 0, detractors: 0 }), { metric: 'compareNps', code: 'EMPTY', field: 'b' });
    expectMetricError(() => compareNps({ promoters: -1, passives: 0, detractors: 0 }, ok), {
      metric: 'compareNps',
      code: 'NEGATIVE',
      field: 'a.promoters',
    });
    expectMetricError(() => compareNps(ok, ok, { method: 'score' as never }), { metric: 'compareNps', code: 'UNKNOWN_VALUE' });
    expectMetricError(() => compareNps(ok, ok, { confidenceLevel: 1.5 }), { metric: 'compareNps', code: 'OUT_OF_RANGE' });
  });
});
