import { fc, test as propTest } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { channel, groupRows, instant, sqlKey } from '../../test/engines/agreement.js';
import { openDuckDb, openPostgres, type Engine } from '../../test/engines/engines.js';
import { approximatePercentileFromSummary, approximatePercentileSummary, durationPercentile } from '../index.js';
import { approximatePercentileSummarySql, querySummaries } from './index.js';

const engines: Engine[] = [];
beforeAll(async () => {
  engines.push(await openDuckDb(), await openPostgres());
});
afterAll(async () => {
  for (const engine of engines) await engine.close();
});

describe('approximatePercentileSummarySql properties, on DuckDB and PostgreSQL', () => {
  const rows = fc.array(
    fc.record({
      wait: fc.oneof(fc.constant(null), fc.constant(0), fc.integer({ min: 1, max: 3600 }), fc.double({ min: 1e-3, max: 1e6, noNaN: true })),
      channel,
      at: instant,
    }),
    { maxLength: 60 },
  );
  propTest.prop([rows, fc.constantFrom(0.005, 0.01, 0.05)], { numRuns: 15 })(
    'by channel and week, the SQL summary is the JavaScript one, and its percentiles are within α of the exact ones',
    async (table, relativeAccuracy) => {
      const groups = groupRows(table, 'week', 'Europe/Paris');
      for (const engine of engines) {
        await engine.load('sketch', { wait: 'DOUBLE PRECISION', channel: 'TEXT', at: 'TIMESTAMPTZ' }, table);
        const query = approximatePercentileSummarySql(
          { dialect: engine.name, from: 'sketch', value: 'wait', groupBy: ['channel'], period: { column: 'at', unit: 'week', timeZone: 'Europe/Paris' } },
          { relativeAccuracy },
        );
        for (const row of await querySummaries(query, engine.run)) {
          const waits = groups.get(sqlKey(row))!.map((answer) => answer.wait);
          expect(row.summary, engine.name).toStrictEqual(approximatePercentileSummary(waits, { relativeAccuracy }));
          if (row.summary.count === 0) continue;
          const exact = durationPercentile(waits, { percentile: 90 });
          expect(Math.abs(approximatePercentileFromSummary(row.summary, { percentile: 90 }) - exact)).toBeLessThanOrEqual(relativeAccuracy * exact * (1 + 1e-9));
        }
      }
    },
  );
});
