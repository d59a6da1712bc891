import type { Columns, SqlColumn } from './summaryQuery.js';
import type { SqlWriter } from './sqlText.js';

/**
 * The columns of a contact log in SQL, as `checkQueueContact` reads a record: `waitSeconds` and
 * `outcome`, both required (NULL judged, not skipped).
 */
export const QUEUE_COLUMNS: readonly SqlColumn[] = [
  { field: 'outcome', kind: 'text', nulls: 'checked' },
  { field: 'waitSeconds', kind: 'number', nulls: 'checked' },
];

/**
 * The records `checkQueueContact` accepts, as predicates that are TRUE or FALSE on NULL: an
 * outcome `'answered'` or `'abandoned'`; a wait that is a finite number ≥ 0, or NULL for an
 * abandoned contact unless `abandonedNeedsWait` (a short-abandon threshold above 0).
 */
export function queueAccepted(
  sql: SqlWriter,
  { outcome, waitSeconds }: Columns,
  abandonedNeedsWait: boolean,
  only?: string,
): Record<string, string> {
  const o = outcome!;
  const w = waitSeconds!;
  const accepted: Record<string, string> = {};
  // Parameters in the order of the text: the outcome's predicate first.
  if (only === undefined || only === 'outcome') accepted['outcome'] = `(${o} IS NOT NULL AND ${o} IN (${sql.params(['answered', 'abandoned'])}))`;
  if (only === undefined || only === 'waitSeconds') {
    const unknownWait = abandonedNeedsWait ? 'FALSE' : `(${o} IS NOT NULL AND ${o} = ${sql.param('abandoned')})`;
    accepted['waitSeconds'] = `CASE WHEN ${w} IS NULL THEN ${unknownWait} ELSE ${w} >= ${sql.param(0)} AND NOT (${sql.notFinite(w)}) END`;
  }
  return accepted;
}

/**
 * A one-record log that the JavaScript function rejects as it rejects `value` in `field`: an
 * outcome with a valid wait, or a wait of an answered contact (of an abandoned one for NULL
 * when `abandonedNeedsWait`: then both are refused).
 */
export function queueRecord(field: string, value: unknown, abandonedNeedsWait: boolean): { waitSeconds: unknown; outcome: unknown } {
  if (field === 'outcome') return { waitSeconds: 0, outcome: value };
  return { waitSeconds: value, outcome: value === null && abandonedNeedsWait ? 'abandoned' : 'answered' };
}
