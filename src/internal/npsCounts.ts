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

/** The four counts of an `NpsSummary`, checked. */
export interface NpsTally {
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
  /** 0 when the object has no `unanswered`. */
  readonly unanswered: number;
}

/**
 * Reads an `NpsCounts` object named `field`: `promoters`, `passives`, `detractors` and the
 * optional `unanswered`, each a whole number from 0 to 2⁵³ − 1 (errors name `field.promoters`…).
 * All zero is allowed, as in a summary to merge.
 */
export function readNpsCounts(metric: string, field: string, value: unknown): NpsTally {
  const object = checkObject(metric, field, value);
  return {
    promoters: checkCount(metric, `${field}.promoters`, object['promoters']),
    passives: checkCount(metric, `${field}.passives`, object['passives']),
    detractors: checkCount(metric, `${field}.detractors`, object['detractors']),
    unanswered:
      object['unanswered'] === undefined ? 0 : checkCount(metric, `${field}.unanswered`, object['unanswered']),
  };
}

/**
 * Checks an `NpsCounts` object named `field` as {@link readNpsCounts} does, and requires at
 * least one answer (`EMPTY` on `field` otherwise), as `npsFromCounts` does.
 */
export function checkNpsCounts(metric: string, field: string, value: unknown): CheckedNpsCounts {
  const { promoters, passives, detractors } = readNpsCounts(metric, field, value);
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
