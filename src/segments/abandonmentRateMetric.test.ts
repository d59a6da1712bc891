import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { abandonmentRateMetric, compareProportions, proportionIntervalFromSummary, type QueueContact } from '../index.js';

const answered = (waitSeconds: number): QueueContact => ({ waitSeconds, outcome: 'answered' });
const abandoned = (waitSeconds: number): QueueContact => ({ waitSeconds, outcome: 'abandoned' });

describe('abandonmentRateMetric', () => {
  test('abandons among offered contacts, short abandons out of both', () => {
    const metric = abandonmentRateMetric({ shortAbandonSeconds: 5 });
    const summary = metric.summarise([answered(10), abandoned(2), abandoned(40), answered(12)]);
    expect(summary).toStrictEqual({ offered: 4, abandoned: 2, shortAbandoned: 1 });
    // By hand: (2 − 1) / (4 − 1).
    expect(metric.value(summary)).toBeCloseTo(100 / 3, 12);
    expect(metric.answered(summary)).toBe(3);
    expect(metric.interval?.(summary)).toStrictEqual(proportionIntervalFromSummary({ successes: 1, trials: 3 }));
    const other = { offered: 10, abandoned: 1, shortAbandoned: 0 };
    expect(metric.compare?.(summary, other)).toStrictEqual(compareProportions({ successes: 1, trials: 3 }, { successes: 1, trials: 10 }));
    expect(metric.merge(summary, metric.summarise([]))).toStrictEqual(summary);
  });

  test('errors name the descriptor or the function it calls', () => {
    expectMetricError(() => abandonmentRateMetric({ shortAbandonSeconds: -1 }), { metric: 'abandonmentRateMetric', code: 'NEGATIVE', field: 'options.shortAbandonSeconds' });
    const metric = abandonmentRateMetric();
    expectMetricError(() => metric.value(metric.summarise([])), { metric: 'abandonmentRateFromSummary', code: 'EMPTY', field: 'summary' });
    expectMetricError(() => metric.interval?.({ offered: 2, abandoned: 3, shortAbandoned: 0 }), { metric: 'proportionIntervalFromSummary', code: 'INCONSISTENT', field: 'summary.abandoned' });
  });
});
