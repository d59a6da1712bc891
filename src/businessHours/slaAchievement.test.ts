import { describe, expect, test } from 'vitest';
import { expectMetricError, iterate } from '../../test/helpers.js';
import {
  groupBy,
  mergeSlaAchievementSummaries,
  proportionIntervalFromSummary,
  slaAchievement,
  slaAchievementFromSummary,
  slaAchievementMetric,
  slaAchievementSummary,
  slaClocks,
  type SlaEvent,
} from '../index.js';

describe('slaAchievement', () => {
  test('achieved among decided clocks; active and paused clocks wait', () => {
    // 3 achieved, 1 breached, 2 running: 100 × 3 / 4 = 75.
    const states = ['achieved', 'breached', 'active', 'achieved', 'paused', 'achieved'] as const;
    expect(slaAchievement(states)).toBe(75);
    expect(slaAchievementSummary(iterate([...states, null, undefined]))).toEqual({ achieved: 3, breached: 1, running: 2, unanswered: 2 });
    expect(slaAchievement(states.map((state) => ({ state })), (row) => row.state)).toBe(75);
    expect(slaAchievementFromSummary({ achieved: 171, breached: 9 })).toBe(95);
  });

  test('merging is adding the counts; warehouse counts may leave out the bookkeeping', () => {
    expect(mergeSlaAchievementSummaries({ achieved: 2, breached: 1 }, slaAchievementSummary(['paused', null]))).toEqual({ achieved: 2, breached: 1, running: 1, unanswered: 1 });
  });

  test('errors: nothing decided is EMPTY, an unknown state is named by its index', () => {
    expectMetricError(() => slaAchievement(['active', 'paused']), { metric: 'slaAchievement', code: 'EMPTY', field: 'states' });
    expectMetricError(() => slaAchievementFromSummary({ achieved: 0, breached: 0, running: 4 }), { metric: 'slaAchievementFromSummary', code: 'EMPTY', field: 'summary' });
    expectMetricError(() => slaAchievement(['achieved', 'met' as 'achieved']), { metric: 'slaAchievement', code: 'UNKNOWN_VALUE', field: 'states[1]' });
    expectMetricError(() => slaAchievementSummary([1 as unknown as 'achieved']), { metric: 'slaAchievementSummary', code: 'WRONG_TYPE', field: 'states[0]' });
    expectMetricError(() => mergeSlaAchievementSummaries({ achieved: 1.5, breached: 0 }, { achieved: 0, breached: 0 }), {
      metric: 'mergeSlaAchievementSummaries',
      code: 'NOT_INTEGER',
      field: 'a.achieved',
    });
  });
});

describe('slaAchievementMetric', () => {
  test('by priority over the clocks of several tickets, with the Wilson interval of achieved among decided', () => {
    const policy = {
      targets: { high: { firstReply: { seconds: 3600, hours: 'calendar' as const } }, low: { firstReply: { seconds: 4 * 3600, hours: 'calendar' as const } } },
    };
    const hour = 3_600_000;
    // Replies after 0.5 h, 2 h and 3 h: high (1 h) achieved, breached, breached; low (4 h) achieved ×3; one low ticket unanswered at now (active).
    const ticket = (id: number, priority: string, replyAfter: number | undefined): SlaEvent[] => [
      { type: 'created', at: id * 10 * hour, priority },
      ...(replyAfter === undefined ? [] : [{ type: 'agentReply' as const, at: id * 10 * hour + replyAfter * hour }]),
    ];
    const logs = [ticket(0, 'high', 0.5), ticket(1, 'high', 2), ticket(2, 'high', 3), ticket(3, 'low', 0.5), ticket(4, 'low', 2), ticket(5, 'low', 3), ticket(6, 'low', undefined)];
    const clocks = logs.flatMap((events, id) => slaClocks({ id, events }, policy, { now: 60 * hour + hour }));
    const byPriority = groupBy(clocks, { key: (c) => c.priority, value: (c) => c.state, metric: slaAchievementMetric() });
    expect(byPriority.map((g) => [g.key, g.value])).toEqual([
      ['high', 100 / 3],
      ['low', 100],
    ]);
    expect(byPriority[1]?.summary).toEqual({ achieved: 3, breached: 0, running: 1, unanswered: 0 });
    // The descriptor's interval is the Wilson interval of 1 success in 3 trials.
    const metric = slaAchievementMetric();
    expect(metric.interval?.({ achieved: 1, breached: 2 })).toEqual(proportionIntervalFromSummary({ successes: 1, trials: 3 }));
    expect(metric.answered({ achieved: 1, breached: 2, running: 5 })).toBe(3);
    expectMetricError(() => metric.summarise(['achieved', 'late' as 'achieved']), { metric: 'slaAchievementMetric', code: 'UNKNOWN_VALUE', field: 'values[1]' });
  });
});
