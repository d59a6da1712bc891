// Text for people: the numbers of a result as the HTML report shows them. Charts keep the raw
// numbers; only tables and headlines go through these functions.
import type { ControlBaselineJson, ControlJson } from '../result.js';

/** The minus sign (U+2212) used for negative numbers, as in print. */
const MINUS = '\u2212';

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * A number with grouped thousands, between `minimumFractionDigits` and
 * `maximumFractionDigits` decimals, and a true minus sign: `formatNumber(-1234.56, 1)` is
 * `"−1,234.6"`.
 */
export function formatNumber(value: number, maximumFractionDigits: number, minimumFractionDigits = 0): string {
  const id = `${String(minimumFractionDigits)}-${String(maximumFractionDigits)}`;
  let formatter = formatters.get(id);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat('en-US', { maximumFractionDigits, minimumFractionDigits });
    formatters.set(id, formatter);
  }
  // A value that rounds to zero from below is written without its sign ("0.0", not "−0.0").
  const text = formatter.format(value);
  return /^-[0.]+$/.test(text) ? text.slice(1) : text.replace('-', MINUS);
}

/** A no-break space, between a number and its unit so that they never part at a line end. */
const NBSP = '\u00a0';

/**
 * A duration in seconds as people read it: `"42.5 s"` (tenths below a minute), `"3 min 05 s"`,
 * `"1 h 02 min"`, `"2 d 3 h"`: from a minute on, whole seconds, then each unit cut down (3659 s
 * is `"1 h 00 min"`). The terminal table uses it too, beside the seconds. A negative duration (a
 * difference) takes a minus sign.
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return String(seconds);
  const sign = seconds < 0 ? MINUS : '';
  const tenths = Math.round(Math.abs(seconds) * 10) / 10;
  if (tenths < 60) return tenths === 0 ? '0 s' : `${sign}${formatNumber(tenths, 1)} s`;
  let rest = Math.round(Math.abs(seconds));
  const days = Math.floor(rest / 86_400);
  rest -= days * 86_400;
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const minutes = Math.floor(rest / 60);
  if (days > 0) return `${sign}${days} d ${hours} h`;
  if (hours > 0) return `${sign}${hours} h ${pad(minutes)} min`;
  return `${sign}${minutes} min ${pad(rest - minutes * 60)} s`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** A number with one decimal always shown, as the CLI's table shows values: `"49.0"`. */
function oneDecimal(value: number): string {
  return formatNumber(value, 1, 1);
}

/**
 * A value in its unit, for a table cell or a headline: one decimal as in the CLI's table,
 * points and scores as numbers, `%` with its sign, seconds as a duration; `null` (no answer)
 * as an en dash, as in the CLI's table.
 */
export function formatValue(value: number | null, unit: string): string {
  if (value === null) return '–';
  if (unit === 'seconds') return formatDuration(value);
  return unit === '%' ? `${oneDecimal(value)}${NBSP}%` : oneDecimal(value);
}

/**
 * A difference between two values, always signed: `"+3.2"` points, `"−1.5 pp"` (percentage
 * points) for `%`, `"+1 min 05 s"` for seconds.
 */
export function formatDifference(difference: number, unit: string): string {
  const sign = difference > 0 ? '+' : '';
  if (unit === 'seconds') return `${sign}${formatDuration(difference)}`;
  const number = `${difference > 0 && oneDecimal(difference) !== '0.0' ? '+' : ''}${oneDecimal(difference)}`;
  return unit === '%' ? `${number}${NBSP}pp` : number;
}

/** An interval as `"lower – upper"` in the value's unit. */
export function formatRange(lower: number, upper: number, unit: string): string {
  return `${formatValue(lower, unit)} – ${formatValue(upper, unit)}`;
}

/** A confidence level 0–1 as a percentage: 0.95 is `"95 %"`, 0.999 is `"99.9 %"`. */
export function formatConfidence(confidence: number): string {
  return `${formatNumber(confidence * 100, 2)}${NBSP}%`;
}

/** A p-value with three decimals, or `"< 0.001"`. */
export function formatPValue(p: number): string {
  return p < 0.001 ? '< 0.001' : p.toFixed(3);
}

/** The unit's name for an axis or a column heading. */
export function unitName(unit: string): string {
  return unit === '%' ? 'percent' : unit;
}

/**
 * Where a control chart's limits come from, in words: "the first 8 periods with a value", or
 * "the periods starting from 2026-11-02 to 2026-11-15" (the day before the range's end, which
 * is not included).
 */
export function controlBaselineText(baseline: ControlBaselineJson): string {
  if ('periods' in baseline) return baseline.periods === 1 ? 'the first period with a value' : `the first ${String(baseline.periods)} periods with a value`;
  const last = new Date(`${baseline.to}T00:00:00Z`);
  last.setUTCDate(last.getUTCDate() - 1);
  return `the periods starting from ${baseline.from} to ${last.toISOString().slice(0, 10)}`;
}

/** The name of a result's control chart: "p-chart", "Laney's p′-chart" or "individuals (XmR) chart". */
export function controlChartName(control: Pick<ControlJson, 'chart' | 'laney'>): string {
  if (control.chart === 'individualsChart') return 'individuals (XmR) chart';
  return control.laney ? "Laney's p′-chart" : 'p-chart';
}
