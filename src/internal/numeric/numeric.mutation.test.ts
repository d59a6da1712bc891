/**
 * The texts of the errors raised by src/internal/numeric (confidence levels and methods,
 * population sizes, margins of error, staffing targets, control-chart baselines, comparisons
 * with a target), which no test read: a caller reads the message, so a changed or emptied text
 * must fail a test. Each case goes through the public function a caller would use.
 *
 * Then the edges of the kernels the library's examples do not reach: comparisons with a
 * target at their bounds, a census of one, forecasts with no error.
 *
 * Mutants left alive, equivalent or below the doubles' precision:
 * - an attribute chart's σ_z check reading centre − 3σ for centre + 3σ: the centre of a p or u
 *   chart is a share or a rate, far below the doubles' range, so both limits overflow together;
 * - incompleteBeta: the last two Stirling terms (below one ulp of ln Γ at x ≥ 10), shifting to
 *   x ≥ 11 instead of 10, `>` for `≥` at x = ½ (log1p(−½) = ln ½), the guards for x or y = 0 and
 *   a zero prefix (the fraction then returns 0 or 1 anyway), and the fraction's stopping test;
 * - npsMath: the cancellation-free root for B > 0 (the other form gives the same root less
 *   precisely), the bisection's iteration cap and its stop when the midpoint meets an end (it
 *   stops on the same bits either way), and the shortcuts for all promoters or all detractors;
 * - sampleSize and staffing: `<` for `≤` where both sides give the same number (a sample equal
 *   to the population, exactly 2⁵³ − 1 or 10¹⁵ agents).
 */
import { describe, expect, test } from 'vitest';
import { expectErrorTexts } from '../../../test/helpers.js';
import { agentsRequired, forecastAccuracy, individualsChart, meanMetric, npsInterval, npsMetric, npsSampleSize, npsStandardError, pChart, proportionMetric } from '../../index.js';

describe('interval options', () => {
  const interval = (options: Record<string, unknown>) => () => npsInterval([9, 10, 3], options as never);

  test('a bad confidence level, method or population size says what it must be', () => {
    const level = 'a probability between 0 and 1, exclusive (0.95 for 95 %)';
    const methods = 'one of "adjustedWald", "wald", "score"';
    expectErrorTexts('npsInterval', [
      [interval({ confidenceLevel: 95 }), 'OUT_OF_RANGE', 'options.confidenceLevel', level],
      [interval({ confidenceLevel: Number.NaN }), 'NOT_FINITE', 'options.confidenceLevel', level],
      [interval({ method: 5 }), 'WRONG_TYPE', 'options.method', methods],
      [interval({ method: 'wilson' }), 'UNKNOWN_VALUE', 'options.method', methods],
      [interval({ populationSize: 2 }), 'INCONSISTENT', 'options.populationSize', 'at least the number of answers (3)'],
    ]);
  });
});

describe('sample sizes', () => {
  test('a bad margin or population says what it must be', () => {
    const margin = 'a number of points above 0 and at most 100';
    expectErrorTexts('npsSampleSize', [
      [() => npsSampleSize({ marginOfError: 0 }), 'OUT_OF_RANGE', 'input.marginOfError', margin],
      [() => npsSampleSize({ marginOfError: 101 }), 'OUT_OF_RANGE', 'input.marginOfError', margin],
      [() => npsSampleSize({ marginOfError: Number.NaN }), 'NOT_FINITE', 'input.marginOfError', margin],
      [() => npsSampleSize({ marginOfError: 5 }, { populationSize: 0 }), 'OUT_OF_RANGE', 'options.populationSize', 'a whole number ≥ 1'],
      [() => npsSampleSize({ marginOfError: 1e-7 }), 'OUT_OF_RANGE', 'input.marginOfError', 'a margin wide enough that the sample size is at most 2⁵³ − 1'],
    ]);
  });
});

describe('staffing targets (agentsRequired)', () => {
  const workload = { contacts: 100, intervalSeconds: 1800, averageHandleSeconds: 180 };
  const staff = (targets: Record<string, unknown>) => () => agentsRequired(workload, targets);

  test('bad targets say what they must be', () => {
    expectErrorTexts('agentsRequired', [
      [staff({}), 'EMPTY', 'targets', 'at least one target: serviceLevel, averageSpeedOfAnswer or maxOccupancy'],
      [staff({ serviceLevel: 100 }), 'OUT_OF_RANGE', 'targets.serviceLevel', 'a percentage from 0 to below 100 (no finite staff answers 100 % within a threshold)'],
      [staff({ serviceLevel: -1 }), 'OUT_OF_RANGE', 'targets.serviceLevel', 'a percentage from 0 to below 100 (no finite staff answers 100 % within a threshold)'],
      [staff({ maxOccupancy: 101 }), 'OUT_OF_RANGE', 'targets.maxOccupancy', 'a percentage above 0, at most 100'],
      [staff({ maxOccupancy: 85, shrinkage: 1 }), 'OUT_OF_RANGE', 'targets.shrinkage', 'a fraction from 0 to below 1'],
      [staff({ maxOccupancy: 85, fractional: 'yes' }), 'WRONG_TYPE', 'targets.fractional', 'true or false'],
      [
        () => agentsRequired({ contacts: 1e8, intervalSeconds: 1800, averageHandleSeconds: 1800 }, { maxOccupancy: 1e-6 }),
        'OUT_OF_RANGE',
        'targets.maxOccupancy',
        'a cap that needs at most 10¹⁵ agents (100 × 100000000 Erlangs / maxOccupancy)',
      ],
    ]);
  });
});

describe('control-chart baselines', () => {
  test('a baseline too short, flat or wide says so', () => {
    expectErrorTexts('individualsChart', [
      [
        () => individualsChart([10, 12, 11], { baseline: { points: 1 } }),
        'OUT_OF_RANGE',
        'options.baseline.points',
        'at least 2 points (one moving range); this baseline has 1',
      ],
      [() => individualsChart([10, 10, 11], { baseline: { points: 2 } }), 'OUT_OF_RANGE', 'options.baseline.points', 'a baseline whose values vary (its moving ranges are all 0)'],
      [() => individualsChart([1e308, 0.9e308, 0], { baseline: { points: 2 } }), 'OUT_OF_RANGE', 'options.baseline.points', 'a baseline whose mean and moving ranges are finite'],
      [() => individualsChart([0.775e308, 0.225e308, 0], { baseline: { points: 2 } }), 'OUT_OF_RANGE', 'options.baseline.points', 'a baseline whose limits are finite'],
      [() => individualsChart([0, 1e308, 0], { baseline: { points: 2 } }), 'OUT_OF_RANGE', 'options.baseline.points', 'a baseline whose mean and moving ranges are finite'],
      [() => individualsChart([1, 2, 3], { baseline: { centre: 0, sigma: 1e308 } }), 'OUT_OF_RANGE', 'options.baseline.sigma', 'a baseline whose limits are finite'],
      // Only the lower limit overflows: −1.7e308 − 3 × 5e307.
      [() => individualsChart([1, 2, 3], { baseline: { centre: -1.7e308, sigma: 5e307 } }), 'OUT_OF_RANGE', 'options.baseline.sigma', 'a baseline whose limits are finite'],
    ]);
  });

  test("Laney's σ_z whose limits are not finite says so", () => {
    const samples = [
      { count: 10, size: 100 },
      { count: 20, size: 100 },
      { count: 15, size: 100 },
    ];
    expectErrorTexts('pChart', [[() => pChart(samples, { baseline: { centre: 15, sigmaZ: 1e308 }, laney: true }), 'OUT_OF_RANGE', 'options.baseline.sigmaZ', 'a σ_z whose limits are finite']]);
  });
});

describe('comparisons with a target', () => {
  test('too few answers for a comparison say how many it needs', () => {
    const proportion = proportionMetric();
    const empty = proportion.summarise([]);
    expectErrorTexts('compareWithTarget', [
      [() => proportion.compareWithTarget!(empty, 50), 'EMPTY', 'summary', 'at least one answer'],
      [() => meanMetric().compareWithTarget!(meanMetric().summarise([4]), 3), 'EMPTY', 'summary.count', 'at least two values'],
    ]);
  });
});

describe('edges of the comparisons with a target', () => {
  const wald = npsMetric({ testMethod: 'wald' });
  const counts = (promoters: number, passives: number, detractors: number) => ({ promoters, passives, detractors, unanswered: 0 });

  test('NPS − target stays within −100 − target … 100 − target', () => {
    // 9 promoters and a detractor: NPS 80, answer variance 1 − 0.8² = 0.36, standard error
    // 100 √(0.36 / 10) ≈ 19 points, so 80 − 50 ± 1.96 × 19 passes 100 − 50 and is cut there.
    const high = wald.compareWithTarget!(counts(9, 0, 1), 50);
    expect(high.difference).toBe(30);
    expect(high.upper).toBe(50);
    const low = wald.compareWithTarget!(counts(1, 0, 9), -50);
    expect(low.difference).toBe(-30);
    expect(low.lower).toBe(-50);
  });

  test('with no spread in the answers, the p-value is 1 on the target and 0 off it', () => {
    expect(wald.compareWithTarget!(counts(10, 0, 0), 100)).toMatchObject({ standardError: 0, pValue: 1 });
    expect(wald.compareWithTarget!(counts(10, 0, 0), 50)).toMatchObject({ standardError: 0, pValue: 0 });
  });

  test('a mean needs two values, and two are enough', () => {
    // [1, 3] against 0: mean 2, s = √2, standard error 1, t = 2 on 1 degree of freedom, whose
    // two-sided p-value is 1 − 2 atan(2)/π (the t distribution with 1 degree of freedom is Cauchy).
    const mean = meanMetric();
    const result = mean.compareWithTarget!(mean.summarise([1, 3]), 0);
    expect(result.pValue).toBeCloseTo(1 - (2 * Math.atan(2)) / Math.PI, 12);
  });
});

describe('edges of the numeric kernels', () => {
  test('a census of one answer has a standard error of 0, not NaN (the population correction is 0/0 there)', () => {
    expect(npsStandardError({ promoters: 1, passives: 0, detractors: 0, unanswered: 0 }, { populationSize: 1 })).toBe(0);
  });

  test('RMSE of a perfect forecast is 0, and of errors where actual = −forecast their root mean square', () => {
    expect(forecastAccuracy({ actual: [5, 7], forecast: [5, 7] }).rmse).toBe(0);
    // Errors 2 and −4: √((4 + 16)/2) = √10; each actual + forecast is 0.
    expect(forecastAccuracy({ actual: [1, -2], forecast: [-1, 2] }).rmse).toBeCloseTo(Math.sqrt(10), 14);
  });

  test("MASE's scale overflowing is refused", () => {
    const run = () => forecastAccuracy({ actual: [1, 2], forecast: [1, 2], history: [1e308, -1e308] });
    expectErrorTexts('forecastAccuracy', [[run, 'OUT_OF_RANGE', 'input.actual', 'values and forecasts whose sums of errors are finite numbers']]);
  });

  test('a service-level target of 0 % is met by any stable queue', () => {
    // 100 calls in 30 min at 180 s: 10 Erlangs, so 11 agents is the least with occupancy below 100 %.
    expect(agentsRequired({ contacts: 100, intervalSeconds: 1800, averageHandleSeconds: 180 }, { serviceLevel: 0, thresholdSeconds: 20 }).agents).toBe(11);
  });
});
