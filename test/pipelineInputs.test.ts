/**
 * The inputs real pipelines send (issue 9): bigint from DuckDB / Arrow Int64, typed arrays and
 * other iterables, sparse arrays, options objects that are not plain, typos in option keys, -0.
 * Every expected number is hand arithmetic, written beside it.
 */
import { describe, expect, test } from 'vitest';
import { expectMetricError, iterate } from './helpers.js';
import {
  agentsRequired,
  averageSpeedOfAnswer,
  costPerTicket,
  durationPercentile,
  erlangC,
  occupancy,
  csat,
  csatFromSummary,
  durationStats,
  meanSummary,
  mergeCsatSummaries,
  mergeServqualSummaries,
  nps,
  npsFromSummary,
  npsSummary,
  retentionRate,
  serviceLevel,
  serviceLevelFromSummary,
  serviceLevelSummary,
  servqualFromSummary,
  servqualSummary,
  type ServqualInstrument,
} from '../src/index.js';

describe('bigint (DuckDB, Arrow Int64, BigInt64Array) where a whole number is expected', () => {
  test('scores, counts and durations are read exactly', () => {
    // 2 promoters, 1 detractor of 3: 100 × (2 − 1) / 3 = 33.33…
    expect(nps([9n, 10n, 3n] as never)).toBeCloseTo(100 / 3, 12);
    expect(nps(BigInt64Array.from([9n, 10n, 3n]) as never)).toBeCloseTo(100 / 3, 12);
    expect(nps([{ s: 9n }, { s: 3n }], (row) => row.s as never)).toBe(0); // (1 − 1) / 2
    // 52 promoters, 18 detractors of 100: 34.
    expect(npsFromSummary({ promoters: 52n, passives: 30n, detractors: 18n })).toBe(34);
    // Satisfied (4 and 5) 3 of 4 answers: 75.
    expect(csat([5n, 4n, 4n, 1n] as never)).toBe(75);
    expect(csatFromSummary({ scaleMin: 1, scaleMax: 5, counts: [1n, 0n, 0n, 2n, 1n], unanswered: 0n })).toBe(75);
    // (190 − 30) / 200 = 80 %.
    expect(retentionRate({ customersAtStart: 200n, customersAtEnd: 190n, newCustomers: 30n })).toBe(80);
    // (10 + 20 + 30) / 3 = 20 s.
    expect(durationStats([10n, 20n, 30n] as never).meanSeconds).toBe(20);
    // mean of 1 and 2 = 1.5, deviations ±0.5 squared = 0.5.
    expect(meanSummary([1n, 2n] as never)).toEqual({ count: 2, mean: 1.5, sumOfSquaredDeviations: 0.5, unanswered: 0 });
    // 2⁵³ − 1 is the largest count read exactly.
    expect(npsFromSummary({ promoters: 2n ** 53n - 1n, passives: 0, detractors: 0 })).toBe(100);
  });

  test('named amounts of a formula take bigints too, in types and at run time, with the same result', () => {
    // Each pair: the input with numbers, and the same whole numbers as bigints (a DuckDB row).
    expect(retentionRate({ customersAtStart: 200n, customersAtEnd: 190n, newCustomers: 30n })).toBe(
      retentionRate({ customersAtStart: 200, customersAtEnd: 190, newCustomers: 30 }),
    );
    expect(erlangC({ agents: 12n, trafficErlangs: 10n })).toBe(erlangC({ agents: 12, trafficErlangs: 10 }));
    expect(occupancy({ handleSeconds: 3000n, idleSeconds: 600n })).toBe(occupancy({ handleSeconds: 3000, idleSeconds: 600 }));
    expect(costPerTicket({ totalCost: 72000n, resolvedTickets: 1200n })).toBe(60); // 72,000 / 1,200
    const workload = { contacts: 100n, intervalSeconds: 1800n, averageHandleSeconds: 180n };
    expect(agentsRequired(workload, { serviceLevel: 80, thresholdSeconds: 20 })).toEqual(
      agentsRequired({ contacts: 100, intervalSeconds: 1800, averageHandleSeconds: 180 }, { serviceLevel: 80, thresholdSeconds: 20 }),
    );
  });

  test('a contact log of bigint waits (a DuckDB INTEGER column) gives what numbers give', () => {
    // 2 of 3 answered within 20 s (10, 20); the abandon at 30 s counts as missed: 66.67 %.
    const log = [
      { waitSeconds: 10n, outcome: 'answered' },
      { waitSeconds: 20n, outcome: 'answered' },
      { waitSeconds: 30n, outcome: 'abandoned' },
    ] as const;
    expect(serviceLevel(log, { thresholdSeconds: 20 })).toBeCloseTo(200 / 3, 12);
    expect(averageSpeedOfAnswer(log)).toBe(15);
  });

  test('beyond ±(2⁵³ − 1) is OUT_OF_RANGE, and the message names the type', () => {
    const error = expectMetricError(() => nps([9, 2n ** 63n] as never), { metric: 'nps', code: 'OUT_OF_RANGE', field: 'scores[1]' });
    expect(error.message).toBe('nps: scores[1] must be an integer from 0 to 10; received 9223372036854775808n (a bigint)');
    expectMetricError(() => npsFromSummary({ promoters: 2n ** 53n, passives: 0, detractors: 0 }), {
      metric: 'npsFromSummary',
      code: 'OUT_OF_RANGE',
      field: 'summary.promoters',
    });
    // A bigint that is a valid number but not a valid score is still refused, with its type.
    const eleven = expectMetricError(() => nps([11n] as never), { metric: 'nps', code: 'OUT_OF_RANGE', field: 'scores[0]' });
    expect(eleven.message).toBe('nps: scores[0] must be an integer from 0 to 10; received 11n (a bigint)');
  });

  test('a string is refused, and the message says it is a string', () => {
    const error = expectMetricError(() => nps(['9'] as never), { metric: 'nps', code: 'WRONG_TYPE', field: 'scores[0]' });
    expect(error.message).toBe('nps: scores[0] must be an integer from 0 to 10; received "9" (a string)');
  });
});

describe('typed arrays and iterables in summaries and options', () => {
  test('CSAT counts and duration percentiles from typed arrays and Sets', () => {
    expect(csatFromSummary({ scaleMin: 1, scaleMax: 5, counts: Uint32Array.from([1, 0, 0, 2, 1]), unanswered: 0 })).toBe(75);
    // Nearest-rank-free check: the median (50th) of 10, 20, 30 is 20 by any definition.
    expect(durationStats([10, 20, 30], { percentiles: new Set([50]) as never }).percentiles).toEqual({ 50: 20 });
    expect(durationStats([10, 20, 30], { percentiles: Float64Array.from([50]) as never }).percentiles).toEqual({ 50: 20 });
  });
});

describe('holes in sparse arrays', () => {
  // eslint-disable-next-line no-sparse-arrays
  const holed = [5, , 10, 20, 10];
  test('a hole in a summary list is WRONG_TYPE naming its index', () => {
    expectMetricError(() => csatFromSummary({ scaleMin: 1, scaleMax: 5, counts: holed as number[], unanswered: 0 }), {
      metric: 'csatFromSummary',
      code: 'WRONG_TYPE',
      field: 'summary.counts[1]',
    });
    const good = { scaleMin: 1, scaleMax: 5, counts: [1, 1, 1, 1, 1], unanswered: 0 };
    expectMetricError(() => mergeCsatSummaries(good, { ...good, counts: holed as number[] }), {
      metric: 'mergeCsatSummaries',
      code: 'WRONG_TYPE',
      field: 'b.counts[1]',
    });
    // eslint-disable-next-line no-sparse-arrays
    expectMetricError(() => durationStats([10, 20], { percentiles: [90, , ] as number[] }), {
      metric: 'durationStats',
      code: 'WRONG_TYPE',
      field: 'options.percentiles[1]',
    });
  });

  test('a hole in a sample is "no answer", as undefined is', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(npsSummary([9, , 10])).toEqual({ promoters: 2, passives: 0, detractors: 0, unanswered: 1 });
  });
});

describe('SERVQUAL summaries', () => {
  const instrument: ServqualInstrument = { items: 4, dimensions: [{ name: 'a', items: [1, 2] }, { name: 'b', items: [3, 4] }] };
  const other: ServqualInstrument = { items: 4, dimensions: [{ name: 'a', items: [1, 3] }, { name: 'b', items: [2, 4] }] };
  const responses = [
    { expectations: [5, 5, 5, 5], perceptions: [6, 4, 5, 5] },
    { expectations: [4, 4, 4, 4], perceptions: [4, 5, 4, 4] },
  ];
  const summary = servqualSummary(responses, { instrument });

  test('a hole in items is WRONG_TYPE naming it, not a TypeError', () => {
    const items: unknown[] = new Array<unknown>(summary.items.length);
    for (const i of [0, 2, 3]) items[i] = summary.items[i];
    expectMetricError(() => servqualFromSummary({ ...summary, items } as never), { metric: 'servqualFromSummary', code: 'WRONG_TYPE', field: 'summary.items[1]' });
    expectMetricError(() => mergeServqualSummaries(summary, { ...summary, items } as never), {
      metric: 'mergeServqualSummaries',
      code: 'WRONG_TYPE',
      field: 'b.items[1]',
    });
  });

  test('instruments that differ only in a later item do not merge', () => {
    // Dimension a holds items 1, 2 in one and 1, 3 in the other: the first items agree.
    expectMetricError(() => mergeServqualSummaries(summary, servqualSummary(responses, { instrument: other })), {
      metric: 'mergeServqualSummaries',
      code: 'INCONSISTENT',
      field: 'b.instrument',
    });
  });

  test("a dimension's respondents above the respondents is INCONSISTENT", () => {
    // 2 respondents answered both items of a: 4 answers, so 3 is within the answers but not the respondents.
    expect(summary.respondents).toBe(2);
    const dimensions = { ...summary.dimensions, a: { ...summary.dimensions['a']!, respondents: 3 } };
    expectMetricError(() => servqualFromSummary({ ...summary, dimensions }), {
      metric: 'servqualFromSummary',
      code: 'INCONSISTENT',
      field: 'summary.dimensions.a.respondents',
    });
  });
});

describe('options', () => {
  test('a Date, an array, a Map or a class instance is WRONG_TYPE, not "no options"', () => {
    class Settings {
      promotersFrom = 8;
    }
    for (const options of [new Date(), [], new Map([['promotersFrom', 8]]), new Settings()]) {
      expectMetricError(() => nps([8, 8, 5], options as never), { metric: 'nps', code: 'WRONG_TYPE', field: 'options' });
    }
    const error = expectMetricError(() => nps([8, 8, 5], new Date() as never), { metric: 'nps', code: 'WRONG_TYPE' });
    expect(error.message).toMatch(/received a Date$/);
    // The article follows the type's name; an object whose constructor is Object is "an object".
    expect(expectMetricError(() => nps([9], new Int8Array(2) as never), { metric: 'nps', code: 'WRONG_TYPE' }).message).toMatch(
      /received an Int8Array$/,
    );
    expect(expectMetricError(() => nps([9], Object.create({ promotersFrom: 8 }) as never), { metric: 'nps', code: 'WRONG_TYPE' }).message).toMatch(
      /received an object$/,
    );
    // An object without a prototype is a plain object: 8s are promoters, 5 a detractor: (2 − 1)/3.
    expect(nps([8, 8, 5], Object.assign(Object.create(null) as object, { promotersFrom: 8 }))).toBeCloseTo(100 / 3, 12);
  });

  test('required options left out: the message lists the keys to pass', () => {
    const error = expectMetricError(() => durationPercentile([1, 2], undefined as never), {
      metric: 'durationPercentile',
      code: 'WRONG_TYPE',
      field: 'options',
    });
    expect(error.message).toBe('durationPercentile: options must be a plain object (keys: percentile); received undefined');
  });

  test('an unknown key is UNKNOWN_VALUE naming it, and lists the keys accepted', () => {
    const error = expectMetricError(() => nps([8, 8, 5], { promotorsFrom: 8 } as never), {
      metric: 'nps',
      code: 'UNKNOWN_VALUE',
      field: 'options.promotorsFrom',
    });
    expect(error.message).toContain("'promotersFrom', 'detractorsUpTo'");
    expectMetricError(() => csat([5], { satisfiedfrom: 4 } as never), { metric: 'csat', code: 'UNKNOWN_VALUE', field: 'options.satisfiedfrom' });
  });
});

describe('-0', () => {
  test('is never returned', () => {
    // 0 of 5 answered within the threshold: 0 %, printed "0", not "-0".
    const level = serviceLevelFromSummary({ answered: 5, answeredWithinThreshold: -0, abandoned: 0, abandonedWithinThreshold: 0 });
    expect(Object.is(level, 0)).toBe(true);
    const summary = serviceLevelSummary([{ waitSeconds: 0, outcome: 'answered' }], { thresholdSeconds: -0 });
    expect(Object.is(summary.thresholdSeconds, 0)).toBe(true);
  });
});

describe('generators', () => {
  test('a bad value after the first is named by its true index', () => {
    expectMetricError(() => nps(iterate([9, 10, 'x']) as never), { metric: 'nps', code: 'WRONG_TYPE', field: 'scores[2]' });
    expectMetricError(() => csat(iterate([5, 4, 9])), { metric: 'csat', code: 'OUT_OF_RANGE', field: 'scores[2]' });
    expectMetricError(() => meanSummary(iterate([1, Number.NaN])), { metric: 'meanSummary', code: 'NOT_FINITE', field: 'values[1]' });
  });
});

describe('EMPTY messages', () => {
  test('say what was counted, not "an object"', () => {
    expect(expectMetricError(() => nps([null]), { metric: 'nps', code: 'EMPTY', field: 'scores' }).message).toBe(
      'nps: scores must be at least one answer; received 0',
    );
    expect(expectMetricError(() => npsFromSummary({ promoters: 0, passives: 0, detractors: 0 }), { metric: 'npsFromSummary', code: 'EMPTY' }).message).toMatch(
      /received 0$/,
    );
    expect(expectMetricError(() => serviceLevel([], { thresholdSeconds: 20 }), { metric: 'serviceLevel', code: 'EMPTY' }).message).toMatch(/received 0$/);
  });
});
