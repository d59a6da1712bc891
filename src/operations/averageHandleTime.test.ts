import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, iterate, NOT_NUMBERS } from '../../test/helpers.js';
import {
  averageHandleTime,
  meanFromSummary,
  meanSummary,
  mergeMeanSummaries,
  type HandleTime,
  type MetricInputErrorCode,
} from '../index.js';

const contact = (talkSeconds: number, holdSeconds: number, afterContactSeconds: number): HandleTime => ({
  talkSeconds,
  holdSeconds,
  afterContactSeconds,
});

describe('averageHandleTime', () => {
  test('follows the worked examples of its sources', () => {
    // Call Centre Helper, "What is average handling time": 668,205 s talk, 99,153 s hold and
    // 198,306 s wrap over 4,311 calls = 224 s. The mean depends only on the totals, so one row
    // carrying them and 4,310 zero rows reproduce it.
    const calls = [contact(668205, 99153, 198306), ...Array.from({ length: 4310 }, () => contact(0, 0, 0))];
    expect(averageHandleTime(calls)).toBe(224);
    // callcenterdecoded.com, "Average handle time": calls of 100, 150 and 200 s handle time, AHT 150 s.
    expect(averageHandleTime([contact(100, 0, 0), contact(120, 10, 20), contact(150, 20, 30)])).toBe(150);
  });

  test('adds talk, hold and after-contact work per contact', () => {
    // By hand: (330 + 195 + 585) / 3.
    expect(averageHandleTime([contact(240, 30, 60), contact(150, 0, 45), contact(420, 90, 75)])).toBe(370);
    expect(averageHandleTime([contact(0, 0, 0)])).toBe(0);
  });

  test('its mergeable summary is the mean summary of the handle times, across agents', () => {
    const handle = (c: ReturnType<typeof contact>) => c.talkSeconds + c.holdSeconds + c.afterContactSeconds;
    const anna = meanSummary([contact(240, 30, 60), contact(150, 0, 45)], handle);
    const ben = meanSummary([contact(420, 90, 75)], handle);
    // By hand: 330 and 195 s, mean 262.5, squared deviations 2 × 67.5² = 9112.5.
    expect(anna).toStrictEqual({ count: 2, mean: 262.5, sumOfSquaredDeviations: 9112.5, unanswered: 0 });
    // By hand: (330 + 195 + 585) / 3 = 370, not the mean of the agents' 262.5 and 585 s.
    expect(meanFromSummary(mergeMeanSummaries(anna, ben))).toBe(370);
    expect(averageHandleTime([contact(240, 30, 60), contact(150, 0, 45), contact(420, 90, 75)])).toBe(370);
  });

  test('reads rows through an accessor once each; accepts any iterable; does not mutate', () => {
    const rows = [{ t: 100, h: 0, w: 0 }, { t: 150, h: 0, w: 0 }, { t: 200, h: 0, w: 0 }];
    const calls: number[] = [];
    const aht = averageHandleTime(rows, (row, i) => {
      calls.push(i);
      return contact(row.t, row.h, row.w);
    });
    expect(aht).toBe(150);
    expect(calls).toEqual([0, 1, 2]);
    expect(averageHandleTime(iterate([contact(1, 2, 3)]))).toBe(6);
    expect(averageHandleTime(deepFreeze([contact(1, 2, 3)]))).toBe(6);
  });

  test('rejects an empty log', () => {
    expectMetricError(() => averageHandleTime([]), { metric: 'averageHandleTime', code: 'EMPTY', field: 'contacts' });
  });

  test.each(['talkSeconds', 'holdSeconds', 'afterContactSeconds'] as const)('rejects a bad %s, naming its record', (field) => {
    const bad: readonly (readonly [unknown, MetricInputErrorCode])[] = [...NOT_NUMBERS, [-1, 'NEGATIVE'], [undefined, 'WRONG_TYPE'], [null, 'WRONG_TYPE']];
    for (const [value, code] of bad) {
      expectMetricError(() => averageHandleTime([contact(1, 1, 1), { ...contact(1, 1, 1), [field]: value }]), {
        metric: 'averageHandleTime',
        code,
        field: `contacts[1].${field}`,
      });
    }
  });

  test('rejects records that are not objects, a total too large, a bad accessor', () => {
    for (const bad of [null, undefined, 300, [240, 30, 60]]) {
      expectMetricError(() => averageHandleTime([bad as never]), { metric: 'averageHandleTime', code: 'WRONG_TYPE', field: 'contacts[0]' });
    }
    expectMetricError(() => averageHandleTime([contact(Number.MAX_VALUE, Number.MAX_VALUE, 0)]), {
      metric: 'averageHandleTime',
      code: 'OUT_OF_RANGE',
      field: 'contacts[0]',
    });
    expectMetricError(() => averageHandleTime([contact(1, 1, 1)], {} as never), { metric: 'averageHandleTime', code: 'WRONG_TYPE', field: 'handleTime' });
  });

  test('types', () => {
    expectTypeOf(averageHandleTime).returns.toEqualTypeOf<number>();
    // @ts-expect-error all three times are required
    expectTypeOf(averageHandleTime).toBeCallableWith([{ talkSeconds: 1, holdSeconds: 0 }]);
  });
});
