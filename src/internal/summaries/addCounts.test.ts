import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../../test/helpers.js';
import { addCounts } from './addCounts.js';

describe('addCounts', () => {
  test('adds counts whose total is at most 2⁵³ − 1, exactly', () => {
    expect(addCounts('m', 'b.n', 2, 3)).toBe(5);
    // 2⁵³ − 1 = 9 007 199 254 740 991 = 4 503 599 627 370 495 + 4 503 599 627 370 496.
    expect(addCounts('m', 'b.n', 4_503_599_627_370_495, 4_503_599_627_370_496)).toBe(Number.MAX_SAFE_INTEGER);
    expect(addCounts('m', 'b.n', Number.MAX_SAFE_INTEGER, 0)).toBe(Number.MAX_SAFE_INTEGER);
  });

  test('adds signed sums within ±(2⁵³ − 1)', () => {
    expect(addCounts('m', 'b.sum', -7, 3)).toBe(-4);
    expect(addCounts('m', 'b.sum', -Number.MAX_SAFE_INTEGER, 0)).toBe(-Number.MAX_SAFE_INTEGER);
    expect(addCounts('m', 'b.sum', Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER)).toBe(0);
  });

  test('a total past 2⁵³ − 1 is OUT_OF_RANGE on the b side, even where the double rounds back', () => {
    // (2⁵³ − 1) + 1 = 2⁵³ is a double, but no longer a safe integer; (2⁵³ − 1) + 2 = 2⁵³ + 1 is not
    // even a double (it rounds to 2⁵³ or 2⁵³ + 2).
    for (const b of [1, 2, Number.MAX_SAFE_INTEGER]) {
      const error = expectMetricError(() => addCounts('m', 'b.n', Number.MAX_SAFE_INTEGER, b), { metric: 'm', code: 'OUT_OF_RANGE', field: 'b.n' });
      expect(error.received).toBe(b);
    }
    expectMetricError(() => addCounts('m', 'b.sum', -Number.MAX_SAFE_INTEGER, -1), { metric: 'm', code: 'OUT_OF_RANGE', field: 'b.sum' });
  });
});
