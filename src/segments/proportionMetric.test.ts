import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { compareProportions, proportionIntervalFromSummary, proportionMetric } from '../index.js';

describe('proportionMetric', () => {
  test('successes among observations, as a percentage, with the Wilson interval', () => {
    const metric = proportionMetric();
    const summary = metric.summarise([true, 1, false, 0, null, undefined, true]);
    expect(summary).toEqual({ successes: 3, trials: 5, unanswered: 2 });
    expect(metric.value(summary)).toBe(60);
    expect(metric.answered(summary)).toBe(5);
    expect(metric.merge(summary, metric.summarise([false]))).toEqual({ successes: 3, trials: 6, unanswered: 2 });
    expect(metric.interval?.(summary)).toStrictEqual(proportionIntervalFromSummary({ successes: 3, trials: 5 }));
    const other = { successes: 1, trials: 4, unanswered: 0 };
    expect(metric.compare?.(summary, other)).toStrictEqual(compareProportions(summary, other));
    expect(metric.summarise([])).toEqual({ successes: 0, trials: 0, unanswered: 0 });
  });

  test('errors', () => {
    const metric = 'proportionMetric';
    const flags = proportionMetric();
    expectMetricError(() => flags.summarise([true, 'yes' as never]), { metric, field: 'values[1]', code: 'WRONG_TYPE' });
    expectMetricError(() => flags.summarise([2 as never]), { metric, field: 'values[0]', code: 'OUT_OF_RANGE' });
    expectMetricError(() => flags.summarise([Number.NaN as never]), { metric, field: 'values[0]', code: 'NOT_FINITE' });
    expectMetricError(() => flags.value({ successes: 0, trials: 0, unanswered: 3 }), { metric, field: 'summary.trials', code: 'EMPTY' });
    expectMetricError(() => flags.merge({ successes: 3, trials: 2, unanswered: 0 }, flags.summarise([])), {
      metric,
      field: 'a.successes',
      code: 'INCONSISTENT',
    });
    expectMetricError(() => flags.merge(flags.summarise([]), { successes: 1, trials: -1, unanswered: 0 }), {
      metric,
      field: 'b.trials',
      code: 'NEGATIVE',
    });
    expectMetricError(() => proportionMetric({ confidenceLevel: 95 }), { metric, field: 'options.confidenceLevel', code: 'OUT_OF_RANGE' });
    // Values that are not iterable, and summaries whose unanswered is not a count (which the
    // interval and the test do not read), are errors too: never a TypeError or a silent pass.
    expectMetricError(() => flags.summarise(7 as never), { metric, field: 'values', code: 'WRONG_TYPE' });
    expectMetricError(() => flags.answered({} as never), { metric, field: 'summary.successes', code: 'WRONG_TYPE' });
    const noCount = { successes: 1, trials: 2, unanswered: Number.NaN };
    expectMetricError(() => flags.interval?.(noCount), { metric, field: 'summary.unanswered', code: 'NOT_FINITE' });
    expectMetricError(() => flags.compare?.(flags.summarise([true]), noCount), { metric, field: 'b.unanswered', code: 'NOT_FINITE' });
    // A merged count past 2⁵³ − 1 cannot be counted one by one in a double.
    const many = { successes: 0, trials: Number.MAX_SAFE_INTEGER, unanswered: 0 };
    expectMetricError(() => flags.merge(many, { successes: 0, trials: 1, unanswered: 0 }), { metric, field: 'b.trials', code: 'OUT_OF_RANGE' });
  });
});
