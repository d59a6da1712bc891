/**
 * The machinery shared by `groupBy`, `groupSummaries`, `periodSeries`,
 * `periodSeriesFromSummaries` and `compareGroups`: checking a metric descriptor and keys, one
 * pass over rows into per-group summaries, and turning summaries into groups.
 */
import { MetricInputError } from '../../errors/MetricInputError.js';
import type { GroupKey, MetricGroup, Period, SegmentMetric } from '../types/segments.js';
import type { Accessor } from '../../types.js';
import { periodKeyOf } from './calendar.js';
import { asMetric, renameField } from '../summaries/npsCounts.js';
import { checkSample } from '../checks/sample.js';
import { checkCount, checkFinite, checkObject, fail } from '../checks/validate.js';

/**
 * The default of `minimumAnswers`: groups with fewer answers are flagged `small`. Thirty is a
 * rule of thumb of survey practice (Usurv, for one, flags under 30 respondents as an "extremely
 * small sample"), not a statistical threshold: the interval says how sure a group's value is.
 */
export const DEFAULT_MINIMUM_ANSWERS = 30;

/**
 * Values are buffered per group and summarised this many at a time, then merged into the
 * group's summary: memory stays bounded by groups × chunk, not by rows.
 */
const CHUNK_SIZE = 4096;

type AnyMetric = SegmentMetric<unknown, unknown>;

/**
 * Checks a {@link SegmentMetric}: an object whose required members are functions. What the
 * members return is checked where they are called ({@link summariseFor}, {@link mergeFor},
 * {@link toGroup}), so a custom metric's bug is a {@link MetricInputError} naming the member.
 */
export function checkSegmentMetric(metric: string, field: string, value: unknown): AnyMetric {
  const object = checkObject(metric, field, value);
  for (const name of ['summarise', 'merge', 'answered', 'value', 'interval', 'compare', 'compareWithTarget']) {
    const member = object[name];
    const optional = name === 'interval' || name === 'compare' || name === 'compareWithTarget';
    if (typeof member !== 'function' && !(optional && member === undefined)) {
      fail(metric, `${field}.${name}`, 'WRONG_TYPE', 'a function (build the metric with npsMetric(), csatMetric()…)', member);
    }
  }
  return value as AnyMetric;
}

/** The field of a member of the caller's metric: every segment function takes it as `input.metric`. */
const MEMBER = 'input.metric';

/** ` for group "email"` (or ` for group 3`), or nothing when the group is not known. */
export function forGroup(key: unknown): string {
  if (typeof key === 'string') return ` for group ${JSON.stringify(key)}`;
  return typeof key === 'number' ? ` for group ${String(key)}` : '';
}

/** A summary returned by the metric's `summarise` or `merge`: an object (`WRONG_TYPE` otherwise). */
function checkSummaryResult(metric: string, member: string, key: unknown, summary: unknown): unknown {
  if (typeof summary !== 'object' || summary === null) {
    fail(metric, `${MEMBER}.${member}`, 'WRONG_TYPE', `a function returning a summary object${forGroup(key)}`, summary);
  }
  return summary;
}

/**
 * `segment.summarise(values)` for `metric`: a {@link MetricInputError} is rethrown through
 * `onError` (which names the row), any other error becomes `WRONG_TYPE` on
 * `input.metric.summarise` (the original as its `cause`), and the result must be an object.
 */
export function summariseFor(
  metric: string,
  segment: AnyMetric,
  values: readonly unknown[],
  key?: unknown,
  onError: (error: MetricInputError) => MetricInputError = (error) => atRow(metric, error, []),
): unknown {
  let summary: unknown;
  try {
    summary = segment.summarise(values);
  } catch (error) {
    if (error instanceof MetricInputError) throw onError(error);
    const wrapped = new MetricInputError({
      metric,
      field: `${MEMBER}.summarise`,
      code: 'WRONG_TYPE',
      expected: `a function returning a summary or throwing a MetricInputError${forGroup(key)}`,
      received: error,
    });
    wrapped.cause = error;
    throw wrapped;
  }
  return checkSummaryResult(metric, 'summarise', key, summary);
}

/** `segment.merge(a, b)` for `metric` (errors renamed by `rename`); the result must be an object. */
export function mergeFor(
  metric: string,
  segment: AnyMetric,
  a: unknown,
  b: unknown,
  key?: unknown,
  rename?: (field: string) => string,
): unknown {
  return checkSummaryResult(metric, 'merge', key, asMetric(metric, () => segment.merge(a, b), rename));
}

/** A group key: a string or a finite number (`WRONG_TYPE` otherwise, `NOT_FINITE` for NaN or ±∞). */
export function checkKey(metric: string, field: string, key: unknown): GroupKey {
  if (typeof key === 'string') return key;
  // A bigint id past 2⁵³ − 1 (a DuckDB BIGINT) has no exact number: say how to keep it exact.
  const expected =
    typeof key === 'bigint' ? 'a string or a finite number (for a bigint id past 2⁵³ − 1, return String(id))' : 'a string or a finite number';
  return checkFinite(metric, field, key, expected);
}

/** Reads `minimumAnswers` (a whole number ≥ 0), {@link DEFAULT_MINIMUM_ANSWERS} when absent. */
export function checkMinimumAnswers(metric: string, field: string, value: unknown): number {
  return value === undefined ? DEFAULT_MINIMUM_ANSWERS : checkCount(metric, field, value);
}

/** Reads an accessor field (`key`, `value`, `time`) of a named input: a function. */
export function checkAccessor(metric: string, field: string, value: unknown): Accessor<unknown, unknown> {
  if (typeof value !== 'function') fail(metric, field, 'WRONG_TYPE', 'a function (row, index) => value', value);
  return value as Accessor<unknown, unknown>;
}

/**
 * Keys in the order every function of the domain returns them: numbers first, ascending, then
 * strings by UTF-16 code units (not by locale, so the order is the same on every machine; ISO
 * period keys sort chronologically).
 */
export function compareKeys(a: GroupKey, b: GroupKey): number {
  if (typeof a === 'number') return typeof b === 'number' ? a - b : -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A {@link MetricInputError} raised by `summarise` on a chunk, for `metric`, the function the
 * caller called, with the chunk's index in its field (`scores[12]`) replaced by the row's index
 * in the caller's rows (`scores[80012]`; unchanged when `indices` does not have it).
 */
function atRow(metric: string, error: MetricInputError, indices: readonly number[]): MetricInputError {
  const field = error.field.replace(/^([^[]*)\[(\d+)\]/, (whole: string, name: string, chunkIndex: string) => {
    const row = indices[Number(chunkIndex)];
    return row === undefined ? whole : `${name}[${String(row)}]`;
  });
  const { code, expected, received } = error;
  return new MetricInputError({ metric, field, code, expected, received });
}

interface Pending {
  values: unknown[];
  indices: number[];
  summary: unknown;
  summarised: boolean;
}

/**
 * One pass over `rows`: for each row, in order and once each, `keyOf` (which checks the key)
 * then `valueOf`; values are buffered per key and summarised a chunk at a time with the
 * metric's own `summarise`, whose checks therefore apply (with the row's index in the error).
 * Returns each key's summary, in order of first appearance. `nameKey` gives the key that
 * messages about the metric's results show (a period key for a period ordinal).
 */
export function collectSummaries(
  metric: string,
  rows: unknown,
  keyOf: (row: unknown, index: number) => GroupKey,
  valueOf: Accessor<unknown, unknown>,
  segment: AnyMetric,
  nameKey: (key: GroupKey) => GroupKey = (key) => key,
): Map<GroupKey, unknown> {
  const pending = new Map<GroupKey, Pending>();
  const flush = (key: GroupKey, bucket: Pending): void => {
    const named = nameKey(key);
    const chunk = summariseFor(metric, segment, bucket.values, named, (error) => atRow(metric, error, bucket.indices));
    bucket.summary = bucket.summarised ? mergeFor(metric, segment, bucket.summary, chunk, named) : chunk;
    bucket.summarised = true;
    bucket.values = [];
    bucket.indices = [];
  };
  const visit = (row: unknown, index: number): void => {
    const key = keyOf(row, index);
    const value = valueOf(row, index);
    let bucket = pending.get(key);
    if (bucket === undefined) {
      bucket = { values: [], indices: [], summary: undefined, summarised: false };
      pending.set(key, bucket);
    }
    bucket.values.push(value);
    bucket.indices.push(index);
    if (bucket.values.length === CHUNK_SIZE) flush(key, bucket);
  };
  const sample = checkSample(metric, 'rows', rows);
  if (Array.isArray(sample)) {
    const n = sample.length;
    for (let i = 0; i < n; i++) visit(sample[i], i);
  } else {
    let i = 0;
    for (const row of sample) visit(row, i++);
  }
  const summaries = new Map<GroupKey, unknown>();
  for (const [key, bucket] of pending) {
    if (bucket.values.length > 0) flush(key, bucket);
    summaries.set(key, bucket.summary);
  }
  return summaries;
}

/**
 * Merges keyed summaries (`{ key, summary }` entries) per key, checking each summary by merging
 * it into the metric's empty summary first: a key seen once is checked like the others, and
 * counts without optional fields (such as `unanswered`) are completed. An error in an entry's
 * summary names it (`entries[3].summary.promoters`).
 */
export function mergeEntries<K>(
  metric: string,
  entries: unknown,
  segment: AnyMetric,
  readKey: (key: unknown, field: string) => K,
): Map<K, unknown> {
  const empty = summariseFor(metric, segment, []);
  const merged = new Map<K, unknown>();
  let index = 0;
  for (const entry of checkSample(metric, 'entries', entries)) {
    const field = `entries[${String(index)}]`;
    const object = checkObject(metric, field, entry);
    const key = readKey(object['key'], `${field}.key`);
    const before = merged.has(key) ? merged.get(key) : empty;
    merged.set(key, mergeInto(metric, segment, before, object['summary'], `${field}.summary`, object['key']));
    index++;
  }
  return merged;
}

/**
 * `segment.merge(before, summary)` for `metric`, errors about the merge's `b` naming `field`
 * (the summary as the caller passed it: `entries[3].summary.promoters`). Merging into the
 * metric's empty summary checks a summary and completes its optional counts.
 */
export function mergeInto(
  metric: string,
  segment: AnyMetric,
  before: unknown,
  summary: unknown,
  field: string,
  key: unknown,
): unknown {
  return mergeFor(metric, segment, before, summary, key, (name) => renameField(name, 'b', field));
}

/** Reads `fillGaps` (true or false), true when absent. */
export function checkFillGaps(metric: string, field: string, value: unknown): boolean {
  if (value === undefined) return true;
  if (typeof value !== 'boolean') fail(metric, field, 'WRONG_TYPE', 'true or false', value);
  return value;
}

/**
 * Runs `compute` for `metric`; a {@link MetricInputError} with code `EMPTY` (the metric is
 * undefined for this summary) gives `null`, any other error is rethrown for `metric` (with its
 * field renamed by `rename`, if given).
 */
export function nullIfEmpty<T>(metric: string, compute: () => T, rename?: (field: string) => string): T | null {
  try {
    return asMetric(metric, compute, rename);
  } catch (error) {
    if (error instanceof MetricInputError && error.code === 'EMPTY') return null;
    throw error;
  }
}

/**
 * A {@link MetricGroup} from a key and its summary. What the metric returns is checked, so a
 * custom metric's bug names the member and the group: `answered` a whole number ≥ 0, `value`
 * a finite number, `interval` finite bounds with lower ≤ upper.
 */
export function toGroup<K extends GroupKey>(
  metric: string,
  key: K,
  summary: unknown,
  segment: AnyMetric,
  minimumAnswers: number,
): MetricGroup<K, unknown> {
  const answered = checkAnswered(metric, key, asMetric(metric, () => segment.answered(summary)));
  const interval = segment.interval;
  // Boxed, so that a member returning null is told from one throwing EMPTY.
  const value = answered > 0 ? nullIfEmpty(metric, () => ({ of: segment.value(summary) })) : null;
  const bounds = answered > 0 && interval !== undefined ? nullIfEmpty(metric, () => ({ of: interval(summary) })) : null;
  return {
    key,
    summary,
    answered,
    value: value === null ? null : checkFinite(metric, `${MEMBER}.value`, value.of, `a function returning a finite number${forGroup(key)}`),
    interval: bounds === null ? null : checkBounds(metric, 'interval', key, bounds.of),
    small: answered < minimumAnswers,
  };
}

/** What the metric's `answered` returned: a whole number from 0 to 2⁵³ − 1. */
function checkAnswered(metric: string, key: unknown, value: unknown): number {
  const field = `${MEMBER}.answered`;
  const expected = `a function returning a whole number from 0 to 2⁵³ − 1${forGroup(key)}`;
  const number = checkFinite(metric, field, value, expected);
  if (!Number.isInteger(number)) fail(metric, field, 'NOT_INTEGER', expected, value);
  if (number < 0) fail(metric, field, 'NEGATIVE', expected, value);
  if (number > Number.MAX_SAFE_INTEGER) fail(metric, field, 'OUT_OF_RANGE', expected, value);
  return number;
}

/**
 * What the metric's `interval`, `compare` or `compareWithTarget` (`member`) returned: an
 * object with finite `lower` ≤ `upper` (`WRONG_TYPE`, `NOT_FINITE`, `INCONSISTENT` on
 * `input.metric.<member>`).
 */
export function checkBounds<T>(metric: string, member: string, key: unknown, value: T): T {
  const field = `${MEMBER}.${member}`;
  const result = `a function returning an object with finite bounds, lower ≤ upper${forGroup(key)}`;
  if (typeof value !== 'object' || value === null) fail(metric, field, 'WRONG_TYPE', result, value);
  const object = value as Readonly<Record<string, unknown>>;
  const lower = checkFinite(metric, field, object['lower'], `${result} (lower)`);
  const upper = checkFinite(metric, field, object['upper'], `${result} (upper)`);
  if (lower > upper) fail(metric, field, 'INCONSISTENT', `${result} (lower is ${String(lower)})`, upper);
  return value;
}

/** Groups from summaries by key, sorted by {@link compareKeys}. */
export function groupsByKey(
  metric: string,
  summaries: ReadonlyMap<GroupKey, unknown>,
  segment: AnyMetric,
  minimumAnswers: number,
): MetricGroup<GroupKey, unknown>[] {
  return [...summaries.keys()]
    .sort(compareKeys)
    .map((key) => toGroup(metric, key, summaries.get(key), segment, minimumAnswers));
}

/**
 * The most periods a series fills gaps across: 100,000 days is 273 years. A wider span almost
 * always means a stray timestamp, and filling it would build millions of empty groups.
 */
export const MAX_FILLED_PERIODS = 100_000;

/**
 * A series of periods from summaries by period ordinal, in order; with `fillGaps`, every period
 * from the first to the last is present, those without rows holding the empty summary.
 */
export function periodGroups(
  metric: string,
  summaries: ReadonlyMap<number, unknown>,
  period: Period,
  segment: AnyMetric,
  minimumAnswers: number,
  fillGaps: boolean,
): MetricGroup<string, unknown>[] {
  const ordinals = [...summaries.keys()].sort((a, b) => a - b);
  const first = ordinals[0];
  const last = ordinals[ordinals.length - 1];
  if (first === undefined || last === undefined) return [];
  const series: MetricGroup<string, unknown>[] = [];
  const add = (ordinal: number): void => {
    // A period without rows gets an empty summary of its own (never one shared object).
    const key = periodKeyOf(period, ordinal);
    const summary = summaries.has(ordinal) ? summaries.get(ordinal) : summariseFor(metric, segment, [], key);
    series.push(toGroup(metric, key, summary, segment, minimumAnswers));
  };
  if (fillGaps && last - first + 1 > MAX_FILLED_PERIODS) {
    const span = `${periodKeyOf(period, first)} to ${periodKeyOf(period, last)}`;
    fail(metric, 'input.fillGaps', 'OUT_OF_RANGE', `false for times spanning more than 100,000 periods (${span})`, true);
  }
  if (fillGaps) for (let ordinal = first; ordinal <= last; ordinal++) add(ordinal);
  else for (const ordinal of ordinals) add(ordinal);
  return series;
}
