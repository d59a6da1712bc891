import { MetricInputError } from '../errors/MetricInputError.js';
import { checkCount, checkObject, fail } from './validate.js';

/** Counts of promoters, passives and detractors, checked, with their total. */
export interface CheckedNpsCounts {
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
  /** promoters + passives + detractors, at least 1. */
  readonly answered: number;
}

/**
 * Checks an `NpsCounts` object named `field` (whole numbers ≥ 0; `unanswered` optional) and
 * requires at least one answer (`EMPTY` otherwise), as `npsFromCounts` does.
 */
export function checkNpsCounts(metric: string, field: string, value: unknown): CheckedNpsCounts {
  const object = checkObject(metric, field, value);
  const promoters = checkCount(metric, `${field}.promoters`, object['promoters']);
  const passives = checkCount(metric, `${field}.passives`, object['passives']);
  const detractors = checkCount(metric, `${field}.detractors`, object['detractors']);
  if (object['unanswered'] !== undefined) checkCount(metric, `${field}.unanswered`, object['unanswered']);
  const answered = promoters + passives + detractors;
  if (answered === 0) fail(metric, field, 'EMPTY', 'at least one answer', value);
  return { promoters, passives, detractors, answered };
}

/**
 * Runs `compute`, and if it throws a {@link MetricInputError} for another function of the
 * library (such as `npsSummary` reading the scores for `npsInterval`), throws the same error
 * for `metric`, the function the caller called.
 */
export function asMetric<T>(metric: string, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof MetricInputError && error.metric !== metric) {
      throw new MetricInputError({
        metric,
        field: error.field,
        code: error.code,
        expected: error.expected,
        received: error.received,
      });
    }
    throw error;
  }
}
