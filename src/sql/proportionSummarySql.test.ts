import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { openDuckDb, openPostgres, type Engine } from '../../test/engines/engines.js';
import { proportionFromSummary } from '../index.js';
import { proportionSummarySql, querySummaries, SqlCheckError } from './index.js';

const engines: Engine[] = [];
// Seven tickets, counted by hand below; `flag` holds the same answers as 1/0 numbers.
const tickets = [
  { team: 'billing', resolved: true, flag: 1, at: '2026-03-02T10:00:00Z' },
  { team: 'billing', resolved: true, flag: 1, at: '2026-03-09T10:00:00Z' },
  { team: 'billing', resolved: false, flag: 0, at: '2026-03-09T11:00:00Z' },
  { team: 'billing', resolved: null, flag: null, at: '2026-03-09T12:00:00Z' },
  { team: 'tech', resolved: false, flag: 0, at: '2026-03-02T10:00:00Z' },
  { team: 'tech', resolved: true, flag: 1, at: '2026-03-02T11:00:00Z' },
  { team: null, resolved: null, flag: null, at: '2026-03-02T10:00:00Z' },
];
beforeAll(async () => {
  engines.push(await openDuckDb(), await openPostgres());
  for (const engine of engines) {
    await engine.load('tickets', { team: 'TEXT', resolved: 'BOOLEAN', flag: 'DOUBLE PRECISION', at: 'TIMESTAMPTZ' }, tickets);
    await engine.load('dirty', { flag: 'DOUBLE PRECISION' }, [2, 2, 0.5, 1, null, -1, Number.NaN, Number.POSITIVE_INFINITY].map((flag) => ({ flag })));
  }
});
afterAll(async () => {
  for (const engine of engines) await engine.close();
});

describe.each(['duckdb', 'postgres'] as const)('proportionSummarySql on %s', (name) => {
  const engine = (): Engine => engines.find((e) => e.name === name)!;
  // By hand: billing yes, yes, no, NULL → 2 of 3, 1 unanswered; tech no, yes → 1 of 2; no team: NULL → 0 of 0, 1 unanswered.
  const expected = [
    { groups: { team: 'billing' }, summary: { successes: 2, trials: 3, unanswered: 1 } },
    { groups: { team: 'tech' }, summary: { successes: 1, trials: 2, unanswered: 0 } },
    { groups: { team: null }, summary: { successes: 0, trials: 0, unanswered: 1 } },
  ];

  test('a BOOLEAN column (the default) and a 1/0 number column give the same counts per group', async () => {
    const booleans = await querySummaries(proportionSummarySql({ dialect: name, from: 'tickets', value: 'resolved', groupBy: ['team'] }), engine().run);
    expect(booleans).toStrictEqual(expected);
    expect(proportionFromSummary(booleans[0]!.summary)).toBeCloseTo(66.667, 3);
    const numbers = proportionSummarySql({ dialect: name, from: 'tickets', value: 'flag', groupBy: ['team'] }, { valueType: 'number' });
    expect(await querySummaries(numbers, engine().run)).toStrictEqual(expected);
  });

  test('by ISO week', async () => {
    const query = proportionSummarySql({ dialect: name, from: 'tickets', value: 'resolved', period: { column: 'at', unit: 'week' } });
    // Week 10 (2 March): yes, no, yes, NULL → 2 of 3; week 11 (9 March): yes, no, NULL → 1 of 2.
    expect(await querySummaries(query, engine().run)).toStrictEqual([
      { groups: {}, period: '2026-W10', summary: { successes: 2, trials: 3, unanswered: 1 } },
      { groups: {}, period: '2026-W11', summary: { successes: 1, trials: 2, unanswered: 1 } },
    ]);
  });

  test('values other than 1 and 0 are bad, with the code proportionSummary gives', async () => {
    const query = proportionSummarySql({ dialect: name, from: 'dirty', value: 'flag' }, { valueType: 'number' });
    const error = (await querySummaries(query, engine().run).catch((caught: unknown) => caught)) as SqlCheckError;
    expect(error).toBeInstanceOf(SqlCheckError);
    // 2 (twice), 0.5, −1, NaN, Infinity: 6 bad rows; 2 is the most frequent, OUT_OF_RANGE in proportionSummary.
    expect(error).toMatchObject({ metric: 'proportionSummarySql', column: 'flag', field: 'column "flag"', code: 'OUT_OF_RANGE', badRows: 6, received: 2 });
    expect(error.examples[0]).toStrictEqual({ value: 2, rows: 2 });
    expect(error.examples.map((example) => example.value)).toEqual(expect.arrayContaining([0.5, -1]));
    for (const [value, code] of [[-1, 'OUT_OF_RANGE'], [Number.NaN, 'NOT_FINITE'], [Number.NEGATIVE_INFINITY, 'NOT_FINITE']] as const) {
      await engine().load('one', { flag: 'DOUBLE PRECISION' }, [{ flag: value }, { flag: 1 }]);
      await expect(querySummaries(proportionSummarySql({ dialect: name, from: 'one', value: 'flag' }, { valueType: 'number' }), engine().run)).rejects.toMatchObject({ code, badRows: 1 });
    }
  });
});

describe('proportionSummarySql text and input', () => {
  test('the portable text: no FILTER, `?` in the order of the values; it runs on DuckDB', async () => {
    const query = proportionSummarySql({ dialect: 'portable', from: { query: 'SELECT * FROM tickets WHERE team = ?', values: ['billing'] }, value: 'flag' }, { valueType: 'number' });
    expect(query.text).not.toContain('FILTER');
    expect(query.text).not.toMatch(/\$\d/);
    expect(query.text.split('?').length - 1).toBe(query.values.length);
    expect(query.values).toStrictEqual(['billing', 1, 0]);
    expect((await querySummaries(query, engines[0]!.run))[0]!.summary).toStrictEqual({ successes: 2, trials: 3, unanswered: 1 });
  });

  test('options', () => {
    const input = { dialect: 'duckdb', from: 't', value: 'v' } as const;
    expectMetricError(() => proportionSummarySql(input, { valueType: 'integer' } as never), { metric: 'proportionSummarySql', field: 'options.valueType', code: 'UNKNOWN_VALUE' });
    expectMetricError(() => proportionSummarySql(input, { valueType: 1 } as never), { metric: 'proportionSummarySql', field: 'options.valueType', code: 'WRONG_TYPE' });
    expectMetricError(() => proportionSummarySql(input, { type: 'number' } as never), { metric: 'proportionSummarySql', field: 'options.type', code: 'UNKNOWN_VALUE' });
    expectMetricError(() => proportionSummarySql({ ...input, value: '' }), { metric: 'proportionSummarySql', field: 'input.value', code: 'OUT_OF_RANGE' });
  });
});
