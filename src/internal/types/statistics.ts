/**
 * A confidence interval around a metric, in the metric's own units (NPS points, percentages,
 * scale points, seconds). Every interval function of the library returns this shape, so a
 * chart or a report can draw any of them the same way.
 *
 * @category Statistics
 */
export interface ConfidenceInterval<Method extends string = string> {
  /** The metric computed from the sample, the same number the metric's own function returns. */
  readonly estimate: number;
  /** The lower bound. */
  readonly lower: number;
  /** The upper bound. */
  readonly upper: number;
  /** The confidence level used, a probability (0.95 for 95 %). */
  readonly confidenceLevel: number;
  /** The method that built the interval, such as `"wilson"`. */
  readonly method: Method;
}

/**
 * The difference between two groups (`a − b`), with its confidence interval and the two-sided
 * p-value of the hypothesis that the two groups do not differ. The difference is signed: a
 * positive value means `a` is higher.
 *
 * @category Statistics
 */
export interface Comparison<Method extends string = string> {
  /** `a − b`, in the metric's units (NPS points, percentage points, scale points). */
  readonly difference: number;
  /** The lower bound of the interval for the difference. */
  readonly lower: number;
  /** The upper bound of the interval for the difference. */
  readonly upper: number;
  /**
   * The two-sided p-value of the test that the two groups are equal, a probability 0–1: the
   * chance of a difference at least this large, either way, if there were none.
   */
  readonly pValue: number;
  /** The confidence level of the interval, a probability (0.95 for 95 %). */
  readonly confidenceLevel: number;
  /** The method that built the interval and the test. */
  readonly method: Method;
}

/**
 * The confidence level shared by the interval functions.
 *
 * @category Statistics
 */
export interface ConfidenceOptions {
  /**
   * The confidence level, a probability strictly between 0 and 1: 0.95 for a 95 % interval,
   * 0.9 for 90 %. A percentage such as `95` is an error.
   * @defaultValue 0.95
   */
  readonly confidenceLevel?: number;
}

/**
 * The sufficient statistic of a mean and its uncertainty: how many values, their mean, and the
 * sum of their squared deviations from that mean, as plain JSON that merges exactly enough to
 * shard a billion values. Build it with {@link meanSummary}, add two with
 * {@link mergeMeanSummaries}, read the mean with {@link meanFromSummary}. It is the one summary
 * of every mean of the library, durations included: the mergeable summary of waits, handle
 * times or resolution times is `meanSummary(contacts, (c) => c.waitSeconds)`.
 *
 * From a warehouse that gives `COUNT`, `AVG` and `STDDEV_SAMP`, it is
 * `{ count, mean, sumOfSquaredDeviations: (count − 1) × stddev², unanswered: 0 }`.
 *
 * @category Statistics
 */
export interface MeanSummary {
  /** How many values (answers, durations), a whole number ≥ 0. */
  readonly count: number;
  /** Their mean; 0 when `count` is 0. */
  readonly mean: number;
  /**
   * Σ (value − mean)², ≥ 0: the sample variance is this divided by `count − 1`, the population
   * variance this divided by `count`. 0 when `count` is 0 or 1.
   */
  readonly sumOfSquaredDeviations: number;
  /** Rows without a value (`null` or `undefined`), skipped. */
  readonly unanswered: number;
}

/**
 * The sufficient statistic of a proportion: successes among trials, as plain JSON that merges.
 * Every proportion of the library takes it: {@link proportionFromSummary},
 * {@link proportionInterval}, {@link compareProportions}, the yes/no counts of
 * {@link contactMix}. A warehouse's `SUM(CASE …)` and `COUNT(*)` give it directly;
 * `unanswered` is bookkeeping and may be left out there.
 *
 * @category Statistics
 */
export interface ProportionSummary {
  /** Successes, a whole number from 0 to `trials`. */
  readonly successes: number;
  /** Observations (successes and failures), a whole number ≥ 0. */
  readonly trials: number;
  /**
   * Rows without an observation (`null` or `undefined`), skipped. Always set by
   * {@link proportionSummary}.
   * @defaultValue 0
   */
  readonly unanswered?: number;
}

/**
 * How two NPS are compared: `"adjusted-wald"` (¾ promoter, 1½ passives and ¾ detractor added
 * to each group first) or `"wald"` (the plain two-sample z-test).
 *
 * @category Statistics
 */
export type NpsComparisonMethod = 'adjusted-wald' | 'wald';

/**
 * The signed difference of two NPS (`a − b`, in NPS points), its interval, standard error and
 * p-value.
 *
 * @category Statistics
 */
export interface NpsComparison extends Comparison<NpsComparisonMethod> {
  /** The standard error of the difference, in NPS points, as the interval and test use it. */
  readonly standardError: number;
}
