/**
 * Mutation testing of slaAchievementSummarySql.ts left, after the tests of the portable text, of every accepted state
 * in the bad table and of a column that is not text, one equivalent mutant: the state column's kind 'text' as ''
 * (a column's kind changes only how a 'number' column's example value is read back).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { openDuckDb, openPostgres, type Engine } from '../../test/engines/engines.js';
import { slaAchievementFromSummary, slaAchievementSummary } from '../index.js';
import { querySummaries, slaAchievementSummarySql, SqlCheckError } from './index.js';

const engines: Engine[] = [];
// Eight clocks, counted by hand below.
const clocks = [
  { metric: 'firstReply', state: 'achieved' },
  { metric: 'firstReply', state: 'achieved' },
  { metric: 'firstReply', state: 'breached' },
  { metric: 'firstReply', state: 'active' },
  { metric: 'nextReply', state: 'paused' },
  { metric: 'nextReply', state: 'breached' },
  { metric: 'nextReply', state: null },
  { metric: 'fullResolution', state: 'achieved' },
];
beforeAll(async () => {
  engines.push(await openDuckDb(), await openPostgres());
  for (const engine of engines) {
    await engine.load('clocks', { metric: 'TEXT', state: 'TEXT' }, clocks);
    // Every accepted state three times, and the rejected ones: 'met' is the most frequent of those.
    const dirty = [...['achieved', 'breached', 'active', 'paused'].flatMap((state) => [state, state, state]), 'Achieved', 'met', 'met', ' breached'];
    await engine.load('dirty', { state: 'TEXT' }, dirty.map((state) => ({ state })));
    await engine.load('numbers', { state: 'BIGINT' }, [{ state: 1 }, { state: 2 }, { state: 2 }]);
  }
});
afterAll(async () => {
  for (const engine of engines) await engine.close();
});

describe.each(['duckdb', 'postgres'] as const)('slaAchievementSummarySql on %s', (name) => {
  const engine = (): Engine => engines.find((e) => e.name === name)!;

  test('counts per group equal slaAchievementSummary of the same states', async () => {
    const groups = await querySummaries(slaAchievementSummarySql({ dialect: name, from: 'clocks', state: 'state', groupBy: ['metric'] }), engine().run);
    const byMetric = new Map(groups.map((g) => [String(g.groups['metric']), g.summary]));
    // By hand: firstReply 2 achieved, 1 breached, 1 running; nextReply 1 breached, 1 running, 1 NULL; fullResolution 1 achieved.
    expect(Object.fromEntries(byMetric)).toStrictEqual({
      firstReply: { achieved: 2, breached: 1, running: 1, unanswered: 0 },
      nextReply: { achieved: 0, breached: 1, running: 1, unanswered: 1 },
      fullResolution: { achieved: 1, breached: 0, running: 0, unanswered: 0 },
    });
    const firstReply = byMetric.get('firstReply')!;
    expect(firstReply).toStrictEqual(slaAchievementSummary(clocks.filter((c) => c.metric === 'firstReply').map((c) => c.state as 'achieved')));
    expect(slaAchievementFromSummary(firstReply)).toBeCloseTo(66.667, 3);
  });

  test('a state JavaScript would reject (other case, spaces, unknown) is bad, UNKNOWN_VALUE', async () => {
    const error = (await querySummaries(slaAchievementSummarySql({ dialect: name, from: 'dirty', state: 'state' }), engine().run).catch((caught: unknown) => caught)) as SqlCheckError;
    expect(error).toBeInstanceOf(SqlCheckError);
    // 'Achieved', 'met' ×2, ' breached': 4 bad rows; 'met' is the most frequent.
    expect(error).toMatchObject({ metric: 'slaAchievementSummarySql', code: 'UNKNOWN_VALUE', badRows: 4, received: 'met' });
  });

  test('a state column that is not text is bad, with the code slaAchievementSummary gives the value as the driver reads it', async () => {
    const error = (await querySummaries(slaAchievementSummarySql({ dialect: name, from: 'numbers', state: 'state' }), engine().run).catch((caught: unknown) => caught)) as SqlCheckError;
    expect(error).toBeInstanceOf(SqlCheckError);
    // The most frequent bad value, 2: DuckDB reads a BIGINT as a bigint (WRONG_TYPE), node-postgres as the string
    // '2' (UNKNOWN_VALUE).
    expect(error).toMatchObject(name === 'duckdb' ? { code: 'WRONG_TYPE', badRows: 3, received: 2n } : { code: 'UNKNOWN_VALUE', badRows: 3, received: '2' });
  });
});

describe('slaAchievementSummarySql text and input', () => {
  test('the portable text compares the column as it is (no CAST), with `?` for each state; it runs on DuckDB', async () => {
    const query = slaAchievementSummarySql({ dialect: 'portable', from: 'clocks', state: 'state' });
    expect(query.text).not.toContain('CAST');
    expect(query.text).toContain('"state" IN (?, ?)');
    expect(query.text.split('?').length - 1).toBe(query.values.length);
    const [all] = await querySummaries(query, engines[0]!.run);
    expect(all!.summary).toStrictEqual({ achieved: 3, breached: 2, running: 2, unanswered: 1 });
  });

  test('the column is named and checked', () => {
    expectMetricError(() => slaAchievementSummarySql({ dialect: 'duckdb', from: 't', state: '' }), { metric: 'slaAchievementSummarySql', field: 'input.state', code: 'OUT_OF_RANGE' });
  });
});
