import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
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
