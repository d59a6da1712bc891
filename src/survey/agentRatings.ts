import { checkConfidenceLevel } from '../internal/numeric/confidence.js';
import { checkMeanSummary, checkSpread } from '../internal/summaries/meanStatistics.js';
import { asMetric, renameField } from '../internal/summaries/npsCounts.js';
import { forEachValue, isMissing } from '../internal/checks/sample.js';
import { checkCount, checkFinite, checkObject, checkOptions, checkRequiredOptions, fail } from '../internal/checks/validate.js';
import type { ConfidenceOptions } from '../internal/types/statistics.js';
import { meanIntervalFromSummary, type MeanInterval } from '../stats/meanInterval.js';
import { mergeMeanSummaries, type MeanSummary } from '../stats/meanSummary.js';
import type { Accessor, Answer, SummaryCounts } from '../types.js';

/** How to read the agent and the rating from each row: each called once per row, `agent` first. @category Survey */
export interface AgentRatingAccessors<T> {
  /** The agent (team, queue…) rated: a string or a finite number, grouped by text (`7` = `"7"`). */
  readonly agent: Accessor<T, string | number>;
  /** The rating: a finite number, or `null` / `undefined` for "no rating". */
  readonly rating: Accessor<T, Answer>;
}

/** The options of {@link agentRatings} and {@link agentRatingsFromSummary}. @category Survey */
export interface AgentRatingsOptions extends ConfidenceOptions {
  /**
   * Ratings below which an agent is flagged `small`. Under about 30 the t interval is wide and
   * leans on near-normal ratings (at s = 1: ±0.37 points for 30 ratings, ±0.72 for 10).
   *
   * @defaultValue 30
   */
  readonly minimumAnswers?: number;
}

/** One agent's ratings as a {@link MeanSummary}: count, mean and sum of squared deviations. @category Survey */
export interface AgentRatingsSummary extends MeanSummary {
  /** The agent, as text. */
  readonly agent: string;
}

/** One agent's mean rating with its uncertainty. @category Survey */
export interface AgentRating {
  /** The agent, as text. */
  readonly agent: string;
  /** The number of ratings. */
  readonly count: number;
  /** Rows of this agent without a rating. */
  readonly unanswered: number;
  /** The mean rating, in the ratings' units; `null` when the agent has no rating. */
  readonly mean: number | null;
  /** The t interval of the mean ({@link meanIntervalFromSummary}), not clipped; `null` under two ratings. */
  readonly interval: MeanInterval | null;
  /** Whether the agent has fewer ratings than `minimumAnswers`: treat the mean as a hint. */
  readonly small: boolean;
}

/** The default of {@link AgentRatingsOptions.minimumAnswers}. */
const MINIMUM_ANSWERS = 30;

/**
 * Mean rating per agent, each with its t confidence interval (CSAT or stars by agent, QA by team…).
 *
 * ## Formula
 * Per agent, over its n ratings: mean = Σ ratings / n and the interval mean ± t · s/√n of
 * {@link meanInterval} (s the sample standard deviation, t of Student with n − 1 degrees of
 * freedom), from each agent's {@link meanSummary} built by Welford's update in one pass.
 *
 * ## Reading it
 * Sorted by agent as text in UTF-16 order (`"10"` before `"9"`). Under `minimumAnswers` ratings:
 * `small`; under two: no `interval`; to test a difference, {@link compareMeans}. Ratings are
 * finite numbers of any scale; a row without an agent is an error. O(n), O(agents) memory.
 *
 * @param rows - Rated contacts. Any iterable.
 * @param accessors - How to read each row's agent and rating.
 * @param options - The confidence level and the small-group threshold.
 * @returns One entry per agent, sorted by agent.
 * @throws {@link MetricInputError} the common input checks (`agents[i]`, `ratings[i]`, and
 * `ratings` when one agent's Σ (x − mean)² overflows).
 * @example
 * ```ts
 * import { agentRatings } from 'service-metrics';
 * const rows = [{ agent: 'ana', stars: 5 }, { agent: 'ben', stars: 3 }, { agent: 'ana', stars: 4 },
 *   { agent: 'ben', stars: null }, { agent: 'ana', stars: 3 }];
 * const ratings = agentRatings(rows, { agent: (row) => row.agent, rating: (row) => row.stars }, { minimumAnswers: 3 });
 * ratings.map((rating) => [rating.agent, rating.count, rating.mean, rating.small]); // => [['ana', 3, 4, false], ['ben', 1, 3, true]]
 * ratings[0]?.interval; // => { estimate: 4, lower: 1.5159, upper: 6.4841, confidenceLevel: 0.95, method: 't' }
 * ```
 * @see Student [Gosset, W. S.] (1908). The probable error of a mean. *Biometrika*, 6(1), 1–25.
 * @see Welford, B. P. (1962). Note on a method for calculating corrected sums of squares and products. *Technometrics*, 4(3), 419–420.
 * @category Survey
 */
export function agentRatings<T>(
  rows: Iterable<T>,
  accessors: AgentRatingAccessors<T>,
  options?: AgentRatingsOptions,
): AgentRating[] {
  const metric = 'agentRatings';
  const settings = checkRatingsOptions(metric, options);
  return ratingsOf(summariseAgents(metric, rows, accessors), settings);
}

/**
 * One {@link AgentRatingsSummary} per agent, sorted by agent; {@link agentRatings} is exactly
 * `agentRatingsFromSummary(agentRatingsSummary(rows, accessors), options)`. From a warehouse:
 * `COUNT`, `AVG`, and `sumOfSquaredDeviations = (count − 1) × STDDEV_SAMP²`.
 *
 * @param rows - Rated contacts. Any iterable.
 * @param accessors - How to read each row's agent and rating.
 * @returns One summary per agent, sorted by agent, as plain JSON.
 * @throws {@link MetricInputError} as {@link agentRatings} does for the rows and accessors.
 * @example
 * ```ts
 * import { agentRatingsSummary } from 'service-metrics';
 * agentRatingsSummary([{ id: 7, csat: 4 }, { id: 7, csat: 5 }, { id: 3, csat: null }], { agent: (row) => row.id, rating: (row) => row.csat });
 * // => [{ agent: '3', count: 0, mean: 0, sumOfSquaredDeviations: 0, unanswered: 1 }, { agent: '7', count: 2, mean: 4.5, sumOfSquaredDeviations: 0.5, unanswered: 0 }]
 * ```
 * @category Survey
 */
export function agentRatingsSummary<T>(rows: Iterable<T>, accessors: AgentRatingAccessors<T>): AgentRatingsSummary[] {
  return summariseAgents('agentRatingsSummary', rows, accessors);
}

/**
 * Merges two lists of {@link AgentRatingsSummary}: an agent in both by {@link mergeMeanSummaries}.
 * Sorted by agent; commutative, associative up to rounding, `[]` the identity.
 *
 * @param a - One list, in any order, each agent at most once.
 * @param b - Another list.
 * @returns A new list, sorted by agent; neither input is changed.
 * @throws {@link MetricInputError} the common input checks (`a[2].count`…, also a merged count or
 * spread that overflows); `INCONSISTENT` for an agent listed twice in one list.
 * @example
 * ```ts
 * import { agentRatingsFromSummary, agentRatingsSummary, mergeAgentRatingsSummaries } from 'service-metrics';
 * const read = { agent: (row: { agent: string; csat: number }) => row.agent, rating: (row: { csat: number }) => row.csat };
 * const monday = agentRatingsSummary([{ agent: 'ana', csat: 5 }, { agent: 'ben', csat: 2 }], read);
 * const tuesday = agentRatingsSummary([{ agent: 'ana', csat: 3 }], read);
 * agentRatingsFromSummary(mergeAgentRatingsSummaries(monday, tuesday)).map((rating) => rating.mean); // => [4, 2]
 * ```
 * @category Survey
 */
export function mergeAgentRatingsSummaries(
  a: readonly AgentRatingsSummary[],
  b: readonly AgentRatingsSummary[],
): AgentRatingsSummary[] {
  const metric = 'mergeAgentRatingsSummaries';
  const merged = checkAgentSummaries(metric, 'a', a);
  let index = 0;
  // b's agents in the order of the list (each listed once), so `index` is the entry's index in b.
  for (const [agent, summary] of checkAgentSummaries(metric, 'b', b)) {
    const other = merged.get(agent);
    const field = `b[${String(index++)}]`;
    const rename = (name: string): string => renameField(name, 'b', field);
    merged.set(agent, other === undefined ? summary : asMetric(metric, () => mergeMeanSummaries(other, summary), rename));
  }
  return sortedSummaries(merged);
}

/**
 * Mean rating per agent from a list of {@link AgentRatingsSummary} (or a warehouse `GROUP BY
 * agent`), as {@link agentRatings}.
 *
 * @param summary - One summary per agent, in any order, each agent at most once; `unanswered` optional.
 * @param options - The confidence level and the small-group threshold.
 * @returns One entry per agent, sorted by agent.
 * @throws {@link MetricInputError} as {@link mergeAgentRatingsSummaries} does for the list (fields
 * `summary[i]…`), and as {@link agentRatings} does for the options.
 * @example
 * ```ts
 * import { agentRatingsFromSummary } from 'service-metrics';
 * // From a warehouse: 400 ratings, mean 4.3, STDDEV_SAMP 0.9.
 * const [team] = agentRatingsFromSummary([{ agent: 'team-a', count: 400, mean: 4.3, sumOfSquaredDeviations: 399 * 0.9 ** 2, unanswered: 0 }]);
 * team?.interval?.lower; // => 4.2115
 * ```
 * @see Student [Gosset, W. S.] (1908). The probable error of a mean. *Biometrika*, 6(1), 1–25.
 * @category Survey
 */
export function agentRatingsFromSummary(
  summary: readonly SummaryCounts<AgentRatingsSummary>[],
  options?: AgentRatingsOptions,
): AgentRating[] {
  const metric = 'agentRatingsFromSummary';
  const summaries = sortedSummaries(checkAgentSummaries(metric, 'summary', summary));
  return ratingsOf(summaries, checkRatingsOptions(metric, options));
}

interface RatingsSettings {
  readonly confidenceLevel: number;
  readonly minimumAnswers: number;
}

function checkRatingsOptions(metric: string, options: unknown): RatingsSettings {
  const settings = checkOptions(metric, options, ['confidenceLevel', 'minimumAnswers']);
  return {
    confidenceLevel: checkConfidenceLevel(metric, settings['confidenceLevel']),
    minimumAnswers:
      settings['minimumAnswers'] === undefined
        ? MINIMUM_ANSWERS
        : checkCount(metric, 'options.minimumAnswers', settings['minimumAnswers']),
  };
}

function ratingsOf(summaries: readonly AgentRatingsSummary[], settings: RatingsSettings): AgentRating[] {
  const { confidenceLevel, minimumAnswers } = settings;
  return summaries.map((summary) => ({
    agent: summary.agent,
    count: summary.count,
    unanswered: summary.unanswered,
    mean: summary.count === 0 ? null : summary.mean,
    // The summary and the level are checked, so this cannot throw.
    interval: summary.count < 2 ? null : meanIntervalFromSummary(summary, { confidenceLevel }),
    small: summary.count < minimumAnswers,
  }));
}

/** Welford's running state for one agent. */
interface Running {
  count: number;
  mean: number;
  sumOfSquaredDeviations: number;
  unanswered: number;
}

function summariseAgents(metric: string, rows: unknown, accessors: unknown): AgentRatingsSummary[] {
  const read = checkRequiredOptions(metric, accessors, ['agent', 'rating'], 'accessors');
  const agentOf = read['agent'];
  const ratingOf = read['rating'];
  const expected = 'a function (row, index) => value';
  if (typeof agentOf !== 'function') fail(metric, 'accessors.agent', 'WRONG_TYPE', expected, agentOf);
  if (typeof ratingOf !== 'function') fail(metric, 'accessors.rating', 'WRONG_TYPE', expected, ratingOf);
  const agents = new Map<string, Running>();
  forEachValue(metric, 'rows', rows, undefined, (row, index) => {
    const key = agentKey(metric, (agentOf as Accessor<unknown, unknown>)(row, index), index);
    const rating = (ratingOf as Accessor<unknown, unknown>)(row, index);
    const x = typeof rating === 'bigint' ? checkFinite(metric, `ratings[${String(index)}]`, rating) : rating;
    let state = agents.get(key);
    if (state === undefined) {
      state = { count: 0, mean: 0, sumOfSquaredDeviations: 0, unanswered: 0 };
      agents.set(key, state);
    }
    if (typeof x === 'number' && Number.isFinite(x)) {
      // Welford's update, written as meanSummary writes it, so each agent's summary is exactly
      // meanSummary of that agent's ratings.
      state.count += 1;
      const delta = x - state.mean;
      state.mean += delta / state.count;
      state.sumOfSquaredDeviations += delta * (x - state.mean);
    } else if (isMissing(x)) {
      state.unanswered += 1;
    } else {
      checkFinite(metric, `ratings[${String(index)}]`, x); // throws: finite numbers never get here
    }
  });
  for (const state of agents.values()) checkSpread(metric, 'ratings', state.sumOfSquaredDeviations, rows);
  return sortedSummaries(agents);
}

function agentKey(metric: string, key: unknown, index: number): string {
  if (typeof key === 'string') return key;
  const field = `agents[${String(index)}]`;
  const expected = 'an agent: a string or a finite number';
  if (typeof key !== 'number') fail(metric, field, 'WRONG_TYPE', expected, key);
  if (!Number.isFinite(key)) fail(metric, field, 'NOT_FINITE', expected, key);
  return String(key);
}

/** Checks a list of agent summaries into a map by agent; an agent listed twice is `INCONSISTENT`. */
function checkAgentSummaries(metric: string, field: string, list: unknown): Map<string, MeanSummary> {
  if (!Array.isArray(list)) fail(metric, field, 'WRONG_TYPE', 'an array of agent summaries', list);
  const byAgent = new Map<string, MeanSummary>();
  // An indexed loop, not forEach, which skips holes: a hole is WRONG_TYPE on its index.
  for (let i = 0; i < (list as unknown[]).length; i++) {
    const entry = (list as unknown[])[i];
    const entryField = `${field}[${String(i)}]`;
    const agent = checkObject(metric, entryField, entry)['agent'];
    if (typeof agent !== 'string') fail(metric, `${entryField}.agent`, 'WRONG_TYPE', 'a string', agent);
    if (byAgent.has(agent)) fail(metric, `${entryField}.agent`, 'INCONSISTENT', 'an agent listed once', agent);
    byAgent.set(agent, checkMeanSummary(metric, entryField, entry));
  }
  return byAgent;
}

/** Plain `{ agent, count, mean, sumOfSquaredDeviations, unanswered }` objects, sorted by agent. */
function sortedSummaries(byAgent: ReadonlyMap<string, MeanSummary>): AgentRatingsSummary[] {
  return [...byAgent]
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([agent, { count, mean, sumOfSquaredDeviations, unanswered }]) => ({
      agent,
      count,
      mean,
      sumOfSquaredDeviations,
      unanswered,
    }));
}
