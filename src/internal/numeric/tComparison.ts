import type { Comparison } from '../types/statistics.js';
import { tCritical } from './confidence.js';
import { studentTTwoSidedPValue } from './studentT.js';

/**
 * The t test of a difference of means (`compareMeans`' Welch test, the one-sample test of a mean
 * against a target): t = difference / standardError on `degreesOfFreedom`, and the interval
 * difference ± t(1 − α/2, ν) · standardError. With no spread (standardError 0) the interval is
 * the difference itself and the p-value 1 when the difference is 0, else 0.
 */
export function tComparison<M extends string>(
  difference: number,
  standardError: number,
  degreesOfFreedom: number,
  confidenceLevel: number,
  method: M,
): Comparison<M> & { readonly standardError: number; readonly degreesOfFreedom: number } {
  const spread = standardError !== 0;
  const halfWidth = spread ? tCritical(confidenceLevel, degreesOfFreedom) * standardError : 0;
  return {
    difference,
    lower: difference - halfWidth,
    upper: difference + halfWidth,
    standardError,
    degreesOfFreedom,
    pValue: spread ? studentTTwoSidedPValue(difference / standardError, degreesOfFreedom) : difference === 0 ? 1 : 0,
    confidenceLevel,
    method,
  };
}
