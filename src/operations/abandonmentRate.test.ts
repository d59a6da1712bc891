import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, iterate, NOT_NUMBERS } from '../../test/helpers.js';
import {
  abandonmentRateFromSummary,
  abandonmentRate,
  abandonmentRateSummary,
  mergeAbandonmentRateSummaries,
  type AbandonmentRateSummary,
  type MetricInputErrorCode,
  type QueueContact,
} from '../index.js';

const answered = (waitSeconds: number): QueueContact => ({ waitSeconds, outcome: 'answered' });
const abandoned = (waitSeconds: number): QueueContact => ({ waitSeconds, outcome: 'abandoned' });

describe('abandonmentRateFromSummary', () => {
  test('follows the worked examples of its sources', () => {
    // Investopedia, "Abandon rate": 1,000 calls a day of which 40 are abandoned is 4 %.
    expect(abandonmentRateFromSummary({ offered: 1000, abandoned: 40 })).toBe(4);
    // Call Centre Helper, "How to measure call abandon rate": 100 offered, 95 handled, 5 %.
    expect(abandonmentRateFromSummary({ offered: 100, abandoned: 100 - 95 })).toBe(5);
  });

  test('leaves short abandons out of both counts', () => {
    // By hand: (60 − 12) / (1000 − 12) = 48 / 988 = 1200 / 247 (≈ 4.858 %), not 48 / 1000.
    expect(abandonmentRateFromSummary({ offered: 1000, abandoned: 60, shortAbandoned: 12 })).toBe(1200 / 247);
    // 2 real abandons of 8 counted contacts: 25 %.
    expect(abandonmentRateFromSummary({ offered: 10, abandoned: 4, shortAbandoned: 2 })).toBe(25);
    expect(abandonmentRateFromSummary({ offered: 10, abandoned: 4, shortAbandoned: 0 })).toBe(40);
  });

  test('reaches both ends of 0–100 and is not rounded', () => {
    expect(abandonmentRateFromSummary({ offered: 7, abandoned: 0 })).toBe(0);
    expect(abandonmentRateFromSummary({ offered: 7, abandoned: 7 })).toBe(100);
    // Every abandon was short, some contacts answered: nothing abandoned counts.
    expect(abandonmentRateFromSummary({ offered: 7, abandoned: 3, shortAbandoned: 3 })).toBe(0);
    // 1 of 3: the double nearest 100 / 3.
    expect(abandonmentRateFromSummary({ offered: 3, abandoned: 1 })).toBe(100 / 3);
  });

  test('takes a summary, whose counts have the same shape', () => {
    const summary: AbandonmentRateSummary = { offered: 20, abandoned: 5, shortAbandoned: 1 };
    // By hand: 4 / 19.
    expect(abandonmentRateFromSummary(summary)).toBe(400 / 19);
  });

  test('does not mutate its input', () => {
    expect(abandonmentRateFromSummary(deepFreeze({ offered: 4, abandoned: 1, shortAbandoned: 1 }))).toBe(0);
  });

  test('rejects counts with nothing left to count', () => {
    expectMetricError(() => abandonmentRateFromSummary({ offered: 0, abandoned: 0 }), { metric: 'abandonmentRateFromSummary', code: 'EMPTY', field: 'summary' });
    expectMetricError(() => abandonmentRateFromSummary({ offered: 3, abandoned: 3, shortAbandoned: 3 }), {
      metric: 'abandonmentRateFromSummary',
      code: 'EMPTY',
      field: 'summary',
    });
  });

  test('rejects contradictory counts', () => {
    const error = expectMetricError(() => abandonmentRateFromSummary({ offered: 5, abandoned: 6 }), {
      metric: 'abandonmentRateFromSummary',
      code: 'INCONSISTENT',
      field: 'summary.abandoned',
    });
    expect(error.message).toBe('abandonmentRateFromSummary: summary.abandoned must be at most offered (5); received 6');
    expectMetricError(() => abandonmentRateFromSummary({ offered: 9, abandoned: 2, shortAbandoned: 3 }), {
      metric: 'abandonmentRateFromSummary',
      code: 'INCONSISTENT',
      field: 'summary.shortAbandoned',
    });
  });

  test.each(['offered', 'abandoned', 'shortAbandoned'] as const)('rejects a bad %s, naming it', (field) => {
    const base = { offered: 10, abandoned: 4, shortAbandoned: 1 };
    const bad: readonly (readonly [unknown, MetricInputErrorCode])[] = [...NOT_NUMBERS, [-1, 'NEGATIVE'], [1.5, 'NOT_INTEGER'], [null, 'WRONG_TYPE']];
    for (const [value, code] of bad) {
      expectMetricError(() => abandonmentRateFromSummary({ ...base, [field]: value }), {
        metric: 'abandonmentRateFromSummary',
        code,
        field: `summary.${field}`,
      });
    }
  });

  test('requires offered and abandoned; rejects what is not an object', () => {
    expectMetricError(() => abandonmentRateFromSummary({ offered: 10 } as never), { metric: 'abandonmentRateFromSummary', code: 'WRONG_TYPE', field: 'summary.abandoned' });
    for (const bad of [null, undefined, 40, [1000, 40]]) {
      expectMetricError(() => abandonmentRateFromSummary(bad as never), { metric: 'abandonmentRateFromSummary', code: 'WRONG_TYPE', field: 'summary' });
    }
  });
});

describe('abandonmentRate', () => {
  const log = [answered(12), abandoned(95), abandoned(3), answered(40)];

  test('counts every record as offered and every abandon against it', () => {
    // By hand: 2 abandons of 4 contacts.
    expect(abandonmentRate(log)).toBe(50);
    // The 3-second abandon is short: 1 abandon of 3 contacts.
    expect(abandonmentRate(log, { shortAbandonSeconds: 5 })).toBe(100 / 3);
    expect(abandonmentRate([answered(0)])).toBe(0);
    expect(abandonmentRate([abandoned(0)])).toBe(100);
  });

  test('a short abandon waited strictly less than the threshold', () => {
    const edge = [answered(1), abandoned(5), abandoned(4.999)];
    // Only the 4.999 s abandon is below 5 s: 1 abandon of 2 counted contacts.
    expect(abandonmentRateSummary(edge, { shortAbandonSeconds: 5 })).toStrictEqual({ offered: 3, abandoned: 2, shortAbandoned: 1 });
    expect(abandonmentRate(edge, { shortAbandonSeconds: 5 })).toBe(50);
    // The default threshold 0 excludes nothing, not even an abandon after 0 s.
    expect(abandonmentRateSummary([abandoned(0), abandoned(0)])).toStrictEqual({ offered: 2, abandoned: 2, shortAbandoned: 0 });
    expect(abandonmentRateSummary([abandoned(0)], { shortAbandonSeconds: 0 }).shortAbandoned).toBe(0);
    // Any positive threshold catches an abandon after 0 s.
    expect(abandonmentRateSummary([abandoned(0)], { shortAbandonSeconds: Number.MIN_VALUE }).shortAbandoned).toBe(1);
  });

  test('answered contacts are never short abandons, however short their wait', () => {
    expect(abandonmentRateSummary([answered(0), answered(1)], { shortAbandonSeconds: 10 })).toStrictEqual({
      offered: 2,
      abandoned: 0,
      shortAbandoned: 0,
    });
  });

  test('equals the rate of its summary', () => {
    expect(abandonmentRate(log, { shortAbandonSeconds: 5 })).toBe(abandonmentRateFromSummary(abandonmentRateSummary(log, { shortAbandonSeconds: 5 })));
  });

  test('reads rows through an accessor, called once per row with its index', () => {
    const rows = [
      { wait: 30, result: 'abandoned' as const },
      { wait: 2, result: 'abandoned' as const },
      { wait: 9, result: 'answered' as const },
    ];
    const calls: number[] = [];
    const rate = abandonmentRate(
      rows,
      (row, index) => {
        calls.push(index);
        return { waitSeconds: row.wait, outcome: row.result };
      },
      { shortAbandonSeconds: 5 },
    );
    // By hand: the 2 s abandon is short; 1 abandon of 2 contacts.
    expect(rate).toBe(50);
    expect(calls).toEqual([0, 1, 2]);
  });

  test('accepts any iterable: a generator, a Set', () => {
    expect(abandonmentRate(iterate(log))).toBe(50);
    expect(abandonmentRate(new Set(log))).toBe(50);
    expect(abandonmentRate(iterate([{ c: abandoned(1) }]), (row) => row.c)).toBe(100);
  });

  test('does not mutate its input', () => {
    const frozen = deepFreeze([answered(1), abandoned(2)]);
    expect(abandonmentRate(frozen, { shortAbandonSeconds: 1 })).toBe(50);
    expect(abandonmentRate(deepFreeze([{ c: abandoned(2) }]), (row) => row.c)).toBe(100);
  });

  test('rejects an empty log and a log of short abandons only', () => {
    expectMetricError(() => abandonmentRate([]), { metric: 'abandonmentRate', code: 'EMPTY', field: 'contacts' });
    expectMetricError(() => abandonmentRate([abandoned(1), abandoned(2)], { shortAbandonSeconds: 3 }), {
      metric: 'abandonmentRate',
      code: 'EMPTY',
      field: 'contacts',
    });
  });

  test('rejects null and undefined records instead of skipping them', () => {
    for (const hole of [null, undefined]) {
      expectMetricError(() => abandonmentRate([answered(1), hole as never]), {
        metric: 'abandonmentRate',
        code: 'WRONG_TYPE',
        field: 'contacts[1]',
      });
      expectMetricError(() => abandonmentRate([1, 2], (n) => (n === 2 ? (hole as never) : answered(n))), {
        metric: 'abandonmentRate',
        code: 'WRONG_TYPE',
        field: 'contacts[1]',
      });
    }
  });

  test.each([['answered'], [[answered(1)]], [42], [true]])('rejects the record %o, which is not an object', (bad) => {
    const error = expectMetricError(() => abandonmentRate([bad as never]), {
      metric: 'abandonmentRate',
      code: 'WRONG_TYPE',
      field: 'contacts[0]',
    });
    expect(error.received).toBe(bad);
  });

  test.each([...NOT_NUMBERS, [-1, 'NEGATIVE'], [-Number.MIN_VALUE, 'NEGATIVE']] as const)(
    'rejects the waitSeconds %o with %s, naming its record',
    (bad, code) => {
      const error = expectMetricError(() => abandonmentRate([answered(1), answered(2), { waitSeconds: bad as number, outcome: 'abandoned' }]), {
        metric: 'abandonmentRate',
        code,
        field: 'contacts[2].waitSeconds',
      });
      expect(error.received).toBe(bad);
    },
  );

  test.each([undefined, null])('rejects an answered contact whose waitSeconds is %o, naming its record', (bad) => {
    const error = expectMetricError(() => abandonmentRate([abandoned(1), { waitSeconds: bad, outcome: 'answered' }]), {
      metric: 'abandonmentRate',
      code: 'WRONG_TYPE',
      field: 'contacts[1].waitSeconds',
    });
    expect(error.received).toBe(bad);
    expect(error.message).toContain('an answered contact always has a wait');
  });

  test.each([
    ['Abandoned', 'UNKNOWN_VALUE'],
    ['missed', 'UNKNOWN_VALUE'],
    ['', 'UNKNOWN_VALUE'],
    [1, 'WRONG_TYPE'],
    [undefined, 'WRONG_TYPE'],
    [null, 'WRONG_TYPE'],
    [true, 'WRONG_TYPE'],
  ] as const)('rejects the outcome %o with %s, naming its record', (bad, code) => {
    const error = expectMetricError(() => abandonmentRate([{ waitSeconds: 3, outcome: bad as never }]), {
      metric: 'abandonmentRate',
      code,
      field: 'contacts[0].outcome',
    });
    expect(error.message).toContain("must be 'answered' or 'abandoned'");
  });

  test('rejects a bad threshold and bad options', () => {
    for (const [bad, code] of [...NOT_NUMBERS, [-5, 'NEGATIVE']] as const) {
      expectMetricError(() => abandonmentRate(log, { shortAbandonSeconds: bad as number }), {
        metric: 'abandonmentRate',
        code,
        field: 'options.shortAbandonSeconds',
      });
    }
    expectMetricError(() => abandonmentRate(log, 'strict' as never), { metric: 'abandonmentRate', code: 'WRONG_TYPE', field: 'options' });
    expectMetricError(() => abandonmentRate(log, 5 as never, {}), { metric: 'abandonmentRate', code: 'WRONG_TYPE', field: 'contact' });
  });

  test('rejects what is not a log', () => {
    for (const bad of [undefined, null, 5, 'log', { length: 1 }]) {
      expectMetricError(() => abandonmentRate(bad as never), { metric: 'abandonmentRate', code: 'WRONG_TYPE', field: 'contacts' });
    }
  });

  test('types: records are queue contacts; an accessor types its rows', () => {
    expectTypeOf(abandonmentRate).toBeCallableWith([{ waitSeconds: 1, outcome: 'answered' }]);
    expectTypeOf(abandonmentRate<{ w: number }>).toBeCallableWith([{ w: 1 }], (row: { w: number }) => ({
      waitSeconds: row.w,
      outcome: 'abandoned' as const,
    }));
    // @ts-expect-error an outcome is one of two labels
    expectTypeOf(abandonmentRate).toBeCallableWith([{ waitSeconds: 1, outcome: 'missed' }]);
    // @ts-expect-error null is not a contact
    expectTypeOf(abandonmentRate).toBeCallableWith([null]);
    expectTypeOf(abandonmentRateSummary([])).toEqualTypeOf<Required<AbandonmentRateSummary>>();
  });
});

describe('abandonmentRateSummary', () => {
  test('counts offered, abandoned and short abandons; an empty log is all zeros', () => {
    const log = [answered(20), abandoned(2), abandoned(61), abandoned(4), answered(1)];
    expect(abandonmentRateSummary(log, { shortAbandonSeconds: 5 })).toStrictEqual({ offered: 5, abandoned: 3, shortAbandoned: 2 });
    expect(abandonmentRateSummary(log)).toStrictEqual({ offered: 5, abandoned: 3, shortAbandoned: 0 });
    expect(abandonmentRateSummary([])).toStrictEqual({ offered: 0, abandoned: 0, shortAbandoned: 0 });
  });

  test('names the function the caller called', () => {
    expectMetricError(() => abandonmentRateSummary([{ waitSeconds: -2, outcome: 'answered' }]), {
      metric: 'abandonmentRateSummary',
      code: 'NEGATIVE',
      field: 'contacts[0].waitSeconds',
    });
  });
});

describe('mergeAbandonmentRateSummaries', () => {
  test('adds counts field by field', () => {
    expect(
      mergeAbandonmentRateSummaries({ offered: 10, abandoned: 3, shortAbandoned: 1 }, { offered: 100, abandoned: 30, shortAbandoned: 10 }),
    ).toStrictEqual({ offered: 110, abandoned: 33, shortAbandoned: 11 });
  });

  test('rejects a bad or contradictory summary', () => {
    const ok = { offered: 1, abandoned: 0, shortAbandoned: 0 };
    expectMetricError(() => mergeAbandonmentRateSummaries(ok, { offered: Number.NaN, abandoned: 0, shortAbandoned: 0 }), {
      metric: 'mergeAbandonmentRateSummaries',
      code: 'NOT_FINITE',
      field: 'b.offered',
    });
    expectMetricError(() => mergeAbandonmentRateSummaries({ offered: 1, abandoned: 2, shortAbandoned: 0 }, ok), {
      metric: 'mergeAbandonmentRateSummaries',
      code: 'INCONSISTENT',
      field: 'a.abandoned',
    });
    expectMetricError(() => mergeAbandonmentRateSummaries(ok, { offered: 3, abandoned: 1, shortAbandoned: 2 }), {
      metric: 'mergeAbandonmentRateSummaries',
      code: 'INCONSISTENT',
      field: 'b.shortAbandoned',
    });
    expectMetricError(() => mergeAbandonmentRateSummaries(null as never, ok), { metric: 'mergeAbandonmentRateSummaries', code: 'WRONG_TYPE', field: 'a' });
  });
});
