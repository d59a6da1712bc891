// Smoke test of the built package as a user gets it: pack the tarball, install it into a
// throw-away consumer, and use it from `import`, from `require`, and from TypeScript (ESM and
// CJS resolution). Prints `smoke: N passed, N failed`. Run after `npm run build`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const consumer = mkdtempSync(join(tmpdir(), 'service-metrics-smoke-'));
let passed = 0;
let failed = 0;

function check(name, command, args) {
  const result = spawnSync(command, args, { cwd: consumer, encoding: 'utf8' });
  if (result.status === 0) {
    passed++;
    console.log(`smoke ok: ${name}`);
  } else {
    failed++;
    console.log(`smoke FAILED: ${name}\n${result.stdout}${result.stderr}`);
  }
}

try {
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', consumer], { cwd: root, encoding: 'utf8' }),
  );
  const tarball = join(consumer, packed[0].filename);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', tarball], { cwd: consumer, stdio: 'pipe' });

  const use = (load) => `
${load}
const assert = (ok, what) => { if (!ok) { console.error('wrong: ' + what); process.exit(1); } };
assert(nps([10, 9, 8, 3]) === 25, 'nps([10, 9, 8, 3]) is 25');
try { nps([11]); assert(false, 'nps([11]) throws'); }
catch (error) { assert(error instanceof MetricInputError && error.code === 'OUT_OF_RANGE', 'a MetricInputError'); }
`;
  writeFileSync(join(consumer, 'esm.mjs'), use("import { nps, MetricInputError } from 'service-metrics';"));
  writeFileSync(join(consumer, 'cjs.cjs'), use("const { nps, MetricInputError } = require('service-metrics');"));
  const typed = `
import { nps, npsSummary, MetricInputError, type NpsSummary } from 'service-metrics';
const summary: NpsSummary = npsSummary([{ score: 9 }], (row) => row.score);
const score: number = nps([10, 9, null]);
const error: MetricInputError | undefined = undefined;
// @ts-expect-error a score is a number, not a string
nps(['10']);
export { summary, score, error };
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

  check('import from ESM', process.execPath, ['esm.mjs']);
  check('require from CommonJS', process.execPath, ['cjs.cjs']);
  check('TypeScript types from ESM and CommonJS', process.execPath, [
    join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
    '-p',
    'tsconfig.json',
  ]);
} catch (error) {
  failed++;
  console.log(`smoke FAILED: packing or installing the package\n${String(error)}`);
} finally {
  rmSync(consumer, { recursive: true, force: true });
}
console.log(`smoke: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
