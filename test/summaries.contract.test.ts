import { fc } from '@fast-check/vitest';
import { mergeNpsSummaries, npsFromCounts, npsSummary, nps } from '../src/index.js';
import { describeSummaryContract } from './summaryContract.js';

describeSummaryContract({
  name: 'NPS',
  sample: fc.array(fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant(null)), { maxLength: 60 }),
  summarise: (values) => npsSummary(values),
  merge: mergeNpsSummaries,
  metric: {
    fromSummary: npsFromCounts,
    batch: (values) => nps(values),
    defined: (summary) => summary.promoters + summary.passives + summary.detractors > 0,
  },
});
