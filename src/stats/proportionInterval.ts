import { checkConfidenceLevel, checkMethod, normalCritical } from '../internal/numeric/confidence.js';
import { checkProportionCounts, wilsonBounds } from '../internal/summaries/proportionMath.js';
import { checkOptions } from '../internal/checks/validate.js';
import type { ConfidenceInterval, ConfidenceOptions } from '../internal/types/statistics.js';
import type { ProportionSummary } from './proportionSummary.js';

/**
 * How a proportion interval is built:
 * - `"wilson"`: the score interval of Wilson (1927), the recommended default.
 * - `"agresti-coull"`: the Wald formula after adding z²/2 successes and z²/2 failures.
 * - `"wald"`: p̂ ± z·√(p̂(1 − p̂)/n), the textbook formula; poor for small n or p̂ near 0 or 1.
 *
 * @category Statistics
 */
export type ProportionIntervalMethod = 'wilson' | 'agresti-coull' | 'wald';

/**
 * The options of {@link proportionInterval}.
 *
 * @category Statistics
 */
export interface ProportionIntervalOptions extends ConfidenceOptions {
  /**
   * The interval method (see {@link ProportionIntervalMethod}).
   * @defaultValue "wilson"
   */
  readonly method?: ProportionIntervalMethod;
}

/**
 * A confidence interval for a proportion, in percent (0–100), like the library's rates.
 *
 * @category Statistics
 */
export type ProportionInterval = ConfidenceInterval<ProportionIntervalMethod>;

const METHODS: readonly ProportionIntervalMethod[] = ['wilson', 'agresti-coull', 'wald'];

/**
 * A confidence interval for a rate measured on a sample: CSAT % satisfied, CES % agree, first
 * contact resolution, any share of successes among trials. Counts in, percentages out.
 *
 * ## Formula
 * With p̂ = x/n and z the normal critical value (1.96 for 95 %), on the fraction scale:
 * - `"wilson"` (default): [x + z²/2 ± z·√(x(n − x)/n + z²/4)] / (n + z²)
 * - `"agresti-coull"`: p̃ ± z·√(p̃(1 − p̃)/ñ), with ñ = n + z² and p̃ = (x + z²/2)/ñ
 * - `"wald"`: p̂ ± z·√(p̂(1 − p̂)/n)
 *
 * then × 100. `estimate` is always the observed percentage 100·x/n.
 *
 * ## Which to use
 * Wilson's interval keeps close to its nominal coverage even for small samples and rates near
 * 0 or 100 %; Brown, Cai & DasGupta (2001) recommend it for small samples. Agresti–Coull is a
 * slightly wider, simpler-to-explain alternative that always contains the Wilson interval, and
 * which they recommend from about 40 trials. The Wald interval is given to reproduce textbook and spreadsheet numbers; it
 * collapses to a single point at 0 % and 100 % and covers too rarely for small n.
 *
 * ## Range
 * Wilson's bounds always lie in 0–100 (exactly 0 with no success, 100 with no failure). The
 * Wald and Agresti–Coull bounds can pass 0 or 100; they are truncated to 0–100, as statsmodels'
 * `proportion_confint` does (R's `binom.confint` leaves them untruncated).
 *
 * @param summary - A {@link ProportionSummary}: successes and trials, whole numbers, 0 ≤
 * successes ≤ trials, trials ≥ 1 (`unanswered` may be left out).
 * @param options - Method and confidence level.
 * @returns The interval in percent (0–100).
 * @throws {@link MetricInputError} `EMPTY` for zero trials; `WRONG_TYPE`, `NOT_FINITE`,
 * `NOT_INTEGER` or `NEGATIVE` for a bad count; `INCONSISTENT` for more successes than trials;
 * `OUT_OF_RANGE` for a confidence level not strictly between 0 and 1; `UNKNOWN_VALUE` for an
 * unknown method.
 *
 * @example
 * ```ts
 * import { proportionInterval } from 'service-metrics';
 *
 * proportionInterval({ successes: 18, trials: 20 });
 * // => { estimate: 90, lower: 69.9, upper: 97.21, confidenceLevel: 0.95, method: 'wilson' }
 * proportionInterval({ successes: 18, trials: 20 }, { method: 'wald' }).upper; // => 100
 * proportionInterval({ successes: 0, trials: 30 }).upper; // => 11.35
 * proportionInterval({ successes: 31, trials: 30 }); // => throws INCONSISTENT
 * ```
 *
 * @see Wilson, E. B. (1927). Probable inference, the law of succession, and statistical
 * inference. *Journal of the American Statistical Association*, 22(158), 209–212.
 * @see Agresti, A., & Coull, B. A. (1998). Approximate is better than "exact" for interval
 * estimation of binomial proportions. *The American Statistician*, 52(2), 119–126.
 * @see Brown, L. D., Cai, T. T., & DasGupta, A. (2001). Interval estimation for a binomial
 * proportion. *Statistical Science*, 16(2), 101–133.
 * @see {@link https://www.statsmodels.org/stable/generated/statsmodels.stats.proportion.proportion_confint.html | statsmodels: proportion_confint}
 * @category Statistics
 */
export function proportionInterval(summary: ProportionSummary, options?: ProportionIntervalOptions): ProportionInterval {
  const metric = 'proportionInterval';
  const { successes, trials } = checkProportionCounts(metric, 'summary', summary);
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
