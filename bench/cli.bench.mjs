// The CLI end to end: `service-metrics nps FILE --score npsScore --by channel --period week
// --time submittedAt --format json` as a child process, against the same NPS by channel and ISO
// week written by hand in SQL and run by DuckDB in this process (a fresh :memory: instance each
// time), on the same CSV, interleaved round by round. Targets: the CLI within 1.3× of the
// hand-written SQL, and the CLI's peak memory (the child's maximum resident set) under 500 MB.
// Both must give the same counts in every group, or the bench throws.
//
// The CSV (10 million rows, about 390 MB; BENCH_CLI_ROWS sets another count for a quick run) is
// written once into .tmp/bench/ by DuckDB, deterministically from the row number, and reused.
// BENCH_CLI_RUNS sets the rounds (default 3; the median is reported). Needs the built CLI:
// `npm run bench` builds it (scripts/build-cli.mjs). The CLI's time includes its start (node,
// DuckDB, the bundle: about 0.2 s; vega, for reports, loads only when a command draws one); the
// hand-written SQL runs in this process and has none.
//
// Measured 2026-12 on 2 cores (hand-written SQL 2.3 s; peak memory 220–290 MB throughout):
// - 6.9 s, 2.96×, before values.ts read cells as they stand: each ISO time was trimmed (copied)
//   four times inside its CASE, 3.2 s of the query.
// - 3.7–3.8 s, 1.59–1.61×, after that fix: the period key, strftime(timezone($zone, t), '%G-W%V'),
//   went through ICU even for UTC (0.9 s of CPU per 10 M rows).
// - 2.8 s, 1.18–1.24×, since the core's SQL reads UTC wall time as make_timestamp(epoch_us(t))
//   and the CLI loads vega lazily. Counting scores with BETWEEN instead of IN lists of doubles
//   would save about 0.2 s more.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const positive = (name, fallback) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`cli.bench: ${name} must be a positive integer, got ${process.env[name]}`);
  return value;
};
const ROWS = positive('BENCH_CLI_ROWS', 10_000_000);
const RUNS = positive('BENCH_CLI_RUNS', 3);
const RATIO_TARGET = 1.3;
const MEMORY_TARGET_MB = 500;

const cli = new URL('../cli/dist/service-metrics.js', import.meta.url).pathname;
if (!existsSync(cli)) throw new Error(`cli.bench: no ${cli}; build the CLI first (node scripts/build-cli.mjs, which npm run bench does)`);
const folder = new URL('../.tmp/bench/', import.meta.url).pathname;
const csv = `${folder}responses-${ROWS}.csv`;
mkdirSync(folder, { recursive: true });

if (!existsSync(csv)) {
  console.log(`writing ${csv} (once)…`);
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  // Deterministic from the row number: five channels, a time in 2026 (UTC, with Z), a score
  // 0–10, and one answer in twenty left empty. Written under another name, then renamed, so an
  // interrupted run leaves no half file to be reused.
  const partial = `${csv}.partial`;
  await connection.run(`COPY (
    SELECT 'r' || lpad(CAST(i AS VARCHAR), 9, '0') AS responseId,
           strftime(TIMESTAMP '2026-01-01 00:00:00' + to_seconds(CAST(hash(i, 1) % 31536000 AS BIGINT)), '%Y-%m-%dT%H:%M:%SZ') AS submittedAt,
           ['phone', 'chat', 'email', 'web', 'social'][CAST(hash(i, 2) % 5 AS INTEGER) + 1] AS channel,
           CASE WHEN hash(i, 3) % 20 = 0 THEN NULL ELSE CAST(hash(i, 4) % 11 AS INTEGER) END AS npsScore
    FROM range(${ROWS}) AS t(i)
  ) TO '${partial}' (HEADER)`);
  connection.closeSync();
  instance.closeSync();
  renameSync(partial, csv);
}

/** The SQL a BI engineer would write: DuckDB reads the CSV with its own type detection. */
const HAND_WRITTEN = `SELECT channel, strftime(timezone('UTC', submittedAt), '%G-W%V') AS week,
    count(*) FILTER (WHERE npsScore >= 9) AS promoters,
    count(*) FILTER (WHERE npsScore BETWEEN 7 AND 8) AS passives,
    count(*) FILTER (WHERE npsScore <= 6) AS detractors,
    count(*) - count(npsScore) AS unanswered,
    100.0 * (promoters - detractors) / count(npsScore) AS nps
  FROM read_csv('${csv}')
  GROUP BY channel, week`;

/** The hand-written SQL in a fresh in-memory DuckDB: `channel|week → counts` per group. */
async function handWritten() {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const rows = (await connection.runAndReadAll(HAND_WRITTEN)).getRowObjectsJS();
    return rows.map((row) => [`${row.channel}|${row.week}`, [row.promoters, row.passives, row.detractors, row.unanswered].map(Number)]);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

// The child's peak memory: GNU time's maximum resident set size where /usr/bin/time exists,
// otherwise the child's own VmHWM from /proc, written on exit by a preloaded hook. DuckDB runs
// inside the node process, so either way its memory is counted.
const GNU_TIME = '/usr/bin/time';
const useTime = existsSync(GNU_TIME);
const hook = `data:text/javascript,${encodeURIComponent(
  `import { readFileSync, writeFileSync } from 'node:fs'; process.on('exit', () => { const kb = /VmHWM:\\s*(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]; writeFileSync(process.env.BENCH_PEAK_FILE, kb); });`,
)}`;
const scratch = mkdtempSync(join(tmpdir(), 'cli-bench-'));
const peakFile = join(scratch, 'peak-kb');
const memoryMethod = useTime ? `maximum resident set size from ${GNU_TIME}` : 'VmHWM from /proc';

/** The CLI as a child process: its groups' counts, wall seconds and peak resident memory (MB). */
function viaCli() {
  const args = [cli, 'nps', csv, '--score', 'npsScore', '--by', 'channel', '--period', 'week', '--time', 'submittedAt', '--format', 'json'];
  const [command, argv] = useTime ? [GNU_TIME, ['-f', '%M', '-o', peakFile, process.execPath, ...args]] : [process.execPath, ['--import', hook, ...args]];
  rmSync(peakFile, { force: true });
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, argv, { env: { ...process.env, BENCH_PEAK_FILE: peakFile }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`cli.bench: the CLI exited with ${code}:\n${Buffer.concat(err).toString()}`));
      const result = JSON.parse(Buffer.concat(out).toString());
      const groups = result.groups.map((group) => {
        const { promoters, passives, detractors, unanswered } = group.summary;
        return [`${group.key.channel}|${group.period}`, [promoters, passives, detractors, unanswered]];
      });
      const peakMb = (Number(readFileSync(peakFile, 'utf8').trim()) * 1024) / 1e6;
      resolve({ groups, seconds, peakMb });
    });
  });
}

/** Sorted `channel|week=promoters,passives,detractors,unanswered` lines, to check that both agree. */
const byKey = (groups) => groups.map(([key, counts]) => `${key}=${counts.join(',')}`).sort().join('\n');
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

console.log(`NPS by channel and ISO week, ${ROWS.toLocaleString('en')} rows of CSV, median of ${RUNS}: the CLI (a child process) against hand-written SQL in DuckDB (in process)`);
await handWritten(); // warms the file into the page cache for both
const baselineSeconds = [];
const cliSeconds = [];
const peaks = [];
for (let round = 0; round < RUNS; round++) {
  const started = performance.now();
  const hand = await handWritten();
  baselineSeconds.push((performance.now() - started) / 1000);
  const run = await viaCli();
  cliSeconds.push(run.seconds);
  peaks.push(run.peakMb);
  if (byKey(run.groups) !== byKey(hand)) {
    throw new Error(`cli.bench: the CLI and the hand-written SQL disagree (${run.groups.length} and ${hand.length} groups)`);
  }
}
rmSync(scratch, { recursive: true, force: true });

const baseline = median(baselineSeconds);
const project = median(cliSeconds);
const ratio = project / baseline;
const peak = Math.max(...peaks);
const verdict = (met, target) => (met ? `meets ${target}` : `MISSES ${target}`);
console.log(`  CLI ${project.toFixed(2)} s   hand-written SQL ${baseline.toFixed(2)} s   ratio ${ratio.toFixed(3)}×  ${verdict(ratio <= RATIO_TARGET, `≤ ${RATIO_TARGET}×`)}`);
console.log(`  CLI peak memory ${peak.toFixed(0)} MB (the largest of ${RUNS}; ${memoryMethod}; 1 MB = 10⁶ bytes)  ${verdict(peak < MEMORY_TARGET_MB, `< ${MEMORY_TARGET_MB} MB`)}`);
console.log('  same counts in every group: yes');
