import { checkSample } from '../internal/checks/sample.js';
import { checkNonNegative, checkOptions, checkPositive, fail } from '../internal/checks/validate.js';
import { asMetric } from '../internal/summaries/npsCounts.js';
import { agentsRequired, type StaffingTargets } from './agentsRequired.js';

/** The day so far: the forecast of every interval and the contacts of those that have passed. @category Workforce */
export interface IntradayVolumes {
  /** Forecast contacts of each interval of the day, in order (numbers ≥ 0, any iterable). */
  readonly forecast: Iterable<number>;
  /** Contacts offered in the intervals that have passed, the first of the day first (numbers ≥ 0); at most as many as `forecast`. */
  readonly actual: Iterable<number>;
}

/** What {@link intradayReforecast} staffs the remaining intervals with. @category Workforce */
export interface IntradayStaffing {
  /** The length of an interval, in seconds. */
  readonly intervalSeconds: number;
  /** The average handle time, in seconds. */
  readonly averageHandleSeconds: number;
  /** The targets, as {@link agentsRequired} takes them (its shrinkage does not enter the gap). */
  readonly targets: StaffingTargets;
  /** Agents available to take contacts in each interval of the day (after shrinkage), as many as `forecast`. */
  readonly scheduledAgents: Iterable<number>;
}

/** One remaining interval of {@link intradayReforecast}. @category Workforce */
export interface ReforecastInterval {
  /** The interval's position in the day, 0 first. */
  readonly index: number;
  /** The original forecast of the interval. */
  readonly forecast: number;
  /** The forecast scaled by the day's ratio so far. */
  readonly reforecast: number;
  /** Agents {@link agentsRequired} gives for the reforecast (with `staffing`). */
  readonly requiredAgents?: number;
  /** Agents scheduled (with `staffing`). */
  readonly scheduledAgents?: number;
  /** Scheduled − required: negative when short (with `staffing`). */
  readonly gap?: number;
  /** Contacts the agents beyond the required ones could handle, gap × interval ÷ AHT, 0 when short (with `staffing`). */
  readonly spareContacts?: number;
}

/** An intraday re-forecast, from {@link intradayReforecast}. @category Workforce */
export interface IntradayReforecast {
  /** Actual contacts so far ÷ forecast contacts for the same intervals. */
  readonly ratio: number;
  /** The remaining intervals, reforecast (and staffed, with `staffing`). */
  readonly intervals: readonly ReforecastInterval[];
  /** The contacts the remaining intervals' spare agents could handle, such as callbacks to offer (with `staffing`; else null). */
  readonly spareContacts: number | null;
}

/**
 * An intraday re-forecast: the rest of the day's volume scaled by how the day has run so far, and,
 * given the schedule, the staffing gap of each remaining interval and the spare capacity for
 * callbacks.
 *
 * ## Formula
 * ```math
 * r = \frac{\sum_{i < m} \text{actual}_i}{\sum_{i < m} \text{forecast}_i}, \qquad \widehat{V}_j = r \cdot \text{forecast}_j \ (j \ge m), \qquad \text{gap}_j = S_j - N_j
 * ```
 * with m the intervals passed, Sⱼ the scheduled agents and Nⱼ = {@link agentsRequired} for V̂ⱼ.
 * The spare capacity of an interval with a positive gap is gapⱼ × interval ÷ AHT contacts: an
 * upper bound, as agents are never fully occupied; the sum over the day is what can be offered as
 * callbacks when volume runs above forecast.
 *
 * ## Variants
 * - The ratio of the day so far is the usual re-forecast (a "percentage over forecast"); some
 *   planners use the last few intervals only: pass them alone in `forecast` and `actual`.
 * - Staffing per interval is stationary (Erlang C per interval, as {@link staffingPlan}).
 *
 * @param volumes - The forecast of every interval and the actual contacts of those passed.
 * @param staffing - Optional: the interval, AHT, targets and scheduled agents, for the gap.
 * @returns The ratio, each remaining interval and the spare contacts.
 * @throws {@link MetricInputError} the common input checks; `EMPTY` when no interval has passed or their forecast is 0; `INCONSISTENT` when more actual than forecast intervals, or `scheduledAgents` of another length.
 * @example
 * ```ts
 * import { intradayReforecast } from 'service-metrics';
 * // By 10:00 the day ran 20 % over forecast (240 calls for 200): the afternoon is scaled by 1.2.
 * const day = intradayReforecast({ forecast: [100, 100, 150, 50], actual: [130, 110] });
 * day.ratio; // => 1.2
 * day.intervals.map((interval) => interval.reforecast); // => [180, 60]
 * ```
 * @see {@link https://www.callcentrehelper.com/intraday-management-tips-146431.htm | Call Centre Helper: intraday management}
 * @category Workforce
 */
export function intradayReforecast(volumes: IntradayVolumes, staffing?: IntradayStaffing): IntradayReforecast {
  const metric = 'intradayReforecast';
  const object = checkOptions(metric, volumes, ['forecast', 'actual'], 'volumes');
  const series = (field: string, value: unknown): number[] => {
    const read: number[] = [];
    for (const item of checkSample(metric, field, value)) read.push(checkNonNegative(metric, `${field}[${String(read.length)}]`, item));
    return read;
  };
  if (object['forecast'] === undefined) fail(metric, 'volumes.forecast', 'WRONG_TYPE', 'the forecast of every interval', undefined);
  const forecast = series('volumes.forecast', object['forecast']);
  if (forecast.length === 0) fail(metric, 'volumes.forecast', 'EMPTY', 'the forecast of at least one interval', forecast.length);
  const actual = series('volumes.actual', object['actual']);
  if (actual.length > forecast.length) fail(metric, 'volumes.actual', 'INCONSISTENT', `at most the ${String(forecast.length)} intervals of the forecast`, actual.length);
  if (actual.length === 0) fail(metric, 'volumes.actual', 'EMPTY', 'the contacts of at least one passed interval', actual.length);
  const forecastSoFar = forecast.slice(0, actual.length).reduce((sum, value) => sum + value, 0);
  const actualSoFar = actual.reduce((sum, value) => sum + value, 0);
  if (forecastSoFar === 0) fail(metric, 'volumes.forecast', 'EMPTY', 'a forecast above 0 for the intervals passed', 0);
  const ratio = actualSoFar / forecastSoFar;
  if (!Number.isFinite(ratio)) fail(metric, 'volumes.actual', 'OUT_OF_RANGE', 'volumes whose sums are finite', actualSoFar);
  const remaining = forecast.slice(actual.length).map((value, offset) => {
    const index = actual.length + offset;
    const reforecast = value * ratio;
    if (!Number.isFinite(reforecast)) fail(metric, `volumes.forecast[${String(index)}]`, 'OUT_OF_RANGE', 'a forecast whose reforecast is finite', value);
    return { index, forecast: value, reforecast };
  });
  if (staffing === undefined) return { ratio, intervals: remaining, spareContacts: null };
  const plan = checkOptions(metric, staffing, ['intervalSeconds', 'averageHandleSeconds', 'targets', 'scheduledAgents'], 'staffing');
  const intervalSeconds = checkPositive(metric, 'staffing.intervalSeconds', plan['intervalSeconds']);
  const averageHandleSeconds = checkPositive(metric, 'staffing.averageHandleSeconds', plan['averageHandleSeconds']);
  const scheduled = series('staffing.scheduledAgents', plan['scheduledAgents']);
  if (scheduled.length !== forecast.length) fail(metric, 'staffing.scheduledAgents', 'INCONSISTENT', `one number per interval of the forecast, ${String(forecast.length)}`, scheduled.length);
  let spareContacts = 0;
  const intervals = remaining.map((interval) => {
    // agentsRequired's errors name this function's fields: its workload is this interval's reforecast.
    const rename = (field: string): string =>
      field === 'workload.contacts' || field === 'workload' ? `volumes.forecast[${String(interval.index)}]` : field.startsWith('targets') ? `staffing.${field}` : field.replace('workload.', 'staffing.');
    const requiredAgents = asMetric(metric, () => agentsRequired({ contacts: interval.reforecast, intervalSeconds, averageHandleSeconds }, plan['targets'] as StaffingTargets).agents, rename);
    const scheduledAgents = scheduled[interval.index]!;
    const gap = scheduledAgents - requiredAgents;
    const spare = gap > 0 ? (gap * intervalSeconds) / averageHandleSeconds : 0;
    spareContacts += spare;
    if (!Number.isFinite(spareContacts)) fail(metric, `staffing.scheduledAgents[${String(interval.index)}]`, 'OUT_OF_RANGE', 'agents, an interval and an AHT whose spare contacts are finite', scheduledAgents);
    return { ...interval, requiredAgents, scheduledAgents, gap, spareContacts: spare };
  });
  return { ratio, intervals, spareContacts };
}
