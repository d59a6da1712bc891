import { fc, test } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { channel, groupRows, instant, sqlKey } from '../../test/engines/agreement.js';
import { openDuckDb, openPostgres, type Engine } from '../../test/engines/engines.js';
import {
  abandonmentRate,
  abandonmentRateFromSummary,
  abandonmentRateSummary,
  serviceLevel,
  serviceLevelFromSummary,
  serviceLevelSummary,
  type Period,
  type QueueContact,
} from '../index.js';
import { abandonmentRateSummarySql, querySummaries, serviceLevelSummarySql } from './index.js';

const engines: Engine[] = [];
beforeAll(async () => {
  engines.push(await openDuckDb(), await openPostgres());
});
afterAll(async () => {
  for (const engine of engines) await engine.close();
});

// Waits around the thresholds (ties at T and at the short-abandon threshold), NULL for some abandons.
const contact = fc.oneof(
  fc.record({ outcome: fc.constant('answered' as const), wait: fc.constantFrom(0, 4.5, 5, 10, 20, 20.5, 40) }),
  fc.record({ outcome: fc.constant('abandoned' as const), wait: fc.constantFrom(0, 4.5, 5, 10, 20, 20.5, 40, null) }),
);
const rows = fc.array(fc.tuple(contact, channel, instant).map(([c, ch, at]) => ({ ...c, channel: ch, at })), { maxLength: 60 });

describe('serviceLevelSummarySql and abandonmentRateSummarySql on DuckDB and PostgreSQL', () => {
  test.prop([rows, fc.constantFrom<Period>('day', 'week'), fc.constantFrom(0, 10, 20), fc.constantFrom(0, 5)], { numRuns: 15 })(
    'per channel and period, the summaries are the JavaScript ones, and so are the rates',
    async (table, unit, thresholdSeconds, short) => {
      // Unknown waits are refused with a short-abandon threshold: give them one there.
      const log = table.map((row) => ({ ...row, wait: row.wait === null && short > 0 ? 1 : row.wait }));
      const groups = groupRows(log, unit, 'Europe/Paris');
      const contacts = (key: string): QueueContact[] => groups.get(key)!.map((row) => ({ waitSeconds: row.wait, outcome: row.outcome }));
      const options = { thresholdSeconds, shortAbandonSeconds: Math.min(short, thresholdSeconds) };
      for (const engine of engines) {
        await engine.load('calls', { wait: 'DOUBLE PRECISION', outcome: 'TEXT', channel: 'TEXT', at: 'TIMESTAMPTZ' }, log);
        const target = { dialect: engine.name, from: 'calls', waitSeconds: 'wait', outcome: 'outcome', groupBy: ['channel'], period: { column: 'at', unit, timeZone: 'Europe/Paris' } };
        const levels = await querySummaries(serviceLevelSummarySql(target, options), engine.run);
        expect(levels.map(sqlKey).sort()).toStrictEqual([...groups.keys()].sort());
        for (const row of levels) {
          expect(row.summary, engine.name).toStrictEqual(serviceLevelSummary(contacts(sqlKey(row)), options));
          if (row.summary.answered + row.summary.abandoned - row.summary.shortAbandoned > 0) {
            expect(serviceLevelFromSummary(row.summary)).toBe(serviceLevel(contacts(sqlKey(row)), options));
          }
        }
        const rates = await querySummaries(abandonmentRateSummarySql(target, { shortAbandonSeconds: options.shortAbandonSeconds }), engine.run);
        for (const row of rates) {
          const expected = abandonmentRateSummary(contacts(sqlKey(row)), { shortAbandonSeconds: options.shortAbandonSeconds });
          expect(row.summary, engine.name).toStrictEqual(expected);
          if (expected.offered > expected.shortAbandoned) {
            expect(abandonmentRateFromSummary(row.summary)).toBe(abandonmentRate(contacts(sqlKey(row)), { shortAbandonSeconds: options.shortAbandonSeconds }));
          }
        }
      }
    },
  );
});
