/**
 * The pattern of a distributed engine: one table split across three PostgreSQL databases, the
 * summary query run on each shard, and the summaries of a group merged. The merged summaries
 * must equal the JavaScript summaries of the whole table (and the query on the whole table).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openPostgres, type Engine } from '../../test/engines/engines.js';
import { seededRandom } from '../../test/engines/random.js';
import {
  csatSummary,
  meanSummary,
  mergeCsatSummaries,
  mergeMeanSummaries,
  mergeNpsSummaries,
  npsSummary,
  type CsatSummary,
  type MeanSummary,
  type NpsSummary,
} from '../index.js';
import { closeTo } from '../../test/engines/agreement.js';
import { csatSummarySql, meanSummarySql, npsSummarySql, querySummaries, type SummaryQuery, type SummaryRow } from './index.js';

const CHANNELS = ['phone', 'chat', 'email'] as const;
const random = seededRandom(2026_12_05);
const table = Array.from({ length: 3000 }, (_, id) => ({
  id,
  channel: CHANNELS[Math.floor(random() * 3)]!,
  score: random() < 0.05 ? null : Math.floor(random() * 11),
  csat: random() < 0.05 ? null : 1 + Math.floor(random() * 5),
  waitSeconds: random() < 0.05 ? null : Math.round(random() * 600 * 1000) / 1000,
}));
const columns = { id: 'BIGINT', channel: 'TEXT', score: 'BIGINT', csat: 'BIGINT', waitSeconds: 'DOUBLE PRECISION' } as const;

const whole: Engine[] = [];
const shards: Engine[] = [];
beforeAll(async () => {
  whole.push(await openPostgres('metrics'));
  await whole[0]!.load('answers', columns, table);
  for (const [i, database] of ['shard1', 'shard2', 'shard3'].entries()) {
    const shard = await openPostgres(database);
    // Rows go to shards by id, as a hash-partitioned table would place them.
    await shard.load('answers', columns, table.filter((row) => row.id % 3 === i));
    shards.push(shard);
  }
});
afterAll(async () => {
  for (const engine of [...whole, ...shards]) await engine.close();
});

/** Each group's summaries, merged with `merge`, by channel. */
function mergeByChannel<S>(rows: readonly SummaryRow<S>[], merge: (a: S, b: S) => S): Map<string, S> {
  const merged = new Map<string, S>();
  for (const row of rows) {
    const channel = row.groups['channel'] as string;
    const seen = merged.get(channel);
    merged.set(channel, seen === undefined ? row.summary : merge(seen, row.summary));
  }
  return merged;
}

describe('a table in three PostgreSQL shards', () => {
  test('NPS summaries by channel, merged across shards, equal the batch summaries', async () => {
    const input = { dialect: 'postgres', from: 'answers', score: 'score', groupBy: ['channel'] } as const;
    const perShard: SummaryRow<NpsSummary>[] = [];
    for (const shard of shards) perShard.push(...(await querySummaries(npsSummarySql(input), shard.run)));
    const merged = mergeByChannel(perShard, mergeNpsSummaries);
    const onWhole = mergeByChannel(await querySummaries(npsSummarySql(input), whole[0]!.run), mergeNpsSummaries);
    for (const channel of CHANNELS) {
      const batch = npsSummary(table.filter((row) => row.channel === channel).map((row) => row.score));
      expect(merged.get(channel)).toStrictEqual(batch);
      expect(onWhole.get(channel)).toStrictEqual(batch);
    }
  });

  /** The summaries of `query` on every shard, merged by channel. */
  async function merged<S>(query: SummaryQuery<S>, merge: (a: S, b: S) => S): Promise<Map<string, S>> {
    const rows: SummaryRow<S>[] = [];
    for (const shard of shards) rows.push(...(await querySummaries(query, shard.run)));
    return mergeByChannel(rows, merge);
  }

  test('CSAT histograms by channel, merged across shards, equal the batch summaries', async () => {
    const query = csatSummarySql({ dialect: 'postgres', from: 'answers', score: 'csat', groupBy: ['channel'] });
    const byChannel = await merged<CsatSummary>(query, mergeCsatSummaries);
    for (const channel of CHANNELS) {
      expect(byChannel.get(channel)).toStrictEqual(csatSummary(table.filter((row) => row.channel === channel).map((row) => row.csat)));
    }
  });

  test('mean waits by channel, merged across shards, equal the batch summaries (counts exactly, the rest to rounding)', async () => {
    const query = meanSummarySql({ dialect: 'postgres', from: 'answers', value: 'waitSeconds', groupBy: ['channel'] }, { durations: true });
    const byChannel = await merged<MeanSummary>(query, mergeMeanSummaries);
    for (const channel of CHANNELS) {
      const batch = meanSummary(table.filter((row) => row.channel === channel).map((row) => row.waitSeconds));
      const sharded = byChannel.get(channel)!;
      expect(sharded.count).toBe(batch.count);
      expect(sharded.unanswered).toBe(batch.unanswered);
      expect(closeTo(sharded.mean, batch.mean)).toBe(true);
      expect(closeTo(sharded.sumOfSquaredDeviations, batch.sumOfSquaredDeviations)).toBe(true);
    }
  });
});
