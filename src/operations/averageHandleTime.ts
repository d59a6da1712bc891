import { DurationAccumulator, checkAccessor, meanOfSummary, type DurationSummary } from '../internal/summaries/durations.js';
import { forEachValue } from '../internal/checks/sample.js';
import { checkNonNegative, fail } from '../internal/checks/validate.js';
import type { Accessor } from '../types.js';

/** One handled contact's time in seconds (each ≥ 0), split as ACDs report it. @category Operations */
export interface HandleTime {
  /** Talk (or chat) time, connected with the customer. */
  readonly talkSeconds: number;
  /** Time the customer was on hold (0 for channels without hold). */
  readonly holdSeconds: number;
  /** After-contact work (wrap-up) for the contact. */
  readonly afterContactSeconds: number;
}

/**
 * Average handle time (AHT), in seconds, from a log of handled contacts: talk + hold +
 * after-contact work, per contact handled; the `averageHandleSeconds` the Erlang formulas take.
 *
 * ## Formula
 * ```math
 * \mathrm{AHT} = \frac{\sum (\text{talkSeconds} + \text{holdSeconds} + \text{afterContactSeconds})}{\text{contacts handled}}
 * ```
 *
 * ## Variants
 * - **Without after-contact work** ("average talk time") understates the work. **Outbound**:
 *   Genesys Cloud adds dialling and contacting time; include it in `talkSeconds`.
 * - **Transfers** are two rows in agent reports, one in queue reports; **concurrent chats**
 *   overlap, so chat AHT is not agent time per chat (not for Erlang C as is).
 * - **From ACD totals or over intervals**: merge {@link MeanSummary} values of handle times
 *   ({@link mergeMeanSummaries}, {@link meanFromSummary}): the volume-weighted mean.
 *
 * @param contacts - Handle times of handled contacts (never `null`), or rows read through
 * `handleTime`. Any iterable.
 * @returns The AHT, in seconds.
 * @throws {@link MetricInputError} the common input checks (`contacts[i].talkSeconds`…, and a
 * total that overflows); `EMPTY` (`contacts`) when there is no contact.
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
