// The outputs of a metric command and of `check`: an aligned table (the default), JSON, CSV and
// Markdown. HTML is report/html.ts.
import type { CheckResult } from './check.js';
import { controlBaselineText, controlChartName, formatDuration } from './report/format.js';
import type { ControlJson, GroupJson, MetricResultJson } from './result.js';
import { labelOf } from './run.js';

export type OutputFormat = 'table' | 'json' | 'csv' | 'markdown' | 'html';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['table', 'json', 'csv', 'markdown', 'html'];

/** A value with its unit, to one decimal (durations also in words from a minute on). */
export function formatValue(value: number | null, unit: string): string {
  if (value === null) return '–';
  const fixed = value.toFixed(1);
  switch (unit) {
    case '%':
      return `${fixed} %`;
    case 'seconds':
      return Math.abs(value) >= 60 ? `${fixed} s (${formatDuration(value)})` : `${fixed} s`;
    default:
      return fixed;
  }
}

function intervalText(group: Pick<GroupJson, 'interval'>): string {
  return group.interval === null ? '' : `${group.interval.lower.toFixed(1)} – ${group.interval.upper.toFixed(1)}`;
}

function comparisonText(group: GroupJson): string {
  const test = group.comparison;
  if (test === undefined || test === null) return '';
  const sign = test.difference > 0 ? '+' : '';
  return `${sign}${test.difference.toFixed(1)} vs ${test.baseline}, p = ${test.adjustedPValue < 0.001 ? '< 0.001' : test.adjustedPValue.toFixed(3)}${test.significant ? ' *' : ''}`;
}

/** A period's control limits, `lower – upper`, in the value's unit. */
function limitsText(group: GroupJson, unit: string): string {
  const control = group.control;
  if (control === undefined || control === null) return '';
  return `${formatValue(control.lower, unit)} – ${formatValue(control.upper, unit)}`;
}

/** The control columns of the table: centre, limits and the rules that fired (a baseline period marked `(baseline)`). */
function controlCells(group: GroupJson, unit: string): string[] {
  const control = group.control;
  if (control === undefined || control === null) return ['', '', ''];
  return [formatValue(control.centre, unit), limitsText(group, unit), [...control.signals, ...(control.baseline ? ['(baseline)'] : [])].join(', ')];
}

/** The table's rows: a header, then one row per group (or the one overall row). */
function rows(result: MetricResultJson): string[][] {
  const confidence = result.interval?.confidence ?? result.groups.find((group) => group.interval !== null)?.interval?.confidence;
  const intervalHeader = confidence === undefined ? 'interval' : `${Math.round(confidence * 1000) / 10} % interval`;
  const compared = result.groups.some((group) => group.comparison !== undefined);
  const controlled = result.control !== undefined;
  const header = [...result.by, ...(result.period === undefined ? [] : [result.period]), result.label, intervalHeader, 'answered', ...(compared ? ['change'] : []), ...(controlled ? ['centre', 'control limits', 'signals'] : [])];
  const line = (group: GroupJson): string[] => [
    ...result.by.map((name) => (group.key[name] === null || group.key[name] === undefined ? '(none)' : String(group.key[name]))),
    ...(result.period === undefined ? [] : [group.period ?? '']),
    formatValue(group.value, result.unit) + (group.small ? ' (small)' : ''),
    intervalText(group),
    String(group.answered),
    ...(compared ? [comparisonText(group)] : []),
    ...(controlled ? controlCells(group, result.unit) : []),
  ];
  if (result.groups.length === 0) return [header, line({ key: {}, value: result.value, interval: result.interval, answered: result.answered, unanswered: result.unanswered, small: false, summary: result.summary })];
  return [header, ...result.groups.map(line)];
}

/**
 * A table in aligned columns; numbers are right-aligned in the columns from `numbersFrom` on
 * (the last four by default: value, interval, answers, change).
 */
function aligned(table: readonly string[][], numbersFrom = table[0]!.length - 4): string {
  // Widths in code points, so that a name with accents or an en dash stays aligned.
  const length = (cell: string): number => Array.from(cell).length;
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => length(row[column]!))));
  const pad = (cell: string, column: number): string => {
    const numeric = /^[−-]?\d/.test(cell) && column >= numbersFrom;
    const gap = ' '.repeat(widths[column]! - length(cell));
    return numeric ? gap + cell : cell + gap;
  };
  const [header, ...body] = table;
  return [header!.map(pad).join('  '), widths.map((width) => '─'.repeat(width)).join('  '), ...body.map((row) => row.map(pad).join('  '))].join('\n');
}

/** `--format table`: a headline, then the groups. */
export function formatTable(result: MetricResultJson): string {
  const headline =
    result.value === null && result.metric !== 'contact-mix'
      ? `${result.label}: no answers`
      : result.metric === 'contact-mix'
        ? `${result.label} by ${result.by.at(-1)!}: ${result.answered} contacts`
        : `${result.label}: ${formatValue(result.value, result.unit)}${result.interval === null ? '' : ` (${Math.round(result.interval.confidence * 1000) / 10} % interval ${intervalText(result)}, ${result.interval.method})`}`;
  const counts = `${result.answered} counted, ${result.unanswered} without a value · ${result.source}`;
  const legend = result.groups.some((group) => group.small) ? '\n(small): fewer answers than --min-answers; * significant after Holm adjustment' : result.groups.some((group) => group.comparison) ? '\n*: significant after Holm adjustment' : '';
  if (result.groups.length === 0) return `${headline}\n${counts}\n`;
  const table = rows(result);
  // The control columns are right of the usual ones: numbers stay right-aligned where they were.
  const numbersFrom = table[0]!.length - 4 - (result.control === undefined ? 0 : 3);
  return `${headline}\n${counts}\n\n${aligned(table, numbersFrom)}${legend}${result.control === undefined ? '' : `\n${controlLegend(result.control)}`}\n`;
}

/** What the control columns mean, in one line: the chart, its baseline, its rules. */
export function controlLegend(control: ControlJson): string {
  const chart = controlChartName(control);
  const rules = { westernElectric: 'Western Electric', nelson: 'Nelson', nhs: 'NHS' }[control.ruleSet];
  return `control: ${chart}, centre and 3σ limits from ${controlBaselineText(control.baseline)}; signals by the ${rules} rules (${control.rules.join(', ')})`;
}

function csvCell(cell: string): string {
  return /[",\n\r]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** `--format csv`: one row per group, numbers unformatted. */
export function formatCsv(result: MetricResultJson): string {
  const compared = result.groups.some((group) => group.comparison !== undefined);
  const controlled = result.control !== undefined;
  const header = [
    ...result.by,
    ...(result.period === undefined ? [] : ['period']),
    'value', 'lower', 'upper', 'answered', 'unanswered', 'small',
    ...(compared ? ['difference', 'baseline', 'adjusted_p_value', 'significant'] : []),
    ...(controlled ? ['control_centre', 'control_lower', 'control_upper', 'control_baseline', 'control_signals'] : []),
  ];
  const groups = result.groups.length > 0 ? result.groups : [{ key: {}, value: result.value, interval: result.interval, answered: result.answered, unanswered: result.unanswered, small: false, summary: result.summary }];
  const lines = groups.map((group: GroupJson) => [
    ...result.by.map((name) => (group.key[name] === null || group.key[name] === undefined ? '' : String(group.key[name]))),
    ...(result.period === undefined ? [] : [group.period ?? '']),
    group.value === null ? '' : String(group.value),
    group.interval === null ? '' : String(group.interval.lower),
    group.interval === null ? '' : String(group.interval.upper),
    String(group.answered),
    String(group.unanswered),
    String(group.small),
    ...(compared ? [group.comparison ? String(group.comparison.difference) : '', group.comparison?.baseline ?? '', group.comparison ? String(group.comparison.adjustedPValue) : '', group.comparison ? String(group.comparison.significant) : ''] : []),
    // The signals of a period, separated by semicolons (beyondLimits;runOfEight); empty when none.
    ...(controlled ? (group.control ? [String(group.control.centre), String(group.control.lower), String(group.control.upper), String(group.control.baseline), group.control.signals.join(';')] : ['', '', '', '', '']) : []),
  ]);
  return [header, ...lines].map((line) => line.map(csvCell).join(',')).join('\n') + '\n';
}

/** `--format markdown`: a heading and a table. */
export function formatMarkdown(result: MetricResultJson): string {
  const escape = (cell: string): string => cell.replaceAll('|', '\\|');
  const table = rows(result);
  const lines = [table[0]!, table[0]!.map(() => '---'), ...table.slice(1)].map((row) => `| ${row.map(escape).join(' | ')} |`);
  const headline = result.value === null ? result.label : `${result.label}: **${formatValue(result.value, result.unit)}**`;
  const legend = result.control === undefined ? '' : `\n${escape(controlLegend(result.control))}\n`;
  return `## ${headline}\n\n${result.answered} counted, ${result.unanswered} without a value (${escape(result.source)}).\n\n${lines.join('\n')}\n${legend}`;
}

/** `check`'s report as text: the bad cells by line, then the counts per reason. */
export function formatCheck(result: CheckResult): string {
  if (result.badRows === 0) return `${result.source}: ${result.rows} rows, no bad rows\n`;
  const table = [['line', 'column', 'value', 'reason'], ...result.bad.map((row) => [String(row.line), row.column, row.value === null ? '(empty)' : JSON.stringify(row.value), row.reason])];
  const reasons = result.reasons.map((reason) => `${String(reason.rows).padStart(8)}  ${reason.column}: ${reason.reason}`);
  const more = result.bad.length < result.reasons.reduce((sum, reason) => sum + reason.rows, 0) ? '\n…' : '';
  return `${aligned(table)}${more}\n\n${result.badRows} bad ${result.badRows === 1 ? 'row' : 'rows'} of ${result.rows} in ${result.source}:\n${reasons.join('\n')}\n`;
}

export { labelOf };
