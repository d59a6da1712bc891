import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../../test/helpers.js';
import { checkCount } from './validate.js';

describe('checkCount', () => {
  test('accepts every whole number from 0 to 2⁵³ − 1', () => {
    for (const count of [0, 1, 2 ** 31, Number.MAX_SAFE_INTEGER]) expect(checkCount('m', 'n', count)).toBe(count);
  });

  test('a whole number above 2⁵³ − 1 is OUT_OF_RANGE: a double cannot count past 2⁵³ one by one', () => {
    // 2⁵³ + 1 is not a double: it rounds to 2⁵³, so "2⁵³ + 1 answers" cannot even be written.
    for (const count of [2 ** 53, 2 ** 53 + 2, 1e300, Number.MAX_VALUE]) {
      const error = expectMetricError(() => checkCount('m', 'n', count), { metric: 'm', code: 'OUT_OF_RANGE', field: 'n' });
      expect(error.expected).toBe('a whole number from 0 to 2⁵³ − 1');
    }
  });

  test('keeps its other codes, sign before magnitude', () => {
    expectMetricError(() => checkCount('m', 'n', -1e300), { metric: 'm', code: 'NEGATIVE', field: 'n' });
    expectMetricError(() => checkCount('m', 'n', 1.5), { metric: 'm', code: 'NOT_INTEGER', field: 'n' });
    expectMetricError(() => checkCount('m', 'n', Number.POSITIVE_INFINITY), { metric: 'm', code: 'NOT_FINITE', field: 'n' });
    expectMetricError(() => checkCount('m', 'n', '7'), { metric: 'm', code: 'WRONG_TYPE', field: 'n' });
  });
});
