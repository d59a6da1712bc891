import { fc, test } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { channel, groupRows, instant, sqlKey } from '../../test/engines/agreement.js';
import { openDuckDb, openPostgres, type Engine } from '../../test/engines/engines.js';
import { ces, cesFromSummary, cesSummary, type Period } from '../index.js';
import { cesSummarySql, querySummaries } from './index.js';

const engines: Engine[] = [];
beforeAll(async () => {
  engines.push(await openDuckDb(), await openPostgres());
});
afterAll(async () => {
  for (const engine of engines) await engine.close();
});

// A scale, and up to 60 rows of scores on it (ties are frequent on so few points) or NULL.
const scaled = fc.constantFrom({ scaleMin: 1, scaleMax: 7 }, { scaleMin: 1, scaleMax: 5 }, { scaleMin: 0, scaleMax: 10 }, { scaleMin: -2, scaleMax: 2 }).chain((scale) =>
  fc.tuple(
    fc.constant(scale),
    fc.array(fc.record({ score: fc.oneof(fc.integer({ min: scale.scaleMin, max: scale.scaleMax }), fc.constant(null)), channel, at: instant }), { maxLength: 60 }),
  ),
);

describe('cesSummarySql on DuckDB and PostgreSQL', () => {
  test.prop([scaled, fc.constantFrom<'high' | 'low'>('high', 'low'), fc.constantFrom<Period>('day', 'week', 'month'), fc.constantFrom('UTC', 'Europe/Paris', 'Asia/Kathmandu')], { numRuns: 15 })(
    'per channel and period, the summary is cesSummary of the same rows, and CES from it is ces',
    async ([scale, table], easyEnd, unit, zone) => {
      const groups = groupRows(table, unit, zone);
      const options = { ...scale, easyEnd };
      for (const engine of engines) {
        await engine.load('answers', { score: 'BIGINT', channel: 'TEXT', at: 'TIMESTAMPTZ' }, table);
        const query = cesSummarySql({ dialect: engine.name, from: 'answers', score: 'score', groupBy: ['channel'], period: { column: 'at', unit, timeZone: zone } }, options);
        const result = await querySummaries(query, engine.run);
        expect(result.map(sqlKey).sort(), engine.name).toStrictEqual([...groups.keys()].sort());
        for (const row of result) {
          const scores = groups.get(sqlKey(row))!.map((answer) => answer.score);
          expect(row.summary, engine.name).toStrictEqual(cesSummary(scores, options));
          if (scores.some((score) => score !== null)) expect(cesFromSummary(row.summary)).toStrictEqual(ces(scores, options));
        }
      }
    },
  );
});
