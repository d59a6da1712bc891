/** The texts of errors in src/survey that no test read: a caller reads the message, so a changed or emptied text must fail a test. */
import { describe, test } from 'vitest';
import { expectErrorTexts } from '../../test/helpers.js';
import { nevIntensity, nevIntensitySummary, type NevRating } from '../index.js';

describe('nevIntensity', () => {
  test('a rating that is not an object', () => {
    const happy: NevRating = { emotion: 'happy', intensity: 4 };
    expectErrorTexts('nevIntensity', [
      [() => nevIntensity(['happy' as never]), 'WRONG_TYPE', 'ratings[0]', 'an object { emotion, intensity }'],
      [() => nevIntensity([happy, ['happy', 4] as never]), 'WRONG_TYPE', 'ratings[1]', 'an object { emotion, intensity }'],
      [() => nevIntensity([happy, 4 as never]), 'WRONG_TYPE', 'ratings[1]', 'an object { emotion, intensity }'],
    ]);
    expectErrorTexts('nevIntensitySummary', [
      [() => nevIntensitySummary([true as never]), 'WRONG_TYPE', 'ratings[0]', 'an object { emotion, intensity }'],
    ]);
  });
});
