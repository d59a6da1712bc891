import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, iterate, NOT_NUMBERS } from '../../test/helpers.js';
import {
  contactMix,
  firstContactOutcomes,
  firstContactResolutionFromSummary,
  firstContactResolution,
  firstContactResolutionSummary,
  mergeFirstContactResolutionSummaries,
  type CustomerContact,
  type FirstContactOutcome,
  type FirstContactResolutionSummary,
  type MetricInputErrorCode,
} from '../index.js';

const DAY = 86_400_000; // milliseconds
const at = (customerId: string | number, days: number): CustomerContact => ({ customerId, contactedAt: days * DAY });

describe('firstContactResolutionFromSummary', () => {
  test('follows the worked examples of its sources', () => {
    // SQM Group, call resolution index (internal method): 80 of 100 calls resolved = 80 %.
    expect(firstContactResolutionFromSummary({ contacts: 100, resolvedOnFirstContact: 80 })).toBe(80);
    // SQM Group (external, survey method): 280 of 400 surveyed said resolved in one call = 70 %.
    expect(firstContactResolutionFromSummary({ contacts: 400, resolvedOnFirstContact: 280 })).toBe(70);
    // Selvo glossary: 320 of 400 tickets resolved without follow-up = 80 %.
    expect(firstContactResolutionFromSummary({ contacts: 400, resolvedOnFirstContact: 320 })).toBe(80);
  });

  test('net FCR leaves out contacts that could never be resolved at first contact', () => {
    // MetricNet's net formula (CustomerThink): resolved initially / (all − not resolvable at
    // level one). By hand: 72 / (100 − 10) = 80 %, against a gross 72 %.
    const counts = { contacts: 100, resolvedOnFirstContact: 72, notResolvableOnFirstContact: 10 };
    expect(firstContactResolutionFromSummary(counts, { basis: 'net' })).toBe(80);
    expect(firstContactResolutionFromSummary(counts)).toBe(72);
    expect(firstContactResolutionFromSummary(counts, { basis: 'gross' })).toBe(72);
  });

  test('FCR over resolved contacts divides by the resolved ones only', () => {
    // Freshservice: tickets resolved after the first contact / all tickets resolved. By hand:
    // 72 / 90 = 80 %.
    expect(firstContactResolutionFromSummary({ contacts: 100, resolvedOnFirstContact: 72, resolved: 90 }, { basis: 'resolved' })).toBe(80);
    // Every resolved contact resolved at once: 100 %, though a gross FCR would be 50 %.
    expect(firstContactResolutionFromSummary({ contacts: 10, resolvedOnFirstContact: 5, resolved: 5 }, { basis: 'resolved' })).toBe(100);
  });

  test('reaches both ends of 0–100 and is not rounded', () => {
    expect(firstContactResolutionFromSummary({ contacts: 7, resolvedOnFirstContact: 0 })).toBe(0);
    expect(firstContactResolutionFromSummary({ contacts: 7, resolvedOnFirstContact: 7 })).toBe(100);
    expect(firstContactResolutionFromSummary({ contacts: 3, resolvedOnFirstContact: 2 })).toBe(200 / 3);
  });

  test('takes the counts of a log as they are', () => {
    const counts: FirstContactResolutionSummary = { contacts: 3, resolvedOnFirstContact: 2, repeated: 1, tooRecent: 5 };
    expect(firstContactResolutionFromSummary(counts)).toBe(200 / 3);
  });

  test('does not mutate its input', () => {
    expect(firstContactResolutionFromSummary(deepFreeze({ contacts: 4, resolvedOnFirstContact: 3, resolved: 4 }), deepFreeze({ basis: 'resolved' }))).toBe(75);
  });

  test('rejects a basis with no contact', () => {
    const metric = 'firstContactResolutionFromSummary';
    expectMetricError(() => firstContactResolutionFromSummary({ contacts: 0, resolvedOnFirstContact: 0 }), { metric, code: 'EMPTY', field: 'summary.contacts' });
    expectMetricError(() => firstContactResolutionFromSummary({ contacts: 5, resolvedOnFirstContact: 0, notResolvableOnFirstContact: 5 }, { basis: 'net' }), {
      metric,
      code: 'EMPTY',
      field: 'summary.notResolvableOnFirstContact',
    });
    expectMetricError(() => firstContactResolutionFromSummary({ contacts: 5, resolvedOnFirstContact: 0, resolved: 0 }, { basis: 'resolved' }), {
      metric,
      code: 'EMPTY',
      field: 'summary.resolved',
    });
  });

  test('rejects contradictory counts', () => {
    const metric = 'firstContactResolutionFromSummary';
    expectMetricError(() => firstContactResolutionFromSummary({ contacts: 5, resolvedOnFirstContact: 6 }), { metric, code: 'INCONSISTENT', field: 'summary.resolvedOnFirstContact' });
    // Resolved must lie between the first-contact resolutions and the contacts, on any basis.
    expectMetricError(() => firstContactResolutionFromSummary({ contacts: 10, resolvedOnFirstContact: 6, resolved: 5 }), { metric, code: 'INCONSISTENT', field: 'summary.resolved' });
    expectMetricError(() => firstContactResolutionFromSummary({ contacts: 10, resolvedOnFirstContact: 6, resolved: 11 }, { basis: 'resolved' }), {
      metric,
      code: 'INCONSISTENT',
      field: 'summary.resolved',
    });
    // A contact resolved at first contact was resolvable: 7 resolved + 4 unresolvable > 10.
    expectMetricError(() => firstContactResolutionFromSummary({ contacts: 10, resolvedOnFirstContact: 7, notResolvableOnFirstContact: 4 }), {
      metric,
      code: 'INCONSISTENT',
      field: 'summary.notResolvableOnFirstContact',
    });
  });

  test('requires the count a basis needs', () => {
    const metric = 'firstContactResolutionFromSummary';
    expectMetricError(() => firstContactResolutionFromSummary({ contacts: 100, resolvedOnFirstContact: 72 }, { basis: 'resolved' }), { metric, code: 'WRONG_TYPE', field: 'summary.resolved' });
    expectMetricError(() => firstContactResolutionFromSummary({ contacts: 100, resolvedOnFirstContact: 72 }, { basis: 'net' }), {
      metric,
      code: 'WRONG_TYPE',
      field: 'summary.notResolvableOnFirstContact',
    });
  });

  test.each(['contacts', 'resolvedOnFirstContact', 'resolved', 'notResolvableOnFirstContact'] as const)('rejects a bad %s, naming it', (field) => {
    const bad: readonly (readonly [unknown, MetricInputErrorCode])[] = [...NOT_NUMBERS, [-1, 'NEGATIVE'], [1.5, 'NOT_INTEGER'], [null, 'WRONG_TYPE']];
    for (const [value, code] of bad) {
      expectMetricError(() => firstContactResolutionFromSummary({ contacts: 10, resolvedOnFirstContact: 5, [field]: value }), { metric: 'firstContactResolutionFromSummary', code, field: `summary.${field}` });
    }
  });

  test('rejects a bad basis, bad options and what is not an object', () => {
    const metric = 'firstContactResolutionFromSummary';
    const counts = { contacts: 10, resolvedOnFirstContact: 5 };
    expectMetricError(() => firstContactResolutionFromSummary(counts, { basis: 'all' as never }), { metric, code: 'UNKNOWN_VALUE', field: 'options.basis' });
    expectMetricError(() => firstContactResolutionFromSummary(counts, { basis: 1 as never }), { metric, code: 'WRONG_TYPE', field: 'options.basis' });
    expectMetricError(() => firstContactResolutionFromSummary(counts, 'net' as never), { metric, code: 'WRONG_TYPE', field: 'options' });
    for (const bad of [null, undefined, 80, [10, 5]]) {
      expectMetricError(() => firstContactResolutionFromSummary(bad as never), { metric, code: 'WRONG_TYPE', field: 'summary' });
    }
  });

  test('types: named counts and basis', () => {
    expectTypeOf(firstContactResolutionFromSummary).parameter(0).toEqualTypeOf<FirstContactResolutionSummary>();
    // @ts-expect-error the basis is one of three names
    expectTypeOf(firstContactResolutionFromSummary).toBeCallableWith({ contacts: 1, resolvedOnFirstContact: 1 }, { basis: 'all' });
  });
});

describe('firstContactResolution', () => {
  const log = [
    { customerId: 'ana', contactedAt: new Date('2024-03-01T09:00Z') },
    { customerId: 'ana', contactedAt: new Date('2024-03-04T09:00Z') },
    { customerId: 'ben', contactedAt: Date.parse('2024-03-02T10:00Z') },
    { customerId: 'cai', contactedAt: Date.parse('2024-03-20T10:00Z') },
  ];
  const observedUntil = Date.parse('2024-03-22T00:00Z');

  test('judges each contact by the next one of the same customer', () => {
    // By hand, 7-day window: ana's first contact is followed 3 days later (repeated); ana's
    // second and ben's have full windows with no repeat (resolved); cai's window ends 27 March,
    // after the log (too recent). FCR = 2 / 3.
    expect(firstContactOutcomes(log, { observedUntil })).toStrictEqual(['repeated', 'resolved', 'resolved', 'tooRecent']);
    expect(firstContactResolutionSummary(log, { observedUntil })).toStrictEqual({ contacts: 3, resolvedOnFirstContact: 2, repeated: 1, tooRecent: 1 });
    expect(firstContactResolution(log, { observedUntil })).toBe(200 / 3);
  });

  test('the window decides what a repeat is', () => {
    // A 2-day window: ana's contacts 3 days apart are two resolutions.
    expect(firstContactOutcomes(log, { observedUntil, repeatWindowSeconds: 2 * 86_400 })).toStrictEqual(['resolved', 'resolved', 'resolved', 'tooRecent']);
    // A 30-day window (SQM's internal method): ana's second, ben's and cai's windows all run
    // past 22 March; only ana's first is known, and it was repeated.
    expect(firstContactResolutionSummary(log, { observedUntil, repeatWindowSeconds: 30 * 86_400 })).toStrictEqual({
      contacts: 1,
      resolvedOnFirstContact: 0,
      repeated: 1,
      tooRecent: 3,
    });
  });

  test('the window includes its end', () => {
    const week = 7 * DAY;
    expect(firstContactOutcomes([at(1, 0), { customerId: 1, contactedAt: week }], { observedUntil: 30 * DAY })).toStrictEqual(['repeated', 'resolved']);
    expect(firstContactOutcomes([at(1, 0), { customerId: 1, contactedAt: week + 1 }], { observedUntil: 30 * DAY })).toStrictEqual(['resolved', 'resolved']);
  });

  test('a contact is known once its whole window is in the log, or once it is repeated', () => {
    const week = 7 * DAY;
    expect(firstContactOutcomes([at(1, 0)], { observedUntil: week })).toStrictEqual(['resolved']);
    expect(firstContactOutcomes([at(1, 0)], { observedUntil: week - 1 })).toStrictEqual(['tooRecent']);
    // Repeated is known however recent: the repeat is in the log.
    expect(firstContactOutcomes([at(1, 9), at(1, 10)], { observedUntil: 10 * DAY })).toStrictEqual(['repeated', 'tooRecent']);
  });

  test('by default the log ends at its latest contact', () => {
    // The latest contact is always too recent, unless the window is 0.
    expect(firstContactOutcomes([at('a', 0), at('b', 8), at('c', 9)])).toStrictEqual(['resolved', 'tooRecent', 'tooRecent']);
    expect(firstContactOutcomes([at('a', 0), at('b', 8), at('c', 9)], { repeatWindowSeconds: 0 })).toStrictEqual(['resolved', 'resolved', 'resolved']);
  });

  test('contacts of one customer at the same instant: all but the last in log order are repeats', () => {
    const same = [at('x', 1), at('y', 1), at('x', 1), at('x', 1)];
    expect(firstContactOutcomes(same, { observedUntil: 30 * DAY })).toStrictEqual(['repeated', 'resolved', 'repeated', 'resolved']);
    // With a 0-second window, simultaneous contacts are still repeats of one another.
    expect(firstContactOutcomes(same, { observedUntil: 30 * DAY, repeatWindowSeconds: 0 })).toStrictEqual(['repeated', 'resolved', 'repeated', 'resolved']);
  });

  test('does not depend on the order of the log, only on times', () => {
    const shuffled = [log[3]!, log[1]!, log[2]!, log[0]!];
    expect(firstContactOutcomes(shuffled, { observedUntil })).toStrictEqual(['tooRecent', 'resolved', 'resolved', 'repeated']);
  });

  test('customer ids are compared as Map keys: 1 and "1" are two customers', () => {
    expect(firstContactOutcomes([at(1, 0), at('1', 1)], { observedUntil: 30 * DAY })).toStrictEqual(['resolved', 'resolved']);
    expect(firstContactOutcomes([at(1, 0), at(1, 1)], { observedUntil: 30 * DAY })).toStrictEqual(['repeated', 'resolved']);
    expect(firstContactOutcomes([at(0, 0), at(-0, 1)], { observedUntil: 30 * DAY })).toStrictEqual(['repeated', 'resolved']);
  });

  test('reads any iterable, directly or through an accessor called once per row in order', () => {
    const rows = [
      { who: 7, when: 0 },
      { who: 7, when: 8 * DAY },
    ];
    const seen: number[] = [];
    const result = firstContactResolution(
      rows,
      (row, index) => {
        seen.push(index);
        return { customerId: row.who, contactedAt: row.when };
      },
      { observedUntil: 16 * DAY },
    );
    expect(result).toBe(100);
    expect(seen).toStrictEqual([0, 1]);
    expect(firstContactResolutionSummary(iterate(log), { observedUntil })).toStrictEqual(firstContactResolutionSummary(log, { observedUntil }));
    expect(firstContactResolutionSummary(new Set(log), { observedUntil })).toStrictEqual(firstContactResolutionSummary(log, { observedUntil }));
  });

  test('handles a large log in one pass and a sort', () => {
    // 100,000 customers with two contacts a day apart and the log observed a month later: by
    // hand, every first contact is repeated and every second one resolved.
    const big = Array.from({ length: 200_000 }, (_, i) => at(i >> 1, (i & 1) + (i % 7)));
    expect(firstContactResolutionSummary(big, { observedUntil: 40 * DAY })).toStrictEqual({
      contacts: 200_000,
      resolvedOnFirstContact: 100_000,
      repeated: 100_000,
      tooRecent: 0,
    });
  });

  test('breaks down by channel through contactMix, a repeat on another channel included', () => {
    const rows = [
      { customerId: 'a', contactedAt: 0, channel: 'chat' },
      { customerId: 'a', contactedAt: 2 * DAY, channel: 'phone' },
      { customerId: 'b', contactedAt: DAY, channel: 'chat' },
    ];
    const outcomes = firstContactOutcomes(rows, { observedUntil: 20 * DAY });
    const mix = contactMix(rows, {
      by: (row) => row.channel,
      resolvedOnFirstContact: (_row, i) => (outcomes[i] === 'tooRecent' ? null : outcomes[i] === 'resolved'),
    });
    expect(mix.groups['chat']?.firstContactResolution).toBe(50);
    expect(mix.groups['phone']?.firstContactResolution).toBe(100);
  });

  test('does not mutate its input', () => {
    const frozen = deepFreeze(log.map((row) => ({ ...row })));
    expect(firstContactResolution(frozen, deepFreeze({ observedUntil }))).toBe(200 / 3);
  });

  test('rejects a log with no known outcome, but counts it', () => {
    expectMetricError(() => firstContactResolution([]), { metric: 'firstContactResolution', code: 'EMPTY', field: 'contacts' });
    expectMetricError(() => firstContactResolution([at(1, 0)]), { metric: 'firstContactResolution', code: 'EMPTY', field: 'contacts' });
    expect(firstContactResolutionSummary([])).toStrictEqual({ contacts: 0, resolvedOnFirstContact: 0, repeated: 0, tooRecent: 0 });
    expect(firstContactResolutionSummary([at(1, 0)])).toStrictEqual({ contacts: 0, resolvedOnFirstContact: 0, repeated: 0, tooRecent: 1 });
    expect(firstContactOutcomes([])).toStrictEqual([]);
  });

  const functions = [
    ['firstContactResolution', firstContactResolution],
    ['firstContactResolutionSummary', firstContactResolutionSummary],
    ['firstContactOutcomes', firstContactOutcomes],
  ] as const;

  test.each(functions)('%s rejects a bad record, naming its index', (metric, run) => {
    const good = at('a', 0);
    const cases: readonly (readonly [unknown, MetricInputErrorCode, string])[] = [
      [null, 'WRONG_TYPE', 'contacts[1]'],
      [[1, 2], 'WRONG_TYPE', 'contacts[1]'],
      ['ana', 'WRONG_TYPE', 'contacts[1]'],
      [{ customerId: '', contactedAt: 0 }, 'OUT_OF_RANGE', 'contacts[1].customerId'],
      [{ customerId: Number.NaN, contactedAt: 0 }, 'NOT_FINITE', 'contacts[1].customerId'],
      [{ customerId: null, contactedAt: 0 }, 'WRONG_TYPE', 'contacts[1].customerId'],
      [{ customerId: true, contactedAt: 0 }, 'WRONG_TYPE', 'contacts[1].customerId'],
      [{ customerId: 1n, contactedAt: 0 }, 'WRONG_TYPE', 'contacts[1].customerId'],
      [{ contactedAt: 0 }, 'WRONG_TYPE', 'contacts[1].customerId'],
      [{ customerId: 'a', contactedAt: '2024-03-01' }, 'WRONG_TYPE', 'contacts[1].contactedAt'],
      [{ customerId: 'a', contactedAt: new Date('not a date') }, 'NOT_FINITE', 'contacts[1].contactedAt'],
      [{ customerId: 'a', contactedAt: Number.NaN }, 'NOT_FINITE', 'contacts[1].contactedAt'],
      [{ customerId: 'a', contactedAt: Number.POSITIVE_INFINITY }, 'NOT_FINITE', 'contacts[1].contactedAt'],
      [{ customerId: 'a', contactedAt: 8.64e15 + 1 }, 'OUT_OF_RANGE', 'contacts[1].contactedAt'],
      [{ customerId: 'a' }, 'WRONG_TYPE', 'contacts[1].contactedAt'],
      [{ customerId: 'a', contactedAt: { valueOf: () => 0 } }, 'WRONG_TYPE', 'contacts[1].contactedAt'],
    ];
    for (const [bad, code, field] of cases) {
      expectMetricError(() => run([good, bad] as never), { metric, code, field });
    }
  });

  test.each(functions)('%s rejects a contact after the end of the log, and bad options', (metric, run) => {
    const error = expectMetricError(() => run([at(1, 0), at(2, 5)], { observedUntil: 4 * DAY }), {
      metric,
      code: 'INCONSISTENT',
      field: 'contacts[1].contactedAt',
    });
    expect(error.received).toBe(5 * DAY);
    for (const [value, code] of [...NOT_NUMBERS, [-1, 'NEGATIVE']] as const) {
      expectMetricError(() => run([at(1, 0)], { repeatWindowSeconds: value as number }), { metric, code, field: 'options.repeatWindowSeconds' });
    }
    for (const [value, code] of [
      ['2024-03-22', 'WRONG_TYPE'],
      [new Date(Number.NaN), 'NOT_FINITE'],
      [Number.NaN, 'NOT_FINITE'],
      [-9e15, 'OUT_OF_RANGE'],
      [null, 'WRONG_TYPE'],
    ] as const) {
      expectMetricError(() => run([at(1, 0)], { observedUntil: value as never }), { metric, code, field: 'options.observedUntil' });
    }
    expectMetricError(() => run([at(1, 0)], 7 as never), { metric, code: 'WRONG_TYPE', field: 'options' });
    // Options where the accessor belongs, and more after them.
    expectMetricError(() => (run as (...args: unknown[]) => unknown)([at(1, 0)], {}, {}), { metric, code: 'WRONG_TYPE', field: 'contact' });
    for (const bad of [null, undefined, 5, 'log', { customerId: 1, contactedAt: 0 }]) {
      expectMetricError(() => run(bad as never), { metric, code: 'WRONG_TYPE', field: 'contacts' });
    }
  });

  test('types: records, accessors and outcomes', () => {
    expectTypeOf(firstContactOutcomes([at(1, 0)])).toEqualTypeOf<FirstContactOutcome[]>();
    expectTypeOf(firstContactResolutionSummary([at(1, 0)])).toEqualTypeOf<Required<Pick<FirstContactResolutionSummary, 'contacts' | 'resolvedOnFirstContact' | 'repeated' | 'tooRecent'>>>();
    expectTypeOf(firstContactResolution([{ id: 1 }], (row) => ({ customerId: row.id, contactedAt: new Date(0) }), { repeatWindowSeconds: 0 })).toEqualTypeOf<number>();
    // @ts-expect-error timestamps are Dates or epoch milliseconds, not strings
    expectTypeOf(firstContactResolution).toBeCallableWith([{ customerId: 1, contactedAt: '2024-01-01' }]);
  });
});

describe('mergeFirstContactResolutionSummaries', () => {
  test('shards by customer add up to the whole log', () => {
    const options = { observedUntil: 30 * DAY };
    // By hand: a's first contact is repeated 2 days later, a's second, b's and c's are resolved.
    const shard1 = firstContactResolutionSummary([at('a', 0), at('a', 2), at('b', 1)], options);
    const shard2 = firstContactResolutionSummary([at('c', 5), at('d', 25)], options);
    const merged = mergeFirstContactResolutionSummaries(shard1, shard2);
    expect(merged).toStrictEqual({ contacts: 4, resolvedOnFirstContact: 3, repeated: 1, tooRecent: 1 });
    expect(merged).toStrictEqual(firstContactResolutionSummary([at('a', 0), at('a', 2), at('b', 1), at('c', 5), at('d', 25)], options));
    expect(firstContactResolutionFromSummary(merged)).toBe(75);
  });

  test('report counts add up where both sides have them; a field only one side has is left out', () => {
    expect(
      mergeFirstContactResolutionSummaries({ contacts: 10, resolvedOnFirstContact: 7, resolved: 9 }, { contacts: 5, resolvedOnFirstContact: 2, resolved: 4, notResolvableOnFirstContact: 1 }),
    ).toStrictEqual({ contacts: 15, resolvedOnFirstContact: 9, resolved: 13 });
  });

  test('rejects contradictory summaries and merged counts past 2⁵³ − 1', () => {
    const metric = 'mergeFirstContactResolutionSummaries';
    const ok = { contacts: 3, resolvedOnFirstContact: 2, repeated: 1, tooRecent: 0 };
    expectMetricError(() => mergeFirstContactResolutionSummaries({ ...ok, repeated: 2 }, ok), { metric, code: 'INCONSISTENT', field: 'a.repeated' });
    expectMetricError(() => mergeFirstContactResolutionSummaries(ok, { ...ok, resolvedOnFirstContact: 4 }), { metric, code: 'INCONSISTENT', field: 'b.resolvedOnFirstContact' });
    expectMetricError(() => mergeFirstContactResolutionSummaries(ok, { ...ok, resolved: 1 }), { metric, code: 'INCONSISTENT', field: 'b.resolved' });
    expectMetricError(() => mergeFirstContactResolutionSummaries(ok, { ...ok, tooRecent: -1 }), { metric, code: 'NEGATIVE', field: 'b.tooRecent' });
    expectMetricError(() => mergeFirstContactResolutionSummaries({ ...ok, tooRecent: Number.MAX_SAFE_INTEGER }, { ...ok, tooRecent: 1 }), { metric, code: 'OUT_OF_RANGE', field: 'b.tooRecent' });
  });

  test('firstContactResolutionFromSummary checks the log bookkeeping when given', () => {
    const metric = 'firstContactResolutionFromSummary';
    expectMetricError(() => firstContactResolutionFromSummary({ contacts: 3, resolvedOnFirstContact: 2, repeated: 0 }), { metric, code: 'INCONSISTENT', field: 'summary.repeated' });
    expectMetricError(() => firstContactResolutionFromSummary({ contacts: 3, resolvedOnFirstContact: 2, tooRecent: 1.5 }), { metric, code: 'NOT_INTEGER', field: 'summary.tooRecent' });
  });
});
