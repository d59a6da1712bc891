/**
 * `service-metrics/sql`: the summaries of the library computed by your database. Each
 * `xSummarySql` builder writes the `GROUP BY` query of a summary family for DuckDB, PostgreSQL
 * or a portable SQL; {@link querySummaries} (or {@link readSummaries}) reads its rows back
 * into the same summaries the JavaScript `xSummary` functions return, so the metric, its
 * interval and comparisons come from the library's `xFromSummary` and descriptors.
 *
 * @packageDocumentation
 */
export { SqlCheckError } from '../errors/SqlCheckError.js';
export type { SqlCheckErrorDetails, SqlCheckExample } from '../errors/SqlCheckError.js';
export type {
  SqlDialect,
  SqlPeriod,
  SqlQuery,
  SqlRunner,
  SqlSource,
  SqlSubquery,
  SqlTarget,
  SqlTimeStorage,
  SummaryQuery,
  SummaryRow,
} from '../internal/types/sql.js';
export { readSummaries } from './readSummaries.js';
export { querySummaries } from './querySummaries.js';

// Survey
export { npsSummarySql } from './npsSummarySql.js';
export type { NpsSummarySqlInput } from './npsSummarySql.js';
export { csatSummarySql } from './csatSummarySql.js';
export type { CsatSummarySqlInput } from './csatSummarySql.js';
export { cesSummarySql } from './cesSummarySql.js';
export type { CesSummarySqlInput } from './cesSummarySql.js';
export { engagementIndexSummarySql } from './engagementIndexSummarySql.js';
export type { EngagementIndexSummarySqlInput } from './engagementIndexSummarySql.js';
export { nevSummarySql } from './nevSummarySql.js';
export type { NevSummarySqlInput } from './nevSummarySql.js';
export { nevIntensitySummarySql } from './nevIntensitySummarySql.js';
export type { NevIntensitySummarySqlInput } from './nevIntensitySummarySql.js';

// Statistics
export { proportionSummarySql } from './proportionSummarySql.js';
export type { ProportionSummarySqlInput, ProportionSummarySqlOptions } from './proportionSummarySql.js';
export { meanSummarySql } from './meanSummarySql.js';
export type { MeanSummarySqlInput, MeanSummarySqlOptions } from './meanSummarySql.js';

// Operations
export { serviceLevelSummarySql } from './serviceLevelSummarySql.js';
export type { QueueContactSqlInput } from './serviceLevelSummarySql.js';
export { abandonmentRateSummarySql } from './abandonmentRateSummarySql.js';
export { firstContactResolutionSummarySql } from './firstContactResolutionSummarySql.js';
export type { FirstContactResolutionLogSummary, FirstContactResolutionSummarySqlInput } from './firstContactResolutionSummarySql.js';
export { contactMixSummarySql } from './contactMixSummarySql.js';
export type { ContactMixSummarySqlInput } from './contactMixSummarySql.js';
export { durationPercentileSql } from './durationPercentileSql.js';
export { approximatePercentileSummarySql } from './approximatePercentileSummarySql.js';
export type { ApproximatePercentileSummarySqlInput } from './approximatePercentileSummarySql.js';
export { slaAchievementSummarySql } from './slaAchievementSummarySql.js';
export type { SlaAchievementSummarySqlInput } from './slaAchievementSummarySql.js';
export type { DurationPercentileResult, DurationPercentileSqlInput } from './durationPercentileSql.js';
