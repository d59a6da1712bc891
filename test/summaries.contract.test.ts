import { expect } from 'vitest';
import { fc } from '@fast-check/vitest';
import { mergeNpsSummaries, npsFromCounts, npsSummary, nps } from '../src/index.js';
import {
  csat,
  csatFromSummary,
  csatMean,
  csatMeanFromSummary,
  csatSummary,
  mergeCsatSummaries,
  mergeNevIntensitySummaries,
  mergeNevSummaries,
  nev,
  nevEmotionHierarchy,
  nevFromCounts,
  nevFromIntensities,
  nevFromIntensitySummary,
  nevIntensitySummary,
  nevSummary,
  type NevRating,
} from '../src/index.js';
import { abandonmentRate, abandonmentRateFromLog, abandonmentSummary, mergeAbandonmentSummaries, type QueueContact } from '../src/index.js';
import {
  mergeServqualSummaries,
  servqual,
  servqualFromSummary,
  servqualSummary,
  type Answer,
  type ServqualResponse,
  type ServqualSummary,
} from '../src/index.js';
import { meanInterval, meanIntervalFromSummary, meanSummary, mergeMeanSummaries, type MeanSummary } from '../src/index.js';
import { describeSummaryContract } from './summaryContract.js';

describeSummaryContract({
  name: 'NPS',
  sample: fc.array(fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant(null)), { maxLength: 60 }),
  summarise: (values) => npsSummary(values),
  merge: mergeNpsSummaries,
  metric: {
    fromSummary: npsFromCounts,
    batch: (values) => nps(values),
    defined: (summary) => summary.promoters + summary.passives + summary.detractors > 0,
  },
});

// CSAT on a 1–7 scale (top two boxes, 6–7), so the scale travels through every summary.
const csatScale = { scaleMin: 1, scaleMax: 7 } as const;
const csatSample = fc.array(fc.oneof(fc.integer({ min: 1, max: 7 }), fc.constant(null)), { maxLength: 60 });
const csatAnswered = (summary: { counts: readonly number[] }): boolean => summary.counts.some((count) => count > 0);

describeSummaryContract({
  name: 'CSAT',
  sample: csatSample,
  summarise: (values) => csatSummary(values, csatScale),
  merge: mergeCsatSummaries,
  metric: {
    fromSummary: (summary) => csatFromSummary(summary, csatScale),
    batch: (values) => csat(values, csatScale),
    defined: csatAnswered,
  },
});

describeSummaryContract({
  name: 'CSAT mean',
  sample: csatSample,
  summarise: (values) => csatSummary(values, csatScale),
  merge: mergeCsatSummaries,
  metric: { fromSummary: csatMeanFromSummary, batch: (values) => csatMean(values, csatScale), defined: csatAnswered },
});

const nevLabels = [
  ...Object.values(nevEmotionHierarchy).flatMap((cluster) => cluster.emotions),
  'positive',
  'neutral',
  'negative',
  ' Happy ',
];

describeSummaryContract({
  name: 'NEV',
  sample: fc.array(fc.oneof(fc.constantFrom(...nevLabels), fc.constant(null)), { maxLength: 60 }),
  summarise: (values) => nevSummary(values),
  merge: mergeNevSummaries,
  metric: {
    fromSummary: nevFromCounts,
    batch: (values) => nev(values),
    defined: (summary) => summary.positive + summary.neutral + summary.negative > 0,
  },
});

const nevRating: fc.Arbitrary<NevRating> = fc.record({
  emotion: fc.constantFrom(...Object.values(nevEmotionHierarchy).flatMap((cluster) => cluster.emotions)),
  intensity: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(null)),
}, { noNullPrototype: true }); // plain objects, as `structuredClone` in the contract makes them

describeSummaryContract({
  name: 'NEV intensity',
  sample: fc.array(fc.oneof(nevRating, fc.constant(null)), { maxLength: 60 }),
  summarise: (values) => nevIntensitySummary(values),
  merge: mergeNevIntensitySummaries,
  metric: {
    fromSummary: nevFromIntensitySummary,
    batch: (values) => nevFromIntensities(values),
    defined: (summary) => summary.positiveCount > 0 && summary.negativeCount > 0,
  },
});

// Abandonment with a 5-second short-abandon threshold, so short abandons travel through every
// summary; waits of whole seconds around the threshold and fractional ones.
const queueContact: fc.Arbitrary<QueueContact> = fc.record(
  {
    waitSeconds: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 300 })),
    outcome: fc.constantFrom('answered' as const, 'abandoned' as const),
  },
  { noNullPrototype: true },
);
const shortAbandons = { shortAbandonSeconds: 5 } as const;

describeSummaryContract({
  name: 'Abandonment',
  sample: fc.array(queueContact, { maxLength: 60 }),
  summarise: (values) => abandonmentSummary(values, shortAbandons),
  merge: mergeAbandonmentSummaries,
  metric: {
    fromSummary: abandonmentRate,
    batch: (values) => abandonmentRateFromLog(values, shortAbandons),
    defined: (summary) => summary.offered - summary.shortAbandoned > 0,
  },
});

// SERVQUAL on the standard instrument (22 items, 1–7), with unanswered items and missing
// responses; and an adapted 3-item, two-dimension instrument on 1–5, weighted. The summaries
// hold whole numbers only, so merges are exact and no tolerance is needed.
const servqualResponse = (items: number, answer: fc.Arbitrary<Answer>): fc.Arbitrary<ServqualResponse | null> =>
  fc.oneof(
    {
      weight: 8,
      arbitrary: fc.record(
        {
          expectations: fc.array(answer, { minLength: items, maxLength: items }),
          perceptions: fc.array(answer, { minLength: items, maxLength: items }),
        },
        { noNullPrototype: true },
      ),
    },
    { weight: 1, arbitrary: fc.constant(null) },
  );
const servqualAnswer = (scaleMax: number): fc.Arbitrary<Answer> =>
  fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: scaleMax }) }, { weight: 1, arbitrary: fc.constant(null) });
const servqualDefined = (summary: ServqualSummary): boolean =>
  Object.values(summary.dimensions).every((dimension) => dimension.respondents > 0);

describeSummaryContract({
  name: 'SERVQUAL',
  sample: fc.array(servqualResponse(22, servqualAnswer(7)), { maxLength: 30 }),
  summarise: (values) => servqualSummary(values),
  merge: mergeServqualSummaries,
  metric: {
    fromSummary: (summary) => servqualFromSummary(summary).unweightedScore,
    batch: (values) => servqual(values).unweightedScore,
    defined: servqualDefined,
  },
});

const servqualAdapted = {
  scaleMax: 5,
  instrument: { items: 3, dimensions: [{ name: 'speed', items: [1, 2] }, { name: 'care', items: [3] }] },
} as const;
const servqualImportance = { importance: { speed: 70, care: 30 } } as const;

describeSummaryContract({
  name: 'SERVQUAL weighted, adapted instrument',
  sample: fc.array(servqualResponse(3, servqualAnswer(5)), { maxLength: 30 }),
  summarise: (values) => servqualSummary(values, servqualAdapted),
  merge: mergeServqualSummaries,
  metric: {
    fromSummary: (summary) => servqualFromSummary(summary, servqualImportance).weightedScore ?? Number.NaN,
    batch: (values) => servqual(values, { ...servqualAdapted, ...servqualImportance }).weightedScore ?? Number.NaN,
    defined: servqualDefined,
  },
});

/** Means and sums of squared deviations merged in another order agree to rounding. */
function expectMeanSummariesClose(actual: MeanSummary, expected: MeanSummary): void {
  expect(actual.count).toBe(expected.count);
  expect(actual.unanswered).toBe(expected.unanswered);
  expect(Math.abs(actual.mean - expected.mean)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected.mean)));
  expect(Math.abs(actual.sumOfSquaredDeviations - expected.sumOfSquaredDeviations)).toBeLessThanOrEqual(
    1e-9 * Math.max(1, expected.sumOfSquaredDeviations),
  );
}

describeSummaryContract({
  name: 'Mean (Welford / Chan et al.)',
  sample: fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e4, max: 1e4 }), fc.constant(null)), {
    maxLength: 60,
  }),
  summarise: (values) => meanSummary(values),
  merge: mergeMeanSummaries,
  metric: {
    fromSummary: (summary) => meanIntervalFromSummary(summary).upper,
    batch: (values) => meanInterval(values).upper,
    defined: (summary) => summary.count >= 2,
    digits: 6,
  },
  expectEqual: expectMeanSummariesClose,
});
