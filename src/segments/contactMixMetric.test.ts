import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { contactMixMetric, periodSeries, proportionIntervalFromSummary } from '../index.js';

describe('contactMixMetric', () => {
  test('the share of one category among the classified rows', () => {
    const metric = contactMixMetric({ category: 'email' });
    const summary = metric.summarise(['email', 'phone', null, 'phone', 'chat']);
    // By hand: 1 email of 4 classified rows; the null row is unclassified.
    expect(metric.value(summary)).toBe(25);
    expect(metric.answered(summary)).toBe(4);
    expect(summary.unclassified).toBe(1);
    expect(metric.interval?.(summary)).toStrictEqual(proportionIntervalFromSummary({ successes: 1, trials: 4 }));
    // A category absent from a group with other rows has share 0.
    expect(metric.value(metric.summarise(['phone']))).toBe(0);
  });

  test('tracks a channel’s share by period', () => {
    const day = 86_400_000;
    const rows = [
      { at: 0, channel: 'email' },
      { at: day, channel: 'phone' },
      { at: 40 * day, channel: 'email' },
      { at: 41 * day, channel: 'email' },
    ];
    const series = periodSeries(rows, { time: (r) => r.at, period: 'month', value: (r) => r.channel, metric: contactMixMetric({ category: 'email' }) });
    // By hand: January 1970, 1 of 2; February, 2 of 2.
    expect(series.map((p) => [p.key, p.value])).toStrictEqual([
      ['1970-01', 50],
      ['1970-02', 100],
    ]);
  });

  test('errors', () => {
    const name = 'contactMixMetric';
    expectMetricError(() => contactMixMetric({ category: '' }), { metric: name, code: 'OUT_OF_RANGE', field: 'options.category' });
    expectMetricError(() => contactMixMetric({} as never), { metric: name, code: 'WRONG_TYPE', field: 'options.category' });
    const metric = contactMixMetric({ category: 'chat' });
    expectMetricError(() => metric.value(metric.summarise([null])), { metric: name, code: 'EMPTY', field: 'summary' });
    expectMetricError(() => metric.summarise([3 as never]), { metric: name, code: 'WRONG_TYPE', field: 'rows[0].by' });
  });
});
