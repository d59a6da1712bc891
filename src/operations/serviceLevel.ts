import { addCounts } from '../internal/summaries/addCounts.js';
import { checkQueueContact, failUnknownWait } from '../internal/checks/queueContact.js';
import { forEachValue, splitSampleArguments } from '../internal/checks/sample.js';
import { checkCount, checkNonNegative, checkObject, checkOptions, checkRequiredOptions, fail } from '../internal/checks/validate.js';
import type { Accessor } from '../types.js';
import type { QueueContact } from '../internal/types/contacts.js';

/**
 * How a service level treats abandoned contacts: the five calculations ICMI lists, named by
 * what they do. With T the threshold, AW the contacts answered within T, A all answered, BW
 * the abandons within T, B all abandons, and S the short abandons (shorter than
 * `shortAbandonSeconds`, a subset of BW):
 *
 * | variant | service level (× 100) | ICMI | also |
 * | --- | --- | --- | --- |
 * | `'abandonedAsMissed'` (default) | AW / (A + B − S) | #3 | Cisco "negative impact"; Genesys Cloud; Talkdesk |
 * | `'ignoreAbandoned'` | AW / A | #2 | Genesys Cloud with abandons excluded |
 * | `'ignoreAbandonedWithinThreshold'` | AW / (A + B − BW) | #4 | Cisco "abandoned calls ignored"; Bright Pattern |
 * | `'abandonedWithinThresholdAsMet'` | (AW + BW − S) / (A + B − S) | #1 | Cisco "positive impact" |
 * | `'shortAbandonedAsMet'` | (AW + S) / (A + B) | #5 | |
 *
 * Short abandons (S) leave every variant's counts, as if never offered, except in
 * `'shortAbandonedAsMet'`, which counts them as met; with S = 0 the first four are exactly
 * ICMI's #3, #2, #4 and #1.
 *
 * @category Operations
 */
export type ServiceLevelVariant =
  | 'abandonedAsMissed'
  | 'ignoreAbandoned'
  | 'ignoreAbandonedWithinThreshold'
  | 'abandonedWithinThresholdAsMet'
  | 'shortAbandonedAsMet';

/** Which service-level calculation {@link serviceLevelFromSummary} uses. @category Operations */
export interface ServiceLevelVariantOptions {
  /** How abandoned contacts count; see {@link ServiceLevelVariant}. @defaultValue 'abandonedAsMissed' */
  readonly variant?: ServiceLevelVariant;
}

/** The thresholds of a service level computed from a contact log. @category Operations */
export interface ServiceLevelThresholds {
  /** The threshold T in seconds, ≥ 0 ("80 % in 20 seconds": 20); a wait ≤ T is within it. */
  readonly thresholdSeconds: number;
  /**
   * An abandon that waited *strictly less* than this is a short abandon (a misdial), as in
   * {@link abandonmentRate}; ≤ `thresholdSeconds`, commonly 5 or 10. @defaultValue 0 (none)
   */
  readonly shortAbandonSeconds?: number;
}

/**
 * Options of {@link serviceLevel}: the thresholds and the variant.
 *
 * @category Operations
 */
export interface ServiceLevelOptions extends ServiceLevelThresholds, ServiceLevelVariantOptions {}

/**
 * The sufficient statistic of a contact log's service level for one threshold, as plain JSON
 * that merges, enough for every {@link ServiceLevelVariant}. ACD or warehouse counts have the
 * same shape, and may leave out the thresholds (bookkeeping) and the counts their variant does
 * not need; summaries merge only when counted for the same thresholds.
 *
 * @category Operations
 */
export interface ServiceLevelSummary {
  /** The threshold the counts are for, in seconds. Needed to merge; checked when given. */
  readonly thresholdSeconds?: number;
  /** The short-abandon threshold the counts are for, in seconds (0: none). @defaultValue 0 */
  readonly shortAbandonSeconds?: number;
  /** Contacts answered by an agent, a whole number ≥ 0. */
  readonly answered: number;
  /** Of the answered contacts, those answered within the threshold (wait ≤ T); at most `answered`. */
  readonly answeredWithinThreshold: number;
  /** Contacts abandoned while waiting, short abandons included, a whole number ≥ 0. */
  readonly abandoned: number;
  /**
   * Of the abandoned, those within the threshold (wait ≤ T), short abandons included; needed by
   * `'ignoreAbandonedWithinThreshold'` and `'abandonedWithinThresholdAsMet'`. @defaultValue unknown
   */
  readonly abandonedWithinThreshold?: number;
  /** Of the abandoned, the short abandons; at most `abandonedWithinThreshold` (or `abandoned`). @defaultValue 0 */
  readonly shortAbandoned?: number;
  /**
   * Of the abandoned, those with no recorded wait: never in `abandonedWithinThreshold` nor
   * `shortAbandoned`; the variants needing `abandonedWithinThreshold` refuse it above 0. @defaultValue 0
   */
  readonly abandonedWaitUnknown?: number;
}

/**
 * Service level: the percentage of contacts answered within a threshold ("80 % in 20
 * seconds"), from a {@link ServiceLevelSummary} or counts of that shape (an ACD report, a
 * warehouse), with abandoned contacts treated as the chosen variant says.
 *
 * ## Formula
 * ```math
 * \text{service level} = 100 \times \frac{A_W}{A + B - S}
 * ```
 * by default (A_W answered within the threshold, A answered, B abandoned, S short abandons); the other variants are in
 * {@link ServiceLevelVariant}. In 0–100, not rounded.
 *
 * ## Variants
 * ICMI lists five, differing only in how abandons count (reprinted by Call Centre Helper):
 * - `'abandonedAsMissed'` (default): every abandon is a miss; the service level of
 *   {@link erlangCPerformance}, Cisco's "negatively impact", Genesys Cloud's and Talkdesk's. It
 *   never exceeds the "ignore" variants, whose use the ICMI author calls "NOT an accurate reflection".
 * - `'ignoreAbandoned'`: AW / A, the highest figure.
 * - `'ignoreAbandonedWithinThreshold'`: an abandon within T gave no chance to meet it and
 *   leaves the denominator (Cisco's "ignored", Bright Pattern).
 * - `'abandonedWithinThresholdAsMet'`: Cisco's "positive impact". `'shortAbandonedAsMet'`: ICMI's fifth.
 * - Short abandons, when given, leave both counts in all but the last, as Cisco's short-call
 *   timer, Genesys Cloud (short abandons not included) and Talkdesk do; by default that is
 *   Genesys Stat Server's ServiceFactor. One {@link serviceLevelSummary} gives every variant.
 *
 * @param summary - A {@link ServiceLevelSummary} or counts of that shape.
 * @param options - The variant. The log form's thresholds may come along (one options object
 * for both forms), and must then be the summary's.
 * @returns The service level in 0–100.
 * @throws {@link MetricInputError} the common input checks (a missing
 * `summary.abandonedWithinThreshold` the variant needs); `INCONSISTENT` for a part above its
 * whole, `summary.abandonedWaitUnknown` above the abandons outside T, with a short-abandon
 * threshold, or with a variant needing `abandonedWithinThreshold`, or an
 * `options.thresholdSeconds` or `options.shortAbandonSeconds` other than the summary's; `EMPTY` (`summary`) when the
 * variant's denominator is 0.
 *
 * @example
 * ```ts
 * import { serviceLevelFromSummary } from 'service-metrics';
 *
 * // ICMI's example: 1,000 answered (860 within 20 s), 60 abandoned (20 within 20 s, 10 within 5 s).
 * const counts = { answered: 1000, answeredWithinThreshold: 860, abandoned: 60, abandonedWithinThreshold: 20 };
 * serviceLevelFromSummary(counts); // => 81.13
 * serviceLevelFromSummary(counts, { variant: 'ignoreAbandoned' }); // => 86
 * serviceLevelFromSummary(counts, { variant: 'ignoreAbandonedWithinThreshold' }); // => 82.69
 * serviceLevelFromSummary(counts, { variant: 'abandonedWithinThresholdAsMet' }); // => 83.02
 * serviceLevelFromSummary({ ...counts, shortAbandoned: 10 }, { variant: 'shortAbandonedAsMet' }); // => 82.08
 * serviceLevelFromSummary({ ...counts, shortAbandoned: 10 }); // => 81.90
 * ```
 *
 * @see {@link https://www.icmi.com/Resources/QueueTips/2005/March/Service-Level-Calculations.aspx | ICMI QueueTips (2005): Service level calculations}
 * @see {@link https://www.callcentrehelper.com/service-level-threshold-calculations-206890.htm | Call Centre Helper: Service level threshold calculations}
 * @see {@link https://help.mypurecloud.com/articles/configure-the-service-level-calculation/ | Genesys Cloud: Configure the service level calculation}
 * @see Cisco Systems. *Cisco Unified Intelligence Center 9.0(1) user guide*, "Service-level
 * calculations": SL Aban Ignored, SL Aban Negative, SL Aban Positive.
 * @see {@link https://data-dictionary.talkdesk.com/docs/contacts-service-level | Talkdesk data dictionary: Contacts' service level}
 * @category Operations
 */
export function serviceLevelFromSummary(summary: ServiceLevelSummary, options?: ServiceLevelVariantOptions): number {
  const metric = 'serviceLevelFromSummary';
  const variant = readVariant(metric, options);
  const object = checkObject(metric, 'summary', summary);
  const counts = checkCounts(metric, 'summary', object, variant);
  if (object['thresholdSeconds'] !== undefined || object['shortAbandonSeconds'] !== undefined) {
    const recorded = checkThresholds(metric, 'summary', object, 0);
    checkUnknownWaits(metric, 'summary', recorded.shortAbandonSeconds, counts.abandonedWaitUnknown);
    // The options of the log form may come along (one options object for both forms); thresholds
    // in them must be the ones the counts were made with, or the result would be for another T.
    const given = options === undefined ? {} : checkObject(metric, 'options', options);
    for (const name of ['thresholdSeconds', 'shortAbandonSeconds'] as const) {
      if (given[name] === undefined || object[name] === undefined) continue;
      const value = checkNonNegative(metric, `options.${name}`, given[name]);
      if (value !== recorded[name]) fail(metric, `options.${name}`, 'INCONSISTENT', `summary.${name} (${String(recorded[name])})`, value);
    }
  }
  return levelOf(metric, 'summary', variant, counts);
}

/**
 * Service level from a contact log: the percentage of contacts answered within
 * `thresholdSeconds`, with abandoned contacts treated as the chosen variant says.
 *
 * Exactly `serviceLevelFromSummary(serviceLevelSummary(contacts, options), options)`: see
 * {@link serviceLevelFromSummary} for the formula and variants. A contact is within the threshold
 * when its wait is ≤ `thresholdSeconds` (Genesys Cloud: "less than or equal to the target");
 * Amazon Connect's API uses "less than": on whole seconds, pass `thresholdSeconds − 1`. An
 * abandon with no recorded wait is accepted by `'abandonedAsMissed'`, `'ignoreAbandoned'` and
 * `'shortAbandonedAsMet'` without a short-abandon threshold. `null` in place of a record is an
 * error. O(n), one pass.
 *
 * @param contacts - Queue contacts, or rows read through `contact`. Any iterable.
 * @param options - The threshold (required), the short-abandon threshold and the variant.
 * @returns The service level in 0–100.
 * @throws {@link MetricInputError} the common input checks (`contacts[i]…`, a missing
 * `options.thresholdSeconds` or needed wait); `INCONSISTENT` when `options.shortAbandonSeconds`
 * exceeds `thresholdSeconds`; `EMPTY` (`contacts`) when the variant's denominator is 0.
 *
 * @example
 * ```ts
 * import { serviceLevel } from 'service-metrics';
 *
 * const log = [
 *   { waitSeconds: 5, outcome: 'answered' },
 *   { waitSeconds: 20, outcome: 'answered' },
 *   { waitSeconds: 48, outcome: 'answered' },
 *   { waitSeconds: 3, outcome: 'abandoned' },
 *   { waitSeconds: 75, outcome: 'abandoned' },
 * ] as const;
 * // Within 20 s: 2 of 5 contacts.
 * serviceLevel(log, { thresholdSeconds: 20 }); // => 40
 * // The 3-second abandon is short: 2 of 4.
 * serviceLevel(log, { thresholdSeconds: 20, shortAbandonSeconds: 5 }); // => 50
 * serviceLevel(log, { thresholdSeconds: 20, variant: 'ignoreAbandoned' }); // => 66.67
 * // An abandon with no recorded wait: 2 of 6.
 * serviceLevel([...log, { waitSeconds: null, outcome: 'abandoned' }], { thresholdSeconds: 20 }); // => 33.33
 * ```
 *
 * @see {@link https://help.genesys.cloud/1283 | Genesys Cloud glossary: service level ("less than or equal to the target")}
 * @see {@link https://docs.aws.amazon.com/connect/latest/APIReference/API_Threshold.html | Amazon Connect API: Threshold ("less than" comparisons)}
 * @category Operations
 */
export function serviceLevel(contacts: Iterable<QueueContact>, options: ServiceLevelOptions): number;
export function serviceLevel<T>(
  rows: Iterable<T>,
  contact: Accessor<T, QueueContact>,
  options: ServiceLevelOptions,
): number;
export function serviceLevel(contacts: unknown, second: unknown, third?: unknown): number {
  const metric = 'serviceLevel';
  const { valueof, options } = splitSampleArguments(metric, second, third, 'contact');
  const variant = readVariant(metric, options, LOG_OPTION_KEYS);
  return levelOf(metric, 'contacts', variant, summarise(metric, contacts, valueof, options, LOG_OPTION_KEYS, variant));
}

/**
 * Counts a contact log into a {@link ServiceLevelSummary} for one threshold, for
 * {@link serviceLevelFromSummary} (any variant) and {@link mergeServiceLevelSummaries}.
 *
 * @param contacts - Queue contacts, or rows read through `contact`. Any iterable.
 * @param options - The threshold (required) and the short-abandon threshold.
 *
 * @returns The counts and their thresholds, as plain JSON; an empty log gives zero counts.
 * @throws {@link MetricInputError} as {@link serviceLevel} does; an empty log is allowed.
 *
 * @example
 * ```ts
 * import { serviceLevelSummary } from 'service-metrics';
 *
 * const log = [{ waitSeconds: 5, outcome: 'answered' }, { waitSeconds: 48, outcome: 'answered' }, { waitSeconds: 3, outcome: 'abandoned' }, { waitSeconds: 12, outcome: 'abandoned' }] as const;
 * serviceLevelSummary(log, { thresholdSeconds: 20, shortAbandonSeconds: 5 });
 * // => { thresholdSeconds: 20, shortAbandonSeconds: 5, answered: 2, answeredWithinThreshold: 1, abandoned: 2, abandonedWithinThreshold: 2, shortAbandoned: 1, abandonedWaitUnknown: 0 }
 * ```
 *
 * @category Operations
 */
export function serviceLevelSummary(contacts: Iterable<QueueContact>, options: ServiceLevelThresholds): Required<ServiceLevelSummary>;
export function serviceLevelSummary<T>(
  rows: Iterable<T>,
  contact: Accessor<T, QueueContact>,
  options: ServiceLevelThresholds,
): Required<ServiceLevelSummary>;
export function serviceLevelSummary(contacts: unknown, second: unknown, third?: unknown): Required<ServiceLevelSummary> {
  const metric = 'serviceLevelSummary';
  const { valueof, options } = splitSampleArguments(metric, second, third, 'contact');
  return summarise(metric, contacts, valueof, options, LOG_OPTION_KEYS, null);
}

/**
 * Adds two {@link ServiceLevelSummary} values counted for the same thresholds (intervals, queues,
 * shards); associative and commutative, an empty log's summary the identity.
 *
 * @param a - One summary.
 * @param b - Another, for the same `thresholdSeconds` and `shortAbandonSeconds`.
 * @returns A new summary; neither input is changed.
 * @throws {@link MetricInputError} the common input checks (each summary needs `thresholdSeconds`
 * and `abandonedWithinThreshold`; absent short-abandon fields read as 0); `INCONSISTENT` (`b.thresholdSeconds`,
 * `b.shortAbandonSeconds`) when the thresholds differ, or a summary contradicts itself.
 *
 * @example
 * ```ts
 * import { mergeServiceLevelSummaries, serviceLevelFromSummary, serviceLevelSummary } from 'service-metrics';
 *
 * const thresholds = { thresholdSeconds: 20 };
 * const morning = serviceLevelSummary([{ waitSeconds: 8, outcome: 'answered' }, { waitSeconds: 40, outcome: 'abandoned' }], thresholds);
 * const evening = serviceLevelSummary([{ waitSeconds: 15, outcome: 'answered' }, { waitSeconds: 90, outcome: 'answered' }], thresholds);
 * serviceLevelFromSummary(mergeServiceLevelSummaries(morning, evening)); // => 50
 * ```
 *
 * @category Operations
 */
export function mergeServiceLevelSummaries(a: ServiceLevelSummary, b: ServiceLevelSummary): Required<ServiceLevelSummary> {
  const metric = 'mergeServiceLevelSummaries';
  const left = checkSummary(metric, 'a', a);
  const right = checkSummary(metric, 'b', b);
  if (right.thresholdSeconds !== left.thresholdSeconds) {
    fail(metric, 'b.thresholdSeconds', 'INCONSISTENT', `a.thresholdSeconds (${String(left.thresholdSeconds)})`, right.thresholdSeconds);
  }
  if (right.shortAbandonSeconds !== left.shortAbandonSeconds) {
    const expected = `a.shortAbandonSeconds (${String(left.shortAbandonSeconds)})`;
    fail(metric, 'b.shortAbandonSeconds', 'INCONSISTENT', expected, right.shortAbandonSeconds);
  }
  const add = (name: CountName): number => addCounts(metric, `b.${name}`, left[name], right[name]);
  return {
    thresholdSeconds: left.thresholdSeconds,
    shortAbandonSeconds: left.shortAbandonSeconds,
    answered: add('answered'),
    answeredWithinThreshold: add('answeredWithinThreshold'),
    abandoned: add('abandoned'),
    abandonedWithinThreshold: add('abandonedWithinThreshold'),
    shortAbandoned: add('shortAbandoned'),
    abandonedWaitUnknown: add('abandonedWaitUnknown'),
  };
}

const VARIANTS: readonly ServiceLevelVariant[] = [
  'abandonedAsMissed',
  'ignoreAbandoned',
  'ignoreAbandonedWithinThreshold',
  'abandonedWithinThresholdAsMet',
  'shortAbandonedAsMet',
];

type CountName = 'answered' | 'answeredWithinThreshold' | 'abandoned' | 'abandonedWithinThreshold' | 'shortAbandoned' | 'abandonedWaitUnknown';

/** Checked counts; `abandonedWithinThreshold` is `null` when not given. */
interface Counts {
  readonly answered: number;
  readonly answeredWithinThreshold: number;
  readonly abandoned: number;
  readonly abandonedWithinThreshold: number | null;
  readonly shortAbandoned: number;
  readonly abandonedWaitUnknown: number;
}

/** The option keys: the variant, and the thresholds (which only describe how counts were made). */
const LOG_OPTION_KEYS = ['thresholdSeconds', 'shortAbandonSeconds', 'variant'] as const;

/** Reads and checks `options.variant` (the default when absent); not exported from the package. */
export function readVariant(metric: string, options: unknown, keys: readonly string[] = LOG_OPTION_KEYS): ServiceLevelVariant {
  const { variant = 'abandonedAsMissed' } = checkOptions(metric, options, keys);
  if (!VARIANTS.includes(variant as ServiceLevelVariant)) {
    const code = typeof variant === 'string' ? 'UNKNOWN_VALUE' : 'WRONG_TYPE';
    fail(metric, 'options.variant', code, VARIANTS.map((name) => `'${name}'`).join(', '), variant);
  }
  return variant as ServiceLevelVariant;
}

function needsAbandonedWithinThreshold(variant: ServiceLevelVariant): boolean {
  return variant === 'ignoreAbandonedWithinThreshold' || variant === 'abandonedWithinThresholdAsMet';
}

/** The service level of checked counts; `EMPTY` on `emptyField` when the denominator is 0. */
function levelOf(metric: string, emptyField: string, variant: ServiceLevelVariant, counts: Counts): number {
  const { met, counted } = metAndCounted(variant, counts);
  if (counted === 0) fail(metric, emptyField, 'EMPTY', `at least one contact counted by the variant '${variant}'`, counted);
  // Whole numbers: the sums and 100 × (a count) are exact, so the one division rounds correctly.
  return (100 * met) / counted;
}

/** The contacts that met the target and the contacts counted, by the variant. */
function metAndCounted(variant: ServiceLevelVariant, counts: Counts): { met: number; counted: number } {
  const { answered, answeredWithinThreshold, abandoned, shortAbandoned } = counts;
  const abandonedWithin = counts.abandonedWithinThreshold ?? 0; // present whenever the variant reads it
  let met: number;
  let counted: number;
  switch (variant) {
    case 'abandonedAsMissed':
      met = answeredWithinThreshold;
      counted = answered + abandoned - shortAbandoned;
      break;
    case 'ignoreAbandoned':
      met = answeredWithinThreshold;
      counted = answered;
      break;
    case 'ignoreAbandonedWithinThreshold':
      met = answeredWithinThreshold;
      counted = answered + abandoned - abandonedWithin;
      break;
    case 'abandonedWithinThresholdAsMet':
      met = answeredWithinThreshold + abandonedWithin - shortAbandoned;
      counted = answered + abandoned - shortAbandoned;
      break;
    case 'shortAbandonedAsMet':
      met = answeredWithinThreshold + shortAbandoned;
      counted = answered + abandoned;
      break;
  }
  return { met, counted };
}

/**
 * The service level of a summary as a proportion, met among counted contacts, for the
 * descriptor's interval and tests (not exported from the package).
 */
export function serviceLevelProportion(
  metric: string,
  field: string,
  summary: unknown,
  variant: ServiceLevelVariant,
): { successes: number; trials: number } {
  const { met, counted } = metAndCounted(variant, checkCounts(metric, field, summary, variant));
  return { successes: met, trials: counted };
}

/** Validates counts; `field` names the whole object, and each count as `field.answered`…. */
function checkCounts(metric: string, field: string, counts: unknown, variant: ServiceLevelVariant | null): Counts {
  const prefix = `${field}.`;
  const object = checkObject(metric, field, counts);
  const answered = checkCount(metric, `${prefix}answered`, object['answered']);
  const answeredWithinThreshold = checkCount(metric, `${prefix}answeredWithinThreshold`, object['answeredWithinThreshold']);
  const abandoned = checkCount(metric, `${prefix}abandoned`, object['abandoned']);
  const rawWithin = object['abandonedWithinThreshold'];
  let abandonedWithinThreshold: number | null = null;
  if (rawWithin !== undefined || variant === null) {
    abandonedWithinThreshold = checkCount(metric, `${prefix}abandonedWithinThreshold`, rawWithin);
  } else if (needsAbandonedWithinThreshold(variant)) {
    const expected = `a whole number ≥ 0 (the variant '${variant}' needs it)`;
    fail(metric, `${prefix}abandonedWithinThreshold`, 'WRONG_TYPE', expected, rawWithin);
  }
  const rawShort = object['shortAbandoned'];
  const shortAbandoned = rawShort === undefined ? 0 : checkCount(metric, `${prefix}shortAbandoned`, rawShort);
  const rawUnknown = object['abandonedWaitUnknown'];
  const abandonedWaitUnknown = rawUnknown === undefined ? 0 : checkCount(metric, `${prefix}abandonedWaitUnknown`, rawUnknown);
  if (answeredWithinThreshold > answered) {
    fail(metric, `${prefix}answeredWithinThreshold`, 'INCONSISTENT', `at most answered (${String(answered)})`, answeredWithinThreshold);
  }
  if (abandonedWithinThreshold !== null && abandonedWithinThreshold > abandoned) {
    const expected = `at most abandoned (${String(abandoned)})`;
    fail(metric, `${prefix}abandonedWithinThreshold`, 'INCONSISTENT', expected, abandonedWithinThreshold);
  }
  const shortLimit = abandonedWithinThreshold ?? abandoned;
  if (shortAbandoned > shortLimit) {
    const expected =
      abandonedWithinThreshold === null
        ? `at most abandoned (${String(abandoned)})`
        : `at most abandonedWithinThreshold (${String(abandonedWithinThreshold)}): a short abandon is shorter than the threshold`;
    fail(metric, `${prefix}shortAbandoned`, 'INCONSISTENT', expected, shortAbandoned);
  }
  const unknownLimit = abandoned - (abandonedWithinThreshold ?? 0);
  if (abandonedWaitUnknown > unknownLimit) {
    const expected = `at most abandoned − abandonedWithinThreshold (${String(unknownLimit)}): an abandon within the threshold has a known wait`;
    fail(metric, `${prefix}abandonedWaitUnknown`, 'INCONSISTENT', expected, abandonedWaitUnknown);
  }
  if (abandonedWaitUnknown > 0 && variant !== null && needsAbandonedWithinThreshold(variant)) {
    const expected = `0: the variant '${variant}' needs every abandoned contact's wait`;
    fail(metric, `${prefix}abandonedWaitUnknown`, 'INCONSISTENT', expected, abandonedWaitUnknown);
  }
  return { answered, answeredWithinThreshold, abandoned, abandonedWithinThreshold, shortAbandoned, abandonedWaitUnknown };
}

/** Reads and checks the thresholds of the options or summary named `field` (`options`, `a`, `b`). */
export function checkThresholds(metric: string, field: string, object: Readonly<Record<string, unknown>>, shortDefault: number | null) {
  const prefix = `${field}.`;
  const thresholdSeconds = checkNonNegative(metric, `${prefix}thresholdSeconds`, object['thresholdSeconds']) + 0;
  const rawShort = object['shortAbandonSeconds'];
  const shortAbandonSeconds =
    (rawShort === undefined && shortDefault !== null ? shortDefault : checkNonNegative(metric, `${prefix}shortAbandonSeconds`, rawShort)) + 0;
  if (shortAbandonSeconds > thresholdSeconds) {
    const expected = `at most thresholdSeconds (${String(thresholdSeconds)}): a short abandon is shorter than the threshold`;
    fail(metric, `${prefix}shortAbandonSeconds`, 'INCONSISTENT', expected, shortAbandonSeconds);
  }
  return { thresholdSeconds, shortAbandonSeconds };
}

/** Short abandons cannot be told without the waits: `INCONSISTENT` for unknown waits under a short-abandon threshold. */
function checkUnknownWaits(metric: string, field: string, shortAbandonSeconds: number, abandonedWaitUnknown: number): void {
  if (shortAbandonSeconds > 0 && abandonedWaitUnknown > 0) {
    fail(metric, `${field}.abandonedWaitUnknown`, 'INCONSISTENT', `0 when ${field}.shortAbandonSeconds > 0: a short abandon needs its wait`, abandonedWaitUnknown);
  }
}

function checkSummary(metric: string, field: string, value: unknown): Required<ServiceLevelSummary> {
  const object = checkObject(metric, field, value);
  // Warehouse counts may leave out the short-abandon threshold and count (0, as in
  // serviceLevelFromSummary); the threshold and abandonedWithinThreshold say what the counts
  // are, so a merge needs them.
  const thresholds = checkThresholds(metric, field, object, 0);
  const counts = checkCounts(metric, field, object, null);
  checkUnknownWaits(metric, field, thresholds.shortAbandonSeconds, counts.abandonedWaitUnknown);
  return { ...thresholds, ...counts, abandonedWithinThreshold: counts.abandonedWithinThreshold ?? 0 };
}

/** One pass over the log into the counts of every variant. */
function summarise(
  metric: string,
  contacts: unknown,
  valueof: Accessor<unknown, unknown> | undefined,
  options: unknown,
  keys: readonly string[],
  variant: ServiceLevelVariant | null,
): Required<ServiceLevelSummary> {
  const { thresholdSeconds, shortAbandonSeconds } = checkThresholds(metric, 'options', checkRequiredOptions(metric, options, keys), 0);
  let answered = 0;
  let answeredWithinThreshold = 0;
  let abandoned = 0;
  let abandonedWithinThreshold = 0;
  let shortAbandoned = 0;
  let abandonedWaitUnknown = 0;
  const needsWaits = variant !== null && needsAbandonedWithinThreshold(variant);
  forEachValue(metric, 'contacts', contacts, valueof, (value, index) => {
    const { waitSeconds, outcome } = checkQueueContact(metric, 'contacts', index, value);
    if (outcome === 'answered') {
      answered++;
      if (waitSeconds! <= thresholdSeconds) answeredWithinThreshold++; // an answered contact has a wait
    } else if (waitSeconds === null) {
      if (shortAbandonSeconds > 0) failUnknownWait(metric, 'contacts', index, 'a short-abandon threshold (options.shortAbandonSeconds > 0)');
      if (needsWaits) failUnknownWait(metric, 'contacts', index, `the variant '${variant}'`);
      abandoned++;
      abandonedWaitUnknown++;
    } else {
      abandoned++;
      if (waitSeconds <= thresholdSeconds) abandonedWithinThreshold++;
      if (waitSeconds < shortAbandonSeconds) shortAbandoned++;
    }
  });
  return {
    thresholdSeconds,
    shortAbandonSeconds,
    answered,
    answeredWithinThreshold,
    abandoned,
    abandonedWithinThreshold,
    shortAbandoned,
    abandonedWaitUnknown,
  };
}
