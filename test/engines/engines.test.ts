import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDuckDb, openPostgres, type Engine } from './engines.js';

describe.each([
  ['duckdb', openDuckDb],
  ['postgres', () => openPostgres()],
] as const)('%s, live', (name, open) => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await open();
  });
  afterAll(async () => {
    await engine.close();
  });

  test('loads a table and counts it; counts come back as the driver sends them', async () => {
    await engine.load('probe', { score: 'DOUBLE PRECISION', channel: 'TEXT', at: 'TIMESTAMPTZ' }, [
      { score: 9, channel: 'phone', at: new Date('2024-12-30T23:30:00Z') },
      { score: null, channel: 'chat', at: '2024-12-29T12:00:00Z' },
      { score: Number.NaN, channel: undefined, at: null },
    ]);
    const [row] = await engine.run('SELECT COUNT(*) AS n, COUNT(score) AS answered FROM probe', []);
    // DuckDB: bigint; node-postgres: int8 as a string.
    expect(row).toStrictEqual(name === 'duckdb' ? { n: 3n, answered: 2n } : { n: '3', answered: '2' });
  });

  test('parameters and time zones: an ISO week in Paris', async () => {
    const text =
      name === 'duckdb'
        ? `SELECT strftime(timezone($1, TIMESTAMPTZ '2024-12-30 23:30:00+00'), '%G-W%V') AS week`
        : `SELECT to_char(TIMESTAMPTZ '2024-12-30 23:30:00+00' AT TIME ZONE $1, 'IYYY-"W"IW') AS week`;
    // 23:30 UTC on Monday 30 December 2024 is 00:30 on the 31st in Paris: ISO week 1 of 2025.
    expect(await engine.run(text, ['Europe/Paris'])).toStrictEqual([{ week: '2025-W01' }]);
  });
});

describe('the PostgreSQL shards', () => {
  test('three more databases, each usable on its own', async () => {
    for (const database of ['shard1', 'shard2', 'shard3']) {
      const shard = await openPostgres(database);
      try {
        expect(await shard.run('SELECT current_database() AS name', [])).toStrictEqual([{ name: database }]);
      } finally {
        await shard.close();
      }
    }
  });
});
