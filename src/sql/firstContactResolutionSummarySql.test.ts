import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { openDuckDb, openPostgres, type Engine } from '../../test/engines/engines.js';
import { contactMixSummary, firstContactResolutionSummary } from '../index.js';
import { contactMixSummarySql, firstContactResolutionSummarySql, querySummaries, readSummaries, SqlCheckError } from './index.js';

const engines: Engine[] = [];
const day = 86_400_000;
const at = (days: number): Date => new Date(Date.UTC(2026, 2, 1) + days * day);
// firstContactResolutionSummary's example, with channels: ana repeats on phone 4 days later (within 7).
const contacts = [
  { customer: 'ana', at: at(0), channel: 'chat', resolved: true, fcr: false },
  { customer: 'ana', at: at(4), channel: 'phone', resolved: true, fcr: true },
  { customer: 'ben', at: at(1), channel: 'chat', resolved: false, fcr: null },
  { customer: 'ben', at: at(9), channel: 'chat', resolved: null, fcr: null },
  { customer: 'cai', at: at(27), channel: 'phone', resolved: true, fcr: true },
  { customer: 'cai', at: at(27), channel: 'phone', resolved: true, fcr: true },
  { customer: 'dan', at: at(30), channel: null, resolved: false, fcr: null },
];
beforeAll(async () => {
  engines.push(await openDuckDb(), await openPostgres());
  const types = { customer: 'TEXT', at: 'TIMESTAMPTZ', channel: 'TEXT', resolved: 'BOOLEAN', fcr: 'BOOLEAN' } as const;
  for (const engine of engines) await engine.load('contacts', types, contacts);
});
afterAll(async () => {
  for (const engine of engines) await engine.close();
});

describe.each(['duckdb', 'postgres'] as const)('firstContactResolutionSummarySql and contactMixSummarySql on %s', (name) => {
  const engine = (): Engine => engines.find((e) => e.name === name)!;

  test('each contact judged by the customer\'s next one over the whole table, then counted per group', async () => {
    const query = firstContactResolutionSummarySql({ dialect: name, from: 'contacts', customerId: 'customer', contactedAt: 'at', groupBy: ['channel'] }, { observedUntil: at(30) });
    // ana day 0 → repeated (day 4 ≤ 7); ana day 4 → resolved (4 + 7 ≤ 30); ben day 1 → resolved
    // (day 9 > 8); ben day 9 → resolved (16 ≤ 30); cai day 27 twice → one repeated (0 s later),
    // one too recent (34 > 30); dan day 30 → too recent.
    // chat: ana 0 repeated, ben 1 and 9 resolved; phone: ana 4 resolved, cai repeated + too recent.
    expect(await querySummaries(query, engine().run)).toStrictEqual([
      { groups: { channel: 'chat' }, summary: { contacts: 3, resolvedOnFirstContact: 2, repeated: 1, tooRecent: 0 } },
      { groups: { channel: 'phone' }, summary: { contacts: 2, resolvedOnFirstContact: 1, repeated: 1, tooRecent: 1 } },
      { groups: { channel: null }, summary: { contacts: 0, resolvedOnFirstContact: 0, repeated: 0, tooRecent: 1 } },
    ]);
    // Without groups, and observedUntil by default the latest contact (day 30): the JavaScript summary of the log.
    const log = contacts.map((c) => ({ customerId: c.customer, contactedAt: c.at }));
    const [all] = await querySummaries(firstContactResolutionSummarySql({ dialect: name, from: 'contacts', customerId: 'customer', contactedAt: 'at' }, { repeatWindowSeconds: 3 * 86_400 }), engine().run);
    // Window 3 days: ana 0 resolved (4 > 3); ana 4, ben 1, ben 9 resolved; cai one repeated, the
    // other resolved (27 + 3 ≤ 30, the end included); dan too recent (33 > 30).
    expect(all!.summary).toStrictEqual({ contacts: 6, resolvedOnFirstContact: 5, repeated: 1, tooRecent: 1 });
    expect(firstContactResolutionSummary(log, { repeatWindowSeconds: 3 * 86_400 })).toStrictEqual(all!.summary);
  });

  test('a contact mix per channel: contacts and each yes/no column, the unclassified apart', async () => {
    const query = contactMixSummarySql({ dialect: name, from: 'contacts', by: 'channel', resolved: 'resolved', resolvedOnFirstContact: 'fcr' });
    const [all] = await querySummaries(query, engine().run);
    // chat: 3 rows, resolved yes/no/NULL → 1 of 2; fcr no, NULL, NULL → 0 of 1. phone: 3 rows,
    // resolved 3 of 3, fcr 3 of 3. dan: no channel.
    const none = { successes: 0, trials: 0 };
    expect(all).toStrictEqual({
      groups: {},
      summary: {
        groups: {
          chat: { contacts: 3, resolved: { successes: 1, trials: 2, unanswered: 1 }, resolvedOnFirstContact: { successes: 0, trials: 1, unanswered: 2 }, satisfied: { ...none, unanswered: 3 } },
          phone: { contacts: 3, resolved: { successes: 3, trials: 3, unanswered: 0 }, resolvedOnFirstContact: { successes: 3, trials: 3, unanswered: 0 }, satisfied: { ...none, unanswered: 3 } },
        },
        unclassified: 1,
      },
    });
    // Grouped by customer, with a period: one summary per customer and month.
    const byCustomer = await querySummaries(contactMixSummarySql({ dialect: name, from: 'contacts', by: 'channel', groupBy: ['customer'], period: { column: 'at', unit: 'month' } }), engine().run);
    expect(byCustomer.map((row) => [row.groups['customer'], row.period, Object.keys(row.summary.groups), row.summary.unclassified])).toStrictEqual([
      ['ana', '2026-03', ['chat', 'phone'], 0],
      ['ben', '2026-03', ['chat'], 0],
      ['cai', '2026-03', ['phone'], 0],
      ['dan', '2026-03', [], 1],
    ]);
  });

  test('bad values: NULL or empty customers and times, times after observedUntil; empty names, non-boolean flags', async () => {
    await engine().load('dirty', { customer: 'TEXT', at: 'TIMESTAMPTZ', channel: 'TEXT' }, [
      { customer: '', at: at(0), channel: '' }, { customer: '', at: at(1), channel: '' }, { customer: null, at: null, channel: 'chat' }, { customer: 'x', at: at(40), channel: 'chat' },
    ]);
    const input = { dialect: name, from: 'dirty', customerId: 'customer', contactedAt: 'at' } as const;
    const error = (await querySummaries(firstContactResolutionSummarySql(input), engine().run).catch((caught: unknown) => caught)) as SqlCheckError;
    expect(error).toBeInstanceOf(SqlCheckError);
    // firstContactResolution: '' is OUT_OF_RANGE (2 rows), a NULL id WRONG_TYPE (1 row).
    expect(error).toMatchObject({ metric: 'firstContactResolutionSummarySql', column: 'customer', code: 'OUT_OF_RANGE', badRows: 3 });
    expect(error.examples).toStrictEqual([{ value: '', rows: 2 }, { value: null, rows: 1 }]);
    const times = firstContactResolutionSummarySql({ ...input, from: { query: "SELECT * FROM dirty WHERE customer <> ''" } }, { observedUntil: at(30) });
    const late = (await querySummaries(times, engine().run).catch((caught: unknown) => caught)) as SqlCheckError;
    expect(late).toMatchObject({ column: 'at', code: 'INCONSISTENT', badRows: 1 });
    expect((late.examples[0]!.value as Date).getTime()).toBe(at(40).getTime());
    const nullTime = firstContactResolutionSummarySql({ ...input, from: { query: 'SELECT * FROM dirty WHERE customer IS NULL' }, customerId: 'channel' });
    await expect(querySummaries(nullTime, engine().run)).rejects.toMatchObject({ column: 'at', code: 'WRONG_TYPE', badRows: 1 });
    // contactMix: a group name '' is OUT_OF_RANGE.
    await expect(querySummaries(contactMixSummarySql({ dialect: name, from: 'dirty', by: 'channel' }), engine().run)).rejects.toMatchObject({ column: 'channel', code: 'OUT_OF_RANGE', badRows: 2 });
  });
});

describe('FCR and contact-mix SQL: DuckDB types, text and input', () => {
  test('on DuckDB, integer flags and names are bad values (contactMix takes booleans and strings only)', async () => {
    const duck = engines[0]!;
    await duck.load('ints', { channel: 'BIGINT', flag: 'BIGINT' }, [{ channel: 1, flag: 1 }, { channel: 2, flag: 0 }]);
    await expect(querySummaries(contactMixSummarySql({ dialect: 'duckdb', from: 'ints', by: 'channel' }), duck.run)).rejects.toMatchObject({ code: 'WRONG_TYPE', column: 'channel', badRows: 2 });
    await expect(querySummaries(contactMixSummarySql({ dialect: 'duckdb', from: { query: "SELECT 'chat' AS channel, flag FROM ints" }, by: 'channel', satisfied: 'flag' }), duck.run)).rejects.toMatchObject({ code: 'WRONG_TYPE', column: 'flag', badRows: 2 });
  });

  test('the portable text: no FILTER, `?` in the order of the values; it runs on DuckDB', async () => {
    const query = firstContactResolutionSummarySql({ dialect: 'portable', from: { query: 'SELECT * FROM contacts WHERE customer <> ?', values: ['dan'] }, customerId: 'customer', contactedAt: 'at' }, { observedUntil: at(30) });
    expect(query.text).not.toContain('FILTER');
    expect(query.text).not.toMatch(/\$\d/);
    expect(query.text.split('?').length - 1).toBe(query.values.length);
    expect((await querySummaries(query, engines[0]!.run))[0]!.summary).toStrictEqual({ contacts: 5, resolvedOnFirstContact: 3, repeated: 2, tooRecent: 1 });
    const mix = contactMixSummarySql({ dialect: 'portable', from: 'contacts', by: 'channel', satisfied: 'resolved' });
    expect(mix.text).not.toContain('FILTER');
    expect((await querySummaries(mix, engines[0]!.run))[0]!.summary.groups['chat']!.satisfied).toStrictEqual({ successes: 1, trials: 2, unanswered: 1 });
  });

  test('reading a contact mix: names in the order contactMixSummary gives, whatever the order of the rows', () => {
    const query = contactMixSummarySql({ dialect: 'duckdb', from: 'contacts', by: 'channel', resolved: 'resolved' });
    const row = (detail: string | null, contacts: bigint, yes: bigint, no: bigint) => ({ detail, s_contacts: contacts, s_resolved_yes: yes, s_resolved_no: no, bad_by: 0n, bad_resolved: 0n });
    // Phone 2 (1 resolved), chat 1 (resolved), email 1 (not), WhatsApp 1 (unanswered), one unclassified, as the engine may return them.
    const [all] = readSummaries(query, [row('phone', 2n, 1n, 0n), row(null, 1n, 0n, 0n), row('chat', 1n, 1n, 0n), row('WhatsApp', 1n, 0n, 0n), row('email', 1n, 0n, 1n)]);
    const contacts = [
      { channel: 'phone', resolved: true },
      { channel: 'phone', resolved: null },
      { channel: null, resolved: null },
      { channel: 'chat', resolved: true },
      { channel: 'WhatsApp', resolved: null },
      { channel: 'email', resolved: false },
    ];
    const expected = contactMixSummary(contacts, { by: (contact) => contact.channel, resolved: (contact) => contact.resolved });
    expect(Object.keys(all!.summary.groups)).toStrictEqual(Object.keys(expected.groups));
    expect(Object.keys(all!.summary.groups)).toStrictEqual(['WhatsApp', 'chat', 'email', 'phone']);
    expect(all!.summary.unclassified).toBe(1);
    expect(all!.summary.groups['phone']!.resolved).toStrictEqual({ successes: 1, trials: 1, unanswered: 1 });
  });

  test('input and options', () => {
    const input = { dialect: 'duckdb', from: 'contacts', customerId: 'customer', contactedAt: 'at' } as const;
    expectMetricError(() => firstContactResolutionSummarySql(input, { repeatWindowSeconds: -1 }), { metric: 'firstContactResolutionSummarySql', field: 'options.repeatWindowSeconds', code: 'NEGATIVE' });
    expectMetricError(() => firstContactResolutionSummarySql(input, { window: 1 } as never), { metric: 'firstContactResolutionSummarySql', code: 'UNKNOWN_VALUE' });
    expectMetricError(() => contactMixSummarySql({ dialect: 'duckdb', from: 'contacts', by: 'channel', resolved: 7 } as never), { metric: 'contactMixSummarySql', field: 'input.resolved', code: 'WRONG_TYPE' });
  });
});
