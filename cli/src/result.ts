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
  /** One entry per group or period; empty without `--by` and `--period`. */
  readonly groups: readonly GroupJson[];
}
