import { serviceLevelSummary, type ServiceLevelSummary, type ServiceLevelThresholds } from '../operations/serviceLevel.js';
import type { QueueContact } from '../internal/types/contacts.js';
import { asMetric } from '../internal/summaries/npsCounts.js';
import { buildSummaryQuery, type SummarySpec } from '../internal/sql/summaryQuery.js';
import { checkedNumber } from '../internal/sql/sqlText.js';
import { QUEUE_COLUMNS, queueAccepted, queueRecord } from '../internal/sql/queueContacts.js';
import type { SqlTarget, SummaryQuery } from '../internal/types/sql.js';

/** Where {@link serviceLevelSummarySql} and {@link abandonmentRateSummarySql} read: a {@link SqlTarget} and a contact log's two columns. @category SQL */
export interface QueueContactSqlInput extends SqlTarget {
  /** The column of waits in seconds (≥ 0); NULL only for an abandoned contact whose wait is unknown. */
  readonly waitSeconds: string;
  /** The column of outcomes: the text `'answered'` or `'abandoned'`, as in {@link QueueContact}. */
  readonly outcome: string;
}

/**
 * The SQL of {@link serviceLevelSummary}: one {@link ServiceLevelSummary} per group, counted by the
 * database for every {@link ServiceLevelVariant}, as the JavaScript counts a log: within the
 * threshold is wait ≤ `thresholdSeconds`; a short abandon waited strictly less than
 * `shortAbandonSeconds`; an abandon with a NULL wait is in `abandonedWaitUnknown` only. Bad
 * values, as {@link serviceLevel} rejects them: an outcome other than `'answered'` and
 * `'abandoned'` (NULL included), a negative or non-finite wait, a NULL wait of an answered
 * contact (or of any contact, with `shortAbandonSeconds` > 0).
 *
 * @param input - The dialect, the table or query, the `waitSeconds` and `outcome` columns, group columns and period.
 * @param options - The thresholds, as {@link serviceLevelSummary} takes them.
 * @returns The query: read its rows with {@link readSummaries}, or run it with {@link querySummaries};
 * then {@link serviceLevelFromSummary} with any variant.
 * @throws {@link MetricInputError} the common input checks on `input` and `options` (a missing
 * `options.thresholdSeconds`).
 *
 * @example
 * ```ts
 * import { serviceLevelFromSummary } from 'service-metrics';
 * import { readSummaries, serviceLevelSummarySql } from 'service-metrics/sql';
 *
 * const query = serviceLevelSummarySql({ dialect: 'postgres', from: 'calls', waitSeconds: 'wait', outcome: 'outcome' }, { thresholdSeconds: 20 });
 * const [all] = readSummaries(query, [{ s_answered: '1000', s_answeredWithinThreshold: '860', s_abandoned: '60',
 *   s_abandonedWithinThreshold: '20', s_shortAbandoned: 0, s_abandonedWaitUnknown: '0', bad_outcome: '0', bad_waitSeconds: '0' }]);
 * serviceLevelFromSummary(all!.summary); // => 81.13
 * ```
 * @see {@link https://www.icmi.com/Resources/QueueTips/2005/March/Service-Level-Calculations.aspx | ICMI QueueTips (2005): Service level calculations}
 * @category SQL
 */
export function serviceLevelSummarySql(input: QueueContactSqlInput, options: ServiceLevelThresholds): SummaryQuery<Required<ServiceLevelSummary>> {
  const metric = 'serviceLevelSummarySql';
  const checkOptions = (): void => {
    asMetric(metric, () => serviceLevelSummary([], options));
  };
  // Read once checked: finite numbers (or bigints) ≥ 0, short ≤ threshold.
  const threshold = (): number => checkedNumber(options.thresholdSeconds) + 0;
  const short = (): number => checkedNumber(options.shortAbandonSeconds ?? 0) + 0;
  const spec: SummarySpec<Required<ServiceLevelSummary>> = {
    columns: QUEUE_COLUMNS,
    aggregates: (sql, { outcome, waitSeconds }) => {
      const o = outcome!;
      const w = waitSeconds!;
      const is = (value: string): string => `${o} = ${sql.param(value)}`;
      return {
        answered: sql.countWhere(is('answered')),
        answeredWithinThreshold: sql.countWhere(`${is('answered')} AND ${w} <= ${sql.doubleParam(threshold())}`),
        abandoned: sql.countWhere(is('abandoned')),
        abandonedWithinThreshold: sql.countWhere(`${is('abandoned')} AND ${w} <= ${sql.doubleParam(threshold())}`),
        shortAbandoned: short() > 0 ? sql.countWhere(`${is('abandoned')} AND ${w} < ${sql.doubleParam(short())}`) : '0',
        abandonedWaitUnknown: sql.countWhere(`${is('abandoned')} AND ${w} IS NULL`),
      };
    },
    accepted: (sql, columns, only) => queueAccepted(sql, columns, short() > 0, only),
    build: (row) => ({
      thresholdSeconds: threshold(),
      shortAbandonSeconds: short(),
      answered: row.count('answered'),
      answeredWithinThreshold: row.count('answeredWithinThreshold'),
      abandoned: row.count('abandoned'),
      abandonedWithinThreshold: row.count('abandonedWithinThreshold'),
      shortAbandoned: row.count('shortAbandoned'),
      abandonedWaitUnknown: row.count('abandonedWaitUnknown'),
    }),
    reject: (field, value) => serviceLevelSummary([queueRecord(field, value, short() > 0) as QueueContact], options),
  };
  return buildSummaryQuery(metric, input, spec, checkOptions);
}
