import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { deepFreeze, expectMetricError } from '../../test/helpers.js';
import { meanMetric, meanSummary, mergeMeanSummaries, rollingSeries, serviceLevelMetric, serviceLevelSummary } from '../index.js';

describe('rollingSeries', () => {
  test('rolling service level by hand: pooled contacts, not averaged values', () => {
    // 09:00: 9 of 10 within 20 s; 09:30: 30 of 90 (with 10 abandoned); 10:00: 10 of 10.
    // Over the hour to 09:30: 39 of 100 = 39 %, not the mean of 90 % and 33.3 %.
    const contact = (waitSeconds: number, outcome: 'answered' | 'abandoned' = 'answered') => ({ waitSeconds, outcome });
    const metric = serviceLevelMetric({ thresholdSeconds: 20 });
    const summaries = [
      [...Array.from({ length: 9 }, () => contact(5)), contact(60)],
      [...Array.from({ length: 30 }, () => contact(5)), ...Array.from({ length: 50 }, () => contact(90)), ...Array.from({ length: 10 }, () => contact(40, 'abandoned'))],
      Array.from({ length: 10 }, () => contact(1)),
    ].map((contacts, index) => ({ key: index, summary: serviceLevelSummary(contacts, { thresholdSeconds: 20 }) }));
    const rolling = rollingSeries(summaries, { metric, window: 2, minimumAnswers: 0 });
    expect(rolling.map((point) => point.key)).toEqual([0, 1, 2]);
    expect(rolling[0]!.value).toBeCloseTo(90, 12);
    expect(rolling[1]!.value).toBeCloseTo(39, 12);
    expect(rolling[2]!.value).toBeCloseTo(40, 12); // (30 + 10) of (90 + 10)
    expect(rolling[1]!.interval).not.toBeNull();
  });

  test('rolling ASA: a mean over the window, weighted by answered contacts', () => {
    const waits = [[10, 20], [40], [5, 5, 5, 5]];
    const entries = deepFreeze(waits.map((values, index) => ({ key: `i${String(index)}`, summary: meanSummary(values) })));
    const rolling = rollingSeries(entries, { metric: meanMetric(), window: 3 });
    // (10 + 20 + 40 + 20) / 7
    expect(rolling[2]!.value).toBeCloseTo(90 / 7, 12);
    expect(rolling[2]!.answered).toBe(7);
    expect(rolling[2]!.small).toBe(true);
  });

  test('bad input', () => {
    expectMetricError(() => rollingSeries([], { metric: meanMetric(), window: 0 }), { metric: 'rollingSeries', code: 'OUT_OF_RANGE', field: 'input.window' });
    expectMetricError(() => rollingSeries([{ key: 1, summary: { count: -1, mean: 0, sumOfSquaredDeviations: 0 } }], { metric: meanMetric(), window: 1 } as never), { metric: 'rollingSeries', code: 'NEGATIVE' });
    expectMetricError(() => rollingSeries([{ key: null, summary: meanSummary([1]) }] as never, { metric: meanMetric(), window: 1 }), { metric: 'rollingSeries', code: 'WRONG_TYPE', field: 'entries[0].key' });
  });
});

const samples = fc.array(fc.array(fc.integer({ min: 0, max: 600 }), { maxLength: 8 }), { minLength: 1, maxLength: 12 });

propTest.prop([samples])('a window of 1 is each interval; a window of all ends at the whole', (intervals) => {
  const entries = intervals.map((values, index) => ({ key: index, summary: meanSummary(values) }));
  const one = rollingSeries(entries, { metric: meanMetric(), window: 1 });
  one.forEach((point, index) => { expect(point.summary).toEqual(meanMetric().merge(meanMetric().summarise([]), entries[index]!.summary)); });
  const all = rollingSeries(entries, { metric: meanMetric(), window: intervals.length });
  const whole = entries.reduce((sum, entry) => mergeMeanSummaries(sum, entry.summary), meanSummary([]));
  expect(all.at(-1)!.answered).toBe(whole.count);
  if (whole.count > 0) expect(all.at(-1)!.value!).toBeCloseTo(whole.mean, 9);
});
