import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', sql: 'src/sql/index.ts' },
  format: ['esm', 'cjs'],
  target: 'es2022',
  // Type declarations (with declaration maps) come from tsc: see scripts/build.mjs.
  dts: false,
  sourcemap: true,
  // The maps point at src/, which the package ships: no second copy of the sources inside them.
  esbuildOptions(options) {
    options.sourcesContent = false;
  },
  clean: true,
  treeshake: true,
  // One copy of the shared modules for both entries, in CJS too: an error thrown by
  // service-metrics/sql is `instanceof` the MetricInputError of service-metrics.
  splitting: true,
});
