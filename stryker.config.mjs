// Mutation testing: `npm run mutation` (not part of `npm test`: a run over all of src/ takes
// hours on two cores). Runs are incremental: results are kept in reports/ (gitignored) and a
// rerun tests again only the mutants whose code or covering tests changed. Mutate part of the
// library with `npm run mutation -- --mutate src/survey/nps.ts` (globs work too).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.config.ts' },
  mutate: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.prop.test.ts'],
  // Each mutant runs only the tests that reach its code (the tests must not call the library
  // while vitest collects them, or every mutant they reach becomes "static" and runs them all).
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  // Per-test coverage of the modules every test reaches (src/internal/checks, summaries) outgrows the default heap.
  testRunnerNodeArgs: ['--max-old-space-size=12000'],
};
