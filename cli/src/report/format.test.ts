import { describe, expect, test } from 'vitest';
import {
  controlBaselineText,
  formatConfidence,
  formatDifference,
  formatDuration,
  formatNumber,
  formatPValue,
  formatRange,
  formatValue,
} from './format.js';

// Expected texts are written by hand from the rules in format.ts (3725 s = 1 h 2 min 5 s,
// and so on), not produced by the code under test.

describe('formatDuration', () => {
  test.each([
    [0, '0 s'],
    [0.04, '0 s'],
    [42.25, '42.3 s'],
    [59.94, '59.9 s'],
    [59.96, '1 min 00 s'],
    [65, '1 min 05 s'],
    [119.6, '2 min 00 s'],
    [3599.4, '59 min 59 s'],
    [3599.7, '1 h 00 min'],
    [3725, '1 h 02 min'],
    [3659, '1 h 00 min'],
    [86_399, '23 h 59 min'],
    [86_400 + 3 * 3600 + 10 * 60, '1 d 3 h'],
    [-65, '\u22121 min 05 s'],
    [-12.5, '\u221212.5 s'],
  ])('%s seconds is %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe('formatNumber', () => {
  test('groups thousands, rounds for display and writes a true minus sign', () => {
    expect(formatNumber(-1234.56, 1)).toBe('\u22121,234.6');
    expect(formatNumber(1200, 0)).toBe('1,200');
  });

  test('a negative value that rounds to zero has no sign', () => {
    expect(formatNumber(-0.04, 1)).toBe('0');
    expect(formatNumber(-0.04, 1, 1)).toBe('0.0');
  });
});

describe('formatValue', () => {
  test.each([
    [42.34, 'points', '42.3'],
    [49, 'points', '49.0'],
    [-12.4, 'points', '\u221212.4'],
    [81.25, '%', '81.3\u00a0%'],
    [3725, 'seconds', '1 h 02 min'],
    [4.256, 'score', '4.3'],
    [1234.56, 'tickets', '1,234.6'],
  ])('%s %s is %s', (value, unit, text) => {
    expect(formatValue(value, unit)).toBe(text);
  });

  test('null (a group without answers) is an en dash, as in the CLI table', () => {
    expect(formatValue(null, 'points')).toBe('–');
  });
});

describe('formatDifference', () => {
  test.each([
    [63.9, 'points', '+63.9'],
    [-1.5, '%', '\u22121.5\u00a0pp'],
    [65, 'seconds', '+1 min 05 s'],
    [-30, 'seconds', '\u221230 s'],
    [0, 'points', '0.0'],
    [0.01, 'points', '0.0'],
  ])('%s %s is %s', (difference, unit, text) => {
    expect(formatDifference(difference, unit)).toBe(text);
  });
});

test('formatRange puts an en dash between the bounds', () => {
  expect(formatRange(-8.2, 58, 'points')).toBe('\u22128.2 – 58.0');
  expect(formatRange(3500, 3950, 'seconds')).toBe('58 min 20 s – 1 h 05 min');
});

test('formatConfidence and formatPValue', () => {
  expect(formatConfidence(0.95)).toBe('95\u00a0%');
  expect(formatConfidence(0.999)).toBe('99.9\u00a0%');
  expect(formatPValue(0.00002)).toBe('< 0.001');
  expect(formatPValue(0.0432)).toBe('0.043');
  expect(formatPValue(1)).toBe('1.000');
});

describe('controlBaselineText', () => {
  test('the first k periods, or a date range told by its last day (the end is not included)', () => {
    expect(controlBaselineText({ periods: 1 })).toBe('the first period with a value');
    expect(controlBaselineText({ periods: 12 })).toBe('the first 12 periods with a value');
    expect(controlBaselineText({ from: '2026-11-02', to: '2026-11-16' })).toBe('the periods starting from 2026-11-02 to 2026-11-15');
    // Across a month and a leap day.
    expect(controlBaselineText({ from: '2028-01-01', to: '2028-03-01' })).toBe('the periods starting from 2028-01-01 to 2028-02-29');
  });
});
