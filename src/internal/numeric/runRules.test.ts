import { describe, expect, test } from 'vitest';
import type { RunRule } from '../types/controlChart.js';
import { runRuleSignals } from './runRules.js';

/** The indexes of the points where `rule` fires, on points already standardised (centre 0, σ 1). */
function fired(rule: RunRule, z: readonly number[]): number[] {
  return runRuleSignals(z, z, [rule]).flatMap((rules, index) => (rules.includes(rule) ? [index] : []));
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

// Each rule as Nelson (1984) and Western Electric (1956) state it, on sequences built by hand:
// the points of the matching window fire, and a sequence one point short of it, or with a point
// exactly on a boundary, does not.
describe('run rules', () => {
  test('a point beyond 3σ, strictly', () => {
    expect(fired('beyondLimits', [3, 3.01, -3.5, 0])).toEqual([1, 2]);
  });

  test('two of three beyond 2σ on one side: the two points fire', () => {
    expect(fired('twoOfThreeBeyondTwoSigma', [2.1, 0, 2.5, -2.1, 0])).toEqual([0, 2]);
    expect(fired('twoOfThreeBeyondTwoSigma', [0, -2.2, -2.01, 0])).toEqual([1, 2]);
    expect(fired('twoOfThreeBeyondTwoSigma', [2, 2, 0, 2.5, -2.5])).toEqual([]);
  });

  test('four of five beyond 1σ on one side: the four points fire', () => {
    expect(fired('fourOfFiveBeyondOneSigma', [1.5, 1.2, 0, 1.1, 1.01])).toEqual([0, 1, 3, 4]);
    expect(fired('fourOfFiveBeyondOneSigma', [-1.5, -1.2, -1.1, 0.3, -1.01])).toEqual([0, 1, 2, 4]);
    expect(fired('fourOfFiveBeyondOneSigma', [1, 1.5, 1.5, 1.5, 0.5, -1.5])).toEqual([]);
  });

  test('runs of seven, eight and nine on one side; a point on the centre line breaks a run', () => {
    const seven = [-0.5, 0.1, 0.2, 0.3, 0.1, 0.2, 0.3, 0.1];
    expect(fired('runOfSeven', seven)).toEqual(range(1, 7));
    expect(fired('runOfEight', seven)).toEqual([]);
    expect(fired('runOfSeven', [0.1, 0.2, 0.3, 0, 0.1, 0.2, 0.3, 0.1])).toEqual([]);
    expect(fired('runOfEight', [...seven.slice(1), 0.4])).toEqual(range(0, 7));
    const nine = Array.from({ length: 9 }, (_, i) => -0.1 * (i + 1));
    expect(fired('runOfNine', nine)).toEqual(range(0, 8));
    expect(fired('runOfNine', nine.slice(1))).toEqual([]);
  });

  test('a trend of six steadily rising or falling; a repeated value breaks it', () => {
    expect(fired('trendOfSix', [5, 1, 2, 3, 4, 5, 6])).toEqual(range(1, 6));
    expect(fired('trendOfSix', [6, 5, 4, 3, 2, 1])).toEqual(range(0, 5));
    expect(fired('trendOfSix', [1, 2, 3, 3, 4, 5, 6])).toEqual([]);
    expect(fired('trendOfSix', [1, 2, 3, 4, 5])).toEqual([]);
  });

  test('fourteen points alternating up and down; a repeat or two steps the same way breaks it', () => {
    const zigzag = Array.from({ length: 14 }, (_, i) => (i % 2 === 0 ? 0.5 : -0.5));
    expect(fired('fourteenAlternating', zigzag)).toEqual(range(0, 13));
    expect(fired('fourteenAlternating', [1, ...zigzag])).toEqual(range(1, 14));
    expect(fired('fourteenAlternating', zigzag.slice(1))).toEqual([]);
    expect(fired('fourteenAlternating', zigzag.map((z, i) => (i === 7 ? 0.5 : z)))).toEqual([]);
    expect(fired('fourteenAlternating', zigzag.map((z, i) => (i === 8 ? -0.7 : z)))).toEqual([]);
  });

  test('fifteen within 1σ, strictly', () => {
    const calm = Array.from({ length: 15 }, (_, i) => (i % 3) * 0.4 - 0.4);
    expect(fired('fifteenWithinOneSigma', calm)).toEqual(range(0, 14));
    expect(fired('fifteenWithinOneSigma', calm.map((z, i) => (i === 4 ? 1 : z)))).toEqual([]);
  });

  test('eight beyond 1σ on both sides, strictly', () => {
    const wide = Array.from({ length: 8 }, (_, i) => (i % 3 === 0 ? -1.5 : 1.2));
    expect(fired('eightBeyondOneSigma', wide)).toEqual(range(0, 7));
    expect(fired('eightBeyondOneSigma', wide.map(Math.abs))).toEqual([]);
    expect(fired('eightBeyondOneSigma', wide.map((z) => -Math.abs(z)))).toEqual([]);
    expect(fired('eightBeyondOneSigma', wide.map((z, i) => (i === 5 ? 1 : z)))).toEqual([]);
  });
});
