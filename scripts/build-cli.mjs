// Builds the CLI workspace package (cli/) into cli/dist/service-metrics.js with tsup.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const result = spawnSync(`${root}node_modules/.bin/tsup`, ['--silent'], { cwd: `${root}cli`, stdio: 'inherit' });
process.exit(result.status ?? 1);
