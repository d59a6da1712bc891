import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The CLI's tests (cli/src) import the core by its package name, from source.
  resolve: {
    alias: [
      { find: /^service-metrics\/sql$/, replacement: fileURLToPath(new URL('src/sql/index.ts', import.meta.url)) },
      { find: /^service-metrics$/, replacement: fileURLToPath(new URL('src/index.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'cli/src/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    // A throwaway PostgreSQL server for the SQL tests (test/engines/postgresServer.ts).
    globalSetup: ['test/engines/globalSetup.ts'],
    // The library is pure functions, so test files can share one module graph per worker:
    // loading fast-check and the library once per worker instead of once per file makes the
    // suite several times faster on two cores.
    pool: 'threads',
    isolate: false,
    testTimeout: 60_000,
  },
});
