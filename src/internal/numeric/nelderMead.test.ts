import { describe, expect, test } from 'vitest';
import { nelderMead } from './nelderMead.js';

const options = { maxIterations: 5000, tolerance: 1e-14, restarts: 6 };

describe('nelderMead', () => {
  test('finds the minimum of Rosenbrock’s banana, (1, 1), from the classic start (−1.2, 1)', () => {
    // Rosenbrock (1960): f = 100(y − x²)² + (1 − x)², minimum 0 at (1, 1); Nelder & Mead (1965) used this start.
    const rosenbrock = ([x, y]: readonly number[]): number => 100 * (y! - x! * x!) ** 2 + (1 - x!) ** 2;
    const result = nelderMead(rosenbrock, [-1.2, 1], { ...options, steps: [0.1, 0.1] });
    expect(result.point[0]).toBeCloseTo(1, 4);
    expect(result.point[1]).toBeCloseTo(1, 4);
    expect(result.value).toBeLessThan(1e-8);
  });

  test('a quadratic in five dimensions, and a minimum on the edge of a feasible region', () => {
    const centre = [3, -1, 0.5, 10, -7];
    const quadratic = (x: readonly number[]): number => x.reduce((sum, v, i) => sum + (i + 1) * (v - centre[i]!) ** 2, 0);
    const result = nelderMead(quadratic, [0, 0, 0, 0, 0], { ...options, steps: [1, 1, 1, 1, 1] });
    result.point.forEach((v, i) => { expect(v).toBeCloseTo(centre[i]!, 4); });
    // (x − 2)² restricted to x ≤ 1 (Infinity outside): the minimum is at the bound, x = 1.
    const bounded = nelderMead(([x]) => (x! > 1 ? Infinity : (x! - 2) ** 2), [0], { ...options, steps: [0.5] });
    expect(bounded.point[0]).toBeCloseTo(1, 6);
  });

  test('never returns a point worse than its start, and is deterministic', () => {
    // A function with a deep minimum the start sits in, and a flat plateau that a step lands on.
    const f = ([x]: readonly number[]): number => (Math.abs(x!) < 0.01 ? -1 : 0);
    const result = nelderMead(f, [0], { ...options, steps: [1] });
    expect(result.value).toBe(-1);
    const again = nelderMead(f, [0], { ...options, steps: [1] });
    expect(again).toEqual(result);
  });
});
