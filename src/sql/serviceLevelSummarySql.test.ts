import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { openDuckDb, openPostgres, type Engine } from '../../test/engines/engines.js';
import { abandonmentRateFromSummary, serviceLevelFromSummary } from '../index.js';
import { abandonmentRateSummarySql, querySummaries, serviceLevelSummarySql, SqlCheckError } from './index.js';

const engines: Engine[] = [];
// Queue a: the log of serviceLevel's example, plus an abandon with no wait; queue b: waits at
// the thresholds (20 is within T = 20; 5 is not a short abandon under 5, being not < 5).
const calls = [
  { queue: 'a', wait: 5, outcome: 'answered' },
  { queue: 'a', wait: 20, outcome: 'answered' },
  { queue: 'a', wait: 48, outcome: 'answered' },
  { queue: 'a', wait: 3, outcome: 'abandoned' },
  { queue: 'a', wait: 75, outcome: 'abandoned' },
  { queue: 'a', wait: null, outcome: 'abandoned' },
  { queue: 'b', wait: 20.5, outcome: 'answered' },
  { queue: 'b', wait: 20, outcome: 'abandoned' },
  { queue: 'b', wait: 5, outcome: 'abandoned' },
  { queue: 'b', wait: 4.5, outcome: 'abandoned' },
];
beforeAll(async () => {
  engines.push(await openDuckDb(), await openPostgres());
  for (const engine of engines) await engine.load('calls', { queue: 'TEXT', wait: 'DOUBLE PRECISION', outcome: 'TEXT' }, calls);
});
afterAll(async () => {
  for (const engine of engines) await engine.close();
});

const log = { from: 'calls', waitSeconds: 'wait', outcome: 'outcome', groupBy: ['queue'] };

describe.each(['duckdb', 'postgres'] as const)('serviceLevelSummarySql and abandonmentRateSummarySql on %s', (name) => {
  const engine = (): Engine => engines.find((e) => e.name === name)!;

  test('every variant\'s counts per group, wait ≤ T within the threshold', async () => {
    const rows = await querySummaries(serviceLevelSummarySql({ dialect: name, ...log }, { thresholdSeconds: 20 }), engine().run);
    // a: answered 5, 20, 48 → 3, within 2 (5, 20); abandoned 3, 75, NULL → 3, within 1 (3), unknown 1.
    // b: answered 20.5 → 1, within 0; abandoned 20, 5, 4.5 → 3, all within; no short threshold.
    expect(rows).toStrictEqual([
      { groups: { queue: 'a' }, summary: { thresholdSeconds: 20, shortAbandonSeconds: 0, answered: 3, answeredWithinThreshold: 2, abandoned: 3, abandonedWithinThreshold: 1, shortAbandoned: 0, abandonedWaitUnknown: 1 } },
      { groups: { queue: 'b' }, summary: { thresholdSeconds: 20, shortAbandonSeconds: 0, answered: 1, answeredWithinThreshold: 0, abandoned: 3, abandonedWithinThreshold: 3, shortAbandoned: 0, abandonedWaitUnknown: 0 } },
    ]);
    // serviceLevel's example: 2 of 6 contacts with the unknown-wait abandon.
    expect(serviceLevelFromSummary(rows[0]!.summary)).toBeCloseTo(33.333, 3);
  });

  test('short abandons are strictly under shortAbandonSeconds', async () => {
    const query = serviceLevelSummarySql({ dialect: name, from: { query: "SELECT * FROM calls WHERE queue = 'b'" }, waitSeconds: 'wait', outcome: 'outcome' }, { thresholdSeconds: 20, shortAbandonSeconds: 5 });
    // 4.5 < 5 is short; 5 is not.
    expect((await querySummaries(query, engine().run))[0]!.summary.shortAbandoned).toBe(1);
    const rate = abandonmentRateSummarySql({ dialect: name, from: { query: "SELECT * FROM calls WHERE queue = 'b'" }, waitSeconds: 'wait', outcome: 'outcome' }, { shortAbandonSeconds: 5 });
    const [b] = await querySummaries(rate, engine().run);
    // 4 offered, 3 abandoned, 1 short: (3 − 1) / (4 − 1).
    expect(b!.summary).toStrictEqual({ offered: 4, abandoned: 3, shortAbandoned: 1 });
    expect(abandonmentRateFromSummary(b!.summary)).toBeCloseTo(66.667, 3);
  });

  test('abandonment counts per group', async () => {
    const rows = await querySummaries(abandonmentRateSummarySql({ dialect: name, ...log }), engine().run);
    // a: 6 offered, 3 abandoned (one with no wait: no short threshold, so accepted); b: 4 and 3.
    expect(rows.map((row) => row.summary)).toStrictEqual([
      { offered: 6, abandoned: 3, shortAbandoned: 0 },
      { offered: 4, abandoned: 3, shortAbandoned: 0 },
    ]);
  });

  test('bad records: unknown or NULL outcomes, negative or non-finite waits, missing waits', async () => {
    const bad = async (rows: readonly Record<string, unknown>[], options: { shortAbandonSeconds?: number } = {}): Promise<SqlCheckError[]> => {
      await engine().load('dirty', { wait: 'DOUBLE PRECISION', outcome: 'TEXT' }, [...rows, { wait: 1, outcome: 'answered' }]);
      const input = { dialect: name, from: 'dirty', waitSeconds: 'wait', outcome: 'outcome' } as const;
      return Promise.all([
        querySummaries(serviceLevelSummarySql(input, { thresholdSeconds: 20, ...options }), engine().run).catch((caught: unknown) => caught as SqlCheckError),
        querySummaries(abandonmentRateSummarySql(input, options), engine().run).catch((caught: unknown) => caught as SqlCheckError),
      ]) as Promise<SqlCheckError[]>;
    };
    for (const error of await bad([{ wait: 1, outcome: 'transferred' }, { wait: 2, outcome: 'transferred' }, { wait: 1, outcome: null }])) {
      expect(error).toBeInstanceOf(SqlCheckError);
      // serviceLevel: contacts[i].outcome 'transferred' is UNKNOWN_VALUE.
      expect(error).toMatchObject({ column: 'outcome', code: 'UNKNOWN_VALUE', badRows: 3, received: 'transferred' });
      expect(error.examples).toStrictEqual([{ value: 'transferred', rows: 2 }, { value: null, rows: 1 }]);
    }
    for (const error of await bad([{ wait: 1, outcome: null }])) expect(error).toMatchObject({ column: 'outcome', code: 'WRONG_TYPE', badRows: 1 });
    for (const [wait, code] of [[-1, 'NEGATIVE'], [Number.NaN, 'NOT_FINITE'], [Number.POSITIVE_INFINITY, 'NOT_FINITE']] as const) {
      for (const error of await bad([{ wait, outcome: 'abandoned' }])) expect(error).toMatchObject({ column: 'wait', code, badRows: 1 });
    }
    // An answered contact always has a wait; an abandoned one needs it only for short abandons.
    for (const error of await bad([{ wait: null, outcome: 'answered' }, { wait: null, outcome: 'abandoned' }])) {
      expect(error).toMatchObject({ column: 'wait', code: 'WRONG_TYPE', badRows: 1, examples: [{ value: null, rows: 1 }] });
    }
    for (const error of await bad([{ wait: null, outcome: 'abandoned' }], { shortAbandonSeconds: 5 })) {
      expect(error).toMatchObject({ column: 'wait', code: 'WRONG_TYPE', badRows: 1 });
      expect(error.message).toContain('short-abandon threshold');
    }
  });
});

describe('queue-log builders: text and input', () => {
  test('the portable text: no FILTER, `?` in the order of the values; it runs on DuckDB', async () => {
    const query = serviceLevelSummarySql({ dialect: 'portable', from: { query: 'SELECT * FROM calls WHERE queue = ?', values: ['b'] }, waitSeconds: 'wait', outcome: 'outcome' }, { thresholdSeconds: 20, shortAbandonSeconds: 5 });
    expect(query.text).not.toContain('FILTER');
    expect(query.text).not.toMatch(/\$\d/);
    expect(query.text.split('?').length - 1).toBe(query.values.length);
    expect((await querySummaries(query, engines[0]!.run))[0]!.summary).toMatchObject({ answered: 1, abandoned: 3, abandonedWithinThreshold: 3, shortAbandoned: 1 });
    const rate = abandonmentRateSummarySql({ dialect: 'portable', from: 'calls', waitSeconds: 'wait', outcome: 'outcome' }, { shortAbandonSeconds: 5 });
    expect(rate.text).not.toContain('FILTER');
    // The NULL wait of queue a is needed with a short-abandon threshold.
    await expect(querySummaries(rate, engines[0]!.run)).rejects.toMatchObject({ code: 'WRONG_TYPE', column: 'wait' });
  });

  test('options are checked as serviceLevelSummary and abandonmentRateSummary check them', () => {
    const input = { dialect: 'duckdb', from: 'calls', waitSeconds: 'wait', outcome: 'outcome' } as const;
    expectMetricError(() => serviceLevelSummarySql(input, undefined as never), { metric: 'serviceLevelSummarySql', code: 'WRONG_TYPE' });
    expectMetricError(() => serviceLevelSummarySql(input, { thresholdSeconds: 5, shortAbandonSeconds: 10 }), { metric: 'serviceLevelSummarySql', field: 'options.shortAbandonSeconds', code: 'INCONSISTENT' });
    expectMetricError(() => abandonmentRateSummarySql(input, { shortAbandonSeconds: -1 }), { metric: 'abandonmentRateSummarySql', field: 'options.shortAbandonSeconds', code: 'NEGATIVE' });
    expectMetricError(() => abandonmentRateSummarySql({ ...input, outcome: undefined } as never), { metric: 'abandonmentRateSummarySql', field: 'input.outcome', code: 'WRONG_TYPE' });
  });
});
