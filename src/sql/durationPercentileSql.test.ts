import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { durationPercentile } from '../index.js';
import { durationPercentileSql, querySummaries, type SqlRunner } from './index.js';

let connection: DuckDBConnection;
const run: SqlRunner = async (text, values) => (await connection.runAndReadAll(text, values as DuckDBValue[])).getRowObjectsJS();

beforeAll(async () => {
  connection = await (await DuckDBInstance.create(':memory:')).connect();
  await connection.run(`CREATE TABLE calls AS SELECT * FROM (VALUES
    ('a', 10.0), ('a', 7.0), ('a', 4.0), ('a', 3.0), ('a', 2.0), ('a', 1.0), ('a', NULL),
    ('b', 12.0), ('b', 3.0), ('b', 45.0), ('b', 20.0), ('b', 8.0), ('c', NULL)
  ) AS t(queue, wait_seconds)`);
});
afterAll(() => {
  connection.closeSync();
});

describe('durationPercentileSql on DuckDB', () => {
  test('the exact type-7 percentile per group', async () => {
    const median = durationPercentileSql({ dialect: 'duckdb', from: 'calls', duration: 'wait_seconds', groupBy: ['queue'] }, { percentile: 50 });
    // NumPy's documentation: the median of 10, 7, 4, 3, 2, 1 is 3.5. Queue b sorted 3, 8, 12, 20, 45: 12.
    expect(await querySummaries(median, run)).toStrictEqual([
      { groups: { queue: 'a' }, summary: { count: 6, unanswered: 1, seconds: 3.5 } },
      { groups: { queue: 'b' }, summary: { count: 5, unanswered: 0, seconds: 12 } },
      { groups: { queue: 'c' }, summary: { count: 0, unanswered: 1, seconds: null } },
    ]);
    // h = 4 × 0.9 = 3.6: 20 + 0.6 × (45 − 20) = 35.
    const p90 = durationPercentileSql({ dialect: 'postgres', from: 'calls', duration: 'wait_seconds', groupBy: ['queue'] }, { percentile: 90 });
    expect(p90.text).toContain('PERCENTILE_CONT(CAST($1 AS DOUBLE PRECISION)) WITHIN GROUP');
    const duck = durationPercentileSql({ dialect: 'duckdb', from: { query: "SELECT * FROM calls WHERE queue = 'b'" }, duration: 'wait_seconds' }, { percentile: 90 });
    expect((await querySummaries(duck, run))[0]!.summary.seconds).toBeCloseTo(35, 12);
    expect(durationPercentile([12, 3, 45, 20, 8], { percentile: 90 })).toBeCloseTo(35, 12);
  });

  test('the portable form (the standard ordered-set aggregate) runs on DuckDB', async () => {
    const query = durationPercentileSql({ dialect: 'portable', from: 'calls', duration: 'wait_seconds' }, { percentile: 0 });
    expect(query.text).toContain('PERCENTILE_CONT(?) WITHIN GROUP');
    expect((await querySummaries(query, run))[0]!.summary).toStrictEqual({ count: 11, unanswered: 2, seconds: 1 });
  });

  test('negative and non-finite durations are bad values, as in durationPercentile', async () => {
    for (const [value, code] of [['-1.0', 'NEGATIVE'], ["'NaN'", 'NOT_FINITE'], ["'-Infinity'", 'NOT_FINITE']] as const) {
      const query = durationPercentileSql({ dialect: 'duckdb', from: { query: `SELECT CAST(${value} AS DOUBLE) AS w UNION ALL SELECT 5.0` }, duration: 'w' }, { percentile: 50 });
      await expect(querySummaries(query, run)).rejects.toMatchObject({ code, column: 'w', badRows: 1 });
    }
  });

  test('options are checked as durationPercentile checks them', () => {
    const input = { dialect: 'duckdb', from: 'calls', duration: 'wait_seconds' } as const;
    expectMetricError(() => durationPercentileSql(input, { percentile: 101 }), { metric: 'durationPercentileSql', field: 'options.percentile', code: 'OUT_OF_RANGE' });
    expectMetricError(() => durationPercentileSql(input, undefined as never), { metric: 'durationPercentileSql', code: 'WRONG_TYPE' });
  });
});
