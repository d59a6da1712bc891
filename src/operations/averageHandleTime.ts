import { DurationAccumulator, checkAccessor, meanOfSummary, type DurationSummary } from '../internal/summaries/durations.js';
import { forEachValue } from '../internal/checks/sample.js';
import { checkNonNegative, fail } from '../internal/checks/validate.js';
import type { Accessor } from '../types.js';

/**
 * The time an agent spent on one handled contact, in seconds, split as ACDs report it.
 *
 * @category Operations
 */
export interface HandleTime {
  /** Talk (or chat) time: the agent connected with the customer, a finite number ≥ 0. */
  readonly talkSeconds: number;
  /** Time the customer was on hold during the contact, a finite number ≥ 0 (0 for channels without hold). */
  readonly holdSeconds: number;
  /** After-contact work (wrap-up, after-call work) for the contact, a finite number ≥ 0. */
  readonly afterContactSeconds: number;
}

/**
 * Average handle time (AHT), in seconds, from a log of handled contacts: talk + hold +
 * after-contact work, per contact handled.
 *
 * ## Formula
 * AHT = Σ (talkSeconds + holdSeconds + afterContactSeconds) / contacts handled
 *
 * The industry formula (Call Centre Helper; Genesys Cloud: "cumulative talk time + cumulative
 * hold time + cumulative after-call work … / number of interactions handled"). It is the
 * handle time the Erlang formulas take as `averageHandleSeconds`.
 *
 * ## Variants
 * - **After-contact work left out** ("average talk time"): understates the work; pass
 *   `afterContactSeconds: 0` only if a report really means it.
 * - **Outbound contacts**: Genesys Cloud adds dialling and contacting time; include it in
 *   `talkSeconds`.
 * - **Transfers and conferences**: a contact handled by two agents is two handled contacts
 *   in agent reports (each agent's leg) and one in a queue report; count the rows a report
 *   means.
 * - **Concurrent chats**: an agent's chat time overlaps, so chat AHT is not agent time per
 *   chat; do not feed it to Erlang C unchanged.
 * - **From ACD totals** (handled contacts and the three totals): AHT = (talk + hold + wrap) /
 *   handled, {@link meanFromSummary} of `{ count: handled, mean: (talk + hold + wrap) / handled }`.
 * - **Over many intervals** the mergeable summary is the {@link MeanSummary} of the handle times,
 *   `meanSummary(contacts, (c) => c.talkSeconds + c.holdSeconds + c.afterContactSeconds)`:
 *   merge with {@link mergeMeanSummaries} and take {@link meanFromSummary}, the volume-weighted
 *   mean.
 *
 * Runs in O(n), one pass, reading each row once. `null` in place of a record is an error: each
 * row is a handled contact.
 *
 * @param contacts - Handle times of handled contacts, or rows read through `handleTime`.
 * Any iterable.
 * @returns The AHT, in seconds.
 * @throws {@link MetricInputError} `EMPTY` (`contacts`) when there is no contact;
 * `WRONG_TYPE` for a record that is not an object (`contacts[i]`); `WRONG_TYPE`,
 * `NOT_FINITE` or `NEGATIVE` for a time that is not a finite number ≥ 0
 * (`contacts[i].talkSeconds`, `.holdSeconds`, `.afterContactSeconds`); `OUT_OF_RANGE` when
 * the times are so large that their total overflows a double.
 *
 * @example
 * ```ts
 * import { averageHandleTime } from 'service-metrics';
 *
 * averageHandleTime([
 *   { talkSeconds: 240, holdSeconds: 30, afterContactSeconds: 60 },
 *   { talkSeconds: 150, holdSeconds: 0, afterContactSeconds: 45 },
 *   { talkSeconds: 420, holdSeconds: 90, afterContactSeconds: 75 },
 * ]); // => 370
 * const calls = [{ talk: 100, hold: 0, wrap: 0 }, { talk: 150, hold: 0, wrap: 0 }, { talk: 200, hold: 0, wrap: 0 }];
 * averageHandleTime(calls, (c) => ({ talkSeconds: c.talk, holdSeconds: c.hold, afterContactSeconds: c.wrap })); // => 150
 * averageHandleTime([]); // => throws EMPTY
 * ```
 *
 * @see {@link https://callcentrehelper.com/what-is-average-handling-time-aht-208977.htm | Call Centre Helper: What is average handling time (AHT)?}
 * @see {@link https://help.mypurecloud.com/glossary/average-handle-time-aht/ | Genesys Cloud: Average handle time (AHT)}
 * @category Operations
 */
export function averageHandleTime(contacts: Iterable<HandleTime>): number;
export function averageHandleTime<T>(rows: Iterable<T>, handleTime: Accessor<T, HandleTime>): number;
export function averageHandleTime(contacts: unknown, handleTime?: unknown): number {
  const metric = 'averageHandleTime';
  return meanOfSummary(metric, 'contacts', summariseHandleTimes(metric, contacts, handleTime));
}

function summariseHandleTimes(metric: string, contacts: unknown, handleTime: unknown): DurationSummary {
  const accessor = checkAccessor(metric, 'handleTime', handleTime);
  const accumulator = new DurationAccumulator();
  forEachValue(metric, 'contacts', contacts, accessor, (value, index) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      fail(metric, `contacts[${String(index)}]`, 'WRONG_TYPE', 'a handle time { talkSeconds, holdSeconds, afterContactSeconds }', value);
    }
    const record = value as Readonly<Record<string, unknown>>;
    const talk = checkNonNegative(metric, `contacts[${String(index)}].talkSeconds`, record['talkSeconds']);
    const hold = checkNonNegative(metric, `contacts[${String(index)}].holdSeconds`, record['holdSeconds']);
    const wrap = checkNonNegative(metric, `contacts[${String(index)}].afterContactSeconds`, record['afterContactSeconds']);
    const seconds = talk + hold + wrap;
    if (seconds === Infinity) fail(metric, `contacts[${String(index)}]`, 'OUT_OF_RANGE', 'a handle time whose total is finite', value);
    accumulator.add(seconds);
  });
  return accumulator.summary(metric, 'contacts', 0);
}
