import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { proportionIntervalFromSummary, serviceLevelMetric, type QueueContact } from '../index.js';

const answered = (waitSeconds: number): QueueContact => ({ waitSeconds, outcome: 'answered' });
const abandoned = (waitSeconds: number): QueueContact => ({ waitSeconds, outcome: 'abandoned' });

describe('serviceLevelMetric', () => {
  test('summarises, merges and computes the chosen variant, with the Wilson interval of met / counted', () => {
    const metric = serviceLevelMetric({ thresholdSeconds: 20, shortAbandonSeconds: 5, variant: 'ignoreAbandonedWithinThreshold' });
    const summary = metric.summarise([answered(10), answered(30), abandoned(3), abandoned(15), abandoned(60)]);
    expect(summary).toStrictEqual({
      thresholdSeconds: 20,
      shortAbandonSeconds: 5,
      answered: 2,
      answeredWithinThreshold: 1,
      abandoned: 3,
      abandonedWithinThreshold: 2,
      shortAbandoned: 1,
      abandonedWaitUnknown: 0,
    });
    // By hand: AW / (A + B − BW) = 1 / (2 + 3 − 2) = 1 / 3.
    expect(metric.value(summary)).toBeCloseTo(100 / 3, 12);
    expect(metric.answered(summary)).toBe(3);
    expect(metric.interval?.(summary)).toStrictEqual(proportionIntervalFromSummary({ successes: 1, trials: 3 }));
    const merged = metric.merge(summary, metric.summarise([answered(0)]));
    // By hand: 2 / 4.
    expect(metric.value(merged)).toBe(50);
  });

  test('checks its options when built, naming itself', () => {
    const name = 'serviceLevelMetric';
    expectMetricError(() => serviceLevelMetric({} as never), { metric: name, code: 'WRONG_TYPE', field: 'options.thresholdSeconds' });
    expectMetricError(() => serviceLevelMetric({ thresholdSeconds: 10, shortAbandonSeconds: 20 }), { metric: name, code: 'INCONSISTENT', field: 'options.shortAbandonSeconds' });
    expectMetricError(() => serviceLevelMetric({ thresholdSeconds: 20, variant: 'best' as never }), { metric: name, code: 'UNKNOWN_VALUE', field: 'options.variant' });
    expectMetricError(() => serviceLevelMetric({ thresholdSeconds: 20, confidenceLevel: 95 }), { metric: name, code: 'OUT_OF_RANGE', field: 'options.confidenceLevel' });
  });

  test('a group with nothing counted has no value', () => {
    const metric = serviceLevelMetric({ thresholdSeconds: 20, variant: 'ignoreAbandoned' });
    expectMetricError(() => metric.value(metric.summarise([abandoned(50)])), { metric: 'serviceLevelFromSummary', code: 'EMPTY', field: 'summary' });
  });
});
