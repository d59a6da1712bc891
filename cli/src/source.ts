// Where a command reads: a file that DuckDB reads (CSV, TSV, JSON lines, Parquet), or, with
// `--db`, a PostgreSQL table or query. Either way the command sees the columns by name and type.
import { extname } from 'node:path';
import { existsSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { UsageError } from './errors.js';
import { identifier, literal } from './values.js';

export type InputFormat = 'csv' | 'tsv' | 'jsonl' | 'parquet';
export const INPUT_FORMATS: readonly InputFormat[] = ['csv', 'tsv', 'jsonl', 'parquet'];
export type Encoding = 'utf-8' | 'latin-1';
export const ENCODINGS: readonly Encoding[] = ['utf-8', 'latin-1'];

/** How to read a file. */
export interface FileOptions {
  readonly format?: InputFormat | undefined;
  /** The CSV delimiter; `,` for CSV, a tab for TSV. */
  readonly delimiter?: string | undefined;
  readonly encoding: Encoding;
  /** The zone of times without an offset: DuckDB's session time zone. */
  readonly timeZone: string;
}

/** A column of the input. */
export interface Column {
  readonly name: string;
  readonly type: string;
}

/** An opened input: its columns and the SQL that reads it in DuckDB. */
export interface FileSource {
  readonly kind: 'file';
  readonly path: string;
  readonly format: InputFormat;
  readonly delimiter: string;
  readonly encoding: Encoding;
  /** `read_csv(…)` and kin, to use in a FROM clause. */
  readonly from: string;
  readonly columns: readonly Column[];
  readonly connection: DuckDBConnection;
  close(): void;
}

/** The format a file's extension names. */
export function formatOf(path: string, given?: InputFormat): InputFormat {
  if (given !== undefined) return given;
  const extension = extname(path.replace(/\.(gz|zst)$/i, '')).toLowerCase();
  switch (extension) {
    case '.csv':
    case '.txt':
      return 'csv';
    case '.tsv':
    case '.tab':
      return 'tsv';
    case '.jsonl':
    case '.ndjson':
    case '.json':
      return 'jsonl';
    case '.parquet':
      return 'parquet';
    default:
      throw new UsageError(`cannot tell the format of ${path} from its extension: give --input-format ${INPUT_FORMATS.join('|')}`);
  }
}

/** The DuckDB table function that reads the file: every CSV cell as text, so nothing is guessed. */
function readerSql(path: string, format: InputFormat, delimiter: string, encoding: Encoding): string {
  const file = literal(path);
  switch (format) {
    case 'csv':
    case 'tsv':
      // all_varchar: the cells are read by the command's rules (values.ts), never by DuckDB's
      // type sniffing, which would read 03/04/2026 as one of two dates without saying which.
      return `read_csv(${file}, header = true, all_varchar = true, delim = ${literal(delimiter)}, quote = '"', escape = '"', encoding = ${literal(encoding)})`;
    case 'jsonl':
      return `read_json(${file}, format = 'newline_delimited')`;
    case 'parquet':
      return `read_parquet(${file})`;
  }
}

/** Opens a file in a fresh in-memory DuckDB and reads its columns. */
export async function openFile(path: string, options: FileOptions): Promise<FileSource> {
  if (!existsSync(path)) throw new UsageError(`no file ${path}`);
  const format = formatOf(path, options.format);
  const delimiter = options.delimiter ?? (format === 'tsv' ? '\t' : ',');
  if (delimiter.length !== 1) throw new UsageError(`--delimiter must be one character, got ${JSON.stringify(delimiter)}`);
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const close = (): void => {
    connection.closeSync();
    instance.closeSync();
  };
  try {
    await connection.run(`SET TimeZone = ${literal(options.timeZone)}`).catch(() => {
      throw new UsageError(`--tz ${options.timeZone} is not an IANA time zone (such as Europe/Paris or UTC)`);
    });
    const from = readerSql(path, format, delimiter, options.encoding);
    const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${from}`).catch((error: unknown) => {
      throw new UsageError(readError(path, error));
    });
    const columns = described.getRowObjectsJS().map((row) => ({ name: row['column_name'] as string, type: row['column_type'] as string }));
    return { kind: 'file', path, format, delimiter, encoding: options.encoding, from, columns, connection, close };
  } catch (error) {
    close();
    throw error;
  }
}

/** A file DuckDB cannot read, as one line, with the likely fix. */
export function readError(path: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split('\n')[0] ?? message;
  if (/unicode|utf-?8/i.test(message)) return `cannot read ${path}: it is not UTF-8 text (${first}); for a Latin-1 (Windows-1252) export give --encoding latin-1`;
  return `cannot read ${path}: ${first}`;
}

/** The column named `name`, or a usage error naming the columns that exist. */
export function columnNamed(columns: readonly Column[], name: string, option: string): Column {
  const column = columns.find((candidate) => candidate.name === name);
  if (column !== undefined) return column;
  const loose = columns.find((candidate) => candidate.name.trim().toLowerCase() === name.trim().toLowerCase());
  const hint = loose === undefined ? '' : ` (did you mean ${JSON.stringify(loose.name)}?)`;
  throw new UsageError(`${option} ${JSON.stringify(name)}: no such column${hint}; the columns are ${columns.map((column) => JSON.stringify(column.name)).join(', ')}`);
}

export { identifier };
