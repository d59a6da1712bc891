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

/**
 * Nelder–Mead as Lagarias, Reeds, Wright & Wright (1998, §2) state it, written independently of
 * nelderMead.ts: reflection 1, expansion 2 (kept when better than the reflection), outside
 * contraction ½ (kept when no worse than the reflection), inside contraction −½ (kept when
 * better than the worst), otherwise a shrink by ½ towards the best vertex; vertices sorted by
 * value, ties in their earlier order. The simplex starts at x₀ and x₀ + stepᵢ·eᵢ (or − stepᵢ·eᵢ
 * where the + step is infeasible); a run stops when best and worst agree within the tolerance,
 * and runs restart from the best point while they improve on it.
 */
function referenceNelderMead(
  f: (x: readonly number[]) => number,
  start: readonly number[],
  { steps, maxIterations, tolerance, restarts }: { steps: readonly number[]; maxIterations: number; tolerance: number; restarts: number },
): { point: number[]; value: number } {
  interface Vertex { x: number[]; fx: number }
  const value = (x: number[]): number => {
    const fx = f(x);
    return Number.isNaN(fx) ? Infinity : fx;
  };
  const run = (from: Vertex): Vertex => {
    const n = from.x.length;
    let simplex: Vertex[] = [from];
    for (let i = 0; i < n; i++) {
      const x = [...from.x];
      x[i] = from.x[i]! + steps[i]!;
      if (value(x) === Infinity) x[i] = from.x[i]! - steps[i]!;
      simplex.push({ x, fx: value(x) });
    }
    for (let iteration = 0; iteration < maxIterations && n > 0; iteration++) {
      simplex = simplex.map((vertex, index) => ({ vertex, index })).sort((a, b) => a.vertex.fx - b.vertex.fx || a.index - b.index).map(({ vertex }) => vertex);
      const [best, worst] = [simplex[0]!, simplex[n]!];
      if (Number.isFinite(worst.fx) && Math.abs(worst.fx - best.fx) <= tolerance * (Math.abs(best.fx) + tolerance)) break;
      const centroid = from.x.map((_, i) => simplex.slice(0, n).reduce((sum, vertex) => sum + vertex.x[i]! / n, 0));
      const at = (t: number): Vertex => {
        const x = centroid.map((c, i) => c + t * (c - worst.x[i]!));
        return { x, fx: value(x) };
      };
      const reflected = at(1);
      let next: Vertex | undefined;
      if (reflected.fx < best.fx) {
        const expanded = at(2);
        next = expanded.fx < reflected.fx ? expanded : reflected;
      } else if (reflected.fx < simplex[n - 1]!.fx) {
        next = reflected;
      } else if (reflected.fx < worst.fx) {
        const outside = at(0.5);
        if (outside.fx <= reflected.fx) next = outside;
      } else {
        const inside = at(-0.5);
        if (inside.fx < worst.fx) next = inside;
      }
      if (next !== undefined) {
        simplex[n] = next;
      } else {
        simplex = [best, ...simplex.slice(1).map((vertex) => {
          const x = vertex.x.map((xi, i) => best.x[i]! + 0.5 * (xi - best.x[i]!));
          return { x, fx: value(x) };
        })];
      }
    }
    return simplex.reduce((min, vertex) => (vertex.fx < min.fx ? vertex : min));
  };
  let best: Vertex = { x: [...start], fx: value([...start]) };
  for (let r = 0; r <= restarts; r++) {
    const found = run(best);
    const improved = found.fx < best.fx - tolerance * (Math.abs(best.fx) + tolerance);
    if (found.fx < best.fx) best = found;
    if (!improved && r > 0) break;
  }
  return { point: best.x, value: best.fx };
}

// Mutants these comparisons leave alive: `<` for `<=` (or back) where only an exact tie of two
// values differs (the contraction and second-worst tests, keeping an equal result); the shrink
// step, which none of these functions reaches with a different outcome (a shrink in one
// dimension lands where an inside contraction would); and breaking after a first run that did
// not improve (the next run starts from the same point, or one better by less than the
// tolerance, and with these functions finds nothing more).
describe('nelderMead step by step', () => {
  const rosenbrock = ([x, y]: readonly number[]): number => 100 * (y! - x! * x!) ** 2 + (1 - x!) ** 2;
  const tilted = (x: readonly number[]): number => x.reduce((sum, v, i) => sum + (i + 1) * (v - 0.3 * (i + 1)) ** 2 + 0.1 * v * (x[0]! - 0.7), 0);
  const bounded = ([x, y]: readonly number[]): number => (x! + y! > 1.5 ? Infinity : (x! - 2) ** 2 + (y! - 0.4) ** 2 + x! * y!);

  test('agrees with the algorithm as published after every number of iterations, restarts and tolerances', () => {
    const cases: [(x: readonly number[]) => number, number[], number[]][] = [
      [rosenbrock, [-1.2, 1], [0.1, 0.1]],
      [tilted, [0, 0, 0], [1, 0.5, 0.25]],
      [bounded, [0.5, 0.5], [0.75, 0.1]],
      [([x]) => (x! - 1.4) ** 2, [0], [1]],
      // Plateaus (ties between vertices), kinks, and a start next to the minimum, where a run
      // improves by less than the tolerance.
      [([x, y]) => Math.round(10 * ((x! - 1) ** 2 + (y! - 2) ** 2)) / 10, [0, 0], [0.5, 0.5]],
      [([x, y]) => Math.abs(x! - 0.3) + 3 * Math.abs(y! + 0.2) + Math.abs(x! + y!), [1, 1], [0.4, 0.7]],
      [([x]) => (x! - 1.4) ** 2 + 1, [1.4001], [0.1]],
    ];
    for (const [f, start, steps] of cases) {
      for (let maxIterations = 1; maxIterations <= 60; maxIterations++) {
        for (const [restarts, tolerance] of [[0, 0], [3, 0], [4, 1e-3]] as const) {
          const options = { steps, maxIterations, tolerance, restarts };
          const found = nelderMead(f, start, options);
          const expected = referenceNelderMead(f, start, options);
          const where = `${f.name || 'f'} from [${start.join(', ')}], ${maxIterations} iterations, ${restarts} restarts, tolerance ${tolerance}`;
          expect(found.value, where).toBeCloseTo(expected.value, 12);
          found.point.forEach((x, i) => { expect(x, where).toBeCloseTo(expected.point[i]!, 10); });
        }
      }
    }
  });

  test('a start with no coordinates is its own minimum', () => {
    expect(nelderMead(() => 4, [], { steps: [], maxIterations: 10, tolerance: 0, restarts: 2 })).toEqual({ point: [], value: 4 });
  });
});
