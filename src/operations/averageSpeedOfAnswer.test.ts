import { describe, expect, test } from 'vitest';
import { deepFreeze, expectMetricError, iterate, NOT_NUMBERS } from '../../test/helpers.js';
import { averageSpeedOfAnswer, averageWait, meanFromSummary, meanSummary, type QueueContact } from '../index.js';

const answered = (waitSeconds: number): QueueContact => ({ waitSeconds, outcome: 'answered' });
const abandoned = (waitSeconds: number): QueueContact => ({ waitSeconds, outcome: 'abandoned' });
const log = [answered(12), abandoned(95), abandoned(3), answered(40)];

describe('averageSpeedOfAnswer', () => {
  test('follows the worked examples of its sources', () => {
    // Klipfolio, "Average speed to answer": 500 answered calls, 1,750 minutes of waiting, 3.5 min;
    // abandoned calls, however long they waited, do not count.
    const calls = [
      ...Array.from({ length: 250 }, () => answered(60)),
      ...Array.from({ length: 250 }, () => answered(360)),
      ...Array.from({ length: 40 }, () => abandoned(900)),
    ];
    expect(averageSpeedOfAnswer(calls)).toBe(210);
    // mbaskool, "Average speed of answer": 100 callers, 3,600 s in total, 36 s.
    expect(averageSpeedOfAnswer(Array.from({ length: 100 }, (_, i) => answered(i % 2 === 0 ? 6 : 66)))).toBe(36);
  });

  test('counts contacts answered at once with their 0 s', () => {
    // By hand: (0 + 45 + 15) / 3.
    expect(averageSpeedOfAnswer([answered(0), answered(45), abandoned(120), answered(15)])).toBe(20);
  });

  test('equals averageWait over answered contacts and the mean of its summary', () => {
    expect(averageSpeedOfAnswer(log)).toBe(averageWait(log, { outcome: 'answered' }));
    expect(averageSpeedOfAnswer(log)).toBe(meanFromSummary(meanSummary(log, (c) => (c.outcome === 'answered' ? c.waitSeconds : null))));
    // By hand: (12 + 40) / 2.
    expect(averageSpeedOfAnswer(log)).toBe(26);
  });

  test('reads rows through an accessor once each; accepts any iterable; does not mutate', () => {
    const rows = [{ q: 30, ok: true }, { q: 100, ok: false }, { q: 10, ok: true }];
    const calls: number[] = [];
    const asa = averageSpeedOfAnswer(rows, (row, i) => {
      calls.push(i);
      return { waitSeconds: row.q, outcome: row.ok ? 'answered' : 'abandoned' };
    });
    expect(asa).toBe(20);
    expect(calls).toEqual([0, 1, 2]);
    expect(averageSpeedOfAnswer(iterate(log))).toBe(26);
    expect(averageSpeedOfAnswer(deepFreeze([...log]))).toBe(26);
  });

  test('rejects a log without an answered contact', () => {
    expectMetricError(() => averageSpeedOfAnswer([]), { metric: 'averageSpeedOfAnswer', code: 'EMPTY', field: 'contacts' });
    expectMetricError(() => averageSpeedOfAnswer([abandoned(60)]), { metric: 'averageSpeedOfAnswer', code: 'EMPTY', field: 'contacts' });
  });

  test('rejects bad records and a bad accessor', () => {
    expectMetricError(() => averageSpeedOfAnswer([answered(1), null as never]), { metric: 'averageSpeedOfAnswer', code: 'WRONG_TYPE', field: 'contacts[1]' });
    for (const [bad, code] of [...NOT_NUMBERS, [-1, 'NEGATIVE']] as const) {
      expectMetricError(() => averageSpeedOfAnswer([{ waitSeconds: bad as number, outcome: 'abandoned' }]), {
        metric: 'averageSpeedOfAnswer',
        code,
        field: 'contacts[0].waitSeconds',
      });
    }
    expectMetricError(() => averageSpeedOfAnswer([{ waitSeconds: 1, outcome: 'Answered' as never }]), {
      metric: 'averageSpeedOfAnswer',
      code: 'UNKNOWN_VALUE',
      field: 'contacts[0].outcome',
    });
    expectMetricError(() => averageSpeedOfAnswer(log, { outcome: 'all' } as never), { metric: 'averageSpeedOfAnswer', code: 'WRONG_TYPE', field: 'contact' });
    expectMetricError(() => averageSpeedOfAnswer('log' as never), { metric: 'averageSpeedOfAnswer', code: 'WRONG_TYPE', field: 'contacts' });
  });
});
