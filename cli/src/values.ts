// What export cells become: SQL expressions (DuckDB) that read one column's raw cells as the
// library's values. Every expression has two forms from one definition:
// - `value`: the value, and for a cell it cannot read, DuckDB's `error(…)`, so that a metric
//   stops instead of counting a bad cell as missing (the command then lists the bad rows);
// - `problem`: NULL, or why the cell cannot be read (what `service-metrics check` prints).
// Missing cells (empty, or one of the `--missing` tokens) are NULL in both: "no answer".

/** How a column's cells are read. */
export type ValueKind =
  /** A number; scale labels such as "10 - Extremely likely" read as their number. */
  | 'score'
  /** Seconds: a number (in `durationUnit`) or `h:mm:ss`. */
  | 'duration'
  /** A yes/no flag: Y/N, yes/no, true/false, t/f, 1/0 (any case), as 1 or 0. */
  | 'flag'
  /** Text, trimmed. */
  | 'text'
  /** `answered` or `abandoned`, in any case. */
  | 'outcome'
  /** An instant: ISO 8601, or `dateFormat`; without an offset, in `timeZone`. */
  | 'time';

/** How cells are read, from the command's options. */
export interface ReadingOptions {
  /** Cells that mean "no value", besides the empty cell (compared trimmed, ignoring case). */
  readonly missing: readonly string[];
  /** A strptime format (`%d/%m/%Y %H:%M`) for times; ISO 8601 without it. */
  readonly dateFormat?: string | undefined;
  /** The IANA zone of times without an offset. */
  readonly timeZone: string;
  /** The unit of plain numbers in duration columns. */
  readonly durationUnit: DurationUnit;
}

export type DurationUnit = 'seconds' | 'minutes' | 'hours' | 'milliseconds';
export const DURATION_UNITS: readonly DurationUnit[] = ['seconds', 'minutes', 'hours', 'milliseconds'];
const SECONDS_PER: Record<DurationUnit, string> = { seconds: '1', minutes: '60', hours: '3600', milliseconds: '0.001' };

/** A SQL string literal. */
export function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** A quoted identifier. */
export function identifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** The column's raw cell as a column reference, with its DuckDB type. */
export interface RawColumn {
  readonly name: string;
  /** DuckDB's type of the column, such as `VARCHAR`, `BIGINT`, `TIMESTAMP WITH TIME ZONE`. */
  readonly type: string;
}

/** The SQL of one column's reading, in both forms. */
export interface Reading {
  readonly value: string;
  readonly problem: string;
}

const NUMERIC = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL.*)$/;
/** A number followed by a separator and a label: `10 - Extremely likely`, `5: Very satisfied`. */
const LABELLED = String.raw`^([+-]?[0-9]+(\.[0-9]+)?)\s*[-–—:=.)]\s*\S`;
/** `h:mm:ss`, with fractional seconds. */
const CLOCK = String.raw`^([0-9]+):([0-5][0-9]):([0-5][0-9](\.[0-9]+)?)$`;
/** ISO 8601 dates and date-times, with or without an offset. */
const ISO = String.raw`^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$`;
/** A whole number as most exports write scores (`7`, `10`), read before any trim. */
const WHOLE = String.raw`^[0-9]{1,3}$`;
/** The commonest ISO 8601 time in exports (`2026-01-01T08:52:32Z`), a GLOB: faster to test than {@link ISO}. */
const ISO_SECONDS_UTC = '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z';
const YES = ['y', 'yes', 'true', 't', '1'];
const NO = ['n', 'no', 'false', 'f', '0'];

/** A reading's [condition, value] pairs. */
type Cases = readonly (readonly [string, string])[];

/**
 * The two forms of a reading, from its cases: [condition, value] pairs tried in order, else the
 * reason. `fast` cases come first, before the missing test, and decide the cells they match:
 * the value, or, where it is NULL, a bad cell. They read the cell as it stands, so each must
 * match only cells that are not missing and that the trimmed `readable` cases read the same
 * way (to the same value, or not at all). They exist for speed: the missing test and each case
 * trim the cell again (DuckDB does not share them inside a CASE), trim copies every cell longer
 * than 12 bytes, and a case's value is computed twice (test, then value).
 */
function cases(missing: string, readable: Cases, reason: string, column: string, fast: Cases = []): Reading {
  const when = readable.map(([condition, value]) => `WHEN ${condition} THEN ${value}`).join(' ');
  const message = literal(cannotRead(column, reason));
  // coalesce evaluates error(…) only on the rows where the value is NULL.
  const decided = fast.map(([condition, value]) => `WHEN ${condition} THEN coalesce(${value}, error(${message})) `).join('');
  const checked = fast.map(([condition, value]) => `WHEN ${condition} THEN CASE WHEN ${value} IS NULL THEN ${literal(reason)} END `).join('');
  return {
    value: `CASE ${decided}WHEN ${missing} THEN NULL ${when} ELSE error(${message}) END`,
    problem: `CASE ${checked}WHEN ${missing} THEN NULL ${readable.map(([condition]) => `WHEN ${condition} THEN NULL`).join(' ')} ELSE ${literal(reason)} END`,
  };
}

/** The message of DuckDB's `error(…)` for a cell of `column` that cannot be read. */
function cannotRead(column: string, reason: string): string {
  return `service-metrics: a cell of column ${column} cannot be read (${reason})`;
}

/**
 * `read`, with a missing cell a bad cell (`reason`) instead of NULL: for a column every row
 * needs, such as the time of `--period` (a row without a time has no period).
 */
export function required(read: Reading, column: string, reason: string): Reading {
  const message = literal(cannotRead(column, reason));
  return {
    // A bad cell's problem comes first; a readable cell that reads as NULL is a missing one.
    value: `coalesce(${read.value}, error(${message}))`,
    problem: `coalesce(${read.problem}, CASE WHEN ${read.value} IS NULL THEN ${literal(reason)} END)`,
  };
}

/** The SQL that reads `column` as `kind`. */
export function reading(column: RawColumn, kind: ValueKind, options: ReadingOptions): Reading {
  const raw = identifier(column.name);
  const type = column.type.toUpperCase();
  const text = `trim(CAST(${raw} AS VARCHAR))`;
  const tokens = options.missing.map((token) => literal(token.trim().toLowerCase()));
  const missing = `(${raw} IS NULL OR ${text} = ''${tokens.length > 0 ? ` OR lower(${text}) IN (${tokens.join(', ')})` : ''})`;
  const numeric = NUMERIC.test(type);
  const name = column.name;
  const cell = `CAST(${raw} AS VARCHAR)`;
  /** `fast`, unless a --missing token matches `pattern` (then such a cell must stay missing). */
  const unlessMissing = (pattern: RegExp, fast: Cases): Cases => (options.missing.some((token) => pattern.test(token.trim().toLowerCase())) ? [] : fast);
  switch (kind) {
    case 'score': {
      if (numeric) return { value: `CAST(${raw} AS DOUBLE)`, problem: 'NULL' };
      return cases(missing, [
        [`TRY_CAST(${text} AS DOUBLE) IS NOT NULL`, `TRY_CAST(${text} AS DOUBLE)`],
        [`regexp_matches(${text}, ${literal(LABELLED)})`, `CAST(regexp_extract(${text}, ${literal(LABELLED)}, 1) AS DOUBLE)`],
      ], 'not a number', name, unlessMissing(new RegExp(WHOLE), [[`regexp_matches(${cell}, ${literal(WHOLE)})`, `CAST(${cell} AS DOUBLE)`]]));
    }
    case 'duration': {
      const unit = SECONDS_PER[options.durationUnit];
      if (numeric) return { value: `CAST(${raw} AS DOUBLE) * ${unit}`, problem: 'NULL' };
      if (type === 'INTERVAL') return { value: `epoch(${raw})`, problem: 'NULL' };
      const part = (index: number): string => `CAST(regexp_extract(${text}, ${literal(CLOCK)}, ${index}) AS DOUBLE)`;
      return cases(missing, [
        [`TRY_CAST(${text} AS DOUBLE) IS NOT NULL`, `TRY_CAST(${text} AS DOUBLE) * ${unit}`],
        [`regexp_matches(${text}, ${literal(CLOCK)})`, `${part(1)} * 3600 + ${part(2)} * 60 + ${part(3)}`],
      ], `not a duration (a number of ${options.durationUnit}, or h:mm:ss)`, name);
    }
    case 'flag': {
      if (type === 'BOOLEAN') return { value: `CAST(${raw} AS INTEGER)`, problem: 'NULL' };
      const lower = `lower(${text})`;
      return cases(missing, [
        [`${lower} IN (${YES.map(literal).join(', ')})`, '1'],
        [`${lower} IN (${NO.map(literal).join(', ')})`, '0'],
      ], 'not a yes/no flag (Y/N, yes/no, true/false, 1/0)', name);
    }
    case 'text':
      // Without tokens, the same as the CASE with one trim instead of two.
      if (tokens.length === 0) return { value: `nullif(${text}, '')`, problem: 'NULL' };
      return { value: `CASE WHEN ${missing} THEN NULL ELSE ${text} END`, problem: 'NULL' };
    case 'outcome': {
      const lower = `lower(${text})`;
      return cases(missing, [[`${lower} IN ('answered', 'abandoned')`, lower]], "not an outcome ('answered' or 'abandoned')", name);
    }
    case 'time': {
      const zone = literal(options.timeZone);
      if (type === 'TIMESTAMP WITH TIME ZONE') return { value: raw, problem: 'NULL' };
      if (type === 'TIMESTAMP' || type === 'DATE' || type.startsWith('TIMESTAMP_')) {
        return { value: `timezone(${zone}, CAST(${raw} AS TIMESTAMP))`, problem: 'NULL' };
      }
      if (options.dateFormat !== undefined) {
        const format = literal(options.dateFormat);
        // A format with an offset (%z) reads instants; without, local times in the zone.
        const parsed = /%[zZ]/.test(options.dateFormat) ? `try_strptime(${text}, ${format})` : `timezone(${zone}, try_strptime(${text}, ${format}))`;
        return cases(missing, [[`${parsed} IS NOT NULL`, parsed]], `not a time in the format ${options.dateFormat}`, name);
      }
      // The session's TimeZone (set to the zone) places ISO times without an offset.
      // Cells that are ISO as they stand (the patterns are anchored: no spaces around) are read
      // untrimmed, the commonest shape first. On 10 million `2026-01-01T08:52:32Z` cells (2
      // cores) the reading takes 0.5 s instead of 3.2 s.
      const instant = `TRY_CAST(${cell} AS TIMESTAMPTZ)`;
      const fast = unlessMissing(new RegExp(ISO, 'i'), [
        [`${cell} GLOB ${literal(ISO_SECONDS_UTC)}`, instant],
        [`regexp_matches(${cell}, ${literal(ISO)})`, instant],
      ]);
      const trimmed = `TRY_CAST(${text} AS TIMESTAMPTZ)`;
      return cases(missing, [[`regexp_matches(${text}, ${literal(ISO)}) AND ${trimmed} IS NOT NULL`, trimmed]], 'not an ISO 8601 date or time (give --date-format for others)', name, fast);
    }
  }
}
