import { addCounts } from '../internal/summaries/addCounts.js';
import { forEachValue, splitSampleArguments } from '../internal/checks/sample.js';
import { checkInstant } from '../internal/checks/instant.js';
import { checkCount, checkNonNegative, checkObject, checkOptions, fail } from '../internal/checks/validate.js';
import type { Accessor } from '../types.js';

/** The contacts {@link firstContactResolutionFromSummary} divides by: all, resolvable at first contact, or resolved. @category Operations */
export type FirstContactResolutionBasis = 'gross' | 'net' | 'resolved';

/**
 * The sufficient statistic of first-contact resolution, as plain JSON that merges:
 * {@link firstContactResolutionSummary} counts it from a log; a CRM report, survey or warehouse
 * gives the same shape, without the bookkeeping `repeated` and `tooRecent`, with `resolved` or
 * `notResolvableOnFirstContact` when a basis needs them (checked when given).
 *
 * @category Operations
 */
export interface FirstContactResolutionSummary {
  /** Contacts (or issues) whose outcome is known: a whole number; from a log, resolved + repeated. */
  readonly contacts: number;
  /** Of those, resolved on the first contact: 0 to `contacts`. */
  readonly resolvedOnFirstContact: number;
  /** From a log: contacts followed by a repeat within the window, `contacts − resolvedOnFirstContact`. */
  readonly repeated?: number;
  /** From a log: contacts too recent to judge, left out of `contacts`. */
  readonly tooRecent?: number;
  /** Resolved at all, first contact or later: `resolvedOnFirstContact` to `contacts`; for `'resolved'`. */
  readonly resolved?: number;
  /** Never resolvable at first contact (break/fix visits, requests for another team): 0 to `contacts − resolvedOnFirstContact`; for `'net'`. */
  readonly notResolvableOnFirstContact?: number;
}

/** Options of {@link firstContactResolutionFromSummary}. @category Operations */
export interface FirstContactResolutionOptions {
  /** The contacts to divide by. @defaultValue 'gross' */
  readonly basis?: FirstContactResolutionBasis;
}

/** One contact of a log, as {@link firstContactResolution} reads it: who contacted and when. @category Operations */
export interface CustomerContact {
  /** The customer (account, phone number, case): a non-empty string or a finite number; `1` and `'1'` differ. */
  readonly customerId: string | number;
  /** When the contact began: a valid `Date` or epoch milliseconds (parse strings first, in their time zone). */
  readonly contactedAt: Date | number;
}

/** How {@link firstContactResolution} decides that a contact was followed by a repeat. @category Operations */
export interface RepeatContactOptions {
  /** Seconds (≥ 0) within which a contact is repeated, end included (604,800 = 7 days). @defaultValue 604800 */
  readonly repeatWindowSeconds?: number;
  /**
   * Until when the log is complete (a `Date` or epoch ms, not before any contact): a contact with
   * no repeat whose window ends after it is too recent to judge. @defaultValue the latest `contactedAt`
   */
  readonly observedUntil?: Date | number;
}

/** What a log says about one contact (rules: {@link firstContactResolution}). @category Operations */
export type FirstContactOutcome = 'resolved' | 'repeated' | 'tooRecent';

/**
 * First-contact resolution (FCR): the percentage of contacts resolved on the first contact,
 * with no need to contact again, from a {@link FirstContactResolutionSummary} or counts of that
 * shape (a CRM report, a survey, a warehouse).
 *
 * ## Formula
 * - gross FCR (default) = 100 × resolvedOnFirstContact / contacts
 * - net FCR = 100 × resolvedOnFirstContact / (contacts − notResolvableOnFirstContact)
 * - FCR over resolved contacts = 100 × resolvedOnFirstContact / resolved
 *
 * Percentages in 0–100; gross is never above the other two.
 *
 * ## Variants
 * - **Gross** (`basis: 'gross'`): SQM Group's FCR, the customers resolved on first contact
 *   with no repeat needed; MetricNet's gross FCR.
 * - **Net** (`'net'`): over contacts that *could* be resolved at first contact, leaving out
 *   break/fix and move/add/change requests (MetricNet); common with outsourcers (HDAA).
 * - **Over resolved** (`'resolved'`): Freshservice divides tickets resolved after the first
 *   contact by all tickets resolved, so open tickets do not count; Zendesk's "one-touch".
 * - **How it is known**: agent-flagged; a survey ("was it resolved, in one contact?", SQM's
 *   external method, usually lower); or no repeat within a window (SQM's internal method,
 *   {@link firstContactResolution}).
 *
 * @param summary - A {@link FirstContactResolutionSummary} or counts of that shape.
 * @param options - The basis.
 * @returns The first-contact resolution in 0–100.
 * @throws {@link MetricInputError} the common input checks (a `summary.resolved` or
 * `summary.notResolvableOnFirstContact` the basis needs); `INCONSISTENT` when the counts contradict
 * the ranges of {@link FirstContactResolutionSummary}; `EMPTY` when the basis has no contact.
 *
 * @example
 * ```ts
 * import { firstContactResolutionFromSummary } from 'service-metrics';
 *
 * // Net FCR leaves out the 10 contacts that could never be resolved at first contact.
 * firstContactResolutionFromSummary({ contacts: 100, resolvedOnFirstContact: 72, notResolvableOnFirstContact: 10 }, { basis: 'net' }); // => 80
 * firstContactResolutionFromSummary({ contacts: 100, resolvedOnFirstContact: 72 }); // => 72
 * ```
 *
 * @see {@link https://www.sqmgroup.com/resources/library/blog/fcr-metric-operating-philosophy | SQM Group: First call resolution, definition and measurement}
 * @see {@link https://customerthink.com/first_call_resolution_metrics_gross_vs_net_fcr/ | CustomerThink: First call resolution metrics, gross vs net FCR (after MetricNet's Jeff Rumburg)}
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
 * another contact from the same customer within a window (SQM Group's internal method).
 *
 * ## Formula
 * FCR = 100 × resolved / (resolved + repeated), where each contact is
 * - **repeated** when the same customer has another contact at or after it, at most
 *   `repeatWindowSeconds` later (end included; of simultaneous contacts all but the last, in
 *   log order, are repeats);
 * - **resolved** when it has none and contactedAt + window ≤ `observedUntil`;
 * - **too recent** otherwise: left out of both counts (so the latest contacts do not inflate
 *   FCR) and counted in `tooRecent`. To report a month, pass the month *and* the window after
 *   it, and filter the month's {@link firstContactOutcomes}.
 *
 * A repeat counts on any channel, for any reason (key by `customerId + reason` for one issue).
 * Time slices do not merge (a repeat may fall in the next); shards *by customer* with one
 * `observedUntil` do ({@link mergeFirstContactResolutionSummaries}). O(n log n).
 *
 * ## Variants
 * - **Window**: 7 days is the common base (Call Centre Helper); SQM looks 30 days ahead; some
 *   use 48–72 hours.
 * - **Per contact, not per issue**: three calls in a week give two repeats and one resolution.
 *   Counting chains of contacts as issues needs each chain's start, which a log cut at both ends
 *   cannot tell; not offered.
 * - **Survey or agent-flagged FCR**: {@link firstContactResolutionFromSummary}.
 *
 * @param contacts - The contact log: {@link CustomerContact} records, or rows read through
 * `contact`. Any iterable.
 * @param options - The repeat window and the end of the log.
 * @returns The first-contact resolution in 0–100.
 * @throws {@link MetricInputError} the common input checks (`contacts[i].customerId`,
 * `contacts[i].contactedAt`, options); `INCONSISTENT` for a `contacts[i].contactedAt` after
 * `options.observedUntil`; `EMPTY` (`contacts`) when no contact has a known outcome.
 *
 * @example
 * ```ts
 * import { firstContactResolution } from 'service-metrics';
 *
 * const log = [
 *   { customerId: 'ana', contactedAt: new Date('2024-03-01T09:00Z') },
 *   { customerId: 'ana', contactedAt: new Date('2024-03-04T09:00Z') }, // a repeat, 3 days later
 *   { customerId: 'ben', contactedAt: Date.parse('2024-03-02T10:00Z') },
 *   { customerId: 'cai', contactedAt: Date.parse('2024-03-20T10:00Z') }, // too recent to judge
 * ];
 * // ana's first contact was repeated; ana's second and ben's were not: 2 of 3.
 * firstContactResolution(log, { observedUntil: Date.parse('2024-03-22T00:00Z') }); // => 66.67
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
 * The {@link FirstContactResolutionSummary} of a contact log (rules: {@link firstContactResolution}):
 * `contacts` (outcome known), `resolvedOnFirstContact`, `repeated`, `tooRecent`.
 *
 * @param contacts - The contact log, or rows read through `contact`. Any iterable.
 * @param options - The repeat window and the end of the log.
 * @returns The counts, as plain JSON.
 * @throws {@link MetricInputError} as {@link firstContactResolution} does, except that a log
 * with no known outcome is allowed.
 *
 * @example
 * ```ts
 * import { firstContactResolutionSummary } from 'service-metrics';
 *
 * const day = 86_400_000;
 * firstContactResolutionSummary([{ customerId: 1, contactedAt: 0 }, { customerId: 1, contactedAt: 4 * day }, { customerId: 2, contactedAt: 27 * day }], { observedUntil: 30 * day });
 * // => { contacts: 2, resolvedOnFirstContact: 1, repeated: 1, tooRecent: 1 }
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
 * Adds two {@link FirstContactResolutionSummary} values (associative, commutative). Shards must
 * partition by customer and share `repeatWindowSeconds` and `observedUntil` (see
 * {@link firstContactResolution}); a field only one side has is left out.
 *
 * @param a - One summary.
 * @param b - Another, of other customers.
 * @returns A new summary.
 * @throws {@link MetricInputError} as {@link firstContactResolutionFromSummary} does (`a.contacts`,
 * `b.repeated`…), except that zero contacts are allowed; `OUT_OF_RANGE` when a sum passes 2⁵³ − 1.
 *
 * @example
 * ```ts
 * import { mergeFirstContactResolutionSummaries } from 'service-metrics';
 *
 * mergeFirstContactResolutionSummaries({ contacts: 3, resolvedOnFirstContact: 2 }, { contacts: 1, resolvedOnFirstContact: 1 }); // => { contacts: 4, resolvedOnFirstContact: 3 }
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
 * The outcome of each contact of a log, in log order (rules: {@link firstContactResolution}),
 * to break FCR down by channel, agent or reason with {@link contactMix} (a repeat may come on
 * another channel).
 *
 * @param contacts - The contact log, or rows read through `contact`. Any iterable.
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
 * ];
 * const outcomes = firstContactOutcomes(log, { observedUntil: 20 * day });
 * outcomes; // => ['repeated', 'resolved', 'resolved']
 * const mix = contactMix(log, { by: (c) => c.channel, resolvedOnFirstContact: (_c, i) => outcomes[i] === 'resolved' });
 * mix.groups['chat']?.firstContactResolution; // => 50
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
  const until = observedUntil === undefined ? undefined : checkInstant(metric, 'options.observedUntil', observedUntil);
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
    const time = checkInstant(metric, `contacts[${String(index)}].contactedAt`, contactedAt);
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

