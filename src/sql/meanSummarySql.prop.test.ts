import { fc, test } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { channel, closeTo, groupRows, instant, sqlKey } from '../../test/engines/agreement.js';
import { openDuckDb, openPostgres, type Engine } from '../../test/engines/engines.js';
import { mean, meanFromSummary, meanSummary, type Period } from '../index.js';
import { meanSummarySql, querySummaries } from './index.js';

const engines: Engine[] = [];
beforeAll(async () => {
  engines.push(await openDuckDb(), await openPostgres());
});
afterAll(async () => {
  for (const engine of engines) await engine.close();
});

// Values with ties (a few whole numbers) and fractions, signed, and NULLs.
const value = fc.oneof(fc.constantFrom(0, 1, 30, 300), fc.double({ min: -1e4, max: 1e4, noNaN: true }), fc.constant(null));
const rows = fc.array(fc.record({ value, channel, at: instant }), { maxLength: 60 });

describe('meanSummarySql on DuckDB and PostgreSQL', () => {
  test.prop([rows, fc.constantFrom<Period>('day', 'week', 'month'), fc.constantFrom('UTC', 'America/New_York')], { numRuns: 15 })(
    'per channel and period: counts exactly, mean and Σ (x − mean)² to 1e-12 relative, as meanSummary',
    async (table, unit, zone) => {
      const groups = groupRows(table, unit, zone);
      for (const engine of engines) {
        await engine.load('values', { value: 'DOUBLE PRECISION', channel: 'TEXT', at: 'TIMESTAMPTZ' }, table);
        const query = meanSummarySql({ dialect: engine.name, from: 'values', value: 'value', groupBy: ['channel'], period: { column: 'at', unit, timeZone: zone } });
        const result = await querySummaries(query, engine.run);
        expect(result.map(sqlKey).sort()).toStrictEqual([...groups.keys()].sort());
        for (const row of result) {
          const values = groups.get(sqlKey(row))!.map((r) => r.value);
          const expected = meanSummary(values);
          expect([row.summary.count, row.summary.unanswered], engine.name).toStrictEqual([expected.count, expected.unanswered]);
          // Σ (x − mean)² is compared at the scale of Σ x² (its rounding error is relative to that).
          const scale = values.reduce<number>((sum, x) => sum + (x ?? 0) ** 2, 0);
          expect(closeTo(row.summary.mean, expected.mean), `${engine.name} mean ${String(row.summary.mean)} ${String(expected.mean)}`).toBe(true);
          expect(Math.abs(row.summary.sumOfSquaredDeviations - expected.sumOfSquaredDeviations) <= 1e-12 * Math.max(1, scale), engine.name).toBe(true);
          if (expected.count > 0) expect(closeTo(meanFromSummary(row.summary), mean(values))).toBe(true);
        }
      }
    },
  );
});
