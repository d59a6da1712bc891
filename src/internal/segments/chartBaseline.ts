/**
 * The options every control chart shares: its baseline (the first k points, the points of a date
 * range, or fixed values) with the `periods` a date range needs, and its run rules. Here rather
 * than in checks/ because a date range reads period keys through the calendar (calendar.ts).
 */
import type { RunRule } from '../types/controlChart.js';
import type { Period } from '../types/segments.js';
import { readRules, type ReadBaseline } from '../checks/controlChart.js';
import { readList } from '../checks/lists.js';
import { checkIntegerInRange, checkObject, checkOptions, fail } from '../checks/validate.js';
import { daysFromCivil, parsePeriodKey } from './calendar.js';

const PERIOD_KEYS = 'the period key of each point, in time order, as periodSeries keys them ("2026-11-25", "2026-W48" or "2026-11")';

/** The checked options of a control chart with run rules: the baseline, the rules, and the options object (with `otherKeys` allowed). */
export function readChartOptions(
  metric: string,
  options: unknown,
  length: number,
  fixedKeys: readonly string[],
  otherKeys: readonly string[] = [],
): { baseline: ReadBaseline; rules: RunRule[]; options: Readonly<Record<string, unknown>> } {
  const object = checkOptions(metric, options, ['baseline', 'periods', 'rules', ...otherKeys]);
  return { baseline: readBaseline(metric, object, length, fixedKeys), rules: readRules(metric, object['rules']), options: object };
}

/**
 * A chart's baseline from its checked options (`options.baseline`, required, and
 * `options.periods`, checked whenever given, read by a date range only): `{ points: k }`, the
 * first k points; `{ from, to }`, the points whose period starts on a date in [from, to); or
 * the fixed values.
 */
export function readBaseline(metric: string, options: Readonly<Record<string, unknown>>, length: number, fixedKeys: readonly string[]): ReadBaseline {
  const value = options['baseline'];
  if (value === undefined) {
    fail(metric, 'options.baseline', 'WRONG_TYPE', `{ points: k } (the first k points), { from, to } (the points of a date range) or fixed values { ${fixedKeys.join(', ')} }`, undefined);
  }
  const baseline = checkObject(metric, 'options.baseline', value);
  const periods = options['periods'] === undefined ? undefined : readPeriods(metric, options['periods'], length);
  if ('from' in baseline || 'to' in baseline) return readDateRange(metric, baseline, periods);
  if ('points' in baseline) {
    for (const key of Object.keys(baseline)) if (key !== 'points') fail(metric, `options.baseline.${key}`, 'UNKNOWN_VALUE', 'points alone, or the fixed values without points', key);
    const points = checkIntegerInRange(metric, 'options.baseline.points', baseline['points'], 1, Math.max(1, length));
    if (points > length) fail(metric, 'options.baseline.points', 'OUT_OF_RANGE', `at most the ${String(length)} points of the series`, baseline['points']);
    return { kind: 'points', start: 0, end: points, field: 'options.baseline.points', received: points };
  }
  for (const key of Object.keys(baseline)) if (!fixedKeys.includes(key)) fail(metric, `options.baseline.${key}`, 'UNKNOWN_VALUE', `one of points, from, to, ${fixedKeys.join(', ')}`, key);
  return { kind: 'fixed', values: baseline };
}

const KEY_KINDS: readonly (readonly [Period, RegExp])[] = [
  ['day', /^\d{4}-\d{2}-\d{2}$/],
  ['week', /^\d{4}-W\d{2}$/],
  ['month', /^\d{4}-\d{2}$/],
];

/** The day number of the first day of a period: the day itself, the Monday of an ISO week, the 1st of a month. */
function firstDay(period: Period, ordinal: number): number {
  if (period === 'day') return ordinal;
  if (period === 'week') return 7 * ordinal - 3;
  const year = Math.floor(ordinal / 12);
  return daysFromCivil(year, ordinal - 12 * year + 1, 1);
}

/** `options.periods`: one period key per point, all of one kind, strictly in time order; their keys and first days. */
function readPeriods(metric: string, value: unknown, length: number): { keys: readonly unknown[]; starts: number[] } {
  const keys = readList(metric, 'options.periods', value, PERIOD_KEYS);
  if (keys.length !== length) fail(metric, 'options.periods', 'INCONSISTENT', `one period key per point: ${String(length)}`, value);
  if (length === 0) return { keys, starts: [] };
  const first = keys[0];
  const kind = KEY_KINDS.find(([, pattern]) => typeof first === 'string' && pattern.test(first))?.[0];
  if (kind === undefined) fail(metric, 'options.periods[0]', typeof first === 'string' ? 'UNKNOWN_VALUE' : 'WRONG_TYPE', PERIOD_KEYS, first);
  let previous = -Infinity;
  const starts = keys.map((key, index) => {
    const field = `options.periods[${String(index)}]`;
    const ordinal = parsePeriodKey(metric, field, kind, key);
    if (ordinal <= previous) fail(metric, field, 'INCONSISTENT', `a period after ${String(keys[index - 1])}: one key per point, in time order`, key);
    previous = ordinal;
    return firstDay(kind, ordinal);
  });
  return { keys, starts };
}

/** `{ from, to }`: the points whose period's first day is on or after `from` and before `to`. */
function readDateRange(metric: string, baseline: Readonly<Record<string, unknown>>, periods: { keys: readonly unknown[]; starts: number[] } | undefined): ReadBaseline {
  for (const key of Object.keys(baseline)) if (key !== 'from' && key !== 'to') fail(metric, `options.baseline.${key}`, 'UNKNOWN_VALUE', 'from and to alone', key);
  const from = parsePeriodKey(metric, 'options.baseline.from', 'day', baseline['from']);
  const to = parsePeriodKey(metric, 'options.baseline.to', 'day', baseline['to']);
  if (to <= from) fail(metric, 'options.baseline.to', 'INCONSISTENT', `a date after from, ${String(baseline['from'])} (the range is from ≤ start < to)`, baseline['to']);
  if (periods === undefined) fail(metric, 'options.periods', 'WRONG_TYPE', `${PERIOD_KEYS}: a baseline { from, to } needs them`, undefined);
  const received = `${String(baseline['from'])} to ${String(baseline['to'])}`;
  const start = periods.starts.findIndex((day) => day >= from && day < to);
  if (start === -1) {
    const span = periods.keys.length === 0 ? 'the series has none' : `the series runs from ${String(periods.keys[0])} to ${String(periods.keys[periods.keys.length - 1])}`;
    fail(metric, 'options.baseline', 'EMPTY', `a date range holding the start of at least one period; ${span}`, received);
  }
  // The starts increase, so the points in the range follow one another.
  let end = start + 1;
  while (end < periods.starts.length && periods.starts[end]! < to) end++;
  return { kind: 'points', start, end, field: 'options.baseline', received };
}
