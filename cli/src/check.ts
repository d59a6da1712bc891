// `service-metrics check`, and the bad rows a metric command shows when it stops: every cell
// that cannot be read or that the library rejects, with the line of the file it is on.
//
// DuckDB reads files fast but does not say on which line of a CSV a record starts (a quoted
// cell may hold newlines, blank lines are skipped). So the check reads the file with csv-parse,
// which does, loads the cells with their line numbers into a DuckDB table, and reads them there
// with the same SQL as the metric (values.ts): the two cannot disagree on what a cell means.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import { MetricInputError } from 'service-metrics';
import { DUCKDB, type Plan } from './metrics.js';
import type { Cells } from './run.js';
import { readError, type FileSource } from './source.js';
import { identifier, literal } from './values.js';
import { UsageError } from './errors.js';

/** A bad row: where, which column, what it holds, and why it is bad. */
export interface BadRow {
  /** The line of the file where the record starts (1 is the header); for Parquet, the row (1-based). */
  readonly line: number;
  readonly column: string;
  readonly value: string | null;
  readonly reason: string;
}

/** What a check found. */
export interface CheckResult {
  readonly source: string;
  /** Rows read (records, without the header). */
  readonly rows: number;
  /** Rows with at least one bad cell. */
  readonly badRows: number;
  /** Bad cells per column and reason, most frequent first. */
  readonly reasons: readonly { readonly column: string; readonly reason: string; readonly rows: number }[];
  /** The bad cells, by line (all of them, or the first `limit`). */
  readonly bad: readonly BadRow[];
}

const TABLE = 'service-metrics records';
const LINE = 'service-metrics line';

/** The line breaks in `text`: \r\n, \r or \n. */
function breaks(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/** Loads the file's records (the cells of `columns`), with the line each starts on, into a DuckDB table of text cells. */
async function loadRecords(source: FileSource, columns: readonly string[]): Promise<number> {
  const connection = source.connection;
  await connection.run(`CREATE OR REPLACE TEMP TABLE ${identifier(TABLE)} (${identifier(LINE)} BIGINT, ${columns.map((name) => `${identifier(name)} VARCHAR`).join(', ')})`);
  const appender = await connection.createAppender(TABLE);
  let rows = 0;
  const append = (line: number, cells: readonly (string | null)[]): void => {
    appender.appendBigInt(BigInt(line));
    for (let index = 0; index < columns.length; index++) {
      const cell = cells[index];
      if (cell === undefined || cell === null) appender.appendNull();
      else appender.appendVarchar(cell);
    }
    appender.endRow();
    rows++;
  };
  try {
    if (source.format === 'csv' || source.format === 'tsv') {
      const parser = createReadStream(source.path).pipe(
        parse({
          delimiter: source.delimiter,
          bom: true,
          skip_empty_lines: true,
          relax_column_count: true,
          raw: true,
          encoding: source.encoding === 'latin-1' ? 'latin1' : 'utf8',
        }),
      );
      // The line each record starts on: the line after the records before it, plus the blank
      // lines skipped since. A record's raw text holds the blank lines before it and its line
      // breaks (with CRLF, csv-parse keeps only the \r of those that end a line; a break is
      // \r\n, \r or \n, so either way each counts once).
      let next = 1;
      let header = true;
      // Where each loaded column is in a record, from the header.
      let positions: number[] = [];
      for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
        const start = next + breaks(/^(?:\r\n|\r|\n)*/.exec(raw)![0]);
        next += breaks(raw);
        if (header) {
          header = false;
          const names = record.map((name, index) => (index === 0 ? name.replace(/^\uFEFF/, '') : name));
          positions = columns.map((name) => names.indexOf(name));
          continue;
        }
        // DuckDB reads an empty unquoted cell as NULL; so does the check.
        append(start, positions.map((position) => (position < 0 || record[position] === '' ? null : record[position]!)));
      }
    } else if (source.format === 'jsonl') {
      let line = 0;
      for await (const text of createInterface({ input: createReadStream(source.path, { encoding: source.encoding === 'latin-1' ? 'latin1' : 'utf8' }), crlfDelay: Infinity })) {
        line++;
        if (text.trim() === '') continue;
        const object = JSON.parse(text) as Record<string, unknown>;
        append(line, columns.map((name) => {
          const value = object[name];
          if (value === null || value === undefined) return null;
          return typeof value === 'string' ? value : JSON.stringify(value);
        }));
      }
    } else {
      appender.closeSync();
      await connection.run(
        `INSERT INTO ${identifier(TABLE)} SELECT file_row_number + 1, ${columns.map((name) => `CAST(${identifier(name)} AS VARCHAR)`).join(', ')} FROM read_parquet(${literal(source.path)}, file_row_number = true)`,
      );
      return Number((await connection.runAndReadAll(`SELECT COUNT(*) AS n FROM ${identifier(TABLE)}`)).getRowObjectsJS()[0]!['n']);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(readError(source.path, error));
  }
  appender.flushSync();
  appender.closeSync();
  return rows;
}

/** Why the library rejects a value, in words: its `expected`, or its message. */
function because(error: unknown): string {
  if (error instanceof MetricInputError) return `must be ${error.expected}`;
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * Every bad cell of the columns a plan reads, with its line; at most `limit` of them listed
 * (all are counted).
 */
export async function checkFile(source: FileSource, plan: Plan, cells: Cells, limit = Infinity): Promise<CheckResult> {
  const rows = await loadRecords(source, [...new Set(cells.aliases.values())]);
  const text = `${cells.checkQuery(identifier(TABLE), [LINE])} ORDER BY ${identifier(LINE)}`;
  // Streamed: a check of millions of rows holds one chunk of them at a time, and the bad ones.
  const result = await source.connection.stream(text);
  const rawName = (alias: string): string => cells.aliases.get(alias) ?? alias;
  const bad: BadRow[] = [];
  const counts = new Map<string, { column: string; reason: string; rows: number }>();
  const verdicts = new Map<string, string | null>();
  let badRows = 0;
  const note = (row: BadRow): void => {
    const key = `${row.column}\u0000${row.reason}`;
    const entry = counts.get(key) ?? { column: row.column, reason: row.reason, rows: 0 };
    entry.rows++;
    counts.set(key, entry);
    if (bad.length < limit) bad.push(row);
  };
  const planColumns = Object.keys(plan.columns(() => 'NULL', DUCKDB));
  for await (const chunk of result.yieldRowObjectJs()) {
    for (const row of chunk) {
      const line = Number(row[LINE]);
      let found = false;
      let inputsRead = true;
      for (const [key, value] of Object.entries(row)) {
        if (!key.startsWith('problem ') || value === null) continue;
        const alias = key.slice('problem '.length);
        note({ line, column: rawName(alias), value: (row[`raw ${alias}`] as string | null) ?? null, reason: value as string });
        found = true;
        if (alias.startsWith('in')) inputsRead = false;
      }
      if (inputsRead) {
        // Every cell reads: does the library accept the row's values?
        const values = Object.fromEntries(planColumns.map((name) => [name, normalise(row[name])]));
        const key = JSON.stringify(values);
        let verdict = verdicts.get(key);
        if (verdict === undefined) {
          try {
            plan.validate(values);
            verdict = null;
          } catch (error) {
            verdict = because(error);
          }
          if (verdicts.size < 100_000) verdicts.set(key, verdict);
        }
        if (verdict !== null) {
          const aliases = plan.inputs.map((_, index) => `in${index}`);
          const columns = aliases.map(rawName);
          const values = aliases.map((alias) => (row[`raw ${alias}`] as string | null) ?? '');
          note({ line, column: columns.join(', '), value: values.join(', '), reason: verdict });
          found = true;
        }
      }
      if (found) badRows++;
    }
  }
  return { source: source.path, rows, badRows, reasons: [...counts.values()].sort((a, b) => b.rows - a.rows), bad };
}

/** DuckDB's values as the library's: bigint to number, a time to a Date. */
function normalise(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value !== null && typeof value === 'object' && 'micros' in value) return new Date(Number((value as { micros: bigint }).micros / 1000n));
  return value;
}
