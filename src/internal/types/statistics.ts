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

/** The confidence level shared by the interval functions. @category Statistics */
export interface ConfidenceOptions {
  /** The confidence level, strictly between 0 and 1 (0.95 for 95 %; `95` is an error). @defaultValue 0.95 */
  readonly confidenceLevel?: number;
}

/**
 * How two NPS are compared: `"adjustedWald"` (¾ promoter, 1½ passives and ¾ detractor added
 * to each group first) or `"wald"` (the plain two-sample z-test).
 *
 * @category Statistics
 */
export type NpsComparisonMethod = 'adjustedWald' | 'wald';

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
