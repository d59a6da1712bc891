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
    await engine.load('dirty', { state: 'TEXT' }, ['achieved', 'Achieved', 'met', 'met', ' breached'].map((state) => ({ state })));
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
});

describe('slaAchievementSummarySql input', () => {
  test('the column is named and checked', () => {
    expectMetricError(() => slaAchievementSummarySql({ dialect: 'duckdb', from: 't', state: '' }), { metric: 'slaAchievementSummarySql', field: 'input.state', code: 'OUT_OF_RANGE' });
  });
});
