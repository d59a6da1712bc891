import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, iterate, NOT_NUMBERS } from '../../test/helpers.js';
import {
  contactMix,
  contactMixFromSummary,
  contactMixSummary,
  mergeContactMixSummaries,
  type ContactMix,
  type ContactMixSummary,
  type MetricInputErrorCode,
} from '../index.js';

interface Row {
  readonly channel: string | null;
  readonly resolved?: boolean | null;
  readonly fcr?: boolean | null;
  readonly csat?: number | null;
}
const fields = {
  by: (row: Row) => row.channel,
  resolved: (row: Row) => row.resolved,
  resolvedOnFirstContact: (row: Row) => row.fcr,
  satisfied: (row: Row) => (row.csat === null || row.csat === undefined ? null : row.csat >= 4),
};
const none = { successes: 0, trials: 0 };

describe('contactMix', () => {
  test("follows SparrowDesk's channel-mix example", () => {
    // SparrowDesk, "Support channel mix": of 1,000 tickets, 600 chat, 300 email and 100 phone
    // are 60 %, 30 % and 10 %.
    const tickets = Array.from({ length: 1000 }, (_, i) => (i < 600 ? 'chat' : i < 900 ? 'email' : 'phone'));
    const mix = contactMix(tickets, { by: (channel) => channel });
    expect(mix.contacts).toBe(1000);
    expect(mix.groups['chat']?.share).toBe(60);
    expect(mix.groups['email']?.share).toBe(30);
    expect(mix.groups['phone']?.share).toBe(10);
    expect(mix.groups['phone']?.resolutionRate).toBeNull();
  });

  test('gives each group its share and its rates over the rows that answered', () => {
    const rows: Row[] = [
      { channel: 'phone', resolved: true, fcr: true, csat: 5 },
      { channel: 'phone', resolved: true, fcr: false, csat: 3 },
      { channel: 'phone', resolved: false, fcr: false, csat: null },
      { channel: 'chat', resolved: true, fcr: true, csat: 4 },
      { channel: 'chat', resolved: null, fcr: null, csat: 2 },
      { channel: null, resolved: true, fcr: true, csat: 5 },
    ];
    // By hand: 5 classified rows; phone 3 (60 %), resolved 2 of 3, FCR 1 of 3, satisfied 1 of 2;
    // chat 2 (40 %), resolved 1 of 1, FCR 1 of 1, satisfied 1 of 2; 1 unclassified.
    expect(contactMix(rows, fields)).toStrictEqual({
      contacts: 5,
      unclassified: 1,
      groups: {
        chat: { contacts: 2, share: 40, resolutionRate: 100, firstContactResolution: 100, satisfaction: 50 },
        phone: { contacts: 3, share: 60, resolutionRate: 200 / 3, firstContactResolution: 100 / 3, satisfaction: 50 },
      },
    } satisfies ContactMix);
  });

  test('groups requests by category and complaints by cause alike', () => {
    const complaints = [
      { cause: 'billing', resolved: true },
      { cause: 'billing', resolved: false },
      { cause: 'delivery', resolved: true },
      { cause: 'billing', resolved: true },
    ];
    const byCause = contactMix(complaints, { by: (c) => c.cause, resolved: (c) => c.resolved });
    // By hand: billing 3 of 4 (75 %), 2 of 3 resolved, so 33.3 % unresolved.
    expect(byCause.groups['billing']).toStrictEqual({ contacts: 3, share: 75, resolutionRate: 200 / 3, firstContactResolution: null, satisfaction: null });
    expect(byCause.groups['delivery']?.share).toBe(25);
  });

  test('orders groups by name, and takes any name, __proto__ included', () => {
    const mix = contactMix(['zeta', '__proto__', 'constructor', 'alpha', '__proto__'], { by: (name) => name });
    expect(Object.keys(mix.groups)).toStrictEqual(['__proto__', 'alpha', 'constructor', 'zeta']);
    expect(Object.hasOwn(mix.groups, '__proto__')).toBe(true);
    expect(mix.groups['__proto__']?.share).toBe(40);
    expect(Object.getPrototypeOf(mix.groups)).toBe(Object.prototype);
  });

  test('calls each accessor exactly once per row, in order, with the row and its index', () => {
    const calls: string[] = [];
    const rows: Row[] = [{ channel: 'a', resolved: true }, { channel: null, resolved: false }, { channel: 'b' }];
    contactMix(rows, {
      by: (row, i) => (calls.push(`by${String(i)}`), row.channel),
      resolved: (row, i) => (calls.push(`resolved${String(i)}`), row.resolved),
      satisfied: (_row, i) => (calls.push(`satisfied${String(i)}`), null),
    });
    expect(calls).toStrictEqual(['by0', 'resolved0', 'satisfied0', 'by1', 'resolved1', 'satisfied1', 'by2', 'resolved2', 'satisfied2']);
  });

  test('reads any iterable, and equals the mix of its summary', () => {
    const rows: Row[] = [{ channel: 'a', resolved: true }, { channel: 'b', resolved: false }, { channel: 'a', csat: 5 }];
    const mix = contactMix(rows, fields);
    expect(contactMix(iterate(rows), fields)).toStrictEqual(mix);
    expect(contactMix(new Set(rows), fields)).toStrictEqual(mix);
    expect(contactMixFromSummary(contactMixSummary(rows, fields))).toStrictEqual(mix);
  });

  test('does not mutate its input', () => {
    const rows = deepFreeze<Row[]>([{ channel: 'a', resolved: true }, { channel: 'b', resolved: false }]);
    expect(contactMix(rows, deepFreeze(fields)).groups['a']?.resolutionRate).toBe(100);
  });

  test('rejects rows with no group at all', () => {
    expectMetricError(() => contactMix([], { by: () => 'x' }), { metric: 'contactMix', code: 'EMPTY', field: 'rows' });
    expectMetricError(() => contactMix([{ channel: null }], { by: (row) => row.channel }), { metric: 'contactMix', code: 'EMPTY', field: 'rows' });
  });

  test.each([
    ['contactMix', contactMix],
    ['contactMixSummary', contactMixSummary],
  ] as const)('%s rejects bad groups, answers and fields, naming them', (metric, run) => {
    const rows = [{ channel: 'a' }, { channel: 'b' }];
    for (const [group, code] of [
      [5, 'WRONG_TYPE'],
      ['', 'OUT_OF_RANGE'],
      [true, 'WRONG_TYPE'],
      [{}, 'WRONG_TYPE'],
    ] as const) {
      expectMetricError(() => run(rows, { by: (_row, i) => (i === 1 ? group : 'a') as never }), { metric, code, field: 'rows[1].by' });
    }
    for (const question of ['resolved', 'resolvedOnFirstContact', 'satisfied'] as const) {
      for (const answer of ['yes', 1, 0, {}, Number.NaN]) {
        expectMetricError(() => run(rows, { by: (row) => row.channel, [question]: (_row: unknown, i: number) => (i === 1 ? answer : true) }), {
          metric,
          code: 'WRONG_TYPE',
          field: `rows[1].${question}`,
        });
      }
      // A bad answer is an error in an unclassified row too.
      expectMetricError(() => run([{ channel: null }], { by: (row) => row.channel, [question]: () => 'no' }), {
        metric,
        code: 'WRONG_TYPE',
        field: `rows[0].${question}`,
      });
      expectMetricError(() => run(rows, { by: (row) => row.channel, [question]: true as never }), { metric, code: 'WRONG_TYPE', field: `fields.${question}` });
    }
    expectMetricError(() => run(rows, {} as never), { metric, code: 'WRONG_TYPE', field: 'fields.by' });
    expectMetricError(() => run(rows, { by: 'channel' } as never), { metric, code: 'WRONG_TYPE', field: 'fields.by' });
    expectMetricError(() => run(rows, null as never), { metric, code: 'WRONG_TYPE', field: 'fields' });
    for (const bad of [null, undefined, 5, 'chat']) {
      expectMetricError(() => run(bad as never, { by: () => 'a' }), { metric, code: 'WRONG_TYPE', field: 'rows' });
    }
  });

  test('types: accessors typed by the row', () => {
    expectTypeOf(contactMix([{ c: 'x' }], { by: (row) => row.c })).toEqualTypeOf<ContactMix>();
    // @ts-expect-error a group is a string
    expectTypeOf(contactMix).toBeCallableWith([{ c: 1 }], { by: (row: { c: number }) => row.c });
  });
});

describe('contact mix summaries', () => {
  // By hand: 3 phone rows, 2 resolved and 1 not; no FCR answer; 1 satisfied, 2 without an answer.
  const phone = {
    contacts: 3,
    resolved: { successes: 2, trials: 3, unanswered: 0 },
    resolvedOnFirstContact: { successes: 0, trials: 0, unanswered: 3 },
    satisfied: { successes: 1, trials: 1, unanswered: 2 },
  };

  test('count rows and answers per group, as plain JSON in the order of the names', () => {
    const summary = contactMixSummary(
      [
        { channel: 'phone', resolved: true, csat: 5 },
        { channel: 'phone', resolved: true },
        { channel: 'phone', resolved: false, csat: null },
        { channel: null },
      ] satisfies Row[],
      fields,
    );
    expect(summary).toStrictEqual({ groups: { phone }, unclassified: 1 } satisfies ContactMixSummary);
    expect(contactMixSummary([], fields)).toStrictEqual({ groups: {}, unclassified: 0 });
  });

  test('merge group by group', () => {
    const fieldsByName = { by: (name: string) => name };
    const monday = contactMixSummary(['phone', 'phone', 'chat'], fieldsByName);
    const tuesday = contactMixSummary(['chat', 'email'], fieldsByName);
    const merged = mergeContactMixSummaries(monday, tuesday);
    expect(merged).toStrictEqual(contactMixSummary(['phone', 'phone', 'chat', 'chat', 'email'], fieldsByName));
    expect(Object.keys(merged.groups)).toStrictEqual(['chat', 'email', 'phone']);
    // By hand: chat 2 of 5 = 40 %.
    expect(contactMixFromSummary(merged).groups['chat']?.share).toBe(40);
  });

  test('the mix of counts from a database', () => {
    const mix = contactMixFromSummary({
      groups: {
        phone: { contacts: 300, resolved: { successes: 240, trials: 300 }, resolvedOnFirstContact: none, satisfied: none },
        chat: { contacts: 100, resolved: { successes: 70, trials: 80 }, resolvedOnFirstContact: none, satisfied: none },
      },
      unclassified: 7,
    });
    // By hand: phone 300 of 400 = 75 %, 240 of 300 resolved = 80 %; chat 70 of 80 = 87.5 %.
    expect(mix.contacts).toBe(400);
    expect(mix.unclassified).toBe(7);
    expect(mix.groups['phone']).toStrictEqual({ contacts: 300, share: 75, resolutionRate: 80, firstContactResolution: null, satisfaction: null });
    expect(mix.groups['chat']?.resolutionRate).toBe(87.5);
    // A group of 0 rows is kept, with share 0.
    const withEmpty = contactMixFromSummary({ groups: { a: { ...phone }, b: { contacts: 0, resolved: none, resolvedOnFirstContact: none, satisfied: none } }, unclassified: 0 });
    expect(withEmpty.groups['b']?.share).toBe(0);
  });

  test('do not mutate their inputs', () => {
    const a = deepFreeze({ groups: { phone }, unclassified: 1 });
    const b = deepFreeze({ groups: { phone }, unclassified: 2 });
    expect(mergeContactMixSummaries(a, b).groups['phone']?.contacts).toBe(6);
    expect(contactMixFromSummary(a).contacts).toBe(3);
  });

  test('reject a summary with no row', () => {
    expectMetricError(() => contactMixFromSummary({ groups: {}, unclassified: 4 }), { metric: 'contactMixFromSummary', code: 'EMPTY', field: 'summary' });
  });

  test.each([
    ['mergeContactMixSummaries', (s: unknown) => mergeContactMixSummaries({ groups: {}, unclassified: 0 }, s as ContactMixSummary), 'b'],
    ['contactMixFromSummary', (s: unknown) => contactMixFromSummary(s as ContactMixSummary), 'summary'],
  ] as const)('%s rejects bad summaries, naming the count at fault', (metric, run, at) => {
    const good = (group: object) => ({ groups: { phone: { ...phone, ...group } }, unclassified: 0 });
    // More answers than rows, more successes than answers, and an unanswered count that is not contacts − trials.
    expectMetricError(() => run(good({ resolved: { successes: 3, trials: 4 } })), { metric, code: 'INCONSISTENT', field: `${at}.groups.phone.resolved.trials` });
    expectMetricError(() => run(good({ satisfied: { successes: 2, trials: 1 } })), { metric, code: 'INCONSISTENT', field: `${at}.groups.phone.satisfied.successes` });
    expectMetricError(() => run(good({ satisfied: { successes: 1, trials: 1, unanswered: 1 } })), { metric, code: 'INCONSISTENT', field: `${at}.groups.phone.satisfied.unanswered` });
    const bad: readonly (readonly [unknown, MetricInputErrorCode])[] = [...NOT_NUMBERS, [-1, 'NEGATIVE'], [0.5, 'NOT_INTEGER'], [undefined, 'WRONG_TYPE']];
    for (const [value, code] of bad) {
      expectMetricError(() => run(good({ contacts: value })), { metric, code, field: `${at}.groups.phone.contacts` });
      expectMetricError(() => run(good({ resolvedOnFirstContact: { successes: 0, trials: value } })), { metric, code, field: `${at}.groups.phone.resolvedOnFirstContact.trials` });
      expectMetricError(() => run({ groups: {}, unclassified: value }), { metric, code, field: `${at}.unclassified` });
    }
    expectMetricError(() => run(good({ resolved: null })), { metric, code: 'WRONG_TYPE', field: `${at}.groups.phone.resolved` });
    expectMetricError(() => run({ groups: { phone: 3 }, unclassified: 0 }), { metric, code: 'WRONG_TYPE', field: `${at}.groups.phone` });
    expectMetricError(() => run({ groups: { '': phone }, unclassified: 0 }), { metric, code: 'OUT_OF_RANGE', field: `${at}.groups.` });
    expectMetricError(() => run({ groups: [], unclassified: 0 }), { metric, code: 'WRONG_TYPE', field: `${at}.groups` });
    for (const value of [null, undefined, 3, []]) expectMetricError(() => run(value), { metric, code: 'WRONG_TYPE', field: at });
  });

  test('merge checks its first summary too', () => {
    expectMetricError(() => mergeContactMixSummaries(null as never, { groups: {}, unclassified: 0 }), {
      metric: 'mergeContactMixSummaries',
      code: 'WRONG_TYPE',
      field: 'a',
    });
  });
});
