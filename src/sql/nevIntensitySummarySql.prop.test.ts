import { fc, test } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { channel, groupRows, instant, sqlKey } from '../../test/engines/agreement.js';
import { openDuckDb, openPostgres, type Engine } from '../../test/engines/engines.js';
import { nevIntensity, nevIntensityFromSummary, nevIntensitySummary, type Period } from '../index.js';
import { nevIntensitySummarySql, querySummaries } from './index.js';

const engines: Engine[] = [];
beforeAll(async () => {
  engines.push(await openDuckDb(), await openPostgres());
});
afterAll(async () => {
  for (const engine of engines) await engine.close();
});

// Emotions of both sides as people type them, and intensities on 1–5 (ties) or unrated.
const emotion = fc.constantFrom('happy', 'Pleased', ' valued ', 'cared for', 'IRRITATED', 'stressed\t', 'frustrated', 'Unhappy');
const rows = fc.array(fc.record({ emotion, intensity: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(null)), channel, at: instant }), { maxLength: 60 });

describe('nevIntensitySummarySql on DuckDB and PostgreSQL', () => {
  test.prop([rows, fc.constantFrom<Period>('day', 'week', 'month'), fc.constantFrom('UTC', 'Europe/Paris', 'Asia/Kathmandu')], { numRuns: 15 })(
    'per channel and period, the summary is nevIntensitySummary of the same ratings, and NEV from it is nevIntensity',
    async (table, unit, zone) => {
      const groups = groupRows(table, unit, zone);
      for (const engine of engines) {
        await engine.load('ratings', { emotion: 'TEXT', intensity: 'BIGINT', channel: 'TEXT', at: 'TIMESTAMPTZ' }, table);
        const query = nevIntensitySummarySql({ dialect: engine.name, from: 'ratings', emotion: 'emotion', intensity: 'intensity', groupBy: ['channel'], period: { column: 'at', unit, timeZone: zone } });
        const result = await querySummaries(query, engine.run);
        expect(result.map(sqlKey).sort(), engine.name).toStrictEqual([...groups.keys()].sort());
        for (const row of result) {
          const ratings = groups.get(sqlKey(row))!.map(({ emotion: felt, intensity }) => ({ emotion: felt, intensity }));
          expect(row.summary, engine.name).toStrictEqual(nevIntensitySummary(ratings));
          if (row.summary.positiveCount > 0 && row.summary.negativeCount > 0) expect(nevIntensityFromSummary(row.summary)).toBe(nevIntensity(ratings));
        }
      }
    },
  );
});
