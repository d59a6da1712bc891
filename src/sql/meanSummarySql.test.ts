import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { openDuckDb, openPostgres, type Engine } from '../../test/engines/engines.js';
import { meanFromSummary } from '../index.js';
import { meanSummarySql, querySummaries, readSummaries, SqlCheckError } from './index.js';

const engines: Engine[] = [];
const calls = [
  { queue: 'a', seconds: 300, at: '2026-03-02T10:00:00Z' },
  { queue: 'a', seconds: 420, at: '2026-03-02T10:00:00Z' },
  { queue: 'a', seconds: null, at: '2026-03-03T10:00:00Z' },
  { queue: 'a', seconds: 240, at: '2026-03-03T10:00:00Z' },
  { queue: 'b', seconds: 7.5, at: '2026-03-02T10:00:00Z' },
  { queue: 'b', seconds: -2.5, at: '2026-03-02T10:00:00Z' },
  { queue: 'c', seconds: null, at: '2026-03-02T10:00:00Z' },
];
beforeAll(async () => {
  engines.push(await openDuckDb(), await openPostgres());
  for (const engine of engines) {
    await engine.load('calls', { queue: 'TEXT', seconds: 'DOUBLE PRECISION', at: 'TIMESTAMPTZ' }, calls);
    await engine.load('ints', { seconds: 'BIGINT' }, [{ seconds: 1 }, { seconds: 2 }]);
  }
});
afterAll(async () => {
  for (const engine of engines) await engine.close();
});

describe.each(['duckdb', 'postgres'] as const)('meanSummarySql on %s', (name) => {
  const engine = (): Engine => engines.find((e) => e.name === name)!;

  test('count, mean, Σ (x − mean)² and unanswered per group', async () => {
    const rows = await querySummaries(meanSummarySql({ dialect: name, from: 'calls', value: 'seconds', groupBy: ['queue'] }), engine().run);
    // a: 300, 420, 240 → mean 320, (−20)² + 100² + (−80)² = 400 + 10,000 + 6,400 = 16,800; one NULL.
    // b: 7.5, −2.5 → mean 2.5, 5² + 5² = 50. c: no value → the empty summary, one unanswered.
    expect(rows).toStrictEqual([
      { groups: { queue: 'a' }, summary: { count: 3, mean: 320, sumOfSquaredDeviations: 16800, unanswered: 1 } },
      { groups: { queue: 'b' }, summary: { count: 2, mean: 2.5, sumOfSquaredDeviations: 50, unanswered: 0 } },
      { groups: { queue: 'c' }, summary: { count: 0, mean: 0, sumOfSquaredDeviations: 0, unanswered: 1 } },
    ]);
    expect(meanFromSummary(rows[0]!.summary)).toBe(320);
  });

  test('by day; a BIGINT column (AVG of integers is numeric in PostgreSQL) is read as a double', async () => {
    const query = meanSummarySql({ dialect: name, from: 'calls', value: 'seconds', period: { column: 'at', unit: 'day', timeZone: 'Europe/Paris' } });
    // 2 March: 300, 420, 7.5, −2.5 → 725/4 = 181.25; 3 March: 240 (and a NULL).
    const rows = await querySummaries(query, engine().run);
    expect(rows.map((row) => [row.period, row.summary.count, row.summary.mean, row.summary.unanswered])).toStrictEqual([
      ['2026-03-02', 4, 181.25, 1],
      ['2026-03-03', 1, 240, 1],
    ]);
    // 1, 2: mean 1.5, 0.25 + 0.25 = 0.5.
    const [ints] = await querySummaries(meanSummarySql({ dialect: name, from: 'ints', value: 'seconds' }), engine().run);
    expect(ints!.summary).toStrictEqual({ count: 2, mean: 1.5, sumOfSquaredDeviations: 0.5, unanswered: 0 });
  });

  test('non-finite values are bad (NOT_FINITE); with durations, so are negative ones (NEGATIVE)', async () => {
    await engine().load('dirty', { seconds: 'DOUBLE PRECISION' }, [Number.NaN, Number.NaN, Number.POSITIVE_INFINITY, 5, null].map((seconds) => ({ seconds })));
    const error = (await querySummaries(meanSummarySql({ dialect: name, from: 'dirty', value: 'seconds' }), engine().run).catch((caught: unknown) => caught)) as SqlCheckError;
    expect(error).toBeInstanceOf(SqlCheckError);
    expect(error).toMatchObject({ metric: 'meanSummarySql', column: 'seconds', code: 'NOT_FINITE', badRows: 3 });
    expect(error.examples[0]).toStrictEqual({ value: Number.NaN, rows: 2 });
    // −2.5 in queue b: accepted by meanSummary, a bad duration.
    expect(await querySummaries(meanSummarySql({ dialect: name, from: 'calls', value: 'seconds' }), engine().run)).toHaveLength(1);
    const durations = meanSummarySql({ dialect: name, from: 'calls', value: 'seconds' }, { durations: true });
    await expect(querySummaries(durations, engine().run)).rejects.toMatchObject({ code: 'NEGATIVE', badRows: 1, received: -2.5, examples: [{ value: -2.5, rows: 1 }] });
  });
});

describe('meanSummarySql text and input', () => {
  test('the portable text: no FILTER, `?` in the order of the values; it runs on DuckDB', async () => {
    const query = meanSummarySql({ dialect: 'portable', from: { query: 'SELECT * FROM calls WHERE queue = ?', values: ['b'] }, value: 'seconds' }, { durations: true });
    expect(query.text).not.toContain('FILTER');
    expect(query.text).not.toMatch(/\$\d/);
    expect(query.text.split('?').length - 1).toBe(query.values.length);
    expect(query.values).toStrictEqual(['b', 0]);
    await expect(querySummaries(query, engines[0]!.run)).rejects.toMatchObject({ code: 'NEGATIVE' });
  });

  test('reading rows: no value means mean 0, one value no spread, −0 is 0, and an overflowed sum is OUT_OF_RANGE', () => {
    const query = meanSummarySql({ dialect: 'duckdb', from: 't', value: 'v' });
    const read = (count: bigint, mean: number | null, spread: number | null) =>
      readSummaries(query, [{ s_count: count, s_mean: mean, s_spread: spread, s_rows: count + 1n, bad_value: 0n }])[0]!.summary;
    // Whatever an engine leaves in the other columns of an empty or one-value group.
    expect(read(0n, 5, 3)).toStrictEqual({ count: 0, mean: 0, sumOfSquaredDeviations: 0, unanswered: 1 });
    expect(read(1n, 7, 1e-30)).toStrictEqual({ count: 1, mean: 7, sumOfSquaredDeviations: 0, unanswered: 1 });
    expect(Object.is(read(1n, -0, 0).mean, 0)).toBe(true);
    // Values 1e200 apart: Σ (x − mean)² is beyond a double (an engine that returns Infinity for it).
    for (const [mean, spread] of [
      [0, Number.POSITIVE_INFINITY],
      [Number.POSITIVE_INFINITY, 0],
    ]) {
      const error = expectMetricError(() => read(2n, mean!, spread!), { metric: 'meanSummarySql', field: 'rows', code: 'OUT_OF_RANGE' });
      expect([error.expected, error.received]).toStrictEqual(['a finite mean and sum of squared deviations (values within about 1e154 of each other)', { mean, spread }]);
    }
  });

  test('options', () => {
    const input = { dialect: 'duckdb', from: 't', value: 'v' } as const;
    expectMetricError(() => meanSummarySql(input, { durations: 'yes' } as never), { metric: 'meanSummarySql', field: 'options.durations', code: 'WRONG_TYPE' });
    expectMetricError(() => meanSummarySql(input, { duration: true } as never), { metric: 'meanSummarySql', field: 'options.duration', code: 'UNKNOWN_VALUE' });
  });
});
