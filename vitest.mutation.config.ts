import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// The tests `npm run mutation:shared` runs against mutants of the modules that nearly every test
// reaches (src/internal/checks, src/internal/summaries): the example-based tests of src/ and the
// input tests of test/ (every test/*.test.ts but those excluded below), without the property
// tests, the SQL engines, the docs and the CLI. With the whole suite each such mutant costs a
// full run (Stryker estimated 25 hours on two cores); with these it costs seconds. A mutant these
// tests miss may still be caught by the rest, so the score measured this way is a lower bound.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['src/**/*.test.ts', 'test/*.test.ts'],
    exclude: [
      '**/*.prop.test.ts',
      'src/sql/**',
      'src/internal/sql/**',
      // Every doc example, and the checks of names, layers and links: not input tests.
      'test/docExamples.test.ts',
      'test/grammar.test.ts',
      'test/layers.test.ts',
      'test/links.test.ts',
      '**/node_modules/**',
    ],
    globalSetup: [],
  },
});
