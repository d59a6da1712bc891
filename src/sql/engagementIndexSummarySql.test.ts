import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { openDuckDb, openPostgres, type Engine } from '../../test/engines/engines.js';
import { engagementIndexFromSummary, engagementIndexSummary, periodKey } from '../index.js';
import { engagementIndexSummarySql, querySummaries, SqlCheckError } from './index.js';

const engines: Engine[] = [];
const HOSTILE = 'score"; DROP TABLE answers; --';
// Nine answers, counted by hand below.
const answers = [
  { team: 'billing', score: 5, at: '2026-03-02T10:00:00Z' },
  { team: 'billing', score: 4, at: '2026-03-08T23:30:00Z' }, // Sunday in UTC, Monday 00:30 in Paris (UTC+1): week 11 there
  { team: 'billing', score: 4, at: '2026-03-09T10:00:00Z' },
  { team: 'billing', score: 1, at: '2026-03-10T10:00:00Z' },
  { team: 'billing', score: null, at: '2026-03-03T10:00:00Z' },
  { team: 'tech', score: 3, at: '2026-03-02T10:00:00Z' },
  { team: 'tech', score: 5, at: '2026-03-02T11:00:00Z' },
  { team: 'tech', score: 2, at: '2026-03-09T11:00:00Z' },
  { team: null, score: 5, at: '2026-03-02T10:00:00Z' },
];
beforeAll(async () => {
  engines.push(await openDuckDb(), await openPostgres());
  for (const engine of engines) {
    await engine.load('answers', { team: 'TEXT', score: 'DOUBLE PRECISION', at: 'TIMESTAMPTZ' }, answers);
    // Bad on 1–5: 6 (twice), 4.5, 0, NaN; 5 and NULL are fine.
    await engine.load('dirty', { score: 'DOUBLE PRECISION' }, [5, 6, 6, 4.5, 0, Number.NaN, null].map((score) => ({ score })));
    await engine.load('hostile', { [HOSTILE]: 'DOUBLE PRECISION' }, [{ [HOSTILE]: 4 }, { [HOSTILE]: null }]);
  }
});
afterAll(async () => {
  for (const engine of engines) await engine.close();
});

describe.each(['duckdb', 'postgres'] as const)('engagementIndexSummarySql on %s', (name) => {
  const engine = (): Engine => engines.find((e) => e.name === name)!;

  test('counts per scale point per group, as engagementIndexSummary does', async () => {
    const rows = await querySummaries(engagementIndexSummarySql({ dialect: name, from: 'answers', answer: 'score', groupBy: ['team'] }), engine().run);
    // By hand: billing 5, 4, 4, 1, NULL → 1–5 counted [1, 0, 0, 2, 1], 1 unanswered; tech 3, 5, 2 →
    // [0, 1, 1, 0, 1]; no team: 5 → [0, 0, 0, 0, 1].
    expect(rows).toStrictEqual([
      { groups: { team: 'billing' }, summary: { scaleMin: 1, scaleMax: 5, counts: [1, 0, 0, 2, 1], unanswered: 1 } },
      { groups: { team: 'tech' }, summary: { scaleMin: 1, scaleMax: 5, counts: [0, 1, 1, 0, 1], unanswered: 0 } },
      { groups: { team: null }, summary: { scaleMin: 1, scaleMax: 5, counts: [0, 0, 0, 0, 1], unanswered: 0 } },
    ]);
    // Billing, steps above 1: (4 + 3 + 3 + 0) / (4 answers × 4 steps) = 62.5 %.
    expect(engagementIndexFromSummary(rows[0]!.summary)).toBe(62.5);
  });

  test('by ISO week in Europe/Paris, the keys periodKey gives', async () => {
    const query = engagementIndexSummarySql({ dialect: name, from: 'answers', answer: 'score', period: { column: 'at', unit: 'week', timeZone: 'Europe/Paris' } });
    const rows = await querySummaries(query, engine().run);
    expect(periodKey('2026-03-08T23:30:00Z', 'week', { timeZone: 'Europe/Paris' })).toBe('2026-W11');
    // Week 10: 5, NULL, 3, 5, 5 → [0, 0, 1, 0, 3], 1 unanswered; week 11: 4, 4, 1, 2 → [1, 1, 0, 2, 0].
    expect(rows).toStrictEqual([
      { groups: {}, period: '2026-W10', summary: { scaleMin: 1, scaleMax: 5, counts: [0, 0, 1, 0, 3], unanswered: 1 } },
      { groups: {}, period: '2026-W11', summary: { scaleMin: 1, scaleMax: 5, counts: [1, 1, 0, 2, 0], unanswered: 0 } },
    ]);
  });

  test('the scale comes from the options', async () => {
    const [all] = await querySummaries(engagementIndexSummarySql({ dialect: name, from: 'answers', answer: 'score' }, { scaleMin: 0, scaleMax: 10 }), engine().run);
    // 0–10: the 1s once, 2 once, 3 once, 4 twice, 5 three times (billing, tech, no team); 1 unanswered.
    expect(all!.summary).toStrictEqual({ scaleMin: 0, scaleMax: 10, counts: [0, 1, 1, 1, 2, 3, 0, 0, 0, 0, 0], unanswered: 1 });
  });

  test('bad answers are found, with the code engagementIndexSummary gives, the column and the counts', async () => {
    const error = (await querySummaries(engagementIndexSummarySql({ dialect: name, from: 'dirty', answer: 'score' }), engine().run).catch((caught: unknown) => caught)) as SqlCheckError;
    expect(error).toBeInstanceOf(SqlCheckError);
    // 6, 6, 4.5, 0, NaN: 5 bad rows; 6 the most frequent, OUT_OF_RANGE in engagementIndexSummary.
    expect(error).toMatchObject({ metric: 'engagementIndexSummarySql', column: 'score', field: 'column "score"', code: 'OUT_OF_RANGE', badRows: 5, received: 6 });
    expect(error.examples[0]).toStrictEqual({ value: 6, rows: 2 });
    expect(error.examples.map((example) => example.value)).toEqual(expect.arrayContaining([4.5, 0, Number.NaN]));
    for (const [value, code] of [[4.5, 'NOT_INTEGER'], [0, 'OUT_OF_RANGE'], [Number.NaN, 'NOT_FINITE'], [Number.NEGATIVE_INFINITY, 'NOT_FINITE']] as const) {
      expectMetricError(() => engagementIndexSummary([value]), { metric: 'engagementIndexSummary', code });
      await engine().load('one', { score: 'DOUBLE PRECISION' }, [{ score: value }, { score: 3 }]);
      await expect(querySummaries(engagementIndexSummarySql({ dialect: name, from: 'one', answer: 'score' }), engine().run)).rejects.toMatchObject({ code, badRows: 1, column: 'score' });
    }
  });

  test('a hostile column name is one quoted identifier', async () => {
    const [all] = await querySummaries(engagementIndexSummarySql({ dialect: name, from: 'hostile', answer: HOSTILE }), engine().run);
    expect(all!.summary).toStrictEqual({ scaleMin: 1, scaleMax: 5, counts: [0, 0, 0, 1, 0], unanswered: 1 });
    await expect(querySummaries(engagementIndexSummarySql({ dialect: name, from: 'answers', answer: HOSTILE }), engine().run)).rejects.toThrow(/not found|does not exist|does not have a column/i);
    expect(await engine().run('SELECT COUNT(*) AS n FROM answers', [])).toStrictEqual([{ n: name === 'duckdb' ? 9n : '9' }]);
  });
});

describe('engagementIndexSummarySql text and input', () => {
  test('the portable text: no FILTER, `?` in the order of the values; it runs on DuckDB', async () => {
    const query = engagementIndexSummarySql({ dialect: 'portable', from: { query: 'SELECT * FROM answers WHERE team = ?', values: ['tech'] }, answer: 'score' });
    expect(query.text).not.toContain('FILTER');
    expect(query.text).not.toMatch(/\$\d/);
    expect(query.text.split('?').length - 1).toBe(query.values.length);
    // The subquery's value, one per scale point, then the scale again for the check.
    expect(query.values).toStrictEqual(['tech', 1, 2, 3, 4, 5]);
    expect((await querySummaries(query, engines[0]!.run))[0]!.summary).toStrictEqual({ scaleMin: 1, scaleMax: 5, counts: [0, 1, 1, 0, 1], unanswered: 0 });
  });

  test('options are checked as engagementIndex checks them, for engagementIndexSummarySql', () => {
    const input = { dialect: 'duckdb', from: 't', answer: 's' } as const;
    expectMetricError(() => engagementIndexSummarySql(input, { method: 'mean' as never }), { metric: 'engagementIndexSummarySql', field: 'options.method', code: 'UNKNOWN_VALUE' });
    expectMetricError(() => engagementIndexSummarySql(input, { scaleMin: 5, scaleMax: 5 }), { metric: 'engagementIndexSummarySql', field: 'options.scaleMax', code: 'INCONSISTENT' });
    expectMetricError(() => engagementIndexSummarySql(input, { favourableFrom: 9 }), { metric: 'engagementIndexSummarySql', field: 'options.favourableFrom', code: 'OUT_OF_RANGE' });
    expectMetricError(() => engagementIndexSummarySql(input, { scale: 5 } as never), { metric: 'engagementIndexSummarySql', field: 'options.scale', code: 'UNKNOWN_VALUE' });
    expectMetricError(() => engagementIndexSummarySql({ ...input, answer: '' }), { metric: 'engagementIndexSummarySql', field: 'input.answer', code: 'OUT_OF_RANGE' });
  });
});
