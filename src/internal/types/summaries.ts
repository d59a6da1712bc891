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
 * {@link proportionIntervalFromSummary}, {@link compareProportions}, the yes/no counts of
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
   *
   * @defaultValue 0
   */
  readonly unanswered?: number;
}

/**
 * The distribution of a sample of durations, in seconds: count, total, minimum, maximum, mean,
 * median, requested percentiles and, with a threshold, the percentage within it. For a mean
 * that merges across periods, use {@link meanSummary} on the durations.
 *
 * @category Operations
 */
export interface DurationStats {
  /** How many durations, a whole number ≥ 0. */
  readonly count: number;
  /** Their sum, in seconds (a compensated sum). */
  readonly totalSeconds: number;
  /** Rows without a duration (`null` or `undefined`), skipped. */
  readonly unanswered: number;
  /** The shortest duration, in seconds. */
  readonly minSeconds: number;
  /** The longest duration, in seconds. */
  readonly maxSeconds: number;
  /** The mean, totalSeconds / count, in seconds. */
  readonly meanSeconds: number;
  /** The median (the 50th percentile, type 7: the mean of the two middle values when count is even), in seconds. */
  readonly medianSeconds: number;
  /** Each requested percentile, keyed by the percentile as written (`'90'`), in seconds. */
  readonly percentiles: Readonly<Record<string, number>>;
  /**
   * The percentage of durations ≤ `thresholdSeconds`, 0–100; present only when
   * `options.thresholdSeconds` is given.
   */
  readonly percentWithinThreshold?: number;
}
