/**
 * How a contact that waited in a queue ended: `'answered'` by an agent, or `'abandoned'` by the
 * customer before an agent answered.
 *
 * @category Operations
 */
export type ContactOutcome = 'answered' | 'abandoned';

/**
 * One contact (call, chat, message) offered to an agent queue, as read from an ACD or
 * contact-centre log: how long it waited and how it ended. The queue metrics of the library
 * read logs of these records: {@link abandonmentRate} and {@link abandonmentRateSummary},
 * {@link serviceLevel} and {@link serviceLevelSummary}, {@link averageSpeedOfAnswer} and
 * {@link averageWait}. Later metrics over the same log may add optional fields, never new
 * required ones.
 *
 * A log row has one record per contact that entered the agent queue. Contacts that ended in the
 * IVR or self-service before queueing are not offered to agents and do not belong in it.
 *
 * @category Operations
 */
export interface QueueContact {
  /**
   * Time in the queue, in seconds: from entering the queue until an agent answered (for an
   * answered contact) or until the customer hung up or left (for an abandoned one). A finite
   * number ≥ 0; fractions of a second are allowed.
   */
  readonly waitSeconds: number;
  /** Whether an agent answered the contact or the customer abandoned it while waiting. */
  readonly outcome: ContactOutcome;
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
