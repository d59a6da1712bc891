import { describe, expect, expectTypeOf, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import {
  averageWait,
  meanFromSummary,
  meanSummary,
  mergeMeanSummaries,
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

describe('the mergeable summary of waits: meanSummary with an accessor', () => {
  const answeredWait = (c: QueueContact) => (c.outcome === 'answered' ? c.waitSeconds : null);

  test('counts the chosen contacts; the others are unanswered', () => {
    // By hand: answered waits 12 and 40, mean 26, squared deviations 2 × 14² = 392.
    expect(meanSummary(log, answeredWait)).toStrictEqual({ count: 2, mean: 26, sumOfSquaredDeviations: 392, unanswered: 2 });
    expect(meanFromSummary(meanSummary(log, (c) => c.waitSeconds))).toBeCloseTo(averageWait(log), 12);
  });

  test('merges across intervals into the volume-weighted ASA', () => {
    // Morning: 1 answer after 20 s; afternoon: 2 answers, 5 s and 50 s. (20 + 5 + 50) / 3 = 25,
    // not the mean of the two intervals' ASAs, (20 + 27.5) / 2 = 23.75.
    const morning = meanSummary([answered(20), abandoned(70)], answeredWait);
    const afternoon = meanSummary([answered(5), answered(50)], answeredWait);
    expect(meanFromSummary(mergeMeanSummaries(morning, afternoon))).toBe(25);
  });
});

describe('averageWait', () => {
  test('types', () => {
    expectTypeOf(averageWait).returns.toEqualTypeOf<number>();
    // @ts-expect-error an outcome is 'all', 'answered' or 'abandoned'
    expectTypeOf(averageWait).toBeCallableWith(log, { outcome: 'missed' });
  });
});
