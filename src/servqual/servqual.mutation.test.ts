/**
 * Tests that mutation testing found missing in src/servqual: the exact dimension mean, bigint
 * answers, and the texts of a bad instrument and of a merge across instruments or scales.
 */
import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import type { MetricInputErrorCode } from '../errors/MetricInputError.js';
import { mergeServqualSummaries, servqual, servqualSummary } from '../index.js';

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

describe('instrument and merge texts', () => {
  const response = { expectations: [5, 5, 5], perceptions: [4, 4, 4] };

  test('a bad instrument says what each part must be', () => {
    const cases: [unknown, MetricInputErrorCode, string, string][] = [
      [{ items: 3, dimensions: 5 }, 'WRONG_TYPE', 'options.instrument.dimensions', 'a list of dimensions { name, items }'],
      [{ items: 3, dimensions: [{ name: '', items: [1, 2, 3] }] }, 'WRONG_TYPE', 'options.instrument.dimensions[0].name', 'a non-empty string'],
      [{ items: 3, dimensions: [{ name: 'a', items: [1] }, { name: 'a', items: [2, 3] }] }, 'INCONSISTENT', 'options.instrument.dimensions[1].name', 'a name no other dimension has'],
      [{ items: 3, dimensions: [{ name: 'a', items: 5 }] }, 'WRONG_TYPE', 'options.instrument.dimensions[0].items', 'a list of item numbers'],
      [{ items: 3, dimensions: [{ name: 'a', items: [] }] }, 'INCONSISTENT', 'options.instrument.dimensions[0].items', 'at least one item number'],
      [{ items: 3, dimensions: [{ name: 'a', items: [1, 2] }, { name: 'b', items: [2, 3] }] }, 'INCONSISTENT', 'options.instrument.dimensions[1].items[0]', 'an item of no other dimension (item 2 is in "a")'],
    ];
    for (const [bad, code, field, expected] of cases) {
      const error = expectMetricError(() => servqual([response], { instrument: bad as typeof instrument }), { metric: 'servqual', code, field });
      expect(error.expected).toBe(expected);
    }
  });

  test('a merge across scales or instruments names what differs', () => {
    const a = servqualSummary([response], { instrument });
    const otherScale = servqualSummary([response], { instrument, scaleMin: 1, scaleMax: 5 });
    const scale = expectMetricError(() => mergeServqualSummaries(a, otherScale), { metric: 'mergeServqualSummaries', code: 'INCONSISTENT', field: 'b.scaleMax' });
    expect([scale.expected, scale.received]).toEqual(['the scale of a (1–7)', 5]);
    const split = { items: 3, dimensions: [{ name: 'all', items: [1, 2] }, { name: 'last', items: [3] }] };
    const other = servqualSummary([response], { instrument: split });
    const error = expectMetricError(() => mergeServqualSummaries(a, other), { metric: 'mergeServqualSummaries', code: 'INCONSISTENT', field: 'b.instrument' });
    expect(error.expected).toBe('the instrument of a (same items, dimension names and order)');
  });
});
