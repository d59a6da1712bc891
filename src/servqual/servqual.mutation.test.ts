/**
 * Tests that mutation testing found missing in src/servqual: the exact dimension mean, and
 * bigint answers.
 */
import { describe, expect, test } from 'vitest';
import { servqual } from '../index.js';

const instrument = { items: 3, dimensions: [{ name: 'all', items: [1, 2, 3] }] };

describe('servqual', () => {
  test('a dimension gap is the exact mean of the respondents\' gaps, correctly rounded', () => {
    // Respondent gaps on the dimension: −3 (one item answered), (−1 − 2) / 2 = −1.5 and
    // (−1 + 0 + 0) / 3 = −1/3. Their mean is −29/18 (by hand: (−54 − 27 − 6) / 54), whose nearest
    // double is −29 / 18; adding −3 + −1.5 + −0.333… in floating point gives a different last bit.
    const responses = [
      { expectations: [5, null, null], perceptions: [2, null, null] },
      { expectations: [5, 5, null], perceptions: [4, 3, null] },
      { expectations: [5, 5, 5], perceptions: [4, 5, 5] },
    ];
    expect(servqual(responses, { instrument }).dimensionGaps['all']).toBe(-29 / 18);
    expect((-3 + -1.5 + -1 / 3) / 3).not.toBe(-29 / 18);
  });

  test('bigint answers (an Int64 column) are read as the numbers they equal, without changing the input', () => {
    const numbers = [{ expectations: [7, 6, 5], perceptions: [5, 6, 7] }];
    const bigints = [{ expectations: [7n, 6n, 5n], perceptions: [5n, 6, 7n] }];
    expect(servqual(bigints, { instrument })).toStrictEqual(servqual(numbers, { instrument }));
    expect(bigints[0]!.expectations).toStrictEqual([7n, 6n, 5n]);
  });
});
