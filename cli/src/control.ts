// `--control <k>`: each series of periods (one per `--by` group) on the library's control chart,
// with limits from its first k periods (or, `--control FROM..TO`, from the periods starting in
// that date range). A percentage of contacts or answers (abandonment, FCR,
// CSAT, service level, escalation, `within=`) is a p-chart of each period's counts; any other
// value (NPS, NEV, a mean or a percentile of durations, a CES mean) an individuals (XmR) chart,
// as docs/control-charts.md advises.
import { individualsChart, MetricInputError, pChart, type ControlChart, type RunRuleSet } from 'service-metrics';
import { UsageError } from './errors.js';
import type { ControlBaselineJson, ControlJson, ControlPointJson, GroupJson } from './result.js';

/** What `--control`, `--control-rules` and `--laney` asked for. */
export interface ControlOptions {
  /** The first k periods with a value, or the periods that start in a date range (`to` not included). */
  readonly baseline: ControlBaselineJson;
  readonly rules: RunRuleSet;
  /** Laney's p′-chart, for proportions over thousands of contacts a period. */
  readonly laney: boolean;
}

export const RULE_SETS: readonly RunRuleSet[] = ['westernElectric', 'nelson', 'nhs'];

/** The chart of a metric: a p-chart for a percentage of counts, else an individuals chart. */
export function controlChartOf(unit: string): ControlJson['chart'] {
  return unit === '%' ? 'pChart' : 'individualsChart';
}

/**
 * A period's count and size for a p-chart. Every proportion descriptor of the library counts
 * its trials as `answered` and values a group at 100 · successes / trials, so the successes are
 * the value times the trials, a whole number; anything else is a mistake in the plan.
 */
export function proportionSample(group: Pick<GroupJson, 'value' | 'answered'>): { count: number; size: number } {
  const size = group.answered;
  const count = Math.round((group.value! * size) / 100);
  if (Math.abs((100 * count) / size - group.value!) > 1e-9 * Math.max(1, group.value!)) {
    throw new Error(`service-metrics: a value of ${String(group.value)} % is not a share of ${String(size)} answers`);
  }
  return { count, size };
}

/** The name of a `--by` group in a message: `chat / north`, or nothing without `--by`. */
function seriesName(group: GroupJson): string {
  const parts = Object.values(group.key).map((value) => (value === null ? '(none)' : String(value)));
  return parts.length === 0 ? '' : ` (${parts.join(' / ')})`;
}

/**
 * Each period's centre line, limits and signals, charted within its `--by` group (groups come
 * sorted by key, then period). A period without a value is no point of the chart: its
 * `control` is null, and the baseline is the first k periods that have a value (or those of
 * them that start in the date range).
 */
export function withControl(groups: readonly GroupJson[], unit: string, options: ControlOptions): { control: ControlJson; groups: GroupJson[] } {
  const chart = controlChartOf(unit);
  const given = options.baseline;
  const range = 'periods' in given ? undefined : given;
  const k = 'periods' in given ? given.periods : undefined;
  const flag = `--control ${range === undefined ? String(k) : `${range.from}..${range.to}`}`;
  if (chart === 'individualsChart' && options.laney) throw new UsageError('--laney widens the limits of a p-chart (a percentage of contacts); this metric gets an individuals chart, whose limits already come from the periods');
  if (chart === 'individualsChart' && k !== undefined && k < 2) throw new UsageError(`${flag}: an individuals chart needs a baseline of at least 2 periods (its σ comes from the change between consecutive periods)`);
  if (options.laney && k !== undefined && k < 2) throw new UsageError(`${flag}: Laney's p′-chart needs a baseline of at least 2 periods`);
  const series = new Map<string, number[]>();
  groups.forEach((group, index) => {
    const name = JSON.stringify(group.key);
    series.set(name, [...(series.get(name) ?? []), index]);
  });
  if (series.size === 0) throw new UsageError(`${flag}: no period has a value to chart`);
  const points: (ControlPointJson | null)[] = groups.map(() => null);
  let rules: readonly string[] = [];
  for (const indexes of series.values()) {
    const charted = indexes.filter((index) => groups[index]!.value !== null && groups[index]!.answered > 0);
    const name = seriesName(groups[indexes[0]!]!);
    if (k !== undefined && charted.length < k) {
      throw new UsageError(`${flag}: the baseline is longer than the series${name}: ${String(charted.length)} ${charted.length === 1 ? 'period has' : 'periods have'} a value (give a shorter baseline, or a longer time range)`);
    }
    // A date range reads each point's period key (2026-11-25, 2026-W48, 2026-11).
    const baseline = range === undefined ? { points: k! } : { from: range.from, to: range.to };
    const periods = range === undefined ? {} : { periods: charted.map((index) => groups[index]!.period!) };
    let result: ControlChart;
    try {
      result =
        chart === 'pChart'
          ? pChart(charted.map((index) => proportionSample(groups[index]!)), { baseline, ...periods, rules: options.rules, laney: options.laney })
          : individualsChart(charted.map((index) => groups[index]!.value!), { baseline, ...periods, rules: options.rules });
    } catch (error) {
      // A baseline with no variation to judge (every period at 0 %, the same mean every
      // period), or a date range that holds no period of this series.
      if (error instanceof MetricInputError) throw new UsageError(`${flag}${name}: ${error.message}`);
      throw error;
    }
    rules = result.rules;
    const start = result.baselineStart ?? 0;
    const end = start + (result.baselinePoints ?? 0);
    result.points.forEach((point, position) => {
      points[charted[position]!] = { centre: point.centre, lower: point.lower, upper: point.upper, baseline: position >= start && position < end, signals: point.signals };
    });
  }
  return {
    control: { chart, laney: options.laney, baseline: given, ruleSet: options.rules, rules },
    groups: groups.map((group, index) => ({ ...group, control: points[index]! })),
  };
}
