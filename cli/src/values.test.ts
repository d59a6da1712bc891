// The readings of values.ts run in DuckDB on single cells, with the values worked out by hand:
// cells read as they stand (the fast cases) and cells read after a trim must agree, and a
// --missing token that looks like a value (99, 1900-01-01) stays missing.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { literal, reading, type ReadingOptions, type ValueKind } from './values.js';

let connection: DuckDBConnection;
beforeAll(async () => {
  connection = await (await DuckDBInstance.create(':memory:')).connect();
  await connection.run("SET TimeZone = 'UTC'");
});
afterAll(() => {
  connection.closeSync();
});

const OPTIONS: ReadingOptions = { missing: [], timeZone: 'UTC', durationUnit: 'seconds' };

/** The value (times as epoch milliseconds) and the problem of one VARCHAR cell read as `kind`. */
async function read(kind: ValueKind, cell: string | null, missing: readonly string[] = []): Promise<{ value: unknown; problem: unknown }> {
  const { value, problem } = reading({ name: 'cell', type: 'VARCHAR' }, kind, { ...OPTIONS, missing });
  const safe = `CASE WHEN ${problem} IS NULL THEN ${value} END`;
  const shown = kind === 'time' ? `epoch_ms(${safe})` : safe;
  const source = `(SELECT CAST(${cell === null ? 'NULL' : literal(cell)} AS VARCHAR) AS cell)`;
  const [row] = (await connection.runAndReadAll(`SELECT ${shown} AS value, ${problem} AS problem FROM ${source}`)).getRowObjectsJS();
  return { value: typeof row!['value'] === 'bigint' ? Number(row!['value']) : row!['value'], problem: row!['problem'] };
}

describe('reading', () => {
  const at = Date.UTC(2026, 2, 2, 10); // 2026-03-02 10:00 UTC

  it('times: the same instant as they stand, padded, or with an offset; an impossible date is a problem', async () => {
    for (const cell of ['2026-03-02T10:00:00Z', ' 2026-03-02T10:00:00Z ', '2026-03-02 11:00:00+01:00', '2026-03-02T10:00:00.000Z', '2026-03-02T10:00']) {
      expect(await read('time', cell)).toEqual({ value: at, problem: null });
    }
    expect(await read('time', '')).toEqual({ value: null, problem: null });
    expect(await read('time', null)).toEqual({ value: null, problem: null });
    for (const cell of ['2026-02-30T10:00:00Z', '02/03/2026', '2026-03-02T10:00:00Z trailing']) {
      expect((await read('time', cell)).problem).toMatch(/^not an ISO 8601 date or time/);
    }
  });

  it('times: an impossible date stops the value form with the column and the reason', async () => {
    for (const cell of ['2026-02-30T10:00:00Z', '2026-02-30 10:00', ' 2026-02-30T10:00:00Z ']) {
      const { value } = reading({ name: 'Submitted', type: 'VARCHAR' }, 'time', OPTIONS);
      await expect(connection.runAndReadAll(`SELECT ${value} FROM (SELECT ${literal(cell)} AS "Submitted")`)).rejects.toThrow(
        'service-metrics: a cell of column Submitted cannot be read (not an ISO 8601 date or time',
      );
    }
  });

  it('times: a --missing token that is an ISO time stays missing, as it stands or padded', async () => {
    expect(await read('time', '1900-01-01', ['1900-01-01'])).toEqual({ value: null, problem: null });
    expect(await read('time', ' 1900-01-01 ', ['1900-01-01'])).toEqual({ value: null, problem: null });
    expect(await read('time', '2026-03-02T10:00:00Z', ['1900-01-01'])).toEqual({ value: at, problem: null });
    expect(await read('time', '2026-03-02T10:00:00Z', ['2026-03-02T10:00:00Z'])).toEqual({ value: null, problem: null });
    expect(await read('time', '1900-01-01')).toEqual({ value: Date.UTC(1900, 0, 1), problem: null });
  });

  it('scores: whole numbers as they stand or padded, labels, and a --missing token that is a number', async () => {
    expect(await read('score', '7')).toEqual({ value: 7, problem: null });
    expect(await read('score', ' 10 ')).toEqual({ value: 10, problem: null });
    expect(await read('score', '010')).toEqual({ value: 10, problem: null });
    expect(await read('score', '7.5')).toEqual({ value: 7.5, problem: null });
    expect(await read('score', '10 - Extremely likely')).toEqual({ value: 10, problem: null });
    expect(await read('score', '99')).toEqual({ value: 99, problem: null });
    expect(await read('score', '99', ['99'])).toEqual({ value: null, problem: null });
    expect(await read('score', ' 99 ', ['99'])).toEqual({ value: null, problem: null });
    expect(await read('score', '7', ['99'])).toEqual({ value: 7, problem: null });
    expect(await read('score', 'x')).toEqual({ value: null, problem: 'not a number' });
  });

  it('text: trimmed; empty, blank and --missing cells are missing', async () => {
    expect(await read('text', ' chat ')).toEqual({ value: 'chat', problem: null });
    expect(await read('text', '')).toEqual({ value: null, problem: null });
    expect(await read('text', '   ')).toEqual({ value: null, problem: null });
    expect(await read('text', null)).toEqual({ value: null, problem: null });
    expect(await read('text', ' NA ', ['na'])).toEqual({ value: null, problem: null });
    expect(await read('text', 'chat', ['na'])).toEqual({ value: 'chat', problem: null });
  });
});
