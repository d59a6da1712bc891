import { fc, test } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { channel, groupRows, instant, sqlKey } from '../../test/engines/agreement.js';
import { openDuckDb, openPostgres, type Engine } from '../../test/engines/engines.js';
import { engagementIndex, engagementIndexFromSummary, engagementIndexSummary, type Period } from '../index.js';
import { engagementIndexSummarySql, querySummaries } from './index.js';

const engines: Engine[] = [];
beforeAll(async () => {
  engines.push(await openDuckDb(), await openPostgres());
});
afterAll(async () => {
  for (const engine of engines) await engine.close();
});

// A scale, and up to 60 rows of scores on it (ties are frequent on so few points) or NULL.
const scaled = fc.constantFrom({ scaleMin: 1, scaleMax: 5 }, { scaleMin: 0, scaleMax: 10 }, { scaleMin: -2, scaleMax: 2 }).chain((scale) =>
  fc.tuple(
    fc.constant(scale),
    fc.array(fc.record({ score: fc.oneof(fc.integer({ min: scale.scaleMin, max: scale.scaleMax }), fc.constant(null)), channel, at: instant }), { maxLength: 60 }),
  ),
);

describe('engagementIndexSummarySql on DuckDB and PostgreSQL', () => {
  test.prop([scaled, fc.constantFrom<Period>('day', 'week', 'month'), fc.constantFrom('UTC', 'Europe/Paris', 'Asia/Kathmandu')], { numRuns: 15 })(
    'per channel and period, the summary is engagementIndexSummary of the same rows, and the index from it is engagementIndex',
    async ([scale, table], unit, zone) => {
      const groups = groupRows(table, unit, zone);
      for (const engine of engines) {
        await engine.load('answers', { score: 'BIGINT', channel: 'TEXT', at: 'TIMESTAMPTZ' }, table);
        const query = engagementIndexSummarySql({ dialect: engine.name, from: 'answers', answer: 'score', groupBy: ['channel'], period: { column: 'at', unit, timeZone: zone } }, scale);
        const result = await querySummaries(query, engine.run);
        expect(result.map(sqlKey).sort(), engine.name).toStrictEqual([...groups.keys()].sort());
        for (const row of result) {
          const scores = groups.get(sqlKey(row))!.map((answer) => answer.score);
          expect(row.summary, engine.name).toStrictEqual(engagementIndexSummary(scores, scale));
          if (scores.some((score) => score !== null)) expect(engagementIndexFromSummary(row.summary, scale)).toBe(engagementIndex(scores, scale));
        }
      }
    },
  );
});
