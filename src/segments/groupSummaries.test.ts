import { describe, expect, test } from 'vitest';
import { deepFreeze, expectMetricError } from '../../test/helpers.js';
import { csatMetric, csatSummary, groupSummaries, meanMetric, npsMetric, proportionMetric } from '../index.js';

describe('groupSummaries', () => {
  test('warehouse counts per channel and shard, merged per channel', () => {
    // chat: (120 + 80) promoters, (50 + 50) passives, (30 + 70) detractors of 400 → 100 × 100/400 = 25.
    // phone: 40 − 30 of 100 → 10.
    const entries = deepFreeze([
      { key: 'phone', summary: { promoters: 40, passives: 30, detractors: 30, unanswered: 0 } },
      { key: 'chat', summary: { promoters: 120, passives: 50, detractors: 30, unanswered: 4 } },
      { key: 'chat', summary: { promoters: 80, passives: 50, detractors: 70, unanswered: 0 } },
    ]);
    const groups = groupSummaries(entries, { metric: npsMetric(), minimumAnswers: 200 });
    expect(groups.map((group) => [group.key, group.value, group.answered, group.small])).toEqual([
      ['chat', 25, 400, false],
      ['phone', 10, 100, true],
    ]);
    expect(groups[1]?.summary).toEqual({ promoters: 40, passives: 30, detractors: 30, unanswered: 0 });
    expect(groups[0]?.summary.unanswered).toBe(4);
  });

  test('proportions and means from counts', () => {
    const fcr = groupSummaries(
      [
        { key: 2, summary: { successes: 3, trials: 4, unanswered: 0 } },
        { key: 1, summary: { successes: 1, trials: 4, unanswered: 2 } },
        { key: 2, summary: { successes: 0, trials: 0, unanswered: 5 } },
      ],
      { metric: proportionMetric() },
    );
    expect(fcr.map((group) => [group.key, group.value])).toEqual([
      [1, 25],
      [2, 75],
    ]);
    const handle = groupSummaries([{ key: 'a', summary: { count: 0, mean: 0, sumOfSquaredDeviations: 0, unanswered: 3 } }], {
      metric: meanMetric(),
    });
    expect(handle.map((group) => [group.value, group.interval, group.small])).toEqual([[null, null, true]]);
  });

  test('a summary without `unanswered` is taken as none unanswered, where the metric allows it', () => {
    // npsFromSummary and the NPS merge read a missing `unanswered` as 0 (warehouse counts); the
    // types ask for the full summary, so TypeScript callers write it out.
    const counts = [{ key: 'chat', summary: { promoters: 3, passives: 1, detractors: 0 } }] as never;
    expect(groupSummaries(counts, { metric: npsMetric() })[0]?.summary).toEqual({ promoters: 3, passives: 1, detractors: 0, unanswered: 0 });
  });

  test('errors name the entry', () => {
    const metric = 'groupSummaries';
    const nps = { metric: npsMetric() };
    expectMetricError(() => groupSummaries([{ key: 'a', summary: { promoters: 1, passives: 1, detractors: -1, unanswered: 0 } }], nps), {
      metric,
      field: 'entries[0].summary.detractors',
      code: 'NEGATIVE',
    });
    expectMetricError(
      () => groupSummaries([{ key: 'a', summary: { promoters: 1, passives: 0, detractors: 0, unanswered: 0 } }, { key: 'a', summary: null as never }], nps),
      { metric, field: 'entries[1].summary', code: 'WRONG_TYPE' },
    );
    expectMetricError(() => groupSummaries([{ key: null as never, summary: { promoters: 1, passives: 0, detractors: 0, unanswered: 0 } }], nps), {
      metric,
      field: 'entries[0].key',
      code: 'WRONG_TYPE',
    });
    expectMetricError(() => groupSummaries([null as never], nps), { metric, field: 'entries[0]', code: 'WRONG_TYPE' });
    expectMetricError(() => groupSummaries(3 as never, nps), { metric, field: 'entries', code: 'WRONG_TYPE' });
    expectMetricError(() => groupSummaries([], {} as never), { metric, field: 'input.metric', code: 'WRONG_TYPE' });
    expectMetricError(() => groupSummaries([], { ...nps, minimumAnswers: '30' as never }), {
      metric,
      field: 'input.minimumAnswers',
      code: 'WRONG_TYPE',
    });
    // A CSAT histogram on a 1–7 scale does not merge into a 1–5 metric.
    expectMetricError(() => groupSummaries([{ key: 'a', summary: csatSummary([7], { scaleMax: 7 }) }], { metric: csatMetric() }), {
      metric,
      field: 'entries[0].summary.scaleMax',
      code: 'INCONSISTENT',
    });
    expectMetricError(() => groupSummaries([{ key: 'a', summary: { successes: 5, trials: 4, unanswered: 0 } }], { metric: proportionMetric() }), {
      metric,
      field: 'entries[0].summary.successes',
      code: 'INCONSISTENT',
    });
    // A metric of one's own whose value is NaN for one group: named, with the group's key.
    const ratio = {
      summarise: () => ({ a: 0, b: 0 }),
      merge: (x: { a: number; b: number }, y: { a: number; b: number }) => ({ a: x.a + y.a, b: x.b + y.b }),
      answered: (x: { a: number; b: number }) => x.a + x.b,
      value: (x: { a: number; b: number }) => x.a / x.b,
    };
    const entries: { key: string | number; summary: { a: number; b: number } }[] = [
      { key: 'ok', summary: { a: 1, b: 2 } },
      { key: 'zero', summary: { a: 0, b: 0 } },
      { key: 7, summary: { a: 1, b: 0 } },
    ];
    const error = expectMetricError(
      () => groupSummaries(entries, { metric: ratio }),
      { metric, field: 'input.metric.value', code: 'NOT_FINITE' },
    );
    expect(error.message).toBe('groupSummaries: input.metric.value must be a function returning a finite number for group 7; received Infinity');
  });
});
