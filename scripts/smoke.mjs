// Smoke test of the built package as a user gets it: pack the tarball, install it into a
// throw-away consumer, and use it from Node (`import` and `require`), from TypeScript (ESM and
// CJS resolution), from Deno and Bun (the pinned npm packages `deno` and `bun`), and from a real
// browser (Debian's chromium, headless, driven by puppeteer-core, loading the ESM build from a
// local HTTP server on 127.0.0.1: no network). Prints `smoke: N passed, N failed`. Run after
// `npm run build`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const consumer = mkdtempSync(join(tmpdir(), 'service-metrics-smoke-'));
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let passed = 0;
let failed = 0;

function report(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(ok ? `smoke ok: ${name}` : `smoke FAILED: ${name}\n${detail}`);
}

function check(name, command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: consumer, encoding: 'utf8', env: { ...process.env, ...env } });
  report(name, result.status === 0, `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`);
}

// The same checks in every runtime, as the source of a function of the library's exports that
// returns what went wrong. Known values:
// - nps([10, 9, 8, 3]): 2 promoters, 1 detractor of 4 answers: (2 − 1) / 4 = 25.
// - agentsRequired: Call Centre Helper's worked example (100 calls in 30 min, AHT 180 s, 80 % in
//   20 s, occupancy at most 85 %, 30 % shrinkage) needs 14 agents, 14 / 0.7 = 20 scheduled.
// - nps([11]): 11 is off the 0–10 scale, a MetricInputError with code OUT_OF_RANGE.
// - service-metrics/sql: counts of 5 promoters, 3 passives and 2 detractors read back from rows
//   as DuckDB sends them (bigints) give NPS (5 − 2) / 10 = 30; a bad dialect throws the
//   MetricInputError of the main entry (one class, shared by both entries in ESM and CJS).
const checks = `({ nps, npsFromSummary, agentsRequired, MetricInputError, npsSummarySql, readSummaries }) => {
  const wrong = [];
  const query = npsSummarySql({ dialect: 'duckdb', from: 'responses', score: 'score' });
  const rows = [{ s_promoters: 5n, s_passives: 3n, s_detractors: 2n, s_answered: 10n, s_rows: 10n }];
  if (npsFromSummary(readSummaries(query, rows)[0].summary) !== 30) wrong.push('service-metrics/sql: NPS 30 from read rows');
  try {
    npsSummarySql({ dialect: 'oracle', from: 'responses', score: 'score' });
    wrong.push('npsSummarySql with an unknown dialect throws');
  } catch (error) {
    if (!(error instanceof MetricInputError)) wrong.push('service-metrics/sql throws the MetricInputError of service-metrics');
  }
  if (nps([10, 9, 8, 3]) !== 25) wrong.push('nps([10, 9, 8, 3]) is 25');
  const plan = agentsRequired(
    { contacts: 100, intervalSeconds: 1800, averageHandleSeconds: 180 },
    { serviceLevel: 80, thresholdSeconds: 20, maxOccupancy: 85, shrinkage: 0.3 },
  );
  if (plan.agents !== 14 || plan.scheduledHeadcount !== 20) wrong.push('agentsRequired: 14 agents, 20 scheduled');
  try {
    nps([11]);
    wrong.push('nps([11]) throws');
  } catch (error) {
    if (!(error instanceof MetricInputError)) wrong.push('nps([11]) throws a MetricInputError');
    else if (error.code !== 'OUT_OF_RANGE') wrong.push('nps([11]) throws OUT_OF_RANGE');
  }
  return wrong;
}`;
const names = 'nps, npsFromSummary, agentsRequired, MetricInputError';
const sqlNames = 'npsSummarySql, readSummaries';
const runChecks = `const wrong = (${checks})({ ${names}, ${sqlNames} });
if (wrong.length > 0) throw new Error('wrong: ' + wrong.join('; '));
console.log('ok');
`;

/** Loads the ESM build in headless chromium from a local server; returns what went wrong. */
async function inBrowser() {
  if (!existsSync(chromium)) return [`no browser at ${chromium} (install Debian's chromium: apt-get install -y chromium)`];
  const { default: puppeteer } = await import('puppeteer-core');
  const dist = join(consumer, 'node_modules', 'service-metrics', 'dist');
  const page = `<!doctype html><meta charset="utf-8"><title>smoke</title>
<script type="importmap">{ "imports": { "service-metrics": "/service-metrics/index.js", "service-metrics/sql": "/service-metrics/sql.js" } }</script>
<script type="module">
import { ${names} } from 'service-metrics';
import { ${sqlNames} } from 'service-metrics/sql';
window.smokeResult = (${checks})({ ${names}, ${sqlNames} });
</script>`;
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html' }).end(page);
    } else if (/^\/service-metrics\/[\w.-]+$/.test(path) && existsSync(join(dist, path.slice('/service-metrics/'.length)))) {
      const type = path.endsWith('.js') ? 'text/javascript' : 'application/json';
      response.writeHead(200, { 'content-type': type }).end(readFileSync(join(dist, path.slice('/service-metrics/'.length))));
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    // Root (as in CI containers) cannot use chromium's sandbox.
    args: ['--headless=new', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
  try {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(String(error)));
    // Nothing leaves the machine: any request to another origin is refused.
    await tab.setRequestInterception(true);
    tab.on('request', (request) => (request.url().startsWith(origin) ? request.continue() : request.abort()));
    await tab.goto(`${origin}/`, { waitUntil: 'load' });
    await tab.waitForFunction(() => 'smokeResult' in globalThis, { timeout: 10_000 }).catch(() => undefined);
    const result = await tab.evaluate(() => globalThis.smokeResult);
    return Array.isArray(result) ? [...result, ...errors] : ['the page did not report', ...errors];
  } finally {
    await browser.close();
    server.close();
  }
}

try {
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', consumer], { cwd: root, encoding: 'utf8' }),
  );
  const tarball = join(consumer, packed[0].filename);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', tarball], { cwd: consumer, stdio: 'pipe' });

  writeFileSync(join(consumer, 'esm.mjs'), `import { ${names} } from 'service-metrics';\nimport { ${sqlNames} } from 'service-metrics/sql';\n${runChecks}`);
  writeFileSync(join(consumer, 'cjs.cjs'), `const { ${names} } = require('service-metrics');\nconst { ${sqlNames} } = require('service-metrics/sql');\n${runChecks}`);
  const typed = `
import { nps, npsSummary, MetricInputError, type NpsSummary } from 'service-metrics';
import { npsSummarySql, type SummaryQuery } from 'service-metrics/sql';
const summary: NpsSummary = npsSummary([{ score: 9 }], (row) => row.score);
const query: SummaryQuery<NpsSummary> = npsSummarySql({ dialect: 'postgres', from: 'responses', score: 'score' });
const score: number = nps([10, 9, null]);
const error: MetricInputError | undefined = undefined;
// @ts-expect-error a score is a number, not a string
nps(['10']);
export { summary, score, error, query };
`;
  writeFileSync(join(consumer, 'esm.mts'), typed);
  writeFileSync(join(consumer, 'cjs.cts'), typed);
  writeFileSync(
    join(consumer, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true, types: [] },
      files: ['esm.mts', 'cjs.cts'],
    }),
  );

  check('Node: import from ESM', process.execPath, ['esm.mjs']);
  check('Node: require from CommonJS', process.execPath, ['cjs.cjs']);
  check('TypeScript types from ESM and CommonJS', process.execPath, [
    join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
    '-p',
    'tsconfig.json',
  ]);
  // "Go to definition" and stack traces land in TypeScript source: every map's sources are shipped.
  const installed = join(consumer, 'node_modules', 'service-metrics');
  const maps = ['index.js.map', 'index.cjs.map', 'sql.js.map', 'sql.cjs.map'].map((file) => join(installed, 'dist', file));
  maps.push(...['esm', 'cjs'].flatMap((format) =>
    readdirSync(join(installed, 'dist', 'types', format), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.d.ts.map'))
      .map((file) => join(installed, 'dist', 'types', format, file)),
  ));
  const unresolved = maps.flatMap((map) =>
    JSON.parse(readFileSync(map, 'utf8')).sources.map((source) => resolve(dirname(map), source)).filter((source) => !existsSync(source)),
  );
  report('source and declaration maps lead to the shipped sources', maps.length > 4 && unresolved.length === 0, `${maps.length} maps; missing: ${unresolved.slice(0, 5).join(', ')}`);
  // Deno resolves `service-metrics` from the consumer's package.json and node_modules; no
  // network, and its cache stays in the throw-away directory.
  check('Deno: import', join(root, 'node_modules', 'deno', 'deno'), ['run', '--no-remote', '--allow-read', '--allow-env', 'esm.mjs'], {
    DENO_DIR: join(consumer, '.deno'),
    DENO_NO_UPDATE_CHECK: '1',
  });
  check('Bun: import', join(root, 'node_modules', 'bun', 'bin', 'bun.exe'), ['--no-install', 'run', 'esm.mjs']);
  try {
    const wrong = await inBrowser();
    report('browser (headless chromium): import', wrong.length === 0, wrong.join('\n'));
  } catch (error) {
    report('browser (headless chromium): import', false, String(error));
  }
} catch (error) {
  failed++;
  console.log(`smoke FAILED: packing or installing the package\n${String(error)}`);
} finally {
  rmSync(consumer, { recursive: true, force: true });
}
console.log(`smoke: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
