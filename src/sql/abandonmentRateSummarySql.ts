import { abandonmentRateSummary, type AbandonmentRateOptions, type AbandonmentRateSummary } from '../operations/abandonmentRate.js';
import type { QueueContact } from '../internal/types/contacts.js';
import { asMetric } from '../internal/summaries/npsCounts.js';
import { buildSummaryQuery, type SummarySpec } from '../internal/sql/summaryQuery.js';
import { checkedNumber } from '../internal/sql/sqlText.js';
import { QUEUE_COLUMNS, queueAccepted, queueRecord } from '../internal/sql/queueContacts.js';
import type { SummaryQuery } from '../internal/types/sql.js';
import type { QueueContactSqlInput } from './serviceLevelSummarySql.js';

/**
 * The SQL of {@link abandonmentRateSummary}: one {@link AbandonmentRateSummary} per group,
 * counted by the database: offered = every row, abandoned = outcome `'abandoned'`, short
 * abandons = those whose wait is strictly less than `shortAbandonSeconds`. Bad values, as
 * {@link abandonmentRate} rejects them: an outcome other than `'answered'` and `'abandoned'`
 * (NULL included), a negative or non-finite wait, a NULL wait of an answered contact (or of any
 * contact, with `shortAbandonSeconds` > 0).
 *
 * @param input - The dialect, the table or query, the `waitSeconds` and `outcome` columns, group columns and period.
 * @param options - The short-abandon threshold, as {@link abandonmentRate} takes it.
 * @returns The query: read its rows with {@link readSummaries}, or run it with {@link querySummaries}.
 * @throws {@link MetricInputError} the common input checks on `input` and `options`.
 *
 * @example
 * ```ts
 * import { abandonmentRateFromSummary } from 'service-metrics';
 * import { abandonmentRateSummarySql, readSummaries } from 'service-metrics/sql';
 *
 * const query = abandonmentRateSummarySql({ dialect: 'duckdb', from: 'calls', waitSeconds: 'wait', outcome: 'outcome' }, { shortAbandonSeconds: 5 });
 * const [all] = readSummaries(query, [{ s_offered: 1000n, s_abandoned: 60n, s_shortAbandoned: 12n, bad_outcome: 0n, bad_waitSeconds: 0n }]);
 * abandonmentRateFromSummary(all!.summary); // => 4.86
 * ```
 * @category SQL
 */
export function abandonmentRateSummarySql(
  input: QueueContactSqlInput,
  options?: AbandonmentRateOptions,
): SummaryQuery<Required<AbandonmentRateSummary>> {
  const metric = 'abandonmentRateSummarySql';
  const checkOptions = (): void => {
    asMetric(metric, () => abandonmentRateSummary([], options));
  };
  const short = (): number => checkedNumber(options?.shortAbandonSeconds ?? 0) + 0;
  const spec: SummarySpec<Required<AbandonmentRateSummary>> = {
    columns: QUEUE_COLUMNS,
    aggregates: (sql, { outcome, waitSeconds }) => {
      const abandoned = `${outcome!} = ${sql.param('abandoned')}`;
      return {
        offered: 'COUNT(*)',
        abandoned: sql.countWhere(abandoned),
        shortAbandoned: short() > 0 ? sql.countWhere(`${outcome!} = ${sql.param('abandoned')} AND ${waitSeconds!} < ${sql.doubleParam(short())}`) : '0',
      };
    },
    accepted: (sql, columns, only) => queueAccepted(sql, columns, short() > 0, only),
    build: (row) => ({ offered: row.count('offered'), abandoned: row.count('abandoned'), shortAbandoned: row.count('shortAbandoned') }),
    reject: (field, value) => abandonmentRateSummary([queueRecord(field, value, short() > 0) as QueueContact], options),
  };
  return buildSummaryQuery(metric, input, spec, checkOptions);
}
