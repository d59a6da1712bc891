import { fc, test } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { channel, groupRows, instant, sqlKey } from '../../test/engines/agreement.js';
import { openDuckDb, openPostgres, type Engine } from '../../test/engines/engines.js';
import { proportion, proportionFromSummary, proportionSummary, type Period } from '../index.js';
import { proportionSummarySql, querySummaries } from './index.js';

const engines: Engine[] = [];
beforeAll(async () => {
  engines.push(await openDuckDb(), await openPostgres());
});
afterAll(async () => {
  for (const engine of engines) await engine.close();
});

const rows = fc.array(fc.record({ yes: fc.constantFrom(true, false, null), channel, at: instant }), { maxLength: 60 });

describe('proportionSummarySql on DuckDB and PostgreSQL', () => {
  test.prop([rows, fc.constantFrom<Period>('day', 'week', 'month'), fc.constantFrom('UTC', 'Europe/Paris', 'Asia/Kathmandu')], { numRuns: 15 })(
    'per channel and period, the summary is proportionSummary of the same rows, from a BOOLEAN and a 1/0 column',
    async (table, unit, zone) => {
      const groups = groupRows(table, unit, zone);
      const loaded = table.map((row) => ({ ...row, flag: row.yes === null ? null : Number(row.yes) }));
      for (const engine of engines) {
        await engine.load('answers', { yes: 'BOOLEAN', flag: 'BIGINT', channel: 'TEXT', at: 'TIMESTAMPTZ' }, loaded);
        const target = { dialect: engine.name, from: 'answers', groupBy: ['channel'], period: { column: 'at', unit, timeZone: zone } };
        const booleans = await querySummaries(proportionSummarySql({ ...target, value: 'yes' }), engine.run);
        const numbers = await querySummaries(proportionSummarySql({ ...target, value: 'flag' }, { valueType: 'number' }), engine.run);
        expect(numbers, engine.name).toStrictEqual(booleans);
        expect(booleans.map(sqlKey).sort()).toStrictEqual([...groups.keys()].sort());
        for (const row of booleans) {
          const values = groups.get(sqlKey(row))!.map((answer) => answer.yes);
          expect(row.summary, engine.name).toStrictEqual(proportionSummary(values));
          if (row.summary.trials > 0) expect(proportionFromSummary(row.summary)).toBe(proportion(values));
        }
      }
    },
  );
});
