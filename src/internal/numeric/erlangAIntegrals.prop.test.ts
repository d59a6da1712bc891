import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { erlangAChain } from './erlangA.js';
import { erlangAIntegrals } from './erlangAIntegrals.js';

const logUniform = (min: number, max: number) =>
  fc.double({ noNaN: true, min: Math.log(min), max: Math.log(max) }).map((x) => Math.exp(x));

describe('erlangAIntegrals properties', () => {
  test.prop([logUniform(0.01, 3000), fc.double({ noNaN: true, min: -4, max: 6 }), logUniform(0.01, 50), fc.double({ noNaN: true, min: 0, max: 3 })])(
    'equal the chain summed state by state',
    (traffic, spread, r, tau) => {
      const agents = Math.max(1, Math.round(traffic + spread * Math.sqrt(traffic)));
      const chain = erlangAChain(agents, traffic, r, tau);
      const integrals = erlangAIntegrals(agents, traffic, r, tau);
      for (const key of ['probabilityOfWaiting', 'probabilityOfAbandoning', 'probabilityOfAnswer', 'occupancy', 'averageSpeedOfAnswer', 'averageWait'] as const) {
        const tolerance = chain[key] < 1e-100 ? 1e-11 : 1e-12;
        expect(Math.abs(integrals[key] - chain[key])).toBeLessThanOrEqual(tolerance * chain[key]);
      }
      expect(Math.abs(integrals.serviceLevel - chain.serviceLevel)).toBeLessThanOrEqual(1e-11);
    },
  );
});
