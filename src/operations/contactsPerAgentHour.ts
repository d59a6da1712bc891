import { checkCount, checkObject, checkPositive, fail } from '../internal/checks/validate.js';

/**
 * The input of {@link contactsPerAgentHour}: contacts handled and the agent time they were
 * handled in.
 *
 * @category Operations
 */
export interface ContactsPerAgentHourInput {
  /** Contacts handled (answered calls, chats, emails closed): a whole number ≥ 0. */
  readonly contacts: number;
  /**
   * The agents' time, summed over agents, in seconds, on the basis the report uses: logged-in
   * time (handling + available) for contacts per logged-in hour, the usual figure; paid time
   * for contacts per paid hour; logged-in time minus available time for "true" contacts per
   * hour. A finite number > 0.
   */
  readonly agentSeconds: number;
}

/**
 * Contacts per agent hour: how many contacts agents handle in an hour of their time, a measure
 * of throughput.
 *
 * ## Formula
 * contacts per agent hour = contacts × 3600 / agentSeconds
 *
 * A rate ≥ 0, not rounded. Sum contacts and seconds over agents and intervals first: the ratio
 * of the totals is the time-weighted rate, not the mean of agents' rates.
 *
 * ## Variants
 * The denominator decides what the figure means; give the matching time as `agentSeconds`:
 * - **Per logged-in hour** (the usual contacts per hour, CPH): contacts ÷ hours logged on
 *   (Turnella). It falls when the queue is quiet, through no fault of the agent.
 * - **"True" contacts per hour**: contacts ÷ (logged-in time − available time), which removes
 *   the idle time an agent cannot control (CX Central). It is 3600 / average handle time when
 *   agents do nothing else while logged in.
 * - **Per paid hour**: contacts ÷ paid hours, which also counts shrinkage (breaks, training,
 *   meetings) and so measures the whole workforce's productivity.
 *
 * Contacts of different kinds take different times, so compare agents or teams only on a
 * similar contact mix.
 *
 * @param input - Contacts (a whole number) and agent time in seconds.
 * @returns Contacts per agent hour, ≥ 0.
 * @throws {@link MetricInputError} `WRONG_TYPE`, `NOT_FINITE`, `NOT_INTEGER`, `NEGATIVE` or
 * `OUT_OF_RANGE` for an `input.contacts` that is not a whole number from 0 to 2⁵³ − 1;
 * `WRONG_TYPE`, `NOT_FINITE` or `NEGATIVE` for an `input.agentSeconds` that is not a finite number,
 * `EMPTY` when it is 0, and `OUT_OF_RANGE` when it is so small that the rate overflows;
 * `WRONG_TYPE` (`input`) when the input is not an object.
 *
 * @example
 * ```ts
 * import { contactsPerAgentHour } from 'service-metrics';
 *
 * // CX Central's night-shift agent: 10 calls in an hour logged in, 20 minutes of it waiting.
 * contactsPerAgentHour({ contacts: 10, agentSeconds: 3600 }); // => 10
 * contactsPerAgentHour({ contacts: 10, agentSeconds: 3600 - 1200 }); // => 15
 * contactsPerAgentHour({ contacts: 10, agentSeconds: 0 }); // => throws EMPTY
 * ```
 *
 * @see {@link https://turnella.com/contact-centre-agent-productivity | Turnella: Contact centre agent productivity (CPH = contacts ÷ hours logged on)}
 * @see {@link https://cxcentral.com.au/glossary/calls-per-hour/ | CX Central: Calls per hour, (calls handled) / (login time − wait time)}
 * @category Operations
 */
export function contactsPerAgentHour(input: ContactsPerAgentHourInput): number {
  const metric = 'contactsPerAgentHour';
  const object = checkObject(metric, 'input', input);
  const contacts = checkCount(metric, 'input.contacts', object['contacts']);
  const agentSeconds = checkPositive(metric, 'input.agentSeconds', object['agentSeconds'], true);
  const rate = (contacts * 3600) / agentSeconds;
  // Only an absurdly small time (a rate beyond 10³⁰⁸ an hour) overflows: say so, never Infinity.
  if (!Number.isFinite(rate)) fail(metric, 'input.agentSeconds', 'OUT_OF_RANGE', 'a time that keeps contacts × 3600 / agentSeconds finite', agentSeconds);
  return rate;
}
