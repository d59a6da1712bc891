import { addCounts } from '../internal/summaries/addCounts.js';
import { checkQueueContact, failUnknownWait } from '../internal/checks/queueContact.js';
import { forEachValue, splitSampleArguments } from '../internal/checks/sample.js';
import { checkCount, checkNonNegative, checkObject, checkOptions, fail } from '../internal/checks/validate.js';
import type { Accessor } from '../types.js';
import type { QueueContact } from '../internal/types/contacts.js';

/**
 * How {@link abandonmentRateFromSummary} and {@link abandonmentRateSummary} tell short abandons from
 * real ones.
 *
 * @category Operations
 */
export interface AbandonmentRateOptions {
  /**
   * An abandoned contact whose `waitSeconds` is *strictly less* than this is a short abandon
   * (a misdial, a caller who changed their mind): it is left out of both the abandoned and the
   * offered contacts. A finite number ≥ 0, in seconds; centres commonly use 5 or 10.
   *
   * The comparison is strict so that the default, 0, excludes nothing (no wait is below 0), and
   * so that a threshold of 5 counts an abandon after exactly 5 seconds as a real abandon, as an
   * ACD's "abandoned call wait time" does: a caller who waited at least the threshold counts.
   *
   * @defaultValue 0 (no exclusion)
   */
  readonly shortAbandonSeconds?: number;
}

/**
 * The sufficient statistic of the abandonment rate: contacts offered, abandoned and short
 * abandons, as plain JSON that merges. Counts from an ACD report or a warehouse query have the
 * same shape, with `shortAbandoned` left out when there are none. Summaries only merge
 * meaningfully when counted with the same `shortAbandonSeconds`.
 *
 * @category Operations
 */
export interface AbandonmentRateSummary {
  /** Contacts offered to the agent queue (answered + abandoned), short abandons included. */
  readonly offered: number;
  /** Contacts the customer abandoned while waiting, short abandons included; at most `offered`. */
  readonly abandoned: number;
  /**
   * How many of the `abandoned` contacts were short abandons, to leave out of both counts;
   * at most `abandoned`. Always set by {@link abandonmentRateSummary}.
   *
   * @defaultValue 0
   */
  readonly shortAbandoned?: number;
}

/**
 * Abandonment rate: the percentage of contacts offered to an agent queue that the customer
 * abandoned before an agent answered, from an {@link AbandonmentRateSummary} or counts of that
 * shape (an ACD report, a warehouse `GROUP BY`).
 *
 * ## Formula
 * abandonment rate = 100 × (abandoned − shortAbandoned) / (offered − shortAbandoned)
 *
 * With no short abandons this is the usual abandoned / offered × 100 (Call Centre Helper;
 * Amazon Connect's "contacts abandoned / contacts queued"). The result is a percentage in
 * 0–100, not rounded.
 *
 * ## Variants
 * - **Short abandons included or excluded.** Many centres leave out contacts abandoned within
 *   the first few seconds (commonly 5–10), which say more about misdials than about waiting;
 *   there is no industry standard for the threshold or for whether to exclude them at all
 *   (Bocklund, TechTarget). When they are excluded, they leave *both* counts, as if never
 *   offered — the way an ACD's abandoned-call wait time works. Give their count as
 *   `shortAbandoned`, or let {@link abandonmentRate} find them with
 *   `shortAbandonSeconds`.
 * - **Against offered, or against answered + abandoned.** For contacts that entered the agent
 *   queue the two are the same number (offered = answered + abandoned), which is what this
 *   function assumes. ACD reports whose "offered" also counts contacts that overflowed,
 *   requested a callback or ended in the IVR give a lower rate; count only contacts that
 *   reached the agent queue (TechTarget).
 * - **Against answered only** (abandoned / answered) gives a more favourable figure and is
 *   generally considered wrong (CCa2z); it is not offered here.
 * - Some centres also drop abandons that happen before the service-level threshold; pass that
 *   threshold as `shortAbandonSeconds` to {@link abandonmentRate}.
 *
 * @param summary - An {@link AbandonmentRateSummary}, or counts of that shape from an ACD report
 * or a warehouse: whole numbers `offered`, `abandoned` ≤ `offered`, and optionally
 * `shortAbandoned` ≤ `abandoned`.
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
 * abandonmentRateFromSummary({ offered: 0, abandoned: 0 }); // => throws EMPTY
 * ```
 *
 * @see {@link https://www.callcentrehelper.com/how-to-measure-call-abandon-rate-75869.htm | Call Centre Helper: How to measure call abandon rate}
 * @see {@link https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html | Amazon Connect: metric definitions, "Abandonment rate"}
 * @see {@link http://searchcrm.techtarget.com/answer/Calculating-abandoned-call-rates-in-the-call-center-what-to-include | Bocklund, L. (2007). Calculating abandoned call rates in the call center: what to include. TechTarget}
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
 * Each record is a {@link QueueContact} (`{ waitSeconds, outcome }`), given directly or read
 * from a row through `contact`. Every record is one offered contact; an abandoned one whose
 * `waitSeconds` is below `options.shortAbandonSeconds` is a short abandon and leaves both
 * counts. An abandoned contact may have no recorded wait (`waitSeconds` `null` or absent): it
 * counts as abandoned, unless `shortAbandonSeconds` is above 0, which needs it. See
 * {@link abandonmentRateFromSummary} for the formula and the variants.
 *
 * `abandonmentRate(contacts, options)` is exactly
 * `abandonmentRateFromSummary(abandonmentRateSummary(contacts, options))`.
 *
 * A log has no "no answer": every row stands for a contact that was offered. So `null` or
 * `undefined` in place of a record is an error (`WRONG_TYPE`), not skipped — skipping it would
 * silently change the number of contacts offered. To leave rows out (another queue, another
 * day), filter them before the call. Runs in O(n), one pass, reading each row once.
 *
 * @param contacts - Queue contacts, or rows read through `contact`. Any iterable.
 * @param options - The short-abandon threshold.
 * @returns The abandonment rate in 0–100.
 * @throws {@link MetricInputError} the common input checks (`contacts[i].waitSeconds`, which may
 * be `null` or absent for an abandoned contact unless `options.shortAbandonSeconds` > 0;
 * `contacts[i].outcome`, `options.shortAbandonSeconds`); `EMPTY` when no contact is left to
 * count (an empty log, or only short abandons).
 *
 * @example
 * ```ts
 * import { abandonmentRate } from 'service-metrics';
 *
 * const log = [
 *   { waitSeconds: 12, outcome: 'answered' },
 *   { waitSeconds: 95, outcome: 'abandoned' },
 *   { waitSeconds: 3, outcome: 'abandoned' },
 *   { waitSeconds: 40, outcome: 'answered' },
 * ] as const;
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
 * Counts a contact log into an {@link AbandonmentRateSummary}: contacts offered, abandoned, and how
 * many of the abandons were short. {@link abandonmentRateFromSummary} turns it into the rate and
 * {@link mergeAbandonmentRateSummaries} adds summaries up, so chunks of a stream, shards or daily
 * groups, merged, give the same rate as one batch call.
 *
 * `offered` counts every record, `abandoned` every abandoned one, and `shortAbandoned` the
 * abandoned ones with `waitSeconds` < `options.shortAbandonSeconds` (so it is 0 by default).
 *
 * @param contacts - Queue contacts, or rows read through `contact`. Any iterable.
 * @param options - The short-abandon threshold.
 * @returns The counts, as plain JSON.
 * @throws {@link MetricInputError} as {@link abandonmentRate} does, except that an empty log
 * is allowed (all counts zero).
 *
 * @example
 * ```ts
 * import { abandonmentRateSummary } from 'service-metrics';
 *
 * abandonmentRateSummary(
 *   [
 *     { waitSeconds: 20, outcome: 'answered' },
 *     { waitSeconds: 2, outcome: 'abandoned' },
 *     { waitSeconds: 61, outcome: 'abandoned' },
 *   ],
 *   { shortAbandonSeconds: 5 },
 * );
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
 * Adds two {@link AbandonmentRateSummary} values, as for two chunks of a stream, two shards, or two
 * days of a report. Merging is associative and commutative, with `abandonmentRateSummary([])` as
 * the identity.
 *
 * @param a - One summary.
 * @param b - Another summary, counted with the same `shortAbandonSeconds`.
 * @returns A new summary; neither input is changed.
 * @throws {@link MetricInputError} the common input checks (`a.offered`…, a sum past 2⁵³ − 1);
 * `INCONSISTENT` when a summary contradicts itself (more abandoned than offered, more short
 * abandons than abandons).
 *
 * @example
 * ```ts
 * import { abandonmentRateFromSummary, abandonmentRateSummary, mergeAbandonmentRateSummaries } from 'service-metrics';
 *
 * const morning = abandonmentRateSummary([{ waitSeconds: 30, outcome: 'abandoned' }]);
 * const afternoon = abandonmentRateSummary([
 *   { waitSeconds: 10, outcome: 'answered' },
 *   { waitSeconds: 25, outcome: 'answered' },
 *   { waitSeconds: 5, outcome: 'answered' },
 * ]);
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
  if (offered === 0) fail(metric, emptyField, 'EMPTY', 'at least one contact offered that is not a short abandon', counts);
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
