// The documentation site's one module: both entry points of the package, `service-metrics` and
// `service-metrics/sql` (its exports are in the "SQL" category), so that links between them resolve.
export * from '../src/index.js';
export * from '../src/sql/index.js';
