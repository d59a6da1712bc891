import type { Numeric } from '../../types.js';

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
   * number ≥ 0 (or a bigint, as a DuckDB integer column gives it); fractions of a second are
   * allowed. Required for an answered contact.
   *
   * For an abandoned contact it may be `null` or absent, as exports often leave it: the
   * contact still counts as offered and abandoned, and only what needs its wait refuses it
   * (`WRONG_TYPE` naming `contacts[i].waitSeconds`): a short-abandon threshold above 0, the
   * service-level variants that need abandons within the threshold, and {@link averageWait} of
   * abandoned or all contacts.
   */
  readonly waitSeconds?: Numeric | null | undefined;
  /** Whether an agent answered the contact or the customer abandoned it while waiting. */
  readonly outcome: ContactOutcome;
}
