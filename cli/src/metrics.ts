// The metric commands: for each, the columns it reads (and how), the summary SQL of
// service-metrics/sql that DuckDB or PostgreSQL runs, and the library's descriptor that turns
// each group's summary into the value, its interval and its tests.
import {
  abandonmentRateMetric,
  abandonmentRateSummary,
  cesMetric,
  cesSummary,
  contactMixMetric,
  csatMetric,
  csatSummary,
  firstContactResolutionMetric,
  meanMetric,
  durationStats,
  nevMetric,
  nevSummary,
  npsMetric,
  npsSummary,
  proportionMetric,
  proportionSummary,
  serviceLevelMetric,
  serviceLevelSummary,
  type SegmentMetric,
} from 'service-metrics';
import {
  abandonmentRateSummarySql,
  cesSummarySql,
  contactMixSummarySql,
  csatSummarySql,
  durationPercentileSql,
  firstContactResolutionSummarySql,
  meanSummarySql,
  nevSummarySql,
  npsSummarySql,
  proportionSummarySql,
  serviceLevelSummarySql,
  type SqlTarget,
  type SummaryQuery,
} from 'service-metrics/sql';
import { UsageError } from './errors.js';
import type { ValueKind } from './values.js';

/** The options a metric command was given (commander's camelCase names), as text. */
export type MetricOptions = Readonly<Record<string, string | undefined>>;

/** A column the metric reads: the option that names it and how its cells are read. */
export interface Input {
  /** The option, such as `score` for `--score`. */
  readonly option: string;
  readonly kind: ValueKind;
}

/** The few SQL functions the engines spell differently. */
export interface Dialect {
  /** Seconds since the epoch of an instant. */
  readonly epoch: (instant: string) => string;
  /** Whether a double is NaN or ±Infinity. */
  readonly notFinite: (value: string) => string;
}

export const DUCKDB: Dialect = { epoch: (instant) => `epoch(${instant})`, notFinite: (value) => `NOT isfinite(${value})` };
export const POSTGRES: Dialect = {
  epoch: (instant) => `EXTRACT(EPOCH FROM ${instant})::DOUBLE PRECISION`,
  notFinite: (value) => `${value} IN ('NaN'::DOUBLE PRECISION, 'Infinity'::DOUBLE PRECISION, '-Infinity'::DOUBLE PRECISION)`,
};

/** What a metric command computes, once its options are read. */
export interface Plan {
  readonly label: string;
  /** `points` (NPS, −100…100), `%` (0–100), `seconds`, or `score` (a scale's points). */
  readonly unit: 'points' | '%' | 'seconds' | 'score';
  /** The columns read, by option (each cell read as `kind`). */
  readonly inputs: readonly Input[];
  /**
   * The columns the summary query reads, as SQL over the inputs (`input('score')` is the read
   * cell of `--score`): name → expression.
   */
  readonly columns: (input: (option: string) => string, sql: Dialect) => Readonly<Record<string, string>>;
  /** The summary query over those columns. */
  readonly query: (target: SqlTarget) => SummaryQuery<unknown>;
  /** The library's descriptor: value, interval, tests. Absent for an exact percentile. */
  readonly metric?: SegmentMetric<never, unknown>;
  /** A row's columns checked by the library as the summary would check them (throws its error). */
  readonly validate: (row: Readonly<Record<string, unknown>>) => void;
  /** For contact mix: the category column whose shares are the groups. */
  readonly mixOf?: string;
}

/** A metric command. */
export interface MetricCommand {
  readonly name: string;
  readonly summary: string;
  /** Its own options: flags, description, and whether required. */
  readonly options: readonly OptionSpec[];
  readonly plan: (options: MetricOptions, confidenceLevel: number) => Plan;
}

export interface OptionSpec {
  readonly flags: string;
  readonly description: string;
  readonly defaultValue?: string;
}

/**
 * The column name an input reads, and the option that gave it: `--score npsScore` gives
 * `npsScore`; the i-th of a list (`--duration talk,hold,wrap`) is the input `duration#i`.
 */
export function inputColumn(given: MetricOptions, input: Input): { name: string; flag: string } {
  const [option, index] = input.option.split('#') as [string, string | undefined];
  const names = given[option]!;
  const flag = `--${option.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
  return { name: index === undefined ? names : names.split(',')[Number(index)]!.trim(), flag };
}

/** A number option, or a usage error naming it. */
export function numberOption(options: MetricOptions, name: string, flag: string, fallback?: number): number {
  const text = options[name];
  if (text === undefined) {
    if (fallback === undefined) throw new UsageError(`${flag} is required`);
    return fallback;
  }
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) throw new UsageError(`${flag} must be a number, got ${JSON.stringify(text)}`);
  return value;
}

function required(options: MetricOptions, name: string, flag: string): string {
  const value = options[name];
  if (value === undefined) throw new UsageError(`${flag} <column> is required`);
  return value;
}

function oneOf<T extends string>(options: MetricOptions, name: string, flag: string, allowed: readonly T[], fallback: T): T {
  const value = options[name] ?? fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
  return value as T;
}

const asDescriptor = <V, S>(metric: SegmentMetric<V, S>): SegmentMetric<never, unknown> => metric as unknown as SegmentMetric<never, unknown>;

// ── the duration statistics shared by asa, aht, first-response-time and resolution-time ─────

/** `mean`, `median`, `p90`, `within=3600`. */
type Statistic = { readonly kind: 'mean' } | { readonly kind: 'percentile'; readonly percentile: number } | { readonly kind: 'within'; readonly seconds: number };

export function parseStatistic(text: string | undefined): Statistic {
  const value = (text ?? 'mean').trim().toLowerCase();
  if (value === 'mean') return { kind: 'mean' };
  if (value === 'median') return { kind: 'percentile', percentile: 50 };
  const percentile = /^p(\d+(\.\d+)?)$/.exec(value);
  if (percentile !== null && Number(percentile[1]) <= 100) return { kind: 'percentile', percentile: Number(percentile[1]) };
  const within = /^within=(\d+(\.\d+)?)$/.exec(value);
  if (within !== null) return { kind: 'within', seconds: Number(within[1]) };
  throw new UsageError(`--statistic must be mean, median, p<0–100> (p90) or within=<seconds> (within=3600), got ${JSON.stringify(text)}`);
}

const STATISTIC_OPTION: OptionSpec = {
  flags: '--statistic <statistic>',
  description: 'mean (with its t interval), median, p<N> (the exact percentile, such as p90), or within=<seconds> (the % of durations at most that long, with its Wilson interval)',
  defaultValue: 'mean',
};

/** A duration metric over the column `duration` of the summary query. */
type DurationSql = (input: (option: string) => string, sql: Dialect) => string;

function durationPlan(name: string, statistic: Statistic, confidenceLevel: number, inputs: readonly Input[], duration: DurationSql): Plan {
  const validate = (row: Readonly<Record<string, unknown>>): void => {
    const duration = row['duration'] as number | null;
    if (duration !== null) durationStats([duration]);
  };
  switch (statistic.kind) {
    case 'mean':
      return {
        label: `${name} (mean)`,
        unit: 'seconds',
        inputs,
        columns: (input, sql) => ({ duration: duration(input, sql) }),
        query: (target) => meanSummarySql({ ...target, value: 'duration' }, { durations: true }),
        metric: asDescriptor(meanMetric({ confidenceLevel })),
        validate,
      };
    case 'percentile':
      return {
        label: statistic.percentile === 50 ? `${name} (median)` : `${name} (p${statistic.percentile})`,
        unit: 'seconds',
        inputs,
        columns: (input, sql) => ({ duration: duration(input, sql) }),
        query: (target) => durationPercentileSql({ ...target, duration: 'duration' }, { percentile: statistic.percentile }),
        validate,
      };
    case 'within':
      return {
        label: `${name} within ${statistic.seconds} s`,
        unit: '%',
        inputs,
        // 1 within, 0 beyond; a negative or non-finite duration becomes 2, which the proportion
        // query counts as a bad value (and `check` names as a negative duration).
        columns: (input, sql) => {
          const value = duration(input, sql);
          return { within: `CASE WHEN ${value} IS NULL THEN NULL WHEN ${value} < 0 OR ${sql.notFinite(value)} THEN 2 WHEN ${value} <= ${statistic.seconds} THEN 1 ELSE 0 END`, duration: value };
        },
        query: (target) => proportionSummarySql({ ...target, value: 'within' }, { valueType: 'number' }),
        metric: asDescriptor(proportionMetric({ confidenceLevel })),
        validate,
      };
  }
}

/** The duration from `--duration` (one column, or several summed) or `--start` and `--end`. */
function durationInputs(options: MetricOptions, name: string): { inputs: Input[]; duration: DurationSql } {
  const columns = options['duration'];
  if (columns !== undefined) {
    if (options['start'] !== undefined || options['end'] !== undefined) throw new UsageError(`${name}: give --duration, or --start and --end, not both`);
    const parts = columns.split(',').map((part) => part.trim());
    if (parts.some((part) => part === '')) throw new UsageError(`--duration ${JSON.stringify(columns)}: an empty column name`);
    const inputs = parts.map((_, index) => ({ option: `duration#${index}`, kind: 'duration' as const }));
    return { inputs, duration: (input) => inputs.map((part) => input(part.option)).join(' + ') };
  }
  if (options['start'] === undefined || options['end'] === undefined) {
    throw new UsageError(`${name}: give --duration <column> (seconds or h:mm:ss; several columns are summed: talk,hold,wrap), or --start <column> and --end <column> (times)`);
  }
  return {
    inputs: [{ option: 'start', kind: 'time' }, { option: 'end', kind: 'time' }],
    duration: (input, sql) => `(${sql.epoch(input('end'))} - ${sql.epoch(input('start'))})`,
  };
}

const DURATION_OPTIONS: readonly OptionSpec[] = [
  { flags: '--duration <columns>', description: 'the duration column (seconds, or h:mm:ss), or several separated by commas, summed (talk,hold,wrap)' },
  { flags: '--start <column>', description: 'with --end: the duration from this time to --end' },
  { flags: '--end <column>', description: 'the end time (with --start)' },
  STATISTIC_OPTION,
];

const QUEUE_OPTIONS: readonly OptionSpec[] = [
  { flags: '--wait <column>', description: 'the wait before answer or abandon (seconds, or h:mm:ss)' },
  { flags: '--outcome <column>', description: "the outcome: 'answered' or 'abandoned' (any case)" },
  { flags: '--abandoned <column>', description: 'instead of --outcome: a yes/no column, yes for an abandoned contact' },
  { flags: '--short-abandon <seconds>', description: 'abandons that waited less than this are left out (misdials)', defaultValue: '0' },
];

function queueInputs(options: MetricOptions, waitRequired: boolean): { inputs: Input[]; outcome: (input: (option: string) => string) => string } {
  if (waitRequired) required(options, 'wait', '--wait');
  const inputs: Input[] = options['wait'] === undefined ? [] : [{ option: 'wait', kind: 'duration' }];
  if (options['outcome'] !== undefined && options['abandoned'] !== undefined) throw new UsageError('give --outcome or --abandoned, not both');
  if (options['outcome'] !== undefined) return { inputs: [...inputs, { option: 'outcome', kind: 'outcome' }], outcome: (input) => input('outcome') };
  if (options['abandoned'] !== undefined) {
    return {
      inputs: [...inputs, { option: 'abandoned', kind: 'flag' }],
      outcome: (input) => `CASE ${input('abandoned')} WHEN 1 THEN 'abandoned' WHEN 0 THEN 'answered' END`,
    };
  }
  throw new UsageError("give --outcome <column> ('answered' or 'abandoned') or --abandoned <column> (yes/no)");
}

const CONFIDENCE = (confidenceLevel: number): { confidenceLevel: number } => ({ confidenceLevel });

export const METRICS: readonly MetricCommand[] = [
  {
    name: 'nps',
    summary: 'Net Promoter Score (−100…100) of 0–10 answers',
    options: [
      { flags: '--score <column>', description: 'the 0–10 answers ("10 - Extremely likely" reads as 10)' },
      { flags: '--promoters-from <n>', description: 'the lowest promoter score', defaultValue: '9' },
      { flags: '--detractors-up-to <n>', description: 'the highest detractor score', defaultValue: '6' },
    ],
    plan: (options, confidenceLevel) => {
      const classes = { promotersFrom: numberOption(options, 'promotersFrom', '--promoters-from', 9), detractorsUpTo: numberOption(options, 'detractorsUpTo', '--detractors-up-to', 6) };
      required(options, 'score', '--score');
      return {
        label: 'NPS',
        unit: 'points',
        inputs: [{ option: 'score', kind: 'score' }],
        columns: (input) => ({ score: input('score') }),
        query: (target) => npsSummarySql({ ...target, score: 'score' }, classes),
        metric: asDescriptor(npsMetric({ ...classes, confidenceLevel })),
        validate: (row) => npsSummary([row['score'] as number | null], classes),
      };
    },
  },
  {
    name: 'csat',
    summary: 'CSAT: the % of answers at or above --satisfied-from',
    options: [
      { flags: '--score <column>', description: 'the answers on the scale ("5 - Very satisfied" reads as 5)' },
      { flags: '--scale-min <n>', description: 'the lowest point of the scale', defaultValue: '1' },
      { flags: '--scale-max <n>', description: 'the highest point of the scale', defaultValue: '5' },
      { flags: '--satisfied-from <n>', description: 'the lowest satisfied answer (default: the top two boxes)' },
    ],
    plan: (options, confidenceLevel) => {
      const scale = {
        scaleMin: numberOption(options, 'scaleMin', '--scale-min', 1),
        scaleMax: numberOption(options, 'scaleMax', '--scale-max', 5),
        ...(options['satisfiedFrom'] === undefined ? {} : { satisfiedFrom: numberOption(options, 'satisfiedFrom', '--satisfied-from') }),
      };
      required(options, 'score', '--score');
      return {
        label: 'CSAT',
        unit: '%',
        inputs: [{ option: 'score', kind: 'score' }],
        columns: (input) => ({ score: input('score') }),
        query: (target) => csatSummarySql({ ...target, score: 'score' }, scale),
        metric: asDescriptor(csatMetric({ ...scale, confidenceLevel })),
        validate: (row) => csatSummary([row['score'] as number | null], scale),
      };
    },
  },
  {
    name: 'ces',
    summary: 'Customer Effort Score: the mean (default), the % easy or difficult, or the net',
    options: [
      { flags: '--score <column>', description: 'the answers on the scale' },
      { flags: '--scale-min <n>', description: 'the lowest point of the scale', defaultValue: '1' },
      { flags: '--scale-max <n>', description: 'the highest point of the scale', defaultValue: '7' },
      { flags: '--easy-end <end>', description: 'which end of the scale is easy: high or low', defaultValue: 'high' },
      { flags: '--report <report>', description: 'mean, easyPercent, difficultPercent or net', defaultValue: 'mean' },
    ],
    plan: (options, confidenceLevel) => {
      const scale = {
        scaleMin: numberOption(options, 'scaleMin', '--scale-min', 1),
        scaleMax: numberOption(options, 'scaleMax', '--scale-max', 7),
        easyEnd: oneOf(options, 'easyEnd', '--easy-end', ['high', 'low'] as const, 'high'),
      };
      const report = oneOf(options, 'report', '--report', ['mean', 'easyPercent', 'difficultPercent', 'net'] as const, 'mean');
      required(options, 'score', '--score');
      return {
        label: report === 'mean' ? 'CES (mean)' : `CES (${report})`,
        unit: report === 'mean' ? 'score' : report === 'net' ? 'points' : '%',
        inputs: [{ option: 'score', kind: 'score' }],
        columns: (input) => ({ score: input('score') }),
        query: (target) => cesSummarySql({ ...target, score: 'score' }, scale),
        metric: asDescriptor(cesMetric({ ...scale, report, confidenceLevel })),
        validate: (row) => cesSummary([row['score'] as number | null], scale),
      };
    },
  },
  {
    name: 'nev',
    summary: 'Net Emotional Value (−100…100) of emotion words',
    options: [{ flags: '--response <column>', description: 'the emotion, polarity word or label of each answer' }],
    plan: (options, confidenceLevel) => {
      required(options, 'response', '--response');
      return {
        label: 'NEV',
        unit: 'points',
        inputs: [{ option: 'response', kind: 'text' }],
        columns: (input) => ({ response: input('response') }),
        query: (target) => nevSummarySql({ ...target, response: 'response' }),
        metric: asDescriptor(nevMetric({ confidenceLevel })),
        validate: (row) => nevSummary([row['response'] as string | null]),
      };
    },
  },
  {
    name: 'service-level',
    summary: 'service level: the % of contacts answered within --threshold seconds',
    options: [
      ...QUEUE_OPTIONS,
      { flags: '--threshold <seconds>', description: 'the threshold T of "80 % answered in T seconds"' },
      { flags: '--variant <variant>', description: 'abandonedAsMissed, ignoreAbandoned, ignoreAbandonedWithinThreshold or abandonedWithinThresholdAsMet (see serviceLevel in the library)', defaultValue: 'abandonedAsMissed' },
    ],
    plan: (options, confidenceLevel) => {
      const thresholds = { thresholdSeconds: numberOption(options, 'threshold', '--threshold'), shortAbandonSeconds: numberOption(options, 'shortAbandon', '--short-abandon', 0) };
      const variant = oneOf(options, 'variant', '--variant', ['abandonedAsMissed', 'ignoreAbandoned', 'ignoreAbandonedWithinThreshold', 'abandonedWithinThresholdAsMet'] as const, 'abandonedAsMissed');
      const { inputs, outcome } = queueInputs(options, true);
      return {
        label: `Service level (${thresholds.thresholdSeconds} s)`,
        unit: '%',
        inputs,
        columns: (input) => ({ waitSeconds: input('wait'), outcome: outcome(input) }),
        query: (target) => serviceLevelSummarySql({ ...target, waitSeconds: 'waitSeconds', outcome: 'outcome' }, thresholds),
        metric: asDescriptor(serviceLevelMetric({ ...thresholds, variant, confidenceLevel })),
        validate: (row) => serviceLevelSummary([{ waitSeconds: row['waitSeconds'] as number, outcome: row['outcome'] as 'answered' }], thresholds),
      };
    },
  },
  {
    name: 'abandonment',
    summary: 'abandonment rate: the % of offered contacts abandoned',
    options: QUEUE_OPTIONS,
    plan: (options, confidenceLevel) => {
      const settings = { shortAbandonSeconds: numberOption(options, 'shortAbandon', '--short-abandon', 0) };
      const { inputs, outcome } = queueInputs(options, settings.shortAbandonSeconds > 0);
      if (options['wait'] === undefined) {
        // Without waits, the log is outcomes only: the share abandoned (no short abandons to leave out).
        return {
          label: 'Abandonment rate',
          unit: '%',
          inputs,
          columns: (input) => ({ abandoned: `CASE ${outcome(input)} WHEN 'abandoned' THEN 1 WHEN 'answered' THEN 0 END` }),
          query: (target) => proportionSummarySql({ ...target, value: 'abandoned' }, { valueType: 'number' }),
          metric: asDescriptor(proportionMetric(CONFIDENCE(confidenceLevel))),
          validate: (row) => proportionSummary([row['abandoned'] as 0 | 1 | null]),
        };
      }
      return {
        label: 'Abandonment rate',
        unit: '%',
        inputs,
        columns: (input) => ({ waitSeconds: input('wait'), outcome: outcome(input) }),
        query: (target) => abandonmentRateSummarySql({ ...target, waitSeconds: 'waitSeconds', outcome: 'outcome' }, settings),
        metric: asDescriptor(abandonmentRateMetric({ ...settings, confidenceLevel })),
        validate: (row) => abandonmentRateSummary([{ waitSeconds: row['waitSeconds'] as number, outcome: row['outcome'] as 'answered' }], settings),
      };
    },
  },
  {
    name: 'asa',
    summary: 'average speed of answer: the wait of answered contacts (--outcome or --abandoned leaves out the abandoned)',
    options: [
      { flags: '--wait <column>', description: 'the wait before answer (seconds, or h:mm:ss)' },
      { flags: '--outcome <column>', description: "the outcome: only 'answered' contacts count" },
      { flags: '--abandoned <column>', description: 'instead of --outcome: a yes/no column; only contacts with no count' },
      STATISTIC_OPTION,
    ],
    plan: (options, confidenceLevel) => {
      required(options, 'wait', '--wait');
      const filtered = options['outcome'] !== undefined || options['abandoned'] !== undefined;
      const queue = filtered ? queueInputs(options, true) : { inputs: [{ option: 'wait', kind: 'duration' as const }], outcome: () => "'answered'" };
      return durationPlan('ASA', parseStatistic(options['statistic']), confidenceLevel, queue.inputs, (input) => `(CASE WHEN ${queue.outcome(input)} = 'answered' THEN ${input('wait')} END)`);
    },
  },
  {
    name: 'aht',
    summary: 'average handle time: talk + hold + after-contact work',
    options: DURATION_OPTIONS,
    plan: (options, confidenceLevel) => {
      const { inputs, duration } = durationInputs(options, 'aht');
      return durationPlan('AHT', parseStatistic(options['statistic']), confidenceLevel, inputs, duration);
    },
  },
  {
    name: 'first-response-time',
    summary: 'first response time, from creation to the first reply',
    options: DURATION_OPTIONS,
    plan: (options, confidenceLevel) => {
      const { inputs, duration } = durationInputs(options, 'first-response-time');
      return durationPlan('First response time', parseStatistic(options['statistic']), confidenceLevel, inputs, duration);
    },
  },
  {
    name: 'resolution-time',
    summary: 'resolution time, from creation to resolution',
    options: DURATION_OPTIONS,
    plan: (options, confidenceLevel) => {
      const { inputs, duration } = durationInputs(options, 'resolution-time');
      return durationPlan('Resolution time', parseStatistic(options['statistic']), confidenceLevel, inputs, duration);
    },
  },
  {
    name: 'fcr',
    summary: 'first-contact resolution: from a yes/no column (--resolved), or from repeat contacts in the log (--customer, --contacted-at)',
    options: [
      { flags: '--resolved <column>', description: 'a yes/no column: resolved on first contact' },
      { flags: '--customer <column>', description: "the customer id: a contact is resolved when the customer's next contact is more than --window-days later" },
      { flags: '--contacted-at <column>', description: 'the time of each contact (with --customer)' },
      { flags: '--window-days <days>', description: 'the repeat-contact window', defaultValue: '7' },
    ],
    plan: (options, confidenceLevel) => {
      if (options['resolved'] !== undefined) {
        return {
          label: 'FCR',
          unit: '%',
          inputs: [{ option: 'resolved', kind: 'flag' }],
          columns: (input) => ({ resolved: input('resolved') }),
          query: (target) => proportionSummarySql({ ...target, value: 'resolved' }, { valueType: 'number' }),
          metric: asDescriptor(proportionMetric(CONFIDENCE(confidenceLevel))),
          validate: (row) => proportionSummary([row['resolved'] as 0 | 1 | null]),
        };
      }
      if (options['customer'] === undefined || options['contactedAt'] === undefined) {
        throw new UsageError('fcr: give --resolved <column> (yes/no), or --customer <column> and --contacted-at <column> (repeat contacts)');
      }
      const repeat = { repeatWindowSeconds: numberOption(options, 'windowDays', '--window-days', 7) * 86_400 };
      return {
        label: `FCR (no repeat within ${repeat.repeatWindowSeconds / 86_400} days)`,
        unit: '%',
        inputs: [{ option: 'customer', kind: 'text' }, { option: 'contactedAt', kind: 'time' }],
        columns: (input) => ({ customerId: input('customer'), contactedAt: input('contactedAt') }),
        query: (target) => firstContactResolutionSummarySql({ ...target, customerId: 'customerId', contactedAt: 'contactedAt' }, repeat),
        metric: asDescriptor(firstContactResolutionMetric(CONFIDENCE(confidenceLevel))),
        validate: (row) => {
          if (row['customerId'] === null) throw new UsageError('a contact without a customer id');
          if (row['contactedAt'] === null) throw new UsageError('a contact without a time');
        },
      };
    },
  },
  {
    name: 'escalation',
    summary: 'escalation rate: the % of contacts escalated',
    options: [{ flags: '--escalated <column>', description: 'a yes/no column: escalated' }],
    plan: (options, confidenceLevel) => {
      required(options, 'escalated', '--escalated');
      return {
        label: 'Escalation rate',
        unit: '%',
        inputs: [{ option: 'escalated', kind: 'flag' }],
        columns: (input) => ({ escalated: input('escalated') }),
        query: (target) => proportionSummarySql({ ...target, value: 'escalated' }, { valueType: 'number' }),
        metric: asDescriptor(proportionMetric(CONFIDENCE(confidenceLevel))),
        validate: (row) => proportionSummary([row['escalated'] as 0 | 1 | null]),
      };
    },
  },
  {
    name: 'contact-mix',
    summary: "contact mix: each channel's (or category's) % of contacts",
    options: [{ flags: '--channel <column>', description: 'the channel, category or reason of each contact' }],
    plan: (options, confidenceLevel) => {
      required(options, 'channel', '--channel');
      return {
        label: 'Share of contacts',
        unit: '%',
        inputs: [{ option: 'channel', kind: 'text' }],
        columns: (input) => ({ channel: input('channel') }),
        query: (target) => contactMixSummarySql({ ...target, by: 'channel' }),
        validate: () => undefined,
        mixOf: 'channel',
        // contactMixMetric is made per category when the result is read (run.ts).
        metric: asDescriptor(contactMixMetric({ category: 'any', confidenceLevel })),
      };
    },
  },
];

export function metricNamed(name: string): MetricCommand | undefined {
  return METRICS.find((command) => command.name === name);
}
