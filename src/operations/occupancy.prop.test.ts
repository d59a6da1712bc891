import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { occupancy } from '../index.js';

const seconds = fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e7 });
/** Whole seconds: sums are exact, so each result is one correctly rounded ratio. */
const wholeSeconds = fc.integer({ min: 0, max: 1e9 });

describe('occupancy properties', () => {
  test.prop([seconds, seconds])('stays in 0–100 and agrees with handle / (handle + idle)', (handleSeconds, idleSeconds) => {
    fc.pre(handleSeconds + idleSeconds > 0);
    const result = occupancy({ handleSeconds, idleSeconds });
    expect(result).toBeGreaterThanOrEqual(0);
    expect(result).toBeLessThanOrEqual(100);
    // A different order of operations: 100 / (1 + idle / handle), or 0 without handle time.
    const independent = handleSeconds === 0 ? 0 : 100 / (1 + idleSeconds / handleSeconds);
    expect(result).toBeCloseTo(independent, 10);
  });

  test.prop([fc.double({ noNaN: true, noDefaultInfinity: true, min: 0 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: 0 })])(
    'stays in 0–100 over the whole range of numbers',
    (handleSeconds, idleSeconds) => {
      fc.pre(handleSeconds + idleSeconds > 0);
      const result = occupancy({ handleSeconds, idleSeconds });
      expect(Number.isFinite(result)).toBe(true);
      expect(result).toBeGreaterThanOrEqual(0);
      expect(result).toBeLessThanOrEqual(100);
    },
  );

  test.prop([wholeSeconds, wholeSeconds, fc.integer({ min: 1, max: 1e6 })])(
    'more handle time never lowers it; more idle time never raises it',
    (handleSeconds, idleSeconds, more) => {
      fc.pre(handleSeconds + idleSeconds > 0);
      const base = occupancy({ handleSeconds, idleSeconds });
      expect(occupancy({ handleSeconds: handleSeconds + more, idleSeconds })).toBeGreaterThanOrEqual(base);
      expect(occupancy({ handleSeconds, idleSeconds: idleSeconds + more })).toBeLessThanOrEqual(base);
    },
  );

  test.prop([seconds, seconds])('handle and idle swapped give the complement', (handleSeconds, idleSeconds) => {
    fc.pre(handleSeconds + idleSeconds > 0);
    expect(occupancy({ handleSeconds, idleSeconds }) + occupancy({ handleSeconds: idleSeconds, idleSeconds: handleSeconds })).toBeCloseTo(100, 10);
  });

  test.prop([seconds, seconds, fc.integer({ min: -20, max: 20 })])(
    'does not depend on the unit: scaling both times by a power of two changes nothing',
    (handleSeconds, idleSeconds, power) => {
      // Away from subnormals, where scaling down loses bits.
      const normal = (x: number): boolean => x === 0 || x > 1e-280;
      fc.pre(handleSeconds + idleSeconds > 0 && normal(handleSeconds) && normal(idleSeconds));
      const scale = 2 ** power;
      expect(occupancy({ handleSeconds: handleSeconds * scale, idleSeconds: idleSeconds * scale })).toBe(
        occupancy({ handleSeconds, idleSeconds }),
      );
    },
  );
});
