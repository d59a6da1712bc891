// The JSON a metric command writes with `--format json`: documented in cli/README.md and stable.

/** A confidence interval of a value, in the value's units. */
export interface IntervalJson {
  readonly lower: number;
  readonly upper: number;
  /** The method, such as `"wilson"` or `"t"`. */
  readonly method: string;
  /** The confidence level, 0–1. */
  readonly confidence: number;
}

/** A group's test against its baseline (`--compare`). */
export interface ComparisonJson {
  /** The key of the baseline group or period, or `"target"`. */
  readonly baseline: string;
  /** This group's value minus the baseline's. */
  readonly difference: number;
  /** The p-value of the test, before adjustment. */
  readonly pValue: number;
  /** The p-value after the adjustment for several comparisons (Holm). */
  readonly adjustedPValue: number;
  /** Whether the adjusted p-value is below 1 − confidence. */
  readonly significant: boolean;
}

/** A period's place on its control chart (`--control`). */
export interface ControlPointJson {
  /** The centre line, in the value's unit. */
  readonly centre: number;
  /** The lower control limit (3σ below the centre; a p-chart's is clipped at 0 %). */
  readonly lower: number;
  /** The upper control limit (3σ above the centre; a p-chart's is clipped at 100 %). */
  readonly upper: number;
  /** Whether the period is one of the baseline periods the centre and limits come from. */
  readonly baseline: boolean;
  /** The run rules that fire at this period (`beyondLimits`, `runOfEight`…); empty when none. */
  readonly signals: readonly string[];
}

/** The baseline of `--control 8` (`{ periods: 8 }`) or `--control 2026-11-02..2026-11-16` (`{ from, to }`). */
export type ControlBaselineJson = { readonly periods: number } | { readonly from: string; readonly to: string };

/** The control chart of a result's periods (`--control`). */
export interface ControlJson {
  /** The library's chart: `pChart` for a percentage of contacts or answers, else `individualsChart`. */
  readonly chart: 'pChart' | 'individualsChart';
  /** Whether the p-chart is Laney's p′-chart (`--laney`). */
  readonly laney: boolean;
  /**
   * Where the centre and limits come from (`--control`): the first `periods` periods with a value
   * of each series, or the periods that start on a date from `from` up to, not including, `to`.
   */
  readonly baseline: ControlBaselineJson;
  /** The set of run rules (`--control-rules`). */
  readonly ruleSet: 'westernElectric' | 'nelson' | 'nhs';
  /** The run rules of the set, by name. */
  readonly rules: readonly string[];
}

/** One group (`--by`) or period (`--period`), or both. */
export interface GroupJson {
  /** The value of each `--by` column, by column name (empty without `--by`). */
  readonly key: Readonly<Record<string, string | number | boolean | null>>;
  /** The period key (`2026-11-25`, `2026-W48`, `2026-11`), with `--period`. */
  readonly period?: string;
  /** The metric, or null when the group has no answer. */
  readonly value: number | null;
  readonly interval: IntervalJson | null;
  readonly answered: number;
  readonly unanswered: number;
  /** Whether `answered` is below `--min-answers`. */
  readonly small: boolean;
  readonly comparison?: ComparisonJson | null;
  /** With `--control`: the period's centre line, limits and signals; null for a period without a value. */
  readonly control?: ControlPointJson | null;
  /** The library's summary of the group (mergeable counts or moments). */
  readonly summary: unknown;
}

/** What one metric command computes. */
export interface MetricResultJson {
  /** The command, such as `"nps"` or `"service-level"`. */
  readonly metric: string;
  /** A human label of the value, such as `"NPS"` or `"Service level (20 s)"`. */
  readonly label: string;
  /** The unit of `value`: `"points"` (NPS, −100…100), `"%"` (0–100), `"seconds"` or `"score"`. */
  readonly unit: string;
  /** The file, table or query read. */
  readonly source: string;
  readonly value: number | null;
  readonly interval: IntervalJson | null;
  readonly answered: number;
  readonly unanswered: number;
  readonly summary: unknown;
  /** The `--by` columns, in order. */
  readonly by: readonly string[];
  /** The `--period` unit, when there is one. */
  readonly period?: 'day' | 'week' | 'month';
  /** With `--control`: which chart, its baseline and its rules. */
  readonly control?: ControlJson;
  /** One entry per group or period; empty without `--by` and `--period`. */
  readonly groups: readonly GroupJson[];
}
