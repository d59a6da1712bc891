// `npm run bench`: runs every bench/*.bench.mjs in turn against the freshly built package.
// Each prints the project's time, a baseline's time measured in the same run, and their ratio.
import { readdirSync } from 'node:fs';

const only = process.argv[2];
const files = readdirSync(import.meta.dirname)
  .filter((name) => name.endsWith('.bench.mjs') && (only === undefined || name.includes(only)))
  .sort();
for (const file of files) {
  console.log(`\n# ${file}`);
  await import(new URL(file, import.meta.url).href);
}
