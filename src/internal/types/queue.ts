/**
 * The work offered to an agent queue in one interval: how many contacts arrive and how long
 * each takes to handle. The workforce functions turn it into traffic in Erlangs with
 * {@link trafficIntensity}.
 *
 * Contacts arriving in the interval are assumed to arrive at random (a Poisson process) at a
 * steady rate, and handle time is talk (or chat) + hold + after-contact work.
 *
 * @category Workforce
 */
export interface ContactWorkload {
  /**
   * Contacts offered in the interval: a number ≥ 0. A forecast may be fractional (12.4 calls
   * expected in a half hour).
   */
  readonly contacts: number;
  /** Length of the interval, in seconds, > 0: 1800 for a half hour, 900 for 15 minutes, 3600 for an hour. */
  readonly intervalSeconds: number;
  /** Average handle time (AHT) in seconds, > 0: talk + hold + after-contact work. */
  readonly averageHandleSeconds: number;
}

/**
 * The work offered to a queue whose callers give up after waiting a while: a
 * {@link ContactWorkload} with the callers' mean patience, the input of
 * {@link agentsRequiredWithAbandonment}.
 *
 * @category Workforce
 */
export interface ImpatientContactWorkload extends ContactWorkload {
  /**
   * Mean patience, in seconds, > 0: how long callers would wait before abandoning, on average,
   * if never answered. Estimate it from a contact log as the total time waited by all contacts
   * (answered and abandoned) divided by the number of abandons.
   */
  readonly averagePatienceSeconds: number;
}

/**
 * A {@link ContactWorkload} with a number of agents on the queue: the input of the
 * given-agents questions (what service level, ASA, occupancy).
 *
 * @category Workforce
 */
export interface StaffedWorkload extends ContactWorkload {
  /** Agents logged in and taking contacts (after shrinkage: those actually on the phones). */
  readonly agents: number;
}

/**
 * How an Erlang C queue performs with a given number of agents.
 *
 * @category Workforce
 */
export interface QueuePerformance {
  /** Offered traffic A in Erlangs: contacts × AHT / interval. */
  readonly trafficErlangs: number;
  /** Agents taking contacts. */
  readonly agents: number;
  /** Probability that a contact waits at all (all agents busy on arrival), 0–1. */
  readonly probabilityOfWaiting: number;
  /** Percentage of contacts answered within `thresholdSeconds`, 0–100. */
  readonly serviceLevel: number;
  /** Average speed of answer: mean wait of answered contacts, in seconds. */
  readonly averageSpeedOfAnswer: number;
  /** Percentage of agents' available time spent handling contacts, 0–100. */
  readonly occupancy: number;
}

/**
 * How an Erlang A queue performs: an Erlang C queue whose waiting callers may abandon.
 *
 * @category Workforce
 */
export interface AbandonmentPerformance extends QueuePerformance {
  /** Probability that a contact abandons before it is answered, 0–1. */
  readonly probabilityOfAbandoning: number;
  /**
   * Mean time in the queue over all contacts, answered or abandoned (0 for those answered at
   * once), in seconds.
   */
  readonly averageWait: number;
}

/**
 * The agents a workload needs, and how the queue performs with them.
 *
 * @category Workforce
 */
export interface StaffingRequirement extends QueuePerformance {
  /**
   * The agents to schedule so that `agents` are on the queue after shrinkage,
   * agents / (1 − shrinkage). Not rounded: sum it over intervals or queues, then round once.
   */
  readonly scheduledAgents: number;
  /**
   * The whole people to schedule: the smallest whole number h with h × (1 − shrinkage) ≥
   * `agents`. Use this rather than `Math.ceil(scheduledAgents)`: 21 agents at 30 % shrinkage
   * need 30 people, but 21 / 0.7 is 30.000000000000004 in doubles and would round up to 31.
   */
  readonly scheduledHeadcount: number;
}

/** The metrics of one Erlang A queue, times in AHT. */
export interface ErlangAMetrics {
  readonly probabilityOfWaiting: number;
  readonly probabilityOfAbandoning: number;
  /** P(answered), computed separately: 1 − P(abandon) up to rounding. */
  readonly probabilityOfAnswer: number;
  /** Busy agents / agents, 0–1. */
  readonly occupancy: number;
  /** Mean wait of answered contacts, in AHT. */
  readonly averageSpeedOfAnswer: number;
  /** Mean time in queue over all contacts (answered or abandoned), in AHT. */
  readonly averageWait: number;
  /** P(answered within τ), 0–1, over all offered contacts. */
  readonly serviceLevel: number;
}
