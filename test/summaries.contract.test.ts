import { expect } from 'vitest';
import { fc } from '@fast-check/vitest';
import { mergeNpsSummaries, npsFromSummary, npsSummary, nps } from '../src/index.js';
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
  nevFromSummary,
  nevIntensity,
  nevIntensityFromSummary,
  nevIntensitySummary,
  nevSummary,
  type NevRating,
} from '../src/index.js';
import { abandonmentRateFromSummary, abandonmentRate, abandonmentRateSummary, mergeAbandonmentRateSummaries, type QueueContact } from '../src/index.js';
import {
  meanFromSummary,
  averageHandleTime,
  averageSpeedOfAnswer,
  durationStats,
  mergeServiceLevelSummaries,
  serviceLevelFromSummary,
  serviceLevel,
  serviceLevelSummary,
  type HandleTime,
  type ServiceLevelSummary,
} from '../src/index.js';
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
import {
  agentRatingsFromSummary,
  agentRatings,
  agentRatingsSummary,
  ces,
  cesFromSummary,
  cesSummary,
  engagementIndex,
  engagementIndexFromSummary,
  engagementIndexSummary,
  mergeAgentRatingsSummaries,
  mergeCesSummaries,
  mergeEngagementIndexSummaries,
  type AgentRatingsSummary,
} from '../src/index.js';
import { contactMix, contactMixFromSummary, contactMixSummary, mergeContactMixSummaries } from '../src/index.js';
import { describeSummaryContract } from './summaryContract.js';

describeSummaryContract({
  name: 'NPS',
  sample: fc.array(fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant(null)), { maxLength: 60 }),
  summarise: (values) => npsSummary(values),
  merge: mergeNpsSummaries,
  metric: {
    fromSummary: npsFromSummary,
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
    fromSummary: nevFromSummary,
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
    fromSummary: nevIntensityFromSummary,
    batch: (values) => nevIntensity(values),
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
  summarise: (values) => abandonmentRateSummary(values, shortAbandons),
  merge: mergeAbandonmentRateSummaries,
  metric: {
    fromSummary: abandonmentRateFromSummary,
    batch: (values) => abandonmentRate(values, shortAbandons),
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

// CES 1.0 (1–5, low is easy), so the direction travels through every summary; the net score.
const cesOne = { scaleMax: 5, easyEnd: 'low' } as const;
const cesSample = fc.array(fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(null)), { maxLength: 60 });

describeSummaryContract({
  name: 'CES',
  sample: cesSample,
  summarise: (values) => cesSummary(values, cesOne),
  merge: mergeCesSummaries,
  metric: {
    fromSummary: (summary) => cesFromSummary(summary, { easyBoxes: 1 }).net,
    batch: (values) => ces(values, { ...cesOne, easyBoxes: 1 }).net,
    defined: (summary) => summary.counts.some((count) => count > 0),
  },
});

// The engagement index on 1–7, by percent of maximum possible and by % favourable.
const engagementScale = { scaleMin: 1, scaleMax: 7 } as const;
const engagementSample = fc.array(fc.oneof(fc.integer({ min: 1, max: 7 }), fc.constant(null)), { maxLength: 60 });
for (const method of ['percentOfMaximumPossible', 'percentFavourable'] as const) {
  describeSummaryContract({
    name: `Engagement index (${method})`,
    sample: engagementSample,
    summarise: (values) => engagementIndexSummary(values, engagementScale),
    merge: mergeEngagementIndexSummaries,
    metric: {
      fromSummary: (summary) => engagementIndexFromSummary(summary, { method }),
      batch: (values) => engagementIndex(values, { ...engagementScale, method }),
      defined: (summary) => summary.counts.some((count) => count > 0),
    },
  });
}

// Agent ratings: a few agents (text and numeric keys), ratings with missing ones; per-agent
// mean summaries merged in another order agree to rounding.
interface RatedContact {
  readonly agent: string | number;
  readonly rating: number | null;
}
const ratedContact: fc.Arbitrary<RatedContact> = fc.record(
  {
    agent: fc.oneof(fc.constantFrom('ana', 'ben', 'cy'), fc.integer({ min: 1, max: 3 })),
    rating: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -50, max: 50 }), fc.constant(null)),
  },
  { noNullPrototype: true },
);
const readContact = { agent: (row: RatedContact) => row.agent, rating: (row: RatedContact) => row.rating };

describeSummaryContract({
  name: 'Agent ratings',
  sample: fc.array(ratedContact, { maxLength: 60 }),
  summarise: (values) => agentRatingsSummary(values, readContact),
  merge: mergeAgentRatingsSummaries,
  metric: {
    // The sum of the agents' upper bounds: every agent's interval must agree.
    fromSummary: (summary) => agentRatingsFromSummary(summary).reduce((sum, r) => sum + (r.interval?.upper ?? 0), 0),
    batch: (values) => agentRatings(values, readContact).reduce((sum, r) => sum + (r.interval?.upper ?? 0), 0),
    defined: () => true,
    digits: 6,
  },
  expectEqual: (actual: AgentRatingsSummary[], expected: AgentRatingsSummary[]) => {
    expect(actual.map((s) => s.agent)).toStrictEqual(expected.map((s) => s.agent));
    actual.forEach((summary, i) => {
      expectMeanSummariesClose(summary, expected[i]!);
    });
  },
});

// Service level for a 20 s threshold with 5 s short abandons, so every count travels through
// the summary; waits of whole seconds around both thresholds and fractional ones.
const serviceThresholds = { thresholdSeconds: 20, shortAbandonSeconds: 5 } as const;
const serviceContact: fc.Arbitrary<QueueContact> = fc.record(
  {
    waitSeconds: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 300 })),
    outcome: fc.constantFrom('answered' as const, 'abandoned' as const),
  },
  { noNullPrototype: true },
);

for (const variant of ['abandonedAsMissed', 'abandonedWithinThresholdAsMet'] as const) {
  describeSummaryContract({
    name: `Service level (${variant})`,
    sample: fc.array(serviceContact, { maxLength: 60 }),
    summarise: (values) => serviceLevelSummary(values, serviceThresholds),
    merge: mergeServiceLevelSummaries,
    metric: {
      fromSummary: (summary: ServiceLevelSummary) => serviceLevelFromSummary(summary, { variant }),
      batch: (values) => serviceLevel(values, { ...serviceThresholds, variant }),
      defined: (summary) => summary.answered + summary.abandoned - summary.shortAbandoned > 0,
    },
  });
}

// Abandoned contacts with no recorded wait (null or absent), counted in `abandonedWaitUnknown`:
// the variants that do not need their waits summarise, merge and compute as from the batch.
const contactMaybeWithoutWait: fc.Arbitrary<QueueContact> = fc.oneof(
  serviceContact,
  fc.constantFrom({ waitSeconds: null, outcome: 'abandoned' as const }, { outcome: 'abandoned' as const }),
);
for (const variant of ['abandonedAsMissed', 'ignoreAbandoned', 'shortAbandonedAsMet'] as const) {
  describeSummaryContract({
    name: `Service level, abandoned waits unknown (${variant})`,
    sample: fc.array(contactMaybeWithoutWait, { maxLength: 60 }),
    summarise: (values) => serviceLevelSummary(values, { thresholdSeconds: 20 }),
    merge: mergeServiceLevelSummaries,
    metric: {
      fromSummary: (summary: ServiceLevelSummary) => serviceLevelFromSummary(summary, { variant }),
      batch: (values) => serviceLevel(values, { thresholdSeconds: 20, variant }),
      defined: (summary) => (variant === 'ignoreAbandoned' ? summary.answered : summary.answered + summary.abandoned) > 0,
    },
  });
}

// Durations use the one mean summary: meanSummary with an accessor, merged with
// mergeMeanSummaries, read with meanFromSummary. The batch figures (a compensated total / count)
// are computed another way, so they agree to rounding.
const seconds = fc.oneof(fc.integer({ min: 0, max: 600 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e5 }));

describeSummaryContract({
  name: 'Duration (mean summary)',
  sample: fc.array(fc.oneof({ weight: 9, arbitrary: seconds }, { weight: 1, arbitrary: fc.constant(null) }), { maxLength: 60 }),
  summarise: (values) => meanSummary(values),
  merge: mergeMeanSummaries,
  metric: {
    fromSummary: meanFromSummary,
    batch: (values) => durationStats(values).meanSeconds,
    defined: (summary) => summary.count > 0,
    digits: 6,
  },
  expectEqual: expectMeanSummariesClose,
});

describeSummaryContract({
  name: 'Wait of answered contacts (ASA, mean summary)',
  sample: fc.array(serviceContact, { maxLength: 60 }),
  summarise: (values) => meanSummary(values, (c) => (c.outcome === 'answered' ? c.waitSeconds : null)),
  merge: mergeMeanSummaries,
  metric: {
    fromSummary: meanFromSummary,
    batch: (values) => averageSpeedOfAnswer(values),
    defined: (summary) => summary.count > 0,
    digits: 6,
  },
  expectEqual: expectMeanSummariesClose,
});

const handleTime: fc.Arbitrary<HandleTime> = fc.record(
  { talkSeconds: seconds, holdSeconds: fc.oneof(fc.constant(0), seconds), afterContactSeconds: seconds },
  { noNullPrototype: true },
);

describeSummaryContract({
  name: 'Handle time (mean summary)',
  sample: fc.array(handleTime, { maxLength: 60 }),
  summarise: (values) => meanSummary(values, (c) => c.talkSeconds + c.holdSeconds + c.afterContactSeconds),
  merge: mergeMeanSummaries,
  metric: {
    fromSummary: meanFromSummary,
    batch: (values) => averageHandleTime(values),
    defined: (summary) => summary.count > 0,
    digits: 6,
  },
  expectEqual: expectMeanSummariesClose,
});

// Contact mix over channels, with rows that have no channel and yes/no answers that are
// missing, and a channel named `__proto__`, which must stay an ordinary group through JSON and
// merges. The summaries hold whole numbers only, so merges are exact.
interface MixRow {
  readonly channel: string | null;
  readonly resolved: boolean | null;
  readonly fcr: boolean | null;
  readonly satisfied: boolean | null;
}
const mixAnswer = fc.constantFrom(true, false, null);
const mixRow: fc.Arbitrary<MixRow> = fc.record(
  {
    channel: fc.oneof(fc.constantFrom('phone', 'chat', 'email', '__proto__'), fc.constant(null)),
    resolved: mixAnswer,
    fcr: mixAnswer,
    satisfied: mixAnswer,
  },
  { noNullPrototype: true },
);
const mixFields = {
  by: (row: MixRow) => row.channel,
  resolved: (row: MixRow) => row.resolved,
  resolvedOnFirstContact: (row: MixRow) => row.fcr,
  satisfied: (row: MixRow) => row.satisfied,
};

describeSummaryContract({
  name: 'Contact mix',
  sample: fc.array(mixRow, { maxLength: 60 }),
  summarise: (values) => contactMixSummary(values, mixFields),
  merge: mergeContactMixSummaries,
  metric: {
    // One number that moves with every group's share and rates.
    fromSummary: (summary) => mixChecksum(contactMixFromSummary(summary)),
    batch: (values) => mixChecksum(contactMix(values, mixFields)),
    defined: (summary) => Object.values(summary.groups).some((group) => group.contacts > 0),
  },
});

function mixChecksum(mix: ReturnType<typeof contactMix>): number {
  return Object.entries(mix.groups).reduce(
    (sum, [name, g], i) =>
      sum + (i + 1) * name.length * (g.share + 3 * (g.resolutionRate ?? -1) + 5 * (g.firstContactResolution ?? -1) + 7 * (g.satisfaction ?? -1)),
    mix.unclassified,
  );
}

// The one proportion summary (yes/no observations), and proportionMetric, which uses it.
import {
  firstContactResolution,
  firstContactResolutionFromSummary,
  firstContactResolutionSummary,
  mergeFirstContactResolutionSummaries,
  mergeProportionSummaries,
  proportionFromSummary,
  proportionMetric,
  proportionSummary,
} from '../src/index.js';

const yesNo = fc.array(fc.oneof(fc.boolean(), fc.constantFrom(0 as const, 1 as const), fc.constant(null)), { maxLength: 60 });
/** The share of successes among the observed values, counted directly. */
function shareOfSuccesses(values: readonly (boolean | 0 | 1 | null)[]): number {
  const observed = values.filter((value) => value !== null);
  return (100 * observed.filter((value) => value === true || value === 1).length) / observed.length;
}

describeSummaryContract({
  name: 'Proportion',
  sample: yesNo,
  summarise: (values) => proportionSummary(values),
  merge: mergeProportionSummaries,
  metric: { fromSummary: proportionFromSummary, batch: shareOfSuccesses, defined: (summary) => summary.trials > 0 },
});

const proportionDescriptor = proportionMetric();

describeSummaryContract({
  name: 'Proportion (proportionMetric)',
  sample: yesNo,
  summarise: (values) => proportionDescriptor.summarise(values),
  merge: proportionDescriptor.merge,
  metric: { fromSummary: proportionDescriptor.value, batch: shareOfSuccesses, defined: (summary) => summary.trials > 0 },
});

// First-contact resolution: each sample element is one customer's contacts (days 0–60), so
// chunks of a sample partition the log by customer, as merging requires. Customers are numbered
// by their place in the sample: the outcomes depend only on each customer's own contacts.
const DAY_MS = 86_400_000;
const fcrOptions = { repeatWindowSeconds: 7 * 86_400, observedUntil: 60 * DAY_MS };
const logOf = (customers: readonly (readonly number[])[]) =>
  customers.flatMap((days, customerId) => days.map((day) => ({ customerId, contactedAt: day * DAY_MS })));

describeSummaryContract({
  name: 'First-contact resolution (shards by customer)',
  sample: fc.array(fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 5 }), { maxLength: 20 }),
  summarise: (customers) => firstContactResolutionSummary(logOf(customers), fcrOptions),
  merge: mergeFirstContactResolutionSummaries,
  metric: {
    fromSummary: (summary) => firstContactResolutionFromSummary(summary),
    batch: (customers) => firstContactResolution(logOf(customers), fcrOptions),
    defined: (summary) => summary.contacts > 0,
  },
});

// SLA achievement over clock states; the batch is the share of achieved among decided clocks, counted directly.
import { mergeSlaAchievementSummaries, slaAchievement, slaAchievementFromSummary, slaAchievementMetric, slaAchievementSummary, type SlaClockState } from '../src/index.js';

const clockStates = fc.array(fc.constantFrom<SlaClockState | null>('achieved', 'breached', 'active', 'paused', null), { maxLength: 60 });
const achievedShare = (states: readonly (SlaClockState | null)[]): number =>
  (100 * states.filter((s) => s === 'achieved').length) / states.filter((s) => s === 'achieved' || s === 'breached').length;
const decided = (summary: { achieved: number; breached: number }): boolean => summary.achieved + summary.breached > 0;

describeSummaryContract({
  name: 'SLA achievement',
  sample: clockStates,
  summarise: (states) => slaAchievementSummary(states),
  merge: mergeSlaAchievementSummaries,
  metric: { fromSummary: slaAchievementFromSummary, batch: (states) => slaAchievement(states), defined: decided },
});

const slaDescriptor = slaAchievementMetric();

describeSummaryContract({
  name: 'SLA achievement (slaAchievementMetric)',
  sample: clockStates,
  summarise: (states) => slaDescriptor.summarise(states),
  merge: slaDescriptor.merge,
  metric: { fromSummary: slaDescriptor.value, batch: achievedShare, defined: decided },
});
