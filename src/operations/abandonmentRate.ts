import { addCounts } from '../internal/summaries/addCounts.js';
import { checkQueueContact, failUnknownWait } from '../internal/checks/queueContact.js';
import { forEachValue, splitSampleArguments } from '../internal/checks/sample.js';
import { checkCount, checkNonNegative, checkObject, checkOptions, fail } from '../internal/checks/validate.js';
import type { Accessor } from '../types.js';
import type { QueueContact } from '../internal/types/contacts.js';

/** How {@link abandonmentRate} and {@link abandonmentRateSummary} tell short abandons from real ones. @category Operations */
export interface AbandonmentRateOptions {
  /**
   * An abandon whose `waitSeconds` is *strictly less* than this (a misdial) is a short abandon,
   * left out of abandoned and offered; seconds, commonly 5 or 10. Strict, so 0 excludes nothing
   * and a caller who waited exactly the threshold counts, as an ACD's "abandoned call wait time".
   *
   * @defaultValue 0 (no exclusion)
   */
  readonly shortAbandonSeconds?: number;
}

/**
 * The sufficient statistic of the abandonment rate, as plain JSON that merges (for the same
 * `shortAbandonSeconds`); ACD or warehouse counts have its shape, `shortAbandoned` optional.
 *
 * @category Operations
 */
export interface AbandonmentRateSummary {
  /** Contacts offered to the agent queue (answered + abandoned), short abandons included. */
  readonly offered: number;
  /** Contacts the customer abandoned while waiting, short abandons included; at most `offered`. */
  readonly abandoned: number;
  /** Of the `abandoned`, the short abandons, left out of both counts. @defaultValue 0 */
  readonly shortAbandoned?: number;
}

/**
 * Abandonment rate: the percentage of contacts offered to an agent queue that the customer
 * abandoned before an agent answered, from an {@link AbandonmentRateSummary} or counts of that
 * shape (an ACD report, a warehouse `GROUP BY`).
 *
 * ## Formula
 * ```math
 * \text{abandonment rate} = 100 \times \frac{\text{abandoned} - \text{shortAbandoned}}{\text{offered} - \text{shortAbandoned}}
 * ```
 * in 0–100, not rounded; with no short abandons the usual abandoned / offered × 100 (Call Centre Helper;
 * Amazon Connect's "contacts abandoned / contacts queued").
 *
 * ## Variants
 * - Short abandons (the first 5–10 s, misdials) excluded or not: no standard for either
 *   (Bocklund, TechTarget). Excluded, they leave *both* counts, as an ACD's abandoned-call wait
 *   time does: give `shortAbandoned`, or `shortAbandonSeconds` to {@link abandonmentRate}
 *   (some centres pass their service-level threshold there).
 * - Offered = answered + abandoned for contacts that reached the agent queue, as assumed here;
 *   an ACD "offered" that counts overflows, callbacks or IVR endings gives a lower rate (TechTarget).
 * - Against answered only: more favourable, generally considered wrong (CCa2z); not offered.
 *
 * @param summary - An {@link AbandonmentRateSummary}, or counts of that shape.
 * @returns The abandonment rate in 0–100.
 * @throws {@link MetricInputError} the common input checks; `INCONSISTENT` when
 * `summary.abandoned` > `offered` or `summary.shortAbandoned` > `abandoned`; `EMPTY` (`summary`)
 * when offered − shortAbandoned = 0.
 *
 * @example
 * ```ts
 * import { abandonmentRateFromSummary } from 'service-metrics';
 *
 * abandonmentRateFromSummary({ offered: 1000, abandoned: 40 }); // => 4
 * // 12 of the 60 abandons were within the short-abandon threshold: 48 of 988.
 * abandonmentRateFromSummary({ offered: 1000, abandoned: 60, shortAbandoned: 12 }); // => 4.86
 * ```
 *
 * @see {@link https://www.callcentrehelper.com/how-to-measure-call-abandon-rate-75869.htm | Call Centre Helper: How to measure call abandon rate}
 * @see {@link https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html | Amazon Connect: metric definitions, "Abandonment rate"}
 * @see {@link https://web.archive.org/web/2017/searchcrm.techtarget.com/answer/Calculating-abandoned-call-rates-in-the-call-center-what-to-include | Bocklund, L. (2007). Calculating abandoned call rates in the call center: what to include. TechTarget SearchCRM (archived copy)}
 * @see {@link https://www.cca2z.com/article/abandoned-calls/153 | CCa2z (2004): Abandoned calls}
 * @category Operations
 */
export function abandonmentRateFromSummary(summary: AbandonmentRateSummary): number {
  const metric = 'abandonmentRateFromSummary';
  return rateOf(metric, 'summary', checkAbandonmentRateSummary(metric, 'summary', summary));
}

/**
 * Abandonment rate from a contact log: the percentage of contacts offered to the queue that were
 * abandoned, optionally leaving out short abandons.
 *
 * Exactly `abandonmentRateFromSummary(abandonmentRateSummary(contacts, options))`: see
 * {@link abandonmentRateFromSummary} for the formula and variants. Every record is one offered
 * contact, so `null` in its place is `WRONG_TYPE`, not skipped (filter rows out before the
 * call). An abandon with no recorded wait counts as abandoned unless `shortAbandonSeconds` > 0
 * needs it. O(n), one pass.
 *
 * @param contacts - Queue contacts, or rows read through `contact`. Any iterable.
 * @param options - The short-abandon threshold.
 * @returns The abandonment rate in 0–100.
 * @throws {@link MetricInputError} the common input checks (`contacts[i].waitSeconds`…); `EMPTY`
 * when no contact is left to count (an empty log, or only short abandons).
 *
 * @example
 * ```ts
 * import { abandonmentRate } from 'service-metrics';
 *
 * const log = [{ waitSeconds: 12, outcome: 'answered' }, { waitSeconds: 95, outcome: 'abandoned' },
 *   { waitSeconds: 3, outcome: 'abandoned' }, { waitSeconds: 40, outcome: 'answered' }] as const;
 * abandonmentRate(log); // => 50
 * // The 3-second abandon is short: 1 abandon of 3 contacts.
 * abandonmentRate(log, { shortAbandonSeconds: 5 }); // => 33.33
 * const rows = [{ id: 'a', queue: { wait: 8, result: 'abandoned' as const } }];
 * abandonmentRate(rows, (row) => ({ waitSeconds: row.queue.wait, outcome: row.queue.result })); // => 100
 * ```
 *
 * @see {@link https://www.callcentrehelper.com/how-to-measure-call-abandon-rate-75869.htm | Call Centre Helper: How to measure call abandon rate}
 * @category Operations
 */
export function abandonmentRate(contacts: Iterable<QueueContact>, options?: AbandonmentRateOptions): number;
export function abandonmentRate<T>(
  rows: Iterable<T>,
  contact: Accessor<T, QueueContact>,
  options?: AbandonmentRateOptions,
): number;
export function abandonmentRate(contacts: unknown, second?: unknown, third?: unknown): number {
  return rateOf('abandonmentRate', 'contacts', summarise('abandonmentRate', contacts, second, third));
}

/**
 * Counts a contact log into an {@link AbandonmentRateSummary} (every record offered; short
 * abandons: `waitSeconds` < `options.shortAbandonSeconds`), for
 * {@link abandonmentRateFromSummary} and {@link mergeAbandonmentRateSummaries}.
 *
 * @param contacts - Queue contacts, or rows read through `contact`. Any iterable.
 * @param options - The short-abandon threshold.
 * @returns The counts, as plain JSON.
 * @throws {@link MetricInputError} as {@link abandonmentRate} does; an empty log is allowed.
 *
 * @example
 * ```ts
 * import { abandonmentRateSummary } from 'service-metrics';
 *
 * const log = [{ waitSeconds: 20, outcome: 'answered' }, { waitSeconds: 2, outcome: 'abandoned' }, { waitSeconds: 61, outcome: 'abandoned' }] as const;
 * abandonmentRateSummary(log, { shortAbandonSeconds: 5 });
 * // => { offered: 3, abandoned: 2, shortAbandoned: 1 }
 * ```
 *
 * @category Operations
 */
export function abandonmentRateSummary(contacts: Iterable<QueueContact>, options?: AbandonmentRateOptions): Required<AbandonmentRateSummary>;
export function abandonmentRateSummary<T>(
  rows: Iterable<T>,
  contact: Accessor<T, QueueContact>,
  options?: AbandonmentRateOptions,
): Required<AbandonmentRateSummary>;
export function abandonmentRateSummary(contacts: unknown, second?: unknown, third?: unknown): Required<AbandonmentRateSummary> {
  return summarise('abandonmentRateSummary', contacts, second, third);
}

/**
 * Adds two {@link AbandonmentRateSummary} values (chunks, shards, days); associative and
 * commutative, `abandonmentRateSummary([])` the identity.
 *
 * @param a - One summary.
 * @param b - Another summary, counted with the same `shortAbandonSeconds`.
 * @returns A new summary; neither input is changed.
 * @throws {@link MetricInputError} the common input checks; `INCONSISTENT` when a summary
 * contradicts itself (more abandoned than offered, more short abandons than abandons).
 *
 * @example
 * ```ts
 * import { abandonmentRateFromSummary, abandonmentRateSummary, mergeAbandonmentRateSummaries } from 'service-metrics';
 *
 * const morning = abandonmentRateSummary([{ waitSeconds: 30, outcome: 'abandoned' }]);
 * const afternoon = abandonmentRateSummary([10, 25, 5].map((waitSeconds) => ({ waitSeconds, outcome: 'answered' as const })));
 * abandonmentRateFromSummary(mergeAbandonmentRateSummaries(morning, afternoon)); // => 25
 * ```
 *
 * @category Operations
 */
export function mergeAbandonmentRateSummaries(a: AbandonmentRateSummary, b: AbandonmentRateSummary): Required<AbandonmentRateSummary> {
  const metric = 'mergeAbandonmentRateSummaries';
  const left = checkAbandonmentRateSummary(metric, 'a', a);
  const right = checkAbandonmentRateSummary(metric, 'b', b);
  const add = (name: keyof AbandonmentRateSummary): number => addCounts(metric, `b.${name}`, left[name], right[name]);
  return { offered: add('offered'), abandoned: add('abandoned'), shortAbandoned: add('shortAbandoned') };
}

function rateOf(metric: string, emptyField: string, counts: Required<AbandonmentRateSummary>): number {
  const offered = counts.offered - counts.shortAbandoned;
  if (offered === 0) fail(metric, emptyField, 'EMPTY', 'at least one contact offered that is not a short abandon', offered);
  // Whole numbers: the subtraction and 100 × (a count) are exact, so the one division rounds
  // correctly.
  return (100 * (counts.abandoned - counts.shortAbandoned)) / offered;
}

/**
 * Validates counts; `field` names the whole object, and each count as `field.offered`…
 * (exported for the descriptor, not from the package).
 */
export function checkAbandonmentRateSummary(metric: string, field: string, counts: unknown): Required<AbandonmentRateSummary> {
  const prefix = `${field}.`;
  const object = checkObject(metric, field, counts);
  const offered = checkCount(metric, `${prefix}offered`, object['offered']);
  const abandoned = checkCount(metric, `${prefix}abandoned`, object['abandoned']);
  const rawShort = object['shortAbandoned'];
  const shortAbandoned = rawShort === undefined ? 0 : checkCount(metric, `${prefix}shortAbandoned`, rawShort);
  if (abandoned > offered) {
    fail(metric, `${prefix}abandoned`, 'INCONSISTENT', `at most offered (${offered})`, abandoned);
  }
  if (shortAbandoned > abandoned) {
    fail(metric, `${prefix}shortAbandoned`, 'INCONSISTENT', `at most abandoned (${abandoned})`, shortAbandoned);
  }
  return { offered, abandoned, shortAbandoned };
}

/** One pass over the log into the three counts. */
function summarise(metric: string, contacts: unknown, second: unknown, third: unknown): Required<AbandonmentRateSummary> {
  const { valueof, options } = splitSampleArguments(metric, second, third, 'contact');
  const { shortAbandonSeconds = 0 } = checkOptions(metric, options, ['shortAbandonSeconds']);
  const threshold = checkNonNegative(metric, 'options.shortAbandonSeconds', shortAbandonSeconds);
  let offered = 0;
  let abandoned = 0;
  let shortAbandoned = 0;
  forEachValue(metric, 'contacts', contacts, valueof, (value, index) => {
    const contact = checkQueueContact(metric, 'contacts', index, value);
    offered++;
    if (contact.outcome === 'abandoned') {
      abandoned++;
      if (contact.waitSeconds === null) {
        // Short or not is unknown without the wait; with no threshold, no abandon is short.
        if (threshold > 0) failUnknownWait(metric, 'contacts', index, 'a short-abandon threshold (options.shortAbandonSeconds > 0)');
      } else if (contact.waitSeconds < threshold) shortAbandoned++;
    }
  });
  return { offered, abandoned, shortAbandoned };
}
