/**
 * Nelder–Mead downhill simplex minimisation, deterministic (no random restarts): the method of
 * Nelder & Mead (1965) with the standard coefficients (reflection 1, expansion 2, contraction
 * ½, shrink ½) and the ordering and tie-breaking rules of Lagarias, Reeds, Wright & Wright
 * (1998). An objective that returns `Infinity` (a point outside the feasible region) is
 * simply never accepted, which is how R's `optim` is used by `forecast::ets` as well.
 *
 * The search restarts from its best point, with a fresh simplex, until a restart no longer
 * improves the minimum (at most `restarts` times): a collapsed simplex is the usual failure of
 * the method, and a restart is the usual cure (Press et al., *Numerical Recipes*, §10.5).
 */

export interface NelderMeadOptions {
  /** The initial step along each coordinate (the simplex's edge), one per coordinate. */
  readonly steps: readonly number[];
  /** Iterations per run. */
  readonly maxIterations: number;
  /** Converged when the best and worst values differ by less than this (relative and absolute). */
  readonly tolerance: number;
  /** Restarts from the best point. */
  readonly restarts: number;
}

export interface NelderMeadResult {
  readonly point: number[];
  readonly value: number;
}

/** The minimum of `f` found from `start`; never a point worse than `start`. */
export function nelderMead(f: (x: readonly number[]) => number, start: readonly number[], options: NelderMeadOptions): NelderMeadResult {
  let best: NelderMeadResult = { point: [...start], value: f(start) };
  for (let run = 0; run <= options.restarts; run++) {
    const result = simplexRun(f, best, options);
    const improved = result.value < best.value - options.tolerance * (Math.abs(best.value) + options.tolerance);
    if (result.value < best.value) best = result;
    if (!improved && run > 0) break;
  }
  return best;
}

function simplexRun(f: (x: readonly number[]) => number, start: NelderMeadResult, options: NelderMeadOptions): NelderMeadResult {
  const n = start.point.length;
  if (n === 0) return start;
  const points: number[][] = [start.point.slice()];
  const values: number[] = [start.value];
  for (let i = 0; i < n; i++) {
    const vertex = start.point.slice();
    vertex[i] = vertex[i]! + options.steps[i]!;
    let value = f(vertex);
    if (!(value < Infinity)) {
      // Step the other way when the first step leaves the feasible region.
      vertex[i] = start.point[i]! - options.steps[i]!;
      value = f(vertex);
    }
    points.push(vertex);
    values.push(value);
  }
  const order = Array.from({ length: n + 1 }, (_, i) => i);
  const evaluate = (x: number[]): number => {
    const value = f(x);
    return Number.isNaN(value) ? Infinity : value;
  };
  for (let iteration = 0; iteration < options.maxIterations; iteration++) {
    // A stable sort: ties keep their earlier order, so a new vertex (in the worst's place, last)
    // goes after the old vertices it ties with (Lagarias et al.'s ordering rules).
    order.sort((a, b) => values[a]! - values[b]!);
    const bestIndex = order[0]!;
    const worstIndex = order[n]!;
    const secondWorst = values[order[n - 1]!]!;
    const low = values[bestIndex]!;
    const high = values[worstIndex]!;
    if (Number.isFinite(high) && Math.abs(high - low) <= options.tolerance * (Math.abs(low) + options.tolerance)) break;
    const centroid = new Array<number>(n).fill(0);
    for (let k = 0; k < n; k++) {
      const p = points[order[k]!]!;
      for (let i = 0; i < n; i++) centroid[i] = centroid[i]! + p[i]! / n;
    }
    const worst = points[worstIndex]!;
    const along = (t: number): number[] => centroid.map((c, i) => c + t * (c - worst[i]!));
    const reflected = along(1);
    const fr = evaluate(reflected);
    if (fr < low) {
      const expanded = along(2);
      const fe = evaluate(expanded);
      if (fe < fr) {
        points[worstIndex] = expanded;
        values[worstIndex] = fe;
      } else {
        points[worstIndex] = reflected;
        values[worstIndex] = fr;
      }
      continue;
    }
    if (fr < secondWorst) {
      points[worstIndex] = reflected;
      values[worstIndex] = fr;
      continue;
    }
    const outside = fr < high;
    const contracted = along(outside ? 0.5 : -0.5);
    const fc = evaluate(contracted);
    if (outside ? fc <= fr : fc < high) {
      points[worstIndex] = contracted;
      values[worstIndex] = fc;
      continue;
    }
    // Shrink towards the best vertex.
    const anchor = points[bestIndex]!;
    for (let k = 1; k <= n; k++) {
      const index = order[k]!;
      const shrunk = points[index]!.map((x, i) => anchor[i]! + 0.5 * (x - anchor[i]!));
      points[index] = shrunk;
      values[index] = evaluate(shrunk);
    }
  }
  // The best vertex by the same ordering: among equals, the earliest.
  const bestIndex = order.sort((a, b) => values[a]! - values[b]!)[0]!;
  return { point: points[bestIndex]!, value: values[bestIndex]! };
}
