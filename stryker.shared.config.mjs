// Mutation testing of the modules that nearly every test reaches (src/internal/checks,
// src/internal/summaries): `npm run mutation:shared`. It runs the tests of vitest.mutation.config.ts
// (the example-based tests, without property, engine, docs and CLI tests), so that a run takes
// about an hour instead of a day; the score is a lower bound of the one the whole suite gives.
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: ['src/internal/checks/**/*.ts', 'src/internal/summaries/**/*.ts', '!src/**/*.test.ts'],
  incrementalFile: 'reports/stryker-incremental-shared.json',
};
