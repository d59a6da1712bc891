import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { occupancy, shrinkage, utilisation } from '../index.js';

/** Whole seconds: sums are exact, so each result is one correctly rounded ratio. */
const shift = fc
  .tuple(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 1e9 }))
  .map(([handleSeconds, idleSeconds, awaySeconds]) => ({ handleSeconds, idleSeconds, paidSeconds: handleSeconds + idleSeconds + awaySeconds, awaySeconds }))
  .filter((t) => t.paidSeconds > 0);
const fractional = fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e7 });

/** The time record without the generator's `awaySeconds` (a formula's inputs reject unknown keys). */
const time = ({ handleSeconds, idleSeconds, paidSeconds }: { handleSeconds: number; idleSeconds: number; paidSeconds: number }) => ({
  handleSeconds,
  idleSeconds,
  paidSeconds,
});

describe('utilisation properties', () => {
  test.prop([shift])('stays in 0–100; handling utilisation never exceeds logged-in utilisation', (t) => {
    const loggedIn = utilisation(time(t));
    const handling = utilisation(time(t), { numerator: 'handling' });
    for (const value of [loggedIn, handling]) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(100);
    }
    expect(handling).toBeLessThanOrEqual(loggedIn);
  });

  test.prop([shift])('logged-in utilisation is 100 − shrinkage over the rest of paid time', (t) => {
    expect(utilisation(time(t))).toBeCloseTo(100 - shrinkage({ paidSeconds: t.paidSeconds, shrinkageSeconds: t.awaySeconds }), 9);
  });

  test.prop([shift])('handling utilisation is occupancy × logged-in utilisation / 100', (t) => {
    fc.pre(t.handleSeconds + t.idleSeconds > 0);
    expect(utilisation(time(t), { numerator: 'handling' })).toBeCloseTo((occupancy({ handleSeconds: t.handleSeconds, idleSeconds: t.idleSeconds }) * utilisation(time(t))) / 100, 9);
  });

  test.prop([shift, fc.integer({ min: 1, max: 1e6 })])('more paid time never raises it; moving away time to handling never lowers it', (t, more) => {
    expect(utilisation({ ...time(t), paidSeconds: t.paidSeconds + more })).toBeLessThanOrEqual(utilisation(time(t)));
    const moved = Math.min(more, t.awaySeconds);
    const busier = { ...time(t), handleSeconds: t.handleSeconds + moved };
    expect(utilisation(busier)).toBeGreaterThanOrEqual(utilisation(time(t)));
    expect(utilisation(busier, { numerator: 'handling' })).toBeGreaterThanOrEqual(utilisation(time(t), { numerator: 'handling' }));
  });

  test.prop([fractional, fractional, fractional])('stays in 0–100 for fractional seconds, and is 100 when nothing is left over', (handle, idle, away) => {
    const paidSeconds = handle + idle + away;
    fc.pre(paidSeconds > 0);
    const value = utilisation({ handleSeconds: handle, idleSeconds: idle, paidSeconds });
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThanOrEqual(100);
    // handle + idle + 0 summed in doubles may round above or below the paid total; either way
    // it is rounding, never a contradiction.
    const loggedIn = handle + idle;
    fc.pre(loggedIn > 0);
    expect(utilisation({ handleSeconds: handle, idleSeconds: idle, paidSeconds: loggedIn })).toBe(100);
  });
});
