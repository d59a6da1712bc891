import { checkIntegerInRange, fail, numberIfBigint } from './validate.js';

/** The lowest and highest `scaleMin` the library accepts for a rating scale. */
export const SCALE_MIN_BOUND = 100;

/** The most steps a rating scale may span (`scaleMax − scaleMin`): 100 steps, as a 0–100 slider. */
export const SCALE_MAX_SPAN = 100;

/** An integer rating scale, both ends inclusive. */
export interface Scale {
  readonly scaleMin: number;
  readonly scaleMax: number;
}

/**
 * Checks the `scaleMin` and `scaleMax` of a rating scale, from options (with defaults) or from a
 * summary: `scaleMin` an integer from −100 to 100, `scaleMax` an integer from `scaleMin + 1` to
 * `scaleMin + 100`, a whole number at or below `scaleMin` (a bigint too) being `INCONSISTENT`.
 * `prefix` names the fields (`"options"`, `"summary"`).
 */
export function checkScale(metric: string, prefix: string, scaleMin: unknown, scaleMax: unknown): Scale {
  const min = checkIntegerInRange(metric, `${prefix}.scaleMin`, scaleMin, -SCALE_MIN_BOUND, SCALE_MIN_BOUND);
  const field = `${prefix}.scaleMax`;
  const top = min + SCALE_MAX_SPAN;
  const expected = `an integer from ${String(min + 1)} to ${String(top)} (above scaleMin, at most ${String(SCALE_MAX_SPAN)} steps)`;
  const number = numberIfBigint(metric, field, scaleMax, expected);
  if (typeof number === 'number' && Number.isInteger(number) && number <= min) {
    fail(metric, field, 'INCONSISTENT', expected, scaleMax);
  }
  const max = checkIntegerInRange(metric, field, scaleMax, min + 1, top);
  return { scaleMin: min, scaleMax: max };
}
