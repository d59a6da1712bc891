// `--format html`: one self-contained HTML file of a run's results. Inline CSS, charts inlined
// as SVG drawn in Node, no script, no font, image or stylesheet from anywhere: the file can be
// mailed, archived, and opened offline. A Content-Security-Policy forbids scripts and requests,
// so that even a mistake in escaping could not run code or reach the network.
import type { GroupJson, IntervalJson, MetricResultJson } from '../result.js';
import { chartCaption, chartSpec, chartTitle, controlSeries, hasPeriod, renderChartSvg, ruleText } from './charts.js';
import { escapeHtml } from './escape.js';
import {
  formatConfidence,
  formatDifference,
  formatNumber,
  formatPValue,
  formatRange,
  formatValue,
  unitName,
} from './format.js';

/** Options of {@link renderHtml}. */
export interface RenderHtmlOptions {
  /** The page's title and top heading. */
  readonly title: string;
  /**
   * When the results were computed, shown as given (such as an ISO 8601 timestamp).
   * @defaultValue omitted from the page, so the same results always give the same file
   */
  readonly generatedAt?: string;
}

const styles = `
:root { color-scheme: light; --ink: #1d2330; --muted: #5b6474; --line: #d8dde6; --accent: #4c78a8; --warn: #8a5a00; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 0 0 .5rem; }
.generated, .source, .muted { color: var(--muted); }
nav ul { padding-left: 1.2rem; }
.metric { border-top: 2px solid var(--line); padding: 1.25rem 0; }
.metric-name { font-size: .85rem; font-weight: normal; color: var(--muted); }
.headline { display: flex; flex-wrap: wrap; gap: .5rem 2rem; align-items: baseline; margin: .5rem 0 1rem; }
.headline .value { font-size: 2.2rem; font-weight: 700; line-height: 1.1; font-variant-numeric: tabular-nums; }
.headline .unit { font-size: 1rem; color: var(--muted); margin-left: .3rem; }
.headline p { margin: 0; }
figure.chart { margin: 1rem 0; overflow-x: auto; }
figure.chart svg { max-width: 100%; height: auto; }
figcaption { font-size: .85rem; color: var(--muted); }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; font-size: .9rem; margin: .5rem 0; }
caption { text-align: left; font-weight: 600; padding-bottom: .25rem; }
th, td { padding: .3rem .6rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--line); white-space: nowrap; }
td.period { white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.flag { color: var(--warn); font-weight: 600; }
.significant { font-weight: 600; }
td.signals { min-width: 18rem; }
tr.signal td.signals { color: #b03a2e; font-weight: 600; }
@media print { figure.chart, tr { break-inside: avoid; } }
`;

/** The headline's interval line. */
function intervalText(interval: IntervalJson | null, unit: string): string {
  if (interval === null) return 'no confidence interval';
  return `${formatConfidence(interval.confidence)} interval ${formatRange(interval.lower, interval.upper, unit)} (${interval.method})`;
}

/**
 * The headline of a result without a value: the contacts counted for `contact-mix` (whose
 * values are the shares of its groups, as in the CLI's table), else "no answers" or, when some
 * were counted, "no overall value".
 */
function noValueText(result: MetricResultJson): string {
  if (result.metric === 'contact-mix') return `${formatNumber(result.answered, 0)} contacts`;
  return result.answered === 0 ? 'no answers' : 'no overall value';
}

/** The headline: the value and its unit, its interval, the answers counted. */
function renderHeadline(result: MetricResultJson): string {
  const unit = result.unit === 'seconds' && result.value !== null
    ? `seconds (${formatNumber(result.value, 1)} s)`
    : unitName(result.unit);
  const value = result.value === null
    ? `<span class="value">${escapeHtml(noValueText(result))}</span>`
    : `<span class="value">${escapeHtml(formatValue(result.value, result.unit))}</span><span class="unit">${escapeHtml(unit)}</span>`;
  const total = result.answered + result.unanswered;
  const share = total === 0 ? '' : ` (${formatNumber((result.unanswered / total) * 100, 1)}% of ${formatNumber(total, 0)})`;
  return `<div class="headline">
<p class="headline-value">${value}</p>
<p class="headline-interval">${escapeHtml(intervalText(result.interval, result.unit))}</p>
<p class="headline-answers">${formatNumber(result.answered, 0)} answered · ${formatNumber(result.unanswered, 0)} unanswered${share}</p>
</div>`;
}

/** The interval most of a table's rows share: the result's own, else the first group's. */
function tableInterval(result: MetricResultJson): IntervalJson | null {
  return result.interval ?? result.groups.find((group) => group.interval !== null)?.interval ?? null;
}

/** A group's interval cell, naming its level and method when they differ from the column's. */
function intervalCell(interval: IntervalJson | null, result: MetricResultJson): string {
  if (interval === null) return '–';
  const range = formatRange(interval.lower, interval.upper, result.unit);
  const common = tableInterval(result);
  const same = common !== null && common.method === interval.method && common.confidence === interval.confidence;
  return same ? range : `${range} (${formatConfidence(interval.confidence)}, ${interval.method})`;
}

function comparisonCells(group: GroupJson, unit: string): string {
  const comparison = group.comparison;
  if (comparison === undefined || comparison === null) return '<td>–</td><td class="num">–</td><td class="num">–</td><td>–</td>';
  return [
    `<td>${escapeHtml(comparison.baseline)}</td>`,
    `<td class="num">${escapeHtml(formatDifference(comparison.difference, unit))}</td>`,
    `<td class="num" title="p before adjustment: ${escapeHtml(formatPValue(comparison.pValue))}">${escapeHtml(formatPValue(comparison.adjustedPValue))}</td>`,
    comparison.significant ? '<td class="significant">yes</td>' : '<td>no</td>',
  ].join('');
}

/** A period's centre, limits and signals (each rule in words, its name as the tooltip); baseline periods marked. */
function controlCells(group: GroupJson, unit: string): string {
  const control = group.control;
  if (control === undefined || control === null) return '<td class="num">–</td><td class="num">–</td><td>–</td>';
  const signals = control.signals.map((rule) => `<span class="rule" title="${escapeHtml(rule)}">${escapeHtml(ruleText(rule))}</span>`);
  const baseline = control.baseline ? ['<span class="muted">baseline</span>'] : [];
  const text = [...signals, ...baseline];
  return [
    `<td class="num">${escapeHtml(formatValue(control.centre, unit))}</td>`,
    `<td class="num">${escapeHtml(formatRange(control.lower, control.upper, unit))}</td>`,
    `<td class="signals">${text.length === 0 ? '–' : text.join('; ')}</td>`,
  ].join('');
}

function intervalHeading(interval: IntervalJson | null): string {
  return interval === null ? 'Interval' : `${formatConfidence(interval.confidence)} interval (${interval.method})`;
}

/** The table of groups: key columns, period, value, interval, answers, flags, comparison. */
function renderTable(result: MetricResultJson): string {
  const period = hasPeriod(result);
  const compared = result.groups.some((group) => group.comparison !== undefined && group.comparison !== null);
  const headings = [
    ...result.by.map((column) => escapeHtml(column)),
    ...(period ? [escapeHtml(result.period ?? 'period')] : []),
    `${escapeHtml(result.label)} (${escapeHtml(unitName(result.unit))})`,
    escapeHtml(intervalHeading(tableInterval(result))),
    'Answered',
    'Unanswered',
    'Small group',
    ...(compared ? ['Compared with', 'Difference', 'Adjusted p (Holm)', 'Significant'] : []),
    ...(result.control === undefined ? [] : ['Centre', 'Control limits', 'Signals']),
  ];
  const rows = result.groups.map((group) => {
    const keys = result.by.map((column) => {
      const value = group.key[column];
      return `<td>${value === null || value === undefined ? '<span class="muted">(none)</span>' : escapeHtml(String(value))}</td>`;
    });
    const cells = [
      ...keys,
      ...(period ? [`<td class="period">${escapeHtml(group.period ?? '–')}</td>`] : []),
      `<td class="num">${escapeHtml(group.value === null ? '– (no answers)' : formatValue(group.value, result.unit))}</td>`,
      `<td class="num">${escapeHtml(intervalCell(group.interval, result))}</td>`,
      `<td class="num">${formatNumber(group.answered, 0)}</td>`,
      `<td class="num">${formatNumber(group.unanswered, 0)}</td>`,
      group.small ? '<td class="flag">small</td>' : '<td>–</td>',
      ...(compared ? [comparisonCells(group, result.unit)] : []),
      ...(result.control === undefined ? [] : [controlCells(group, result.unit)]),
    ];
    return `<tr${(group.control?.signals.length ?? 0) > 0 ? ' class="signal"' : ''}>${cells.join('')}</tr>`;
  });
  return `<div class="table-wrap"><table>
<caption>${escapeHtml(chartTitle(result))}: ${String(result.groups.length)} ${result.groups.length === 1 ? 'row' : 'rows'}</caption>
<thead><tr>${headings.map((heading) => `<th scope="col">${heading}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>`;
}

async function renderChart(result: MetricResultJson, id: string): Promise<string> {
  if (result.control !== undefined && result.by.length > 0) {
    // One control chart per --by group: each series has its own centre and limits.
    const series = controlSeries(result);
    const charts = await Promise.all(series.map(({ name, result: one }, index) => renderOneChart(one, `${id}-${String(index + 1)}`, `${chartTitle(one)}: ${name}`)));
    return charts.join('\n');
  }
  return renderOneChart(result, id, chartTitle(result));
}

async function renderOneChart(result: MetricResultJson, id: string, title: string): Promise<string> {
  const spec = chartSpec(result, title);
  if (spec === undefined) return '';
  const svg = await renderChartSvg(spec, { title, idPrefix: `${id}-` });
  return `<figure class="chart">
${svg}
<figcaption>${escapeHtml(chartCaption(result))}</figcaption>
</figure>`;
}

async function renderMetric(result: MetricResultJson, id: string): Promise<string> {
  const parts = [
    `<section class="metric" id="${id}" aria-labelledby="${id}-title">`,
    `<h2 id="${id}-title">${escapeHtml(result.label)} <span class="metric-name">${escapeHtml(result.metric)}</span></h2>`,
    `<p class="source">Source: ${escapeHtml(result.source)}</p>`,
    renderHeadline(result),
    await renderChart(result, id),
    result.groups.length > 0 ? renderTable(result) : '',
    '</section>',
  ];
  return parts.filter((part) => part !== '').join('\n');
}

/**
 * One self-contained HTML page presenting metric results: for each, a headline (value, unit,
 * confidence interval, answered and unanswered), a chart — bars by group with interval
 * whiskers for `--by`, a line with its interval band over periods for `--period`, one line per
 * group for both, and with `--control` a control chart (centre, limits, signals) per series —
 * and a table of the groups with their comparisons and control limits.
 *
 * Every text from the data (labels, sources, column names, group keys) is escaped. The page has
 * no script and makes no request; its Content-Security-Policy forbids both. Charts are SVG
 * drawn in Node by Vega, which is asynchronous, hence the promise.
 *
 * @param results - The results, in the order they are shown.
 * @param options - The page's `title`, and `generatedAt` when the page should say when it was made.
 * @returns The HTML document.
 * @example
 * const html = await renderHtml([npsResult], { title: 'Survey, week 48' });
 * await writeFile('report.html', html);
 */
export async function renderHtml(results: readonly MetricResultJson[], options: RenderHtmlOptions): Promise<string> {
  const ids = results.map((_, index) => `metric-${String(index + 1)}`);
  const sections = await Promise.all(results.map((result, index) => renderMetric(result, ids[index]!)));
  const nav = results.length > 1
    ? `<nav aria-label="Metrics"><ul>${results
      .map((result, index) => `<li><a href="#${ids[index]!}">${escapeHtml(result.label)}</a></li>`)
      .join('')}</ul></nav>`
    : '';
  const generated = options.generatedAt === undefined ? '' : `<p class="generated">Generated ${escapeHtml(options.generatedAt)}</p>`;
  const body = results.length === 0 ? '<p>No results.</p>' : sections.join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="@service-metrics/cli">
<title>${escapeHtml(options.title)}</title>
<style>${styles}</style>
</head>
<body>
<header>
<h1>${escapeHtml(options.title)}</h1>
${generated}
${nav}
</header>
<main>
${body}
</main>
</body>
</html>
`;
}
