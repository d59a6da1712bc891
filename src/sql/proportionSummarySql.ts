import { proportionSummary, type ProportionSummary } from '../stats/proportionSummary.js';
import { checkOptions, fail } from '../internal/checks/validate.js';
import { buildSummaryQuery, type SummarySpec } from '../internal/sql/summaryQuery.js';
import type { SqlTarget, SummaryQuery } from '../internal/types/sql.js';

/** Where {@link proportionSummarySql} reads: a {@link SqlTarget} and the yes/no column. @category SQL */
export interface ProportionSummarySqlInput extends SqlTarget {
  /** The column of yes/no values (`BOOLEAN`, or numbers 1 and 0); NULL is "no answer". */
  readonly value: string;
}

/** Options of {@link proportionSummarySql}. @category SQL */
export interface ProportionSummarySqlOptions {
  /**
   * The column's type: `'boolean'` (TRUE a success, FALSE a failure) or `'number'` (1 a
   * success, 0 a failure, any other number a bad value, as {@link proportionSummary} rejects it).
   * PostgreSQL compares a column only with values of its type, hence the choice.
   *
   * @defaultValue 'boolean'
   */
  readonly valueType?: 'boolean' | 'number';
}

/**
 * The SQL of {@link proportionSummary}: one {@link ProportionSummary} per group, computed by the
 * database. successes = rows equal to TRUE (or 1), trials = those and the rows equal to FALSE
 * (or 0), unanswered = NULL rows. Any other value (2, 0.5, NaN in a number column) is in
 * neither: the query counts it as bad, and reading throws a {@link SqlCheckError} with the code
 * `proportionSummary` gives it (`OUT_OF_RANGE`, `NOT_FINITE`).
 *
 * @param input - The dialect, the table or query, the `value` column, group columns and period.
 * @param options - The column's type.
 * @returns The query: read its rows with {@link readSummaries}, or run it with {@link querySummaries}.
 * @throws {@link MetricInputError} the common input checks on `input` and `options`.
 *
 * @example
 * ```ts
 * import { proportionFromSummary } from 'service-metrics';
 * import { proportionSummarySql, readSummaries } from 'service-metrics/sql';
 *
 * const query = proportionSummarySql({ dialect: 'postgres', from: 'tickets', value: 'resolved', groupBy: ['team'] });
 * const [team] = readSummaries(query, [{ g0: 'billing', s_successes: '18', s_failures: '6', s_answered: '24', s_rows: '25' }]);
 * team!.summary; // => { successes: 18, trials: 24, unanswered: 1 }
 * proportionFromSummary(team!.summary); // => 75
 * ```
 * @category SQL
 */
export function proportionSummarySql(input: ProportionSummarySqlInput, options?: ProportionSummarySqlOptions): SummaryQuery<Required<ProportionSummary>> {
  const metric = 'proportionSummarySql';
  let valueType: 'boolean' | 'number' = 'boolean';
  const checkValueType = (): void => {
    const { valueType: given = 'boolean' } = checkOptions(metric, options, ['valueType']);
    if (given !== 'boolean' && given !== 'number') {
      fail(metric, 'options.valueType', typeof given === 'string' ? 'UNKNOWN_VALUE' : 'WRONG_TYPE', "'boolean' or 'number'", given);
    }
    valueType = given;
  };
  const spec: SummarySpec<Required<ProportionSummary>> = {
    columns: [{ field: 'value', kind: 'number' }],
    aggregates: (sql, { value }) => {
      const yes = valueType === 'boolean' ? 'TRUE' : sql.param(1);
      const successes = sql.countWhere(`${value!} = ${yes}`);
      const no = valueType === 'boolean' ? 'FALSE' : sql.param(0);
      return { successes, failures: sql.countWhere(`${value!} = ${no}`), answered: `COUNT(${value!})`, rows: 'COUNT(*)' };
    },
    accepted: (sql, { value }) => {
      // (DuckDB reads TRUE as 1 beside an integer column: 1 and 0 are accepted there too, as in JavaScript.)
      return { value: valueType === 'number' ? `${value!} IN (${sql.params([1, 0])})` : `${value!} IN (TRUE, FALSE)` };
    },
    build: (row) => {
      const successes = row.count('successes');
      return { successes, trials: successes + row.count('failures'), unanswered: row.count('rows') - row.count('answered') };
    },
    // Yes and no cover every accepted value: any other answer is in neither.
    bad: (row) => ({ value: row.count('answered') - row.count('successes') - row.count('failures') }),
    reject: (_field, value) => proportionSummary([value as boolean]),
  };
  return buildSummaryQuery(metric, input, spec, checkValueType);
}
