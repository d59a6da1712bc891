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
 *    that place as a path from its parameter (`"counts.customersAtStart"`, `"scores[1]"`,
 *    `"options.scaleMax"`; never a bare `"customersAtStart"`), unless the valid
 *    call's `accepts` says the value is legitimately accepted there (a margin of −1, a duration
 *    of 1.5 s, a `null` answer): then only the generic rule applies. Each place is also set to
 *    each value of `STRESS` (±`MAX_VALUE`, 2⁵³, `MIN_VALUE`, 0…), which need only keep the
 *    generic rule: they catch overflow to `Infinity`, `0 / 0`, and searches that never end.
 *
 * The generic rule for any call: it either throws a `MetricInputError` whose `metric` is the
 * function's name and whose message starts with `${name}: `, or returns a value in which every
 * number is finite. All arguments are deep-frozen, so a function that mutates its input fails too.
 *
 * Each function's last plain-object argument in its valid calls is its options (or targets, plan,
 * input, named amounts) unless the function is listed in `RECORD_LAST` (summaries): adding a key
 * `notAnOption` must be `UNKNOWN_VALUE` naming `<parameter>.notAnOption`, and a `Date` in its
 * place `WRONG_TYPE`.
 *
 * Two more checks follow: the functions that a valid call returns (the members of `npsMetric()`)
 * keep the generic rule under the battery (their errors may name the library function they call),
 * and every merge rejects a merged count past 2⁵³ − 1 (`MERGE_OVERFLOWS`).
 *
 * Last, every error code a function was seen to throw in the sweeps must be named in its TSDoc
 * `@throws` (or in the `@throws` of a function it refers to: "as {@link nps} does"), so the
 * docs list what a caller can catch. The phrase "the common input checks" names the codes
 * tabled once in `MetricInputErrorCode` (WRONG_TYPE, NOT_FINITE, NEGATIVE, NOT_INTEGER,
 * OUT_OF_RANGE, UNKNOWN_VALUE); EMPTY, INCONSISTENT and UNSTABLE are always named where thrown.
 * The check is per code, not per input: one mention of
 * `OUT_OF_RANGE` covers every input that throws it, so the wording for each input is still a
 * reviewer's job. It needs the sweeps of the same run (it fails when run alone with `-t`).
 *
 * ## Extending it
 * - A new function: add a `VALID` entry (one or more valid calls, with `accepts` for the places
 *   that legitimately take a bad-looking value). Every exported function must have one, or the
 *   coverage test fails. Accessors and other functions inside a valid call are passed as they
 *   are (only arrays and plain objects are copied), so the fields of rows read through accessors
 *   are swept like any other place: write accessors that read any row (`row?.score`), and name
 *   row fields as the function names them in errors (`score` for `scores[2]`).
 * - A new merge: add a case to `MERGE_OVERFLOWS`.
 * - A new non-function export (a frozen table, a class): add it to `NOT_METRICS` with a comment.
 */
// Plain tests come from vitest: @fast-check/vitest's `test` runs a plain body `numRuns` times.
import { fc, test as propTest } from '@fast-check/vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import * as library from '../src/index.js';
import {
  csatMeanMetric,
  csatMetric,
  meanMetric,
  MetricInputError,
  npsMetric,
  proportionMetric,
  servqualSummary,
} from '../src/index.js';

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
/** A row read only through accessors: the function never looks at the row itself. */
const ANY_ROW = Object.keys(BAD) as readonly BadLabel[];

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
/** A log whose abandoned contacts' waits were not recorded (null, absent). */
const queueLogWaitUnknown = [
  { waitSeconds: null, outcome: 'abandoned' },
  { waitSeconds: 40, outcome: 'answered' },
  { outcome: 'abandoned' },
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
/** A summary of `smallResponses`, built inside a test (see `validCalls`). */
const smallSummaryOf = (): ReturnType<typeof servqualSummary> => servqualSummary(smallResponses, { instrument: smallInstrument });
const meanSummaryValue = { count: 3, mean: 4, sumOfSquaredDeviations: 2, unanswered: 1 };
// [0, 1, 100] at 1 %: 1 s in bucket 0, 100 s in bucket ⌈ln 100 / ln(1.01/0.99)⌉ = 231.
const sketchValue = { relativeAccuracy: 0.01, count: 3, zeroCount: 1, buckets: { '0': 1, '231': 1 }, minimum: 0, maximum: 100, unanswered: 1 };
const workload = { contacts: 120, intervalSeconds: 1800, averageHandleSeconds: 300 };

/** A business calendar with a lunch break, a night shift, a partial day and a whole holiday. */
const businessCalendarJson = {
  timeZone: 'Europe/Paris',
  week: { monday: [['09:00', '12:30'], ['13:30', '18:00']], tuesday: [['09:00', '18:00']], wednesday: [], thursday: [], friday: [['22:00', '06:00']], saturday: [], sunday: [] },
  holidays: [{ date: '2026-12-24', hours: [['09:00', '12:00']] }, { date: '2026-12-25' }],
};
/** A closed day (`[]`) is valid in place of any day's hours, and the holidays and a holiday's hours are optional. */
const businessCalendarAccepts = {
  ...Object.fromEntries(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((day) => [`$0.week.${day}`, ['[]'] as const])),
  '$0.holidays': ['[]', ...OPTIONAL],
  '$0.holidays[*].hours': ['[]', ...OPTIONAL],
} satisfies Readonly<Record<string, readonly BadLabel[]>>;
const businessStart = Date.UTC(2026, 11, 18, 16);
const businessEnd = Date.UTC(2026, 11, 28, 12);

/** A ticket's SLA log touching every event type, and a policy with both kinds of target and pauses. */
const slaTicket = {
  id: 'T-1',
  events: [
    { type: 'created', at: Date.UTC(2026, 11, 1, 8), priority: 'normal', status: 'new' },
    { type: 'agentReply', at: Date.UTC(2026, 11, 1, 9), public: true },
    { type: 'status', at: Date.UTC(2026, 11, 1, 9), status: 'pending' },
    { type: 'requesterComment', at: Date.UTC(2026, 11, 1, 10) },
    { type: 'priority', at: Date.UTC(2026, 11, 1, 11), priority: 'urgent' },
    { type: 'status', at: Date.UTC(2026, 11, 1, 12), status: 'solved' },
  ],
};
const slaPolicy = {
  calendar: businessCalendarJson,
  targets: {
    normal: { firstReply: { seconds: 3600, hours: 'business' }, fullResolution: { seconds: 86_400, hours: 'calendar' } },
    urgent: { nextReply: { seconds: 1800, hours: 'calendar' } },
  },
  pauses: { agentWork: ['pending', 'onHold'], fullResolution: ['pending'] },
};
const slaAccepts = {
  ...Object.fromEntries(Object.entries(businessCalendarAccepts).map(([path, labels]) => [path.replace('$0', '$1.calendar'), labels])),
  // An id may be any non-empty string or finite number; the creation may be at any instant.
  '$0.id': [...SIGNED, "'7'"],
  '$0.events[*].at': SIGNED,
  '$0.events[*].status': OPTIONAL,
  '$0.events[*].public': ['true', ...OPTIONAL],
  // Without a calendar, the business target is the error; without targets, the priority is unknown.
  '$1.calendar': OPTIONAL,
  '$1.targets': ['{}'],
  '$1.targets.normal': ['{}'],
  '$1.targets.urgent': ['{}'],
  '$1.targets.normal.firstReply': OPTIONAL,
  '$1.targets.normal.fullResolution': OPTIONAL,
  '$1.targets.urgent.nextReply': OPTIONAL,
  '$1.targets.normal.firstReply.seconds': FRACTIONAL,
  '$1.targets.normal.fullResolution.seconds': FRACTIONAL,
  '$1.targets.urgent.nextReply.seconds': FRACTIONAL,
  '$1.pauses': ['{}', ...OPTIONAL],
  '$1.pauses.agentWork': ['[]', ...OPTIONAL],
  '$1.pauses.fullResolution': ['[]', ...OPTIONAL],
  '$2.now': OPTIONAL,
} satisfies Readonly<Record<string, readonly BadLabel[]>>;

const customerLog = [
  { customerId: 'ana', contactedAt: Date.UTC(2024, 2, 1) },
  { customerId: 'ana', contactedAt: Date.UTC(2024, 2, 4) },
  { customerId: 7, contactedAt: Date.UTC(2024, 2, 2) },
  { customerId: 'cai', contactedAt: Date.UTC(2024, 2, 20) },
];
const repeatOptions = { repeatWindowSeconds: 604_800, observedUntil: Date.UTC(2024, 2, 22) };
const fcrSummaryValue = { contacts: 3, resolvedOnFirstContact: 2, repeated: 1, tooRecent: 1 };
/** An FCR summary at `at`: the log's bookkeeping counts may be left out. */
function fcrSummaryAccepts(at: string): Readonly<Record<string, readonly BadLabel[]>> {
  return { [`${at}.repeated`]: OPTIONAL, [`${at}.tooRecent`]: OPTIONAL };
}
const customerLogAccepts = {
  // Any string or finite number names a customer; any finite epoch milliseconds is a time.
  '$0[*].customerId': ["'7'", '-1', '1.5'],
  '$0[*].contactedAt': SIGNED,
  '$1.repeatWindowSeconds': [...FRACTIONAL, ...OPTIONAL],
  // An earlier end of observation is reported on the contacts made after it.
  '$1.observedUntil': [...SIGNED, ...OPTIONAL],
} as const;
const grossMarginCalls: readonly ValidCall[] = [
  { args: [{ revenue: 1000, directCost: 600 }], accepts: { '$0.revenue': FRACTIONAL, '$0.directCost': FRACTIONAL } },
  {
    args: [{ revenue: 1000, directCost: { parts: 400, labour: 200 } }],
    accepts: { '$0.revenue': FRACTIONAL, '$0.directCost': FRACTIONAL, '$0.directCost.parts': FRACTIONAL, '$0.directCost.labour': FRACTIONAL },
  },
];
/** Rows whose fields are named as contactMix names them in errors (`rows[2].by`). */
const mixRows = [
  { by: 'phone', resolved: true, resolvedOnFirstContact: true, satisfied: true },
  { by: 'chat', resolved: false, resolvedOnFirstContact: false, satisfied: null },
  { by: null, resolved: true, resolvedOnFirstContact: null, satisfied: false },
];
/** Accessors read rows of any shape (a row that is not an object reads as missing fields). */
type Row = Partial<Record<string, unknown>> | null | undefined;
const mixFields = {
  by: (row: Row) => row?.['by'],
  resolved: (row: Row) => row?.['resolved'],
  resolvedOnFirstContact: (row: Row) => row?.['resolvedOnFirstContact'],
  satisfied: (row: Row) => row?.['satisfied'],
};
const mixAccepts = {
  '$0[*]': ANY_ROW,
  // Any non-empty text names a group; a missing group or answer is counted, not an error.
  '$0[*].by': ["'7'", ...MISSING],
  '$0[*].resolved': ['true', ...MISSING],
  '$0[*].resolvedOnFirstContact': ['true', ...MISSING],
  '$0[*].satisfied': ['true', ...MISSING],
  '$1.resolved': OPTIONAL,
  '$1.resolvedOnFirstContact': OPTIONAL,
  '$1.satisfied': OPTIONAL,
} as const;
const mixSummary = {
  groups: {
    chat: { contacts: 3, resolved: { successes: 2, trials: 3 }, resolvedOnFirstContact: { successes: 1, trials: 2 }, satisfied: { successes: 1, trials: 1 } },
    phone: { contacts: 2, resolved: { successes: 2, trials: 2 }, resolvedOnFirstContact: { successes: 2, trials: 2 }, satisfied: { successes: 0, trials: 1 } },
  },
  unclassified: 1,
};
const agentRows = [
  { agent: 'ana', rating: 4 },
  { agent: 'ana', rating: 5 },
  { agent: 'ben', rating: 3 },
  { agent: 12, rating: null },
];
const agentAccessors = { agent: (row: Row) => row?.['agent'], rating: (row: Row) => row?.['rating'] };
const agentRowAccepts = {
  '$0[*]': ANY_ROW,
  // An agent is any string or finite number; a rating any finite number, or missing.
  '$0[*].agent': ["'7'", '-1', '1.5'],
  '$0[*].rating': [...SIGNED, ...MISSING],
} as const;
const agentSummaries = [
  { agent: 'ana', count: 3, mean: 4, sumOfSquaredDeviations: 2, unanswered: 1 },
  { agent: 'ben', count: 1, mean: 3, sumOfSquaredDeviations: 0, unanswered: 0 },
];
const agentSummaryAccepts = (at: string): Readonly<Record<string, readonly BadLabel[]>> => ({
  // Any text names an agent; means may be of either sign; the other fields as in meanSummary.
  [`${at}[*].agent`]: ["'7'"],
  [`${at}[*].mean`]: SIGNED,
  [`${at}[*].sumOfSquaredDeviations`]: FRACTIONAL,
  [`${at}[*].unanswered`]: OPTIONAL,
});
/** A segment metric's optional members. */
const segmentAccepts = (at: string): Readonly<Record<string, readonly BadLabel[]>> => ({
  [`${at}.interval`]: OPTIONAL,
  [`${at}.compare`]: OPTIONAL,
  [`${at}.compareWithTarget`]: OPTIONAL,
});
const keyRows = [
  { key: 'chat', score: 10 },
  { key: 'phone', score: 3 },
  { key: 'chat', score: null },
  { key: 4, score: 8 },
];
const timeRows = [
  { time: '2026-03-29T23:30:00Z', score: 10 },
  { time: '2026-03-27', score: 3 },
  { time: Date.UTC(2026, 2, 27, 12), score: null },
  { time: '2026-03-29T22:30:00+01:00', score: 8 },
];
const scoreOf = (row: Row): unknown => row?.['score'];
/** Rows read through accessors: a key is any string or finite number, a time any finite epoch milliseconds. */
const segmentRowAccepts = { '$0[*]': ANY_ROW, '$0[*].key': ["'7'", '-1', '1.5'], '$0[*].score': MISSING, '$0[*].time': SIGNED } as const;
const keyedNps = [
  { key: 'chat', summary: npsSummaryValue },
  { key: 'phone', summary: { promoters: 40, passives: 30, detractors: 30 } },
  { key: 'chat', summary: { promoters: 80, passives: 50, detractors: 70, unanswered: 6 } },
];
const monthlyNps = [
  { key: '2026-09', summary: { promoters: 260, passives: 150, detractors: 90, unanswered: 0 } },
  { key: '2026-11', summary: { promoters: 210, passives: 160, detractors: 130 } },
  { key: '2026-10', summary: { promoters: 250, passives: 160, detractors: 90, unanswered: 0 } },
];
const keyedSummaryAccepts = { '$0[*].key': ["'7'", '-1', '1.5'], '$0[*].summary.unanswered': OPTIONAL } as const;

/**
 * One or more valid calls of each function, by name: `VALID`, built by each test that needs it,
 * never while vitest collects the tests (the valid calls include library calls such as
 * `npsMetric()`, and a library call at collection time hides from mutation testing which test
 * covers which code, making the run hours long). The body keeps the indentation of top-level
 * code so that its lines read, and merge, as they did.
 */
function validCalls(): Readonly<Record<string, readonly ValidCall[]>> {
const smallSummary = smallSummaryOf();

/** Keyed summaries of each segment metric, with the places their summaries accept (as in the metric's own merge). */
const segmentCases: readonly { metric: unknown; entries: readonly unknown[]; accepts: Readonly<Record<string, readonly BadLabel[]>> }[] = [
  { metric: npsMetric({ method: 'wald' }), entries: monthlyNps, accepts: { '$0[*].summary.unanswered': OPTIONAL } },
  {
    metric: csatMetric({ scaleMin: 1, scaleMax: 5, satisfiedFrom: 4 }),
    entries: [
      { key: '2026-09', summary: csatSummaryValue },
      { key: '2026-10', summary: { scaleMin: 1, scaleMax: 5, counts: [3, 1, 0, 8, 9], unanswered: 0 } },
    ],
    // A scale of −1…5 is a valid scale: the 5 counts then contradict it (named `counts`).
    accepts: { '$0[*].summary.scaleMin': ['-1'] },
  },
  {
    metric: csatMeanMetric({ scaleMin: 1, scaleMax: 5 }),
    entries: [
      { key: '2026-09', summary: csatSummaryValue },
      { key: '2026-10', summary: { scaleMin: 1, scaleMax: 5, counts: [3, 1, 0, 8, 9], unanswered: 0 } },
    ],
    accepts: { '$0[*].summary.scaleMin': ['-1'] },
  },
  {
    metric: meanMetric({ confidenceLevel: 0.9 }),
    entries: [
      { key: 1, summary: meanSummaryValue },
      { key: 2, summary: { count: 4, mean: 3, sumOfSquaredDeviations: 5, unanswered: 0 } },
    ],
    accepts: { '$0[*].summary.mean': SIGNED, '$0[*].summary.sumOfSquaredDeviations': FRACTIONAL, '$0[*].summary.unanswered': OPTIONAL },
  },
  {
    metric: proportionMetric(),
    entries: [
      { key: 'a', summary: { successes: 40, trials: 100, unanswered: 2 } },
      { key: 'b', summary: { successes: 30, trials: 90 } },
    ],
    accepts: { '$0[*].summary.unanswered': OPTIONAL },
  },
];

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
    [`${at}.unanswered`]: OPTIONAL,
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
  npsFromSummary: [{ args: [{ ...npsCounts, unanswered: 3 }], accepts: optionalUnanswered }],
  // Survey: CSAT
  csat: [{ args: [[5, 4, 4, 3, 1], { scaleMin: 1, scaleMax: 5, satisfiedFrom: 4 }], accepts: { '$0[*]': MISSING, ...scaleAccepts, '$1.satisfiedFrom': OPTIONAL } }],
  csatMean: [{ args: [[5, 4, 4, 3, 1], { scaleMin: 1, scaleMax: 5, satisfiedFrom: 4 }], accepts: { '$0[*]': MISSING, ...scaleAccepts, '$1.satisfiedFrom': OPTIONAL } }],
  csatSummary: [{ args: [[5, 4, 1, null], { scaleMin: 1, scaleMax: 5 }], accepts: { '$0[*]': MISSING, ...scaleAccepts } }],
  mergeCsatSummaries: [
    {
      args: [csatSummaryValue, csatSummaryValue],
      // A scale of −1…5 is a valid scale: the 5 counts then contradict it (named `counts`).
      accepts: { '$0.scaleMin': ['-1'], '$1.scaleMin': ['-1'], ...optionalUnanswered },
    },
  ],
  csatFromSummary: [{ args: [csatSummaryValue, { satisfiedFrom: 4 }], accepts: { '$0.scaleMin': ['-1'], '$1.satisfiedFrom': OPTIONAL, ...optionalUnanswered } }],
  csatMeanFromSummary: [{ args: [csatSummaryValue], accepts: { '$0.scaleMin': ['-1'], ...optionalUnanswered } }],
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
      accepts: { '$0.scaleMin': ['-1'], '$1.scaleMin': ['-1'], ...optionalUnanswered },
    },
  ],
  cesFromSummary: [
    {
      args: [{ ...csatSummaryValue, easyEnd: 'high' }, { easyEnd: 'high', easyBoxes: 2, difficultBoxes: 2 }],
      accepts: { '$0.scaleMin': ['-1'], '$1.easyEnd': OPTIONAL, '$1.easyBoxes': OPTIONAL, '$1.difficultBoxes': OPTIONAL, ...optionalUnanswered },
    },
  ],
  enps: [{ args: [[10, 9, 8, 7, 3], { promotersFrom: 9, detractorsUpTo: 6 }], accepts: { '$0[*]': MISSING, ...npsBreaks } }],
  enpsFromSummary: [{ args: [{ ...npsCounts, unanswered: 3 }], accepts: optionalUnanswered }],
  engagementIndex: [
    {
      args: [[5, 4, 3, null], { scaleMin: 1, scaleMax: 5, method: 'percentFavourable', favourableFrom: 4 }],
      accepts: { '$0[*]': MISSING, ...scaleAccepts, '$1.method': OPTIONAL, '$1.favourableFrom': OPTIONAL },
    },
  ],
  engagementIndexSummary: [{ args: [[5, 4, 1, null], { scaleMin: 1, scaleMax: 5 }], accepts: { '$0[*]': MISSING, ...scaleAccepts } }],
  mergeEngagementIndexSummaries: [{ args: [csatSummaryValue, csatSummaryValue], accepts: { '$0.scaleMin': ['-1'], '$1.scaleMin': ['-1'], ...optionalUnanswered } }],
  engagementIndexFromSummary: [
    {
      args: [csatSummaryValue, { method: 'percentOfMaximumPossible', favourableFrom: 4 }],
      accepts: { '$0.scaleMin': ['-1'], '$1.method': OPTIONAL, '$1.favourableFrom': OPTIONAL, ...optionalUnanswered },
    },
  ],
  surveyResponseRate: [{ args: [{ responses: 150, surveysSent: 1000, undeliverable: 40 }], accepts: { '$0.undeliverable': OPTIONAL } }],
  agentRatings: [
    {
      args: [agentRows, agentAccessors, { confidenceLevel: 0.9, minimumAnswers: 2 }],
      accepts: { ...agentRowAccepts, '$2.confidenceLevel': OPTIONAL, '$2.minimumAnswers': OPTIONAL },
    },
  ],
  agentRatingsSummary: [{ args: [agentRows, agentAccessors], accepts: agentRowAccepts }],
  mergeAgentRatingsSummaries: [{ args: [agentSummaries, agentSummaries], accepts: { ...agentSummaryAccepts('$0'), ...agentSummaryAccepts('$1') } }],
  agentRatingsFromSummary: [
    {
      args: [agentSummaries, { confidenceLevel: 0.9, minimumAnswers: 2 }],
      accepts: { ...agentSummaryAccepts('$0'), '$1.confidenceLevel': OPTIONAL, '$1.minimumAnswers': OPTIONAL },
    },
  ],
  // Survey: NEV
  nev: [{ args: [['happy', 'Trusting', 'frustrated', 'neutral'], { labels: { '🙂': 'positive' } }], accepts: { '$0[*]': MISSING, '$1.labels': ['{}', ...OPTIONAL] } }],
  nevSummary: [{ args: [['happy', 'stressed', 'neutral'], { labels: { '🙁': 'negative' } }], accepts: { '$0[*]': MISSING, '$1.labels': ['{}', ...OPTIONAL] } }],
  mergeNevSummaries: [{ args: [nevSummaryValue, nevSummaryValue], accepts: optionalUnanswered }],
  nevFromSummary: [{ args: [{ positive: 620, neutral: 200, negative: 180 }], accepts: optionalUnanswered }],
  nevIntensity: [{ args: [ratings, { scaleMin: 1, scaleMax: 5 }], accepts: { '$0[*]': MISSING, '$0[*].intensity': MISSING, ...scaleAccepts } }],
  nevIntensitySummary: [{ args: [ratings, { scaleMin: 1, scaleMax: 5 }], accepts: { '$0[*]': MISSING, '$0[*].intensity': MISSING, ...scaleAccepts } }],
  mergeNevIntensitySummaries: [
    {
      args: [nevIntensitySummaryValue, nevIntensitySummaryValue],
      // Intensities may be negative (on a −2…2 scale), so sums may be too.
      accepts: { '$0.positiveSum': ['-1'], '$0.negativeSum': ['-1'], '$1.positiveSum': ['-1'], '$1.negativeSum': ['-1'], ...optionalUnanswered },
    },
  ],
  nevIntensityFromSummary: [{ args: [nevIntensitySummaryValue], accepts: { '$0.positiveSum': ['-1'], '$0.negativeSum': ['-1'], ...optionalUnanswered } }],
  // Customer
  retentionRate: [{ args: [{ customersAtStart: 200, customersAtEnd: 190, newCustomers: 30 }] }],
  churnRate: [
    { args: [{ customersAtStart: 200, customersAtEnd: 190, newCustomers: 30 }], accepts: { '$0.customersAtEnd': OPTIONAL, '$0.newCustomers': OPTIONAL } },
    { args: [{ customersAtStart: 200, customersLost: 40 }], accepts: { '$0.customersLost': OPTIONAL } },
  ],
  clvGrossMargin: [{ args: [{ grossMargin: 1000, customers: 10 }], accepts: { '$0.grossMargin': SIGNED } }],
  clvPurchases: [
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
  abandonmentRateFromSummary: [{ args: [abandonmentCounts], accepts: { '$0.shortAbandoned': OPTIONAL } }],
  abandonmentRate: [
    { args: [queueLog, { shortAbandonSeconds: 5 }], accepts: { '$0[*].waitSeconds': FRACTIONAL, '$1.shortAbandonSeconds': [...FRACTIONAL, ...OPTIONAL] } },
  ],
  abandonmentRateSummary: [
    { args: [queueLog, { shortAbandonSeconds: 5 }], accepts: { '$0[*].waitSeconds': FRACTIONAL, '$1.shortAbandonSeconds': [...FRACTIONAL, ...OPTIONAL] } },
  ],
  mergeAbandonmentRateSummaries: [{ args: [abandonmentCounts, abandonmentCounts], accepts: { '$0.shortAbandoned': OPTIONAL, '$1.shortAbandoned': OPTIONAL } }],
  occupancy: [{ args: [{ handleSeconds: 3000, idleSeconds: 600 }], accepts: { '$0.handleSeconds': FRACTIONAL, '$0.idleSeconds': FRACTIONAL } }],
  costPerIncident: [
    {
      args: [{ totalCost: { labour: 52000, tools: 8000 }, incidents: 400 }],
      accepts: { '$0.totalCost': FRACTIONAL, '$0.totalCost.labour': FRACTIONAL, '$0.totalCost.tools': FRACTIONAL },
    },
    { args: [{ totalCost: 60000, incidents: 400 }], accepts: { '$0.totalCost': FRACTIONAL } },
  ],
  costPerTicket: [{ args: [{ totalCost: 72000, resolvedTickets: 1200 }], accepts: { '$0.totalCost': FRACTIONAL } }],
  firstContactResolutionFromSummary: [
    { args: [{ contacts: 100, resolvedOnFirstContact: 80 }], accepts: { '$0.resolved': OPTIONAL } },
    {
      args: [{ contacts: 100, resolvedOnFirstContact: 72, resolved: 90, notResolvableOnFirstContact: 10 }, { basis: 'net' }],
      accepts: { '$0.resolved': OPTIONAL, '$1.basis': OPTIONAL },
    },
    { args: [{ contacts: 100, resolvedOnFirstContact: 72, resolved: 90 }, { basis: 'resolved' }], accepts: { '$1.basis': OPTIONAL } },
  ],
  firstContactResolution: [{ args: [customerLog, repeatOptions], accepts: customerLogAccepts }],
  firstContactResolutionSummary: [{ args: [customerLog, repeatOptions], accepts: customerLogAccepts }],
  mergeFirstContactResolutionSummaries: [
    { args: [fcrSummaryValue, fcrSummaryValue], accepts: { ...fcrSummaryAccepts('$0'), ...fcrSummaryAccepts('$1') } },
    { args: [{ contacts: 10, resolvedOnFirstContact: 7, resolved: 9 }, { contacts: 5, resolvedOnFirstContact: 2, resolved: 4 }], accepts: { '$0.resolved': OPTIONAL, '$1.resolved': OPTIONAL } },
  ],
  firstContactOutcomes: [{ args: [customerLog, repeatOptions], accepts: customerLogAccepts }],
  contactsPerResolution: [{ args: [{ contacts: 120, resolutions: 100 }] }],
  escalationRate: [{ args: [{ contacts: 200, escalated: 30 }] }],
  complaintRate: [
    // A base may be an average membership (1.5 customers is a value), and so may `per`.
    { args: [{ complaints: 12, customers: 4000 }, { per: 1000 }], accepts: { '$0.customers': FRACTIONAL, '$1.per': [...FRACTIONAL, ...OPTIONAL] } },
  ],
  unresolvedComplaintRate: [{ args: [{ complaints: 50, unresolved: 5 }] }],
  contactsPerAgentHour: [{ args: [{ contacts: 120, agentSeconds: 28800 }], accepts: { '$0.agentSeconds': FRACTIONAL } }],
  conversionRate: [{ args: [{ contacts: 400, conversions: 36 }] }],
  utilisation: [
    {
      args: [{ handleSeconds: 20000, idleSeconds: 4000, paidSeconds: 28800 }, { numerator: 'handling' }],
      accepts: { '$0.handleSeconds': FRACTIONAL, '$0.idleSeconds': FRACTIONAL, '$0.paidSeconds': FRACTIONAL, '$1.numerator': OPTIONAL },
    },
  ],
  shrinkage: [
    { args: [{ paidSeconds: 28800, shrinkageSeconds: 3600 }], accepts: { '$0.paidSeconds': FRACTIONAL, '$0.shrinkageSeconds': FRACTIONAL } },
    {
      args: [{ paidSeconds: 28800, shrinkageSeconds: { breaks: 1800, training: 900 } }],
      accepts: {
        '$0.paidSeconds': FRACTIONAL,
        '$0.shrinkageSeconds': FRACTIONAL,
        '$0.shrinkageSeconds.breaks': FRACTIONAL,
        '$0.shrinkageSeconds.training': FRACTIONAL,
      },
    },
  ],
  scheduledAgents: [{ args: [{ agents: 20, shrinkage: 0.3 }], accepts: { '$0.agents': FRACTIONAL } }],
  labourCostPerHour: [
    { args: [{ labourCost: 52000, paidSeconds: 3_600_000 }], accepts: { '$0.labourCost': FRACTIONAL, '$0.paidSeconds': FRACTIONAL } },
    {
      args: [{ labourCost: { wages: 40000, benefits: 12000 }, paidSeconds: 3_600_000 }],
      accepts: { '$0.labourCost': FRACTIONAL, '$0.labourCost.wages': FRACTIONAL, '$0.labourCost.benefits': FRACTIONAL, '$0.paidSeconds': FRACTIONAL },
    },
  ],
  grossMargin: grossMarginCalls,
  grossMarginPercentage: grossMarginCalls,
  contactMix: [{ args: [mixRows, mixFields], accepts: mixAccepts }],
  contactMixSummary: [{ args: [mixRows, mixFields], accepts: mixAccepts }],
  // A summary of no rows has no groups; a mix of none is EMPTY, named `summary`.
  mergeContactMixSummaries: [{ args: [mixSummary, { ...mixSummary, groups: { chat: mixSummary.groups.chat } }], accepts: { '$0.groups': ['{}'], '$1.groups': ['{}'] } }],
  contactMixFromSummary: [{ args: [mixSummary], accepts: { '$0.groups': ['{}'] } }],
  // Service level and durations
  serviceLevelFromSummary: [
    {
      args: [{ answered: 100, answeredWithinThreshold: 80, abandoned: 10, abandonedWithinThreshold: 4, shortAbandoned: 1 }, { variant: 'abandonedWithinThresholdAsMet' }],
      accepts: { '$0.shortAbandoned': OPTIONAL, '$1.variant': OPTIONAL },
    },
    { args: [{ answered: 100, answeredWithinThreshold: 80, abandoned: 10, abandonedWithinThreshold: 4, shortAbandoned: 1 }], accepts: { '$0.shortAbandoned': OPTIONAL, '$0.abandonedWithinThreshold': OPTIONAL } },
    {
      args: [{ answered: 100, answeredWithinThreshold: 80, abandoned: 10, abandonedWithinThreshold: 4, abandonedWaitUnknown: 3 }],
      accepts: { '$0.abandonedWithinThreshold': OPTIONAL, '$0.abandonedWaitUnknown': OPTIONAL },
    },
  ],
  serviceLevel: [
    {
      args: [queueLog, { thresholdSeconds: 20, shortAbandonSeconds: 5, variant: 'ignoreAbandonedWithinThreshold' }],
      accepts: { '$0[*].waitSeconds': FRACTIONAL, '$1.thresholdSeconds': FRACTIONAL, '$1.shortAbandonSeconds': [...FRACTIONAL, ...OPTIONAL], '$1.variant': OPTIONAL },
    },
  ],
  serviceLevelSummary: [
    { args: [queueLogWaitUnknown, { thresholdSeconds: 20 }], accepts: { '$0[*].waitSeconds': [...FRACTIONAL, ...MISSING], '$1.thresholdSeconds': FRACTIONAL } },
    {
      args: [queueLog, { thresholdSeconds: 20, shortAbandonSeconds: 5 }],
      accepts: { '$0[*].waitSeconds': FRACTIONAL, '$1.thresholdSeconds': FRACTIONAL, '$1.shortAbandonSeconds': [...FRACTIONAL, ...OPTIONAL] },
    },
  ],
  mergeServiceLevelSummaries: [
    {
      args: [
        { thresholdSeconds: 20, shortAbandonSeconds: 5, answered: 10, answeredWithinThreshold: 8, abandoned: 4, abandonedWithinThreshold: 3, shortAbandoned: 1 },
        { thresholdSeconds: 20, shortAbandonSeconds: 5, answered: 10, answeredWithinThreshold: 8, abandoned: 4, abandonedWithinThreshold: 3, shortAbandoned: 1 },
      ],
      accepts: {
        '$0.thresholdSeconds': FRACTIONAL,
        '$1.thresholdSeconds': FRACTIONAL,
        // Warehouse counts may leave out the short-abandon threshold and count (read as 0).
        '$0.shortAbandonSeconds': [...FRACTIONAL, ...OPTIONAL],
        '$1.shortAbandonSeconds': [...FRACTIONAL, ...OPTIONAL],
        '$0.shortAbandoned': OPTIONAL,
        '$1.shortAbandoned': OPTIONAL,
      },
    },
    {
      args: [
        { thresholdSeconds: 20, shortAbandonSeconds: 0, answered: 10, answeredWithinThreshold: 8, abandoned: 4, abandonedWithinThreshold: 2, shortAbandoned: 0, abandonedWaitUnknown: 1 },
        { thresholdSeconds: 20, shortAbandonSeconds: 0, answered: 10, answeredWithinThreshold: 8, abandoned: 4, abandonedWithinThreshold: 2, shortAbandoned: 0, abandonedWaitUnknown: 1 },
      ],
      // A fractional short-abandon threshold is valid, but not with unknown waits (named there).
      accepts: {
        '$0.thresholdSeconds': FRACTIONAL,
        '$1.thresholdSeconds': FRACTIONAL,
        '$0.shortAbandonSeconds': [...FRACTIONAL, ...OPTIONAL],
        '$1.shortAbandonSeconds': [...FRACTIONAL, ...OPTIONAL],
        '$0.shortAbandoned': OPTIONAL,
        '$1.shortAbandoned': OPTIONAL,
        '$0.abandonedWaitUnknown': OPTIONAL,
        '$1.abandonedWaitUnknown': OPTIONAL,
      },
    },
  ],
  durationStats: [
    {
      args: [[240, 300, null, 180], { percentiles: [50, 90], thresholdSeconds: 200 }],
      accepts: { '$0[*]': [...FRACTIONAL, ...MISSING], '$1.percentiles': ['[]', ...OPTIONAL], '$1.percentiles[*]': FRACTIONAL, '$1.thresholdSeconds': [...FRACTIONAL, ...OPTIONAL] },
    },
  ],
  firstResponseTime: [
    {
      args: [[240, 300, null, 180], { percentiles: [50, 90], thresholdSeconds: 200 }],
      accepts: { '$0[*]': [...FRACTIONAL, ...MISSING], '$1.percentiles': ['[]', ...OPTIONAL], '$1.percentiles[*]': FRACTIONAL, '$1.thresholdSeconds': [...FRACTIONAL, ...OPTIONAL] },
    },
  ],
  timeToResolution: [
    {
      args: [[240, 300, null, 180], { percentiles: [50, 90], thresholdSeconds: 200 }],
      accepts: { '$0[*]': [...FRACTIONAL, ...MISSING], '$1.percentiles': ['[]', ...OPTIONAL], '$1.percentiles[*]': FRACTIONAL, '$1.thresholdSeconds': [...FRACTIONAL, ...OPTIONAL] },
    },
  ],
  durationPercentile: [{ args: [[240, 300, null, 180], { percentile: 90 }], accepts: { '$0[*]': [...FRACTIONAL, ...MISSING], '$1.percentile': FRACTIONAL } }],
  // An abandoned contact's wait may be unknown (null or absent); an answered one's may not.
  averageSpeedOfAnswer: [{ args: [queueLog], accepts: { '$0[*].waitSeconds': [...FRACTIONAL, ...MISSING] } }],
  averageWait: [{ args: [queueLog, { outcome: 'abandoned' }], accepts: { '$0[*].waitSeconds': FRACTIONAL, '$1.outcome': OPTIONAL } }],
  averageHandleTime: [
    {
      args: [[{ talkSeconds: 240, holdSeconds: 30, afterContactSeconds: 60 }, { talkSeconds: 150, holdSeconds: 0, afterContactSeconds: 45 }]],
      accepts: { '$0[*].talkSeconds': FRACTIONAL, '$0[*].holdSeconds': FRACTIONAL, '$0[*].afterContactSeconds': FRACTIONAL },
    },
  ],
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
  pChart: [
    { args: [[{ count: 40, size: 800 }, { count: 52, size: 900 }], { baseline: { points: 2 }, rules: 'nhs' }], accepts: { '$1.rules': [...OPTIONAL, '[]'] } },
    { args: [[{ count: 40, size: 800 }, { count: 52, size: 900 }], { baseline: { centre: 5, sigmaZ: 1.5 }, laney: true }], accepts: { '$1.baseline.centre': FRACTIONAL, '$1.baseline.sigmaZ': FRACTIONAL, '$1.laney': [...OPTIONAL, 'true'] } },
    { args: [[{ count: 40, size: 800 }, { count: 52, size: 900 }], { baseline: { from: '2026-03-01', to: '2026-03-03' }, periods: ['2026-03-01', '2026-03-02'], laney: true }], accepts: { '$1.laney': [...OPTIONAL, 'true'] } },
  ],
  uChart: [
    { args: [[{ count: 25, exposure: 10 }, { count: 30, exposure: 12 }], { baseline: { points: 2 }, rules: ['beyondLimits'] }], accepts: { '$0[*].exposure': FRACTIONAL, '$1.rules': [...OPTIONAL, '[]'] } },
    { args: [[{ count: 25, exposure: 10 }, { count: 30, exposure: 12 }], { baseline: { centre: 2.5, sigmaZ: 1.5 }, laney: true }], accepts: { '$0[*].exposure': FRACTIONAL, '$1.baseline.centre': FRACTIONAL, '$1.baseline.sigmaZ': FRACTIONAL, '$1.laney': [...OPTIONAL, 'true'] } },
    { args: [[{ count: 25, exposure: 10 }, { count: 30, exposure: 12 }], { baseline: { from: '2026-03-01', to: '2026-03-03' }, periods: ['2026-03-01', '2026-03-02'] }], accepts: { '$0[*].exposure': FRACTIONAL } },
  ],
  individualsChart: [
    { args: [[300, 310, 305], { baseline: { points: 3 } }], accepts: { '$0[*]': SIGNED } },
    { args: [[300, 310, 305], { baseline: { centre: 300, sigma: 5 } }], accepts: { '$0[*]': SIGNED, '$1.baseline.centre': SIGNED, '$1.baseline.sigma': FRACTIONAL } },
    { args: [[300, 310, 305], { baseline: { from: '2026-03-01', to: '2026-03-03' }, periods: ['2026-03-01', '2026-03-02', '2026-03-03'] }], accepts: { '$0[*]': SIGNED } },
  ],
  ewmaChart: [
    { args: [[10, 11, 9.5], { baseline: { centre: 10, sigma: 1 }, lambda: 0.2, width: 3 }], accepts: { '$0[*]': SIGNED, '$1.baseline.centre': SIGNED, '$1.baseline.sigma': FRACTIONAL, '$1.lambda': [...OPTIONAL], '$1.width': [...FRACTIONAL, ...OPTIONAL] } },
    { args: [[10, 11, 9.5], { baseline: { from: '2026-03-01', to: '2026-03-03' }, periods: ['2026-03-01', '2026-03-02', '2026-03-03'] }], accepts: { '$0[*]': SIGNED } },
  ],
  cusumChart: [
    { args: [[10, 11, 9.5], { baseline: { centre: 10, sigma: 1 }, allowance: 0.5, decisionInterval: 5 }], accepts: { '$0[*]': SIGNED, '$1.baseline.centre': SIGNED, '$1.baseline.sigma': FRACTIONAL, '$1.allowance': [...FRACTIONAL, ...OPTIONAL], '$1.decisionInterval': [...FRACTIONAL, ...OPTIONAL] } },
    { args: [[10, 11, 9.5], { baseline: { from: '2026-03-01', to: '2026-03-03' }, periods: ['2026-03-01', '2026-03-02', '2026-03-03'] }], accepts: { '$0[*]': SIGNED } },
  ],
  intradayReforecast: [
    { args: [{ forecast: [100, 100, 150], actual: [130] }], accepts: { '$0.forecast[*]': FRACTIONAL, '$0.actual[*]': FRACTIONAL } },
    {
      args: [{ forecast: [100, 100], actual: [130] }, { intervalSeconds: 1800, averageHandleSeconds: 180, targets: { serviceLevel: 80, thresholdSeconds: 20 }, scheduledAgents: [14, 14] }],
      accepts: { '$0.forecast[*]': FRACTIONAL, '$0.actual[*]': FRACTIONAL, '$1': OPTIONAL, '$1.intervalSeconds': FRACTIONAL, '$1.averageHandleSeconds': FRACTIONAL, '$1.scheduledAgents[*]': FRACTIONAL, '$1.targets.thresholdSeconds': [...FRACTIONAL, ...OPTIONAL], '$1.targets.serviceLevel': [...FRACTIONAL, ...OPTIONAL] },
    },
  ],
  linesRequired: [{ args: [{ trafficErlangs: 13.5, blocking: 0.01 }], accepts: { '$0.trafficErlangs': FRACTIONAL } }],
  trafficCapacity: [{ args: [{ lines: 15, blocking: 0.01 }] }],
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
  agentsRequiredWithAbandonment: [
    {
      args: [
        { ...workload, averagePatienceSeconds: 90 },
        { serviceLevel: 80, thresholdSeconds: 20, averageSpeedOfAnswer: 30, maxOccupancy: 90, maxAbandonment: 5, shrinkage: 0.3 },
      ],
      accepts: {
        ...workloadAccepts,
        '$0.averagePatienceSeconds': FRACTIONAL,
        '$1.serviceLevel': [...FRACTIONAL, ...OPTIONAL],
        '$1.thresholdSeconds': [...FRACTIONAL, ...OPTIONAL],
        '$1.averageSpeedOfAnswer': [...FRACTIONAL, ...OPTIONAL],
        '$1.maxOccupancy': [...FRACTIONAL, ...OPTIONAL],
        '$1.maxAbandonment': [...FRACTIONAL, ...OPTIONAL],
        '$1.shrinkage': OPTIONAL,
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
  exponentialSmoothing: [
    {
      args: [[10, 12, 14, 11, 13, 15, 12, 14], { model: 'ANN', horizon: 2, level: 0.8 }],
      accepts: { '$0[*]': FRACTIONAL, '$1.model': OPTIONAL, '$1.horizon': OPTIONAL, '$1.level': OPTIONAL },
    },
    {
      args: [[10, 12, 14, 11, 13, 15, 12, 14, 11, 13], { seasonLength: 2, model: 'MNM', simulations: 100, seed: 3, initialStates: 'heuristic' }],
      accepts: {
        '$0[*]': FRACTIONAL,
        '$1.seasonLength': OPTIONAL,
        '$1.model': OPTIONAL,
        '$1.simulations': OPTIONAL,
        '$1.seed': OPTIONAL,
        '$1.initialStates': OPTIONAL,
      },
    },
    {
      args: [[10, 12, 14, 11, 13, 15, 12, 14, 11, 13], { seasonLength: 2, secondSeasonLength: 4, model: 'AAA', horizon: 4 }],
      accepts: { '$0[*]': FRACTIONAL, '$1.seasonLength': OPTIONAL, '$1.secondSeasonLength': OPTIONAL, '$1.model': OPTIONAL, '$1.horizon': OPTIONAL },
    },
  ],
  forecastAccuracy: [
    {
      args: [{ actual: [10, 12, 9], forecast: [11, 11, 10], history: [8, 9, 11, 10] }, { seasonLength: 2 }],
      accepts: { '$0.actual[*]': SIGNED, '$0.forecast[*]': SIGNED, '$0.history[*]': SIGNED, '$0.history': OPTIONAL, '$1.seasonLength': OPTIONAL },
    },
  ],
  forecastBacktest: [
    {
      args: [[10, 12, 14, 11, 13, 15, 12, 14, 11, 13, 12, 14], { seasonLength: 2, secondSeasonLength: 4, horizon: 2, origins: 1, methods: ['ANA'] }],
      accepts: { '$0[*]': FRACTIONAL, '$1.seasonLength': OPTIONAL, '$1.secondSeasonLength': OPTIONAL, '$1.horizon': OPTIONAL, '$1.origins': OPTIONAL, '$1.methods': OPTIONAL },
    },
    {
      args: [[10, 12, 14, 11, 13, 15, 12, 14], { horizon: 1, origins: 2, step: 1, methods: ['seasonalNaive', 'ANN'] }],
      accepts: {
        '$0[*]': FRACTIONAL,
        '$1.horizon': OPTIONAL,
        '$1.origins': OPTIONAL,
        '$1.step': OPTIONAL,
        '$1.methods': OPTIONAL,
      },
    },
  ],
  // Statistics
  npsInterval: [
    {
      args: [[10, 9, 8, 3, 6, 10], { confidenceLevel: 0.9, method: 'score', populationSize: 1000, promotersFrom: 9, detractorsUpTo: 6 }],
      accepts: { '$0[*]': MISSING, ...confidence, '$1.promotersFrom': OPTIONAL, '$1.detractorsUpTo': OPTIONAL },
    },
  ],
  npsIntervalFromSummary: [{ args: [npsCounts, { confidenceLevel: 0.9, method: 'wald', populationSize: 1000 }], accepts: confidence }],
  npsVariance: [{ args: [npsCounts] }],
  npsStandardError: [{ args: [npsCounts, { populationSize: 1000 }], accepts: { '$1.populationSize': OPTIONAL } }],
  proportionInterval: [
    { args: [[true, false, null, 1, 0], { confidenceLevel: 0.9, method: 'wald' }], accepts: { '$0[*]': ['true', ...MISSING], '$1.confidenceLevel': OPTIONAL, '$1.method': OPTIONAL } },
  ],
  proportionIntervalFromSummary: [{ args: [{ successes: 40, trials: 100 }, { confidenceLevel: 0.95, method: 'agrestiCoull' }], accepts: confidence }],
  meanSummary: [{ args: [[3, 4.5, 5, null]], accepts: { '$0[*]': [...SIGNED, ...MISSING] } }],
  approximatePercentileSummary: [{ args: [[0, 4.5, 300, null], { relativeAccuracy: 0.02 }], accepts: { '$0[*]': [...FRACTIONAL, ...MISSING], '$1.relativeAccuracy': OPTIONAL } }],
  approximatePercentile: [
    { args: [[0, 4.5, 300, null], { percentile: 90, relativeAccuracy: 0.02 }], accepts: { '$0[*]': [...FRACTIONAL, ...MISSING], '$1.percentile': FRACTIONAL, '$1.relativeAccuracy': OPTIONAL } },
  ],
  approximatePercentileFromSummary: [{ args: [sketchValue, { percentile: 50 }], accepts: { '$0.unanswered': OPTIONAL, '$0.minimum': FRACTIONAL, '$0.maximum': FRACTIONAL, '$1.percentile': FRACTIONAL } }],
  mergeApproximatePercentileSummaries: [{ args: [sketchValue, sketchValue], accepts: { '$0.unanswered': OPTIONAL, '$1.unanswered': OPTIONAL, '$0.minimum': FRACTIONAL, '$1.minimum': FRACTIONAL, '$0.maximum': FRACTIONAL, '$1.maximum': FRACTIONAL } }],
  mean: [{ args: [[300, 420, null]], accepts: { '$0[*]': [...SIGNED, ...MISSING] } }],
  meanFromSummary: [
    { args: [meanSummaryValue], accepts: { '$0.mean': SIGNED, '$0.sumOfSquaredDeviations': [...FRACTIONAL, ...OPTIONAL], '$0.unanswered': OPTIONAL } },
  ],
  proportion: [{ args: [[true, false, null, 1, 0]], accepts: { '$0[*]': ['true', ...MISSING] } }],
  proportionSummary: [{ args: [[true, 0, null]], accepts: { '$0[*]': ['true', ...MISSING] } }],
  mergeProportionSummaries: [{ args: [{ successes: 40, trials: 100, unanswered: 2 }, { successes: 30, trials: 90 }], accepts: optionalUnanswered }],
  proportionFromSummary: [{ args: [{ successes: 40, trials: 100, unanswered: 2 }], accepts: { '$0.unanswered': OPTIONAL } }],
  slaAchievement: [{ args: [['achieved', 'breached', 'active', 'paused', null]], accepts: { '$0[*]': MISSING } }],
  slaAchievementSummary: [{ args: [['achieved', 'breached', null]], accepts: { '$0[*]': MISSING } }],
  mergeSlaAchievementSummaries: [
    {
      args: [{ achieved: 40, breached: 10, running: 3, unanswered: 1 }, { achieved: 30, breached: 5 }],
      accepts: { '$0.running': OPTIONAL, '$0.unanswered': OPTIONAL },
    },
  ],
  slaAchievementFromSummary: [{ args: [{ achieved: 40, breached: 10, running: 3, unanswered: 1 }], accepts: { '$0.running': OPTIONAL, '$0.unanswered': OPTIONAL } }],
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
  // Segments and periods
  npsMetric: [
    {
      args: [{ promotersFrom: 9, detractorsUpTo: 6, confidenceLevel: 0.9, method: 'wald' }],
      accepts: { '$0.promotersFrom': OPTIONAL, '$0.detractorsUpTo': OPTIONAL, '$0.confidenceLevel': OPTIONAL, '$0.method': OPTIONAL },
    },
  ],
  enpsMetric: [
    {
      args: [{ promotersFrom: 9, detractorsUpTo: 6, confidenceLevel: 0.9, method: 'score', testMethod: 'wald' }],
      accepts: {
        '$0.promotersFrom': OPTIONAL,
        '$0.detractorsUpTo': OPTIONAL,
        '$0.confidenceLevel': OPTIONAL,
        '$0.method': OPTIONAL,
        '$0.testMethod': OPTIONAL,
      },
    },
  ],
  nevMetric: [
    {
      args: [{ labels: { '🙂': 'positive' }, confidenceLevel: 0.9, method: 'wald' }],
      accepts: { '$0.labels': ['{}', ...OPTIONAL], '$0.confidenceLevel': OPTIONAL, '$0.method': OPTIONAL },
    },
  ],
  nevIntensityMetric: [{ args: [{ scaleMin: 1, scaleMax: 5 }], accepts: { '$0.scaleMin': ['-1', ...OPTIONAL], '$0.scaleMax': OPTIONAL } }],
  cesMetric: [
    {
      args: [{ scaleMin: 1, scaleMax: 7, easyEnd: 'high', easyBoxes: 3, difficultBoxes: 3, report: 'net', confidenceLevel: 0.9 }],
      accepts: {
        '$0.scaleMin': ['-1', ...OPTIONAL],
        '$0.scaleMax': OPTIONAL,
        '$0.easyEnd': OPTIONAL,
        '$0.easyBoxes': OPTIONAL,
        '$0.difficultBoxes': OPTIONAL,
        '$0.report': OPTIONAL,
        '$0.confidenceLevel': OPTIONAL,
      },
    },
  ],
  engagementIndexMetric: [
    {
      args: [{ scaleMin: 1, scaleMax: 5, method: 'percentFavourable', favourableFrom: 4, confidenceLevel: 0.9 }],
      accepts: {
        '$0.scaleMin': ['-1', ...OPTIONAL],
        '$0.scaleMax': OPTIONAL,
        '$0.method': OPTIONAL,
        '$0.favourableFrom': OPTIONAL,
        '$0.confidenceLevel': OPTIONAL,
      },
    },
  ],
  csatMetric: [
    {
      args: [{ scaleMin: 1, scaleMax: 5, satisfiedFrom: 4, confidenceLevel: 0.9 }],
      accepts: { '$0.scaleMin': ['-1', ...OPTIONAL], '$0.scaleMax': OPTIONAL, '$0.satisfiedFrom': OPTIONAL, '$0.confidenceLevel': OPTIONAL },
    },
  ],
  csatMeanMetric: [
    {
      args: [{ scaleMin: 1, scaleMax: 5, confidenceLevel: 0.9 }],
      accepts: { '$0.scaleMin': ['-1', ...OPTIONAL], '$0.scaleMax': OPTIONAL, '$0.confidenceLevel': OPTIONAL },
    },
  ],
  meanMetric: [{ args: [{ confidenceLevel: 0.9 }], accepts: { '$0.confidenceLevel': OPTIONAL } }],
  approximatePercentileMetric: [{ args: [{ percentile: 90, relativeAccuracy: 0.02 }], accepts: { '$0.percentile': FRACTIONAL, '$0.relativeAccuracy': OPTIONAL } }],
  proportionMetric: [{ args: [{ confidenceLevel: 0.9 }], accepts: { '$0.confidenceLevel': OPTIONAL } }],
  slaAchievementMetric: [{ args: [{ confidenceLevel: 0.9 }], accepts: { '$0.confidenceLevel': OPTIONAL } }],
  serviceLevelMetric: [
    {
      args: [{ thresholdSeconds: 20, shortAbandonSeconds: 5, variant: 'abandonedWithinThresholdAsMet', confidenceLevel: 0.9 }],
      accepts: { '$0.thresholdSeconds': FRACTIONAL, '$0.shortAbandonSeconds': [...FRACTIONAL, ...OPTIONAL], '$0.variant': OPTIONAL, '$0.confidenceLevel': OPTIONAL },
    },
  ],
  abandonmentRateMetric: [
    { args: [{ shortAbandonSeconds: 5, confidenceLevel: 0.9 }], accepts: { '$0.shortAbandonSeconds': [...FRACTIONAL, ...OPTIONAL], '$0.confidenceLevel': OPTIONAL } },
  ],
  firstContactResolutionMetric: [{ args: [{ confidenceLevel: 0.9 }], accepts: { '$0.confidenceLevel': OPTIONAL } }],
  contactMixMetric: [{ args: [{ category: 'email', confidenceLevel: 0.9 }], accepts: { '$0.category': ["'7'"], '$0.confidenceLevel': OPTIONAL } }],
  groupBy: [
    {
      args: [keyRows, { key: (row: Row) => row?.['key'], value: scoreOf, metric: npsMetric(), minimumAnswers: 2 }],
      accepts: { ...segmentRowAccepts, '$1.minimumAnswers': OPTIONAL, ...segmentAccepts('$1.metric') },
    },
  ],
  groupSummaries: [
    { args: [keyedNps, { metric: npsMetric(), minimumAnswers: 2 }], accepts: { ...keyedSummaryAccepts, '$1.minimumAnswers': OPTIONAL, ...segmentAccepts('$1.metric') } },
    ...segmentCases.map(({ metric, entries, accepts }) => ({
      args: [entries, { metric }],
      accepts: { ...keyedSummaryAccepts, ...accepts, ...segmentAccepts('$1.metric') },
    })),
  ],
  rollingSeries: [
    { args: [keyedNps, { metric: npsMetric(), window: 2, minimumAnswers: 2 }], accepts: { ...keyedSummaryAccepts, '$1.minimumAnswers': OPTIONAL, ...segmentAccepts('$1.metric') } },
  ],
  businessCalendar: [{ args: [businessCalendarJson], accepts: businessCalendarAccepts }],
  businessSecondsBetween: [{ args: [businessCalendarJson, businessStart, businessEnd], accepts: businessCalendarAccepts }],
  addBusinessSeconds: [{ args: [businessCalendarJson, businessStart, 36_000], accepts: businessCalendarAccepts }],
  isBusinessTime: [{ args: [businessCalendarJson, businessStart], accepts: businessCalendarAccepts }],
  nextBusinessOpening: [{ args: [businessCalendarJson, businessStart], accepts: businessCalendarAccepts }],
  slaClocks: [{ args: [slaTicket, slaPolicy, { now: Date.UTC(2026, 11, 2) }], accepts: slaAccepts }],
  periodKey: [
    { args: ['2026-11-25T09:30:00Z', 'week'] },
    { args: [Date.UTC(2026, 10, 30, 23, 30), 'month', { timeZone: 'Europe/Paris' }], accepts: { '$2.timeZone': OPTIONAL } },
  ],
  periodSeries: [
    {
      args: [
        timeRows,
        {
          time: (row: Row) => row?.['time'],
          period: 'day',
          timeZone: 'Europe/London',
          value: scoreOf,
          metric: npsMetric(),
          minimumAnswers: 2,
          fillGaps: false,
        },
      ],
      accepts: {
        ...segmentRowAccepts,
        '$1.timeZone': OPTIONAL,
        '$1.minimumAnswers': OPTIONAL,
        '$1.fillGaps': ['true', ...OPTIONAL],
        ...segmentAccepts('$1.metric'),
      },
    },
    {
      // Weeks in UTC, gaps filled (the default).
      args: [timeRows, { time: (row: Row) => row?.['time'], period: 'week', value: scoreOf, metric: npsMetric() }],
      accepts: { ...segmentRowAccepts, ...segmentAccepts('$1.metric') },
    },
  ],
  periodSeriesFromSummaries: [
    {
      args: [monthlyNps, { period: 'month', metric: npsMetric(), minimumAnswers: 2, fillGaps: true }],
      accepts: { '$0[*].summary.unanswered': OPTIONAL, '$1.minimumAnswers': OPTIONAL, '$1.fillGaps': ['true', ...OPTIONAL], ...segmentAccepts('$1.metric') },
    },
  ],
  compareGroups: [
    {
      args: [monthlyNps, { metric: npsMetric(), against: { key: '2026-10' }, adjustment: 'bonferroni' }],
      accepts: { ...keyedSummaryAccepts, '$1.adjustment': OPTIONAL, ...segmentAccepts('$1.metric') },
    },
    ...segmentCases.flatMap(({ metric, entries, accepts }) => [
      {
        args: [entries, { metric, against: 'previous', adjustment: 'holm' }],
        // Only the comparison the baseline needs is required.
        accepts: { ...keyedSummaryAccepts, ...accepts, '$1.adjustment': OPTIONAL, ...segmentAccepts('$1.metric') },
      },
      {
        args: [entries, { metric, against: { target: 3 } }],
        accepts: { ...keyedSummaryAccepts, ...accepts, '$1.against.target': SIGNED, ...segmentAccepts('$1.metric') },
      },
    ]),
  ],
};
return VALID;
}

/**
 * Functions whose last argument is a summary (or counts of its shape), so it may carry extra
 * keys (a warehouse row with more columns): the unknown-key sweep leaves them out. Every other
 * function's last plain-object argument is its options (or targets, plan, input, a formula's
 * named amounts, contactMix's accessors), where an unknown key is a typo: `UNKNOWN_VALUE`.
 */
const RECORD_LAST: ReadonlySet<string> = new Set([
  // Summaries and counts (warehouse rows may carry their key columns).
  'mergeNpsSummaries', 'npsFromSummary', 'mergeCsatSummaries', 'csatMeanFromSummary', 'mergeCesSummaries',
  'enpsFromSummary', 'mergeEngagementIndexSummaries', 'mergeNevSummaries', 'nevFromSummary',
  'mergeNevIntensitySummaries', 'nevIntensityFromSummary', 'mergeServqualSummaries', 'mergeMeanSummaries',
  'npsVariance', 'mergeAbandonmentRateSummaries', 'abandonmentRateFromSummary', 'mergeServiceLevelSummaries',
  'serviceLevelFromSummary', 'meanFromSummary', 'mergeProportionSummaries', 'proportionFromSummary',
  'mergeSlaAchievementSummaries', 'slaAchievementFromSummary',
  'mergeContactMixSummaries', 'contactMixFromSummary', 'firstContactResolutionFromSummary',
  'mergeFirstContactResolutionSummaries', 'mergeAgentRatingsSummaries', 'mergeApproximatePercentileSummaries',
  'approximatePercentileFromSummary',
  // Two summaries, no options in the valid call.
  'compareProportions',
  // Formula inputs (`retentionRate(counts)`, `erlangC(input)`) and contactMix's accessors are
  // strict like options (an unknown key is `UNKNOWN_VALUE`), so they are swept here too.
]);

// ── the exports ──────────────────────────────────────────────────────────────────────────

const exported = library as Readonly<Record<string, unknown>>;
const functions: readonly (readonly [string, Call])[] = Object.entries(exported)
  .filter(([name]) => !NOT_METRICS.has(name))
  .map(([name, value]) => [name, value as Call] as const);

/** Each export's TSDoc, for its `@param` names and its `@throws`. */
const comments = docComments();

// ── the rule ─────────────────────────────────────────────────────────────────────────────

/** The error codes each function was seen to throw in the sweeps, for the `@throws` check. */
const thrown = new Map<string, Map<string, Set<string>>>();
function codesThrown(name: string): Map<string, Set<string>> {
  let codes = thrown.get(name);
  if (codes === undefined) thrown.set(name, (codes = new Map<string, Set<string>>()));
  return codes;
}

/** Every non-finite number and every `-0` inside a result, with where it is. */
function nonFiniteNumbers(value: unknown, path = 'result', seen = new Set<object>()): string[] {
  if (typeof value === 'number') {
    if (Object.is(value, -0)) return [`${path} = -0`];
    return Number.isFinite(value) ? [] : [`${path} = ${String(value)}`];
  }
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([key, inner]) => nonFiniteNumbers(inner, `${path}.${key}`, seen));
}

/**
 * What a call did: the `MetricInputError` it threw, if any, and a description of how it broke the
 * generic rule, if it did. With `name` undefined, the error may be for any function (its
 * message must still start with that function's name).
 */
function breach(name: string | undefined, call: () => unknown): { error?: MetricInputError; problem?: string } {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    if (!(error instanceof MetricInputError)) {
      return { problem: `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}` };
    }
    if (name !== undefined && error.metric !== name) return { error, problem: `threw a MetricInputError for "${error.metric}"` };
    if (!error.message.startsWith(`${error.metric}: `)) {
      return { error, problem: `message "${error.message}" does not start with "${error.metric}: "` };
    }
    if (!CODES.has(error.code)) return { error, problem: `unknown code ${error.code}` };
    if (typeof error.field !== 'string' || error.field === '') return { error, problem: 'an empty field' };
    // The rules every function shares (docs/conventions.md, "Inputs") need no mention in each
    // @throws: an unknown option key, and a bigint beyond ±(2⁵³ − 1).
    const common = error.expected.startsWith('an option key') || typeof error.received === 'bigint';
    if (name !== undefined && !common) {
      const codes = codesThrown(name);
      codes.set(error.code, (codes.get(error.code) ?? new Set()).add(error.field));
    }
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
function fieldNames(): readonly string[] {
  return [
    ...new Set(
      Object.values(validCalls())
        .flat()
        .flatMap((call) => places(call.args).map((place) => place.path.at(-1)))
        .filter((key): key is string => typeof key === 'string'),
    ),
  ];
}

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
  const names = fieldNames();
  return Object.values(BAD).flatMap((bad) => {
    const object = Object.fromEntries(names.map((name) => [name, bad]));
    return [object, [bad, bad, bad], [object, object]];
  });
}

function genericArgumentLists(valid: readonly ValidCall[] | undefined): unknown[][] {
  const lists: unknown[][] = [[]];
  const poison = poisoned();
  for (const value of scalars()) lists.push([value], [value, value], [value, value, value]);
  for (const value of poison) lists.push([value], [value, value]);
  for (const { args } of valid ?? []) {
    for (let i = 0; i < Math.max(args.length, 3); i++) {
      for (const value of [...scalars(), ...poison]) {
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

  test('every export has a valid example', () => {
    const VALID = validCalls();
    const missing = functions.map(([name]) => name).filter((name) => VALID[name] === undefined);
    expect(missing, 'every export needs a valid example in test/badInput.test.ts (add it to VALID)').toEqual([]);
  });

  test('every valid example names an export', () => {
    expect(Object.keys(validCalls()).filter((name) => typeof exported[name] !== 'function')).toEqual([]);
  });
});

describe.each(functions)('%s', (name, fn) => {
  // Its valid calls are looked up inside each test (see `validCalls`); a missing entry fails
  // 'every export has a valid example' above, and the tests below that need one.
  const validOf = (): readonly ValidCall[] => {
    const valid = validCalls()[name];
    expect(valid, `a VALID entry for ${name}`).toBeDefined();
    return valid ?? [];
  };

  test('a battery of bad arguments gives a MetricInputError naming it, or finite numbers', () => {
    const problems = genericArgumentLists(validCalls()[name]).flatMap((args) => {
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

  test('its valid examples are valid', () => {
    for (const { args } of validOf()) {
      const { error, problem } = breach(name, run(fn, args));
      expect(problem, `${name}${describeArgs(args)}`).toBeUndefined();
      expect(error, `${name}${describeArgs(args)} threw ${error?.message ?? ''}`).toBeUndefined();
    }
  });

  if (!RECORD_LAST.has(name)) {
    test('options: an unknown key is UNKNOWN_VALUE, a non-plain object WRONG_TYPE', () => {
      const problems: string[] = [];
      for (const { args } of validOf()) {
        const last = args.length - 1;
        const options = args[last];
        if (typeof options !== 'object' || options === null || Object.getPrototypeOf(options) !== Object.prototype) continue;
        const typo = { error: breach(name, run(fn, [...args.slice(0, last), { ...options, notAnOption: 1 }])).error };
        if (typo.error?.code !== 'UNKNOWN_VALUE' || !/^\w+\.notAnOption$/.test(typo.error.field)) {
          problems.push(`${name}: an unknown key gave ${typo.error ? `${typo.error.code} on ${typo.error.field}` : 'no error'}`);
        }
        const date = breach(name, run(fn, [...args.slice(0, last), new Date(0)])).error;
        if (date?.code !== 'WRONG_TYPE' || !/^\w+$/.test(date.field)) {
          problems.push(`${name}: a Date as options gave ${date ? `${date.code} on ${date.field}` : 'no error'}`);
        }
      }
      expect(problems.join('\n')).toBe('');
    });
  }

  test('each bad value at each place of a valid call is rejected, naming the place', () => {
    // A field of an object argument is named as a path from a parameter of the signature.
    const parameters = [...(comments.get(name) ?? '').matchAll(/@param (\w+)/g)].map(([, parameter]) => parameter!);
    const problems: string[] = [];
    for (const call of validOf()) {
      for (const place of places(call.args)) {
        const accepted = acceptsAt(call, place.pattern);
        for (const [label, value] of Object.entries(BAD) as [BadLabel, unknown][]) {
          const { error, problem } = breach(name, run(fn, replaced(call.args, place.path, value)));
          const at = `${name}: ${place.pattern} = ${label}`;
          if (problem !== undefined) problems.push(`${at}: ${problem}`);
          else if (accepted.includes(label)) continue;
          else if (error === undefined) problems.push(`${at}: accepted (if it is valid there, list it in accepts)`);
          else if (!error.field.includes(place.token)) problems.push(`${at}: error.field is "${error.field}" (${error.code}), not naming ${place.token}`);
          else if (typeof place.path[1] === 'string' && !parameters.some((parameter) => error.field.startsWith(`${parameter}.`))) {
            problems.push(`${at}: error.field "${error.field}" does not start with a parameter (${parameters.join(', ')})`);
          }
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
      const valid = validOf();
      const call = valid[which % valid.length]!;
      const all = places(call.args);
      const place = all[where % all.length];
      if (place === undefined) return;
      const { problem } = breach(name, run(fn, replaced(call.args, place.path, value)));
      expect(problem, `${name}: ${place.pattern} = ${show(value)}`).toBeUndefined();
    },
  );
});

// ── functions that functions return ──────────────────────────────────────────────────────

/**
 * Functions returned by a valid call (the members of `npsMetric()`: `summarise`, `merge`,
 * `value`…), by where they are: the same rule holds for them, except that their errors may name
 * the library function they use (`npsFromSummary`), as they have no exported name of their own.
 */
function returnedFunctions(name: string): (readonly [string, Call, unknown])[] {
  return (validCalls()[name] ?? []).flatMap(({ args }, i) => {
    const result = (exported[name] as Call)(...args);
    if (typeof result !== 'object' || result === null) return [];
    const members = Object.entries(result).filter((entry): entry is [string, Call] => typeof entry[1] === 'function');
    // A valid argument to pair with bad ones: the empty summary, where the result summarises.
    const summarise = members.find(([member]) => member === 'summarise')?.[1];
    const empty = summarise?.([]);
    return members.map(([member, fn]) => [`${name}(VALID[${String(i)}]).${member}`, fn, empty] as const);
  });
}

test('the sweep below reaches returned functions (the members of npsMetric())', () => {
  expect(returnedFunctions('npsMetric').length).toBeGreaterThan(0);
});

// Per export, as the returned functions are only known once its valid calls run (inside the test).
describe.each(functions.map(([name]) => name))('functions that %s returns', (name) => {
  test('bad arguments give a MetricInputError, or finite numbers', () => {
    const problems = returnedFunctions(name).flatMap(([where, fn, empty]) => {
      const lists = [...genericArgumentLists(undefined), [empty], [empty, empty], [empty, 3]];
      for (const value of [...scalars(), ...poisoned()]) lists.push([empty, value], [value, empty]);
      return lists.flatMap((args) => {
        const { problem } = breach(undefined, run(fn, args));
        return problem === undefined ? [] : [`${where}${describeArgs(args)} ${problem}`];
      });
    });
    expect(problems.join('\n')).toBe('');
  });
});

// ── merges past 2⁵³ − 1 ──────────────────────────────────────────────────────────────────

const MAX = Number.MAX_SAFE_INTEGER;

/**
 * For each merge, two summaries each within range whose merged count passes 2⁵³ − 1 (a double
 * no longer counts one by one there, and the merged summary would fail its own check), and the
 * field of b the `OUT_OF_RANGE` error must name: `MERGE_OVERFLOWS`, built inside the tests, as
 * `VALID` is (see `validCalls`).
 */
function mergeOverflows(): Readonly<Record<string, { readonly args: readonly [unknown, unknown]; readonly field: string }>> {
const smallSummary = smallSummaryOf();
const MERGE_OVERFLOWS: Readonly<Record<string, { readonly args: readonly [unknown, unknown]; readonly field: string }>> = {
  mergeNpsSummaries: { args: [{ ...npsSummaryValue, promoters: MAX - 1 }, npsSummaryValue], field: 'b.promoters' },
  mergeNevSummaries: { args: [nevSummaryValue, { ...nevSummaryValue, unanswered: MAX }], field: 'b.unanswered' },
  mergeNevIntensitySummaries: {
    // Sums of intensities are whole numbers within ±(2⁵³ − 1) too.
    args: [{ ...nevIntensitySummaryValue, negativeSum: -MAX }, { ...nevIntensitySummaryValue, negativeSum: -3 }],
    field: 'b.negativeSum',
  },
  mergeCsatSummaries: { args: [{ ...csatSummaryValue, counts: [MAX - 3, 0, 0, 0, 0] }, csatSummaryValue], field: 'b.counts' },
  mergeCesSummaries: {
    args: [{ ...csatSummaryValue, counts: [0, 0, 0, 0, MAX], easyEnd: 'low' }, { ...csatSummaryValue, easyEnd: 'low' }],
    field: 'b.counts',
  },
  mergeEngagementIndexSummaries: { args: [csatSummaryValue, { ...csatSummaryValue, unanswered: MAX }], field: 'b.unanswered' },
  mergeAgentRatingsSummaries: { args: [agentSummaries, [{ ...agentSummaries[0]!, count: MAX }]], field: 'b[0].count' },
  mergeAbandonmentRateSummaries: { args: [{ offered: MAX, abandoned: 0, shortAbandoned: 0 }, abandonmentCounts], field: 'b.offered' },
  mergeContactMixSummaries: { args: [mixSummary, { ...mixSummary, unclassified: MAX }], field: 'b.unclassified' },
  mergeServiceLevelSummaries: {
    args: [
      { thresholdSeconds: 20, shortAbandonSeconds: 5, answered: MAX, answeredWithinThreshold: 0, abandoned: 0, abandonedWithinThreshold: 0, shortAbandoned: 0 },
      { thresholdSeconds: 20, shortAbandonSeconds: 5, answered: 1, answeredWithinThreshold: 1, abandoned: 0, abandonedWithinThreshold: 0, shortAbandoned: 0 },
    ],
    field: 'b.answered',
  },
  mergeFirstContactResolutionSummaries: { args: [{ ...fcrSummaryValue, tooRecent: MAX }, fcrSummaryValue], field: 'b.tooRecent' },
  mergeProportionSummaries: { args: [{ successes: 0, trials: MAX, unanswered: 0 }, { successes: 1, trials: 1 }], field: 'b.trials' },
  mergeSlaAchievementSummaries: { args: [{ achieved: MAX, breached: 0 }, { achieved: 1, breached: 1 }], field: 'b.achieved' },
  mergeServqualSummaries: { args: [{ ...smallSummary, unanswered: 1 }, { ...smallSummary, unanswered: MAX }], field: 'b.unanswered' },
  mergeMeanSummaries: { args: [meanSummaryValue, { ...meanSummaryValue, count: MAX }], field: 'b.count' },
  mergeApproximatePercentileSummaries: { args: [sketchValue, { ...sketchValue, unanswered: MAX }], field: 'b.unanswered' },
};
return MERGE_OVERFLOWS;
}
const merges = functions.map(([name]) => name).filter((name) => name.startsWith('merge'));

describe('merges past 2⁵³ − 1', () => {
  test('every merge has a case, and every case is a merge', () => {
    const MERGE_OVERFLOWS = mergeOverflows();
    expect(merges.filter((name) => MERGE_OVERFLOWS[name] === undefined)).toEqual([]);
    expect(Object.keys(MERGE_OVERFLOWS).filter((name) => !merges.includes(name))).toEqual([]);
  });

  test.each(merges)('%s: OUT_OF_RANGE, naming the count of b', (name) => {
    const overflow = mergeOverflows()[name];
    expect(overflow, `a case in MERGE_OVERFLOWS for ${name}`).toBeDefined();
    const { args, field } = overflow ?? { args: [], field: '' };
    const { error, problem } = breach(name, run(exported[name] as Call, args));
    expect(problem).toBeUndefined();
    expect({ code: error?.code, field: error?.field }).toStrictEqual({ code: 'OUT_OF_RANGE', field });
  });
});

// ── the documented codes ─────────────────────────────────────────────────────────────────

/** The TSDoc of each exported function (of its first overload), by name, read from src/. */
function docComments(): ReadonlyMap<string, string> {
  const comments = new Map<string, string>();
  const root = fileURLToPath(new URL('../src/', import.meta.url));
  for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
    const text = readFileSync(join(root, file), 'utf8');
    for (const [, comment, name] of text.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export function (\w+)/g)) {
      if (!comments.has(name!)) comments.set(name!, comment!);
    }
  }
  return comments;
}

/** The `@throws` of `name` and of every function it refers to (`as {@link nps} does`), in turn. */
function linkedThrows(comments: ReadonlyMap<string, string>, name: string, seen = new Set<string>()): string[] {
  if (seen.has(name)) return [];
  seen.add(name);
  const own = throwsText(comments.get(name) ?? '');
  return [own, ...[...own.matchAll(/\{@link (\w+)\}/g)].flatMap(([, other]) => linkedThrows(comments, other!, seen))];
}

/** Fields that a metric given to groupBy, compareGroups… reads: the values, and each summary. */
const METRIC_READS = /^\w+\[\d+\]$|\.summary\b/;

/** The text of a comment's `@throws` tag, up to the next tag. */
function throwsText(comment: string): string {
  return /@throws([\s\S]*?)(?=\n\s*\*\s*@(?!link)|$)/.exec(comment)?.[1] ?? '';
}

// Runs after the sweeps above (tests in a file run in order): every code a function was seen to
// throw must be named in its `@throws`, so that a reader can trust the list.
/** The codes of the common input checks, tabled once in MetricInputErrorCode's doc. */
const COMMON_CODES: ReadonlySet<string> = new Set(['WRONG_TYPE', 'NOT_FINITE', 'NEGATIVE', 'NOT_INTEGER', 'OUT_OF_RANGE', 'UNKNOWN_VALUE']);

describe('@throws names every error code a function throws (the common ones by a phrase)', () => {
  test.each(functions.map(([name]) => name))('%s', (name) => {
    const own = throwsText(comments.get(name) ?? '');
    expect(own, `${name} has no @throws`).not.toBe('');
    expect(codesThrown(name).size, 'run the whole file: the sweeps above collect the codes').toBeGreaterThan(0);
    // "as {@link nps} does": the codes of the functions a @throws refers to count as named.
    const documented = linkedThrows(comments, name).join('\n');
    // Functions that take a metric (groupBy, compareGroups…) pass on its errors for the values and
    // summaries it reads, whatever their code; their own fields are held to the rule.
    const passesMetricErrors = /the metric's errors|any error the metric raises/.test(own);
    // "the common input checks" names the codes every parameter is checked with (the table of
    // MetricInputErrorCode); what is specific to the function (EMPTY, INCONSISTENT, UNSTABLE)
    // must still be named.
    const common = documented.includes('common input checks') ? COMMON_CODES : new Set<string>();
    const missing = [...codesThrown(name)]
      .map(([code, fields]) => [code, [...fields].filter((field) => !(passesMetricErrors && METRIC_READS.test(field)))] as const)
      .filter(([code, fields]) => fields.length > 0 && !common.has(code) && !new RegExp(`\\b${code}\\b`).test(documented))
      .map(([code, fields]) => `${code} (${fields.join(' ')})`);
    expect(missing.join(', '), `codes ${name} throws but its @throws does not name`).toBe('');
  });
});
