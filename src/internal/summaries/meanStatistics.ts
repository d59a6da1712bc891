import type { MeanSummary } from '../types/summaries.js';
import type { Accessor } from '../../types.js';
import { forEachValue, isMissing } from '../checks/sample.js';
import { checkCount, checkFinite, checkNonNegative, checkObject, fail } from '../checks/validate.js';

/**
 * Checks a {@link MeanSummary} named `field` for `metric`; with `spreadOptional`, a missing
 * `sumOfSquaredDeviations` reads as 0 (for the mean alone, which does not need it).
 */
export function checkMeanSummary(metric: string, field: string, value: unknown, spreadOptional = false): MeanSummary {
  const object = checkObject(metric, field, value);
  const count = checkCount(metric, `${field}.count`, object['count']);
  const mean = checkFinite(metric, `${field}.mean`, object['mean']);
  const rawSpread = object['sumOfSquaredDeviations'];
  const sumOfSquaredDeviations =
    spreadOptional && rawSpread === undefined ? 0 : checkNonNegative(metric, `${field}.sumOfSquaredDeviations`, rawSpread);
  const unanswered =
    object['unanswered'] === undefined ? 0 : checkCount(metric, `${field}.unanswered`, object['unanswered']);
  if (count === 0 && mean !== 0) fail(metric, `${field}.mean`, 'INCONSISTENT', '0 when count is 0', mean);
  if (count <= 1 && sumOfSquaredDeviations !== 0) {
    fail(metric, `${field}.sumOfSquaredDeviations`, 'INCONSISTENT', '0 when count is 0 or 1', sumOfSquaredDeviations);
  }
  return { count, mean, sumOfSquaredDeviations, unanswered };
}

const SPREAD_EXPECTED = 'values close enough together that Σ (x − mean)² is finite (less than about 1e154 apart)';

/**
 * Welford's one pass over a sample, for `metric`; `OUT_OF_RANGE` on `values` when the values
 * are too far apart for Σ (x − mean)² to be a finite double.
 */
export function summariseValues(metric: string, values: unknown, value: unknown): MeanSummary {
  if (value !== undefined && typeof value !== 'function') {
    fail(metric, 'value', 'WRONG_TYPE', 'a function (row, index) => value', value);
  }
  const valueof = value as Accessor<unknown, unknown> | undefined;
  let count = 0;
  let mean = 0;
  let sumOfSquaredDeviations = 0;
  let unanswered = 0;
  forEachValue(metric, 'values', values, valueof, (raw, index) => {
    const x = typeof raw === 'bigint' ? checkFinite(metric, `values[${String(index)}]`, raw) : raw;
    if (typeof x === 'number' && Number.isFinite(x)) {
      count += 1;
      const delta = x - mean;
      mean += delta / count;
      sumOfSquaredDeviations += delta * (x - mean);
    } else if (isMissing(x)) {
      unanswered += 1;
    } else {
      checkFinite(metric, `values[${String(index)}]`, x); // throws: finite numbers never get here
    }
  });
  checkSpread(metric, 'values', sumOfSquaredDeviations, values);
  return { count, mean, sumOfSquaredDeviations, unanswered };
}

/**
 * `OUT_OF_RANGE` on `field` (with `received`) when Welford's Σ (x − mean)² over finite values is
 * not finite: the values were too far apart (about 1e154) for it, or for x − mean, to be a double.
 */
export function checkSpread(metric: string, field: string, sumOfSquaredDeviations: number, received: unknown): void {
  if (!Number.isFinite(sumOfSquaredDeviations)) fail(metric, field, 'OUT_OF_RANGE', SPREAD_EXPECTED, received);
}

