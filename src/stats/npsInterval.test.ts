import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, iterate, NOT_NUMBERS } from '../../test/helpers.js';
import { npsInterval, npsIntervalFromSummary, npsSummary, type NpsInterval } from '../index.js';

/** R: qnorm(0.975) = 1.959963984540054. */
const Z95 = 1.959963984540054;

/** Each answer coded +100 / 0 / −100, as a list: the independent route to NPS and its spread. */
function coded(promoters: number, passives: number, detractors: number): number[] {
  return [...Array<number>(promoters).fill(100), ...Array<number>(passives).fill(0), ...Array<number>(detractors).fill(-100)];
}

/** Mean and population variance of a list by the two-pass definition (not (p + d) − (p − d)²). */
function meanAndVariance(values: readonly number[], weights?: readonly number[]): [number, number] {
  const w = weights ?? values.map(() => 1);
  const total = w.reduce((s, x) => s + x, 0);
  const mean = values.reduce((s, x, i) => s + x * w[i]!, 0) / total;
  const variance = values.reduce((s, x, i) => s + w[i]! * (x - mean) ** 2, 0) / total;
  return [mean, variance];
}

describe('npsIntervalFromSummary: Wald', () => {
  test('is NPS ± z·SE, with SE from the variance of the coded answers', () => {
    // 52 % promoters, 18 % detractors of 1000 answers; independently: the two-pass variance of
    // the ±100/0 codes is 10⁴·(0.7 − 0.34²) = 5844, SE = √(5844/1000) = 2.41744….
    const [mean, variance] = meanAndVariance(coded(520, 300, 180));
    const halfWidth = Z95 * Math.sqrt(variance / 1000);
    const interval = npsIntervalFromSummary({ promoters: 520, passives: 300, detractors: 180 }, { method: 'wald' });
    expect(interval.estimate).toBe(34);
    expect(interval.lower).toBeCloseTo(mean - halfWidth, 12);
    expect(interval.upper).toBeCloseTo(mean + halfWidth, 12);
    // mpmath, 50 digits: 29.261911213565487, 38.73808878643451.
    expect(interval.lower).toBeCloseTo(29.261911213565487, 12);
    expect(interval.upper).toBeCloseTo(38.73808878643451, 12);
  });

  test('matches R NPS nps_test(x) at another confidence level', () => {
    // R's NPS package (Rocks): int = nps ± qnorm(1 − α/2)·sqrt(npvar/n). For 17/9/4 at 90 %:
    // nps = 13/30, npvar = 0.7 − (13/30)², qnorm(0.95) = 1.6448536269514722.
    const nps = 13 / 30;
    const se = Math.sqrt((21 / 30 - nps ** 2) / 30);
    const interval = npsIntervalFromSummary({ promoters: 17, passives: 9, detractors: 4 }, { method: 'wald', confidenceLevel: 0.9 });
    expect(interval.lower).toBeCloseTo(100 * (nps - 1.6448536269514722 * se), 12);
    expect(interval.upper).toBeCloseTo(100 * (nps + 1.6448536269514722 * se), 12);
  });

  test('truncates to −100…100, and has zero width when every answer is in one category', () => {
    const split = npsIntervalFromSummary({ promoters: 1, passives: 0, detractors: 1 }, { method: 'wald' });
    expect([split.lower, split.upper]).toEqual([-100, 100]); // 0 ± 1.96·100·√(1/2) = ±138.6
    const allPromoters = npsIntervalFromSummary({ promoters: 12, passives: 0, detractors: 0 }, { method: 'wald' });
    expect([allPromoters.lower, allPromoters.upper]).toEqual([100, 100]);
  });

  test('applies the finite population correction (N − n)/(N − 1)', () => {
    // Cochran (1977): the variance of a mean under sampling without replacement is multiplied
    // by (N − n)/(N − 1). For N = 2000, n = 1000: SE × √(1000/1999). mpmath: 30.64882739134572.
    const counts = { promoters: 520, passives: 300, detractors: 180 };
    const plain = npsIntervalFromSummary(counts, { method: 'wald' });
    const corrected = npsIntervalFromSummary(counts, { method: 'wald', populationSize: 2000 });
    expect(34 - corrected.lower).toBeCloseTo((34 - plain.lower) * Math.sqrt(1000 / 1999), 12);
    expect(corrected.lower).toBeCloseTo(30.64882739134572, 12);
  });

  test('a census (population = sample) has no sampling error, whatever the method', () => {
    for (const method of ['wald', 'adjustedWald', 'score'] as const) {
      const interval = npsIntervalFromSummary({ promoters: 5, passives: 3, detractors: 2 }, { method, populationSize: 10 });
      expect([interval.lower, interval.estimate, interval.upper]).toEqual([30, 30, 30]);
    }
  });
});

describe('npsIntervalFromSummary: adjusted Wald', () => {
  test('is the Wald interval of the counts plus ¾ promoter, 1½ passives, ¾ detractor', () => {
    // Rocks (2016); R NPS nps_test(test = "adjusted.wald", pseudo_observations = c(0.75, 1.5,
    // 0.75)). Independently: weighted two-pass mean and variance of the codes with the
    // pseudo-answers as weights.
    const [mean, variance] = meanAndVariance([100, 0, -100], [17.75, 10.5, 4.75]);
    const halfWidth = Z95 * Math.sqrt(variance / 33);
    const interval = npsIntervalFromSummary({ promoters: 17, passives: 9, detractors: 4 });
    expect(interval.method).toBe('adjustedWald');
    expect(interval.estimate).toBeCloseTo(100 * 13 / 30, 12); // the observed NPS, not the centre
    expect(interval.lower).toBeCloseTo(mean - halfWidth, 12);
    expect(interval.upper).toBeCloseTo(mean + halfWidth, 12);
    // mpmath, 50 digits: 14.634324109462971, 64.15355467841582.
    expect(interval.lower).toBeCloseTo(14.634324109462971, 12);
    expect(interval.upper).toBeCloseTo(64.15355467841582, 12);
  });

  test("the doc example's 5 promoters, 3 passives, 2 detractors", () => {
    // Weighted two-pass mean and variance with the pseudo-answers (5.75, 4.5, 2.75 of 13), and
    // mpmath at 30 digits: −19.050615376363668, 65.20446153020983 (shown −19.05 and 65.2).
    const [mean, variance] = meanAndVariance([100, 0, -100], [5.75, 4.5, 2.75]);
    const halfWidth = Z95 * Math.sqrt(variance / 13);
    const interval = npsIntervalFromSummary({ promoters: 5, passives: 3, detractors: 2 });
    expect(interval.lower).toBeCloseTo(mean - halfWidth, 12);
    expect(interval.upper).toBeCloseTo(mean + halfWidth, 12);
    expect(interval.lower).toBeCloseTo(-19.05061537636367, 11);
    expect(interval.upper).toBeCloseTo(65.20446153020983, 11);
  });

  test('gives a real interval where Wald collapses (all promoters), truncated at 100', () => {
    // 100.75 promoters, 1.5 passives, 0.75 detractor of 103: centre 100/103·100 = 97.087…,
    // variance 10⁴·(101.5/103 − (100/103)²); mpmath lower bound 93.09014809291502.
    const interval = npsIntervalFromSummary({ promoters: 100, passives: 0, detractors: 0 });
    expect(interval.lower).toBeCloseTo(93.09014809291502, 12);
    expect(interval.upper).toBe(100);
  });
});

describe('npsIntervalFromSummary: score', () => {
  // Independent references: mpmath at 50 digits, solving |T(Δ)| = z with the restricted
  // maximum-likelihood detractor share found by bisection on the derivative of the trinomial
  // log-likelihood (not Tango's closed-form root used by the library).
  test.each([
    [5, 3, 2, 0.95, undefined, -21.65921974903801, 67.52778879882568],
    [5, 3, 2, 0.9, undefined, -13.665937367504052, 63.0729177257703],
    [520, 300, 180, 0.95, undefined, 29.167978410612605, 38.63817034561104],
    [1, 0, 0, 0.95, undefined, -58.69013712455251, 100],
    [0, 0, 3, 0.95, undefined, -100, 12.299406351009086],
    [3, 4, 0, 0.99, undefined, -26.658776427750617, 81.02850959116125],
    [0, 5, 0, 0.95, undefined, -43.44824647831747, 43.44824647831747],
    [40, 30, 30, 0.95, 500, -4.689279947213181, 24.21615731314143],
  ])('%d/%d/%d at %d (population %s) is [%d, %d]', (promoters, passives, detractors, confidenceLevel, populationSize, lower, upper) => {
    const interval = npsIntervalFromSummary(
      { promoters, passives, detractors },
      populationSize === undefined ? { method: 'score', confidenceLevel } : { method: 'score', confidenceLevel, populationSize },
    );
    expect(interval.lower).toBeCloseTo(lower, 11);
    expect(interval.upper).toBeCloseTo(upper, 11);
  });

  test('its bounds solve the score equation with a likelihood maximised by golden-section search', () => {
    // Tango (1998): the bounds are where T(Δ) = (P − D − nΔ)/√(n(2q̃ + Δ(1 − Δ))) = ∓z, q̃ the
    // detractor share that maximises D·ln q + P·ln(q + Δ) + Q·ln(1 − 2q − Δ). Found here by a
    // golden-section search on the log-likelihood itself.
    const [P, Q, D] = [23, 11, 9];
    const n = P + Q + D;
    const restricted = (delta: number): number => {
      let low = Math.max(0, -delta);
      let high = (1 - delta) / 2;
      const logLikelihood = (q: number): number => D * Math.log(q) + P * Math.log(q + delta) + Q * Math.log(1 - 2 * q - delta);
      const ratio = (Math.sqrt(5) - 1) / 2;
      for (let i = 0; i < 200; i++) {
        const a = high - ratio * (high - low);
        const b = low + ratio * (high - low);
        if (logLikelihood(a) < logLikelihood(b)) low = a;
        else high = b;
      }
      return (low + high) / 2;
    };
    const statistic = (delta: number): number => (P - D - n * delta) / Math.sqrt(n * (2 * restricted(delta) + delta * (1 - delta)));
    const interval = npsIntervalFromSummary({ promoters: P, passives: Q, detractors: D }, { method: 'score' });
    expect(statistic(interval.lower / 100)).toBeCloseTo(Z95, 7);
    expect(statistic(interval.upper / 100)).toBeCloseTo(-Z95, 7);
  });
});

describe('npsInterval (from answers)', () => {
  test('equals npsIntervalFromSummary of npsSummary, for every method', () => {
    const scores = [10, 10, 9, 9, 9, 8, 8, 7, 6, 3, null];
    for (const method of ['wald', 'adjustedWald', 'score'] as const) {
      expect(npsInterval(scores, { method })).toStrictEqual(npsIntervalFromSummary(npsSummary(scores), { method }));
    }
  });

  test('reads rows through an accessor once each, and any iterable', () => {
    const rows = [{ s: 10 }, { s: 3 }, { s: 9 }];
    const calls: number[] = [];
    const interval = npsInterval(rows, (row, index) => {
      calls.push(index);
      return row.s;
    });
    expect(calls).toEqual([0, 1, 2]);
    expect(interval).toStrictEqual(npsInterval([10, 3, 9]));
    expect(npsInterval(iterate([10, 3, 9]))).toStrictEqual(interval);
  });

  test('uses custom breaks', () => {
    // Promoters from 8: 8, 8 and 10 promote, 3 detracts.
    expect(npsInterval([8, 8, 10, 3], { promotersFrom: 8 }).estimate).toBe(50);
  });

  test('does not mutate its input', () => {
    const scores = deepFreeze([10, 9, 3]);
    const options = deepFreeze({ method: 'score' as const });
    expect(() => npsInterval(scores, options)).not.toThrow();
  });

  test('types', () => {
    expectTypeOf(npsInterval([1, 2])).toEqualTypeOf<NpsInterval>();
    // @ts-expect-error an unknown method is a type error
    expectTypeOf(npsInterval).toBeCallableWith([9], { method: 'exact' });
  });
});

describe('errors', () => {
  test('bad answers are reported for npsInterval, the function called', () => {
    expectMetricError(() => npsInterval([10, 11]), { metric: 'npsInterval', code: 'OUT_OF_RANGE', field: 'scores[1]' });
    expectMetricError(() => npsInterval([null]), { metric: 'npsInterval', code: 'EMPTY' });
    expectMetricError(() => npsInterval('9' as never), { metric: 'npsInterval', code: 'WRONG_TYPE', field: 'scores' });
    expectMetricError(() => npsInterval([9], { promotersFrom: 12 }), { metric: 'npsInterval', code: 'OUT_OF_RANGE', field: 'options.promotersFrom' });
  });

  test('bad counts', () => {
    const metric = 'npsIntervalFromSummary';
    expectMetricError(() => npsIntervalFromSummary({ promoters: 0, passives: 0, detractors: 0 }), { metric, code: 'EMPTY' });
    expectMetricError(() => npsIntervalFromSummary({ promoters: 1.5, passives: 0, detractors: 0 }), { metric, code: 'NOT_INTEGER', field: 'summary.promoters' });
    expectMetricError(() => npsIntervalFromSummary({ promoters: 1, passives: -1, detractors: 0 }), { metric, code: 'NEGATIVE', field: 'summary.passives' });
    expectMetricError(() => npsIntervalFromSummary(null as never), { metric, code: 'WRONG_TYPE', field: 'summary' });
  });

  test.each(NOT_NUMBERS)('a confidence level of %o is %s', (bad, code) => {
    expectMetricError(() => npsIntervalFromSummary({ promoters: 1, passives: 1, detractors: 1 }, { confidenceLevel: bad as number }), {
      metric: 'npsIntervalFromSummary',
      code,
      field: 'options.confidenceLevel',
    });
  });

  test('bad options', () => {
    const metric = 'npsIntervalFromSummary';
    const counts = { promoters: 5, passives: 3, detractors: 2 };
    for (const confidenceLevel of [0, 1, 95, -0.5]) {
      expectMetricError(() => npsIntervalFromSummary(counts, { confidenceLevel }), { metric, code: 'OUT_OF_RANGE', field: 'options.confidenceLevel' });
    }
    expectMetricError(() => npsIntervalFromSummary(counts, { method: 'exact' as never }), { metric, code: 'UNKNOWN_VALUE', field: 'options.method' });
    expectMetricError(() => npsIntervalFromSummary(counts, { method: 3 as never }), { metric, code: 'WRONG_TYPE', field: 'options.method' });
    expectMetricError(() => npsIntervalFromSummary(counts, { populationSize: 9 }), { metric, code: 'INCONSISTENT', field: 'options.populationSize' });
    expectMetricError(() => npsIntervalFromSummary(counts, { populationSize: 20.5 }), { metric, code: 'NOT_INTEGER', field: 'options.populationSize' });
    expectMetricError(() => npsIntervalFromSummary(counts, 'wald' as never), { metric, code: 'WRONG_TYPE', field: 'options' });
  });
});
