import { describe, expect, test } from 'vitest';
import { deepFreeze, expectMetricError } from '../../test/helpers.js';
import { proportionInterval, proportionIntervalFromSummary } from '../index.js';

/**
 * R `binom::binom.confint(x, n, tol = 1e-8)` at 95 %, as stored in statsmodels'
 * `statsmodels/stats/tests/results/results_proportion.py` (fractions): Agresti–Coull,
 * asymptotic (Wald) and Wilson, each [lower, upper], and the decimals the file gives them to
 * (16 significant digits, or 7 for the last two rows). R leaves Wald and Agresti–Coull
 * untruncated, so some of its bounds leave [0, 1].
 */
type Bounds = Record<'agrestiCoull' | 'wald' | 'wilson', readonly [number, number]>;
const R_BINOM: readonly (readonly [number, number, Bounds, number])[] = [
  [18, 20, { 'agrestiCoull': [0.6867561125596077, 0.984343760998137], wald: [0.768521618913513, 1.031478381086487], wilson: [0.6989663547715128, 0.972133518786232] }, 14],
  [4, 20, { 'agrestiCoull': [0.0749115102767071, 0.4217635845549845], wald: [0.0246954918846837, 0.3753045081153163], wilson: [0.0806576625797981, 0.4160174322518935] }, 14],
  [4, 200, { 'agrestiCoull': [0.005991954548218395, 0.0520995587739575], wald: [0.000597346459104517, 0.0394026535408955], wilson: [0.00780442641634947, 0.05028708690582643] }, 14],
  [190, 200, { 'agrestiCoull': [0.909307307911624, 0.973731898348837], wald: [0.919794926420966, 0.980205073579034], wilson: [0.910421851861224, 0.972617354399236] }, 14],
  [1, 30, { 'agrestiCoull': [-8.305484e-3, 0.18091798], wald: [-3.090070e-2, 0.09756737], wilson: [5.908590e-3, 0.16670391] }, 7],
  [29, 30, { 'agrestiCoull': [0.8190820, 1.0083055], wald: [0.9024326, 1.0309007], wilson: [0.8332961, 0.9940914] }, 7],
];

describe('proportionIntervalFromSummary', () => {
  test.each(R_BINOM)('%d of %d agrees with R binom.confint (Wilson, Agresti–Coull, Wald)', (successes, trials, expected, decimals) => {
    for (const method of ['wilson', 'agrestiCoull', 'wald'] as const) {
      const interval = proportionIntervalFromSummary({ successes, trials }, { method });
      const [lower, upper] = expected[method];
      // In percent, two decimals fewer than the fraction; where R's bound leaves [0, 1], the
      // library truncates, as statsmodels does.
      expect(interval.lower).toBeCloseTo(Math.max(0, 100 * lower), decimals - 2);
      expect(interval.upper).toBeCloseTo(Math.min(100, 100 * upper), decimals - 2);
      expect(interval.estimate).toBe((100 * successes) / trials);
    }
  });

  test('Wilson at 0 and n successes: exactly 0 and 100, upper bound z²/(n + z²)', () => {
    // R binom (statsmodels results): 0 of 30 → [0, 0.11351339]; 30 of 30 → [0.8864866, 1].
    const none = proportionIntervalFromSummary({ successes: 0, trials: 30 });
    expect(none.lower).toBe(0);
    expect(none.upper).toBeCloseTo(11.351339, 5);
    // By hand: at x = 0 the Wilson upper bound is z²/(n + z²), z = 1.959963984540054 (R qnorm).
    const z2 = 1.959963984540054 ** 2;
    expect(none.upper).toBeCloseTo((100 * z2) / (30 + z2), 12);
    const all = proportionIntervalFromSummary({ successes: 30, trials: 30 });
    expect(all.upper).toBe(100);
    expect(all.lower).toBeCloseTo(88.64866, 4);
  });

  test.each([
    // mpmath at 30 digits, Wilson's closed form (p̂ + z²/2n ∓ z√(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n)
    // with z = √2·erfinv(0.95): the samples of the csatMetric (2 of 3) and ces (3 of 5) examples.
    [2, 3, 20.76596008020477, 93.85080552796038],
    [3, 5, 23.07242812760129, 88.23792257673522],
  ])('Wilson for %d of %d: [%d, %d]', (successes, trials, lower, upper) => {
    const interval = proportionIntervalFromSummary({ successes, trials });
    expect(interval.lower).toBeCloseTo(lower, 11);
    expect(interval.upper).toBeCloseTo(upper, 11);
  });

  test('other confidence levels: Wilson from its quadratic, solved here by the quadratic formula', () => {
    // Wilson's bounds are the roots in p of (x/n − p)² = z²·p(1 − p)/n; for 41 of 50 at 90 %,
    // z = 1.6448536269514722 (R qnorm(0.95)).
    const [x, n, z] = [41, 50, 1.6448536269514722];
    const [a, b, c] = [1 + (z * z) / n, -(2 * x) / n - (z * z) / n, (x / n) ** 2];
    const root = Math.sqrt(b * b - 4 * a * c);
    const interval = proportionIntervalFromSummary({ successes: x, trials: n }, { confidenceLevel: 0.9 });
    expect(interval.lower).toBeCloseTo((100 * (-b - root)) / (2 * a), 11);
    expect(interval.upper).toBeCloseTo((100 * (-b + root)) / (2 * a), 11);
  });

  test('does not mutate its input', () => {
    expect(() => proportionIntervalFromSummary(deepFreeze({ successes: 3, trials: 9 }), deepFreeze({ method: 'wald' as const }))).not.toThrow();
  });

  test('rejects bad input', () => {
    const metric = 'proportionIntervalFromSummary';
    expectMetricError(() => proportionIntervalFromSummary({ successes: 0, trials: 0 }), { metric, code: 'EMPTY', field: 'summary.trials' });
    expectMetricError(() => proportionIntervalFromSummary({ successes: 31, trials: 30 }), { metric, code: 'INCONSISTENT', field: 'summary.successes' });
    expectMetricError(() => proportionIntervalFromSummary({ successes: 2.5, trials: 30 }), { metric, code: 'NOT_INTEGER', field: 'summary.successes' });
    expectMetricError(() => proportionIntervalFromSummary({ successes: 2, trials: -3 }), { metric, code: 'NEGATIVE', field: 'summary.trials' });
    expectMetricError(() => proportionIntervalFromSummary({ successes: 2, trials: 3 }, { confidenceLevel: 1 }), { metric, code: 'OUT_OF_RANGE' });
    expectMetricError(() => proportionIntervalFromSummary({ successes: 2, trials: 3 }, { method: 'exact' as never }), { metric, code: 'UNKNOWN_VALUE' });
    expectMetricError(() => proportionIntervalFromSummary(5 as never), { metric, code: 'WRONG_TYPE', field: 'summary' });
  });
});

describe('proportionInterval (yes/no values)', () => {
  test.each(R_BINOM)('%d of %d as values agrees with R binom.confint', (successes, trials, expected, decimals) => {
    // x successes as true and 1, n − x failures as false and 0, and answers left blank.
    const values = [...Array<boolean>(successes).fill(true), ...Array<0>(trials - successes).fill(0), null, undefined];
    for (const method of ['wilson', 'agrestiCoull', 'wald'] as const) {
      const interval = proportionInterval(values, { method });
      const [lower, upper] = expected[method];
      expect(interval.estimate).toBeCloseTo((100 * successes) / trials, 12);
      expect(interval.lower).toBeCloseTo(Math.max(0, 100 * lower), decimals - 2);
      expect(interval.upper).toBeCloseTo(Math.min(100, 100 * upper), decimals - 2);
    }
  });

  test('rows through an accessor, with options; no yes or no is EMPTY; a bad value names its row', () => {
    const rows = deepFreeze([{ fcr: true }, { fcr: false }, { fcr: null }, { fcr: true }]);
    // 2 of 3 at 90 %, Wald: 66.67 ± 1.6448536269514722 × 100·√(2/9/3) = 66.67 ± 44.77.
    const wald = proportionInterval(rows, (row) => row.fcr, { confidenceLevel: 0.9, method: 'wald' });
    expect(wald.lower).toBeCloseTo(200 / 3 - 1.6448536269514722 * 100 * Math.sqrt(2 / 27), 10);
    expectMetricError(() => proportionInterval([null, undefined]), { metric: 'proportionInterval', code: 'EMPTY', field: 'values' });
    expectMetricError(() => proportionInterval([true, 2 as never]), { metric: 'proportionInterval', code: 'OUT_OF_RANGE', field: 'values[1]' });
  });
});

