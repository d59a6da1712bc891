import { defineConfig } from 'tsup';

// The CLI is one ESM file. The core library is bundled in from ../src, so the CLI always runs
// the core it was built and tested with; its own dependencies (DuckDB, commander…) stay external.
export default defineConfig({
  entry: { 'service-metrics': 'src/bin.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  outDir: 'dist',
  clean: true,
  sourcemap: true,
  noExternal: ['service-metrics'],
  esbuildOptions(options) {
    options.alias = { 'service-metrics/sql': '../src/sql/index.ts', 'service-metrics': '../src/index.ts' };
  },
});
