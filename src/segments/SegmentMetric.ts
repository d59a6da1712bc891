// Declared in src/internal/types/ so that internal modules can use it too; re-exported here under its public name.
export type { GroupKey, KeyedSummary, MetricGroup, SegmentMetric } from '../internal/types/segments.js';
