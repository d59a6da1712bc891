import { fc, test } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { key, sqlKey } from '../../test/engines/agreement.js';
import { openDuckDb, openPostgres, type Engine } from '../../test/engines/engines.js';
import { contactMixFromSummary, contactMixSummary, firstContactOutcomes, firstContactResolutionFromSummary, firstContactResolutionSummary } from '../index.js';
import { contactMixSummarySql, firstContactResolutionSummarySql, querySummaries } from './index.js';

const engines: Engine[] = [];
beforeAll(async () => {
  engines.push(await openDuckDb(), await openPostgres());
});
afterAll(async () => {
  for (const engine of engines) await engine.close();
});

const hour = 3_600_000;
// A few customers, times on a coarse grid (ties, and repeats exactly at the window's end).
// Simultaneous contacts of one customer have no order in a table, so the group (channel) is a
// function of customer and time: whichever the engine takes as last, the counts per group agree.
const rows = fc.array(
  fc.record({ customer: fc.constantFrom('a', 'b', 'c', 'd'), hours: fc.integer({ min: 0, max: 30 }).map((n) => n * 12) }),
  { maxLength: 60 },
);
const channelOf = (customer: string, hours: number): string | null => [null, 'chat', 'phone'][(customer.charCodeAt(0) + hours / 12) % 3]!;
const flag = fc.constantFrom(true, false, null);

describe('firstContactResolutionSummarySql and contactMixSummarySql on DuckDB and PostgreSQL', () => {
  test.prop([rows, fc.constantFrom(0, 12, 24, 72), fc.boolean()], { numRuns: 15 })(
    'per channel, the FCR summary counts firstContactOutcomes of the whole log in that channel',
    async (table, windowHours, observed) => {
      const log = table.map((row) => ({ ...row, at: new Date(Date.UTC(2026, 0, 1) + row.hours * hour), channel: channelOf(row.customer, row.hours) }));
      const options = { repeatWindowSeconds: windowHours * 3600, ...(observed ? { observedUntil: Date.UTC(2026, 0, 1) + 400 * hour } : {}) };
      const outcomes = firstContactOutcomes(log.map((row) => ({ customerId: row.customer, contactedAt: row.at })), options);
      const byChannel = new Map<string, typeof outcomes>();
      log.forEach((row, i) => byChannel.set(key(row.channel), [...(byChannel.get(key(row.channel)) ?? []), outcomes[i]!]));
      for (const engine of engines) {
        await engine.load('contacts', { customer: 'TEXT', at: 'TIMESTAMPTZ', channel: 'TEXT' }, log);
        const query = firstContactResolutionSummarySql({ dialect: engine.name, from: 'contacts', customerId: 'customer', contactedAt: 'at', groupBy: ['channel'] }, options);
        const result = await querySummaries(query, engine.run);
        expect(result.map(sqlKey).sort()).toStrictEqual([...byChannel.keys()].sort());
        for (const row of result) {
          const group = byChannel.get(sqlKey(row))!;
          const count = (outcome: string): number => group.filter((o) => o === outcome).length;
          const resolved = count('resolved');
          expect(row.summary, engine.name).toStrictEqual({ contacts: resolved + count('repeated'), resolvedOnFirstContact: resolved, repeated: count('repeated'), tooRecent: count('tooRecent') });
        }
        if (log.length > 0) {
          const [all] = await querySummaries(firstContactResolutionSummarySql({ dialect: engine.name, from: 'contacts', customerId: 'customer', contactedAt: 'at' }, options), engine.run);
          const expected = firstContactResolutionSummary(log.map((row) => ({ customerId: row.customer, contactedAt: row.at })), options);
          expect(all!.summary, engine.name).toStrictEqual(expected);
          if (expected.contacts > 0) expect(firstContactResolutionFromSummary(all!.summary)).toBe((100 * expected.resolvedOnFirstContact) / expected.contacts);
        }
      }
    },
  );

  test.prop([fc.array(fc.record({ channel: fc.constantFrom('chat', 'phone', 'email', null), team: fc.constantFrom('x', 'y'), resolved: flag, fcr: flag, satisfied: flag }), { maxLength: 60 })], { numRuns: 15 })(
    'per team, the contact mix is contactMixSummary of the same rows, and so is the mix',
    async (table) => {
      const fields = { by: (r: (typeof table)[number]) => r.channel, resolved: (r: (typeof table)[number]) => r.resolved, resolvedOnFirstContact: (r: (typeof table)[number]) => r.fcr, satisfied: (r: (typeof table)[number]) => r.satisfied };
      for (const engine of engines) {
        await engine.load('mix', { channel: 'TEXT', team: 'TEXT', resolved: 'BOOLEAN', fcr: 'BOOLEAN', satisfied: 'BOOLEAN' }, table);
        const query = contactMixSummarySql({ dialect: engine.name, from: 'mix', by: 'channel', resolved: 'resolved', resolvedOnFirstContact: 'fcr', satisfied: 'satisfied', groupBy: ['team'] });
        const result = await querySummaries(query, engine.run);
        expect(result.map((row) => row.groups['team'])).toStrictEqual(['x', 'y'].filter((team) => table.some((row) => row.team === team)));
        for (const row of result) {
          const rows = table.filter((r) => r.team === row.groups['team']);
          const expected = contactMixSummary(rows, fields);
          expect(row.summary, engine.name).toStrictEqual(expected);
          if (Object.keys(expected.groups).length > 0) expect(contactMixFromSummary(row.summary)).toStrictEqual(contactMixFromSummary(expected));
        }
      }
    },
  );
});
