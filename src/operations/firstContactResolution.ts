import { addCounts } from '../internal/summaries/addCounts.js';
import { forEachValue, splitSampleArguments } from '../internal/checks/sample.js';
import { checkCount, checkNonNegative, checkObject, checkOptions, fail } from '../internal/checks/validate.js';
import type { Accessor } from '../types.js';

/**
 * Which contacts {@link firstContactResolutionFromSummary} divides by.
 *
 * - `'gross'`: every contact handled (SQM Group; MetricNet's gross FCR).
 * - `'net'`: contacts that could be resolved at first contact, leaving out those that never
 *   can be, such as hardware break/fix or requests that policy sends to another team
 *   (MetricNet's net FCR).
 * - `'resolved'`: resolved contacts only (Freshservice's FCR %, "one-touch" resolution).
 *
 * @category Operations
 */
export type FirstContactResolutionBasis = 'gross' | 'net' | 'resolved';

/**
 * The sufficient statistic of first-contact resolution: contacts, those resolved on first
 * contact, and how the rest went, as plain JSON that merges. {@link firstContactResolutionSummary}
 * counts it from a contact log (`repeated`, `tooRecent`); a CRM or ticketing report, a survey
 * or a warehouse gives counts of the same shape, where `repeated` and `tooRecent`
 * (bookkeeping) may be left out and `resolved` or `notResolvableOnFirstContact` are given when
 * a basis needs them.
 *
 * @category Operations
 */
export interface FirstContactResolutionSummary {
  /**
   * Contacts handled whose outcome is known (each contact that raised an issue, or each issue):
   * a whole number ≥ 0. From a log, `resolvedOnFirstContact + repeated`.
   */
  readonly contacts: number;
  /** How many of them were resolved on the first contact: a whole number from 0 to `contacts`. */
  readonly resolvedOnFirstContact: number;
  /**
   * Contacts followed by a repeat within the window (from a log); `contacts − resolvedOnFirstContact`.
   * @defaultValue not given
   */
  readonly repeated?: number;
  /**
   * Contacts too recent to judge, left out of `contacts` (from a log).
   * @defaultValue not given
   */
  readonly tooRecent?: number;
  /**
   * How many were resolved at all, on the first contact or later: a whole number from
   * `resolvedOnFirstContact` to `contacts`. Needed for the `'resolved'` basis; checked when
   * given.
   */
  readonly resolved?: number;
  /**
   * How many could never be resolved at first contact (break/fix visits, requests that must go
   * to another team): a whole number from 0 to `contacts − resolvedOnFirstContact`. Needed for
   * the `'net'` basis; checked when given.
   */
  readonly notResolvableOnFirstContact?: number;
}

/**
 * Options of {@link firstContactResolutionFromSummary}.
 *
 * @category Operations
 */
export interface FirstContactResolutionOptions {
  /**
   * The contacts to divide by: all (`'gross'`), those resolvable at first contact (`'net'`), or
   * those resolved (`'resolved'`).
   * @defaultValue 'gross'
   */
  readonly basis?: FirstContactResolutionBasis;
}

/**
 * One contact of a contact log, as {@link firstContactResolution} reads it: who
 * contacted and when.
 *
 * @category Operations
 */
export interface CustomerContact {
  /**
   * The customer (or account, phone number, case) that made the contact: a non-empty string or
   * a finite number. Ids are compared as JavaScript `Map` keys do, so `1` and `'1'` are two
   * customers: use one type.
   */
  readonly customerId: string | number;
  /**
   * When the contact began: a valid `Date`, or epoch milliseconds (`Date.getTime()`,
   * `Date.parse(iso)`). Strings are refused: parse them first, saying which time zone they are
   * in.
   */
  readonly contactedAt: Date | number;
}

/**
 * How {@link firstContactResolution} decides that a contact was followed by a repeat.
 *
 * @category Operations
 */
export interface RepeatContactOptions {
  /**
   * How long after a contact another contact from the same customer counts as a repeat, in
   * seconds (604,800 = 7 days; 2,592,000 = 30 days). A finite number ≥ 0; the window includes
   * its end: a contact exactly 7 days later is a repeat.
   * @defaultValue 604800 (7 days)
   */
  readonly repeatWindowSeconds?: number;
  /**
   * Until when the log is complete: every contact up to and including this instant is in it. A
   * contact whose window ends after it, and that has no repeat in the log, is too recent to
   * judge. A `Date` or epoch milliseconds, not before any contact of the log.
   * @defaultValue the latest `contactedAt` of the log
   */
  readonly observedUntil?: Date | number;
}

/**
 * What a contact log says about one contact: `'resolved'` (no repeat from the same customer
 * within the window, and the whole window is in the log), `'repeated'` (the customer contacted
 * again within the window), or `'tooRecent'` (no repeat yet, but the window runs past the end
 * of the log, so it is not known).
 *
 * @category Operations
 */
export type FirstContactOutcome = 'resolved' | 'repeated' | 'tooRecent';

/**
 * First-contact resolution (FCR): the percentage of contacts resolved on the first contact,
 * with no need for the customer to contact again, from a {@link FirstContactResolutionSummary}
 * or counts of that shape (a CRM report, a survey, a warehouse).
 *
 * ## Formula
 * - gross FCR (default) = 100 × resolvedOnFirstContact / contacts
 * - net FCR = 100 × resolvedOnFirstContact / (contacts − notResolvableOnFirstContact)
 * - FCR over resolved contacts = 100 × resolvedOnFirstContact / resolved
 *
 * A percentage in 0–100, not rounded. For the same counts, gross ≤ net and gross ≤ over
 * resolved.
 *
 * ## Variants
 * - **Gross FCR** (`basis: 'gross'`): over all contacts. SQM Group defines FCR as the percentage
 *   of customers whose inquiry was resolved on the first contact, so that no repeat contact was
 *   needed; MetricNet calls this the gross FCR.
 * - **Net FCR** (`'net'`): over contacts that *could* be resolved at first contact. MetricNet
 *   benchmarks service desks on it, leaving out hardware break/fix and move/add/change
 *   requests; outsourcers often use it, in-house desks rarely (HDAA).
 * - **Over resolved contacts** (`'resolved'`): Freshservice divides tickets resolved after the
 *   first customer contact by all tickets resolved in the period, so open tickets do not count
 *   against it; Zendesk's "one-touch" tickets are similar.
 * - **How "resolved on first contact" is known.** By the agent ticking a box, by a post-contact
 *   survey (SQM's external method: "was it resolved?" and "in one contact?"), or from the
 *   absence of a repeat contact within a window (SQM's internal method; see
 *   {@link firstContactResolution}). Survey FCR is usually lower than agent-reported FCR.
 *
 * @param summary - Contacts, first-contact resolutions, and `resolved` or
 * `notResolvableOnFirstContact` when the basis needs them: a
 * {@link FirstContactResolutionSummary} or counts of that shape.
 * @param options - The basis: gross, net, or over resolved contacts.
 * @returns The first-contact resolution in 0–100.
 * @throws {@link MetricInputError} `WRONG_TYPE`, `NOT_FINITE`, `NOT_INTEGER`, `NEGATIVE` or
 * `OUT_OF_RANGE` for a count that is not a whole number from 0 to 2⁵³ − 1 (`summary.contacts`…), or
 * for a `summary.resolved` or `summary.notResolvableOnFirstContact` missing when the basis needs it;
 * `INCONSISTENT` when `resolvedOnFirstContact` > `contacts`, `resolved` is outside
 * `resolvedOnFirstContact`…`contacts`, or `notResolvableOnFirstContact`
 * > `contacts − resolvedOnFirstContact` (naming the second); `EMPTY` when the basis has no contact:
 * (`summary.contacts`) when it is 0, (`summary.resolved`) when it is 0 in the 'resolved' basis,
 * (`summary.notResolvableOnFirstContact`) when it equals `contacts` in the 'net' basis;
 * `UNKNOWN_VALUE` or `WRONG_TYPE` for an `options.basis` that is not one of the three; `WRONG_TYPE`
 * (`summary`) when the input is not an object.
 *
 * @example
 * ```ts
 * import { firstContactResolutionFromSummary } from 'service-metrics';
 *
 * // SQM Group's internal method: 80 of 100 calls not followed by a repeat.
 * firstContactResolutionFromSummary({ contacts: 100, resolvedOnFirstContact: 80 }); // => 80
 * // Net FCR leaves out the 10 contacts that could never be resolved at first contact.
 * firstContactResolutionFromSummary({ contacts: 100, resolvedOnFirstContact: 72, notResolvableOnFirstContact: 10 }, { basis: 'net' }); // => 80
 * // Over resolved tickets (Freshservice).
 * firstContactResolutionFromSummary({ contacts: 100, resolvedOnFirstContact: 72, resolved: 90 }, { basis: 'resolved' }); // => 80
 * firstContactResolutionFromSummary({ contacts: 100, resolvedOnFirstContact: 72 }, { basis: 'resolved' }); // => throws WRONG_TYPE
 * ```
 *
 * @see {@link https://www.sqmgroup.com/resources/library/blog/fcr-metric-operating-philosophy | SQM Group: First call resolution, definition and measurement}
 * @see {@link http://customerthink.com/first_call_resolution_metrics_gross_vs_net_fcr/ | CustomerThink: First call resolution metrics, gross vs net FCR (after MetricNet's Jeff Rumburg)}
 * @see {@link https://support.freshservice.com/en/support/solutions/articles/50000004904-how-do-you-calculate-fcr- | Freshservice: How do you calculate FCR?}
 * @see {@link https://www.hdaa.com.au/metric-of-the-month-first-contact-resolution-rate/ | HDAA / MetricNet: Metric of the month, first contact resolution rate}
 * @category Operations
 */
export function firstContactResolutionFromSummary(
  summary: FirstContactResolutionSummary,
  options?: FirstContactResolutionOptions,
): number {
  const metric = 'firstContactResolutionFromSummary';
  const object = checkObject(metric, 'summary', summary);
  const { basis = 'gross' } = checkOptions(metric, options, ['basis']);
  if (basis !== 'gross' && basis !== 'net' && basis !== 'resolved') {
    fail(metric, 'options.basis', typeof basis === 'string' ? 'UNKNOWN_VALUE' : 'WRONG_TYPE', "'gross', 'net' or 'resolved'", basis);
  }
  const contacts = checkCount(metric, 'summary.contacts', object['contacts']);
  const firstTime = checkCount(metric, 'summary.resolvedOnFirstContact', object['resolvedOnFirstContact']);
  if (firstTime > contacts) {
    fail(metric, 'summary.resolvedOnFirstContact', 'INCONSISTENT', `at most contacts (${String(contacts)})`, firstTime);
  }
  const resolved = optionalCount(metric, object, 'resolved', basis === 'resolved');
  if (resolved !== undefined && (resolved < firstTime || resolved > contacts)) {
    const expected = `from resolvedOnFirstContact (${String(firstTime)}) to contacts (${String(contacts)})`;
    fail(metric, 'summary.resolved', 'INCONSISTENT', expected, resolved);
  }
  const excluded = optionalCount(metric, object, 'notResolvableOnFirstContact', basis === 'net');
  if (excluded !== undefined && excluded > contacts - firstTime) {
    const expected = `at most contacts − resolvedOnFirstContact (${String(contacts - firstTime)}): a contact resolved at first contact was resolvable`;
    fail(metric, 'summary.notResolvableOnFirstContact', 'INCONSISTENT', expected, excluded);
  }
  checkBookkeeping(metric, object, contacts, firstTime);
  let base = contacts;
  if (basis === 'resolved') base = resolved!;
  else if (basis === 'net') base = contacts - excluded!;
  if (base === 0) {
    if (contacts === 0) fail(metric, 'summary.contacts', 'EMPTY', 'at least one contact', contacts);
    if (basis === 'resolved') fail(metric, 'summary.resolved', 'EMPTY', "at least one resolved contact (the 'resolved' basis)", resolved);
    const expected = `less than contacts (${String(contacts)}): the 'net' basis needs a contact that could be resolved at first contact`;
    fail(metric, 'summary.notResolvableOnFirstContact', 'EMPTY', expected, excluded);
  }
  // Whole numbers: 100 × a count is exact, so the one division rounds correctly.
  return (100 * firstTime) / base;
}

/** A count that the basis requires (missing is `WRONG_TYPE`) or that is checked when given. */
function optionalCount(
  metric: string,
  object: Readonly<Record<string, unknown>>,
  field: string,
  required: boolean,
): number | undefined {
  const value = object[field];
  if (value === undefined && !required) return undefined;
  return checkCount(metric, `summary.${field}`, value);
}

/** `repeated` (when given) is `contacts − resolvedOnFirstContact`; `tooRecent` a whole number. */
function checkBookkeeping(metric: string, object: Readonly<Record<string, unknown>>, contacts: number, firstTime: number): void {
  const repeated = optionalCount(metric, object, 'repeated', false);
  if (repeated !== undefined && repeated !== contacts - firstTime) {
    const expected = `contacts − resolvedOnFirstContact (${String(contacts - firstTime)})`;
    fail(metric, 'summary.repeated', 'INCONSISTENT', expected, repeated);
  }
  optionalCount(metric, object, 'tooRecent', false);
}

/**
 * First-contact resolution from a contact log: the percentage of contacts *not* followed by
 * another contact from the same customer within a window (SQM Group's internal, repeat-contact
 * method).
 *
 * ## Formula
 * FCR = 100 × resolved / (resolved + repeated)
 *
 * where each contact of the log is, by {@link firstContactOutcomes}:
 * - **repeated** when the same customer has another contact at or after it, at most
 *   `repeatWindowSeconds` later (the window includes its end);
 * - **resolved** when it has none and its whole window lies within the log
 *   (contactedAt + window ≤ `observedUntil`);
 * - **too recent** otherwise: no repeat yet, but the window runs past the end of the log. Such
 *   contacts are left out of both counts, so the latest contacts do not inflate FCR, and counted
 *   in {@link firstContactResolutionSummary}'s `tooRecent`. To report a month, pass the contacts of the
 *   month *and* of the window after it, and filter the outcomes of the month (or extract the log
 *   a full window after the month ends).
 *
 * Contacts of one customer at the same instant are repeats of one another: all but the last (in
 * log order) are `'repeated'`. Each contact is judged by the next contact of the same customer,
 * on any channel, about any reason: a log that knows the reason may filter or key by
 * `customerId + reason` to count only repeats about the same issue.
 *
 * `firstContactResolution(log, options)` is exactly
 * `firstContactResolutionFromSummary(firstContactResolutionSummary(log, options))`. Runs in
 * O(n log n) time and O(n) memory: rows are grouped by customer (a `Map`), each customer's contacts sorted by time, and
 * each contact compared with the next.
 *
 * ## Not mergeable by time
 * A repeat may fall in the next chunk of a log, so counts of time slices do not add up to the
 * counts of the whole. Shards *by customer* (every contact of a customer in one shard, with the
 * same `observedUntil`) do add up: merge their {@link firstContactResolutionSummary} with
 * {@link mergeFirstContactResolutionSummaries}.
 *
 * ## Variants
 * - **Window**: 7 days is the common base (Call Centre Helper); SQM's internal resolution looks
 *   30 days ahead; some teams use 48–72 hours.
 * - **Per contact or per issue.** This judges every contact by the next one, so a customer who
 *   calls three times in a week gives two repeats and, if the third call ends it, one resolution.
 *   Counting issues instead (one chain of linked contacts = one issue, FCR when the chain has
 *   one contact) needs the start of each chain, which a log cut at both ends cannot tell; it is
 *   not offered.
 * - **Survey or agent-flagged FCR**: see {@link firstContactResolutionFromSummary}.
 *
 * @param contacts - The contact log: {@link CustomerContact} records, or rows read through
 * `contact`. Any iterable.
 * @param options - The repeat window and the end of the log.
 * @returns The first-contact resolution in 0–100.
 * @throws {@link MetricInputError} `EMPTY` (`contacts`) when no contact has a known outcome (the
 * log is empty or every contact is too recent); `WRONG_TYPE` for a record that is not an object
 * (`contacts[i]`); `WRONG_TYPE`, `NOT_FINITE` or `OUT_OF_RANGE` for a `contacts[i].customerId` that
 * is not a non-empty string or a finite number; `WRONG_TYPE`, `NOT_FINITE` or `OUT_OF_RANGE` for a
 * `contacts[i].contactedAt` that is not a valid `Date` or epoch milliseconds within the range of
 * `Date` (strings included); `INCONSISTENT` for a `contacts[i].contactedAt` after
 * `options.observedUntil`; `WRONG_TYPE`, `NOT_FINITE` or `NEGATIVE` for a bad
 * `options.repeatWindowSeconds`, and the time errors for a bad `options.observedUntil`.
 *
 * @example
 * ```ts
 * import { firstContactResolution } from 'service-metrics';
 *
 * const day = 86_400_000; // milliseconds
 * const log = [
 *   { customerId: 'ana', contactedAt: new Date('2024-03-01T09:00Z') },
 *   { customerId: 'ana', contactedAt: new Date('2024-03-04T09:00Z') }, // a repeat, 3 days later
 *   { customerId: 'ben', contactedAt: Date.parse('2024-03-02T10:00Z') },
 *   { customerId: 'cai', contactedAt: Date.parse('2024-03-20T10:00Z') }, // too recent to judge
 * ];
 * const observedUntil = Date.parse('2024-03-22T00:00Z');
 * // ana's first contact was repeated; ana's second and ben's were not: 2 of 3.
 * firstContactResolution(log, { observedUntil }); // => 66.67
 * // With a 2-day window ana's second contact is not a repeat of the first.
 * firstContactResolution(log, { observedUntil, repeatWindowSeconds: 2 * 86_400 }); // => 100
 * const rows = [{ customer: 7, at: 0 }, { customer: 7, at: 8 * day }];
 * firstContactResolution(rows, (r) => ({ customerId: r.customer, contactedAt: r.at }), { observedUntil: 16 * day }); // => 100
 * ```
 *
 * @see {@link https://sqmgroup.com/resources/library/blog/agents-accountable-call-resolution-index | SQM Group: Call resolution index (internal resolution: an additional call within 30 days)}
 * @see {@link https://www.callcentrehelper.com/forum/how-do-you-measure-repeat-call-rate-116577.htm | Call Centre Helper: How do you measure repeat call rate? (a 7-day window, counted forward)}
 * @see {@link https://www.callcentrehelper.com/forum/formula-to-calculate-the-call-resolution-111044.htm | Call Centre Helper: FCR = 1 − repeat calls / total calls}
 * @category Operations
 */
export function firstContactResolution(contacts: Iterable<CustomerContact>, options?: RepeatContactOptions): number;
export function firstContactResolution<T>(
  rows: Iterable<T>,
  contact: Accessor<T, CustomerContact>,
  options?: RepeatContactOptions,
): number;
export function firstContactResolution(contacts: unknown, second?: unknown, third?: unknown): number {
  const metric = 'firstContactResolution';
  const counts = countOutcomes(judgeLog(metric, contacts, second, third));
  if (counts.contacts === 0) {
    fail(metric, 'contacts', 'EMPTY', 'at least one contact whose outcome is known (the log is empty, or every contact is too recent)', counts);
  }
  return (100 * counts.resolvedOnFirstContact) / counts.contacts;
}

/**
 * Counts the outcomes of a contact log: contacts resolved on first contact, repeated, and too
 * recent to judge (see {@link firstContactResolution} for the rules). The result has the
 * shape {@link firstContactResolutionFromSummary} takes, with `contacts` = the contacts whose outcome is
 * known.
 *
 * @param contacts - The contact log: {@link CustomerContact} records, or rows read through
 * `contact`. Any iterable.
 * @param options - The repeat window and the end of the log.
 * @returns The counts, as plain JSON.
 * @throws {@link MetricInputError} as {@link firstContactResolution} does, except that a log
 * with no known outcome is allowed (all counts but `tooRecent` zero).
 *
 * @example
 * ```ts
 * import { firstContactResolutionFromSummary, firstContactResolutionSummary } from 'service-metrics';
 *
 * const counts = firstContactResolutionSummary(
 *   [
 *     { customerId: 1, contactedAt: Date.UTC(2024, 0, 1) },
 *     { customerId: 1, contactedAt: Date.UTC(2024, 0, 5) },
 *     { customerId: 2, contactedAt: Date.UTC(2024, 0, 2) },
 *     { customerId: 3, contactedAt: Date.UTC(2024, 0, 28) },
 *   ],
 *   { observedUntil: Date.UTC(2024, 0, 31) },
 * );
 * counts; // => { contacts: 3, resolvedOnFirstContact: 2, repeated: 1, tooRecent: 1 }
 * firstContactResolutionFromSummary(counts); // => 66.67
 * ```
 *
 * @category Operations
 */
export function firstContactResolutionSummary(
  contacts: Iterable<CustomerContact>,
  options?: RepeatContactOptions,
): Required<Pick<FirstContactResolutionSummary, 'contacts' | 'resolvedOnFirstContact' | 'repeated' | 'tooRecent'>>;
export function firstContactResolutionSummary<T>(
  rows: Iterable<T>,
  contact: Accessor<T, CustomerContact>,
  options?: RepeatContactOptions,
): Required<Pick<FirstContactResolutionSummary, 'contacts' | 'resolvedOnFirstContact' | 'repeated' | 'tooRecent'>>;
export function firstContactResolutionSummary(contacts: unknown, second?: unknown, third?: unknown): Required<Pick<FirstContactResolutionSummary, 'contacts' | 'resolvedOnFirstContact' | 'repeated' | 'tooRecent'>> {
  return countOutcomes(judgeLog('firstContactResolutionSummary', contacts, second, third));
}

/**
 * Adds two {@link FirstContactResolutionSummary} values, as for two shards of a contact log.
 * Merging is associative and commutative, with the summary of an empty log as the identity.
 *
 * **Shards must partition by customer**: repeats are found within a customer's contacts, so
 * every contact of a customer must be in one shard, and every shard judged with the same
 * `repeatWindowSeconds` and `observedUntil`. Summaries of time slices do not add up to the
 * summary of the whole (a repeat may fall in the next slice). Counts from reports (with
 * `resolved` or `notResolvableOnFirstContact`) add up when both sides have them; a field only
 * one side has is left out of the result.
 *
 * @param a - One summary.
 * @param b - Another, of other customers.
 * @returns A new summary; neither input is changed.
 * @throws {@link MetricInputError} as {@link firstContactResolutionFromSummary} does for a bad or
 * contradictory summary (`a.contacts`, `b.repeated`…), except that zero contacts are allowed;
 * `OUT_OF_RANGE` (`b.contacts`…) when a merged count would pass 2⁵³ − 1.
 *
 * @example
 * ```ts
 * import { firstContactResolutionFromSummary, firstContactResolutionSummary, mergeFirstContactResolutionSummaries } from 'service-metrics';
 *
 * const day = 86_400_000;
 * const options = { observedUntil: 30 * day };
 * // Customers a and b in one shard, c in another.
 * const shard1 = firstContactResolutionSummary([{ customerId: 'a', contactedAt: 0 }, { customerId: 'a', contactedAt: 2 * day }, { customerId: 'b', contactedAt: day }], options);
 * const shard2 = firstContactResolutionSummary([{ customerId: 'c', contactedAt: 5 * day }], options);
 * mergeFirstContactResolutionSummaries(shard1, shard2); // => { contacts: 4, resolvedOnFirstContact: 3, repeated: 1, tooRecent: 0 }
 * firstContactResolutionFromSummary(mergeFirstContactResolutionSummaries(shard1, shard2)); // => 75
 * ```
 *
 * @category Operations
 */
export function mergeFirstContactResolutionSummaries(
  a: FirstContactResolutionSummary,
  b: FirstContactResolutionSummary,
): FirstContactResolutionSummary {
  const metric = 'mergeFirstContactResolutionSummaries';
  const left = checkSummary(metric, 'a', a);
  const right = checkSummary(metric, 'b', b);
  const merged: Record<string, number> = {};
  for (const name of SUMMARY_FIELDS) {
    const x = left[name];
    const y = right[name];
    if (x !== undefined && y !== undefined) merged[name] = addCounts(metric, `b.${name}`, x, y);
  }
  return merged as unknown as FirstContactResolutionSummary;
}

const SUMMARY_FIELDS = ['contacts', 'resolvedOnFirstContact', 'repeated', 'tooRecent', 'resolved', 'notResolvableOnFirstContact'] as const;

/** Checks a summary named `field` (zero contacts allowed); absent optional fields stay absent. */
function checkSummary(metric: string, field: string, value: unknown): Partial<Record<(typeof SUMMARY_FIELDS)[number], number>> {
  const object = checkObject(metric, field, value);
  const checked: Partial<Record<(typeof SUMMARY_FIELDS)[number], number>> = {};
  for (const name of SUMMARY_FIELDS) {
    const raw = object[name];
    if (raw !== undefined || name === 'contacts' || name === 'resolvedOnFirstContact') {
      checked[name] = checkCount(metric, `${field}.${name}`, raw);
    }
  }
  const contacts = checked.contacts!;
  const firstTime = checked.resolvedOnFirstContact!;
  const { repeated, resolved, notResolvableOnFirstContact: excluded } = checked;
  if (firstTime > contacts) {
    fail(metric, `${field}.resolvedOnFirstContact`, 'INCONSISTENT', `at most contacts (${String(contacts)})`, firstTime);
  }
  if (repeated !== undefined && repeated !== contacts - firstTime) {
    fail(metric, `${field}.repeated`, 'INCONSISTENT', `contacts − resolvedOnFirstContact (${String(contacts - firstTime)})`, repeated);
  }
  if (resolved !== undefined && (resolved < firstTime || resolved > contacts)) {
    fail(metric, `${field}.resolved`, 'INCONSISTENT', `from resolvedOnFirstContact (${String(firstTime)}) to contacts (${String(contacts)})`, resolved);
  }
  if (excluded !== undefined && excluded > contacts - firstTime) {
    fail(metric, `${field}.notResolvableOnFirstContact`, 'INCONSISTENT', `at most contacts − resolvedOnFirstContact (${String(contacts - firstTime)})`, excluded);
  }
  return checked;
}

/**
 * The outcome of each contact of a log, in the order of the log: `'resolved'`, `'repeated'` or
 * `'tooRecent'` (see {@link firstContactResolution} for the rules). Use it to break FCR
 * down by channel, agent or reason with {@link contactMix}, since a repeat may come on another
 * channel than the contact it repeats.
 *
 * @param contacts - The contact log: {@link CustomerContact} records, or rows read through
 * `contact`. Any iterable.
 * @param options - The repeat window and the end of the log.
 * @returns One outcome per row, index for index.
 * @throws {@link MetricInputError} as {@link firstContactResolutionSummary} does.
 *
 * @example
 * ```ts
 * import { contactMix, firstContactOutcomes } from 'service-metrics';
 *
 * const day = 86_400_000;
 * const log = [
 *   { customerId: 'a', contactedAt: 0, channel: 'chat' },
 *   { customerId: 'a', contactedAt: 2 * day, channel: 'phone' },
 *   { customerId: 'b', contactedAt: day, channel: 'chat' },
 *   { customerId: 'c', contactedAt: 3 * day, channel: 'phone' },
 * ];
 * const outcomes = firstContactOutcomes(log, { observedUntil: 20 * day });
 * outcomes; // => ['repeated', 'resolved', 'resolved', 'resolved']
 * const mix = contactMix(log, {
 *   by: (c) => c.channel,
 *   resolvedOnFirstContact: (_c, i) => (outcomes[i] === 'tooRecent' ? null : outcomes[i] === 'resolved'),
 * });
 * mix.groups['chat']?.firstContactResolution; // => 50
 * mix.groups['phone']?.firstContactResolution; // => 100
 * ```
 *
 * @category Operations
 */
export function firstContactOutcomes(contacts: Iterable<CustomerContact>, options?: RepeatContactOptions): FirstContactOutcome[];
export function firstContactOutcomes<T>(
  rows: Iterable<T>,
  contact: Accessor<T, CustomerContact>,
  options?: RepeatContactOptions,
): FirstContactOutcome[];
export function firstContactOutcomes(contacts: unknown, second?: unknown, third?: unknown): FirstContactOutcome[] {
  return judgeLog('firstContactOutcomes', contacts, second, third);
}

/** A summary counted from a log: every count but the report-only ones set. */
type LogSummary = Required<Pick<FirstContactResolutionSummary, 'contacts' | 'resolvedOnFirstContact' | 'repeated' | 'tooRecent'>>;

function countOutcomes(outcomes: readonly FirstContactOutcome[]): LogSummary {
  let resolved = 0;
  let repeated = 0;
  let tooRecent = 0;
  for (const outcome of outcomes) {
    if (outcome === 'resolved') resolved++;
    else if (outcome === 'repeated') repeated++;
    else tooRecent++;
  }
  return { contacts: resolved + repeated, resolvedOnFirstContact: resolved, repeated, tooRecent };
}

/**
 * Counts outcomes given by a caller (the descriptor's values), checking each is one of the
 * three, named `values[i]` (exported for the descriptor, not from the package).
 */
export function countCheckedOutcomes(metric: string, values: readonly unknown[]): LogSummary {
  const outcomes: FirstContactOutcome[] = [];
  forEachValue(metric, 'values', values, undefined, (value, index) => {
    if (value !== 'resolved' && value !== 'repeated' && value !== 'tooRecent') {
      const code = typeof value === 'string' ? 'UNKNOWN_VALUE' : 'WRONG_TYPE';
      fail(metric, `values[${String(index)}]`, code, "'resolved', 'repeated' or 'tooRecent' (from firstContactOutcomes)", value);
    }
    outcomes.push(value);
  });
  return countOutcomes(outcomes);
}

/** The successes and trials of a checked summary, for the descriptor (not exported from the package). */
export function fcrProportion(metric: string, field: string, summary: unknown): { successes: number; trials: number } {
  const checked = checkSummary(metric, field, summary);
  return { successes: checked.resolvedOnFirstContact!, trials: checked.contacts! };
}

/** Seven days, in seconds: the default repeat window. */
const WEEK_SECONDS = 604_800;

/**
 * Reads and checks the log in one pass, groups the rows by customer (counting sort on a
 * customer index), sorts each customer's rows by time, and judges each row by the next row of
 * the same customer. Both sorts (insertion sort for a few rows, the typed-array sort for more)
 * are stable, so rows of one customer at the same instant keep log order and all but the last
 * are repeats.
 */
function judgeLog(metric: string, contacts: unknown, second: unknown, third: unknown): FirstContactOutcome[] {
  const { valueof, options } = splitSampleArguments(metric, second, third, 'contact');
  const { repeatWindowSeconds = WEEK_SECONDS, observedUntil } = checkOptions(metric, options, ['repeatWindowSeconds', 'observedUntil']);
  const window = checkNonNegative(metric, 'options.repeatWindowSeconds', repeatWindowSeconds) * 1000;
  const until = observedUntil === undefined ? undefined : checkTime(metric, 'options.observedUntil', observedUntil);
  const times: number[] = [];
  const customerOf: number[] = [];
  const sizes: number[] = [];
  const customers = new Map<string | number, number>();
  let latest = -Infinity;
  forEachValue(metric, 'contacts', contacts, valueof, (value, index) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      fail(metric, `contacts[${String(index)}]`, 'WRONG_TYPE', 'a customer contact { customerId, contactedAt }', value);
    }
    const { customerId, contactedAt } = value as Readonly<Record<string, unknown>>;
    const id = checkCustomerId(metric, index, customerId);
    const time = checkTime(metric, `contacts[${String(index)}].contactedAt`, contactedAt);
    if (until !== undefined && time > until) {
      fail(metric, `contacts[${String(index)}].contactedAt`, 'INCONSISTENT', `at most options.observedUntil (${String(until)} ms)`, contactedAt);
    }
    let customer = customers.get(id);
    if (customer === undefined) {
      customer = sizes.length;
      customers.set(id, customer);
      sizes.push(0);
    }
    sizes[customer]! += 1;
    times.push(time);
    customerOf.push(customer);
    if (time > latest) latest = time;
  });
  const end = until ?? latest;
  const n = times.length;
  const starts = new Int32Array(sizes.length + 1);
  for (let c = 0; c < sizes.length; c++) starts[c + 1] = starts[c]! + sizes[c]!;
  const cursor = starts.slice(0, sizes.length);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[cursor[customerOf[i]!]!++] = i;
  const outcomes = new Array<FirstContactOutcome>(n);
  const byTime = (a: number, b: number): number => times[a]! - times[b]!;
  for (let c = 0; c < sizes.length; c++) {
    const from = starts[c]!;
    const to = starts[c + 1]!;
    if (to - from > 16) order.subarray(from, to).sort(byTime);
    else sortFew(order, from, to, times);
    for (let k = from; k < to; k++) {
      const row = order[k]!;
      const windowEnd = times[row]! + window;
      if (k + 1 < to && times[order[k + 1]!]! <= windowEnd) outcomes[row] = 'repeated';
      else outcomes[row] = windowEnd <= end ? 'resolved' : 'tooRecent';
    }
  }
  return outcomes;
}

/**
 * Insertion sort of `order[from..to)` by time, for the few contacts most customers have: no
 * comparator calls and no subarray. Shifting only past strictly later times keeps it stable.
 */
function sortFew(order: Int32Array, from: number, to: number, times: readonly number[]): void {
  for (let k = from + 1; k < to; k++) {
    const row = order[k]!;
    const time = times[row]!;
    let j = k - 1;
    while (j >= from && times[order[j]!]! > time) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = row;
  }
}

function checkCustomerId(metric: string, index: number, value: unknown): string | number {
  const expected = 'a customer id: a non-empty string or a finite number';
  const field = `contacts[${String(index)}].customerId`;
  if (typeof value === 'string') {
    if (value === '') fail(metric, field, 'OUT_OF_RANGE', expected, value);
    return value;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) fail(metric, field, 'NOT_FINITE', expected, value);
    return value;
  }
  return fail(metric, field, 'WRONG_TYPE', expected, value);
}

/** Epoch milliseconds a `Date` can hold: ±8.64 × 10¹⁵ (±100,000,000 days from 1970). */
const MAX_TIME = 8.64e15;

/**
 * A point in time as epoch milliseconds, from a valid `Date` or a finite number of epoch
 * milliseconds within the range of `Date`. Strings are refused (`WRONG_TYPE`): ISO strings
 * without an offset are read as UTC or as local time depending on their form, so the caller
 * parses them (`Date.parse`, or a date library) and says which.
 */
function checkTime(metric: string, field: string, value: unknown): number {
  const expected = 'a valid Date or epoch milliseconds (a finite number); parse strings first';
  let time: number;
  if (typeof value === 'number') time = value;
  else if (value instanceof Date) time = value.getTime();
  else fail(metric, field, 'WRONG_TYPE', expected, value);
  if (!Number.isFinite(time)) fail(metric, field, 'NOT_FINITE', expected, value);
  if (Math.abs(time) > MAX_TIME) fail(metric, field, 'OUT_OF_RANGE', 'epoch milliseconds within ±8.64e15 (the range of Date)', value);
  return time;
}
