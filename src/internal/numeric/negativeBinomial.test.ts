import { describe, expect, test } from 'vitest';
import { harmonicDifference, negativeBinomialWeight } from './negativeBinomial.js';

/** P(X = 0…last) by the recursion P(x)/P(x − 1) = p·(x − 1 + b)/x from P(0) = qᵇ: accurate to about x ulps. */
function byRecursion(size: number, p: number, last: number): number[] {
  const weights = [Math.pow(1 - p, size)];
  for (let x = 1; x <= last; x++) weights.push((weights[x - 1]! * p * (x - 1 + size)) / x);
  return weights;
}

describe('negativeBinomialWeight (saddle-point form)', () => {
  test('equals the recursion from P(0) where that is exact enough', () => {
    for (const [size, p] of [
      [1, 0.5],
      [3.7, 0.4],
      [12.25, 0.9],
      [250, 0.05],
    ] as const) {
      byRecursion(size, p, 300).forEach((expected, x) => {
        if (expected < 1e-280) return;
        expect(negativeBinomialWeight(x, size, p, 1 - p) / expected - 1, `b ${String(size)}, x ${String(x)}`).toBeCloseTo(0, 12);
      });
    }
  });

  test('far from 0, where P(0) underflows: the weights sum to 1 and follow the recursion step by step', () => {
    // b = 60,001 and p = 1 − e^(−1/9): the service level of a 100,000-agent queue, P(0) = e^(−6,667).
    const size = 60_001;
    const p = -Math.expm1(-1 / 9);
    const q = Math.exp(-1 / 9);
    const mean = (size * p) / q;
    const deviation = Math.sqrt(size * p) / q;
    let total = 0;
    let previous = 0;
    for (let x = Math.floor(mean - 15 * deviation); x <= mean + 15 * deviation; x++) {
      const weight = negativeBinomialWeight(x, size, p, q);
      // 12 digits out to 15 standard deviations (weights near e^−112, where the deviance's logarithm loses two).
      if (previous > 1e-200) expect(weight / previous / ((p * (x - 1 + size)) / x) - 1).toBeCloseTo(0, 12);
      total += weight;
      previous = weight;
    }
    expect(total).toBeCloseTo(1, 13);
  });
});

describe('harmonicDifference', () => {
  test('equals the sum Σ 1/(x + i), summed directly with compensation', () => {
    for (const x of [0.3, 1, 19.5, 20, 1000.25, 60_001]) {
      for (const m of [0, 1, 33, 40, 5000, 123_456]) {
        let sum = 0;
        let compensation = 0;
        for (let i = 0; i < m; i++) {
          const term = 1 / (x + i);
          const next = sum + term;
          compensation += Math.abs(sum) >= Math.abs(term) ? sum - next + term : term - next + sum;
          sum = next;
        }
        const expected = sum + compensation;
        const actual = harmonicDifference(x, m);
        if (m === 0) expect(actual).toBe(0);
        else expect(actual / expected - 1, `x ${String(x)}, m ${String(m)}`).toBeCloseTo(0, 14);
      }
    }
  });
});
