/**
 * Bad input of any kind, to any export, is a `MetricInputError` — never a `TypeError`, a `NaN`,
 * an `Infinity` or a wrong number.
 *
 * Three sweeps run over every runtime export of `src/index.ts`, read from the module object so
 * that a new export is swept the day it is added:
 *
 * 1. **Generic battery.** Each function is called with no arguments, with `undefined`, `null`,
 *    numbers, strings, `{}`, `[]`, a function, a non-iterable, objects and arrays full of `NaN`,
 *    `Infinity`, `-1`, `1.5`, `'7'`, `null`…, and with its valid call (below) with one argument
 *    replaced or bogus arguments added.
 * 2. **fast-check.** The same, with `fc.anything()` arguments, and with any value planted at any
 *    place of the valid call.
 * 3. **Field mutations.** Each place (field, element) of the function's valid call is set, in
 *    turn, to each value of `BAD`; the call must throw a `MetricInputError` whose `field` names
 *    that place (`"customersAtStart"`, `"scores[1]"`, `"options.scaleMax"`), unless the valid
 *    call's `accepts` says the value is legitimately accepted there (a margin of −1, a duration
 *    of 1.5 s, a `null` answer): then only the generic rule applies. Each place is also set to
 *    each value of `STRESS` (±`MAX_VALUE`, 2⁵³, `MIN_VALUE`, 0…), which need only keep the
 *    generic rule: they catch overflow to `Infinity`, `0 / 0`, and searches that never end.
 *
 * The generic rule for any call: it either throws a `MetricInputError` whose `metric` is the
 * function's name and whose message starts with `${name}: `, or returns a value in which every
 * number is finite. All arguments are deep-frozen, so a function that mutates its input fails too.
 *
 * ## Extending it
 * - A new function: add a `VALID` entry (one or more valid calls, with `accepts` for the places
 *   that legitimately take a bad-looking value). Every export of a module listed in
 *   `COVERED_MODULES` must have one, or the coverage test fails.
 * - A new domain or file: once its functions have `VALID` entries, add its module (as written
 *   in `src/index.ts`, such as `'./segments/'` or `'./operations/firstContactResolution.js'`) to
 *   `COVERED_MODULES`, so later additions to it cannot skip the mutation sweep.
 * - A new non-function export (a frozen table, a class): add it to `NOT_METRICS` with a comment.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// Plain tests come from vitest: @fast-check/vitest's `test` runs a plain body `numRuns` times.
import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import * as library from '../src/index.js';
import { MetricInputError, servqualSummary } from '../src/index.js';

type Call = (...args: unknown[]) => unknown;

/** Runs of each property per function: with about a hundred functions, a few dozen each add up. */
const RUNS = 30;

/** Runtime exports that are not metric functions, and so are not called. */
const NOT_METRICS: ReadonlySet<string> = new Set([
  // The error class itself: a constructor, checked by its own tests.
  'MetricInputError',
  // Frozen reference tables (data, not functions).
  'servqualInstrument',
  'nevEmotionHierarchy',
]);

/**
 * Modules (as imported in `src/index.ts`; a prefix ending in `/` covers a folder) whose every
 * function must have a `VALID` entry. Other modules' functions still get the generic sweeps.
 */
const COVERED_MODULES: readonly string[] = [
  './survey/nps.js',
  './survey/csat.js',
  './survey/nev.js',
  './survey/ces.js',
  './survey/enps.js',
  './survey/engagementIndex.js',
  './survey/surveyResponseRate.js',
  './customer/',
  './operations/abandonmentRate.js',
  './operations/occupancy.js',
  './operations/costPerIncident.js',
  './operations/costPerTicket.js',
  './servqual/',
  './workforce/',
  './stats/',
];

const CODES: ReadonlySet<string> = new Set([
  'EMPTY',
  'WRONG_TYPE',
  'NOT_FINITE',
  'NEGATIVE',
  'NOT_INTEGER',
  'OUT_OF_RANGE',
  'UNKNOWN_VALUE',
  'INCONSISTENT',
  'UNSTABLE',
]);

/** The values each place of a valid call is set to in the mutation sweep, by label. */
const BAD = {
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
  '-Infinity': Number.NEGATIVE_INFINITY,
  '-1': -1,
  '1.5': 1.5,
  "'7'": '7',
  null: null,
  undefined: undefined,
  true: true,
  '{}': {},
  '[]': [],
} as const satisfies Readonly<Record<string, unknown>>;

type BadLabel = keyof typeof BAD;

/**
 * Extreme but well-typed values planted at every place of a valid call: nothing is required of
 * them but the generic rule (they catch overflow to `Infinity` and `0 / 0`).
 */
const STRESS: readonly unknown[] = [Number.MAX_VALUE, -Number.MAX_VALUE, 2 ** 53, Number.MAX_SAFE_INTEGER, 1e15, Number.MIN_VALUE, 0];

/** One valid call of a function. */
interface ValidCall {
  readonly args: readonly unknown[];
  /**
   * Places that legitimately accept some values of `BAD` (or reject them naming another
   * field), by path pattern: `$0` is the first argument, `.name` a field, `[*]` any element.
   */
  readonly accepts?: Readonly<Record<string, readonly BadLabel[]>>;
}

/** Missing (`null` / `undefined`) answers in a sample are skipped, not errors. */
const MISSING: readonly BadLabel[] = ['null', 'undefined'];
/** An amount, duration or rate for which −1 is invalid but 1.5 is a fine value. */
const FRACTIONAL: readonly BadLabel[] = ['1.5'];
/** A value of either sign. */
const SIGNED: readonly BadLabel[] = ['-1', '1.5'];
/** An optional field: `undefined` selects its default. */
const OPTIONAL: readonly BadLabel[] = ['undefined'];

const npsCounts = { promoters: 52, passives: 30, detractors: 18 };
const npsSummaryValue = { promoters: 2, passives: 1, detractors: 1, unanswered: 1 };
const csatSummaryValue = { scaleMin: 1, scaleMax: 5, counts: [1, 0, 0, 2, 1], unanswered: 1 };
const nevSummaryValue = { positive: 2, neutral: 1, negative: 1, unanswered: 1 };
const nevIntensitySummaryValue = { positiveCount: 2, positiveSum: 9, negativeCount: 1, negativeSum: 3, unanswered: 1 };
const ratings = [
  { emotion: 'happy', intensity: 5 },
  { emotion: 'trusting', intensity: 4 },
  { emotion: 'frustrated', intensity: 2 },
  { emotion: 'stressed', intensity: 3 },
];
const queueLog = [
  { waitSeconds: 3, outcome: 'abandoned' },
  { waitSeconds: 40, outcome: 'answered' },
  { waitSeconds: 70, outcome: 'abandoned' },
  { waitSeconds: 12, outcome: 'answered' },
];
const abandonmentCounts = { offered: 100, abandoned: 8, shortAbandoned: 2 };
/** A three-item instrument in two dimensions, so that mutations reach the instrument's fields. */
const smallInstrument = {
  items: 3,
  dimensions: [
    { name: 'speed', items: [1, 2] },
    { name: 'care', items: [3] },
  ],
};
const smallResponses = [
  { expectations: [6, 7, 5], perceptions: [5, 7, 6] },
  { expectations: [7, 6, 6], perceptions: [4, 6, 7] },
];
const standardResponse = {
  expectations: [6, 6, 7, 5, 7, 7, 6, 7, 6, 6, 5, 6, 7, 6, 7, 6, 5, 6, 5, 6, 6, 7],
  perceptions: [5, 6, 6, 5, 6, 5, 6, 6, 6, 5, 5, 6, 6, 6, 6, 6, 5, 5, 5, 6, 5, 6],
};
const importance = { tangibles: 10, reliability: 30, responsiveness: 20, assurance: 20, empathy: 20 };
const smallSummary = servqualSummary(smallResponses, { instrument: smallInstrument });
const meanSummaryValue = { count: 3, mean: 4, sumOfSquaredDeviations: 2, unanswered: 1 };
const workload = { contacts: 120, intervalSeconds: 1800, averageHandleSeconds: 300 };

// Places where a bad-looking value is legitimately accepted, or rejected under another field's
// name because the value is fine on its own and the contradiction is reported elsewhere.
const scaleAccepts = { '$1.scaleMin': ['-1', ...OPTIONAL], '$1.scaleMax': OPTIONAL } as const;
const npsBreaks = { '$1.promotersFrom': OPTIONAL, '$1.detractorsUpTo': OPTIONAL } as const;
const optionalUnanswered = { '$0.unanswered': OPTIONAL, '$1.unanswered': OPTIONAL } as const;
const servqualScale = { '$1.scaleMin': ['-1', ...OPTIONAL], '$1.scaleMax': OPTIONAL } as const;
const smallInstrumentAccepts = {
  // A dimension may be called '7'.
  '$1.instrument.dimensions[*].name': ["'7'"],
  '$1.instrument': OPTIONAL,
  '$0[*]': MISSING,
  '$0[*].expectations[*]': MISSING,
  '$0[*].perceptions[*]': MISSING,
} as const;
/** A SERVQUAL summary at `at`: gaps may be negative, −1…7 is a valid scale, and a dimension may be called '7' (the summary's dimension map then names the mismatch). */
function servqualSummaryAccepts(at: string): Readonly<Record<string, readonly BadLabel[]>> {
  return {
    [`${at}.scaleMin`]: ['-1'],
    [`${at}.items[*].gapSum`]: ['-1'],
    [`${at}.instrument.dimensions[*].name`]: ["'7'"],
    ...Object.fromEntries(
      smallInstrument.dimensions.map(({ name }) => [`${at}.dimensions.${name}.gapSumsByAnswered[*]`, ['-1']]),
    ),
  };
}
const meanSummaryAccepts = {
  '$0.mean': SIGNED,
  '$1.mean': SIGNED,
  '$0.sumOfSquaredDeviations': FRACTIONAL,
  '$1.sumOfSquaredDeviations': FRACTIONAL,
  ...optionalUnanswered,
} as const;
const clvTerms = { '$0.marginPerPeriod': SIGNED } as const;
const workloadAccepts = {
  '$0.contacts': FRACTIONAL,
  '$0.intervalSeconds': FRACTIONAL,
  '$0.averageHandleSeconds': FRACTIONAL,
} as const;
const confidence = { '$1.confidenceLevel': OPTIONAL, '$1.method': OPTIONAL, '$1.populationSize': OPTIONAL } as const;
const confidence2 = { '$2.confidenceLevel': OPTIONAL, '$2.method': OPTIONAL } as const;

/** One or more valid calls of each function, by name. */
const VALID: Readonly<Record<string, readonly ValidCall[]>> = {
  // Survey: NPS
  nps: [{ args: [[10, 9, 8, 7, 3], { promotersFrom: 9, detractorsUpTo: 6 }], accepts: { '$0[*]': MISSING, ...npsBreaks } }],
  npsSummary: [{ args: [[10, 9, 8, 3], { promotersFrom: 9, detractorsUpTo: 6 }], accepts: { '$0[*]': MISSING, ...npsBreaks } }],
  mergeNpsSummaries: [{ args: [npsSummaryValue, npsSummaryValue], accepts: optionalUnanswered }],
  npsFromCounts: [{ args: [{ ...npsCounts, unanswered: 3 }], accepts: optionalUnanswered }],
  // Survey: CSAT
  csat: [{ args: [[5, 4, 4, 3, 1], { scaleMin: 1, scaleMax: 5, satisfiedFrom: 4 }], accepts: { '$0[*]': MISSING, ...scaleAccepts, '$1.satisfiedFrom': OPTIONAL } }],
  csatMean: [{ args: [[5, 4, 4, 3, 1], { scaleMin: 1, scaleMax: 5, satisfiedFrom: 4 }], accepts: { '$0[*]': MISSING, ...scaleAccepts, '$1.satisfiedFrom': OPTIONAL } }],
  csatSummary: [{ args: [[5, 4, 1, null], { scaleMin: 1, scaleMax: 5 }], accepts: { '$0[*]': MISSING, ...scaleAccepts } }],
  mergeCsatSummaries: [
    {
      args: [csatSummaryValue, csatSummaryValue],
      // A scale of −1…5 is a valid scale: the 5 counts then contradict it (named `counts`).
      accepts: { '$0.scaleMin': ['-1'], '$1.scaleMin': ['-1'] },
    },
  ],
  csatFromSummary: [{ args: [csatSummaryValue, { satisfiedFrom: 4 }], accepts: { '$0.scaleMin': ['-1'], '$1.satisfiedFrom': OPTIONAL } }],
  csatMeanFromSummary: [{ args: [csatSummaryValue], accepts: { '$0.scaleMin': ['-1'] } }],
  // Survey: CES, eNPS, engagement index, response rate, agent ratings
  ces: [
    {
      args: [[7, 6, 5, 4, 2, null], { scaleMin: 1, scaleMax: 7, easyEnd: 'high', easyBoxes: 3, difficultBoxes: 3 }],
      accepts: { '$0[*]': MISSING, ...scaleAccepts, '$1.easyEnd': OPTIONAL, '$1.easyBoxes': OPTIONAL, '$1.difficultBoxes': OPTIONAL },
    },
  ],
  cesSummary: [
    {
      args: [[1, 2, 5, null], { scaleMin: 1, scaleMax: 5, easyEnd: 'low', easyBoxes: 2, difficultBoxes: 2 }],
      accepts: { '$0[*]': MISSING, ...scaleAccepts, '$1.easyEnd': OPTIONAL, '$1.easyBoxes': OPTIONAL, '$1.difficultBoxes': OPTIONAL },
    },
  ],
  mergeCesSummaries: [
    {
      args: [{ ...csatSummaryValue, easyEnd: 'low' }, { ...csatSummaryValue, easyEnd: 'low' }],
      // A scale of −1…5 is a valid scale: the 5 counts then contradict it (named `counts`).
      accepts: { '$0.scaleMin': ['-1'], '$1.scaleMin': ['-1'] },
    },
  ],
  cesFromSummary: [
    {
      args: [{ ...csatSummaryValue, easyEnd: 'high' }, { easyEnd: 'high', easyBoxes: 2, difficultBoxes: 2 }],
      accepts: { '$0.scaleMin': ['-1'], '$1.easyEnd': OPTIONAL, '$1.easyBoxes': OPTIONAL, '$1.difficultBoxes': OPTIONAL },
    },
  ],
  enps: [{ args: [[10, 9, 8, 7, 3], { promotersFrom: 9, detractorsUpTo: 6 }], accepts: { '$0[*]': MISSING, ...npsBreaks } }],
  enpsFromCounts: [{ args: [{ ...npsCounts, unanswered: 3 }], accepts: optionalUnanswered }],
  engagementIndex: [
    {
      args: [[5, 4, 3, null], { scaleMin: 1, scaleMax: 5, method: 'percent-favourable', favourableFrom: 4 }],
      accepts: { '$0[*]': MISSING, ...scaleAccepts, '$1.method': OPTIONAL, '$1.favourableFrom': OPTIONAL },
    },
  ],
  engagementSummary: [{ args: [[5, 4, 1, null], { scaleMin: 1, scaleMax: 5 }], accepts: { '$0[*]': MISSING, ...scaleAccepts } }],
  mergeEngagementSummaries: [{ args: [csatSummaryValue, csatSummaryValue], accepts: { '$0.scaleMin': ['-1'], '$1.scaleMin': ['-1'] } }],
  engagementIndexFromSummary: [
    {
      args: [csatSummaryValue, { method: 'percent-of-maximum-possible', favourableFrom: 4 }],
      accepts: { '$0.scaleMin': ['-1'], '$1.method': OPTIONAL, '$1.favourableFrom': OPTIONAL },
    },
  ],
  surveyResponseRate: [{ args: [{ responses: 150, surveysSent: 1000, undeliverable: 40 }], accepts: { '$0.undeliverable': OPTIONAL } }],
  // agentRatings and agentRatingsSummary take accessor functions, which the sweep cannot clone;
  // mergeAgentRatingsSummaries merges with mergeMeanSummaries and shares its sweep results.
  agentRatingsFromSummary: [
    {
      args: [
        [
          { agent: 'ana', count: 3, mean: 4, sumOfSquaredDeviations: 2, unanswered: 1 },
          { agent: 'ben', count: 1, mean: 3, sumOfSquaredDeviations: 0, unanswered: 0 },
        ],
        { confidenceLevel: 0.9, minimumAnswers: 2 },
      ],
      accepts: {
        // Any text names an agent; means may be of either sign; the other fields as in meanSummary.
        '$0[*].agent': ["'7'"],
        '$0[*].mean': SIGNED,
        '$0[*].sumOfSquaredDeviations': FRACTIONAL,
        '$0[*].unanswered': OPTIONAL,
        '$1.confidenceLevel': OPTIONAL,
        '$1.minimumAnswers': OPTIONAL,
      },
    },
  ],
  // Survey: NEV
  nev: [{ args: [['happy', 'Trusting', 'frustrated', 'neutral'], { labels: { '🙂': 'positive' } }], accepts: { '$0[*]': MISSING, '$1.labels': ['{}', ...OPTIONAL] } }],
  nevSummary: [{ args: [['happy', 'stressed', 'neutral'], { labels: { '🙁': 'negative' } }], accepts: { '$0[*]': MISSING, '$1.labels': ['{}', ...OPTIONAL] } }],
  mergeNevSummaries: [{ args: [nevSummaryValue, nevSummaryValue], accepts: optionalUnanswered }],
  nevFromCounts: [{ args: [{ positive: 620, neutral: 200, negative: 180 }], accepts: optionalUnanswered }],
  nevFromIntensities: [{ args: [ratings, { scaleMin: 1, scaleMax: 5 }], accepts: { '$0[*]': MISSING, '$0[*].intensity': MISSING, ...scaleAccepts } }],
  nevIntensitySummary: [{ args: [ratings, { scaleMin: 1, scaleMax: 5 }], accepts: { '$0[*]': MISSING, '$0[*].intensity': MISSING, ...scaleAccepts } }],
  mergeNevIntensitySummaries: [
    {
      args: [nevIntensitySummaryValue, nevIntensitySummaryValue],
      // Intensities may be negative (on a −2…2 scale), so sums may be too.
      accepts: { '$0.positiveSum': ['-1'], '$0.negativeSum': ['-1'], '$1.positiveSum': ['-1'], '$1.negativeSum': ['-1'] },
    },
  ],
  nevFromIntensitySummary: [{ args: [nevIntensitySummaryValue], accepts: { '$0.positiveSum': ['-1'], '$0.negativeSum': ['-1'] } }],
  // Customer
  retentionRate: [{ args: [{ customersAtStart: 200, customersAtEnd: 190, newCustomers: 30 }] }],
  churnRate: [
    { args: [{ customersAtStart: 200, customersAtEnd: 190, newCustomers: 30 }], accepts: { '$0.customersAtEnd': OPTIONAL, '$0.newCustomers': OPTIONAL } },
    { args: [{ customersAtStart: 200, customersLost: 40 }], accepts: { '$0.customersLost': OPTIONAL } },
  ],
  clvFromGrossMargin: [{ args: [{ grossMargin: 1000, customers: 10 }], accepts: { '$0.grossMargin': SIGNED } }],
  clvFromPurchases: [
    {
      args: [{ averagePurchaseValue: 50, purchasesPerYear: 4, lifespanYears: 3, grossMarginRate: 0.3 }],
      accepts: {
        '$0.averagePurchaseValue': FRACTIONAL,
        '$0.purchasesPerYear': FRACTIONAL,
        '$0.lifespanYears': FRACTIONAL,
        '$0.grossMarginRate': OPTIONAL,
      },
    },
  ],
  clvMarginMultiple: [{ args: [{ marginPerPeriod: 100, retentionProbability: 0.8, discountRate: 0.1 }], accepts: clvTerms }],
  clvDiscounted: [{ args: [{ marginPerPeriod: 100, retentionProbability: 0.8, discountRate: 0.1, periods: 5 }], accepts: clvTerms }],
  // Operations
  abandonmentRate: [{ args: [abandonmentCounts], accepts: { '$0.shortAbandoned': OPTIONAL } }],
  abandonmentRateFromLog: [
    { args: [queueLog, { shortAbandonSeconds: 5 }], accepts: { '$0[*].waitSeconds': FRACTIONAL, '$1.shortAbandonSeconds': [...FRACTIONAL, ...OPTIONAL] } },
  ],
  abandonmentSummary: [
    { args: [queueLog, { shortAbandonSeconds: 5 }], accepts: { '$0[*].waitSeconds': FRACTIONAL, '$1.shortAbandonSeconds': [...FRACTIONAL, ...OPTIONAL] } },
  ],
  mergeAbandonmentSummaries: [{ args: [abandonmentCounts, abandonmentCounts], accepts: { '$0.shortAbandoned': OPTIONAL, '$1.shortAbandoned': OPTIONAL } }],
  occupancy: [{ args: [{ handleSeconds: 3000, idleSeconds: 600 }], accepts: { '$0.handleSeconds': FRACTIONAL, '$0.idleSeconds': FRACTIONAL } }],
  costPerIncident: [
    {
      args: [{ totalCost: { labour: 52000, tools: 8000 }, incidents: 400 }],
      accepts: { '$0.totalCost': FRACTIONAL, '$0.totalCost.labour': FRACTIONAL, '$0.totalCost.tools': FRACTIONAL },
    },
    { args: [{ totalCost: 60000, incidents: 400 }], accepts: { '$0.totalCost': FRACTIONAL } },
  ],
  costPerTicket: [{ args: [{ totalCost: 72000, resolvedTickets: 1200 }], accepts: { '$0.totalCost': FRACTIONAL } }],
  // SERVQUAL
  servqual: [
    {
      args: [[standardResponse], { scaleMin: 1, scaleMax: 7, importance }],
      accepts: {
        // With its only response missing, the sample is EMPTY (named `responses`).
        '$0[*]': MISSING,
        '$0[*].expectations[*]': MISSING,
        '$0[*].perceptions[*]': MISSING,
        ...servqualScale,
        // Points that no longer add up to 100 are reported on `options.importance`.
        '$1.importance.*': FRACTIONAL,
        '$1.importance': OPTIONAL,
      },
    },
    { args: [smallResponses, { instrument: smallInstrument }], accepts: smallInstrumentAccepts },
  ],
  // The summaries use the small instrument: the 22-item one has the same shape, ten times over.
  servqualSummary: [
    { args: [smallResponses, { instrument: smallInstrument, scaleMin: 1, scaleMax: 7 }], accepts: { ...smallInstrumentAccepts, ...servqualScale } },
  ],
  mergeServqualSummaries: [{ args: [smallSummary, smallSummary], accepts: { ...servqualSummaryAccepts('$0'), ...servqualSummaryAccepts('$1') } }],
  servqualFromSummary: [
    {
      args: [smallSummary, { importance: { speed: 40, care: 60 } }],
      accepts: { ...servqualSummaryAccepts('$0'), '$1.importance.*': FRACTIONAL, '$1.importance': OPTIONAL },
    },
  ],
  // Workforce
  trafficIntensity: [{ args: [workload], accepts: workloadAccepts }],
  erlangB: [{ args: [{ agents: 12, trafficErlangs: 10 }], accepts: { '$0.agents': FRACTIONAL, '$0.trafficErlangs': FRACTIONAL } }],
  erlangC: [{ args: [{ agents: 12, trafficErlangs: 10 }], accepts: { '$0.trafficErlangs': FRACTIONAL } }],
  erlangCPerformance: [
    {
      args: [{ ...workload, agents: 25 }, { thresholdSeconds: 20 }],
      accepts: { ...workloadAccepts, '$0.agents': FRACTIONAL, '$1.thresholdSeconds': [...FRACTIONAL, ...OPTIONAL] },
    },
  ],
  erlangAPerformance: [
    {
      args: [{ ...workload, agents: 18, averagePatienceSeconds: 60 }, { thresholdSeconds: 20 }],
      accepts: { ...workloadAccepts, '$0.averagePatienceSeconds': FRACTIONAL, '$1.thresholdSeconds': [...FRACTIONAL, ...OPTIONAL] },
    },
  ],
  agentsRequired: [
    {
      args: [workload, { serviceLevel: 80, thresholdSeconds: 20, averageSpeedOfAnswer: 30, maxOccupancy: 90, shrinkage: 0.3, fractional: false }],
      accepts: {
        ...workloadAccepts,
        '$1.serviceLevel': [...FRACTIONAL, ...OPTIONAL],
        '$1.thresholdSeconds': [...FRACTIONAL, ...OPTIONAL],
        '$1.averageSpeedOfAnswer': [...FRACTIONAL, ...OPTIONAL],
        '$1.maxOccupancy': [...FRACTIONAL, ...OPTIONAL],
        '$1.shrinkage': OPTIONAL,
        '$1.fractional': ['true', ...OPTIONAL],
      },
    },
  ],
  staffingPlan: [
    {
      args: [
        [
          { contacts: 120, averageHandleSeconds: 300 },
          { contacts: 0, averageHandleSeconds: 280 },
        ],
        { intervalSeconds: 1800, serviceLevel: 80, thresholdSeconds: 20 },
      ],
      accepts: {
        '$0[*].contacts': FRACTIONAL,
        '$0[*].averageHandleSeconds': FRACTIONAL,
        '$1.intervalSeconds': FRACTIONAL,
        // Without its only target the plan is EMPTY (named `plan`).
        '$1.serviceLevel': [...FRACTIONAL, ...OPTIONAL],
        '$1.thresholdSeconds': [...FRACTIONAL, ...OPTIONAL],
      },
    },
  ],
  forecastVolume: [
    {
      args: [[10, 12, 14, 11, 13, 15], { seasonLength: 3, horizon: 3, method: 'holtWinters', alpha: 0.2, beta: 0.01, gamma: 0.1 }],
      accepts: {
        '$0[*]': FRACTIONAL,
        '$1.horizon': OPTIONAL,
        '$1.method': OPTIONAL,
        '$1.alpha': OPTIONAL,
        '$1.beta': OPTIONAL,
        '$1.gamma': OPTIONAL,
      },
    },
    { args: [[10, 12, 14, 11], { seasonLength: 2, horizon: 5 }], accepts: { '$0[*]': FRACTIONAL, '$1.horizon': OPTIONAL } },
  ],
  // Statistics
  npsInterval: [
    {
      args: [[10, 9, 8, 3, 6, 10], { confidenceLevel: 0.9, method: 'score', populationSize: 1000, promotersFrom: 9, detractorsUpTo: 6 }],
      accepts: { '$0[*]': MISSING, ...confidence, '$1.promotersFrom': OPTIONAL, '$1.detractorsUpTo': OPTIONAL },
    },
  ],
  npsIntervalFromCounts: [{ args: [npsCounts, { confidenceLevel: 0.9, method: 'wald', populationSize: 1000 }], accepts: confidence }],
  npsVariance: [{ args: [npsCounts] }],
  npsStandardError: [{ args: [npsCounts, { populationSize: 1000 }], accepts: { '$1.populationSize': OPTIONAL } }],
  proportionInterval: [{ args: [{ successes: 40, trials: 100 }, { confidenceLevel: 0.95, method: 'agresti-coull' }], accepts: confidence }],
  meanSummary: [{ args: [[3, 4.5, 5, null]], accepts: { '$0[*]': [...SIGNED, ...MISSING] } }],
  mergeMeanSummaries: [{ args: [meanSummaryValue, meanSummaryValue], accepts: meanSummaryAccepts }],
  meanInterval: [{ args: [[3, 4.5, 5], { confidenceLevel: 0.9 }], accepts: { '$0[*]': [...SIGNED, ...MISSING], '$1.confidenceLevel': OPTIONAL } }],
  meanIntervalFromSummary: [{ args: [meanSummaryValue, { confidenceLevel: 0.9 }], accepts: { ...meanSummaryAccepts, '$1.confidenceLevel': OPTIONAL } }],
  compareNps: [
    {
      args: [npsCounts, { promoters: 40, passives: 35, detractors: 25 }, { confidenceLevel: 0.95, method: 'wald' }],
      accepts: confidence2,
    },
  ],
  compareProportions: [{ args: [{ successes: 40, trials: 100 }, { successes: 30, trials: 90 }, { confidenceLevel: 0.95, method: 'wald' }], accepts: confidence2 }],
  compareMeans: [
    {
      args: [meanSummaryValue, { count: 4, mean: 3, sumOfSquaredDeviations: 5, unanswered: 0 }, { confidenceLevel: 0.95 }],
      accepts: { ...meanSummaryAccepts, '$2.confidenceLevel': OPTIONAL },
    },
  ],
  npsSampleSize: [
    { args: [{ marginOfError: 5 }], accepts: { '$0.marginOfError': FRACTIONAL } },
    {
      args: [{ marginOfError: 5, mix: { promoters: 50, passives: 30, detractors: 20 } }, { confidenceLevel: 0.95, populationSize: 10000 }],
      accepts: {
        '$0.marginOfError': FRACTIONAL,
        '$0.mix': OPTIONAL,
        '$0.mix.promoters': FRACTIONAL,
        '$0.mix.passives': FRACTIONAL,
        '$0.mix.detractors': FRACTIONAL,
        '$1.confidenceLevel': OPTIONAL,
        '$1.populationSize': OPTIONAL,
      },
    },
  ],
  proportionSampleSize: [
    { args: [{ marginOfError: 5 }], accepts: { '$0.marginOfError': FRACTIONAL } },
    {
      args: [{ marginOfError: 5, expectedPercentage: 30 }, { confidenceLevel: 0.95, populationSize: 10000 }],
      accepts: {
        '$0.marginOfError': FRACTIONAL,
        '$0.expectedPercentage': [...FRACTIONAL, ...OPTIONAL],
        '$1.confidenceLevel': OPTIONAL,
        '$1.populationSize': OPTIONAL,
      },
    },
  ],
};

// ── the exports ──────────────────────────────────────────────────────────────────────────

const exported = library as Readonly<Record<string, unknown>>;
const functions: readonly (readonly [string, Call])[] = Object.entries(exported)
  .filter(([name]) => !NOT_METRICS.has(name))
  .map(([name, value]) => [name, value as Call] as const);

/** The module each runtime export comes from, read from the `export { … } from '…'` lines of src/index.ts. */
const moduleOf: ReadonlyMap<string, string> = new Map(
  [...readFileSync(join(import.meta.dirname, '../src/index.ts'), 'utf8').matchAll(/export\s*\{([^}]*)\}\s*from\s*'([^']+)'/g)].flatMap(
    (match) =>
      (match[1] ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name !== '' && !name.startsWith('type '))
        .map((name) => [name, match[2] ?? ''] as const),
  ),
);

const covered = (name: string): boolean => {
  const module = moduleOf.get(name);
  return module !== undefined && COVERED_MODULES.some((prefix) => (prefix.endsWith('/') ? module.startsWith(prefix) : module === prefix));
};

// ── the rule ─────────────────────────────────────────────────────────────────────────────

/** Every number (and every non-finite number) inside a result, with where it is. */
function nonFiniteNumbers(value: unknown, path = 'result', seen = new Set<object>()): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${String(value)}`];
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([key, inner]) => nonFiniteNumbers(inner, `${path}.${key}`, seen));
}

/** What a call did: the `MetricInputError` it threw, if any, and a description of how it broke the generic rule, if it did. */
function breach(name: string, call: () => unknown): { error?: MetricInputError; problem?: string } {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    if (!(error instanceof MetricInputError)) {
      return { problem: `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}` };
    }
    if (error.metric !== name) return { error, problem: `threw a MetricInputError for "${error.metric}"` };
    if (!error.message.startsWith(`${name}: `)) return { error, problem: `message "${error.message}" does not start with "${name}: "` };
    if (!CODES.has(error.code)) return { error, problem: `unknown code ${error.code}` };
    if (typeof error.field !== 'string' || error.field === '') return { error, problem: 'an empty field' };
    return { error };
  }
  const bad = nonFiniteNumbers(result);
  return bad.length === 0 ? {} : { problem: `returned ${bad.slice(0, 3).join(', ')}` };
}

function show(value: unknown): string {
  try {
    if (typeof value === 'function') return 'a function';
    if (typeof value === 'bigint') return `${String(value)}n`;
    if (typeof value === 'symbol') return value.toString();
    if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
    if (value instanceof Map) return `Map(${String(value.size)})`;
    if (value instanceof Set) return `Set(${String(value.size)})`;
    const text = JSON.stringify(value, (_, inner: unknown) =>
      typeof inner === 'bigint' || (typeof inner === 'number' && !Number.isFinite(inner)) ? String(inner) : inner,
    ) as string | undefined;
    if (text === undefined) return String(value);
    return text.length > 80 ? `${text.slice(0, 80)}…` : text;
  } catch {
    return 'an object';
  }
}

const describeArgs = (args: readonly unknown[]): string => `(${args.map(show).join(', ')})`;

/** Deep-freezes plain objects and arrays (typed arrays with elements cannot be frozen). */
function freeze(value: unknown, seen = new Set<unknown>()): unknown {
  if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value) || seen.has(value)) return value;
  seen.add(value);
  Object.freeze(value);
  for (const inner of Object.values(value)) freeze(inner, seen);
  return value;
}

function run(fn: Call, args: readonly unknown[]): () => unknown {
  const frozen = args.map((arg) => freeze(arg));
  return () => fn(...frozen);
}

// ── the generic battery ──────────────────────────────────────────────────────────────────

/** Every field name used in a valid call, so that poisoned objects carry the names functions read. */
const fieldNames: readonly string[] = [
  ...new Set(
    Object.values(VALID)
      .flat()
      .flatMap((call) => places(call.args).map((place) => place.path.at(-1)))
      .filter((key): key is string => typeof key === 'string'),
  ),
];

function* nonIterable(): Generator<never> {
  // An exhausted generator: iterable, but nothing in it.
}

/** Lone bad arguments: wrong types, non-finite numbers, non-iterables, functions. */
function scalars(): unknown[] {
  return [
    undefined,
    null,
    0,
    -1,
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.MAX_VALUE,
    '7',
    'scores',
    '',
    true,
    10n,
    Symbol('bad'),
    {},
    [],
    [[]],
    () => 1,
    () => Number.NaN,
    { length: 2, 0: 1, 1: 2 },
    new Map([[1, 2]]),
    new Set([Number.NaN, '7']),
    nonIterable(),
    new Float64Array([Number.NaN, 1]),
    new Date(0),
    Object.create(null) as object,
  ];
}

/** Objects whose every known field, and arrays whose every element, is one bad value. */
function poisoned(): unknown[] {
  return Object.values(BAD).flatMap((bad) => {
    const object = Object.fromEntries(fieldNames.map((name) => [name, bad]));
    return [object, [bad, bad, bad], [object, object]];
  });
}

function genericArgumentLists(valid: readonly ValidCall[] | undefined): unknown[][] {
  const lists: unknown[][] = [[]];
  for (const value of scalars()) lists.push([value], [value, value], [value, value, value]);
  for (const value of poisoned()) lists.push([value], [value, value]);
  for (const { args } of valid ?? []) {
    for (let i = 0; i < Math.max(args.length, 3); i++) {
      for (const value of [...scalars(), ...poisoned()]) {
        const copy = [...args];
        copy[i] = value;
        lists.push(copy);
      }
    }
    lists.push([...args, 'bogus'], [...args, {}, {}], [...args, () => Number.NaN], [args[0], () => Number.NaN], [args[0], () => '7', args[1]]);
  }
  return lists;
}

// ── the places of a valid call ───────────────────────────────────────────────────────────

interface Place {
  /** The argument index, then keys and indices. */
  readonly path: readonly (string | number)[];
  /** As matched against `accepts`: `$0.scores[*]`. */
  readonly pattern: string;
  /** What `error.field` must contain when the place is rejected: its key, or `[index]`. */
  readonly token: string;
}

/** Every field and element inside the arguments (not the arguments themselves). */
function places(args: readonly unknown[]): Place[] {
  const found: Place[] = [];
  const visit = (value: unknown, path: (string | number)[], pattern: string): void => {
    if (path.length > 1) {
      const key = path.at(-1)!;
      found.push({ path, pattern, token: typeof key === 'number' ? `[${String(key)}]` : key });
    }
    if (Array.isArray(value)) value.forEach((inner: unknown, i) => { visit(inner, [...path, i], `${pattern}[*]`); });
    else if (typeof value === 'object' && value !== null) {
      for (const [key, inner] of Object.entries(value)) visit(inner, [...path, key], `${pattern}.${key}`);
    }
  };
  args.forEach((arg, i) => { visit(arg, [i], `$${String(i)}`); });
  return found;
}

/** A deep copy of arrays and plain objects; anything else (an accessor function) is shared. */
function copyOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyOf);
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, copyOf(inner)]));
  }
  return value;
}

/** A deep copy of `args` with the value at `path` replaced. */
function replaced(args: readonly unknown[], path: readonly (string | number)[], value: unknown): unknown[] {
  const copy = copyOf(args) as unknown[];
  let target = copy as unknown as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[path.at(-1)!] = value;
  return copy;
}

function acceptsAt(call: ValidCall, pattern: string): readonly BadLabel[] {
  const accepts = call.accepts ?? {};
  const wildcard = pattern.replace(/\.[^.[\]]+$/, '.*');
  return [...(accepts[pattern] ?? []), ...(wildcard === pattern ? [] : (accepts[wildcard] ?? []))];
}

// ── the tests ────────────────────────────────────────────────────────────────────────────

describe('the exports', () => {
  test('every runtime export is a function, or a documented exception in NOT_METRICS', () => {
    const others = Object.entries(exported)
      .filter(([name, value]) => typeof value !== 'function' && !NOT_METRICS.has(name))
      .map(([name]) => name);
    expect(others, 'a new non-function export: add it to NOT_METRICS in test/badInput.test.ts, with a comment').toEqual([]);
  });

  test('every export of a covered module has a valid example', () => {
    const missing = functions.map(([name]) => name).filter((name) => covered(name) && VALID[name] === undefined);
    expect(missing, 'every export needs a valid example in test/badInput.test.ts (add it to VALID)').toEqual([]);
  });

  test('every valid example names an export', () => {
    expect(Object.keys(VALID).filter((name) => typeof exported[name] !== 'function')).toEqual([]);
  });
});

describe.each(functions)('%s', (name, fn) => {
  const valid = VALID[name];

  test('a battery of bad arguments gives a MetricInputError naming it, or finite numbers', () => {
    const problems = genericArgumentLists(valid).flatMap((args) => {
      const { problem } = breach(name, run(fn, args));
      return problem === undefined ? [] : [`${name}${describeArgs(args)} ${problem}`];
    });
    expect(problems.join('\n')).toBe('');
  });

  propTest.prop([fc.array(fc.anything({ withBigInt: true, withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }), { maxLength: 4 })], { numRuns: RUNS })(
    'any arguments give a MetricInputError naming it, or finite numbers',
    (args) => {
      const { problem } = breach(name, run(fn, args));
      expect(problem, `${name}${describeArgs(args)}`).toBeUndefined();
    },
  );

  if (valid === undefined) return;

  test('its valid examples are valid', () => {
    for (const { args } of valid) {
      const { error, problem } = breach(name, run(fn, args));
      expect(problem, `${name}${describeArgs(args)}`).toBeUndefined();
      expect(error, `${name}${describeArgs(args)} threw ${error?.message ?? ''}`).toBeUndefined();
    }
  });

  test('each bad value at each place of a valid call is rejected, naming the place', () => {
    const problems: string[] = [];
    for (const call of valid) {
      for (const place of places(call.args)) {
        const accepted = acceptsAt(call, place.pattern);
        for (const [label, value] of Object.entries(BAD) as [BadLabel, unknown][]) {
          const { error, problem } = breach(name, run(fn, replaced(call.args, place.path, value)));
          const at = `${name}: ${place.pattern} = ${label}`;
          if (problem !== undefined) problems.push(`${at}: ${problem}`);
          else if (accepted.includes(label)) continue;
          else if (error === undefined) problems.push(`${at}: accepted (if it is valid there, list it in accepts)`);
          else if (!error.field.includes(place.token)) problems.push(`${at}: error.field is "${error.field}" (${error.code}), not naming ${place.token}`);
        }
        for (const value of STRESS) {
          const { problem } = breach(name, run(fn, replaced(call.args, place.path, value)));
          if (problem !== undefined) problems.push(`${name}: ${place.pattern} = ${show(value)}: ${problem}`);
        }
      }
    }
    expect(problems.join('\n')).toBe('');
  });

  propTest.prop([fc.nat(), fc.nat(), fc.anything({ withBigInt: true, withMap: true, withSet: true, withNullPrototype: true })], { numRuns: RUNS })(
    'any value at any place of a valid call gives a MetricInputError naming it, or finite numbers',
    (which, where, value) => {
      const call = valid[which % valid.length]!;
      const all = places(call.args);
      const place = all[where % all.length];
      if (place === undefined) return;
      const { problem } = breach(name, run(fn, replaced(call.args, place.path, value)));
      expect(problem, `${name}: ${place.pattern} = ${show(value)}`).toBeUndefined();
    },
  );
});
