// The charts of the HTML report: Vega-Lite specs built from a result, compiled by vega-lite and
// drawn to an SVG string by vega in Node (no canvas, no browser, no script in the page).
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { ControlJson, GroupJson, MetricResultJson } from '../result.js';
import { escapeHtml } from './escape.js';
import { controlBaselineText, controlChartName, formatConfidence, unitName } from './format.js';

/**
 * One row of a chart's data. Field names are fixed here and never come from the data: a
 * `--by` column named `a.b` or `x"]` would otherwise be read by Vega as a path or an expression.
 */
export interface ChartRow {
  readonly group: string;
  readonly period: string | null;
  readonly value: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  readonly small: boolean;
  /** With `--control`: the centre line and control limits (null for a period without a value). */
  readonly centre?: number | null;
  readonly controlLower?: number | null;
  readonly controlUpper?: number | null;
  /** With `--control`: the rules that fire at the period, in words (empty when none). */
  readonly signals?: string;
}

/** Which chart a result gets: bars by group, one line over periods, or one line per group. */
export type ChartKind = 'bars' | 'line' | 'lines';

/** The text of one `--by` key value: `null` or a missing value is `"(none)"`. */
function keyText(value: string | number | boolean | null | undefined): string {
  return value === null || value === undefined ? '(none)' : String(value);
}

/** A group's name: its `--by` values in column order, joined by ` · ` (empty without `--by`). */
export function groupLabel(group: GroupJson, by: readonly string[]): string {
  return by.map((column) => keyText(group.key[column])).join(' · ');
}

/** Whether a result is split by period (its `period`, or a period on any group). */
export function hasPeriod(result: MetricResultJson): boolean {
  return result.period !== undefined || result.groups.some((group) => group.period !== undefined);
}

/** The chart a result gets, or `undefined` when it has no groups to draw. */
export function chartKind(result: MetricResultJson): ChartKind | undefined {
  if (result.groups.length === 0) return undefined;
  if (hasPeriod(result)) return result.by.length > 0 ? 'lines' : 'line';
  return result.by.length > 0 ? 'bars' : undefined;
}

/** The rows of a result's chart, one per group, in the result's order. */
export function chartRows(result: MetricResultJson): ChartRow[] {
  return result.groups.map((group) => ({
    group: groupLabel(group, result.by),
    period: group.period ?? null,
    value: group.value,
    lower: group.interval?.lower ?? null,
    upper: group.interval?.upper ?? null,
    small: group.small,
    ...(result.control === undefined
      ? {}
      : {
          centre: group.control?.centre ?? null,
          controlLower: group.control?.lower ?? null,
          controlUpper: group.control?.upper ?? null,
          signals: (group.control?.signals ?? []).map(ruleText).join('; '),
        }),
  }));
}

/** What a run rule found, in words: `beyondLimits` is "a point beyond the 3σ limits". */
export function ruleText(rule: string): string {
  const texts: Readonly<Record<string, string>> = {
    beyondLimits: 'a point beyond the 3σ limits',
    twoOfThreeBeyondTwoSigma: '2 of 3 in a row beyond 2σ, same side',
    fourOfFiveBeyondOneSigma: '4 of 5 in a row beyond 1σ, same side',
    runOfSeven: '7 in a row on one side of the centre',
    runOfEight: '8 in a row on one side of the centre',
    runOfNine: '9 in a row on one side of the centre',
    trendOfSix: '6 in a row rising or falling',
    fourteenAlternating: '14 in a row alternating up and down',
    fifteenWithinOneSigma: '15 in a row within 1σ of the centre',
    eightBeyondOneSigma: '8 in a row beyond 1σ, on both sides',
  };
  return texts[rule] ?? rule;
}

/**
 * The series of a result with `--control` and `--by`, one per group, each a result of its own
 * periods (without `--by`): each gets its own control chart, since each has its own limits.
 */
export function controlSeries(result: MetricResultJson): { name: string; result: MetricResultJson }[] {
  const series = new Map<string, GroupJson[]>();
  for (const group of result.groups) {
    const name = groupLabel(group, result.by);
    series.set(name, [...(series.get(name) ?? []), group]);
  }
  return [...series].map(([name, groups]) => ({ name, result: { ...result, by: [], groups: groups.map((group) => ({ ...group, key: {} })) } }));
}

/** The chart's title: `"NPS by channel"`, `"NPS by week"`, `"NPS by week and channel"`. */
export function chartTitle(result: MetricResultJson): string {
  const parts: string[] = [];
  if (hasPeriod(result)) parts.push(result.period ?? 'period');
  parts.push(...result.by);
  return parts.length === 0 ? result.label : `${result.label} by ${parts.join(' and ')}`;
}

/** What the chart's marks mean, for its caption. */
export function chartCaption(result: MetricResultJson): string {
  const interval = result.groups.find((group) => group.interval !== null)?.interval ?? result.interval;
  const band = interval === null ? 'its interval' : `its ${formatConfidence(interval.confidence)} interval (${interval.method})`;
  switch (chartKind(result)) {
    case 'bars':
      return `Bars: ${result.label} of each group; whiskers: ${band}. Paler bars are small groups; “none” marks a group without answers.`;
    case 'line':
      if (result.control !== undefined) return controlCaption(result, result.control);
      return `Line: ${result.label} of each period; shaded band: ${band}. A gap is a period without answers.`;
    case 'lines':
      return `Lines: ${result.label} of each period, one colour per group; shaded bands: ${band}. A gap is a period without answers.`;
    case undefined:
      return '';
  }
}

/** The caption of a control chart: the chart, its baseline, and what its lines and marks are. */
function controlCaption(result: MetricResultJson, control: ControlJson): string {
  const chart = controlChartName(control);
  const steps = control.chart === 'pChart' ? ' (they step with each period’s number of answers)' : '';
  return `Control chart (${chart}): ${result.label} of each period; grey line: the centre, from ${controlBaselineText(control.baseline)}; dashed red lines: the 3σ control limits${steps}; red diamonds: periods where a rule signals, named in the table. A gap is a period without answers.`;
}

/** The y axis title: the label and the unit, such as `"NPS (points)"`. */
function valueTitle(result: MetricResultJson): string {
  return `${result.label} (${unitName(result.unit)})`;
}

/** From this many groups on, bars are drawn across the page, one group per line. */
const horizontalFrom = 12;

/**
 * The value axis's scale: percentages on their whole range 0–100; other units fitted to the
 * data with zero in view, or, when no group has a value to fit, on a range of the unit (NPS
 * −100…100) so that an empty chart still has a readable axis.
 */
function valueScale(unit: string, rows: readonly ChartRow[]): { domain: [number, number] } | { zero: true } {
  if (unit === '%') return { domain: [0, 100] };
  if (rows.some((row) => row.value !== null || row.lower !== null)) return { zero: true };
  if (unit === 'points') return { domain: [-100, 100] };
  return { domain: [0, 1] };
}

/**
 * The Vega-Lite spec of a result's chart, or `undefined` when the result gets none (no groups,
 * or groups that are neither `--by` groups nor periods). Null values are left in the data:
 * Vega-Lite drops them from bars and breaks lines and bands there.
 */
export function chartSpec(result: MetricResultJson, title = chartTitle(result)): TopLevelSpec | undefined {
  const kind = chartKind(result);
  if (kind === undefined) return undefined;
  const rows = chartRows(result);
  const y = { type: 'quantitative', title: valueTitle(result), scale: valueScale(result.unit, rows) } as const;
  // Long labels are cut with an ellipsis in the drawing; the page's table and the chart's
  // accessible name keep them whole.
  const config = {
    font: 'sans-serif',
    range: { category: { scheme: new Set(rows.map((row) => row.group)).size > 10 ? 'tableau20' : 'tableau10' } },
    title: { limit: 520 },
    axis: { labelLimit: 160, titleLimit: 240 },
    legend: { labelLimit: 200, titleLimit: 200 },
  } as const;
  if (kind === 'bars') {
    const groups = [...new Set(rows.map((row) => row.group))];
    const category = {
      field: 'group',
      type: 'nominal',
      title: result.by.join(' · '),
      // Every group keeps its place on the axis, a group without answers too.
      scale: { domain: groups },
      sort: null,
    } as const;
    const bar = { type: 'bar', color: '#4c78a8' } as const;
    const whisker = { type: 'rule', color: '#222', strokeWidth: 1.5 } as const;
    const opacity = { condition: { test: 'datum.small', value: 0.45 }, value: 1 } as const;
    const none = [{ filter: 'datum.value === null' }];
    const noneText = { value: 'none' } as const;
    if (groups.length < horizontalFrom) {
      return {
        title,
        description: title,
        data: { values: rows },
        width: { step: 44 },
        height: 240,
        config,
        encoding: { x: { ...category, axis: { labelAngle: groups.some((group) => group.length > 6) ? -40 : 0 } } },
        layer: [
          { mark: bar, encoding: { y: { ...y, field: 'value' }, opacity } },
          { mark: whisker, encoding: { y: { ...y, field: 'lower' }, y2: { field: 'upper' } } },
          {
            transform: none,
            mark: { type: 'text', fontSize: 10, color: '#666', dy: -8 },
            encoding: { y: { datum: 0, type: 'quantitative' }, text: noneText },
          },
        ],
      };
    }
    // Many groups (agents, teams): bars across the page, one line of text per group.
    const value = { ...y, axis: { orient: 'top' } } as const;
    return {
      title,
      description: title,
      data: { values: rows },
      width: 480,
      height: { step: 18 },
      config,
      encoding: { y: category },
      layer: [
        { mark: bar, encoding: { x: { ...value, field: 'value' }, opacity } },
        { mark: whisker, encoding: { x: { ...value, field: 'lower' }, x2: { field: 'upper' } } },
        {
          transform: none,
          mark: { type: 'text', fontSize: 10, color: '#666', align: 'left', dx: 4 },
          encoding: { x: { datum: 0, type: 'quantitative' }, text: noneText },
        },
      ],
    };
  }
  const x = {
    field: 'period',
    type: 'ordinal',
    title: result.period ?? 'period',
    sort: 'ascending',
    // Many periods (a year of days): labels that would overlap are left out.
    axis: { labelAngle: -40, labelOverlap: 'greedy' },
  } as const;
  const color =
    kind === 'lines'
      ? { color: { field: 'group', type: 'nominal', title: result.by.join(' · '), sort: null } as const }
      : {};
  const fixedColor = kind === 'lines' ? {} : { color: '#4c78a8' };
  // What every period chart shares: its title, data, size and axis settings.
  const frame = { title, description: title, data: { values: rows }, width: 560, height: 240, config };
  if (result.control !== undefined && kind === 'line') {
    // A control chart: the centre line, the limits as steps (a p-chart's move with each period's
    // answers), the values, and the periods with a signal marked (named in the table below).
    // The value axis fits the limits and values, as control charts are read (not 0–100).
    const value = { ...y, scale: { zero: false } } as const;
    const limit = { type: 'line' as const, color: '#b03a2e', strokeWidth: 1.5, strokeDash: [6, 4], interpolate: 'step' as const };
    return {
      ...frame,
      encoding: { x },
      layer: [
        { mark: { type: 'line', color: '#777', strokeWidth: 1.5, interpolate: 'step' }, encoding: { y: { ...value, field: 'centre' } } },
        { mark: limit, encoding: { y: { ...value, field: 'controlLower' } } },
        { mark: limit, encoding: { y: { ...value, field: 'controlUpper' } } },
        { mark: { type: 'line', point: true, strokeWidth: 2, color: '#4c78a8' }, encoding: { y: { ...value, field: 'value' } } },
        {
          // Each diamond names its period and rules: its accessible name, and (renderChartSvg) its tooltip.
          transform: [{ filter: "datum.signals !== ''" }, { calculate: "datum.period + ': ' + datum.signals", as: 'signalNote' }],
          mark: { type: 'point', shape: 'diamond', filled: true, size: 110, color: '#d62728', opacity: 1, ariaRoleDescription: 'signal' },
          encoding: { y: { ...value, field: 'value' }, description: { field: 'signalNote', type: 'nominal' } },
        },
      ],
    };
  }
  return {
    ...frame,
    encoding: { x, ...color },
    layer: [
      {
        mark: { type: 'area', opacity: 0.18, ...fixedColor },
        encoding: { y: { ...y, field: 'lower' }, y2: { field: 'upper' } },
      },
      {
        mark: { type: 'line', point: true, strokeWidth: 2, ...fixedColor },
        encoding: { y: { ...y, field: 'value' } },
      },
    ],
  };
}

/**
 * Draws a Vega-Lite spec to an SVG element for inlining in HTML: `role="img"`, an `aria-label`
 * and a `<title>` naming the chart, and element ids made unique to this chart so that two
 * charts on one page cannot take each other's clip paths or gradients (`idPrefix` is put before
 * each id, so it must differ between the charts of a page).
 */
export async function renderChartSvg(
  spec: TopLevelSpec,
  options: { readonly title: string; readonly idPrefix: string },
): Promise<string> {
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    const prefix = escapeHtml(options.idPrefix);
    const title = escapeHtml(options.title);
    return svg
      .replace(/\bid="([^"]*)"/g, `id="${prefix}$1"`)
      .replace(/url\(#([^)]*)\)/g, `url(#${prefix}$1)`)
      .replace(/href="#([^"]*)"/g, `href="#${prefix}$1"`)
      .replace(/^<svg\b([^>]*)>/, `<svg$1 role="img" aria-label="${title}"><title>${title}</title>`)
      // A control chart's signal marks show their period and rules on hover too.
      .replace(/<path aria-label="([^"]*)"([^>]*aria-roledescription="signal"[^>]*)\/>/g, '<path aria-label="$1"$2><title>$1</title></path>');
  } finally {
    view.finalize();
  }
}
