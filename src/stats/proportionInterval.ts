import { checkConfidenceLevel, checkMethod, normalCritical } from '../internal/numeric/confidence.js';
import { checkProportionCounts, wilsonBounds } from '../internal/summaries/proportionMath.js';
import { checkOptions, fail } from '../internal/checks/validate.js';
import type { ConfidenceInterval, ConfidenceOptions } from '../internal/types/statistics.js';
import { splitSampleArguments } from '../internal/checks/sample.js';
import { summariseProportion } from '../internal/summaries/proportionMath.js';
import type { Accessor } from '../types.js';
import type { ProportionSummary, ProportionValue } from './proportionSummary.js';

/** The proportion interval methods, explained in {@link proportionIntervalFromSummary}. @category Statistics */
export type ProportionIntervalMethod = 'wilson' | 'agrestiCoull' | 'wald';

/** The options of {@link proportionIntervalFromSummary}. @category Statistics */
export interface ProportionIntervalOptions extends ConfidenceOptions {
  /** The interval method (see {@link proportionIntervalFromSummary}). @defaultValue "wilson" */
  readonly method?: ProportionIntervalMethod;
}

/** A confidence interval for a proportion, in percent (0–100), like the library's rates. @category Statistics */
export type ProportionInterval = ConfidenceInterval<ProportionIntervalMethod>;

const METHODS: readonly ProportionIntervalMethod[] = ['wilson', 'agrestiCoull', 'wald'];

/**
 * A confidence interval for the percentage of successes among yes/no values (FCR ticked by
 * agents, % agree), as {@link proportionIntervalFromSummary} computes it from their
 * {@link proportionSummary}.
 *
 * @param values - `true`/`1` for a success, `false`/`0` for a failure, `null`/`undefined` for no
 * answer; or rows read through `value`. Any iterable.
 * @param options - Method and confidence level.
 * @returns The interval in percent (0–100).
 * @throws {@link MetricInputError} the common input checks (`values[i]`); `EMPTY` (`values`) when
 * no value is a yes or a no.
 * @example
 * ```ts
 * import { proportionInterval } from 'service-metrics';
 * // 18 resolved at first contact of 20, and one contact not rated.
 * const resolved = [...Array(18).fill(true), false, false, null];
 * proportionInterval(resolved);
 * // => { estimate: 90, lower: 69.9, upper: 97.21, confidenceLevel: 0.95, method: 'wilson' }
 * ```
 * @see Wilson, E. B. (1927). Probable inference, the law of succession, and statistical inference. *Journal of the American Statistical Association*, 22(158), 209–212.
 * @category Statistics
 */
export function proportionInterval(values: Iterable<ProportionValue>, options?: ProportionIntervalOptions): ProportionInterval;
export function proportionInterval<T>(
  rows: Iterable<T>,
  value: Accessor<T, ProportionValue>,
  options?: ProportionIntervalOptions,
): ProportionInterval;
export function proportionInterval(values: unknown, second?: unknown, third?: unknown): ProportionInterval {
  const metric = 'proportionInterval';
  const { valueof, options } = splitSampleArguments(metric, second, third, 'value');
  const summary = summariseProportion(metric, values, valueof);
  return intervalOf(metric, 'values', summary.successes, summary.trials, options);
}

/**
 * A confidence interval for a rate on a sample (CSAT %, CES % agree, FCR), in percent; `estimate` is 100·x/n.
 *
 * ## Formula
 * With p̂ = x/n and z the normal critical value (1.96 for 95 %), on the fraction scale, × 100:
 * - `"wilson"` (default): [x + z²/2 ± z·√(x(n − x)/n + z²/4)] / (n + z²); close to nominal coverage even
 *   for small n and rates near 0 or 100 %, always inside 0–100.
 * - `"agrestiCoull"`: p̃ ± z·√(p̃(1 − p̃)/ñ), ñ = n + z², p̃ = (x + z²/2)/ñ; slightly wider, contains
 *   Wilson's; Brown, Cai & DasGupta (2001) recommend it from about 40 trials.
 * - `"wald"`: p̂ ± z·√(p̂(1 − p̂)/n), for textbook numbers; a single point at 0 % and 100 %, covers too
 *   rarely for small n. Wald and Agresti–Coull bounds are truncated to 0–100, as statsmodels'
 *   `proportion_confint` does (R's `binom.confint` does not).
 *
 * @param summary - Successes and trials, a {@link ProportionSummary}.
 * @param options - Method and confidence level.
 * @returns The interval in percent (0–100).
 * @throws {@link MetricInputError} the common input checks; `EMPTY` for zero trials; `INCONSISTENT` for more successes than trials.
 * @example
 * ```ts
 * import { proportionIntervalFromSummary } from 'service-metrics';
 * proportionIntervalFromSummary({ successes: 18, trials: 20 });
 * // => { estimate: 90, lower: 69.9, upper: 97.21, confidenceLevel: 0.95, method: 'wilson' }
 * ```
 * @see Wilson, E. B. (1927). Probable inference, the law of succession, and statistical inference. *Journal of the American Statistical Association*, 22(158), 209–212.
 * @see Agresti, A., & Coull, B. A. (1998). Approximate is better than "exact" for interval estimation of binomial proportions. *The American Statistician*, 52(2), 119–126.
 * @see Brown, L. D., Cai, T. T., & DasGupta, A. (2001). Interval estimation for a binomial proportion. *Statistical Science*, 16(2), 101–133.
 * @see {@link https://www.statsmodels.org/stable/generated/statsmodels.stats.proportion.proportion_confint.html | statsmodels: proportion_confint}
 * @category Statistics
 */
export function proportionIntervalFromSummary(summary: ProportionSummary, options?: ProportionIntervalOptions): ProportionInterval {
  const metric = 'proportionIntervalFromSummary';
  const { successes, trials } = checkProportionCounts(metric, 'summary', summary);
  return intervalOf(metric, 'summary.trials', successes, trials, options);
}

function intervalOf(metric: string, emptyField: string, successes: number, trials: number, options: unknown): ProportionInterval {
  if (trials === 0) fail(metric, emptyField, 'EMPTY', 'at least one yes or no', trials);
  const settings = checkOptions(metric, options, ['confidenceLevel', 'method']);
  const confidenceLevel = checkConfidenceLevel(metric, settings['confidenceLevel']);
  const method = checkMethod(metric, settings['method'], METHODS, 'wilson');
  const z = normalCritical(confidenceLevel);
  const estimate = (100 * successes) / trials;
  if (method === 'wilson') {
    const { lower, upper } = wilsonBounds(successes, trials, z);
    return { estimate, lower: 100 * lower, upper: 100 * upper, confidenceLevel, method };
  }
  let centre: number;
  let halfWidth: number;
  if (method === 'wald') {
    centre = successes / trials;
    halfWidth = z * Math.sqrt((centre * (1 - centre)) / trials);
  } else {
    const adjustedTrials = trials + z * z;
    centre = (successes + (z * z) / 2) / adjustedTrials;
    halfWidth = z * Math.sqrt((centre * (1 - centre)) / adjustedTrials);
  }
  return {
    estimate,
    lower: Math.max(0, 100 * (centre - halfWidth)),
    upper: Math.min(100, 100 * (centre + halfWidth)),
    confidenceLevel,
    method,
  };
}
