import type { QueuePerformance, StaffingRequirement } from '../types/queue.js';
import { queuePerformance, smallestRealAgents, smallestWholeAgents, type ErlangCTargets } from './erlang.js';
import { checkFinite, checkInRange, checkNonNegative, checkPositive, fail } from '../checks/validate.js';
import { agentsAfterShrinkage, headcountAfterShrinkage } from '../checks/shrinkageFactor.js';

/**
 * The most agents a staffing answer may need. The agent searches step through whole numbers,
 * which stay exact far below 2⁵³; an occupancy cap that needs more agents than this (a cap of
 * 10⁻¹² % on 10 Erlangs) is `OUT_OF_RANGE` rather than a search that never ends.
 */
const MAX_AGENTS = 1e15;

/** The keys of a `StaffingTargets` object; any other key is `UNKNOWN_VALUE` (a typo would drop a target). */
export const STAFFING_TARGET_KEYS: readonly string[] = [
  'serviceLevel',
  'thresholdSeconds',
  'averageSpeedOfAnswer',
  'maxOccupancy',
  'shrinkage',
  'fractional',
];

/** Checked staffing targets (see `StaffingTargets`), with the function and field that read them. */
export interface Targets {
  readonly metric: string;
  /** The name of the targets object, such as `"targets"` or `"plan"`. */
  readonly field: string;
  readonly serviceLevel: number | undefined;
  readonly thresholdSeconds: number;
  readonly averageSpeedOfAnswer: number | undefined;
  readonly maxOccupancy: number | undefined;
  readonly shrinkage: number;
  readonly fractional: boolean;
}

/**
 * Reads and checks a `StaffingTargets` object (already checked by `checkRequiredOptions`). `otherTargets`
 * names further targets the caller reads itself (`maxAbandonment`): any of them given also
 * counts as a target.
 */
export function readTargets(
  metric: string,
  object: Readonly<Record<string, unknown>>,
  field = 'targets',
  otherTargets: readonly string[] = [],
): Targets {
  const { serviceLevel, thresholdSeconds = 20, averageSpeedOfAnswer, maxOccupancy, shrinkage = 0, fractional = false } = object;
  const names = ['serviceLevel', 'averageSpeedOfAnswer', 'maxOccupancy', ...otherTargets];
  if (names.every((name) => object[name] === undefined)) {
    fail(metric, field, 'EMPTY', `at least one target: ${names.slice(0, -1).join(', ')} or ${names.at(-1)!}`, object);
  }
  let level: number | undefined;
  if (serviceLevel !== undefined) {
    const expected = 'a percentage from 0 to below 100 (no finite staff answers 100 % within a threshold)';
    level = checkFinite(metric, `${field}.serviceLevel`, serviceLevel, expected);
    if (level < 0 || level >= 100) fail(metric, `${field}.serviceLevel`, 'OUT_OF_RANGE', expected, serviceLevel);
  }
  let occupancy: number | undefined;
  if (maxOccupancy !== undefined) {
    occupancy = checkPositive(metric, `${field}.maxOccupancy`, maxOccupancy);
    if (occupancy > 100) fail(metric, `${field}.maxOccupancy`, 'OUT_OF_RANGE', 'a percentage above 0, at most 100', maxOccupancy);
  }
  const loss = checkInRange(metric, `${field}.shrinkage`, shrinkage, 0, 1);
  if (loss === 1) fail(metric, `${field}.shrinkage`, 'OUT_OF_RANGE', 'a fraction from 0 to below 1', shrinkage);
  if (typeof fractional !== 'boolean') fail(metric, `${field}.fractional`, 'WRONG_TYPE', 'true or false', fractional);
  return {
    metric,
    field,
    serviceLevel: level,
    thresholdSeconds: checkNonNegative(metric, `${field}.thresholdSeconds`, thresholdSeconds),
    averageSpeedOfAnswer:
      averageSpeedOfAnswer === undefined ? undefined : checkPositive(metric, `${field}.averageSpeedOfAnswer`, averageSpeedOfAnswer),
    maxOccupancy: occupancy,
    shrinkage: loss,
    fractional,
  };
}

/** The agents a workload needs under the targets, with the queue's metrics at that staffing. */
export function requirement(traffic: number, averageHandleSeconds: number, targets: Targets): StaffingRequirement {
  if (traffic === 0) {
    // No contacts: no agents; the metrics are the limits of a vanishing workload.
    return {
      trafficErlangs: 0,
      agents: 0,
      scheduledAgents: 0,
      scheduledHeadcount: 0,
      probabilityOfWaiting: 0,
      serviceLevel: 100,
      averageSpeedOfAnswer: 0,
      occupancy: 0,
    };
  }
  if (targets.maxOccupancy !== undefined && !((100 * traffic) / targets.maxOccupancy <= MAX_AGENTS)) {
    fail(
      targets.metric,
      `${targets.field}.maxOccupancy`,
      'OUT_OF_RANGE',
      `a cap that needs at most 10¹⁵ agents (100 × ${String(traffic)} Erlangs / maxOccupancy)`,
      targets.maxOccupancy,
    );
  }
  const search: ErlangCTargets = {
    traffic,
    averageHandleSeconds,
    serviceLevel: targets.serviceLevel,
    thresholdSeconds: targets.thresholdSeconds,
    averageSpeedOfAnswer: targets.averageSpeedOfAnswer,
    maxOccupancy: targets.maxOccupancy,
  };
  let agents: number;
  let performance: QueuePerformance;
  if (targets.fractional) {
    agents = smallestRealAgents(search);
    performance = queuePerformance(traffic, agents, averageHandleSeconds, targets.thresholdSeconds);
  } else {
    const whole = smallestWholeAgents(search);
    agents = whole.agents;
    performance = queuePerformance(traffic, agents, averageHandleSeconds, targets.thresholdSeconds, whole.blocking);
  }
  return {
    trafficErlangs: traffic,
    agents,
    scheduledAgents: agentsAfterShrinkage(agents, targets.shrinkage),
    scheduledHeadcount: headcountAfterShrinkage(agents, targets.shrinkage),
    probabilityOfWaiting: performance.probabilityOfWaiting,
    serviceLevel: performance.serviceLevel,
    averageSpeedOfAnswer: performance.averageSpeedOfAnswer,
    occupancy: performance.occupancy,
  };
}
