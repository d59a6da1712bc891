import { normalQuantile } from './normalDistribution.js';
import { studentTCritical } from './studentT.js';
import { checkCount, checkFinite, fail } from '../checks/validate.js';

/** The confidence level of every interval unless the caller sets `confidenceLevel`. */
export const DEFAULT_CONFIDENCE_LEVEL = 0.95;

/**
 * Reads `options.confidenceLevel`: a probability strictly between 0 and 1 (0.95 for 95 %),
 * `DEFAULT_CONFIDENCE_LEVEL` when absent. A percentage such as 95 is `OUT_OF_RANGE`.
 */
export function checkConfidenceLevel(metric: string, value: unknown): number {
  if (value === undefined) return DEFAULT_CONFIDENCE_LEVEL;
  const expected = 'a probability between 0 and 1, exclusive (0.95 for 95 %)';
  const level = checkFinite(metric, 'options.confidenceLevel', value, expected);
  if (!(level > 0 && level < 1)) fail(metric, 'options.confidenceLevel', 'OUT_OF_RANGE', expected, value);
  return level;
}

/** The two-sided normal critical value z with P(|Z| ≤ z) = `confidenceLevel`. */
export function normalCritical(confidenceLevel: number): number {
  return -normalQuantile((1 - confidenceLevel) / 2);
}

/** The two-sided critical value t with P(|T| ≤ t) = `confidenceLevel`, T ~ t(ν). */
export function tCritical(confidenceLevel: number, degreesOfFreedom: number): number {
  return studentTCritical((1 - confidenceLevel) / 2, degreesOfFreedom);
}

/** Reads an option whose value must be one of `allowed`, `fallback` when absent. */
export function checkMethod<M extends string>(
  metric: string,
  value: unknown,
  allowed: readonly M[],
  fallback: M,
  field = 'options.method',
): M {
  if (value === undefined) return fallback;
  const expected = `one of ${allowed.map((name) => `"${name}"`).join(', ')}`;
  if (typeof value !== 'string') fail(metric, field, 'WRONG_TYPE', expected, value);
  if (!(allowed as readonly string[]).includes(value)) fail(metric, field, 'UNKNOWN_VALUE', expected, value);
  return value as M;
}

/**
 * Reads `options.populationSize` (a whole number ≥ `sampleSize`) and returns the finite
 * population correction of a variance, (N − n)/(N − 1): 1 without a population size, 0 for a
 * census (N = n).
 */
export function finitePopulationFactor(metric: string, value: unknown, sampleSize: number): number {
  if (value === undefined) return 1;
  const population = checkCount(metric, 'options.populationSize', value);
  if (population < sampleSize) {
    fail(metric, 'options.populationSize', 'INCONSISTENT', `at least the number of answers (${String(sampleSize)})`, value);
  }
  return population === sampleSize ? 0 : (population - sampleSize) / (population - 1);
}

