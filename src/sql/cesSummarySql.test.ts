import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { openDuckDb, openPostgres, type Engine } from '../../test/engines/engines.js';
import { cesFromSummary, cesSummary, periodKey } from '../index.js';
import { cesSummarySql, querySummaries, SqlCheckError } from './index.js';

const engines: Engine[] = [];
const HOSTILE = 'score"; DROP TABLE answers; --';
// Nine answers, counted by hand below.
const answers = [
  { team: 'billing', score: 7, at: '2026-03-02T10:00:00Z' },
  { team: 'billing', score: 6, at: '2026-03-08T23:30:00Z' }, // Sunday in UTC, Monday 00:30 in Paris (UTC+1): week 11 there
  { team: 'billing', score: 6, at: '2026-03-09T10:00:00Z' },
  { team: 'billing', score: 1, at: '2026-03-10T10:00:00Z' },
  { team: 'billing', score: null, at: '2026-03-03T10:00:00Z' },
  { team: 'tech', score: 2, at: '2026-03-02T10:00:00Z' },
  { team: 'tech', score: 7, at: '2026-03-02T11:00:00Z' },
  { team: 'tech', score: 3, at: '2026-03-09T11:00:00Z' },
  { team: null, score: 5, at: '2026-03-02T10:00:00Z' },
];
beforeAll(async () => {
  engines.push(await openDuckDb(), await openPostgres());
  for (const engine of engines) {
    await engine.load('answers', { team: 'TEXT', score: 'DOUBLE PRECISION', at: 'TIMESTAMPTZ' }, answers);
    // Bad on 1–7: 8 (twice), 4.5, 0, NaN; 5 and NULL are fine.
    await engine.load('dirty', { score: 'DOUBLE PRECISION' }, [5, 8, 8, 4.5, 0, Number.NaN, null].map((score) => ({ score })));
    await engine.load('hostile', { [HOSTILE]: 'DOUBLE PRECISION' }, [{ [HOSTILE]: 4 }, { [HOSTILE]: null }]);
  }
});
afterAll(async () => {
  for (const engine of engines) await engine.close();
});

describe.each(['duckdb', 'postgres'] as const)('cesSummarySql on %s', (name) => {
  const engine = (): Engine => engines.find((e) => e.name === name)!;

  test('counts per scale point per group, with easyEnd, as cesSummary does', async () => {
    const rows = await querySummaries(cesSummarySql({ dialect: name, from: 'answers', score: 'score', groupBy: ['team'] }), engine().run);
    // By hand: billing 7, 6, 6, 1, NULL → 1–7 counted [1, 0, 0, 0, 0, 2, 1], 1 unanswered; tech 2, 7, 3
    // → [0, 1, 1, 0, 0, 0, 1]; no team: 5 → [0, 0, 0, 0, 1, 0, 0].
    const scale = { scaleMin: 1, scaleMax: 7, easyEnd: 'high' };
    expect(rows).toStrictEqual([
      { groups: { team: 'billing' }, summary: { ...scale, counts: [1, 0, 0, 0, 0, 2, 1], unanswered: 1 } },
      { groups: { team: 'tech' }, summary: { ...scale, counts: [0, 1, 1, 0, 0, 0, 1], unanswered: 0 } },
      { groups: { team: null }, summary: { ...scale, counts: [0, 0, 0, 0, 1, 0, 0], unanswered: 0 } },
    ]);
    // Billing, 3 boxes each end of 7: easy (5–7) 3 of 4, difficult (1–3) 1 of 4: net 100 × (3 − 1) / 4.
    expect(cesFromSummary(rows[0]!.summary).net).toBe(50);
  });

  test('by ISO week in Europe/Paris, the keys periodKey gives', async () => {
    const query = cesSummarySql({ dialect: name, from: 'answers', score: 'score', period: { column: 'at', unit: 'week', timeZone: 'Europe/Paris' } });
    const rows = await querySummaries(query, engine().run);
    expect(periodKey('2026-03-08T23:30:00Z', 'week', { timeZone: 'Europe/Paris' })).toBe('2026-W11');
    // Week 10: 7, NULL, 2, 7, 5 → [0, 1, 0, 0, 1, 0, 2], 1 unanswered; week 11: 6, 6, 1, 3 → [1, 0, 1, 0, 0, 2, 0].
    const scale = { scaleMin: 1, scaleMax: 7, easyEnd: 'high' };
    expect(rows).toStrictEqual([
      { groups: {}, period: '2026-W10', summary: { ...scale, counts: [0, 1, 0, 0, 1, 0, 2], unanswered: 1 } },
      { groups: {}, period: '2026-W11', summary: { ...scale, counts: [1, 0, 1, 0, 0, 2, 0], unanswered: 0 } },
    ]);
  });

  test('the scale and easy end come from the options', async () => {
    const [all] = await querySummaries(cesSummarySql({ dialect: name, from: 'answers', score: 'score' }, { scaleMin: 0, scaleMax: 10, easyEnd: 'low' }), engine().run);
    // 0–10: 1, 2, 3 and 5 once, 6 twice, 7 twice; 1 unanswered.
    expect(all!.summary).toStrictEqual({ scaleMin: 0, scaleMax: 10, easyEnd: 'low', counts: [0, 1, 1, 1, 0, 1, 2, 2, 0, 0, 0], unanswered: 1 });
  });

  test('bad scores are found, with the code cesSummary gives, the column and the counts', async () => {
    const error = (await querySummaries(cesSummarySql({ dialect: name, from: 'dirty', score: 'score' }), engine().run).catch((caught: unknown) => caught)) as SqlCheckError;
    expect(error).toBeInstanceOf(SqlCheckError);
    // 8, 8, 4.5, 0, NaN: 5 bad rows; 8 the most frequent, OUT_OF_RANGE in cesSummary.
    expect(error).toMatchObject({ metric: 'cesSummarySql', column: 'score', field: 'column "score"', code: 'OUT_OF_RANGE', badRows: 5, received: 8 });
    expect(error.examples[0]).toStrictEqual({ value: 8, rows: 2 });
    expect(error.examples.map((example) => example.value)).toEqual(expect.arrayContaining([4.5, 0, Number.NaN]));
    for (const [value, code] of [[4.5, 'NOT_INTEGER'], [0, 'OUT_OF_RANGE'], [Number.NaN, 'NOT_FINITE'], [Number.NEGATIVE_INFINITY, 'NOT_FINITE']] as const) {
      expectMetricError(() => cesSummary([value]), { metric: 'cesSummary', code });
      await engine().load('one', { score: 'DOUBLE PRECISION' }, [{ score: value }, { score: 3 }]);
      await expect(querySummaries(cesSummarySql({ dialect: name, from: 'one', score: 'score' }), engine().run)).rejects.toMatchObject({ code, badRows: 1, column: 'score' });
    }
  });

  test('a hostile column name is one quoted identifier', async () => {
    const [all] = await querySummaries(cesSummarySql({ dialect: name, from: 'hostile', score: HOSTILE }), engine().run);
    expect(all!.summary).toStrictEqual({ scaleMin: 1, scaleMax: 7, easyEnd: 'high', counts: [0, 0, 0, 1, 0, 0, 0], unanswered: 1 });
    await expect(querySummaries(cesSummarySql({ dialect: name, from: 'answers', score: HOSTILE }), engine().run)).rejects.toThrow(/not found|does not exist|does not have a column/i);
    expect(await engine().run('SELECT COUNT(*) AS n FROM answers', [])).toStrictEqual([{ n: name === 'duckdb' ? 9n : '9' }]);
  });
});

describe('cesSummarySql text and input', () => {
  test('the portable text: no FILTER, `?` in the order of the values; it runs on DuckDB', async () => {
    const query = cesSummarySql({ dialect: 'portable', from: { query: 'SELECT * FROM answers WHERE team = ?', values: ['tech'] }, score: 'score' });
    expect(query.text).not.toContain('FILTER');
    expect(query.text).not.toMatch(/\$\d/);
    expect(query.text.split('?').length - 1).toBe(query.values.length);
    // The subquery's value, then one per scale point.
    expect(query.values).toStrictEqual(['tech', 1, 2, 3, 4, 5, 6, 7]);
    expect((await querySummaries(query, engines[0]!.run))[0]!.summary).toStrictEqual({ scaleMin: 1, scaleMax: 7, easyEnd: 'high', counts: [0, 1, 1, 0, 0, 0, 1], unanswered: 0 });
  });

  test('options are checked as ces checks them, for cesSummarySql', () => {
    const input = { dialect: 'duckdb', from: 't', score: 's' } as const;
    expectMetricError(() => cesSummarySql(input, { scaleMin: 5, scaleMax: 5 }), { metric: 'cesSummarySql', field: 'options.scaleMax', code: 'INCONSISTENT' });
    expectMetricError(() => cesSummarySql(input, { easyEnd: 'top' as never }), { metric: 'cesSummarySql', field: 'options.easyEnd', code: 'UNKNOWN_VALUE' });
    expectMetricError(() => cesSummarySql(input, { easyBoxes: 4, difficultBoxes: 4 }), { metric: 'cesSummarySql', field: 'options.difficultBoxes', code: 'INCONSISTENT' });
    expectMetricError(() => cesSummarySql(input, { scale: 5 } as never), { metric: 'cesSummarySql', field: 'options.scale', code: 'UNKNOWN_VALUE' });
    expectMetricError(() => cesSummarySql({ ...input, score: '' }), { metric: 'cesSummarySql', field: 'input.score', code: 'OUT_OF_RANGE' });
  });
});
