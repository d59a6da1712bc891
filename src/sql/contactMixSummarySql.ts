import { contactMixSummary, type ContactMixGroupSummary, type ContactMixSummary } from '../operations/contactMix.js';
import { buildSummaryQuery, type SummaryReader, type SummarySpec } from '../internal/sql/summaryQuery.js';
import type { SqlTarget, SummaryQuery } from '../internal/types/sql.js';

/** Where {@link contactMixSummarySql} reads: a {@link SqlTarget}, the group column and optional yes/no columns. @category SQL */
export interface ContactMixSummarySqlInput extends SqlTarget {
  /** The column naming each row's group (channel, category, cause): non-empty text; NULL is unclassified. */
  readonly by: string;
  /** A `BOOLEAN` column: whether the contact was resolved (NULL: not known). */
  readonly resolved?: string;
  /** A `BOOLEAN` column: whether it was resolved on first contact. */
  readonly resolvedOnFirstContact?: string;
  /** A `BOOLEAN` column: whether the customer was satisfied (NULL: not answered). */
  readonly satisfied?: string;
}

const FLAGS = ['resolved', 'resolvedOnFirstContact', 'satisfied'] as const;

/**
 * The SQL of {@link contactMixSummary}: one {@link ContactMixSummary} per group of `groupBy` (and
 * period), its groups keyed by the `by` column. The query groups by `by` as well, one result row
 * per name (NULL: the unclassified rows), and reading folds them into one summary per outer
 * group, names in order as in JavaScript. Each yes/no column is counted as TRUE, FALSE or NULL.
 * Bad values, as {@link contactMix} rejects them: an empty or non-text name, a yes/no value that
 * is not a boolean (on PostgreSQL the engine refuses a non-boolean column outright).
 *
 * @param input - The dialect, the table or query, the `by` column, the yes/no columns, group columns and period.
 * @returns The query: read its rows with {@link readSummaries}, or run it with {@link querySummaries}.
 * @throws {@link MetricInputError} the common input checks on `input`.
 *
 * @example
 * ```ts
 * import { contactMixFromSummary } from 'service-metrics';
 * import { contactMixSummarySql, readSummaries } from 'service-metrics/sql';
 *
 * const query = contactMixSummarySql({ dialect: 'duckdb', from: 'contacts', by: 'channel', resolved: 'resolved' });
 * const [all] = readSummaries(query, [
 *   { detail: 'chat', s_contacts: 2n, s_resolved_yes: 1n, s_resolved_no: 1n, bad_by: 0n, bad_resolved: 0n },
 *   { detail: 'phone', s_contacts: 2n, s_resolved_yes: 2n, s_resolved_no: 0n, bad_by: 0n, bad_resolved: 0n },
 *   { detail: null, s_contacts: 1n, s_resolved_yes: 1n, s_resolved_no: 0n, bad_by: 0n, bad_resolved: 0n },
 * ]);
 * contactMixFromSummary(all!.summary).groups['chat']; // => { contacts: 2, share: 50, resolutionRate: 50, firstContactResolution: null, satisfaction: null }
 * ```
 * @category SQL
 */
export function contactMixSummarySql(input: ContactMixSummarySqlInput): SummaryQuery<ContactMixSummary> {
  const metric = 'contactMixSummarySql';
  const fold = (parts: readonly { readonly detail: unknown; readonly row: SummaryReader }[]): ContactMixSummary => {
    let unclassified = 0;
    const groups: [string, ContactMixGroupSummary][] = [];
    for (const { detail, row } of parts) {
      const contacts = row.count('contacts');
      if (detail === null || detail === undefined) {
        unclassified += contacts;
        continue;
      }
      const answers = FLAGS.map((flag) => {
        const successes = row.count(`${flag}_yes`);
        const trials = successes + row.count(`${flag}_no`);
        return { successes, trials, unanswered: contacts - trials };
      });
      // A checked name: text (any other value was a bad one, and reading stopped).
      groups.push([detail as string, { contacts, resolved: answers[0]!, resolvedOnFirstContact: answers[1]!, satisfied: answers[2]! }]);
    }
    groups.sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return { groups: Object.fromEntries(groups), unclassified };
  };
  const spec: SummarySpec<ContactMixSummary> = {
    columns: [
      { field: 'by', kind: 'text' },
      ...FLAGS.map((field) => ({ field, kind: 'flag' as const, optional: true })),
    ],
    detail: { expression: (_sql, { by }) => by!, fold },
    aggregates: (sql, columns) => {
      const aggregates: Record<string, string> = { contacts: 'COUNT(*)' };
      for (const flag of FLAGS) {
        const column = columns[flag];
        aggregates[`${flag}_yes`] = column === undefined ? '0' : sql.countWhere(`${column} = TRUE`);
        aggregates[`${flag}_no`] = column === undefined ? '0' : sql.countWhere(`${column} = FALSE`);
      }
      return aggregates;
    },
    accepted: (sql, columns, only) => {
      const by = columns['by']!;
      // JavaScript takes a group name only as a string, and a yes/no only as a boolean: DuckDB
      // and PostgreSQL say a column's type (DuckDB would compare an integer with TRUE as 1).
      const text = { duckdb: `typeof(${by}) = 'VARCHAR' AND `, postgres: `pg_typeof(${by}) IN ('text'::regtype, 'character varying'::regtype) AND `, portable: '' }[sql.dialect];
      const name = sql.dialect === 'portable' ? by : `CAST(${by} AS TEXT)`;
      const accepted: Record<string, string> = {};
      if (only === undefined || only === 'by') accepted['by'] = `${text}${name} <> ${sql.param('')}`;
      for (const flag of FLAGS) {
        const column = columns[flag];
        if (column !== undefined && (only === undefined || only === flag)) accepted[flag] = sql.dialect === 'duckdb' ? `typeof(${column}) = 'BOOLEAN'` : `${column} IN (TRUE, FALSE)`;
      }
      return accepted;
    },
    build: (row) => fold([{ detail: '', row }]),
    reject: (field, value) => {
      const fields = field === 'by' ? { by: () => value as string } : { by: () => 'group', [field]: () => value as boolean };
      contactMixSummary([null], fields);
    },
  };
  return buildSummaryQuery(metric, input, spec, () => undefined);
}
