// NPS and CSAT by channel and ISO week over a 10-million-row CSV read by DuckDB:
// - the library's generated SQL (npsSummarySql, csatSummarySql) read back with querySummaries
//   and turned into metrics with xFromSummary, against the same query written by hand, in the
//   same run. Target: ≤ 1.1× (the generated query also checks every score).
// - the rows streamed from DuckDB into the JavaScript functions (groupBy per chunk, merged),
//   against the generated SQL: what pushing the work down saves.
// The CSV (about 400 MB) is written once into .tmp/bench/ by DuckDB and reused.
import { existsSync, mkdirSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { formatTime, loadLibrary } from './harness.mjs';

const core = await loadLibrary();
const sql = await import(new URL('../dist/sql.js', import.meta.url).href);
const ROWS = 10_000_000;
const folder = new URL('../.tmp/bench/', import.meta.url).pathname;
const csv = `${folder}answers-${ROWS}.csv`;
mkdirSync(folder, { recursive: true });

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const run = async (text, values = []) => (await connection.runAndReadAll(text, [...values])).getRowObjectsJS();

if (!existsSync(csv)) {
  console.log(`writing ${csv} (once)…`);
  // Deterministic columns from the row number: a score 0–10, a CSAT 1–5, a channel, and a time in 2026.
  await connection.run(`COPY (
    SELECT CAST(hash(i) % 11 AS INTEGER) AS score,
           CAST(hash(i + 1) % 5 AS INTEGER) + 1 AS csat,
           ['phone', 'chat', 'email', 'web'][CAST(hash(i + 2) % 4 AS INTEGER) + 1] AS channel,
           TIMESTAMPTZ '2026-01-01 00:00:00+00' + to_seconds(CAST(hash(i + 3) % 31536000 AS BIGINT)) AS answered_at
    FROM range(${ROWS}) AS t(i)
  ) TO '${csv}' (HEADER)`);
}
await connection.run(`CREATE VIEW answers AS SELECT * FROM read_csv('${csv}', columns = {
  'score': 'INTEGER', 'csat': 'INTEGER', 'channel': 'VARCHAR', 'answered_at': 'TIMESTAMPTZ' })`);

const target = { dialect: 'duckdb', from: 'answers', groupBy: ['channel'], period: { column: 'answered_at', unit: 'week', timeZone: 'Europe/Paris' } };
const week = `strftime(timezone('Europe/Paris', answered_at), '%G-W%V')`;

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

/** Median wall time of each async task, interleaved round by round, and the ratio a ÷ b. */
async function compareAsync(title, a, b, rounds, limit) {
  const times = [[], []];
  let results;
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    const first = await a.run();
    times[0].push(performance.now() - started);
    const again = performance.now();
    const second = await b.run();
    times[1].push(performance.now() - again);
    results = [first, second];
  }
  const [ms0, ms1] = times.map(median);
  const ratio = ms0 / ms1;
  const verdict = limit === undefined ? '' : ratio <= limit ? `  meets ≤ ${limit}×` : `  MISSES ≤ ${limit}×`;
  console.log(`${title}\n  ${a.name} ${formatTime(ms0)}   ${b.name} ${formatTime(ms1)}   ratio ${ratio.toFixed(3)}×${verdict}`);
  return results;
}

/** Sorted `channel|week → value` pairs, to check that two ways agree. */
const byKey = (entries) => entries.map(([key, value]) => `${key}=${value.toFixed(9)}`).sort().join('\n');

// NPS
const generatedNps = {
  name: 'generated SQL',
  run: async () =>
    (await sql.querySummaries(sql.npsSummarySql({ ...target, score: 'score' }), run)).map((row) => [
      `${row.groups.channel}|${row.period}`,
      core.npsFromSummary(row.summary),
    ]),
};
const handNps = {
  name: 'hand-written SQL',
  run: async () =>
    (
      await run(`SELECT channel, ${week} AS week,
        count(*) FILTER (WHERE score >= 9) AS promoters, count(*) FILTER (WHERE score <= 6) AS detractors, count(score) AS answered
        FROM answers GROUP BY channel, week`)
    ).map((row) => [`${row.channel}|${row.week}`, (100 * Number(row.promoters - row.detractors)) / Number(row.answered)]),
};
console.log(`NPS by channel and ISO week, ${ROWS / 1e6} M rows of CSV read by DuckDB`);
const [npsGenerated, npsHand] = await compareAsync('  generated vs hand-written (target ≤ 1.1×)', generatedNps, handNps, 5, 1.1);
if (byKey(npsGenerated) !== byKey(npsHand)) throw new Error('NPS: the generated and the hand-written SQL disagree');

// CSAT (top-two box on 1–5), when its builder is there.
if (typeof sql.csatSummarySql === 'function') {
  const generatedCsat = {
    name: 'generated SQL',
    run: async () =>
      (await sql.querySummaries(sql.csatSummarySql({ ...target, score: 'csat' }), run)).map((row) => [
        `${row.groups.channel}|${row.period}`,
        core.csatFromSummary(row.summary),
      ]),
  };
  const handCsat = {
    name: 'hand-written SQL',
    run: async () =>
      (
        await run(`SELECT channel, ${week} AS week, count(*) FILTER (WHERE csat >= 4) AS satisfied, count(csat) AS answered
          FROM answers GROUP BY channel, week`)
      ).map((row) => [`${row.channel}|${row.week}`, (100 * Number(row.satisfied)) / Number(row.answered)]),
  };
  console.log(`CSAT by channel and ISO week, ${ROWS / 1e6} M rows of CSV read by DuckDB`);
  const [csatGenerated, csatHand] = await compareAsync('  generated vs hand-written (target ≤ 1.1×)', generatedCsat, handCsat, 5, 1.1);
  if (byKey(csatGenerated) !== byKey(csatHand)) throw new Error('CSAT: the generated and the hand-written SQL disagree');
}

// Streaming the rows into JavaScript: each chunk grouped by channel and week with groupBy,
// the groups of all chunks merged with groupSummaries.
const streamed = {
  name: 'rows streamed into JavaScript',
  run: async () => {
    const result = await connection.stream('SELECT channel, answered_at, score FROM answers');
    const metric = core.npsMetric();
    const groups = [];
    for await (const rows of result.yieldRowObjectJs()) {
      groups.push(
        ...core.groupBy(rows, {
          key: (row) => `${row.channel}|${core.periodKey(row.answered_at, 'week', { timeZone: 'Europe/Paris' })}`,
          value: (row) => row.score,
          metric,
        }),
      );
    }
    return core.groupSummaries(groups, { metric }).map((group) => [group.key, group.value]);
  },
};
console.log('NPS by channel and ISO week: the rows streamed into JavaScript against the generated SQL');
const [npsStreamed] = await compareAsync('  streamed vs generated (how much pushing down saves)', streamed, generatedNps, 2);
if (byKey(npsStreamed) !== byKey(npsGenerated)) throw new Error('NPS: the streamed rows and the SQL disagree');
connection.closeSync();
