/**
 * The two engines the SQL of service-metrics/sql is tested on, behind one small interface:
 * DuckDB embedded (`@duckdb/node-api`, in memory) and the throwaway PostgreSQL server of
 * globalSetup.ts (node-postgres). Rows come back as each driver gives them: DuckDB's integers as
 * bigints, node-postgres's `int8` and `numeric` as strings.
 */
import { DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import pg from 'pg';
import { inject } from 'vitest';
import type { SqlRunner } from '../../src/sql/index.js';

/** A column type both engines know (`TIMESTAMP`: without time zone, loaded from a time without its offset). */
export type ColumnType = 'DOUBLE PRECISION' | 'BIGINT' | 'TEXT' | 'BOOLEAN' | 'TIMESTAMPTZ' | 'TIMESTAMP';

export interface Engine {
  readonly name: 'duckdb' | 'postgres';
  /** Runs SQL with parameters; the rows as objects keyed by column name. */
  readonly run: SqlRunner;
  /** Creates `table` (dropped first if it exists) and inserts `rows` (`undefined` is NULL; a Date or an ISO string for a time). */
  load(table: string, columns: Readonly<Record<string, ColumnType>>, rows: readonly Readonly<Record<string, unknown>>[]): Promise<void>;
  close(): Promise<void>;
}

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** The value as a parameter: a Date as its ISO string (both engines cast it), NaN and ±Infinity as the words PostgreSQL reads. */
function parameter(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return value;
}

async function loadRows(
  run: SqlRunner,
  dialect: Engine['name'],
  table: string,
  columns: Readonly<Record<string, ColumnType>>,
  rows: readonly Readonly<Record<string, unknown>>[],
): Promise<void> {
  const names = Object.keys(columns);
  // DuckDB spells DOUBLE PRECISION as DOUBLE in casts.
  const type = (name: string): string => (dialect === 'duckdb' && columns[name] === 'DOUBLE PRECISION' ? 'DOUBLE' : columns[name]!);
  await run(`DROP TABLE IF EXISTS ${quote(table)}`, []);
  await run(`CREATE TABLE ${quote(table)} (${names.map((name) => `${quote(name)} ${type(name)}`).join(', ')})`, []);
  const batch = 500;
  for (let start = 0; start < rows.length; start += batch) {
    const values: unknown[] = [];
    const tuples = rows.slice(start, start + batch).map((row) => {
      const cells = names.map((name) => {
        const value = parameter(row[name]);
        // A double as text ('NaN', 'Infinity') for PostgreSQL, which node-postgres would send as a number it cannot parse.
        values.push(typeof value === 'number' && !Number.isFinite(value) ? String(value) : value);
        return `CAST($${String(values.length)} AS ${type(name)})`;
      });
      return `(${cells.join(', ')})`;
    });
    await run(`INSERT INTO ${quote(table)} (${names.map(quote).join(', ')}) VALUES ${tuples.join(', ')}`, values);
  }
}

export async function openDuckDb(): Promise<Engine> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const run: SqlRunner = async (text, values) => (await connection.runAndReadAll(text, values as DuckDBValue[])).getRowObjectsJS();
  return {
    name: 'duckdb',
    run,
    load: (table, columns, rows) => loadRows(run, 'duckdb', table, columns, rows),
    close: () => {
      connection.closeSync();
      instance.closeSync();
      return Promise.resolve();
    },
  };
}

export async function openPostgres(database = 'metrics'): Promise<Engine> {
  const client = new pg.Client({ ...inject('postgres'), database });
  await client.connect();
  const run: SqlRunner = async (text, values) => (await client.query(text, [...values])).rows as Record<string, unknown>[];
  return {
    name: 'postgres',
    run,
    load: (table, columns, rows) => loadRows(run, 'postgres', table, columns, rows),
    close: () => client.end(),
  };
}
