import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDuckDb, openPostgres, type Engine } from '../../test/engines/engines.js';
import { expectMetricError } from '../../test/helpers.js';
import { approximatePercentileSummarySql, querySummaries, readSummaries, SqlCheckError } from './index.js';

const engines: Engine[] = [];
beforeAll(async () => {
  engines.push(await openDuckDb(), await openPostgres());
});
afterAll(async () => {
  for (const engine of engines) await engine.close();
});

describe('approximatePercentileSummarySql on DuckDB and PostgreSQL', () => {
  test('the buckets of each group, as approximatePercentileSummary counts them', async () => {
    // Queue a: 0, 0, 2, 0.5, 3 and a NULL; queue b: 1e7. Buckets at 1 % (γ = 1.01/0.99):
    // ln 2 / ln γ = 34.66 → 35, ln 0.5 → −34.66 → −34, ln 3 → 54.93 → 55, ln 1e7 → 805.88 → 806.
    const rows = [
      { queue: 'a', wait: 0 }, { queue: 'a', wait: 0 }, { queue: 'a', wait: 2 }, { queue: 'a', wait: 0.5 },
      { queue: 'a', wait: 3 }, { queue: 'a', wait: null }, { queue: 'b', wait: 1e7 },
    ];
    for (const engine of engines) {
      await engine.load('waits', { queue: 'TEXT', wait: 'DOUBLE PRECISION' }, rows);
      const query = approximatePercentileSummarySql({ dialect: engine.name, from: 'waits', value: 'wait', groupBy: ['queue'] });
      expect(await querySummaries(query, engine.run), engine.name).toStrictEqual([
        {
          groups: { queue: 'a' },
          summary: { relativeAccuracy: 0.01, count: 5, zeroCount: 2, buckets: { '-34': 1, '35': 1, '55': 1 }, minimum: 0, maximum: 3, unanswered: 1 },
        },
        { groups: { queue: 'b' }, summary: { relativeAccuracy: 0.01, count: 1, zeroCount: 0, buckets: { '806': 1 }, minimum: 1e7, maximum: 1e7, unanswered: 0 } },
      ]);
      // Without groups, an empty table is one empty summary.
      const empty = approximatePercentileSummarySql({ dialect: engine.name, from: { query: 'SELECT * FROM waits WHERE wait < 0' }, value: 'wait' });
      expect((await querySummaries(empty, engine.run))[0]!.summary.count).toBe(0);
    }
  });

  test('negative and non-finite values are bad values with the JavaScript codes', async () => {
    for (const engine of engines) {
      for (const [value, code] of [[-1, 'NEGATIVE'], [Number.NaN, 'NOT_FINITE'], [Number.POSITIVE_INFINITY, 'NOT_FINITE']] as const) {
        await engine.load('bad', { wait: 'DOUBLE PRECISION' }, [{ wait: 5 }, { wait: value }]);
        const query = approximatePercentileSummarySql({ dialect: engine.name, from: 'bad', value: 'wait' });
        const error = await querySummaries(query, engine.run).catch((caught: unknown) => caught);
        expect(error, `${engine.name} ${String(value)}`).toBeInstanceOf(SqlCheckError);
        expect((error as SqlCheckError).code).toBe(code);
      }
    }
  });

  test('the portable text runs on DuckDB', async () => {
    const duck = engines[0]!;
    await duck.load('portable', { wait: 'DOUBLE PRECISION' }, [{ wait: 2 }, { wait: 0 }]);
    const query = approximatePercentileSummarySql({ dialect: 'portable', from: 'portable', value: 'wait' }, { relativeAccuracy: 0.1 });
    expect(query.text).not.toContain('FILTER');
    // α = 0.1: ln 2 / ln(1.1 / 0.9) = 3.45 → bucket 4.
    expect((await querySummaries(query, duck.run))[0]!.summary.buckets).toStrictEqual({ '4': 1 });
  });
});

describe('approximatePercentileSummarySql: options and rows', () => {
  const input = { dialect: 'duckdb', from: 't', value: 'v' } as const;

  test('its options are checked when the query is built, named as its own', () => {
    const metric = 'approximatePercentileSummarySql';
    expectMetricError(() => approximatePercentileSummarySql(input, { relativeAccuracy: 1.5 }), { metric, field: 'options.relativeAccuracy', code: 'OUT_OF_RANGE' });
    expectMetricError(() => approximatePercentileSummarySql(input, { accuracy: 0.01 } as never), { metric, code: 'UNKNOWN_VALUE' });
  });

  test('bucket indexes as each driver sends a BIGINT (bigint, digits, number); anything else is WRONG_TYPE', () => {
    const query = approximatePercentileSummarySql(input);
    const bucket = (detail: unknown, count: bigint) => ({ detail, s_count: count, s_rows: count, s_zeros: 0n, s_minimum: 0.5, s_maximum: 3, bad_value: 0n });
    const [all] = readSummaries(query, [bucket(3n, 2n), bucket('-2', 1n), bucket(4, 1n)]);
    expect(all!.summary.buckets).toStrictEqual({ '3': 2, '-2': 1, '4': 1 });
    const error = expectMetricError(() => readSummaries(query, [bucket('x', 1n)]), { metric: 'approximatePercentileSummarySql', field: 'rows[].detail', code: 'WRONG_TYPE' });
    expect([error.expected, error.received]).toStrictEqual(['a bucket index: an integer', 'x']);
    expectMetricError(() => readSummaries(query, [bucket(true, 1n)]), { metric: 'approximatePercentileSummarySql', field: 'rows[].detail', code: 'WRONG_TYPE' });
  });
});
