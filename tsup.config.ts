import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
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
});
