import { checkSample } from './sample.js';
import { checkNonNegative } from './validate.js';

/** A series of volumes: numbers ≥ 0 from any iterable, named `history[i]` in errors. */
export function readHistory(metric: string, history: unknown): number[] {
  const y: number[] = [];
  for (const value of checkSample(metric, 'history', history)) {
    y.push(checkNonNegative(metric, `history[${String(y.length)}]`, value));
  }
  return y;
}

