import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { openDuckDb, openPostgres, type Engine } from '../../test/engines/engines.js';
import { nevIntensityFromSummary, nevIntensitySummary, periodKey } from '../index.js';
import { nevIntensitySummarySql, querySummaries, SqlCheckError } from './index.js';

const engines: Engine[] = [];
const HOSTILE = 'emotion"; DROP TABLE ratings; --';
const COLUMNS = { team: 'TEXT', emotion: 'TEXT', intensity: 'DOUBLE PRECISION', at: 'TIMESTAMPTZ' } as const;
// Seven ratings, summed by hand below.
const ratings = [
  { team: 'billing', emotion: 'happy', intensity: 5, at: '2026-03-02T10:00:00Z' },
  { team: 'billing', emotion: 'Trusting', intensity: 4, at: '2026-03-08T23:30:00Z' }, // Monday 00:30 in Paris: week 11 there
  { team: 'billing', emotion: 'frustrated', intensity: 2, at: '2026-03-09T10:00:00Z' },
  { team: 'billing', emotion: 'stressed', intensity: null, at: '2026-03-03T10:00:00Z' },
  { team: 'tech', emotion: 'pleased', intensity: 3, at: '2026-03-02T10:00:00Z' },
  { team: 'tech', emotion: ' irritated', intensity: 4, at: '2026-03-02T11:00:00Z' },
  { team: 'tech', emotion: 'HURRIED', intensity: 2, at: '2026-03-09T11:00:00Z' },
];
const rate = (rows: readonly { emotion: string | null; intensity: number | null }[]): { emotion: string | null; intensity: number | null }[] =>
  rows.map(({ emotion, intensity }) => ({ emotion, intensity }));
beforeAll(async () => {
  engines.push(await openDuckDb(), await openPostgres());
  for (const engine of engines) {
    await engine.load('ratings', COLUMNS, ratings);
    // Emotions nevIntensitySummary rejects: 'angry' (twice), NULL, 'neutral' (a polarity, not an emotion).
    await engine.load('bad_emotions', { emotion: 'TEXT', intensity: 'DOUBLE PRECISION' }, [['angry', 3], ['angry', 3], [null, 3], ['neutral', 2], ['happy', 4]].map(([emotion, intensity]) => ({ emotion, intensity })));
    // Intensities off 1–5: 6 (twice), 2.5, NaN.
    await engine.load('bad_intensities', { emotion: 'TEXT', intensity: 'DOUBLE PRECISION' }, [6, 6, 2.5, Number.NaN, null, 3].map((intensity) => ({ emotion: 'happy', intensity })));
    // 'İNTERESTED': 'i̇nterested' (with U+0307) in JavaScript, an unknown emotion; 'interested' in DuckDB.
    await engine.load('dotted', { emotion: 'TEXT', intensity: 'DOUBLE PRECISION' }, [{ emotion: '\u0130NTERESTED', intensity: 3 }, { emotion: 'happy', intensity: 4 }]);
    await engine.load('hostile', { [HOSTILE]: 'TEXT', intensity: 'DOUBLE PRECISION' }, [{ [HOSTILE]: 'valued', intensity: 4 }, { [HOSTILE]: 'unhappy', intensity: 1 }]);
  }
});
afterAll(async () => {
  for (const engine of engines) await engine.close();
});

describe.each(['duckdb', 'postgres'] as const)('nevIntensitySummarySql on %s', (name) => {
  const engine = (): Engine => engines.find((e) => e.name === name)!;
  const columns = { emotion: 'emotion', intensity: 'intensity' };

  test('counts and sums each side per group, as nevIntensitySummary does', async () => {
    const rows = await querySummaries(nevIntensitySummarySql({ dialect: name, from: 'ratings', ...columns, groupBy: ['team'] }), engine().run);
    // By hand: billing happy 5, trusting 4 → 2 positive summing 9; frustrated 2 → 1 negative, 2;
    // stressed unrated. Tech: pleased 3 → 1, 3; irritated 4, hurried 2 → 2, 6.
    expect(rows).toStrictEqual([
      { groups: { team: 'billing' }, summary: { positiveCount: 2, positiveSum: 9, negativeCount: 1, negativeSum: 2, unanswered: 1 } },
      { groups: { team: 'tech' }, summary: { positiveCount: 1, positiveSum: 3, negativeCount: 2, negativeSum: 6, unanswered: 0 } },
    ]);
    expect(rows[0]!.summary).toStrictEqual(nevIntensitySummary(rate(ratings.filter((row) => row.team === 'billing')) as never));
    // Billing: 9 / 2 − 2 / 1; tech: 3 / 1 − 6 / 2.
    expect(nevIntensityFromSummary(rows[0]!.summary)).toBe(2.5);
    expect(nevIntensityFromSummary(rows[1]!.summary)).toBe(0);
  });

  test('by ISO week in Europe/Paris, the keys periodKey gives; a wider scale', async () => {
    const query = nevIntensitySummarySql({ dialect: name, from: 'ratings', ...columns, period: { column: 'at', unit: 'week', timeZone: 'Europe/Paris' } }, { scaleMin: 0, scaleMax: 10 });
    expect(periodKey('2026-03-08T23:30:00Z', 'week', { timeZone: 'Europe/Paris' })).toBe('2026-W11');
    // Week 10: happy 5, pleased 3 → 2, 8; irritated 4 → 1, 4; stressed unrated. Week 11: trusting 4
    // → 1, 4; frustrated 2, hurried 2 → 2, 4.
    expect(await querySummaries(query, engine().run)).toStrictEqual([
      { groups: {}, period: '2026-W10', summary: { positiveCount: 2, positiveSum: 8, negativeCount: 1, negativeSum: 4, unanswered: 1 } },
      { groups: {}, period: '2026-W11', summary: { positiveCount: 1, positiveSum: 4, negativeCount: 2, negativeSum: 4, unanswered: 0 } },
    ]);
  });

  test('bad emotions, with the code nevIntensitySummary gives', async () => {
    const query = nevIntensitySummarySql({ dialect: name, from: 'bad_emotions', ...columns });
    const error = (await querySummaries(query, engine().run).catch((caught: unknown) => caught)) as SqlCheckError;
    expect(error).toBeInstanceOf(SqlCheckError);
    // angry, angry, NULL, neutral: 4 bad rows; angry the most frequent, UNKNOWN_VALUE.
    expect(error).toMatchObject({ metric: 'nevIntensitySummarySql', column: 'emotion', field: 'column "emotion"', code: 'UNKNOWN_VALUE', badRows: 4, received: 'angry' });
    expect(error.examples[0]).toStrictEqual({ value: 'angry', rows: 2 });
    expect(error.examples.map((example) => example.value)).toEqual(expect.arrayContaining([null, 'neutral']));
    expectMetricError(() => nevIntensitySummary([{ emotion: 'neutral', intensity: 2 }]), { metric: 'nevIntensitySummary', code: 'UNKNOWN_VALUE' });
    // A missing emotion alone: WRONG_TYPE, as nevIntensitySummary says of { emotion: null }.
    expectMetricError(() => nevIntensitySummary([{ emotion: null as never, intensity: 3 }]), { metric: 'nevIntensitySummary', code: 'WRONG_TYPE' });
    await engine().load('one', { emotion: 'TEXT', intensity: 'DOUBLE PRECISION' }, [{ emotion: null, intensity: 3 }, { emotion: 'safe', intensity: 3 }]);
    await expect(querySummaries(nevIntensitySummarySql({ dialect: name, from: 'one', ...columns }), engine().run)).rejects.toMatchObject({ code: 'WRONG_TYPE', badRows: 1, column: 'emotion' });
  });

  test('an emotion with a capital the engine lower-cases otherwise is bad, never counted', async () => {
    expectMetricError(() => nevIntensitySummary([{ emotion: '\u0130NTERESTED', intensity: 3 }]), { metric: 'nevIntensitySummary', code: 'UNKNOWN_VALUE' });
    await expect(querySummaries(nevIntensitySummarySql({ dialect: name, from: 'dotted', ...columns }), engine().run)).rejects.toMatchObject({
      column: 'emotion',
      code: 'UNKNOWN_VALUE',
      badRows: 1,
      received: '\u0130NTERESTED',
    });
  });

  test('bad intensities, with the code nevIntensitySummary gives', async () => {
    const query = nevIntensitySummarySql({ dialect: name, from: 'bad_intensities', ...columns });
    const error = (await querySummaries(query, engine().run).catch((caught: unknown) => caught)) as SqlCheckError;
    // 6, 6, 2.5, NaN: 4 bad rows; 6 the most frequent, OUT_OF_RANGE on 1–5.
    expect(error).toMatchObject({ metric: 'nevIntensitySummarySql', column: 'intensity', code: 'OUT_OF_RANGE', badRows: 4, received: 6 });
    expect(error.examples[0]).toStrictEqual({ value: 6, rows: 2 });
    for (const [value, code] of [[2.5, 'NOT_INTEGER'], [0, 'OUT_OF_RANGE'], [Number.NaN, 'NOT_FINITE']] as const) {
      expectMetricError(() => nevIntensitySummary([{ emotion: 'happy', intensity: value }]), { metric: 'nevIntensitySummary', code });
      await engine().load('one', { emotion: 'TEXT', intensity: 'DOUBLE PRECISION' }, [{ emotion: 'happy', intensity: value }, { emotion: 'happy', intensity: 3 }]);
      await expect(querySummaries(nevIntensitySummarySql({ dialect: name, from: 'one', ...columns }), engine().run)).rejects.toMatchObject({ code, badRows: 1, column: 'intensity' });
    }
  });

  test('a hostile column name is one quoted identifier', async () => {
    const [all] = await querySummaries(nevIntensitySummarySql({ dialect: name, from: 'hostile', emotion: HOSTILE, intensity: 'intensity' }), engine().run);
    expect(all!.summary).toStrictEqual({ positiveCount: 1, positiveSum: 4, negativeCount: 1, negativeSum: 1, unanswered: 0 });
    await expect(querySummaries(nevIntensitySummarySql({ dialect: name, from: 'ratings', emotion: HOSTILE, intensity: 'intensity' }), engine().run)).rejects.toThrow(/not found|does not exist|does not have a column/i);
    expect(await engine().run('SELECT COUNT(*) AS n FROM ratings', [])).toStrictEqual([{ n: name === 'duckdb' ? 7n : '7' }]);
  });
});

describe('nevIntensitySummarySql text and input', () => {
  test('the portable text: no FILTER, `?` in the order of the values; it runs on DuckDB', async () => {
    const query = nevIntensitySummarySql({ dialect: 'portable', from: { query: 'SELECT * FROM ratings WHERE team = ?', values: ['tech'] }, emotion: 'emotion', intensity: 'intensity' });
    expect(query.text).not.toContain('FILTER');
    expect(query.text).not.toMatch(/\$\d/);
    expect(query.text.split('?').length - 1).toBe(query.values.length);
    expect(query.values[0]).toBe('tech');
    expect((await querySummaries(query, engines[0]!.run))[0]!.summary).toStrictEqual({ positiveCount: 1, positiveSum: 3, negativeCount: 2, negativeSum: 6, unanswered: 0 });
  });

  test('options are checked as nevIntensity checks them, for nevIntensitySummarySql', () => {
    const input = { dialect: 'duckdb', from: 't', emotion: 'e', intensity: 'i' } as const;
    expectMetricError(() => nevIntensitySummarySql(input, { scaleMin: 3, scaleMax: 2 }), { metric: 'nevIntensitySummarySql', field: 'options.scaleMax', code: 'INCONSISTENT' });
    expectMetricError(() => nevIntensitySummarySql(input, { labels: {} } as never), { metric: 'nevIntensitySummarySql', field: 'options.labels', code: 'UNKNOWN_VALUE' });
    expectMetricError(() => nevIntensitySummarySql({ dialect: 'duckdb', from: 't', emotion: 'e' } as never), { metric: 'nevIntensitySummarySql', field: 'input.intensity', code: 'WRONG_TYPE' });
  });
});
