import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { MetricInputError, npsFromSummary, npsSummary, periodKey } from '../index.js';
import { npsSummarySql, querySummaries, readSummaries, SqlCheckError, type SqlRunner } from './index.js';

let connection: DuckDBConnection;
const run: SqlRunner = async (text, values) => (await connection.runAndReadAll(text, values as DuckDBValue[])).getRowObjectsJS();

beforeAll(async () => {
  connection = await (await DuckDBInstance.create(':memory:')).connect();
  // Twelve answers, counted by hand below.
  await connection.run(`CREATE TABLE answers AS SELECT * FROM (VALUES
    (10, 'phone', TIMESTAMPTZ '2026-03-28 12:00:00+00'), (9, 'phone', TIMESTAMPTZ '2026-03-29 00:30:00+00'),
    (8, 'phone', TIMESTAMPTZ '2026-03-29 23:30:00+00'), (0, 'phone', TIMESTAMPTZ '2026-03-30 12:00:00+00'),
    (NULL, 'phone', TIMESTAMPTZ '2026-03-30 12:00:00+00'), (6, 'chat', TIMESTAMPTZ '2026-03-28 12:00:00+00'),
    (7, 'chat', TIMESTAMPTZ '2026-03-28 12:00:00+00'), (10, 'chat', TIMESTAMPTZ '2026-03-29 22:30:00+00'),
    (10, 'chat', TIMESTAMPTZ '2026-03-29 22:30:00+00'), (5, NULL, TIMESTAMPTZ '2026-03-28 12:00:00+00'),
    (9, NULL, TIMESTAMPTZ '2026-03-28 12:00:00+00'), (NULL, NULL, TIMESTAMPTZ '2026-03-28 12:00:00+00')
  ) AS t(score, channel, answered_at)`);
});
afterAll(() => {
  connection.closeSync();
});

describe('npsSummarySql on DuckDB', () => {
  test('counts each class per group, as npsSummary does', async () => {
    const query = npsSummarySql({ dialect: 'duckdb', from: 'answers', score: 'score', groupBy: ['channel'] });
    const rows = await querySummaries(query, run);
    // By hand: chat 6, 7, 10, 10 → 2 promoters, 1 passive, 1 detractor; phone 10, 9, 8, 0, NULL
    // → 2, 1, 1 and 1 unanswered; no channel 5, 9, NULL → 1, 0, 1 and 1 unanswered.
    expect(rows).toStrictEqual([
      { groups: { channel: 'chat' }, summary: { promoters: 2, passives: 1, detractors: 1, unanswered: 0 } },
      { groups: { channel: 'phone' }, summary: { promoters: 2, passives: 1, detractors: 1, unanswered: 1 } },
      { groups: { channel: null }, summary: { promoters: 1, passives: 0, detractors: 1, unanswered: 1 } },
    ]);
    expect(npsFromSummary(rows[0]!.summary)).toBe(25);
  });

  test('without groups, one row: the whole table', async () => {
    const [all] = await querySummaries(npsSummarySql({ dialect: 'duckdb', from: 'answers', score: 'score' }), run);
    // 5 promoters (10, 9, 10, 10, 9), 2 passives (8, 7), 3 detractors (0, 6, 5), 2 unanswered.
    expect(all).toStrictEqual({ groups: {}, summary: { promoters: 5, passives: 2, detractors: 3, unanswered: 2 } });
  });

  test('an empty table gives an empty summary (npsFromSummary then says EMPTY)', async () => {
    const [all] = await querySummaries(
      npsSummarySql({ dialect: 'duckdb', from: { query: 'SELECT * FROM answers WHERE FALSE' }, score: 'score' }),
      run,
    );
    expect(all!.summary).toStrictEqual({ promoters: 0, passives: 0, detractors: 0, unanswered: 0 });
    expectMetricError(() => npsFromSummary(all!.summary), { metric: 'npsFromSummary', code: 'EMPTY' });
  });

  test('class breaks come from the options, as in nps', async () => {
    const query = npsSummarySql({ dialect: 'duckdb', from: 'answers', score: 'score' }, { promotersFrom: 8, detractorsUpTo: 5 });
    const [all] = await querySummaries(query, run);
    // Promoters 8–10: 10, 9, 8, 10, 10, 9; passives 6–7: 6, 7; detractors 0–5: 0, 5.
    expect(all!.summary).toStrictEqual({ promoters: 6, passives: 2, detractors: 2, unanswered: 2 });
    const noPassives = npsSummarySql({ dialect: 'duckdb', from: 'answers', score: 'score' }, { promotersFrom: 7, detractorsUpTo: 6 });
    expect((await querySummaries(noPassives, run))[0]!.summary.passives).toBe(0);
  });

  test('weeks and days in a time zone are the keys periodKey gives', async () => {
    const query = npsSummarySql({
      dialect: 'duckdb',
      from: 'answers',
      score: 'score',
      period: { column: 'answered_at', unit: 'day', timeZone: 'Europe/Paris' },
    });
    const rows = await querySummaries(query, run);
    // Paris moves to UTC+2 at 01:00 UTC on 29 March 2026: 2026-03-29 22:30 UTC is 00:30 on the 30th.
    const times = ['2026-03-28T12:00:00Z', '2026-03-29T00:30:00Z', '2026-03-29T23:30:00Z', '2026-03-30T12:00:00Z', '2026-03-29T22:30:00Z'];
    const expected = [...new Set(times.map((time) => periodKey(time, 'day', { timeZone: 'Europe/Paris' })))].sort();
    expect(rows.map((row) => row.period)).toStrictEqual(expected);
    expect(expected).toStrictEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
  });

  test('a subquery with its own parameters, then the builder\'s', async () => {
    const query = npsSummarySql({
      dialect: 'duckdb',
      from: { query: 'SELECT * FROM answers WHERE channel = $1', values: ['chat'] },
      score: 'score',
    });
    expect(query.values[0]).toBe('chat');
    expect((await querySummaries(query, run))[0]!.summary).toStrictEqual({ promoters: 2, passives: 1, detractors: 1, unanswered: 0 });
  });

  test('the portable dialect: no FILTER, `?` parameters in text order, runs on DuckDB', async () => {
    const query = npsSummarySql(
      { dialect: 'portable', from: { query: 'SELECT * FROM answers WHERE channel = ?', values: ['phone'] }, score: 'score' },
      { promotersFrom: 10 },
    );
    expect(query.text).not.toContain('FILTER');
    expect(query.text).not.toMatch(/\$\d/);
    expect(query.text.split('?').length - 1).toBe(query.values.length);
    // Phone: 10 is the only promoter from 10; 9 and 8 are passives; 0 a detractor.
    expect((await querySummaries(query, run))[0]!.summary).toStrictEqual({ promoters: 1, passives: 2, detractors: 1, unanswered: 1 });
  });

  test('bad scores are found in the database, with the JavaScript code, the column and the counts', async () => {
    await connection.run(`CREATE TABLE dirty AS SELECT * FROM (VALUES (10.0), (11.0), (11.0), (7.5), (NULL), (-1.0), ('NaN'::DOUBLE)) AS t(score)`);
    const query = npsSummarySql({ dialect: 'duckdb', from: 'dirty', score: 'score' });
    const error = await querySummaries(query, run).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SqlCheckError);
    expect(error).toBeInstanceOf(MetricInputError);
    const check = error as SqlCheckError;
    // 11 is the most frequent bad value (2 rows); npsSummary([11]) is OUT_OF_RANGE.
    expect(check.code).toBe('OUT_OF_RANGE');
    expect(check.metric).toBe('npsSummarySql');
    expect(check.column).toBe('score');
    expect(check.field).toBe('column "score"');
    expect(check.received).toBe(11);
    expect(check.badRows).toBe(5);
    expect(check.examples[0]).toStrictEqual({ value: 11, rows: 2 });
    expect(check.examples.map((example) => example.value)).toEqual(expect.arrayContaining([11, 7.5, -1, Number.NaN]));
    expect(check.message).toMatch(/^npsSummarySql: column "score" must be an integer from 0 to 10; received 11 \(5 rows with bad values: 11 in 2 rows, /);
    // Each kind of bad value alone gives the code npsSummary gives it.
    for (const [value, code] of [['7.5', 'NOT_INTEGER'], ['-1', 'OUT_OF_RANGE'], ["'NaN'::DOUBLE", 'NOT_FINITE'], ["'Infinity'::DOUBLE", 'NOT_FINITE']] as const) {
      const one = npsSummarySql({ dialect: 'duckdb', from: { query: `SELECT CAST(${value} AS DOUBLE) AS score` }, score: 'score' });
      await expect(querySummaries(one, run)).rejects.toMatchObject({ code: code, badRows: 1 });
      expect(() => npsSummary([Number(value.replace(/'|::DOUBLE/g, ''))])).toThrow(expect.objectContaining({ code }) as Error);
    }
  });

  test('readSummaries without the check rows: INCONSISTENT, pointing at the check query', async () => {
    const query = npsSummarySql({ dialect: 'duckdb', from: 'dirty', score: 'score' });
    const rows = await run(query.text, query.values);
    const error = expectMetricError(() => readSummaries(query, rows), { metric: 'npsSummarySql', code: 'INCONSISTENT', field: 'column "score"' });
    expect(error.message).toContain('checks.score');
    const checks = { score: await run(query.checks['score']!.text, query.checks['score']!.values) };
    expectMetricError(() => readSummaries(query, rows, checks), { metric: 'npsSummarySql', code: 'OUT_OF_RANGE' });
  });

  test('a hostile column name is quoted: one harmless identifier', async () => {
    const name = 'score"; DROP TABLE answers; --';
    await connection.run(`CREATE TABLE hostile AS SELECT 9 AS "score""; DROP TABLE answers; --"`);
    const query = npsSummarySql({ dialect: 'duckdb', from: 'hostile', score: name, groupBy: [name] });
    expect((await querySummaries(query, run))[0]!.summary).toStrictEqual({ promoters: 1, passives: 0, detractors: 0, unanswered: 0 });
    // A missing column of that name is an engine error, and the table is still there.
    const missing = npsSummarySql({ dialect: 'duckdb', from: 'answers', score: name });
    await expect(querySummaries(missing, run)).rejects.toThrow(/not found|does not have a column/i);
    expect(await run('SELECT COUNT(*) AS n FROM answers', [])).toStrictEqual([{ n: 12n }]);
  });
});

describe('npsSummarySql input checks', () => {
  const valid = { dialect: 'duckdb', from: 'answers', score: 'score' } as const;
  test.each([
    [{ ...valid, dialect: 'oracle' }, 'input.dialect', 'UNKNOWN_VALUE'],
    [{ ...valid, score: '' }, 'input.score', 'OUT_OF_RANGE'],
    [{ ...valid, score: 'a\0b' }, 'input.score', 'OUT_OF_RANGE'],
    [{ ...valid, score: 7 }, 'input.score', 'WRONG_TYPE'],
    [{ ...valid, scores: 'score' }, 'input.scores', 'UNKNOWN_VALUE'],
    [{ ...valid, from: [] }, 'input.from', 'EMPTY'],
    [{ ...valid, from: { query: ' ' } }, 'input.from.query', 'EMPTY'],
    [{ ...valid, groupBy: 'channel' }, 'input.groupBy', 'WRONG_TYPE'],
    [{ ...valid, period: { column: 'at', unit: 'year' } }, 'input.period.unit', 'UNKNOWN_VALUE'],
    [{ ...valid, period: { column: 'at', unit: 'day', timeZone: 'Mars/Olympus' } }, 'input.period.timeZone', 'UNKNOWN_VALUE'],
    [{ ...valid, period: { column: 'at', unit: 'day', timeZone: '+05:30' } }, 'input.period.timeZone', 'UNKNOWN_VALUE'],
    [{ ...valid, dialect: 'portable', period: { column: 'at', unit: 'day' } }, 'input.period', 'INCONSISTENT'],
    [{ ...valid, identifierQuote: "'" }, 'input.identifierQuote', 'UNKNOWN_VALUE'],
  ])('%j → %s %s', (input, field, code) => {
    expectMetricError(() => npsSummarySql(input as never), { metric: 'npsSummarySql', field, code: code as never });
  });

  test('options are checked as nps checks them, for npsSummarySql', () => {
    expectMetricError(() => npsSummarySql(valid, { promotersFrom: 11 }), { metric: 'npsSummarySql', field: 'options.promotersFrom', code: 'OUT_OF_RANGE' });
    expectMetricError(() => npsSummarySql(valid, { promotorsFrom: 9 } as never), { metric: 'npsSummarySql', code: 'UNKNOWN_VALUE' });
  });

  test('backticks for BigQuery and Spark SQL, doubled inside', () => {
    const query = npsSummarySql({ dialect: 'portable', identifierQuote: '`', from: ['my`project', 'answers'], score: 'score' });
    expect(query.text).toContain('FROM `my``project`.`answers`');
  });
});

describe('readSummaries reads what drivers send', () => {
  const query = npsSummarySql({ dialect: 'postgres', from: 'answers', score: 'score', groupBy: ['id'] });
  test('counts as numbers, bigints or strings of digits; keys as drivers give them', () => {
    const rows = [
      { g0: 1n, s_promoters: '3', s_passives: 2n, s_detractors: 1, s_answered: '6', s_rows: '7' },
      { g0: new Date(Date.UTC(2026, 0, 2)), s_promoters: '9007199254740991', s_passives: null, s_detractors: '0', s_answered: '9007199254740991', s_rows: '9007199254740991' },
      { g0: 123456789012345678901234567890n, s_promoters: 0, s_passives: 0, s_detractors: 0, s_answered: 0, s_rows: 0 },
    ];
    expect(readSummaries(query, rows)).toStrictEqual([
      { groups: { id: 1 }, summary: { promoters: 3, passives: 2, detractors: 1, unanswered: 1 } },
      { groups: { id: '2026-01-02T00:00:00.000Z' }, summary: { promoters: 2 ** 53 - 1, passives: 0, detractors: 0, unanswered: 0 } },
      { groups: { id: '123456789012345678901234567890' }, summary: { promoters: 0, passives: 0, detractors: 0, unanswered: 0 } },
    ]);
  });

  test.each([
    ['3.5', 'NOT_INTEGER'],
    ['-1', 'NEGATIVE'],
    ['abc', 'WRONG_TYPE'],
    [-1n, 'NEGATIVE'],
    [2n ** 53n, 'OUT_OF_RANGE'],
    ['9007199254740993', 'OUT_OF_RANGE'],
    [Number.NaN, 'NOT_FINITE'],
  ] as const)('a count of %s is %s', (value, code) => {
    const rows = [{ s_promoters: value, s_passives: 0, s_detractors: 0, s_answered: 0, s_rows: 0 }];
    expectMetricError(() => readSummaries(query, rows), { metric: 'readSummaries', field: 'rows[0].s_promoters', code });
  });

  test('a query not built by a builder is WRONG_TYPE', () => {
    expectMetricError(() => readSummaries({ ...query }, []), { metric: 'readSummaries', field: 'query', code: 'WRONG_TYPE' });
    expectMetricError(() => readSummaries(query, 7 as never), { metric: 'readSummaries', field: 'rows', code: 'WRONG_TYPE' });
  });

  test('inputs are not mutated', () => {
    const input = Object.freeze({ dialect: 'postgres', from: Object.freeze(['s', 't']), score: 'score', groupBy: Object.freeze(['a']) } as const);
    expect(() => npsSummarySql(input)).not.toThrow();
  });
});
