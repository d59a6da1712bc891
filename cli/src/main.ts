// The `service-metrics` command: parses the command line, runs a metric, `check` or `report`,
// and returns the exit code (0 done, 1 bad data, 2 a usage error).
import { writeFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { MetricInputError, type RunRuleSet } from 'service-metrics';
import { BadDataError, UsageError } from './errors.js';
import { checkFile, type BadRow } from './check.js';
import { formatCheck, formatCsv, formatMarkdown, formatTable, OUTPUT_FORMATS, type OutputFormat } from './format.js';
import { METRICS, type MetricCommand, type MetricOptions } from './metrics.js';
import { computeMetric, type SourceOptions } from './compute.js';
import { RULE_SETS, type ControlOptions } from './control.js';
import { ENCODINGS, INPUT_FORMATS, openFile } from './source.js';
import { cellsOf, type RunOptions } from './run.js';
import { DURATION_UNITS } from './values.js';
import type { MetricResultJson } from './result.js';
import { runReport } from './report/config.js';
import { computeSla, type SlaOptions } from './sla.js';

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stderr is a terminal (a progress display is shown then). */
  readonly interactive?: boolean;
}

const VERSION = '0.1.0';

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** The options every metric command (and `check`) takes. */
function addCommonOptions(command: Command, withOutput: boolean): Command {
  command
    .option('--by <column>', 'a column to group by (repeat for several)', collect, [])
    .addOption(new Option('--period <unit>', 'a time bucket per group, with --time').choices(['day', 'week', 'month']))
    .option('--time <column>', 'the time of each row, for --period (ISO 8601, or --date-format)')
    .option('--tz <zone>', 'the IANA time zone of days, weeks and months, and of times without an offset', 'UTC')
    .option('--date-format <format>', 'how times are written, as strptime (%d/%m/%Y %H:%M); day-first or month-first is never guessed')
    .option('--missing <tokens>', 'cells that mean "no answer", besides the empty cell (comma-separated: NA,n/a,-)')
    .addOption(new Option('--duration-unit <unit>', 'the unit of plain numbers in duration columns (h:mm:ss is always read)').choices(DURATION_UNITS as string[]).default('seconds'))
    .addOption(new Option('--input-format <format>', 'the file format (default: from the extension)').choices(INPUT_FORMATS as string[]))
    .option('--delimiter <char>', 'the CSV delimiter (default: , for .csv, tab for .tsv)')
    .addOption(new Option('--encoding <encoding>', 'the text encoding of the file').choices(ENCODINGS as string[]).default('utf-8'))
    .option('--db <url>', 'read from PostgreSQL (postgres://user@host/db) instead of a file, with --table or --query')
    .option('--table <name>', 'the table to read with --db (schema.table allowed)')
    .option('--query <sql>', 'the query to read with --db');
  if (withOutput) {
    command
      .option('--confidence <level>', 'the confidence level of intervals and tests', '0.95')
      .option('--min-answers <n>', 'groups with fewer answers are marked small', '30')
      .option('--compare <baseline>', 'test each group against previous (period), first, or target=<value>; Holm-adjusted')
      .addOption(new Option('--format <format>', 'the output').choices(OUTPUT_FORMATS as string[]).default('table'))
      .option('--out <file>', 'write the output to a file instead of stdout');
  }
  return command;
}

/** The control-chart options of the metric commands. */
function addControlOptions(command: Command): Command {
  return command
    .option('--control <k|from..to>', 'with --period: a control chart of each period series (a p-chart for a percentage, else an individuals chart), limits from its first k periods, or from the periods starting in a date range (2026-11-02..2026-11-16, the end not included)')
    .addOption(new Option('--control-rules <rules>', 'the run rules that signal, with --control (default: westernElectric)').choices(RULE_SETS as string[]))
    .option('--laney', "with --control on a percentage: Laney's p′-chart, for thousands of contacts a period");
}

function numberIn(text: string, flag: string, low: number, high: number, integer = false): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < low || value > high || (integer && !Number.isInteger(value))) {
    throw new UsageError(`${flag} must be ${integer ? 'a whole number' : 'a number'} from ${low} to ${high}, got ${JSON.stringify(text)}`);
  }
  return value;
}

/** The run and source options from commander's parsed options. */
export function runOptionsOf(options: Readonly<Record<string, unknown>>): { run: RunOptions; source: SourceOptions } {
  const text = (name: string): string | undefined => (options[name] === undefined ? undefined : (options[name] as string));
  const missing = (text('missing') ?? '').split(',').map((token) => token.trim()).filter((token) => token !== '');
  const reading = { missing, dateFormat: text('dateFormat'), timeZone: text('tz') ?? 'UTC', durationUnit: (text('durationUnit') ?? 'seconds') as RunOptions['reading']['durationUnit'] };
  const run: RunOptions = {
    by: (options['by'] as string[] | undefined) ?? [],
    period: text('period') as RunOptions['period'],
    time: text('time'),
    confidenceLevel: numberIn(text('confidence') ?? '0.95', '--confidence', 0.5, 0.9999),
    minimumAnswers: numberIn(text('minAnswers') ?? '30', '--min-answers', 0, Number.MAX_SAFE_INTEGER, true),
    compare: text('compare'),
    control: controlOf(options, text('period')),
    reading,
  };
  const source: SourceOptions = {
    db: text('db'),
    table: text('table'),
    query: text('query'),
    format: text('inputFormat') as SourceOptions['format'],
    delimiter: text('delimiter'),
    encoding: (text('encoding') ?? 'utf-8') as SourceOptions['encoding'],
    timeZone: reading.timeZone,
  };
  return { run, source };
}

/** `--control`, `--control-rules` and `--laney`, checked. */
function controlOf(options: Readonly<Record<string, unknown>>, period: string | undefined): ControlOptions | undefined {
  const k = options['control'] as string | undefined;
  if (k === undefined) {
    if (options['controlRules'] !== undefined || options['laney'] !== undefined) throw new UsageError('--control-rules and --laney go with --control <k>');
    return undefined;
  }
  if (period === undefined) throw new UsageError('--control charts a series of periods: give --period day|week|month');
  return {
    baseline: controlBaseline(k),
    rules: (options['controlRules'] as RunRuleSet | undefined) ?? 'westernElectric',
    laney: options['laney'] === true,
  };
}

/** `--control 8` (the first 8 periods) or `--control 2026-11-02..2026-11-16` (a date range, the end not included). */
function controlBaseline(text: string): ControlOptions['baseline'] {
  const range = /^\s*(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})\s*$/.exec(text);
  if (range !== null) return { from: range[1]!, to: range[2]! };
  const periods = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || periods < 1 || !Number.isSafeInteger(periods)) {
    throw new UsageError(`--control must be the number of first periods the limits come from (such as 12), or a date range FROM..TO, the end not included (2026-11-02..2026-11-16), got ${JSON.stringify(text)}`);
  }
  return { periods };
}

/** The metric's own options, as text. */
function metricOptionsOf(command: MetricCommand, options: Readonly<Record<string, unknown>>): MetricOptions {
  const own: Record<string, string | undefined> = {};
  for (const spec of command.options) {
    const long = /--([a-z-]+)/.exec(spec.flags)![1]!;
    const name = long.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
    own[name] = options[name] === undefined ? undefined : (options[name] as string);
  }
  return own;
}

function addMetricOptions(command: Command, metric: MetricCommand): Command {
  for (const spec of metric.options) command.option(spec.flags, spec.description, spec.defaultValue);
  return command;
}

/** The HTML renderer, loaded when a command draws one: vega takes a tenth of a second to load. */
async function htmlRenderer(): Promise<typeof import('./report/html.js').renderHtml> {
  return (await import('./report/html.js')).renderHtml;
}

/** A result in the chosen format. */
export async function render(result: MetricResultJson, format: OutputFormat): Promise<string> {
  switch (format) {
    case 'table':
      return formatTable(result);
    case 'json':
      return `${JSON.stringify(result, null, 2)}\n`;
    case 'csv':
      return formatCsv(result);
    case 'markdown':
      return formatMarkdown(result);
    case 'html':
      return (await htmlRenderer())([result], { title: `${result.label} · ${result.source}` });
  }
}

function badRowsText(rows: readonly BadRow[]): string {
  return rows.map((row) => `  line ${row.line}, ${row.column}: ${row.value === null ? '(empty)' : JSON.stringify(row.value)}: ${row.reason}`).join('\n');
}

/** Runs the command line; returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const program = new Command('service-metrics');
  let outcome = 0;
  const write = (text: string, out: string | undefined): void => {
    if (out === undefined) io.stdout(text);
    else writeFileSync(out, text);
  };
  program
    .description('Customer-service metrics (NPS, CSAT, service level, handle times…) from a CSV, TSV, JSON lines or Parquet export, or a PostgreSQL table.')
    .version(VERSION)
    .exitOverride()
    .showHelpAfterError('(run with --help for the options)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  for (const metric of METRICS) {
    const command = program.command(metric.name).description(metric.summary).argument('[file]', 'the export to read (CSV, TSV, JSON lines or Parquet)');
    addMetricOptions(addControlOptions(addCommonOptions(command, true)), metric).action(async (file: string | undefined, options: Record<string, unknown>) => {
      const { run, source } = runOptionsOf(options);
      const result = await computeMetric(metric, metricOptionsOf(metric, options), run, { ...source, file }, io);
      write(await render(result, options['format'] as OutputFormat), options['out'] as string | undefined);
    });
  }

  const check = program.command('check').description('list every bad row of an export for a metric: line, column, value, reason (exit code 1 when any)');
  for (const metric of METRICS) {
    const command = check.command(metric.name).description(`check the columns ${metric.name} reads`).argument('<file>', 'the export to check');
    addMetricOptions(addCommonOptions(command, false), metric)
      .addOption(new Option('--format <format>', 'the output').choices(['table', 'json']).default('table'))
      .option('--out <file>', 'write the output to a file instead of stdout')
      .action(async (file: string, options: Record<string, unknown>) => {
        const { run, source: sourceOptions } = runOptionsOf(options);
        const plan = metric.plan(metricOptionsOf(metric, options), run.confidenceLevel);
        const source = await openFile(file, sourceOptions);
        try {
          const cells = cellsOf(plan, metricOptionsOf(metric, options), run, source.columns);
          const result = await checkFile(source, plan, cells);
          write(options['format'] === 'json' ? `${JSON.stringify(result, null, 2)}\n` : formatCheck(result), options['out'] as string | undefined);
          if (result.badRows > 0) outcome = 1;
        } finally {
          source.close();
        }
      });
  }

  const sla = program
    .command('sla')
    .description("SLA achievement from a help desk's ticket events (one row per event), by clock, priority, --by columns and --period")
    .argument('[file]', 'the events to read (CSV, TSV, JSON lines or Parquet)')
    .requiredOption('--policy <file>', 'the SLA policy: targets per priority and clock, the business calendar, pauses (JSON or YAML)')
    .requiredOption('--ticket <column>', "each event's ticket id")
    .requiredOption('--type <column>', 'the event: created, status, priority, agentReply or requesterComment')
    .requiredOption('--at <column>', 'when the event happened (ISO 8601, or --date-format)')
    .option('--priority <column>', 'the priority set by created and priority events')
    .option('--status <column>', 'the status set by status events (new, open, pending, onHold, solved, closed)')
    .option('--public <column>', 'whether an agent reply is public (Y/N; an internal note stops no clock)')
    .option('--now <instant>', 'the instant open clocks are judged at (default: the last event in the file)');
  addControlOptions(addCommonOptions(sla, true)).action(async (file: string | undefined, options: Record<string, unknown>) => {
    const { run, source } = runOptionsOf(options);
    const result = await computeSla(options as unknown as SlaOptions, run, { ...source, file });
    write(await render(result, options['format'] as OutputFormat), options['out'] as string | undefined);
  });

  program
    .command('report')
    .description('several metrics over one or more files into one self-contained HTML report')
    .argument('<config>', 'a JSON or YAML file: { title, metrics: [{ metric, file, options }] }')
    .option('--out <file>', 'the HTML file to write', 'report.html')
    .action(async (config: string, options: { out: string }) => {
      const results = await runReport(config, io);
      writeFileSync(options.out, await (await htmlRenderer())(results.metrics, { title: results.title }));
      io.stderr(`wrote ${options.out}\n`);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return outcome;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with exit code 0; commander has written its message.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      io.stderr(`service-metrics: ${error.message}\n`);
      return 2;
    }
    if (error instanceof BadDataError) {
      io.stderr(`service-metrics: ${error.message}\n`);
      return 1;
    }
    if (error instanceof MetricInputError) {
      // An option the library rejects (a scale of 5 to 1, a threshold of −20).
      io.stderr(`service-metrics: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

export { badRowsText };
