import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import {
  ces,
  cesMetric,
  engagementIndex,
  engagementIndexMetric,
  enps,
  enpsMetric,
  meanInterval,
  nev,
  nevIntensity,
  nevIntensityMetric,
  nevMetric,
  npsIntervalFromSummary,
  proportionIntervalFromSummary,
} from '../index.js';

// The descriptors added with the 0.1.0 grammar: cesMetric, enpsMetric, nevMetric,
// nevIntensityMetric, engagementIndexMetric.
describe('survey descriptors', () => {
  test('enpsMetric: counts and score by hand, errors under its own name', () => {
    const metric = enpsMetric();
    const summary = metric.summarise([10, 9, 4, 7, null]); // 2 promoters, 1 passive, 1 detractor
    expect(summary).toEqual({ promoters: 2, passives: 1, detractors: 1, unanswered: 1 });
    expect(metric.value(summary)).toBe(25); // 100 × (2 − 1) / 4
    expect(metric.answered(summary)).toBe(4);
    expectMetricError(() => enpsMetric({ promotersFrom: 11 }), { metric: 'enpsMetric', field: 'options.promotersFrom', code: 'OUT_OF_RANGE' });
  });

  test('nevMetric: net of positive and negative; the NPS interval of the same three counts', () => {
    const metric = nevMetric({ method: 'score' });
    const summary = metric.summarise(['happy', 'trusting', 'stressed', 'neutral', null]);
    expect(summary).toEqual({ positive: 2, neutral: 1, negative: 1, unanswered: 1 });
    expect(metric.value(summary)).toBe(25); // 100 × (2 − 1) / 4
    expect(metric.interval?.(summary)).toStrictEqual(npsIntervalFromSummary({ promoters: 2, passives: 1, detractors: 1 }, { method: 'score' }));
    expectMetricError(() => nevMetric({ labels: { happy: 'negative' } }), { metric: 'nevMetric', field: 'options.labels["happy"]', code: 'INCONSISTENT' });
  });

  test('nevIntensityMetric: mean positive minus mean negative, no interval', () => {
    const metric = nevIntensityMetric();
    const summary = metric.summarise([
      { emotion: 'trusting', intensity: 5 },
      { emotion: 'pleased', intensity: 2 },
      { emotion: 'stressed', intensity: 4 },
      null,
    ]);
    expect(metric.value(summary)).toBe(-0.5); // (5 + 2) / 2 − 4 / 1
    expect(metric.answered(summary)).toBe(3);
    expect(metric.interval).toBeUndefined();
    expectMetricError(() => metric.answered({} as never), { metric: 'nevIntensityMetric', field: 'summary.positiveCount', code: 'WRONG_TYPE' });
  });

  test('cesMetric: each report, with the interval of its kind', () => {
    const scores = [7, 6, 5, 4, 2, 1]; // easy 5–7: 3; difficult 1–3: 2; mean 25 / 6
    const mean = cesMetric({ confidenceLevel: 0.9 });
    const summary = mean.summarise(scores);
    expect(mean.value(summary)).toBeCloseTo(25 / 6, 14);
    const t = meanInterval(scores, { confidenceLevel: 0.9 });
    expect(mean.interval?.(summary).lower).toBeCloseTo(t.lower, 12);
    expect(mean.interval?.(summary).upper).toBeCloseTo(t.upper, 12);
    const easy = cesMetric({ report: 'easyPercent' });
    expect(easy.value(summary)).toBe(50); // 3 of 6
    expect(easy.interval?.(summary)).toStrictEqual(proportionIntervalFromSummary({ successes: 3, trials: 6 }));
    expect(cesMetric({ report: 'difficultPercent' }).value(summary)).toBeCloseTo(100 / 3, 12); // 2 of 6
    const net = cesMetric({ report: 'net' });
    expect(net.value(summary)).toBeCloseTo(100 / 6, 12); // (3 − 2) / 6
    expect(net.interval?.(summary)).toStrictEqual(npsIntervalFromSummary({ promoters: 3, passives: 1, detractors: 2 }));
    expectMetricError(() => cesMetric({ report: 'median' as never }), { metric: 'cesMetric', field: 'options.report', code: 'UNKNOWN_VALUE' });
    expectMetricError(() => cesMetric({ easyBoxes: 9 }), { metric: 'cesMetric', field: 'options.easyBoxes', code: 'OUT_OF_RANGE' });
  });

  test('engagementIndexMetric: POMP and its rescaled t interval; % favourable and Wilson', () => {
    const answers = [5, 4, 4, 3, 2]; // mean 3.6 on 1–5: POMP 100 × 2.6 / 4 = 65
    const pomp = engagementIndexMetric();
    const summary = pomp.summarise(answers);
    expect(pomp.value(summary)).toBe(65);
    const t = meanInterval(answers);
    expect(pomp.interval?.(summary).lower).toBeCloseTo(Math.max(0, (t.lower - 1) * 25), 12);
    expect(pomp.interval?.(summary).upper).toBeCloseTo(Math.min(100, (t.upper - 1) * 25), 12);
    // A rescaling keeps the p-value: against a target index of 50, i.e. a mean of 3.
    const test = pomp.compareWithTarget?.(summary, 50);
    expect(test?.difference).toBeCloseTo(15, 12);
    const favourable = engagementIndexMetric({ method: 'percentFavourable' });
    expect(favourable.value(summary)).toBe(60); // 3 of 5 are 4 or 5
    expect(favourable.interval?.(summary)).toStrictEqual(proportionIntervalFromSummary({ successes: 3, trials: 5 }));
    expectMetricError(() => engagementIndexMetric({ method: 'mean' as never }), {
      metric: 'engagementIndexMetric',
      field: 'options.method',
      code: 'UNKNOWN_VALUE',
    });
  });

  // The descriptor's value of the merged summaries of any split equals the batch metric.
  const split = <T>(values: readonly T[], cut: number): [T[], T[]] => [values.slice(0, cut), values.slice(cut)];
  fcTest.prop([fc.array(fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }), { minLength: 1 }), fc.nat()])(
    'enpsMetric: merged halves equal enps',
    (scores, cut) => {
      fc.pre(scores.some((score) => score !== null));
      const metric = enpsMetric();
      const [a, b] = split(scores, cut % (scores.length + 1));
      expect(metric.value(metric.merge(metric.summarise(a), metric.summarise(b)))).toBe(enps(scores));
    },
  );
  fcTest.prop([fc.array(fc.constantFrom('happy', 'stressed', 'neutral', null), { minLength: 1 }), fc.nat()])(
    'nevMetric: merged halves equal nev',
    (responses, cut) => {
      fc.pre(responses.some((response) => response !== null));
      const metric = nevMetric();
      const [a, b] = split(responses, cut % (responses.length + 1));
      expect(metric.value(metric.merge(metric.summarise(a), metric.summarise(b)))).toBe(nev(responses));
    },
  );
  fcTest.prop([fc.array(fc.record({ emotion: fc.constantFrom('trusting', 'stressed'), intensity: fc.integer({ min: 1, max: 5 }) })), fc.nat()])(
    'nevIntensityMetric: merged halves equal nevIntensity',
    (ratings, cut) => {
      fc.pre(ratings.some((r) => r.emotion === 'trusting') && ratings.some((r) => r.emotion === 'stressed'));
      const metric = nevIntensityMetric();
      const [a, b] = split(ratings, cut % (ratings.length + 1));
      expect(metric.value(metric.merge(metric.summarise(a), metric.summarise(b)))).toBe(nevIntensity(ratings));
    },
  );
  fcTest.prop([fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1 }), fc.nat(), fc.constantFrom('mean', 'easyPercent', 'difficultPercent', 'net' as const)])(
    'cesMetric: merged halves equal the figure of ces',
    (scores, cut, report) => {
      const metric = cesMetric({ report });
      const [a, b] = split(scores, cut % (scores.length + 1));
      const batch = ces(scores);
      const expected = { mean: batch.mean, 'easyPercent': batch.easyPercent, 'difficultPercent': batch.difficultPercent, net: batch.net }[report];
      expect(metric.value(metric.merge(metric.summarise(a), metric.summarise(b)))).toBe(expected);
    },
  );
  fcTest.prop([fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1 }), fc.nat(), fc.constantFrom('percentOfMaximumPossible', 'percentFavourable' as const)])(
    'engagementIndexMetric: merged halves equal engagementIndex',
    (answers, cut, method) => {
      const metric = engagementIndexMetric({ method });
      const [a, b] = split(answers, cut % (answers.length + 1));
      expect(metric.value(metric.merge(metric.summarise(a), metric.summarise(b)))).toBe(engagementIndex(answers, { method }));
    },
  );
});
