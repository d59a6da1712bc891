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
