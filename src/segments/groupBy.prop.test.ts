import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  csat,
  csatMean,
  csatMeanMetric,
  csatMetric,
  groupBy,
  groupSummaries,
  meanMetric,
  nps,
  npsMetric,
  proportionMetric,
  type GroupKey,
} from '../index.js';

const key = fc.oneof(fc.constantFrom('phone', 'chat', 'email'), fc.integer({ min: 0, max: 3 }));
const npsRows = fc.array(fc.record({ key, score: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant(null)) }), { maxLength: 120 });
const csatRows = fc.array(fc.record({ key, score: fc.oneof(fc.integer({ min: 1, max: 7 }), fc.constant(null)) }), { maxLength: 120 });
const meanRows = fc.array(
  fc.record({ key, seconds: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 3600 }), fc.constant(null)) }),
  { maxLength: 120 },
);
const flagRows = fc.array(fc.record({ key, resolved: fc.oneof(fc.boolean(), fc.constantFrom(0, 1), fc.constant(null)) }), { maxLength: 120 });

/** A Fisher–Yates shuffle driven by fast-check's random stream. */
function shuffle<T>(values: readonly T[], seeds: Iterator<number>): T[] {
  const copy = [...values];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = (seeds.next().value as number) % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function keysOf(rows: readonly { key: GroupKey }[]): GroupKey[] {
  return [...new Set(rows.map((row) => row.key))];
}

describe('groupBy properties', () => {
  test.prop([npsRows])("each group's NPS is nps() of the group's rows, and the groups partition the rows", (rows) => {
    const groups = groupBy(rows, { key: (row) => row.key, value: (row) => row.score, metric: npsMetric() });
    expect(groups.map((group) => group.key).sort()).toEqual(keysOf(rows).sort());
    for (const group of groups) {
      const scores = rows.filter((row) => row.key === group.key).map((row) => row.score);
      const answered = scores.filter((score) => score !== null);
      expect(group.answered).toBe(answered.length);
      expect(group.summary.unanswered).toBe(scores.length - answered.length);
      expect(group.value).toBe(answered.length === 0 ? null : nps(scores));
    }
    expect(groups.reduce((total, group) => total + group.answered + group.summary.unanswered, 0)).toBe(rows.length);
  });

  test.prop([csatRows])("each group's CSAT and mean CSAT are csat() and csatMean() of its rows", (rows) => {
    const scale = { scaleMin: 1, scaleMax: 7 } as const;
    const top = groupBy(rows, { key: (row) => row.key, value: (row) => row.score, metric: csatMetric(scale) });
    const mean = groupBy(rows, { key: (row) => row.key, value: (row) => row.score, metric: csatMeanMetric(scale) });
    top.forEach((group, i) => {
      const scores = rows.filter((row) => row.key === group.key).map((row) => row.score);
      const defined = scores.some((score) => score !== null);
      expect(group.value).toBe(defined ? csat(scores, scale) : null);
      expect(mean[i]?.value).toBe(defined ? csatMean(scores, scale) : null);
    });
  });

  test.prop([meanRows])("each group's mean is the mean of its rows (to rounding)", (rows) => {
    for (const group of groupBy(rows, { key: (row) => row.key, value: (row) => row.seconds, metric: meanMetric() })) {
      const values = rows.filter((row) => row.key === group.key && row.seconds !== null).map((row) => row.seconds!);
      if (values.length === 0) expect(group.value).toBeNull();
      else expect(group.value).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 9);
      expect(group.interval === null).toBe(values.length < 2);
    }
  });

  test.prop([flagRows])("each group's rate is 100 × successes / observations", (rows) => {
    for (const group of groupBy(rows, { key: (row) => row.key, value: (row) => row.resolved, metric: proportionMetric() })) {
      const flags = rows.filter((row) => row.key === group.key && row.resolved !== null).map((row) => row.resolved);
      const successes = flags.filter((flag) => flag === true || flag === 1).length;
      expect(group.value).toBe(flags.length === 0 ? null : (100 * successes) / flags.length);
    }
  });

  test.prop([npsRows, fc.infiniteStream(fc.nat())])('does not depend on the order of the rows', (rows, seeds) => {
    const input = { key: (row: (typeof rows)[number]) => row.key, value: (row: (typeof rows)[number]) => row.score, metric: npsMetric() };
    expect(groupBy(shuffle(rows, seeds), input)).toStrictEqual(groupBy(rows, input));
  });

  test.prop([fc.array(npsRows, { minLength: 1, maxLength: 5 })])(
    'groups of chunks, merged with groupSummaries, equal the groups of all rows',
    (chunks) => {
      const metric = npsMetric();
      const input = { key: (row: (typeof chunks)[number][number]) => row.key, value: (row: (typeof chunks)[number][number]) => row.score, metric };
      const merged = groupSummaries(chunks.flatMap((chunk) => groupBy(chunk, input)), { metric });
      expect(merged).toStrictEqual(groupBy(chunks.flat(), input));
    },
  );

  test.prop([fc.array(meanRows, { minLength: 1, maxLength: 5 })])('for means, chunks agree to rounding', (chunks) => {
    const metric = meanMetric();
    const input = { key: (row: (typeof chunks)[number][number]) => row.key, value: (row: (typeof chunks)[number][number]) => row.seconds, metric };
    const merged = groupSummaries(chunks.flatMap((chunk) => groupBy(chunk, input)), { metric });
    const batch = groupBy(chunks.flat(), input);
    expect(merged.map((group) => [group.key, group.answered])).toEqual(batch.map((group) => [group.key, group.answered]));
    merged.forEach((group, i) => {
      if (group.value === null) expect(batch[i]?.value).toBeNull();
      else expect(group.value).toBeCloseTo(batch[i]!.value!, 9);
    });
  });
});
