// `npm test`: every check the project has, in order, then one line `N passed, N failed`.
// Each vitest test counts as one; every other check (type-check, lint, build, package lint,
// types resolution, size budget, docs, each smoke-test consumer, each check of the docs site and
// its calculators in the browser) counts as one more.
// Exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;
let passed = 0;
let failed = 0;
const failures = [];

function step(name, command, args) {
  const started = performance.now();
  console.log(`\n── ${name}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status === 0) {
    passed++;
    console.log(`── ${name}: ok (${seconds} s)`);
    return true;
  }
  failed++;
  failures.push(name);
  console.log(`── ${name}: FAILED (${seconds} s)`);
  return false;
}

rmSync('.tmp', { recursive: true, force: true });
mkdirSync('.tmp');

step('type-check (library, no Node or DOM types)', bin('tsc'), ['-p', 'tsconfig.json']);
step('type-check (tests, scripts and type tests)', bin('tsc'), ['-p', 'tsconfig.test.json']);
step('type-check (CLI, with Node types)', bin('tsc'), ['-p', 'cli/tsconfig.json']);
step('type-check (docs site calculators, DOM and no Node types)', bin('tsc'), ['-p', 'docs/site/tsconfig.json']);
step('lint', bin('eslint'), ['.']);

// Vitest: unit, property, type and doc-example tests, counted one by one.
console.log('\n── unit, property and doc-example tests: vitest run');
const vitest = spawnSync(
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', '--outputFile.json=.tmp/vitest.json'],
  { stdio: 'inherit' },
);
try {
  const report = JSON.parse(readFileSync('.tmp/vitest.json', 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (report.numFailedTests > 0) failures.push(`${report.numFailedTests} vitest test(s)`);
  // A file that fails to load has no tests to count: count it as a failure.
  const brokenFiles = report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0);
  failed += brokenFiles.length;
  for (const file of brokenFiles) failures.push(`test file that did not load: ${file.name}`);
  if (vitest.status !== 0 && report.numFailedTests === 0 && brokenFiles.length === 0) {
    failed++;
    failures.push('vitest exited with an error');
  }
} catch {
  failed++;
  failures.push('vitest did not report (see its output above)');
}

if (step('build (bundles and declarations with maps)', process.execPath, ['scripts/build.mjs'])) {
  step('package lint (publint)', bin('publint'), ['--strict']);
  step('types resolution (attw --pack)', bin('attw'), ['--pack', '.']);
  step('size budget (size-limit)', bin('size-limit'), []);
  const smoke = spawnSync(process.execPath, ['scripts/smoke.mjs'], { stdio: ['inherit', 'pipe', 'inherit'] });
  const output = smoke.stdout.toString();
  process.stdout.write(output);
  const counts = /^smoke: (\d+) passed, (\d+) failed$/m.exec(output);
  if (counts && smoke.status !== null) {
    passed += Number(counts[1]);
    failed += Number(counts[2]);
    if (Number(counts[2]) > 0) failures.push('smoke test of the packed package');
  } else {
    failed++;
    failures.push('smoke test did not run');
  }
} else {
  failed += 4;
  failures.push('publint, attw, size-limit and smoke test (not run: the build failed)');
}
if (step('build (CLI: cli/dist/service-metrics.js)', process.execPath, ['scripts/build-cli.mjs'])) {
  step('CLI on the bundled sample (scripts/cli-smoke.mjs)', process.execPath, ['scripts/cli-smoke.mjs']);
  step('CLI package lint (publint)', bin('publint'), ['--strict', 'cli']);
} else {
  failed += 2;
  failures.push('CLI smoke test and package lint (not run: the CLI build failed)');
}
/** Runs a browser check of the built site; it prints its own `<name>: N passed, N failed`. */
function browserCheck(script, name, what) {
  const child = spawnSync(process.execPath, [script, '.tmp/docs-site'], { stdio: ['inherit', 'pipe', 'inherit'] });
  const output = child.stdout.toString();
  process.stdout.write(output);
  const counts = new RegExp(`^${name}: (\\d+) passed, (\\d+) failed$`, 'm').exec(output);
  if (counts && child.status !== null) {
    passed += Number(counts[1]);
    failed += Number(counts[2]);
    if (Number(counts[2]) > 0) failures.push(`${what} (${script})`);
  } else {
    failed++;
    failures.push(`${what}: ${script} did not run`);
  }
}
// The docs step also bundles the calculators into the site (docs/site/calculators-plugin.mjs).
if (step('docs (typedoc: every export documented, no warnings)', bin('typedoc'), ['--out', '.tmp/docs-site'])) {
  // The site in headless chromium: sidebar, formulas, search, layout at 1280 px.
  browserCheck('scripts/site-check.mjs', 'site', 'documentation site in the browser');
  // The calculators against the library built above.
  browserCheck('scripts/calculators-check.mjs', 'calculators', 'calculators of the docs site');
} else {
  failed += 2;
  failures.push('documentation site and calculators in the browser (not run: the docs build failed)');
}

console.log('');
if (failures.length > 0) console.log(`Failed: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
