import { fc, test } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { channel, groupRows, instant, sqlKey } from '../../test/engines/agreement.js';
import { openDuckDb, openPostgres, type Engine } from '../../test/engines/engines.js';
import { compareNps, nps, npsFromSummary, npsInterval, npsIntervalFromSummary, npsSummary, type Period } from '../index.js';
import { npsSummarySql, querySummaries } from './index.js';

const engines: Engine[] = [];
beforeAll(async () => {
  engines.push(await openDuckDb(), await openPostgres());
});
afterAll(async () => {
  for (const engine of engines) await engine.close();
});

const rows = fc.array(
  fc.record({ score: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant(null)), channel, at: instant }),
  { maxLength: 60 },
);
const period = fc.constantFrom<Period>('day', 'week', 'month');
const timeZone = fc.constantFrom('UTC', 'Europe/Paris', 'America/New_York', 'Australia/Adelaide', 'Asia/Kathmandu');

describe('npsSummarySql on DuckDB and PostgreSQL', () => {
  test.prop([rows, period, timeZone], { numRuns: 25 })(
    'by channel and period, the summaries are npsSummary of the same rows, and so are the NPS, interval and comparison',
    async (table, unit, zone) => {
      const groups = groupRows(table, unit, zone);
      for (const engine of engines) {
        await engine.load('answers', { score: 'BIGINT', channel: 'TEXT', at: 'TIMESTAMPTZ' }, table);
        const query = npsSummarySql({
          dialect: engine.name,
          from: 'answers',
          score: 'score',
          groupBy: ['channel'],
          period: { column: 'at', unit, timeZone: zone },
        });
        const result = await querySummaries(query, engine.run);
        expect(result.map(sqlKey).sort(), engine.name).toStrictEqual([...groups.keys()].sort());
        for (const row of result) {
          const scores = groups.get(sqlKey(row))!.map((answer) => answer.score);
          expect(row.summary, engine.name).toStrictEqual(npsSummary(scores));
          if (row.summary.promoters + row.summary.passives + row.summary.detractors === 0) continue;
          expect(npsFromSummary(row.summary)).toBe(nps(scores));
          expect(npsIntervalFromSummary(row.summary)).toStrictEqual(npsInterval(scores));
        }
        const answered = result.filter((row) => row.summary.promoters + row.summary.passives + row.summary.detractors > 0);
        if (answered.length >= 2) {
          const [a, b] = answered;
          const scoresOf = (row: typeof a): (number | null)[] => groups.get(sqlKey(row!))!.map((answer) => answer.score);
          expect(compareNps(a!.summary, b!.summary)).toStrictEqual(compareNps(npsSummary(scoresOf(a)), npsSummary(scoresOf(b))));
        }
      }
    },
  );
});
