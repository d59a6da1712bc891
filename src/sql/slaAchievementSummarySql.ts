import { slaAchievementSummary, type SlaAchievementSummary } from '../businessHours/slaAchievement.js';
import type { SlaClockState } from '../businessHours/slaClocks.js';
import { isText } from '../internal/sql/labels.js';
import type { SqlWriter } from '../internal/sql/sqlText.js';
import { buildSummaryQuery, type SummarySpec } from '../internal/sql/summaryQuery.js';
import type { SqlTarget, SummaryQuery } from '../internal/types/sql.js';

/** Where {@link slaAchievementSummarySql} reads: a {@link SqlTarget} and the clock-state column. @category SQL */
export interface SlaAchievementSummarySqlInput extends SqlTarget {
  /** The column of clock states (text: `'achieved'`, `'breached'`, `'active'`, `'paused'`); NULL is "no clock". */
  readonly state: string;
}

/** True when `column` is text equal, exactly, to one of `states` (as JavaScript compares strings). */
function stateIn(sql: SqlWriter, column: string, states: readonly SlaClockState[]): string {
  const text = sql.dialect === 'portable' ? column : `CAST(${column} AS TEXT)`;
  return `${isText(sql, column)} AND ${text} IN (${sql.params(states)})`;
}

/**
 * The SQL of {@link slaAchievementSummary}: one {@link SlaAchievementSummary} per group, computed
 * by the database from a column of clock states (the `state` of {@link slaClocks}' clocks, stored
 * one row per clock). A state is matched exactly, as JavaScript matches it: any other value, or a
 * column that is not text, is in no class, and reading the result throws a
 * {@link SqlCheckError} with the code `slaAchievementSummary` gives it (`UNKNOWN_VALUE`, or
 * `WRONG_TYPE` for a value the driver reads as anything but a string).
 *
 * @param input - The dialect, the table or query, the state column, group columns and period.
 * @returns The query: read its rows with {@link readSummaries}, or run it with {@link querySummaries}.
 * @throws {@link MetricInputError} the common input checks on `input`.
 *
 * @example
 * ```ts
 * import { slaAchievementFromSummary } from 'service-metrics';
 * import { readSummaries, slaAchievementSummarySql } from 'service-metrics/sql';
 *
 * const query = slaAchievementSummarySql({ dialect: 'postgres', from: 'sla_clocks', state: 'state', groupBy: ['metric'] });
 * const rows = [{ g0: 'firstReply', s_achieved: '171', s_breached: '9', s_running: '4', s_answered: '184', s_rows: '184' }];
 * const [firstReply] = readSummaries(query, rows);
 * firstReply!.summary; // => { achieved: 171, breached: 9, running: 4, unanswered: 0 }
 * slaAchievementFromSummary(firstReply!.summary); // => 95
 * ```
 * @category SQL
 */
export function slaAchievementSummarySql(input: SlaAchievementSummarySqlInput): SummaryQuery<Required<SlaAchievementSummary>> {
  const metric = 'slaAchievementSummarySql';
  const spec: SummarySpec<Required<SlaAchievementSummary>> = {
    columns: [{ field: 'state', kind: 'text' }],
    aggregates: (sql, { state }) => ({
      achieved: sql.countWhere(stateIn(sql, state!, ['achieved'])),
      breached: sql.countWhere(stateIn(sql, state!, ['breached'])),
      running: sql.countWhere(stateIn(sql, state!, ['active', 'paused'])),
      answered: `COUNT(${state!})`,
      rows: 'COUNT(*)',
    }),
    accepted: (sql, { state }) => ({ state: stateIn(sql, state!, ['achieved', 'breached', 'active', 'paused']) }),
    build: (row) => ({
      achieved: row.count('achieved'),
      breached: row.count('breached'),
      running: row.count('running'),
      unanswered: row.count('rows') - row.count('answered'),
    }),
    // The three classes hold every state: any other value is in none.
    bad: (row) => ({ state: row.count('answered') - row.count('achieved') - row.count('breached') - row.count('running') }),
    reject: (_field, value) => slaAchievementSummary([value as SlaClockState]),
  };
  return buildSummaryQuery(metric, input, spec, () => undefined);
}
