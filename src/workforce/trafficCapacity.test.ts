import { describe, expect, test } from 'vitest';
import { fullRecurrenceErlangB } from '../../test/erlangReference.js';
import { expectMetricError } from '../../test/helpers.js';
import { linesRequired, trafficCapacity } from '../index.js';

describe('trafficCapacity', () => {
  test('published values', () => {
    // Westbay Engineers' calculator manual: 15 lines carry 8.108 Erlangs at 1 % blocking.
    expect(trafficCapacity({ lines: 15, blocking: 0.01 })).toBeCloseTo(8.108, 3);
    // Westbay (T. Howard, "Erlang B table in Excel"): 13.5 Erlangs need 22 circuits at 1 %:
    // 21 circuits carry less than 13.5 Erlangs, 22 at least that.
    expect(trafficCapacity({ lines: 21, blocking: 0.01 })).toBeLessThan(13.5);
    expect(trafficCapacity({ lines: 22, blocking: 0.01 })).toBeGreaterThanOrEqual(13.5);
  });

  test('by hand: one and two lines', () => {
    // B(1, A) = A/(1 + A) = b gives A = b/(1 − b): 1/99 at 1 %.
    expect(trafficCapacity({ lines: 1, blocking: 0.01 })).toBeCloseTo(1 / 99, 15);
    // B(2, A) = (A²/2)/(1 + A + A²/2) = b: (1 − b)A² − 2bA − 2b = 0, A = (b + √(b² + 2b(1 − b)))/(1 − b).
    const b = 0.01;
    expect(trafficCapacity({ lines: 2, blocking: b })).toBeCloseTo((b + Math.sqrt(b * b + 2 * b * (1 - b))) / (1 - b), 14);
  });

  test('the lines block exactly the target there, and just above it they block more', () => {
    for (const lines of [1, 3, 10, 57, 400, 2500]) {
      for (const blocking of [0.2, 0.05, 0.01, 0.001]) {
        const traffic = trafficCapacity({ lines, blocking });
        expect(blocking / fullRecurrenceErlangB(lines, traffic), `${String(lines)} lines at ${String(blocking)}`).toBeCloseTo(1, 11);
        // The round trip: this traffic needs these lines, a little more needs one more.
        expect(linesRequired({ trafficErlangs: traffic, blocking }).lines).toBe(lines);
        expect(linesRequired({ trafficErlangs: traffic * (1 + 1e-9), blocking }).lines).toBe(lines + 1);
      }
    }
  });

  test('100,000 lines, as the issue asks', () => {
    const traffic = trafficCapacity({ lines: 100_000, blocking: 0.01 });
    // A loss system carries at most its lines: A(1 − b) ≤ N, and a large one nearly N.
    expect(traffic * 0.99).toBeLessThanOrEqual(100_000);
    expect(traffic * 0.99).toBeGreaterThan(100_000 - Math.sqrt(100_000));
    expect(linesRequired({ trafficErlangs: traffic, blocking: 0.01 }).lines).toBe(100_000);
  });

  test('bad input', () => {
    for (const lines of [0, 1.5, -3, 2e8]) {
      expectMetricError(() => trafficCapacity({ lines, blocking: 0.01 }), { metric: 'trafficCapacity', code: Number.isInteger(lines) ? 'OUT_OF_RANGE' : 'NOT_INTEGER', field: 'input.lines' });
    }
    for (const blocking of [0, 1]) {
      expectMetricError(() => trafficCapacity({ lines: 5, blocking }), { metric: 'trafficCapacity', code: 'OUT_OF_RANGE', field: 'input.blocking' });
    }
  });
});
