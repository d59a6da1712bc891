import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { INSTANTS } from '../../test/engines/agreement.js';
import { openDuckDb, openPostgres, type Engine } from '../../test/engines/engines.js';
import { periodKey, type Period } from '../index.js';
import { durationPercentileSql, querySummaries, type SqlTimeStorage } from './index.js';

const engines: Engine[] = [];
beforeAll(async () => {
  engines.push(await openDuckDb(), await openPostgres());
  // Each instant stored four ways: TIMESTAMPTZ, a TIMESTAMP holding UTC, epoch seconds and milliseconds.
  const rows = INSTANTS.map((at, i) => ({
    id: i,
    tz: at,
    utc: at.toISOString().slice(0, -1),
    seconds: at.getTime() / 1000,
    ms: at.getTime(),
  }));
  for (const engine of engines) {
    await engine.load('times', { id: 'BIGINT', tz: 'TIMESTAMPTZ', utc: 'TIMESTAMP', seconds: 'BIGINT', ms: 'BIGINT' }, rows);
  }
});
afterAll(async () => {
  for (const engine of engines) await engine.close();
});

const STORAGE: readonly (readonly [SqlTimeStorage, string])[] = [
  ['instant', 'tz'],
  ['utc', 'utc'],
  ['epochSeconds', 'seconds'],
  ['epochMilliseconds', 'ms'],
];

describe.each(['day', 'week', 'month'] as const)('period keys by %s', (unit: Period) => {
  test.each(['UTC', 'Europe/London', 'America/New_York', 'Asia/Kathmandu', 'Pacific/Chatham'])(
    'in %s, every storage and both engines give periodKey\'s key to each instant',
    async (timeZone) => {
      for (const engine of engines) {
        for (const [storedAs, column] of STORAGE) {
          // One group per instant (grouped by id): its period must be periodKey's.
          const query = durationPercentileSql(
            { dialect: engine.name, from: 'times', duration: 'id', groupBy: ['id'], period: { column, unit, timeZone, storedAs } },
            { percentile: 50 },
          );
          const rows = await querySummaries(query, engine.run);
          const found = Object.fromEntries(rows.map((row) => [row.groups['id'] as number | string, row.period]));
          const expected = Object.fromEntries(INSTANTS.map((at, i) => [i, periodKey(at, unit, { timeZone })]));
          expect(Object.fromEntries(Object.entries(found).map(([id, key]) => [Number(id), key])), `${engine.name} ${storedAs}`).toStrictEqual(expected);
        }
      }
    },
  );
});
