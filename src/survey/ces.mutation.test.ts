// Tests written from a Stryker run on src/survey/: CES option bounds and error texts.
import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { ces, cesFromSummary, cesSummary, mergeCesSummaries } from '../index.js';

describe('ces options', () => {
  test('easyBoxes runs from 1 to points − 1 (6 on the default 1–7 scale)', () => {
    expectMetricError(() => ces([1, 7], { easyBoxes: 7 }), {
      metric: 'ces',
      code: 'OUT_OF_RANGE',
      field: 'options.easyBoxes',
    });
    // 6 easy boxes leave one point: the difficult box defaults to min(3, 7 − 6) = 1.
    expect(() => ces([1, 7], { easyBoxes: 6 })).not.toThrow();
  });

  test('difficultBoxes runs from 1 to points − 1 too', () => {
    // 7 difficult boxes on 7 points is out of range before the sum with easyBoxes is checked.
    expectMetricError(() => ces([1, 7], { easyBoxes: 1, difficultBoxes: 7 }), {
      metric: 'ces',
      code: 'OUT_OF_RANGE',
      field: 'options.difficultBoxes',
    });
  });

  test('too many boxes: the message gives the points left', () => {
    // 7 points − 3 easy boxes = 4 left for the difficult ones; 5 asked.
    const error = expectMetricError(() => ces([1, 7], { easyBoxes: 3, difficultBoxes: 5 }), {
      metric: 'ces',
      code: 'INCONSISTENT',
      field: 'options.difficultBoxes',
    });
    expect(error.expected).toBe('at most 4 (the points left after 3 easy boxes)');
  });

  test('easyEnd error texts', () => {
    expect(
      expectMetricError(() => ces([1], { easyEnd: 'middle' as never }), {
        metric: 'ces',
        code: 'UNKNOWN_VALUE',
        field: 'options.easyEnd',
      }).expected
    ).toBe('"high" or "low"');
    const low = cesSummary([1, 2], { scaleMax: 5, easyEnd: 'low' });
    const high = cesSummary([1, 2], { scaleMax: 5 });
    expect(
      expectMetricError(() => cesFromSummary(low, { easyEnd: 'high' }), {
        metric: 'cesFromSummary',
        code: 'INCONSISTENT',
        field: 'options.easyEnd',
      }).expected
    ).toBe('the summary\'s easyEnd ("low") or unset');
    expect(
      expectMetricError(() => mergeCesSummaries(high, low), {
        metric: 'mergeCesSummaries',
        code: 'INCONSISTENT',
        field: 'b.easyEnd',
      }).expected
    ).toBe('the same easyEnd as a ("high")');
  });
});
