import { fc, test } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { channel, groupRows, instant, sqlKey } from '../../test/engines/agreement.js';
import { openDuckDb, openPostgres, type Engine } from '../../test/engines/engines.js';
import { nev, nevFromSummary, nevSummary, type Period } from '../index.js';
import { nevSummarySql, querySummaries } from './index.js';

const engines: Engine[] = [];
beforeAll(async () => {
  engines.push(await openDuckDb(), await openPostgres());
});
afterAll(async () => {
  for (const engine of engines) await engine.close();
});

const LABELS = { '🙂': 'positive', ' Bof ': 'neutral' } as const;
// Emotions, polarity words and labels as people type them: cases, spaces, tabs, no-break spaces.
const response = fc.constantFrom('happy', 'HAPPY', ' Trusting ', '\tcared for\u00a0', 'neutral', 'Negative', 'frustrated', 'Stressed ', '🙂', 'bof', null);
const rows = fc.array(fc.record({ response, channel, at: instant }), { maxLength: 60 });

describe('nevSummarySql on DuckDB and PostgreSQL', () => {
  test.prop([rows, fc.constantFrom<Period>('day', 'week', 'month'), fc.constantFrom('UTC', 'Europe/Paris', 'Asia/Kathmandu')], { numRuns: 15 })(
    'per channel and period, the summary is nevSummary of the same rows, and NEV from it is nev',
    async (table, unit, zone) => {
      const groups = groupRows(table, unit, zone);
      for (const engine of engines) {
        await engine.load('answers', { response: 'TEXT', channel: 'TEXT', at: 'TIMESTAMPTZ' }, table);
        const query = nevSummarySql({ dialect: engine.name, from: 'answers', response: 'response', groupBy: ['channel'], period: { column: 'at', unit, timeZone: zone } }, { labels: LABELS });
        const result = await querySummaries(query, engine.run);
        expect(result.map(sqlKey).sort(), engine.name).toStrictEqual([...groups.keys()].sort());
        for (const row of result) {
          const responses = groups.get(sqlKey(row))!.map((answer) => answer.response);
          expect(row.summary, engine.name).toStrictEqual(nevSummary(responses, { labels: LABELS }));
          if (responses.some((value) => value !== null)) expect(nevFromSummary(row.summary)).toBe(nev(responses, { labels: LABELS }));
        }
      }
    },
  );
});
