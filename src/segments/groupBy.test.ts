import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, iterate } from '../../test/helpers.js';
import {
  csatMetric,
  groupBy,
  meanMetric,
  MetricInputError,
  npsMetric,
  type MetricGroup,
  type NpsInterval,
  type NpsSummary,
  type SegmentMetric,
} from '../index.js';

const surveys = [
  { channel: 'phone', score: 10 },
  { channel: 'chat', score: 9 },
  { channel: 'phone', score: 6 },
  { channel: 'email', score: 7 },
  { channel: 'chat', score: 3 },
  { channel: 'phone', score: 9 },
  { channel: 'chat', score: null },
  { channel: 'phone', score: 0 },
];

describe('groupBy', () => {
  test('NPS by channel, counted by hand', () => {
    // phone: 10, 6, 9, 0 → 2 promoters, 2 detractors → 0; chat: 9, 3, (none) → 1 and 1 → 0;
    // email: 7 → one passive → 0. Each group's interval is npsIntervalFromSummary of its counts.
    const groups = groupBy(surveys, { key: (row) => row.channel, value: (row) => row.score, metric: npsMetric() });
    expect(groups.map((group) => group.key)).toEqual(['chat', 'email', 'phone']);
    expect(groups.map((group) => group.summary)).toEqual([
      { promoters: 1, passives: 0, detractors: 1, unanswered: 1 },
      { promoters: 0, passives: 1, detractors: 0, unanswered: 0 },
      { promoters: 2, passives: 0, detractors: 2, unanswered: 0 },
    ]);
    expect(groups.map((group) => [group.value, group.answered, group.small])).toEqual([
      [0, 2, true],
      [0, 1, true],
      [0, 4, true],
    ]);
    // Adjusted Wald for phone: 2.75 promoters, 1.5 passives, 2.75 detractors of 7 → centre 0,
    // v = 5.5/7, half-width = 100 × 1.959964 × √(5.5/49) = 65.66…
    const phone = groups[2]?.interval;
    expect(phone?.method).toBe('adjustedWald');
    expect(phone?.upper).toBeCloseTo(100 * 1.959963984540054 * Math.sqrt(5.5 / 49), 10);
  });

  test('keys: numbers ascending first, then strings by code unit; 1 and "1" are two groups', () => {
    const rows = [
      { key: 'b' as string | number, value: 1 },
      { key: 10, value: 2 },
      { key: 'B', value: 3 },
      { key: '1', value: 4 },
      { key: -2.5, value: 5 },
      { key: 1, value: 6 },
      { key: 'a', value: 7 },
      { key: 'é', value: 8 },
    ];
    const groups = groupBy(rows, { key: (row) => row.key, value: (row) => row.value, metric: meanMetric() });
    expect(groups.map((group) => group.key)).toEqual([-2.5, 1, 10, '1', 'B', 'a', 'b', 'é']);
    expect(groups.map((group) => group.value)).toEqual([5, 6, 2, 4, 3, 7, 1, 8]);
  });

  test('bigint keys (DuckDB integer columns) are read as numbers; an id past 2⁵³ − 1 says to use String(id)', () => {
    const rows = [{ key: 2n, value: 1 }, { key: 1n, value: 3 }, { key: 2n, value: 5 }];
    const groups = groupBy(rows, { key: (row) => row.key as never, value: (row) => row.value, metric: meanMetric() });
    expect(groups.map((group) => [group.key, group.value])).toEqual([[1, 3], [2, 3]]);
    const huge = [{ key: 2n ** 60n, value: 1 }];
    const error = expectMetricError(() => groupBy(huge, { key: (row) => row.key as never, value: (row) => row.value, metric: meanMetric() }), {
      metric: 'groupBy',
      code: 'OUT_OF_RANGE',
    });
    expect(error.message).toContain('String(id)');
  });

  test('an undefined value or interval is null, not an error for the whole call', () => {
    const rows = [
      { team: 'a', seconds: 100 },
      { team: 'b', seconds: null },
      { team: 'c', seconds: 50 },
      { team: 'c', seconds: 70 },
    ];
    const groups = groupBy(rows, { key: (row) => row.team, value: (row) => row.seconds, metric: meanMetric() });
    expect(groups.map((group) => [group.key, group.value, group.interval === null])).toEqual([
      ['a', 100, true], // one value: a mean, no t interval
      ['b', null, true], // no value
      ['c', 60, false],
    ]);
  });

  test('minimumAnswers sets the small flag (default 30)', () => {
    const rows = Array.from({ length: 31 }, (_, i) => ({ group: i < 30 ? 'big' : 'small', score: i % 11 }));
    const input = { key: (row: (typeof rows)[number]) => row.group, value: (row: (typeof rows)[number]) => row.score, metric: npsMetric() };
    expect(groupBy(rows, input).map((group) => [group.key, group.small])).toEqual([
      ['big', false],
      ['small', true],
    ]);
    expect(groupBy(rows, { ...input, minimumAnswers: 31 }).map((group) => group.small)).toEqual([true, true]);
    expect(groupBy(rows, { ...input, minimumAnswers: 0 }).map((group) => group.small)).toEqual([false, false]);
  });

  test('reads each row once, key then value, in order with its index; any iterable; no mutation', () => {
    const calls: string[] = [];
    const rows = deepFreeze(surveys.map((row) => ({ ...row })));
    const input = {
      key: (row: (typeof rows)[number], index: number) => {
        calls.push(`key ${String(index)}`);
        return row.channel;
      },
      value: (row: (typeof rows)[number], index: number) => {
        calls.push(`value ${String(index)}`);
        return row.score;
      },
      metric: npsMetric(),
    };
    const fromArray = groupBy(rows, input);
    expect(calls).toEqual(rows.flatMap((_, i) => [`key ${String(i)}`, `value ${String(i)}`]));
    expect(groupBy(iterate(rows), input)).toStrictEqual(fromArray);
    expect(groupBy(new Set(rows), input)).toStrictEqual(fromArray);
    expect(groupBy([], input)).toEqual([]);
  });

  test('groups larger than a chunk (4096 values) merge exactly, and errors name the row', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({ key: i % 3, score: (i * 7) % 11 }));
    const input = { key: (row: { key: number }) => row.key, value: (row: { score: number }) => row.score, metric: npsMetric() };
    const groups = groupBy(rows, input);
    for (const group of groups) {
      const scores = rows.filter((row) => row.key === group.key).map((row) => row.score);
      expect(group.summary.promoters).toBe(scores.filter((s) => s >= 9).length);
      expect(group.summary.detractors).toBe(scores.filter((s) => s <= 6).length);
    }
    const bad = rows.map((row, i) => (i === 17_001 ? { ...row, score: 11 } : row));
    expectMetricError(() => groupBy(bad, input), { metric: 'groupBy', field: 'scores[17001]', code: 'OUT_OF_RANGE' });
  });

  test('the summary type flows through', () => {
    const groups = groupBy(surveys, { key: (row) => row.channel, value: (row) => row.score, metric: npsMetric() });
    expectTypeOf(groups).toEqualTypeOf<MetricGroup<string, NpsSummary, NpsInterval>[]>();
    const typed = [{ channel: 'chat' as const, score: 5 }];
    expectTypeOf(groupBy(typed, { key: (row) => row.channel, value: (row) => row.score, metric: csatMetric() })[0]!.key).toEqualTypeOf<'chat'>();
    const typeErrors = (): void => {
      // @ts-expect-error -- NPS reads numbers, not strings
      groupBy(surveys, { key: (row) => row.channel, value: (row) => String(row.score), metric: npsMetric() });
      // @ts-expect-error -- a key must be a string or a number
      groupBy(surveys, { key: (row) => (row.score === null ? undefined : row.channel), value: (row) => row.score, metric: npsMetric() });
    };
    expect(typeErrors).toBeTypeOf('function'); // checked by the compiler, never run
  });

  test('a metric of your own', () => {
    // A count of rows with a value: the summary is { count }, the value the count, undefined
    // (EMPTY) for a group without one.
    const countMetric: SegmentMetric<unknown, { count: number }> = {
      summarise: (values) => ({ count: values.filter((value) => value !== null).length }),
      merge: (a, b) => ({ count: a.count + b.count }),
      answered: ({ count }) => count,
      value: ({ count }) => {
        if (count === 0) throw new MetricInputError({ metric: 'count', field: 'count', code: 'EMPTY', expected: '> 0', received: 0 });
        return count;
      },
    };
    const groups = groupBy(surveys, { key: (row) => row.channel, value: (row) => row.score, metric: countMetric });
    expect(groups.map((group) => [group.key, group.value, group.interval])).toEqual([
      ['chat', 2, null],
      ['email', 1, null],
      ['phone', 4, null],
    ]);
  });

  describe('errors', () => {
    const metric = 'groupBy';
    const input = { key: (row: { channel: unknown }) => row.channel as string, value: () => 9, get metric() { return npsMetric(); } }; // built in each test (a getter), not while vitest collects them

    test('a key that is not a string or a finite number names its row', () => {
      for (const [key, code] of [
        [undefined, 'WRONG_TYPE'],
        [null, 'WRONG_TYPE'],
        [true, 'WRONG_TYPE'],
        [{ id: 1 }, 'WRONG_TYPE'],
        [2n ** 63n, 'OUT_OF_RANGE'],
        [Symbol('chat'), 'WRONG_TYPE'],
        [Number.NaN, 'NOT_FINITE'],
        [Number.POSITIVE_INFINITY, 'NOT_FINITE'],
      ] as const) {
        expectMetricError(() => groupBy([{ channel: 'chat' }, { channel: key }], input), { metric, field: 'keys[1]', code });
      }
    });

    test("a value the metric rejects names its row, for the function called", () => {
      const rows = [
        { channel: 'a', score: 9 },
        { channel: 'b', score: 7 },
        { channel: 'a', score: 7.5 },
      ];
      expectMetricError(() => groupBy(rows, { key: (row) => row.channel, value: (row) => row.score, metric: npsMetric() }), {
        metric,
        field: 'scores[2]',
        code: 'NOT_INTEGER',
      });
      expectMetricError(
        () => groupBy(rows, { key: (row) => row.channel, value: (row) => String(row.score) as unknown as number, metric: meanMetric() }),
        { metric, field: 'values[0]', code: 'WRONG_TYPE' },
      );
    });

    test('bad input', () => {
      expectMetricError(() => groupBy(surveys, null as never), { metric, field: 'input', code: 'WRONG_TYPE' });
      expectMetricError(() => groupBy(surveys, { ...input, key: 'channel' } as never), { metric, field: 'input.key', code: 'WRONG_TYPE' });
      expectMetricError(() => groupBy(surveys, { ...input, value: undefined } as never), { metric, field: 'input.value', code: 'WRONG_TYPE' });
      expectMetricError(() => groupBy(surveys, { ...input, metric: undefined } as never), { metric, field: 'input.metric', code: 'WRONG_TYPE' });
      expectMetricError(() => groupBy(surveys, { ...input, metric: { ...npsMetric(), merge: 1 } } as never), {
        metric,
        field: 'input.metric.merge',
        code: 'WRONG_TYPE',
      });
      expectMetricError(() => groupBy(surveys, { ...input, metric: { ...npsMetric(), interval: 'wilson' } } as never), {
        metric,
        field: 'input.metric.interval',
        code: 'WRONG_TYPE',
      });
      expectMetricError(() => groupBy(surveys, { ...input, minimumAnswers: -1 }), { metric, field: 'input.minimumAnswers', code: 'NEGATIVE' });
      // A typo would silently keep the default of 30.
      expectMetricError(() => groupBy(surveys, { ...input, minimumAnswer: 5 } as never), { metric, field: 'input.minimumAnswer', code: 'UNKNOWN_VALUE' });
      expectMetricError(() => groupBy(surveys, { ...input, minimumAnswers: 2.5 }), { metric, field: 'input.minimumAnswers', code: 'NOT_INTEGER' });
      expectMetricError(() => groupBy('chat' as never, input), { metric, field: 'rows', code: 'WRONG_TYPE' });
      expectMetricError(() => groupBy(null as never, input), { metric, field: 'rows', code: 'WRONG_TYPE' });
    });

    describe("a metric of one's own: what its members return is checked", () => {
      // A count metric done right, then broken one member at a time.
      const good: SegmentMetric<unknown, { n: number }> = {
        summarise: (values) => ({ n: values.length }),
        merge: (a, b) => ({ n: a.n + b.n }),
        answered: ({ n }) => n,
        value: ({ n }) => n,
        interval: ({ n }) => ({ estimate: n, lower: n - 1, upper: n + 1, confidenceLevel: 0.95, method: 'fixed' }),
      };
      const rows = [{ channel: 'email' }, { channel: 'chat' }];
      const run = (broken: Partial<SegmentMetric<unknown, { n: number }>>): MetricInputError =>
        expectMetricError(() => groupBy(rows, { key: (row) => row.channel, value: () => 1, metric: { ...good, ...broken } }), {
          metric,
          code: 'WRONG_TYPE',
        });

      test('the good metric passes', () => {
        const groups = groupBy(rows, { key: (row) => row.channel, value: () => 1, metric: good });
        expect(groups.map((group) => [group.key, group.value, group.answered, group.interval?.lower])).toEqual([
          ['chat', 1, 1, 0],
          ['email', 1, 1, 0],
        ]);
      });

      test('value: NaN, ±Infinity or not a number, naming the member and the group', () => {
        for (const [value, code] of [
          [Number.NaN, 'NOT_FINITE'],
          [Number.POSITIVE_INFINITY, 'NOT_FINITE'],
          [Number.NEGATIVE_INFINITY, 'NOT_FINITE'],
          ['1', 'WRONG_TYPE'],
          [undefined, 'WRONG_TYPE'],
        ] as const) {
          const error = expectMetricError(
            () => groupBy(rows, { key: (row) => row.channel, value: () => 1, metric: { ...good, value: () => value as number } }),
            { metric, field: 'input.metric.value', code },
          );
          expect(error.message).toContain('for group "chat"');
        }
      });

      test('answered: a whole number ≥ 0', () => {
        for (const [answered, code] of [
          [1.5, 'NOT_INTEGER'],
          [-1, 'NEGATIVE'],
          [Number.NaN, 'NOT_FINITE'],
          [2 ** 53, 'OUT_OF_RANGE'],
          [null, 'WRONG_TYPE'],
        ] as const) {
          const error = expectMetricError(
            () => groupBy(rows, { key: (row) => row.channel, value: () => 1, metric: { ...good, answered: () => answered as unknown as number } }),
            { metric, field: 'input.metric.answered', code },
          );
          expect(error.message).toContain('for group "chat"');
        }
      });

      test('interval: finite bounds, lower ≤ upper', () => {
        const interval = (lower: unknown, upper: unknown) => () =>
          ({ estimate: 1, lower, upper, confidenceLevel: 0.95, method: 'fixed' }) as never;
        for (const [broken, code] of [
          [interval(Number.NaN, 2), 'NOT_FINITE'],
          [interval(0, Number.POSITIVE_INFINITY), 'NOT_FINITE'],
          [interval(undefined, 2), 'WRONG_TYPE'],
          [interval(2, 1), 'INCONSISTENT'],
          [() => null as never, 'WRONG_TYPE'],
        ] as const) {
          const error = expectMetricError(
            () => groupBy(rows, { key: (row) => row.channel, value: () => 1, metric: { ...good, interval: broken } }),
            { metric, field: 'input.metric.interval', code },
          );
          expect(error.message).toContain('for group "chat"');
        }
      });

      test('summarise and merge return an object; summarise throws only MetricInputError', () => {
        expect(run({ summarise: () => 3 as never }).field).toBe('input.metric.summarise');
        expect(run({ summarise: () => undefined as never }).field).toBe('input.metric.summarise');
        const bug = new TypeError("Cannot read properties of undefined (reading 'score')");
        const thrown = run({ summarise: () => { throw bug; } });
        expect(thrown.field).toBe('input.metric.summarise');
        expect(thrown.cause).toBe(bug);
        expect(thrown.message).toContain('for group "email"');
        expect(thrown.message).toContain("TypeError: \"Cannot read properties of undefined (reading 'score')\"");
        // merge runs when a group's values span two chunks (4096 values each).
        const many = Array.from({ length: 5000 }, () => ({ channel: 'email' }));
        expectMetricError(
          () => groupBy(many, { key: (row) => row.channel, value: () => 1, metric: { ...good, merge: () => null as never } }),
          { metric, field: 'input.metric.merge', code: 'WRONG_TYPE' },
        );
      });
    });

    test("errors that are not the input's are not swallowed", () => {
      const broken = { ...npsMetric(), value: () => { throw new RangeError('bug'); } };
      expect(() => groupBy(surveys, { ...input, metric: broken })).toThrow(RangeError);
    });
  });
});
