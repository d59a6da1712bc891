// `npm run build`: the bundles with tsup (ESM and CJS, with source maps), then the type
// declarations with tsc, one file per module with a declaration map beside each, so that "Go to
// definition" in an editor lands in the TypeScript source (shipped in the package's src/, tests
// left out). The declarations are written twice: dist/types/esm for `import`, and
// dist/types/cjs for `require`, marked CommonJS by its own package.json, so that each
// condition's types have the module format of its code (as publint and attw check).
import { spawnSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;
function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(bin('tsup'), ['--silent']);
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
// Same depth as dist/types/esm, so the maps' relative paths to ../../../src still hold.
cpSync('dist/types/esm', 'dist/types/cjs', { recursive: true });
writeFileSync('dist/types/cjs/package.json', `${JSON.stringify({ type: 'commonjs' })}\n`);
