import { addCounts } from '../internal/summaries/addCounts.js';
import { forEachValue, isMissing } from '../internal/checks/sample.js';
import { checkCount, checkObject, fail } from '../internal/checks/validate.js';
import type { Accessor } from '../types.js';
import type { SlaClockState } from './slaClocks.js';

/**
 * The sufficient statistic of SLA achievement, as plain JSON that merges: clocks achieved and
 * breached, and the bookkeeping counts of clocks still running (active or paused, not yet
 * decided) and of rows with no clock. A warehouse gives the same shape, `running` and
 * `unanswered` optional.
 *
 * @category Business hours
 */
export interface SlaAchievementSummary {
  /** Clocks stopped by their due instant: a whole number. */
  readonly achieved: number;
  /** Clocks stopped after their due instant, or running past it: a whole number. */
  readonly breached: number;
  /** Clocks active or paused and not yet due, left out of the percentage. @defaultValue 0 */
  readonly running?: number;
  /** Rows with no clock (`null` or `undefined`). @defaultValue 0 */
  readonly unanswered?: number;
}


/** A count of the summary. */
type Field = keyof SlaAchievementSummary;
const STATES_EXPECTED = "a clock state, 'achieved', 'breached', 'active' or 'paused' (null or undefined for none)";

function summarise(metric: string, field: string, values: unknown, state: unknown): Required<SlaAchievementSummary> {
  if (state !== undefined && typeof state !== 'function') fail(metric, 'state', 'WRONG_TYPE', 'a function (row, index) => state', state);
  let achieved = 0;
  let breached = 0;
  let running = 0;
  let unanswered = 0;
  forEachValue(metric, field, values, state as Accessor<unknown, unknown> | undefined, (value, index) => {
    if (value === 'achieved') achieved++;
    else if (value === 'breached') breached++;
    else if (value === 'active' || value === 'paused') running++;
    else if (isMissing(value)) unanswered++;
    else fail(metric, `${field}[${String(index)}]`, typeof value === 'string' ? 'UNKNOWN_VALUE' : 'WRONG_TYPE', STATES_EXPECTED, value);
  });
  return { achieved, breached, running, unanswered };
}

/** Checks a summary named `field`: whole numbers, `running` and `unanswered` 0 when left out. */
export function checkSlaAchievementSummary(metric: string, field: string, value: unknown): Required<SlaAchievementSummary> {
  const object = checkObject(metric, field, value);
  const read = (name: Field): number => {
    const raw = object[name];
    return raw === undefined && (name === 'running' || name === 'unanswered') ? 0 : checkCount(metric, `${field}.${name}`, raw);
  };
  return { achieved: read('achieved'), breached: read('breached'), running: read('running'), unanswered: read('unanswered') };
}

function percentage(metric: string, field: string, summary: Required<SlaAchievementSummary>): number {
  const decided = summary.achieved + summary.breached;
  if (decided === 0) fail(metric, field, 'EMPTY', 'at least one clock achieved or breached', summary);
  // Whole numbers: 100 × a count is exact, so the one division rounds correctly.
  return (100 * summary.achieved) / decided;
}

/**
 * One pass over clock states (from {@link slaClocks}) into an {@link SlaAchievementSummary}; O(n).
 *
 * @param states - Clock states, or rows read through `state` (`(clock) => clock.state`). Any iterable.
 * @returns The counts, as plain JSON, every one set.
 * @throws {@link MetricInputError} the common input checks (`states[i]`, a state that is not one of the four).
 *
 * @example
 * ```ts
 * import { slaAchievementSummary } from 'service-metrics';
 *
 * slaAchievementSummary(['achieved', 'breached', 'achieved', 'paused', null]);
 * // => { achieved: 2, breached: 1, running: 1, unanswered: 1 }
 * ```
 *
 * @category Business hours
 */
export function slaAchievementSummary(states: Iterable<SlaClockState | null | undefined>): Required<SlaAchievementSummary>;
export function slaAchievementSummary<T>(rows: Iterable<T>, state: Accessor<T, SlaClockState | null | undefined>): Required<SlaAchievementSummary>;
export function slaAchievementSummary(states: unknown, state?: unknown): Required<SlaAchievementSummary> {
  return summarise('slaAchievementSummary', 'states', states, state);
}

/**
 * Adds two {@link SlaAchievementSummary} values; associative, commutative,
 * `slaAchievementSummary([])` the identity.
 *
 * @param a - One summary.
 * @param b - Another.
 * @returns A new summary, every count set (0 for one left out); neither input is changed.
 * @throws {@link MetricInputError} the common input checks (`a.achieved`…).
 *
 * @example
 * ```ts
 * import { mergeSlaAchievementSummaries } from 'service-metrics';
 *
 * mergeSlaAchievementSummaries({ achieved: 90, breached: 10 }, { achieved: 45, breached: 5, running: 3 });
 * // => { achieved: 135, breached: 15, running: 3, unanswered: 0 }
 * ```
 *
 * @category Business hours
 */
export function mergeSlaAchievementSummaries(a: SlaAchievementSummary, b: SlaAchievementSummary): Required<SlaAchievementSummary> {
  const metric = 'mergeSlaAchievementSummaries';
  const left = checkSlaAchievementSummary(metric, 'a', a);
  const right = checkSlaAchievementSummary(metric, 'b', b);
  const add = (name: Field): number => addCounts(metric, `b.${name}`, left[name], right[name]);
  return { achieved: add('achieved'), breached: add('breached'), running: add('running'), unanswered: add('unanswered') };
}

/**
 * SLA achievement from an {@link SlaAchievementSummary} (or warehouse counts of that shape): the
 * percentage of decided clocks that were achieved.
 *
 * ## Formula
 * ```math
 * \text{achievement} = 100 \times \frac{\text{achieved}}{\text{achieved} + \text{breached}}
 * ```
 * in 0–100, where a clock still running past its due instant counts as breached and one still
 * running before it (active or paused) is not yet decided and left out, as Zendesk's SLA
 * achievement rate counts achieved against breached targets.
 *
 * @param summary - The counts; `running` and `unanswered` may be left out.
 * @returns The percentage of clocks achieved, 0–100.
 * @throws {@link MetricInputError} the common input checks; `EMPTY` (`summary`) when no clock is achieved or breached.
 *
 * @example
 * ```ts
 * import { slaAchievementFromSummary } from 'service-metrics';
 *
 * slaAchievementFromSummary({ achieved: 171, breached: 9 }); // => 95
 * ```
 *
 * @see {@link https://support.zendesk.com/hc/en-us/articles/4408885881498-Troubleshooting-common-SLA-issues | Zendesk: Troubleshooting common SLA issues}
 * @category Business hours
 */
export function slaAchievementFromSummary(summary: SlaAchievementSummary): number {
  const metric = 'slaAchievementFromSummary';
  return percentage(metric, 'summary', checkSlaAchievementSummary(metric, 'summary', summary));
}

/**
 * SLA achievement: the percentage of SLA clocks (from {@link slaClocks}) achieved among those
 * achieved or breached, with active and paused clocks left out until they are decided
 * (formula: {@link slaAchievementFromSummary}). By metric, priority, group or period, with its
 * Wilson interval: {@link slaAchievementMetric} with {@link groupBy} or {@link periodSeries}.
 *
 * @param states - Clock states, or rows read through `state` (`(clock) => clock.state`). Any iterable.
 * @returns The percentage of clocks achieved, 0–100.
 * @throws {@link MetricInputError} the common input checks (`states[i]`); `EMPTY` (`states`) when no clock is achieved or breached.
 *
 * @example
 * ```ts
 * import { slaAchievement } from 'service-metrics';
 *
 * const clocks = [{ state: 'achieved' }, { state: 'breached' }, { state: 'achieved' }, { state: 'active' }] as const;
 * slaAchievement(clocks, (clock) => clock.state); // => 66.67
 * ```
 *
 * @category Business hours
 */
export function slaAchievement(states: Iterable<SlaClockState | null | undefined>): number;
export function slaAchievement<T>(rows: Iterable<T>, state: Accessor<T, SlaClockState | null | undefined>): number;
export function slaAchievement(states: unknown, state?: unknown): number {
  const metric = 'slaAchievement';
  return percentage(metric, 'states', summarise(metric, 'states', states, state));
}

/** Counts states given by a caller (a descriptor's values), named `values[i]` (not exported from the package). */
export function countSlaStates(metric: string, values: readonly unknown[]): Required<SlaAchievementSummary> {
  return summarise(metric, 'values', values, undefined);
}
