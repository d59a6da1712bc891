import { readTargets, requirement, STAFFING_TARGET_KEYS } from '../internal/numeric/staffing.js';
import { checkSample } from '../internal/checks/sample.js';
import { checkNonNegative, checkObject, checkPositive, checkRequiredOptions, fail } from '../internal/checks/validate.js';
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
  /**
   * The load each interval is staffed for: `'stationary'`, its own arrivals × AHT (each interval
   * a steady state), or `'lagged'`, the mean load of an infinite-server queue fed by the day's
   * arrivals so far (Green, Kolesar & Whitt 2007), which carries work from one interval into the next.
   * @defaultValue 'stationary'
   */
  readonly offeredLoad?: 'stationary' | 'lagged';
}

/**
 * A day's (or week's) staffing: {@link agentsRequired} for each interval of a forecast.
 *
 * ## Formula
 * For interval i: Aᵢ = cᵢ·hᵢ / intervalSeconds, Nᵢ the least staffing meeting every target (Erlang C), then
 * scheduledAgentsᵢ = Nᵢ / (1 − shrinkage). Each interval is its own steady state (as WFM tools do); queues carried
 * over from a busy interval are not modelled, so plan short intervals around peaks.
 *
 * With `offeredLoad: 'lagged'`, Aᵢ is instead the mean over the interval of the offered load m(t) of an
 * infinite-server queue with the interval's arrival rate λᵢ = cᵢ / T and service rate μᵢ = 1 / hᵢ:
 * ```math
 * m(t) = a_i + (m_i - a_i)\,e^{-\mu_i t}, \qquad A_i = a_i + (m_i - a_i)\,\frac{1 - e^{-\mu_i T}}{\mu_i T}, \qquad m_{i+1} = a_i + (m_i - a_i)\,e^{-\mu_i T}
 * ```
 * with aᵢ = λᵢ / μᵢ the stationary load, T the interval and m₀ = a₀ (the day starts in its first interval's
 * steady state). Contacts that arrive late in an interval are still being handled in the next: after a rise the
 * lagged load is below the stationary one, after a fall above it, and an interval with no arrivals after a busy one
 * still needs agents. With handle times much shorter than the interval (μT ≫ 1) both methods agree; they part when
 * AHT is a sizeable share of the interval (long emails, 15-minute intervals, sharp peaks).
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
 * @see Green, L. V., Kolesar, P. J., & Whitt, W. (2007). Coping with time-varying demand when setting staffing requirements for a service system. *Production and Operations Management*, 16(1), 13–39 (the lagged and modified offered load).
 * @see Gans, N., Koole, G., & Mandelbaum, A. (2003). Telephone call centers: Tutorial, review, and research prospects. *Manufacturing & Service Operations Management*, 5(2), 79–141 (§4).
 * @category Workforce
 */
export function staffingPlan(forecast: Iterable<IntervalForecast>, plan: StaffingPlanOptions): StaffingRequirement[] {
  const metric = 'staffingPlan';
  const options = checkRequiredOptions(metric, plan, ['intervalSeconds', 'offeredLoad', ...STAFFING_TARGET_KEYS], 'plan');
  const intervalSeconds = checkPositive(metric, 'plan.intervalSeconds', options['intervalSeconds']);
  const offeredLoad = options['offeredLoad'] ?? 'stationary';
  if (offeredLoad !== 'stationary' && offeredLoad !== 'lagged') fail(metric, 'plan.offeredLoad', 'UNKNOWN_VALUE', "'stationary' or 'lagged'", offeredLoad);
  /** The load in progress at the start of the interval (lagged only; the first interval's steady state). */
  let inProgress: number | undefined;
  const targets = readTargets(metric, options, 'plan');
  const rows = checkSample(metric, 'forecast', forecast);
  const result: StaffingRequirement[] = [];
  let index = 0;
  for (const row of rows) {
    const field = `forecast[${String(index)}]`;
    const interval = checkObject(metric, field, row);
    const contacts = checkNonNegative(metric, `${field}.contacts`, interval['contacts']);
    const averageHandleSeconds = checkPositive(metric, `${field}.averageHandleSeconds`, interval['averageHandleSeconds']);
    const stationary = trafficOf(metric, `${field}.contacts`, contacts, intervalSeconds, averageHandleSeconds);
    let traffic = stationary;
    if (offeredLoad === 'lagged') {
      const start = inProgress ?? stationary;
      const muT = intervalSeconds / averageHandleSeconds;
      // (1 − e^(−μT)) / μT, with expm1 for short handle times against the interval.
      const meanDecay = muT < 1e-8 ? 1 : -Math.expm1(-muT) / muT;
      traffic = stationary + (start - stationary) * meanDecay;
      inProgress = stationary + (start - stationary) * Math.exp(-muT);
    }
    result.push(requirement(traffic, averageHandleSeconds, targets));
    index++;
  }
  return result;
}
