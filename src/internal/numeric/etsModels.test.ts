import { describe, expect, test } from 'vitest';
import { parameterCount, specOf, unsuitable } from './etsModels.js';

describe('ETS model codes', () => {
  test('a code reads as its error, trend and season; a second season only with an additive one', () => {
    expect(specOf('ANN', 12)).toEqual({ error: 'A', trend: 'N', season: 'N', m: 1 });
    expect(specOf('MAdM', 12)).toEqual({ error: 'M', trend: 'Ad', season: 'M', m: 12 });
    expect(specOf('AAdA', 24, 168)).toEqual({ error: 'A', trend: 'Ad', season: 'A', m: 24, m2: 168 });
    expect(specOf('MNM', 24, 168)).toEqual({ error: 'M', trend: 'N', season: 'M', m: 24 });
    expect(specOf('ANN', 24, 168)).toEqual({ error: 'A', trend: 'N', season: 'N', m: 1 });
  });

  test("the parameters an AICc counts: smoothing parameters, estimated initial states and σ (forecast::ets's npars + 1)", () => {
    // By hand: α (+ β with a trend, + γ with a season, + φ when damped, + a second γ), the initial
    // level (+ slope, + m − 1 seasonal states) when estimated, and σ.
    const cases: [Parameters<typeof specOf>, boolean, number][] = [
      [['ANN', 1], true, 3],
      [['AAN', 1], true, 5],
      [['AAdN', 1], false, 4],
      [['AAdA', 4], true, 10],
      [['AAdA', 4], false, 5],
      [['MAM', 12], true, 17],
      [['ANA', 24, 168], true, 4],
      [['AAdA', 24, 168], true, 6],
    ];
    for (const [[model, m, m2], optimal, k] of cases) expect(parameterCount(specOf(model, m, m2), optimal), `${model}, m = ${m}`).toBe(k);
  });

  test('why a model cannot be fitted: no season, under two seasons, fewer values than parameters + 2, a value ≤ 0 for a multiplicative one', () => {
    const ramp = (length: number): number[] => Array.from({ length }, (_, i) => 10 + i);
    expect(unsuitable('ANA', ramp(20), 1, true)).toBe('a season: options.seasonLength ≥ 2 for a seasonal model');
    expect(unsuitable('ANA', ramp(7), 4, true)).toBe('two seasons of history (8 values) for a seasonal model');
    expect(unsuitable('ANA', ramp(15), 4, false, 8)).toBe('two seasons of history (16 values) for a seasonal model');
    // ANA with m = 4 and estimated states: α, γ, the level, 3 seasonal states and σ: 7.
    expect(unsuitable('ANA', ramp(8), 4, true)).toBe('at least 9 values for ANA (7 parameters)');
    expect(unsuitable('ANA', ramp(9), 4, true)).toBeUndefined();
    expect(unsuitable('AAN', ramp(6), 1, true)).toBe('at least 7 values for AAN (5 parameters)');
    expect(unsuitable('MNN', [3, 4, 0, 5, 6, 7], 1, true)).toBe('every value > 0 for the multiplicative model MNN');
    expect(unsuitable('MNM', [3, 4, 0, 5, 6, 7, 8, 9, 10, 11], 2, false)).toBe('every value > 0 for the multiplicative model MNM');
    expect(unsuitable('ANN', [3, 4, 0, 5, 6], 1, true)).toBeUndefined();
  });
});
