import {
  firstContactResolutionSummary,
  type CustomerContact,
  type FirstContactResolutionSummary,
  type RepeatContactOptions,
} from '../operations/firstContactResolution.js';
import { asMetric } from '../internal/summaries/npsCounts.js';
import { buildSummaryQuery, type SummarySpec } from '../internal/sql/summaryQuery.js';
import { checkedNumber } from '../internal/sql/sqlText.js';
import type { SqlTarget, SummaryQuery } from '../internal/types/sql.js';

/** Where {@link firstContactResolutionSummarySql} reads: a {@link SqlTarget} and a contact log's two columns. @category SQL */
export interface FirstContactResolutionSummarySqlInput extends SqlTarget {
  /** The column of customer ids (text or integers; an empty string is a bad value). */
  readonly customerId: string;
  /** The column of contact times, instants (`TIMESTAMPTZ`). */
  readonly contactedAt: string;
}

/** The counts a log gives. @category SQL */
export type FirstContactResolutionLogSummary = Required<Pick<FirstContactResolutionSummary, 'contacts' | 'resolvedOnFirstContact' | 'repeated' | 'tooRecent'>>;

/**
 * The SQL of {@link firstContactResolutionSummary}: each contact is judged over the whole table
 * (`LEAD(contactedAt) OVER (PARTITION BY customerId ORDER BY contactedAt)`, the customer's next
 * contact, on any channel and in any period), then counted per group: repeated when the next
 * contact is at most `repeatWindowSeconds` later, resolved when not and its window ends by
 * `observedUntil` (by default the latest contact of the table), too recent otherwise. So a
 * group's summary is the JavaScript summary of the log's {@link firstContactOutcomes} in that
 * group, and groups *by customer* merge. Of a customer's simultaneous contacts all but one are
 * repeats, as in JavaScript; a table has no log order, so which one is the engine's choice.
 * Bad values: a NULL or empty customer id, a NULL time, a time after `observedUntil`.
 *
 * @param input - The dialect, the table or query, the `customerId` and `contactedAt` columns, group columns and period.
 * @param options - The repeat window and the end of the log, as {@link firstContactResolution} takes them.
 * @returns The query: read its rows with {@link readSummaries}, or run it with {@link querySummaries}.
 * @throws {@link MetricInputError} the common input checks on `input` and `options`.
 *
 * @example
 * ```ts
 * import { firstContactResolutionFromSummary } from 'service-metrics';
 * import { firstContactResolutionSummarySql, readSummaries } from 'service-metrics/sql';
 *
 * const query = firstContactResolutionSummarySql({ dialect: 'postgres', from: 'contacts', customerId: 'customer', contactedAt: 'at' });
 * const [all] = readSummaries(query, [{ s_repeated: '1', s_resolved: '2', s_rows: '4', bad_customerId: '0', bad_contactedAt: '0' }]);
 * all!.summary; // => { contacts: 3, resolvedOnFirstContact: 2, repeated: 1, tooRecent: 1 }
 * firstContactResolutionFromSummary(all!.summary); // => 66.67
 * ```
 * @see {@link https://www.sqmgroup.com/resources/library/blog/fcr-metric-operating-philosophy | SQM Group: FCR}
 * @category SQL
 */
export function firstContactResolutionSummarySql(
  input: FirstContactResolutionSummarySqlInput,
  options?: RepeatContactOptions,
): SummaryQuery<FirstContactResolutionLogSummary> {
  const metric = 'firstContactResolutionSummarySql';
  const checkOptions = (): void => {
    asMetric(metric, () => firstContactResolutionSummary([], options));
  };
  const windowSeconds = (): number => checkedNumber(options?.repeatWindowSeconds ?? 604_800) + 0;
  const until = options?.observedUntil === undefined ? undefined : new Date(options.observedUntil);
  const next = 'smNextContact';
  const end = 'smObservedUntil';
  const spec: SummarySpec<FirstContactResolutionLogSummary> = {
    columns: [
      { field: 'customerId', kind: 'text', nulls: 'checked' },
      { field: 'contactedAt', kind: 'text', nulls: 'checked' },
    ],
    judged: (sql, { customerId, contactedAt }, source) => {
      const observed = until === undefined ? `MAX(${contactedAt!}) OVER ()` : instant(sql.param(until.toISOString()), sql.dialect);
      return (
        `SELECT *, LEAD(${contactedAt!}) OVER (PARTITION BY ${customerId!} ORDER BY ${contactedAt!}) AS ${sql.id(next)}, ` +
        `${observed} AS ${sql.id(end)} FROM ${source}`
      );
    },
    aggregates: (sql, { contactedAt }) => {
      const windowEnd = (): string => `${contactedAt!} + INTERVAL '1' SECOND * ${sql.doubleParam(windowSeconds())}`;
      const repeated = sql.countWhere(`${sql.id(next)} <= ${windowEnd()}`);
      const resolved = sql.countWhere(`(${sql.id(next)} IS NULL OR ${sql.id(next)} > ${windowEnd()}) AND ${windowEnd()} <= ${sql.id(end)}`);
      return { repeated, resolved, rows: 'COUNT(*)' };
    },
    accepted: (sql, { customerId, contactedAt }, only) => {
      const accepted: Record<string, string> = {};
      if (only === undefined || only === 'customerId') {
        const text = sql.dialect === 'portable' ? customerId! : `CAST(${customerId!} AS TEXT)`;
        accepted['customerId'] = `(${customerId!} IS NOT NULL AND ${text} <> ${sql.param('')})`;
      }
      if (only === undefined || only === 'contactedAt') {
        accepted['contactedAt'] =
          until === undefined
            ? `${contactedAt!} IS NOT NULL`
            : `(${contactedAt!} IS NOT NULL AND ${contactedAt!} <= ${instant(sql.param(until.toISOString()), sql.dialect)})`;
      }
      return accepted;
    },
    build: (row) => {
      const repeated = row.count('repeated');
      const resolved = row.count('resolved');
      return { contacts: resolved + repeated, resolvedOnFirstContact: resolved, repeated, tooRecent: row.count('rows') - resolved - repeated };
    },
    reject: (field, value) => {
      const contact = field === 'customerId' ? { customerId: value, contactedAt: until ?? 0 } : { customerId: 'customer', contactedAt: value };
      firstContactResolutionSummary([contact as CustomerContact], options);
    },
  };
  return buildSummaryQuery(metric, input, spec, checkOptions);
}

/** A parameter holding an ISO instant, read as a `TIMESTAMPTZ`. */
function instant(parameter: string, dialect: string): string {
  return dialect === 'portable' ? `CAST(${parameter} AS TIMESTAMP)` : `CAST(${parameter} AS TIMESTAMPTZ)`;
}
