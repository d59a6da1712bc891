import { describe, expect, test } from 'vitest';
import { deepFreeze, expectMetricError } from '../../test/helpers.js';
import { individualsChart, pChart, uChart, type RunRule } from '../index.js';

const NOT_A_RULE: unknown = 'runOf6';

describe('pChart', () => {
  test('a published np-chart: 50 lots of 200 wafers (R qcc)', () => {
    // RPubs, "np Control Chart" (qcc 2.7 on 50 lots of 200 wafers): p̄ = 0.0357, centre 7.14
    // defective wafers, UCL 15.01184, LCL 0, every lot inside. As a p-chart in %: 3.57 and
    // 100 × 15.01184 / 200 = 7.50592.
    const defects = [8, 7, 11, 3, 6, 11, 4, 4, 5, 8, 8, 6, 7, 6, 10, 7, 9, 5, 6, 8, 8, 10, 4, 11, 4, 11, 6, 6, 9, 5, 4, 7, 5, 7, 8, 5, 10, 9, 7, 9, 4, 9, 4, 7, 11, 8, 10, 8, 7, 5];
    const chart = pChart(defects.map((count) => ({ count, size: 200 })), { baseline: { points: 50 } });
    expect(chart.centre).toBeCloseTo(3.57, 10);
    expect(chart.points[0]!.upper).toBeCloseTo(7.50592, 4);
    expect(chart.points[0]!.lower).toBe(0);
    expect(chart.points.filter((point) => point.signals.includes('beyondLimits'))).toEqual([]);
  });

  test("Montgomery's orange-juice cans: trial limits, revised limits, and the process after adjustment", () => {
    // Montgomery, Introduction to Statistical Quality Control, Example 7.1 (data as R qcc's
    // `orangejuice`): 30 samples of 50 cans. Trial limits p̄ = 347/1500 = 0.2313, UCL 0.4102,
    // LCL 0.0524, samples 15 and 23 above. Without them (assignable causes): p̄ = 301/1400 =
    // 0.2150, UCL 0.3893, LCL 0.0407, sample 21 (0.40) now above with no cause found. After the
    // machine's adjustment, samples 31–54: p̄ = 133/1200 = 0.1108, UCL 0.2440, LCL 0. The first 30
    // are also the NIST/SEMATECH e-Handbook's p-chart example (§6.3.3.2, misregistered chips on 30
    // wafers of 50, p̄ = 0.2313).
    const trial = [12, 15, 8, 10, 4, 7, 16, 9, 14, 10, 5, 6, 17, 12, 22, 8, 10, 5, 13, 11, 20, 18, 24, 15, 9, 12, 7, 13, 9, 6];
    const adjusted = [9, 6, 12, 5, 6, 4, 6, 3, 7, 6, 2, 4, 3, 6, 5, 4, 8, 5, 6, 7, 5, 6, 3, 5];
    const cans = (defective: number[]) => defective.map((count) => ({ count, size: 50 }));
    const first = pChart(cans(trial), { baseline: { points: 30 } });
    expect(first.centre / 100).toBeCloseTo(0.2313, 4);
    expect(first.points[0]!.upper / 100).toBeCloseTo(0.4102, 4);
    expect(first.points[0]!.lower / 100).toBeCloseTo(0.0524, 4);
    const above = (chart: typeof first) => chart.points.flatMap((point, i) => (point.signals.includes('beyondLimits') ? [i + 1] : []));
    expect(above(first)).toEqual([15, 23]);
    const revised = pChart(cans(trial.filter((_, i) => i !== 14 && i !== 22)), { baseline: { points: 28 } });
    expect(revised.centre / 100).toBeCloseTo(0.215, 4);
    expect(revised.points[0]!.upper / 100).toBeCloseTo(0.3893, 4);
    expect(revised.points[0]!.lower / 100).toBeCloseTo(0.0407, 4);
    expect(above(revised)).toEqual([20]); // sample 21, the 20th once 15 is gone
    const after = pChart(cans(adjusted), { baseline: { points: 24 } });
    expect(after.centre / 100).toBeCloseTo(0.1108, 4);
    expect(after.points[0]!.upper / 100).toBeCloseTo(0.244, 4);
    expect(after.points[0]!.lower).toBe(0);
  });

  test('limits widen for small samples, by hand', () => {
    // p̄ = 30/300 = 10 %; σ = √(10 · 90 / n): n = 100 → 3, n = 25 → 6.
    const chart = pChart([{ count: 10, size: 100 }, { count: 20, size: 200 }, { count: 5, size: 25 }], { baseline: { points: 2 } });
    expect(chart.centre).toBeCloseTo(10, 12);
    expect(chart.points[0]!.sigma).toBeCloseTo(3, 12);
    expect(chart.points[2]!.sigma).toBeCloseTo(6, 12);
    expect(chart.points[2]!.upper).toBeCloseTo(28, 12);
    expect(chart.points[2]!.lower).toBe(0);
    expect(chart.points[2]!.value).toBe(20);
  });

  test('fixed values: limits from the given centre only', () => {
    const chart = pChart([{ count: 1, size: 4 }], { baseline: { centre: 50 } });
    // σ = √(50 · 50 / 4) = 25: limits −25 → 0 and 125 → 100.
    expect(chart.baselinePoints).toBeNull();
    expect([chart.points[0]!.lower, chart.points[0]!.upper]).toEqual([0, 100]);
  });

  test("Laney's p′: σ_z from the baseline's standardised moving ranges, by hand", () => {
    // p̄ = 45/300 = 15 %, σᵢ = √(15 · 85 / 100) = √12.75 for each; z = −5/√12.75, 5/√12.75, 0;
    // MR̄(z) = (10 + 5)/2 /√12.75, σ_z = 7.5 / (1.128 √12.75); limits 15 ± 3 √12.75 σ_z = 15 ± 22.5/1.128.
    const samples = [{ count: 10, size: 100 }, { count: 20, size: 100 }, { count: 15, size: 100 }];
    const chart = pChart(samples, { baseline: { points: 3 }, laney: true });
    expect(chart.sigmaZ).toBeCloseTo(7.5 / (1.128 * Math.sqrt(12.75)), 12);
    expect(chart.points[0]!.upper).toBeCloseTo(15 + 22.5 / 1.128, 10);
    expect(chart.points[0]!.lower).toBe(0);
    expect(pChart(samples, { baseline: { points: 3 } }).sigmaZ).toBeNull();
    // Fixed values need σ_z with laney.
    expect(pChart(samples, { baseline: { centre: 15, sigmaZ: 2 }, laney: true }).points[0]!.sigma).toBeCloseTo(2 * Math.sqrt(12.75), 12);
    expectMetricError(() => pChart(samples, { baseline: { centre: 15 }, laney: true }), { metric: 'pChart', code: 'WRONG_TYPE', field: 'options.baseline.sigmaZ' });
    expectMetricError(() => pChart(samples, { baseline: { points: 3 }, laney: 'yes' as never }), { metric: 'pChart', code: 'WRONG_TYPE', field: 'options.laney' });
    expectMetricError(() => pChart(samples, { baseline: { centre: 15, sigmaZ: 2 } }), { metric: 'pChart', code: 'UNKNOWN_VALUE', field: 'options.baseline.sigmaZ' });
  });

  test('bad input', () => {
    expectMetricError(() => pChart([{ count: 3, size: 2 }], { baseline: { points: 1 } }), { metric: 'pChart', code: 'INCONSISTENT', field: 'samples[0].count' });
    expectMetricError(() => pChart([{ count: 0, size: 0 }], { baseline: { points: 1 } }), { metric: 'pChart', code: 'OUT_OF_RANGE', field: 'samples[0].size' });
    expectMetricError(() => pChart([{ count: 1, size: 2 }], { baseline: { points: 2 } }), { metric: 'pChart', code: 'OUT_OF_RANGE', field: 'options.baseline.points' });
    expectMetricError(() => pChart([{ count: 0, size: 2 }], { baseline: { points: 1 } }), { metric: 'pChart', code: 'OUT_OF_RANGE', field: 'options.baseline.points' });
    expectMetricError(() => pChart([{ count: 1, size: 2 }], {} as never), { metric: 'pChart', code: 'WRONG_TYPE', field: 'options.baseline' });
    expectMetricError(() => pChart([{ count: 1, size: 2 }], { baseline: { points: 1 }, rules: 'wecon' as never }), { metric: 'pChart', code: 'UNKNOWN_VALUE', field: 'options.rules' });
    expectMetricError(() => pChart([{ count: 1, size: 2 }], { baseline: { points: 1 }, rules: ['beyondLimits', NOT_A_RULE as RunRule] }), { metric: 'pChart', code: 'UNKNOWN_VALUE', field: 'options.rules[1]' });
  });
});

describe('uChart', () => {
  test("Montgomery's personal computers: 20 samples of 5, ū = 1.93", () => {
    // Montgomery, Introduction to Statistical Quality Control, §7.3 (data as R qcc's
    // `pcmanufact`): 193 nonconformities in 100 computers; ū = 1.93, UCL = 1.93 + 3√(1.93/5) =
    // 3.79, LCL = 0.07, every sample inside.
    const found = [10, 12, 8, 14, 10, 16, 11, 7, 10, 15, 9, 5, 7, 11, 12, 6, 8, 10, 7, 5];
    const chart = uChart(found.map((count) => ({ count, exposure: 5 })), { baseline: { points: 20 } });
    expect(chart.centre).toBeCloseTo(1.93, 12);
    expect(chart.points[0]!.upper).toBeCloseTo(3.79, 2);
    expect(chart.points[0]!.lower).toBeCloseTo(0.07, 2);
    expect(chart.points.filter((point) => point.signals.includes('beyondLimits'))).toEqual([]);
  });

  test('by hand', () => {
    // ū = 40 / 20 = 2 per unit; σ = √(2 / a): a = 2 → 1, a = 8 → 0.5. The third point,
    // 14 / 2 = 7, is 5σ above: beyond the limits.
    const chart = uChart([{ count: 8, exposure: 2 }, { count: 32, exposure: 18 }, { count: 14, exposure: 2 }, { count: 16, exposure: 8 }], { baseline: { points: 2 } });
    expect(chart.centre).toBe(2);
    expect(chart.points[0]!.sigma).toBe(1);
    expect(chart.points[3]!.sigma).toBe(0.5);
    expect(chart.points[2]!.signals).toContain('beyondLimits');
    expect(chart.points[0]!.lower).toBe(0);
  });

  test("Laney's u′: σ_z from the baseline's standardised moving ranges, by hand", () => {
    // Counts 6, 12, 2, 16 over exposures 2, 8, 2, 8: ū = 40/20, σᵢ = √(ū/aᵢ) = 1 or 0.5,
    // u = 3, 1.5, 1, 2.5, z = (u − ū)/σ = 1, −1, −1, 1; moving ranges 2, 0, 2, MR̄ = 4/3,
    // σ_z = MR̄/1.128; limits ū ± 3σᵢσ_z. The fifth rate, 40/8 = 5, is judged, not in the baseline.
    const samples = [{ count: 6, exposure: 2 }, { count: 12, exposure: 8 }, { count: 2, exposure: 2 }, { count: 20, exposure: 8 }, { count: 40, exposure: 8 }];
    const centre = 40 / 20;
    const sigma = (exposure: number): number => Math.sqrt(centre / exposure);
    const z = samples.slice(0, 4).map(({ count, exposure }) => (count / exposure - centre) / sigma(exposure));
    expect(z.map((value) => Math.round(value * 1e12) / 1e12)).toEqual([1, -1, -1, 1]);
    const sigmaZ = (Math.abs(z[1]! - z[0]!) + Math.abs(z[2]! - z[1]!) + Math.abs(z[3]! - z[2]!)) / 3 / 1.128;
    const chart = uChart(samples, { baseline: { points: 4 }, laney: true });
    expect(chart.centre).toBe(centre);
    expect(chart.sigmaZ).toBeCloseTo(sigmaZ, 12);
    expect(chart.sigmaZ).toBeCloseTo(4 / 3 / 1.128, 12);
    expect(chart.points[0]!.upper).toBeCloseTo(centre + 3 * sigma(2) * sigmaZ, 12);
    expect(chart.points[0]!.lower).toBe(0); // 2 − 3.55 clipped
    expect(chart.points[1]!.lower).toBeCloseTo(centre - 3 * sigma(8) * sigmaZ, 12);
    expect(chart.points[1]!.upper).toBeCloseTo(2 + 2 / 1.128, 12);
    expect(chart.points[4]!.sigma).toBeCloseTo(0.5 * sigmaZ, 12);
    expect(chart.points[4]!.signals).toContain('beyondLimits');
    expect(uChart(samples, { baseline: { points: 4 } }).sigmaZ).toBeNull();
  });

  test("Laney's u′ with fixed values: the given centre and σ_z", () => {
    // σ = √(2/8) · 1.5 = 0.75: limits 2 ± 2.25, the lower clipped at 0.
    const chart = uChart([{ count: 20, exposure: 8 }], { baseline: { centre: 2, sigmaZ: 1.5 }, laney: true });
    expect(chart.sigmaZ).toBe(1.5);
    expect(chart.baselinePoints).toBeNull();
    expect(chart.points[0]!.sigma).toBeCloseTo(0.75, 12);
    expect([chart.points[0]!.lower, chart.points[0]!.upper]).toEqual([0, 4.25]);
  });

  test('bad input', () => {
    const samples = [{ count: 6, exposure: 2 }, { count: 12, exposure: 8 }];
    expectMetricError(() => uChart(samples, { baseline: { centre: 2, sigmaZ: 1.5 } }), { metric: 'uChart', code: 'UNKNOWN_VALUE', field: 'options.baseline.sigmaZ' });
    expectMetricError(() => uChart(samples, { baseline: { centre: 2 }, laney: true }), { metric: 'uChart', code: 'WRONG_TYPE', field: 'options.baseline.sigmaZ' });
    expectMetricError(() => uChart(samples, { baseline: { centre: 2, sigmaZ: 0 }, laney: true }), { metric: 'uChart', code: 'OUT_OF_RANGE', field: 'options.baseline.sigmaZ' });
    expectMetricError(() => uChart(samples, { baseline: { centre: 2, sigmaZ: 1e308 }, laney: true }), { metric: 'uChart', code: 'OUT_OF_RANGE', field: 'options.baseline.sigmaZ' });
    expectMetricError(() => uChart(samples, { baseline: { points: 2 }, laney: 1 as never }), { metric: 'uChart', code: 'WRONG_TYPE', field: 'options.laney' });
    // σ_z needs a moving range: at least 2 baseline points, whose standardised values differ.
    expectMetricError(() => uChart(samples, { baseline: { points: 1 }, laney: true }), { metric: 'uChart', code: 'OUT_OF_RANGE', field: 'options.baseline.points' });
    expectMetricError(() => uChart([{ count: 4, exposure: 2 }, { count: 8, exposure: 4 }], { baseline: { points: 2 }, laney: true }), { metric: 'uChart', code: 'OUT_OF_RANGE', field: 'options.baseline.points' });
    expectMetricError(() => uChart([{ count: 1, exposure: 0 }], { baseline: { points: 1 } }), { metric: 'uChart', code: 'OUT_OF_RANGE', field: 'samples[0].exposure' });
    expectMetricError(() => uChart([{ count: 0, exposure: 1 }], { baseline: { points: 1 } }), { metric: 'uChart', code: 'OUT_OF_RANGE', field: 'options.baseline.points' });
  });
});

describe('individualsChart', () => {
  test('by hand: mean, moving ranges, 2.66 × MR̄', () => {
    // Baseline 10, 12, 11, 13: x̄ = 11.5, ranges 2, 1, 2 → MR̄ = 5/3, σ = MR̄ / 1.128.
    const chart = individualsChart([10, 12, 11, 13, 30], { baseline: { points: 4 } });
    expect(chart.centre).toBe(11.5);
    expect(chart.averageMovingRange).toBeCloseTo(5 / 3, 14);
    expect(chart.points[0]!.upper - chart.centre).toBeCloseTo((3 * 5) / 3 / 1.128, 12);
    expect(chart.movingRanges).toEqual([null, 2, 1, 2, 17]);
    expect(chart.movingRangeUpper).toBeCloseTo((3.267 * 5) / 3, 12);
    expect(chart.points[4]!.signals).toEqual(['beyondLimits']);
  });

  test('limits depend on the baseline only, and the input is not touched', () => {
    const values = deepFreeze([5, 7, 6, 8, 7, 6, 100, -50]);
    const a = individualsChart(values, { baseline: { points: 6 } });
    const b = individualsChart([5, 7, 6, 8, 7, 6, 7, 7], { baseline: { points: 6 } });
    expect([a.centre, a.points[0]!.upper, a.points[0]!.lower]).toEqual([b.centre, b.points[0]!.upper, b.points[0]!.lower]);
  });

  test('bad input', () => {
    expectMetricError(() => individualsChart([1, 2, 3], { baseline: { points: 1 } }), { metric: 'individualsChart', code: 'OUT_OF_RANGE', field: 'options.baseline.points' });
    expectMetricError(() => individualsChart([4, 4, 4], { baseline: { points: 3 } }), { metric: 'individualsChart', code: 'OUT_OF_RANGE', field: 'options.baseline.points' });
    expectMetricError(() => individualsChart([1, Number.NaN], { baseline: { points: 2 } }), { metric: 'individualsChart', code: 'NOT_FINITE', field: 'values[1]' });
    expectMetricError(() => individualsChart([1, 2], { baseline: { centre: 1, sigma: 0 } }), { metric: 'individualsChart', code: 'OUT_OF_RANGE', field: 'options.baseline.sigma' });
  });
});

describe('run rules, on series built by hand (centre 0, σ 1)', () => {
  const judge = (values: number[], rules: RunRule[]): RunRule[][] => individualsChart(values, { baseline: { centre: 0, sigma: 1 }, rules }).points.map((point) => [...point.signals]);
  const flagged = (values: number[], rule: RunRule): number[] =>
    judge(values, [rule]).flatMap((signals, index) => (signals.includes(rule) ? [index] : []));

  test('beyond the limits: above 3σ, not at it', () => {
    expect(flagged([0, 3, 3.01, -3.5], 'beyondLimits')).toEqual([2, 3]);
  });

  test('two of three beyond 2σ on the same side: the two points, not the third', () => {
    expect(flagged([0, 2.5, 0, 2.1, 0], 'twoOfThreeBeyondTwoSigma')).toEqual([1, 3]);
    // On opposite sides: no signal.
    expect(flagged([2.5, 0, -2.5], 'twoOfThreeBeyondTwoSigma')).toEqual([]);
  });

  test('four of five beyond 1σ on the same side', () => {
    expect(flagged([1.5, 1.2, 0, 1.1, 1.3, 0], 'fourOfFiveBeyondOneSigma')).toEqual([0, 1, 3, 4]);
    expect(flagged([1.5, 1.2, 0, 1.1, -1.3], 'fourOfFiveBeyondOneSigma')).toEqual([]);
  });

  test('runs of seven, eight and nine on one side; a point on the centre line breaks a run', () => {
    const eight = [-1, 0.1, 0.2, 0.1, 0.3, 0.2, 0.1, 0.4, 0.2, -1];
    expect(flagged(eight, 'runOfSeven')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(flagged(eight, 'runOfEight')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(flagged(eight, 'runOfNine')).toEqual([]);
    expect(flagged([0.1, 0.2, 0.1, 0, 0.3, 0.2, 0.1, 0.4], 'runOfSeven')).toEqual([]);
  });

  test('a trend of six rising or falling; a tie breaks it', () => {
    expect(flagged([0, -2, -1.5, -1, 0, 0.5, 1, 0], 'trendOfSix')).toEqual([1, 2, 3, 4, 5, 6]);
    expect(flagged([3, 2, 1, 0, -1, -2], 'trendOfSix')).toEqual([0, 1, 2, 3, 4, 5]);
    expect(flagged([0, 1, 2, 2, 3, 4], 'trendOfSix')).toEqual([]);
  });

  test('fourteen alternating, fifteen within 1σ, eight beyond 1σ on both sides', () => {
    const zigzag = Array.from({ length: 14 }, (_, index) => (index % 2 === 0 ? 0.5 : -0.5));
    expect(flagged(zigzag, 'fourteenAlternating')).toHaveLength(14);
    expect(flagged(zigzag.slice(0, 13), 'fourteenAlternating')).toEqual([]);
    const hugging = Array.from({ length: 15 }, () => 0.2);
    expect(flagged(hugging, 'fifteenWithinOneSigma')).toHaveLength(15);
    const avoiding = [1.5, -1.5, 1.2, -1.2, 1.5, -1.5, 1.2, -1.2];
    expect(flagged(avoiding, 'eightBeyondOneSigma')).toHaveLength(8);
    // All on one side is a run, not Nelson's eighth rule.
    expect(flagged(avoiding.map(Math.abs), 'eightBeyondOneSigma')).toEqual([]);
  });

  test('the named sets', () => {
    const run = [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5];
    expect(individualsChart(run, { baseline: { centre: 0, sigma: 1 }, rules: 'nhs' }).points[0]!.signals).toEqual(['runOfSeven']);
    expect(individualsChart(run, { baseline: { centre: 0, sigma: 1 } }).points[0]!.signals).toEqual([]);
    expect(individualsChart(run, { baseline: { centre: 0, sigma: 1 } }).rules).toEqual(['beyondLimits', 'twoOfThreeBeyondTwoSigma', 'fourOfFiveBeyondOneSigma', 'runOfEight']);
  });
});
