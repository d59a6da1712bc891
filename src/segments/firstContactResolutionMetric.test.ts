import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { firstContactResolutionMetric, proportionIntervalFromSummary } from '../index.js';

describe('firstContactResolutionMetric', () => {
  test('counts outcomes into the FCR summary; tooRecent enters no figure', () => {
    const metric = firstContactResolutionMetric();
    const summary = metric.summarise(['resolved', 'repeated', 'resolved', 'tooRecent', 'resolved']);
    expect(summary).toStrictEqual({ contacts: 4, resolvedOnFirstContact: 3, repeated: 1, tooRecent: 1 });
    // By hand: 3 of 4.
    expect(metric.value(summary)).toBe(75);
    expect(metric.answered(summary)).toBe(4);
    expect(metric.interval?.(summary)).toStrictEqual(proportionIntervalFromSummary({ successes: 3, trials: 4 }));
    expect(metric.merge(summary, metric.summarise(['repeated']))).toStrictEqual({ contacts: 5, resolvedOnFirstContact: 3, repeated: 2, tooRecent: 1 });
  });

  test('rejects values that are not outcomes, and an FCR of no contact', () => {
    const metric = firstContactResolutionMetric();
    const name = 'firstContactResolutionMetric';
    expectMetricError(() => metric.summarise(['resolved', 'fixed' as never]), { metric: name, code: 'UNKNOWN_VALUE', field: 'values[1]' });
    expectMetricError(() => metric.summarise([true as never]), { metric: name, code: 'WRONG_TYPE', field: 'values[0]' });
    expectMetricError(() => metric.value(metric.summarise(['tooRecent'])), { metric: 'firstContactResolutionFromSummary', code: 'EMPTY', field: 'summary.contacts' });
    expectMetricError(() => firstContactResolutionMetric({ confidenceLevel: 2 }), { metric: name, code: 'OUT_OF_RANGE', field: 'options.confidenceLevel' });
  });
});
