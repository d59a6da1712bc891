import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// The tests `npm run mutation:shared` runs against mutants of the modules that nearly every test
// reaches (src/internal/checks, src/internal/summaries): the example-based tests of src/ and the
// input tests of test/, without the property tests, the SQL engines, the docs and the CLI. With
// the whole suite each such mutant costs a full run (Stryker estimated 25 hours on two cores);
// with these it costs seconds. A mutant these tests miss may still be caught by the rest, so
// the score measured this way is a lower bound.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [
      'src/**/*.test.ts',
      'test/badInput.test.ts',
      'test/pipelineInputs.test.ts',
      'test/strictAmounts.test.ts',
      'test/abandonedWithoutWait.test.ts',
      'test/summaries.contract.test.ts',
      'test/fromSummaryShape.test.ts',
    ],
    exclude: ['**/*.prop.test.ts', 'src/sql/**', 'src/internal/sql/**', '**/node_modules/**'],
    globalSetup: [],
  },
});
