/**
 * service-metrics: customer-service and service-quality metrics, correct to the decimal,
 * honest about uncertainty, and fast on millions of rows.
 *
 * @packageDocumentation
 */

// Conventions and errors
export { MetricInputError } from './errors/MetricInputError.js';
export type { MetricInputErrorCode, MetricInputErrorDetails } from './errors/MetricInputError.js';
export type { Accessor, Answer } from './types.js';

// Survey
export { mergeNpsSummaries, nps, npsFromCounts, npsSummary } from './survey/nps.js';
export type { NpsCounts, NpsOptions, NpsSummary } from './survey/nps.js';
export { csat, csatFromSummary, csatMean, csatMeanFromSummary, csatSummary, mergeCsatSummaries } from './survey/csat.js';
export type { CsatOptions, CsatSummary } from './survey/csat.js';
export {
  mergeNevIntensitySummaries,
  mergeNevSummaries,
  nev,
  nevEmotionHierarchy,
  nevFromCounts,
  nevFromIntensities,
  nevFromIntensitySummary,
  nevIntensitySummary,
  nevSummary,
} from './survey/nev.js';
export type {
  NevCluster,
  NevClusterDefinition,
  NevCounts,
  NevEmotion,
  NevIntensityOptions,
  NevIntensitySummary,
  NevOptions,
  NevPolarity,
  NevRating,
  NevResponse,
  NevSummary,
} from './survey/nev.js';

// Customer
export { retentionRate } from './customer/retentionRate.js';
export type { RetentionCounts } from './customer/retentionRate.js';
export { churnRate } from './customer/churnRate.js';
export type { ChurnCounts, LostCustomerCounts } from './customer/churnRate.js';
export { clvFromGrossMargin } from './customer/clvFromGrossMargin.js';
export type { ClvGrossMarginInput } from './customer/clvFromGrossMargin.js';
export { clvFromPurchases } from './customer/clvFromPurchases.js';
export type { ClvPurchasesInput } from './customer/clvFromPurchases.js';
export { clvMarginMultiple } from './customer/clvMarginMultiple.js';
export type { ClvMarginMultipleInput } from './customer/clvMarginMultiple.js';
export { clvDiscounted } from './customer/clvDiscounted.js';
export type { ClvDiscountedInput } from './customer/clvDiscounted.js';

// Operations
export type { ContactOutcome, QueueContact } from './operations/QueueContact.js';
export type { CostBreakdown } from './operations/CostBreakdown.js';
export {
  abandonmentRate,
  abandonmentRateFromLog,
  abandonmentSummary,
  mergeAbandonmentSummaries,
} from './operations/abandonmentRate.js';
export type { AbandonmentCounts, AbandonmentOptions, AbandonmentSummary } from './operations/abandonmentRate.js';
export { occupancy } from './operations/occupancy.js';
export type { OccupancyTime } from './operations/occupancy.js';
export { costPerIncident } from './operations/costPerIncident.js';
export type { CostPerIncidentInput } from './operations/costPerIncident.js';
export { costPerTicket } from './operations/costPerTicket.js';
export type { CostPerTicketInput } from './operations/costPerTicket.js';

// SERVQUAL
export {
  mergeServqualSummaries,
  servqual,
  servqualFromSummary,
  servqualInstrument,
  servqualSummary,
} from './servqual/servqual.js';
export type {
  ServqualDimension,
  ServqualDimensionSummary,
  ServqualInstrument,
  ServqualItemSummary,
  ServqualOptions,
  ServqualResponse,
  ServqualResult,
  ServqualScoreOptions,
  ServqualSummary,
  ServqualSummaryOptions,
} from './servqual/servqual.js';

// Workforce
export type { ContactWorkload, QueuePerformance, StaffedWorkload } from './workforce/ContactWorkload.js';
export { trafficIntensity } from './workforce/trafficIntensity.js';
export { erlangB } from './workforce/erlangB.js';
export type { ErlangInput } from './workforce/erlangB.js';
export { erlangC } from './workforce/erlangC.js';
export { erlangCPerformance } from './workforce/erlangCPerformance.js';
export type { ServiceLevelOptions } from './workforce/erlangCPerformance.js';
export { erlangAPerformance } from './workforce/erlangAPerformance.js';
export type { AbandonmentPerformance, ImpatientWorkload } from './workforce/erlangAPerformance.js';
export { agentsRequired } from './workforce/agentsRequired.js';
export type { StaffingRequirement, StaffingTargets } from './workforce/agentsRequired.js';
export { staffingPlan } from './workforce/staffingPlan.js';
export type { IntervalForecast, StaffingPlanOptions } from './workforce/staffingPlan.js';
export { forecastVolume } from './workforce/forecastVolume.js';
export type { ForecastMethod, ForecastVolumeOptions } from './workforce/forecastVolume.js';

// Statistics
export type { Comparison, ConfidenceInterval, ConfidenceOptions } from './stats/ConfidenceInterval.js';
export { npsInterval, npsIntervalFromCounts } from './stats/npsInterval.js';
export type { NpsInterval, NpsIntervalMethod, NpsIntervalOptions } from './stats/npsInterval.js';
export { npsVariance } from './stats/npsVariance.js';
export { npsStandardError } from './stats/npsStandardError.js';
export type { NpsStandardErrorOptions } from './stats/npsStandardError.js';
export { proportionInterval } from './stats/proportionInterval.js';
export type {
  ProportionCounts,
  ProportionInterval,
  ProportionIntervalMethod,
  ProportionIntervalOptions,
} from './stats/proportionInterval.js';
export { meanSummary, mergeMeanSummaries } from './stats/meanSummary.js';
export type { MeanSummary } from './stats/meanSummary.js';
export { meanInterval, meanIntervalFromSummary } from './stats/meanInterval.js';
export type { MeanInterval } from './stats/meanInterval.js';
export { compareNps } from './stats/compareNps.js';
export type { CompareNpsOptions, NpsComparison, NpsComparisonMethod } from './stats/compareNps.js';
export { compareProportions } from './stats/compareProportions.js';
export type {
  CompareProportionsOptions,
  ProportionComparison,
  ProportionComparisonMethod,
} from './stats/compareProportions.js';
export { compareMeans } from './stats/compareMeans.js';
export type { MeanComparison } from './stats/compareMeans.js';
export { npsSampleSize } from './stats/npsSampleSize.js';
export type { NpsMix, NpsSampleSizeInput, NpsSampleSizeOptions } from './stats/npsSampleSize.js';
export { proportionSampleSize } from './stats/proportionSampleSize.js';
export type { ProportionSampleSizeInput, ProportionSampleSizeOptions } from './stats/proportionSampleSize.js';
