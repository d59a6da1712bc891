import { describe, expect, expectTypeOf, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import {
  averageDurationFromSummary,
  averageWait,
  mergeDurationSummaries,
  waitSummary,
  type DurationSummary,
  type QueueContact,
} from '../index.js';

const answered = (waitSeconds: number): QueueContact => ({ waitSeconds, outcome: 'answered' });
const abandoned = (waitSeconds: number): QueueContact => ({ waitSeconds, outcome: 'abandoned' });
const log = [answered(12), abandoned(95), abandoned(3), answered(40)];

describe('averageWait', () => {
  test('averages the waits of every contact, or of one outcome', () => {
    // By hand: (12 + 95 + 3 + 40) / 4; (95 + 3) / 2.
    expect(averageWait(log)).toBe(37.5);
    expect(averageWait(log, { outcome: 'all' })).toBe(37.5);
    expect(averageWait(log, { outcome: 'answered' })).toBe(26);
    expect(averageWait(log, { outcome: 'abandoned' })).toBe(49);
    expect(averageWait(log.map((c) => ({ c })), (row) => row.c, { outcome: 'abandoned' })).toBe(49);
  });

  test('rejects a log with no contact of the outcome, and a bad outcome option', () => {
    expectMetricError(() => averageWait([answered(5)], { outcome: 'abandoned' }), { metric: 'averageWait', code: 'EMPTY', field: 'contacts' });
    expectMetricError(() => averageWait([]), { metric: 'averageWait', code: 'EMPTY', field: 'contacts' });
    for (const [bad, code] of [['missed', 'UNKNOWN_VALUE'], ['All', 'UNKNOWN_VALUE'], [1, 'WRONG_TYPE'], [null, 'WRONG_TYPE']] as const) {
      expectMetricError(() => averageWait(log, { outcome: bad as never }), { metric: 'averageWait', code, field: 'options.outcome' });
    }
    expectMetricError(() => averageWait(log, 'answered' as never), { metric: 'averageWait', code: 'WRONG_TYPE', field: 'options' });
    expectMetricError(() => averageWait([abandoned(-3)]), { metric: 'averageWait', code: 'NEGATIVE', field: 'contacts[0].waitSeconds' });
  });
});

describe('waitSummary', () => {
  test('summarises the waits of the chosen contacts; an empty log is the empty summary', () => {
    expect(waitSummary(log)).toStrictEqual({ count: 4, totalSeconds: 150, minSeconds: 3, maxSeconds: 95, unanswered: 0 });
    expect(waitSummary(log, { outcome: 'answered' })).toStrictEqual({ count: 2, totalSeconds: 52, minSeconds: 12, maxSeconds: 40, unanswered: 0 });
    expect(waitSummary([], { outcome: 'abandoned' })).toStrictEqual({ count: 0, totalSeconds: 0, minSeconds: null, maxSeconds: null, unanswered: 0 });
    expect(waitSummary([answered(1)], { outcome: 'abandoned' }).count).toBe(0);
  });

  test('merges across intervals into the volume-weighted ASA', () => {
    // Morning: 1 answer after 20 s; afternoon: 2 answers, 5 s and 50 s. (20 + 5 + 50) / 3 = 25,
    // not the mean of the two intervals' ASAs, (20 + 27.5) / 2 = 23.75.
    const morning = waitSummary([answered(20), abandoned(70)], { outcome: 'answered' });
    const afternoon = waitSummary([answered(5), answered(50)], { outcome: 'answered' });
    expect(averageDurationFromSummary(mergeDurationSummaries(morning, afternoon))).toBe(25);
  });

  test('names itself in errors', () => {
    expectMetricError(() => waitSummary([42 as never]), { metric: 'waitSummary', code: 'WRONG_TYPE', field: 'contacts[0]' });
  });

  test('types', () => {
    expectTypeOf(waitSummary([])).toEqualTypeOf<DurationSummary>();
    // @ts-expect-error an outcome is 'all', 'answered' or 'abandoned'
    expectTypeOf(averageWait).toBeCallableWith(log, { outcome: 'missed' });
  });
});
