import { fc } from '@fast-check/vitest';

// Property tests run from a fixed seed so that `npm test` gives the same answer on every
// machine; a failure prints its seed and path to replay. Set FC_SEED to explore other cases,
// for example `FC_SEED=$RANDOM npm test`.
const seed = process.env['FC_SEED'];
fc.configureGlobal({ seed: seed === undefined ? 20_261_125 : Number(seed), numRuns: 100 });
