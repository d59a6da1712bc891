/** The texts of errors in src/survey that no test read: a caller reads the message, so a changed or emptied text must fail a test. */
import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import type { MetricInputErrorCode } from '../errors/MetricInputError.js';
import { nevIntensity, nevIntensitySummary, type NevRating } from '../index.js';

type Case = readonly [run: () => unknown, code: MetricInputErrorCode, field: string, expected: string];

function expectTexts(metric: string, cases: readonly Case[]): void {
  for (const [run, code, field, expected] of cases) {
    const error = expectMetricError(run, { metric, code, field });
    expect(error.expected, field).toBe(expected);
  }
}

describe('nevIntensity', () => {
  test('a rating that is not an object', () => {
    const happy: NevRating = { emotion: 'happy', intensity: 4 };
    expectTexts('nevIntensity', [
      [() => nevIntensity(['happy' as never]), 'WRONG_TYPE', 'ratings[0]', 'an object { emotion, intensity }'],
      [() => nevIntensity([happy, ['happy', 4] as never]), 'WRONG_TYPE', 'ratings[1]', 'an object { emotion, intensity }'],
      [() => nevIntensity([happy, 4 as never]), 'WRONG_TYPE', 'ratings[1]', 'an object { emotion, intensity }'],
    ]);
    expectTexts('nevIntensitySummary', [
      [() => nevIntensitySummary([true as never]), 'WRONG_TYPE', 'ratings[0]', 'an object { emotion, intensity }'],
    ]);
  });
});
