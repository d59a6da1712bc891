import { checkAmounts, checkFinite, checkNonNegative, checkOptions, checkPositive, fail } from './validate.js';

/**
 * The largest traffic the workforce functions accept, in Erlangs. The recurrences take O(√A)
 * steps (about 120,000 at this bound); no contact centre comes near it.
 */
export const MAX_TRAFFIC = 1e8;

/** A checked {@link ContactWorkload} with its traffic A = contacts × AHT / interval. */
export interface Workload {
  readonly contacts: number;
  readonly intervalSeconds: number;
  readonly averageHandleSeconds: number;
  readonly traffic: number;
}

/**
 * Reads `{ contacts, intervalSeconds, averageHandleSeconds }` from `value`, the input named
 * `field` (errors name `field.contacts`…), and the traffic they offer.
 */
/** The fields of a `ContactWorkload`. */
export const WORKLOAD_KEYS: readonly string[] = ['contacts', 'intervalSeconds', 'averageHandleSeconds'];

export function readWorkload(metric: string, field: string, value: unknown, keys: readonly string[] = WORKLOAD_KEYS): Workload {
  const object = checkAmounts(metric, field, value, keys);
  const prefix = `${field}.`;
  const contacts = checkNonNegative(metric, `${prefix}contacts`, object['contacts']);
  const intervalSeconds = checkPositive(metric, `${prefix}intervalSeconds`, object['intervalSeconds']);
  const averageHandleSeconds = checkPositive(metric, `${prefix}averageHandleSeconds`, object['averageHandleSeconds']);
  return {
    contacts,
    intervalSeconds,
    averageHandleSeconds,
    traffic: trafficOf(metric, `${prefix}contacts`, contacts, intervalSeconds, averageHandleSeconds),
  };
}

/** A = contacts × AHT / interval: one product of the two given numbers, then one division. */
export function trafficOf(
  metric: string,
  field: string,
  contacts: number,
  intervalSeconds: number,
  averageHandleSeconds: number,
): number {
  const traffic = (contacts * averageHandleSeconds) / intervalSeconds;
  if (!(traffic <= MAX_TRAFFIC)) {
    fail(metric, field, 'OUT_OF_RANGE', 'a workload of at most 10⁸ Erlangs (contacts × averageHandleSeconds / intervalSeconds)', contacts);
  }
  return traffic;
}

/** Traffic in Erlangs given directly: a finite number from 0 to 10⁸. */
export function checkTraffic(metric: string, field: string, value: unknown): number {
  const expected = 'a number of Erlangs from 0 to 10⁸';
  const traffic = checkFinite(metric, field, value, expected);
  if (traffic < 0) fail(metric, field, 'NEGATIVE', expected, value);
  if (traffic > MAX_TRAFFIC) fail(metric, field, 'OUT_OF_RANGE', expected, value);
  return traffic;
}

/** A blocking probability (Erlang B's target) strictly between 0 and 1. */
export function checkBlocking(metric: string, field: string, value: unknown): number {
  const expected = 'a probability strictly between 0 and 1';
  const blocking = checkFinite(metric, field, value, expected);
  if (!(blocking > 0 && blocking < 1)) fail(metric, field, 'OUT_OF_RANGE', expected, value);
  return blocking;
}

/** Agents for an Erlang C queue (`field`): a finite number above the traffic, else `UNSTABLE`. */
export function checkStableAgents(metric: string, field: string, value: unknown, traffic: number): number {
  const agents = checkNonNegative(metric, field, value);
  if (!(agents > traffic)) {
    fail(
      metric,
      field,
      'UNSTABLE',
      `more than the offered traffic (${String(traffic)} Erlangs): with no more agents than Erlangs the queue grows without end`,
      value,
    );
  }
  return agents;
}

/** The service-level threshold of an options object, in seconds (default 20). */
export function readThreshold(metric: string, options: unknown): number {
  const { thresholdSeconds = 20 } = checkOptions(metric, options, ['thresholdSeconds']);
  return checkNonNegative(metric, 'options.thresholdSeconds', thresholdSeconds);
}
