import { proportionVersusTarget } from '../internal/numeric/oneSampleTests.js';
import { compareProportions } from '../stats/compareProportions.js';
import { proportionIntervalFromSummary, type ProportionInterval } from '../stats/proportionInterval.js';
import type { ProportionSummary } from '../stats/proportionSummary.js';
import type { SegmentMetric } from '../internal/types/segments.js';

/** The interval and tests of {@link proportionMetric} for a descriptor whose `proportionOf` reads successes and trials. */
export function proportionParts<Summary>(
  confidenceLevel: number,
  proportionOf: (summary: Summary, field: string, metric: string) => ProportionSummary,
): Pick<SegmentMetric<unknown, Summary, ProportionInterval>, 'interval' | 'compare' | 'compareWithTarget'> {
  const level = { confidenceLevel };
  return {
    interval: (summary) => proportionIntervalFromSummary(proportionOf(summary, 'summary', 'proportionIntervalFromSummary'), level),
    compare: (a, b) => compareProportions(proportionOf(a, 'a', 'compareProportions'), proportionOf(b, 'b', 'compareProportions'), level),
    compareWithTarget: (summary, target) => {
      const { successes, trials } = proportionOf(summary, 'summary', 'compareWithTarget');
      return proportionVersusTarget('compareWithTarget', successes, trials, target, confidenceLevel);
    },
  };
}
