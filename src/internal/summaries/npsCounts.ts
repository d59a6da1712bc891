import { MetricInputError } from '../../errors/MetricInputError.js';
import { type NetScoreCounts, readNetScoreCounts } from './netScoreCounts.js';
import { fail } from '../checks/validate.js';

/** Counts of promoters, passives and detractors, checked, with their total. */
export interface CheckedNpsCounts {
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
  /** promoters + passives + detractors, at least 1. */
  readonly answered: number;
}

/** The four counts of an `NpsSummary`, checked. */
export type NpsTally = NetScoreCounts<'promoters' | 'passives' | 'detractors'>;

/** The three classes of NPS, in the order of an `NpsSummary`. */
export const NPS_CLASSES = ['promoters', 'passives', 'detractors'] as const;

/**
 * Reads an NPS summary (`unanswered` optional) named `field`: `promoters`, `passives`, `detractors` and the
 * optional `unanswered`, each a whole number from 0 to 2⁵³ − 1 (errors name `field.promoters`…).
 * All zero is allowed, as in a summary to merge.
 */
export function readNpsCounts(metric: string, field: string, value: unknown): NpsTally {
  return readNetScoreCounts(metric, field, value, NPS_CLASSES);
}

/**
 * Checks an NPS summary named `field` as {@link readNpsCounts} does, and requires at
 * least one answer (`EMPTY` on `field` otherwise), as `npsFromSummary` does.
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
 * for `metric`, the function the caller called; with `rename`, its field is renamed too (as
 * the caller knows the input: `b.count` of a merge → `b[3].count` of a list).
 */
export function asMetric<T>(metric: string, compute: () => T, rename?: (field: string) => string): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof MetricInputError && (error.metric !== metric || rename !== undefined)) {
      throw new MetricInputError({
        metric,
        field: rename === undefined ? error.field : rename(error.field),
        code: error.code,
        expected: error.expected,
        received: error.received,
      });
    }
    throw error;
  }
}

/**
 * `field` with its leading name `from` (a whole name: `b`, `b.count`, `b[2]`, not `bases`)
 * replaced by `to`; any other field unchanged.
 */
export function renameField(field: string, from: string, to: string): string {
  return field === from || field.startsWith(`${from}.`) || field.startsWith(`${from}[`) ? to + field.slice(from.length) : field;
}
