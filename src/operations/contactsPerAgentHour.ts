import { checkAmounts, checkCount, checkPositive, fail } from '../internal/checks/validate.js';
import type { FromWarehouse } from '../types.js';

/** The input of {@link contactsPerAgentHour}: contacts handled and the agent time they took. @category Operations */
export interface ContactsPerAgentHourInput {
  /** Contacts handled (answered calls, chats, emails closed): a whole number ≥ 0. */
  readonly contacts: number;
  /** Agents' time summed over agents, in seconds, on the report's basis (see Variants): a number > 0. */
  readonly agentSeconds: number;
}

/**
 * Contacts per agent hour: how many contacts agents handle in an hour of their time, a measure
 * of throughput. Sum contacts and seconds over agents and intervals first: the ratio of totals
 * is the time-weighted rate, not the mean of agents' rates. Compare only similar contact mixes.
 *
 * ## Formula
 * contacts per agent hour = contacts × 3600 / agentSeconds
 *
 * ## Variants
 * The time passed as `agentSeconds` decides what the figure means:
 * - **Per logged-in hour** (handling + available; the usual CPH, Turnella): falls when the
 *   queue is quiet, through no fault of the agent.
 * - **"True" contacts per hour**: logged-in − available time, removing idle time (CX Central);
 *   3600 / AHT when agents do nothing else.
 * - **Per paid hour**: also counts shrinkage (breaks, training, meetings).
 *
 * @param input - Contacts and agent time in seconds.
 * @returns Contacts per agent hour, ≥ 0.
 * @throws {@link MetricInputError} the common input checks (and a time so small the rate
 * overflows); `EMPTY` when `input.agentSeconds` is 0.
 *
 * @example
 * ```ts
 * import { contactsPerAgentHour } from 'service-metrics';
 *
 * // CX Central's night-shift agent: 10 calls in an hour logged in, 20 minutes of it waiting.
 * contactsPerAgentHour({ contacts: 10, agentSeconds: 3600 }); // => 10
 * contactsPerAgentHour({ contacts: 10, agentSeconds: 3600 - 1200 }); // => 15
 * ```
 *
 * @see {@link https://turnella.com/contact-centre-agent-productivity | Turnella: Contact centre agent productivity (CPH = contacts ÷ hours logged on)}
 * @see {@link https://cxcentral.com.au/glossary/calls-per-hour/ | CX Central: Calls per hour, (calls handled) / (login time − wait time)}
 * @category Operations
 */
export function contactsPerAgentHour(input: FromWarehouse<ContactsPerAgentHourInput>): number {
  const metric = 'contactsPerAgentHour';
  const object = checkAmounts(metric, 'input', input, ['contacts', 'agentSeconds']);
  const contacts = checkCount(metric, 'input.contacts', object['contacts']);
  const agentSeconds = checkPositive(metric, 'input.agentSeconds', object['agentSeconds'], true);
  const rate = (contacts * 3600) / agentSeconds;
  // Only an absurdly small time (a rate beyond 10³⁰⁸ an hour) overflows: say so, never Infinity.
  if (!Number.isFinite(rate)) fail(metric, 'input.agentSeconds', 'OUT_OF_RANGE', 'a time that keeps contacts × 3600 / agentSeconds finite', agentSeconds);
  return rate;
}
