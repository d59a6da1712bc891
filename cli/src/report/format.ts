// Text for people: the numbers of a result as the HTML report shows them. Charts keep the raw
// numbers; only tables and headlines go through these functions.

/** The minus sign (U+2212) used for negative numbers, as in print. */
const MINUS = '\u2212';

const formatters = new Map<number, Intl.NumberFormat>();

/**
 * A number with grouped thousands and at most `maximumFractionDigits` decimals, and a true
 * minus sign: `formatNumber(-1234.56, 1)` is `"−1,234.6"`.
 */
export function formatNumber(value: number, maximumFractionDigits: number): string {
  let formatter = formatters.get(maximumFractionDigits);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat('en-US', { maximumFractionDigits, minimumFractionDigits: 0 });
    formatters.set(maximumFractionDigits, formatter);
  }
  // Intl writes −0 as "-0" for values that round to zero from below.
  const text = formatter.format(value).replace('-', MINUS);
  return text === `${MINUS}0` ? '0' : text;
}

/** The decimals shown for a unit. */
function fractionDigits(unit: string): number {
  return unit === 'points' || unit === '%' ? 1 : 2;
}

/**
 * A duration in seconds as people read it: `"42.5 s"`, `"3 min 05 s"`, `"1 h 02 min"`,
 * `"2 d 03 h"`. Each form is rounded to its smallest unit before it is split, so 119.7 s is
 * `"2 min 00 s"`, never `"1 min 60 s"`. A negative duration (a difference) takes a minus sign.
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return String(seconds);
  const sign = seconds < 0 ? MINUS : '';
  const magnitude = Math.abs(seconds);
  const tenths = Math.round(magnitude * 10) / 10;
  if (tenths < 60) {
    return tenths === 0 ? '0 s' : `${sign}${formatNumber(tenths, 1)} s`;
  }
  const wholeSeconds = Math.round(magnitude);
  if (wholeSeconds < 3600) {
    const minutes = Math.floor(wholeSeconds / 60);
    return `${sign}${minutes} min ${pad(wholeSeconds % 60)} s`;
  }
  const wholeMinutes = Math.round(magnitude / 60);
  if (wholeMinutes < 24 * 60) {
    return `${sign}${Math.floor(wholeMinutes / 60)} h ${pad(wholeMinutes % 60)} min`;
  }
  const wholeHours = Math.round(magnitude / 3600);
  return `${sign}${Math.floor(wholeHours / 24)} d ${pad(wholeHours % 24)} h`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * A value in its unit, for a table cell or a headline: points and scores as numbers, `%` with
 * its sign, seconds as a duration; `null` (no answer) as an em dash.
 */
export function formatValue(value: number | null, unit: string): string {
  if (value === null) return '—';
  if (unit === 'seconds') return formatDuration(value);
  const number = formatNumber(value, fractionDigits(unit));
  return unit === '%' ? `${number}%` : number;
}

/**
 * A difference between two values, always signed: `"+3.2"` points, `"−1.5 pp"` (percentage
 * points) for `%`, `"+1 min 05 s"` for seconds.
 */
export function formatDifference(difference: number, unit: string): string {
  const sign = difference > 0 ? '+' : '';
  if (unit === 'seconds') return `${sign}${formatDuration(difference)}`;
  const number = `${sign}${formatNumber(difference, fractionDigits(unit))}`;
  return unit === '%' ? `${number} pp` : number;
}

/** An interval as `"lower – upper"` in the value's unit. */
export function formatRange(lower: number, upper: number, unit: string): string {
  return `${formatValue(lower, unit)} – ${formatValue(upper, unit)}`;
}

/** A confidence level 0–1 as a percentage: 0.95 is `"95%"`, 0.999 is `"99.9%"`. */
export function formatConfidence(confidence: number): string {
  return `${formatNumber(confidence * 100, 2)}%`;
}

/** A p-value with three decimals, or `"< 0.001"`. */
export function formatPValue(p: number): string {
  return p < 0.001 ? '< 0.001' : p.toFixed(3);
}

/** The unit's name for an axis or a column heading. */
export function unitName(unit: string): string {
  return unit === '%' ? 'percent' : unit;
}
