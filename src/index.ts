/**
 * service-metrics: customer-service and service-quality metrics, correct to the decimal,
 * honest about uncertainty, and fast on millions of rows.
 *
 * @packageDocumentation
 */

// Conventions and errors
export { MetricInputError } from './errors/MetricInputError.js';
export type { MetricInputErrorCode, MetricInputErrorDetails } from './errors/MetricInputError.js';
export type { Accessor, Answer, FromWarehouse, Numeric, SummaryCounts } from './types.js';

// Survey
export { mergeNpsSummaries, nps, npsFromSummary, npsSummary } from './survey/nps.js';
export type { NpsOptions, NpsSummary } from './survey/nps.js';
export { csat, csatFromSummary, csatMean, csatMeanFromSummary, csatSummary, mergeCsatSummaries } from './survey/csat.js';
export type { CsatOptions, CsatSummary } from './survey/csat.js';
export {
  mergeNevIntensitySummaries,
  mergeNevSummaries,
  nev,
  nevEmotionHierarchy,
  nevFromSummary,
  nevIntensity,
  nevIntensityFromSummary,
  nevIntensitySummary,
  nevSummary,
} from './survey/nev.js';
export type {
  NevCluster,
  NevClusterDefinition,
  NevEmotion,
  NevIntensityOptions,
  NevIntensitySummary,
  NevOptions,
  NevPolarity,
  NevRating,
  NevResponse,
  NevSummary,
} from './survey/nev.js';
export { ces, cesFromSummary, cesSummary, mergeCesSummaries } from './survey/ces.js';
export type { CesEasyEnd, CesOptions, CesResult, CesSummary } from './survey/ces.js';
export { enps, enpsFromSummary } from './survey/enps.js';
export {
  engagementIndex,
  engagementIndexFromSummary,
  engagementIndexSummary,
  mergeEngagementIndexSummaries,
} from './survey/engagementIndex.js';
export type { EngagementIndexMethod, EngagementIndexOptions, EngagementIndexSummary } from './survey/engagementIndex.js';
export { surveyResponseRate } from './survey/surveyResponseRate.js';
export type { SurveyResponseCounts } from './survey/surveyResponseRate.js';
export {
  agentRatings,
  agentRatingsFromSummary,
  agentRatingsSummary,
  mergeAgentRatingsSummaries,
} from './survey/agentRatings.js';
export type {
  AgentRating,
  AgentRatingAccessors,
  AgentRatingsSummary,
  AgentRatingsOptions,
} from './survey/agentRatings.js';

// Customer
export { retentionRate } from './customer/retentionRate.js';
export type { RetentionCounts } from './customer/retentionRate.js';
export { churnRate } from './customer/churnRate.js';
export type { ChurnCounts, LostCustomerCounts } from './customer/churnRate.js';
export { clvGrossMargin } from './customer/clvGrossMargin.js';
export type { ClvGrossMarginInput } from './customer/clvGrossMargin.js';
export { clvPurchases } from './customer/clvPurchases.js';
export type { ClvPurchasesInput } from './customer/clvPurchases.js';
export { clvMarginMultiple } from './customer/clvMarginMultiple.js';
export type { ClvMarginMultipleInput } from './customer/clvMarginMultiple.js';
export { clvDiscounted } from './customer/clvDiscounted.js';
export type { ClvDiscountedInput } from './customer/clvDiscounted.js';

// Operations
export type { ContactOutcome, QueueContact } from './internal/types/contacts.js';
export type { CostBreakdown } from './operations/CostBreakdown.js';
export {
  abandonmentRate,
  abandonmentRateFromSummary,
  abandonmentRateSummary,
  mergeAbandonmentRateSummaries,
} from './operations/abandonmentRate.js';
export type { AbandonmentRateOptions, AbandonmentRateSummary } from './operations/abandonmentRate.js';
export { occupancy } from './operations/occupancy.js';
export type { OccupancyTime } from './operations/occupancy.js';
export { costPerIncident } from './operations/costPerIncident.js';
export type { CostPerIncidentInput } from './operations/costPerIncident.js';
export { costPerTicket } from './operations/costPerTicket.js';
export type { CostPerTicketInput } from './operations/costPerTicket.js';
export {
  firstContactOutcomes,
  firstContactResolution,
  firstContactResolutionFromSummary,
  firstContactResolutionSummary,
  mergeFirstContactResolutionSummaries,
} from './operations/firstContactResolution.js';
export type {
  CustomerContact,
  FirstContactOutcome,
  FirstContactResolutionBasis,
  FirstContactResolutionOptions,
  FirstContactResolutionSummary,
  RepeatContactOptions,
} from './operations/firstContactResolution.js';
export { contactsPerResolution } from './operations/contactsPerResolution.js';
export type { ContactsPerResolutionCounts } from './operations/contactsPerResolution.js';
export { escalationRate } from './operations/escalationRate.js';
export type { EscalationCounts } from './operations/escalationRate.js';
export { complaintRate } from './operations/complaintRate.js';
export type { ComplaintRateInput, ComplaintRateOptions } from './operations/complaintRate.js';
export { unresolvedComplaintRate } from './operations/unresolvedComplaintRate.js';
export type { UnresolvedComplaintCounts } from './operations/unresolvedComplaintRate.js';
export { contactsPerAgentHour } from './operations/contactsPerAgentHour.js';
export type { ContactsPerAgentHourInput } from './operations/contactsPerAgentHour.js';
export { conversionRate } from './operations/conversionRate.js';
export type { ConversionCounts } from './operations/conversionRate.js';
export { utilisation } from './operations/utilisation.js';
export type { UtilisationNumerator, UtilisationOptions, UtilisationTime } from './operations/utilisation.js';
export { shrinkage } from './operations/shrinkage.js';
export type { ShrinkageTime } from './operations/shrinkage.js';
export { scheduledAgents } from './operations/scheduledAgents.js';
export type { ScheduledAgentsInput, ScheduledAgentsOptions } from './operations/scheduledAgents.js';
export { labourCostPerHour } from './operations/labourCostPerHour.js';
export type { LabourCostPerHourInput } from './operations/labourCostPerHour.js';
export { grossMargin } from './operations/grossMargin.js';
export type { GrossMarginInput } from './operations/grossMargin.js';
export { grossMarginPercentage } from './operations/grossMarginPercentage.js';
export {
  contactMix,
  contactMixFromSummary,
  contactMixSummary,
  mergeContactMixSummaries,
} from './operations/contactMix.js';
export type {
  ContactMix,
  ContactMixFields,
  ContactMixGroup,
  ContactMixGroupSummary,
  ContactMixSummary,
} from './operations/contactMix.js';
export {
  mergeServiceLevelSummaries,
  serviceLevel,
  serviceLevelFromSummary,
  serviceLevelSummary,
} from './operations/serviceLevel.js';
export type {
  ServiceLevelOptions,
  ServiceLevelSummary,
  ServiceLevelThresholds,
  ServiceLevelVariant,
  ServiceLevelVariantOptions,
} from './operations/serviceLevel.js';
export { durationStats } from './operations/durationStats.js';
export type { DurationStats, DurationStatsOptions } from './operations/durationStats.js';
export { durationPercentile } from './operations/durationPercentile.js';
export type { DurationPercentileOptions } from './operations/durationPercentile.js';
export { averageSpeedOfAnswer } from './operations/averageSpeedOfAnswer.js';
export { averageWait } from './operations/averageWait.js';
export type { AverageWaitOptions } from './operations/averageWait.js';
export { averageHandleTime } from './operations/averageHandleTime.js';
export type { HandleTime } from './operations/averageHandleTime.js';
export { firstResponseTime } from './operations/firstResponseTime.js';
export { timeToResolution } from './operations/timeToResolution.js';

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
export type { ContactWorkload, ImpatientContactWorkload, QueuePerformance, StaffedWorkload } from './internal/types/queue.js';
export { trafficIntensity } from './workforce/trafficIntensity.js';
export { erlangB } from './workforce/erlangB.js';
export type { ErlangInput } from './workforce/erlangB.js';
export { pChart } from './control/pChart.js';
export type { KnownProportion, PChart, PChartOptions, ProportionSample } from './control/pChart.js';
export { uChart } from './control/uChart.js';
export type { KnownRate, RateSample, UChart, UChartOptions } from './control/uChart.js';
export { individualsChart } from './control/individualsChart.js';
export type { IndividualsChart } from './control/individualsChart.js';
export { ewmaChart } from './control/ewmaChart.js';
export type { EwmaChart, EwmaChartOptions, EwmaChartPoint } from './control/ewmaChart.js';
export { cusumChart } from './control/cusumChart.js';
export type { CusumChart, CusumChartOptions, CusumChartPoint } from './control/cusumChart.js';
export type { ControlChart, ControlChartBaseline, ControlChartOptions, ControlChartPoint, KnownMeanAndSigma, RunRule, RunRuleSet } from './internal/types/controlChart.js';
export { intradayReforecast } from './workforce/intradayReforecast.js';
export type { IntradayReforecast, IntradayStaffing, IntradayVolumes, ReforecastInterval } from './workforce/intradayReforecast.js';
export { linesRequired } from './workforce/linesRequired.js';
export type { BlockingTarget, LinesRequirement } from './workforce/linesRequired.js';
export { trafficCapacity } from './workforce/trafficCapacity.js';
export type { LinesAtBlocking } from './workforce/trafficCapacity.js';
export { erlangC } from './workforce/erlangC.js';
export { erlangCPerformance } from './workforce/erlangCPerformance.js';
export type { ErlangPerformanceOptions } from './workforce/erlangCPerformance.js';
export { erlangAPerformance } from './workforce/erlangAPerformance.js';
export { agentsRequiredWithAbandonment } from './workforce/agentsRequiredWithAbandonment.js';
export type {
  AbandonmentStaffingRequirement,
  AbandonmentStaffingTargets,
} from './workforce/agentsRequiredWithAbandonment.js';
export type { AbandonmentPerformance, ImpatientWorkload } from './workforce/erlangAPerformance.js';
export { agentsRequired } from './workforce/agentsRequired.js';
export type { StaffingRequirement, StaffingTargets } from './workforce/agentsRequired.js';
export { staffingPlan } from './workforce/staffingPlan.js';
export type { IntervalForecast, StaffingPlanOptions } from './workforce/staffingPlan.js';
export { forecastVolume } from './workforce/forecastVolume.js';
export type { ForecastMethod, ForecastVolumeOptions } from './workforce/forecastVolume.js';
export { exponentialSmoothing } from './workforce/exponentialSmoothing.js';
export type { ExponentialSmoothingModel, ExponentialSmoothingOptions, ExponentialSmoothingResult } from './workforce/exponentialSmoothing.js';
export { forecastAccuracy } from './workforce/forecastAccuracy.js';
export type { ForecastAccuracy, ForecastAccuracyInput, ForecastAccuracyOptions } from './workforce/forecastAccuracy.js';
export { forecastBacktest } from './workforce/forecastBacktest.js';
export type { BacktestMethod, BacktestScore, ForecastBacktest, ForecastBacktestOptions } from './workforce/forecastBacktest.js';

// Statistics
export type { Comparison, ConfidenceInterval, ConfidenceOptions } from './internal/types/statistics.js';
export { npsInterval, npsIntervalFromSummary } from './stats/npsInterval.js';
export type { NpsInterval, NpsIntervalMethod, NpsIntervalOptions } from './stats/npsInterval.js';
export { npsVariance } from './stats/npsVariance.js';
export { npsStandardError } from './stats/npsStandardError.js';
export type { NpsStandardErrorOptions } from './stats/npsStandardError.js';
export { proportionInterval, proportionIntervalFromSummary } from './stats/proportionInterval.js';
export type {
  ProportionInterval,
  ProportionIntervalMethod,
  ProportionIntervalOptions,
} from './stats/proportionInterval.js';
export { mean, meanFromSummary, meanSummary, mergeMeanSummaries } from './stats/meanSummary.js';
export type { MeanSummary } from './stats/meanSummary.js';
export {
  mergeProportionSummaries,
  proportion,
  proportionFromSummary,
  proportionSummary,
} from './stats/proportionSummary.js';
export type { ProportionSummary, ProportionValue } from './stats/proportionSummary.js';
export {
  approximatePercentile,
  approximatePercentileFromSummary,
  approximatePercentileSummary,
  mergeApproximatePercentileSummaries,
} from './stats/approximatePercentile.js';
export type {
  ApproximatePercentileOptions,
  ApproximatePercentileSummary,
  ApproximatePercentileSummaryOptions,
} from './stats/approximatePercentile.js';
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

// Business hours
export { businessCalendar } from './businessHours/businessCalendar.js';
export type { BusinessCalendar, BusinessHoliday, BusinessHours, BusinessWeek } from './businessHours/businessCalendar.js';
export { businessSecondsBetween } from './businessHours/businessSecondsBetween.js';
export { addBusinessSeconds } from './businessHours/addBusinessSeconds.js';
export { isBusinessTime } from './businessHours/isBusinessTime.js';
export { nextBusinessOpening } from './businessHours/nextBusinessOpening.js';
export { slaClocks } from './businessHours/slaClocks.js';
export { mergeSlaAchievementSummaries, slaAchievement, slaAchievementFromSummary, slaAchievementSummary } from './businessHours/slaAchievement.js';
export type { SlaAchievementSummary } from './businessHours/slaAchievement.js';
export type {
  SlaClock,
  SlaClockOptions,
  SlaClockState,
  SlaEvent,
  SlaMetricName,
  SlaPolicy,
  SlaStatus,
  SlaTarget,
  SlaTicket,
  SlaUnsolvedStatus,
} from './businessHours/slaClocks.js';

// Segments and periods
export type { GroupKey, KeyedSummary, MetricGroup, SegmentMetric } from './internal/types/segments.js';
export { npsMetric } from './segments/npsMetric.js';
export type { NetScoreTestOptions, NpsMetricOptions } from './segments/npsMetric.js';
export { enpsMetric } from './segments/enpsMetric.js';
export { nevMetric } from './segments/nevMetric.js';
export type { NevMetricOptions } from './segments/nevMetric.js';
export { nevIntensityMetric } from './segments/nevIntensityMetric.js';
export { cesMetric } from './segments/cesMetric.js';
export type { CesMetricOptions, CesReport } from './segments/cesMetric.js';
export { engagementIndexMetric } from './segments/engagementIndexMetric.js';
export type { EngagementIndexMetricOptions } from './segments/engagementIndexMetric.js';
export { csatMetric } from './segments/csatMetric.js';
export type { CsatMetricOptions } from './segments/csatMetric.js';
export { csatMeanMetric } from './segments/csatMeanMetric.js';
export { meanMetric } from './segments/meanMetric.js';
export { approximatePercentileMetric } from './segments/approximatePercentileMetric.js';
export { proportionMetric } from './segments/proportionMetric.js';
export { serviceLevelMetric } from './segments/serviceLevelMetric.js';
export type { ServiceLevelMetricOptions } from './segments/serviceLevelMetric.js';
export { abandonmentRateMetric } from './segments/abandonmentRateMetric.js';
export type { AbandonmentRateMetricOptions } from './segments/abandonmentRateMetric.js';
export { firstContactResolutionMetric } from './segments/firstContactResolutionMetric.js';
export { slaAchievementMetric } from './segments/slaAchievementMetric.js';
export { contactMixMetric } from './segments/contactMixMetric.js';
export type { ContactMixMetricOptions } from './segments/contactMixMetric.js';
export { groupBy } from './segments/groupBy.js';
export type { GroupByInput } from './segments/groupBy.js';
export { groupSummaries } from './segments/groupSummaries.js';
export type { GroupSummariesInput } from './segments/groupSummaries.js';
export { periodKey } from './segments/periodKey.js';
export type { Period, Timestamp, TimeZoneOptions } from './segments/periodKey.js';
export { periodSeries } from './segments/periodSeries.js';
export { rollingSeries } from './segments/rollingSeries.js';
export type { RollingSeriesInput } from './segments/rollingSeries.js';
export type { PeriodSeriesInput } from './segments/periodSeries.js';
export { periodSeriesFromSummaries } from './segments/periodSeriesFromSummaries.js';
export type { PeriodSeriesFromSummariesInput } from './segments/periodSeriesFromSummaries.js';
export { compareGroups } from './segments/compareGroups.js';
export type {
  Baseline,
  CompareGroupsInput,
  GroupComparison,
  MultipleComparisonAdjustment,
} from './segments/compareGroups.js';
