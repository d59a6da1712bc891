// Run rules of control charts (Western Electric 1956, Nelson 1984, NHS England's "Making Data
// Count"), on points standardised by their own limits: z = (value − centre) / σ, so that charts
// whose limits vary with the sample size (p, u) are judged in the same zones as fixed ones.

import { RUN_RULES } from '../checks/controlChart.js';
import type { RunRule } from '../types/controlChart.js';

/** The side of the centre line: 1 above, −1 below, 0 on it (a point on the line breaks a run). */
function side(z: number): number {
  return z > 0 ? 1 : z < 0 ? -1 : 0;
}

/**
 * The rules that fire at each point: a rule marks every point of each window that matches it
 * (the whole run of seven, the three points of "two of three"), as charts colour them.
 * `values` are the plotted values (trends and alternation read them), `z` the standardised ones.
 */
export function runRuleSignals(values: readonly number[], z: readonly number[], rules: readonly RunRule[]): RunRule[][] {
  const signals: Set<RunRule>[] = values.map(() => new Set());
  const mark = (rule: RunRule, end: number, length: number): void => {
    for (let index = end - length + 1; index <= end; index++) signals[index]!.add(rule);
  };
  /** Windows of `length` ending at each point where `matches(start, end)`. */
  const windows = (rule: RunRule, length: number, matches: (start: number, end: number) => boolean): void => {
    for (let end = length - 1; end < values.length; end++) if (matches(end - length + 1, end)) mark(rule, end, length);
  };
  const count = (start: number, end: number, test: (z: number) => boolean): number => {
    let found = 0;
    for (let index = start; index <= end; index++) if (test(z[index]!)) found++;
    return found;
  };
  const sameSide = (start: number, end: number): boolean => {
    const first = side(z[start]!);
    if (first === 0) return false;
    for (let index = start + 1; index <= end; index++) if (side(z[index]!) !== first) return false;
    return true;
  };
  // "k of n beyond m σ on the same side": the k points beyond, on one side, in a window of n.
  const kOfN = (rule: RunRule, k: number, n: number, sigmas: number): void => {
    for (let end = n - 1; end < values.length; end++) {
      const start = end - n + 1;
      for (const direction of [1, -1]) {
        const beyond = (value: number): boolean => direction * value > sigmas;
        if (count(start, end, beyond) >= k) {
          for (let index = start; index <= end; index++) if (beyond(z[index]!)) signals[index]!.add(rule);
        }
      }
    }
  };
  for (const rule of rules) {
    switch (rule) {
      case 'beyondLimits':
        z.forEach((value, index) => {
          if (Math.abs(value) > 3) signals[index]!.add(rule);
        });
        break;
      case 'twoOfThreeBeyondTwoSigma':
        kOfN(rule, 2, 3, 2);
        break;
      case 'fourOfFiveBeyondOneSigma':
        kOfN(rule, 4, 5, 1);
        break;
      case 'runOfSeven':
        windows(rule, 7, sameSide);
        break;
      case 'runOfEight':
        windows(rule, 8, sameSide);
        break;
      case 'runOfNine':
        windows(rule, 9, sameSide);
        break;
      case 'trendOfSix':
        windows(rule, 6, (start, end) => {
          const direction = Math.sign(values[start + 1]! - values[start]!);
          if (direction === 0) return false;
          for (let index = start + 1; index <= end; index++) if (Math.sign(values[index]! - values[index - 1]!) !== direction) return false;
          return true;
        });
        break;
      case 'fourteenAlternating':
        windows(rule, 14, (start, end) => {
          for (let index = start + 1; index <= end; index++) {
            const step = Math.sign(values[index]! - values[index - 1]!);
            if (step === 0) return false;
            if (index > start + 1 && step === Math.sign(values[index - 1]! - values[index - 2]!)) return false;
          }
          return true;
        });
        break;
      case 'fifteenWithinOneSigma':
        windows(rule, 15, (start, end) => count(start, end, (value) => Math.abs(value) < 1) === 15);
        break;
      case 'eightBeyondOneSigma':
        windows(rule, 8, (start, end) => {
          const above = count(start, end, (value) => value > 0);
          return count(start, end, (value) => Math.abs(value) > 1) === 8 && above > 0 && above < 8;
        });
        break;
    }
  }
  return signals.map((set) => RUN_RULES.filter((rule) => set.has(rule)));
}
