import { readTargets, requirement, STAFFING_TARGET_KEYS } from '../internal/numeric/staffing.js';
import { checkSample } from '../internal/checks/sample.js';
import { checkNonNegative, checkObject, checkPositive, checkRequiredOptions } from '../internal/checks/validate.js';
import { trafficOf } from '../internal/checks/workforceInputs.js';
import type { StaffingRequirement, StaffingTargets } from './agentsRequired.js';

/** The forecast of one interval: the contacts expected and their handle time. @category Workforce */
export interface IntervalForecast {
  /** Contacts expected in the interval, ≥ 0 (a forecast may be fractional). */
  readonly contacts: number;
  /** Average handle time expected in the interval, in seconds, > 0. */
  readonly averageHandleSeconds: number;
}

/** The targets of a staffing plan and the length of its intervals. @category Workforce */
export interface StaffingPlanOptions extends StaffingTargets {
  /** Length of every interval of the forecast, in seconds, > 0 (1800 for half hours). */
  readonly intervalSeconds: number;
}

/**
 * A day's (or week's) staffing: {@link agentsRequired} for each interval of a forecast.
 *
 * ## Formula
 * For interval i: Aᵢ = cᵢ·hᵢ / intervalSeconds, Nᵢ the least staffing meeting every target (Erlang C), then
 * scheduledAgentsᵢ = Nᵢ / (1 − shrinkage). Each interval is its own steady state (as WFM tools do); queues carried
 * over from a busy interval are not modelled, so plan short intervals around peaks.
 *
 * ## Variants
 * - `fractional: true` keeps fractional agents, to round once over intervals or queues.
 * - A forecast from history: {@link forecastVolume}.
 *
 * @param forecast - The intervals in order, each with contacts and AHT. Any iterable.
 * @param plan - The interval length and the targets ({@link StaffingTargets}).
 * @returns One {@link StaffingRequirement} per interval, in order.
 * @throws {@link MetricInputError} the common input checks, naming the interval (`forecast[3].contacts`); as
 * {@link agentsRequired} does.
 * @example
 * ```ts
 * import { staffingPlan } from 'service-metrics';
 * const morning = [
 *   { contacts: 40, averageHandleSeconds: 240 },
 *   { contacts: 100, averageHandleSeconds: 180 },
 *   { contacts: 0, averageHandleSeconds: 180 },
 * ];
 * staffingPlan(morning, { intervalSeconds: 1800, serviceLevel: 80, thresholdSeconds: 20 }).map((i) => i.agents);
 * // => [8, 14, 0]
 * ```
 * @see {@link https://www.callcentrehelper.com/erlang-c-formula-example-121281.htm | Call Centre Helper: Erlang C formula, made simple with an easy worked example}
 * @see Gans, N., Koole, G., & Mandelbaum, A. (2003). Telephone call centers: Tutorial, review, and research prospects. *Manufacturing & Service Operations Management*, 5(2), 79–141 (§4).
 * @category Workforce
 */
export function staffingPlan(forecast: Iterable<IntervalForecast>, plan: StaffingPlanOptions): StaffingRequirement[] {
  const metric = 'staffingPlan';
  const options = checkRequiredOptions(metric, plan, ['intervalSeconds', ...STAFFING_TARGET_KEYS], 'plan');
  const intervalSeconds = checkPositive(metric, 'plan.intervalSeconds', options['intervalSeconds']);
  const targets = readTargets(metric, options, 'plan');
  const rows = checkSample(metric, 'forecast', forecast);
  const result: StaffingRequirement[] = [];
  let index = 0;
  for (const row of rows) {
    const field = `forecast[${String(index)}]`;
    const interval = checkObject(metric, field, row);
    const contacts = checkNonNegative(metric, `${field}.contacts`, interval['contacts']);
    const averageHandleSeconds = checkPositive(metric, `${field}.averageHandleSeconds`, interval['averageHandleSeconds']);
    const traffic = trafficOf(metric, `${field}.contacts`, contacts, intervalSeconds, averageHandleSeconds);
    result.push(requirement(traffic, averageHandleSeconds, targets));
    index++;
  }
  return result;
}
