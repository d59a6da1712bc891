import { checkConfidenceLevel } from '../internal/numeric/confidence.js';
import { checkMeanSummary, checkSpread } from '../internal/summaries/meanStatistics.js';
import { asMetric, renameField } from '../internal/summaries/npsCounts.js';
import { forEachValue, isMissing } from '../internal/checks/sample.js';
import { checkCount, checkFinite, checkObject, checkOptions, fail } from '../internal/checks/validate.js';
import type { ConfidenceOptions } from '../internal/types/statistics.js';
import { meanIntervalFromSummary, type MeanInterval } from '../stats/meanInterval.js';
import { mergeMeanSummaries, type MeanSummary } from '../stats/meanSummary.js';
import type { Accessor, Answer } from '../types.js';

/**
 * How to read the agent and the rating from each row. Each is called exactly once per row, in
 * order, `agent` first, with the row and its index.
 *
 * @category Survey
 */
export interface AgentRatingAccessors<T> {
  /**
   * The agent (or team, queue, service) the row rates: a string, or a finite number, which is
   * grouped by its text (`7` and `"7"` are the same agent).
   */
  readonly agent: Accessor<T, string | number>;
  /** The rating: a finite number, or `null` / `undefined` for "no rating". */
  readonly rating: Accessor<T, Answer>;
}

/**
 * The options of {@link agentRatings} and {@link agentRatingsFromSummary}.
 *
 * @category Survey
 */
export interface AgentRatingsOptions extends ConfidenceOptions {
  /**
   * The number of ratings below which an agent is flagged `small`, a whole number ≥ 0. With
   * fewer than about 30 ratings the t interval leans on ratings being near-normal, which
   * bounded ratings piled at the top of the scale are not, and it is wide: at a typical
   * standard deviation of 1 point, 30 ratings give ±0.37 points at 95 %, 10 give ±0.72.
   * Agents ranked on fewer ratings are ranked mostly on noise.
   * @defaultValue 30
   */
  readonly minimumAnswers?: number;
}

/**
 * One agent's ratings as a {@link MeanSummary}: count, mean and sum of squared deviations.
 *
 * @category Survey
 */
export interface AgentRatingSummary extends MeanSummary {
  /** The agent, as text. */
  readonly agent: string;
}

/**
 * One agent's mean rating with its uncertainty.
 *
 * @category Survey
 */
export interface AgentRating {
  /** The agent, as text. */
  readonly agent: string;
  /** The number of ratings. */
  readonly count: number;
  /** Rows of this agent without a rating. */
  readonly unanswered: number;
  /** The mean rating, in the ratings' units; `null` when the agent has no rating. */
  readonly mean: number | null;
  /**
   * The t interval of the mean ({@link meanIntervalFromSummary}); `null` with fewer than two
   * ratings, which have no spread to measure. Not clipped to the rating scale.
   */
  readonly interval: MeanInterval | null;
  /** Whether the agent has fewer ratings than `minimumAnswers`: treat the mean as a hint. */
  readonly small: boolean;
}

/** The default of {@link AgentRatingsOptions.minimumAnswers}. */
const MINIMUM_ANSWERS = 30;

/**
 * Mean rating per agent, each with its t confidence interval, from one pass over rated
 * contacts: a CSAT or star rating by agent, a QA score by team, any rating by service.
 *
 * ## Formula
 * For each agent, over that agent's n ratings: mean = Σ ratings / n, and the interval
 * mean ± t · s/√n of {@link meanInterval} (s the sample standard deviation, t of Student with
 * n − 1 degrees of freedom). The values are each agent's {@link meanSummary}, built in the same
 * pass by Welford's update, so an agent's numbers are exactly those of `meanInterval` on that
 * agent's ratings alone.
 *
 * ## Reading it
 * - Agents are sorted by their key as text, in UTF-16 code-unit order (as `Array.prototype.sort`
 *   without a comparator: `"B"` before `"a"`, `"10"` before `"9"`), whatever the order of the
 *   rows; re-sort by mean for a league table.
 * - An agent with fewer than `minimumAnswers` ratings is flagged `small`; with fewer than two,
 *   `interval` is `null`. Two agents whose intervals overlap widely are not shown to differ;
 *   use {@link compareMeans} for a test.
 * - The interval is not clipped: on a 1–5 scale it can pass 5 with few, high ratings.
 *
 * Ratings are finite numbers of any scale (they are not checked against one); `null` and
 * `undefined` ratings are counted in the agent's `unanswered`. A row without an agent is an
 * error: filter such rows first. Runs in O(n) time, one pass, and O(agents) memory.
 *
 * @param rows - Rated contacts. Any iterable.
 * @param accessors - How to read each row's agent and rating.
 * @param options - The confidence level and the small-group threshold.
 * @returns One entry per agent, sorted by agent.
 * @throws {@link MetricInputError} `WRONG_TYPE` for rows that are not iterable or accessors that
 * are not functions; `WRONG_TYPE` or `NOT_FINITE` for an agent key that is not a string or a finite
 * number (`agents[i]`) or a rating that is not a finite number (`ratings[i]`); `OUT_OF_RANGE`
 * (`ratings`) for one agent's ratings so far apart (about 1e154) that Σ (x − mean)² is not a finite
 * number; `WRONG_TYPE`, `NOT_FINITE` or `OUT_OF_RANGE` for an `options.confidenceLevel` that is not
 * a number strictly between 0 and 1; `WRONG_TYPE`, `NOT_FINITE`, `NOT_INTEGER`, `NEGATIVE` or
 * `OUT_OF_RANGE` for an `options.minimumAnswers` that is not a whole number from 0 to 2⁵³ − 1.
 *
 * @example
 * ```ts
 * import { agentRatings } from 'service-metrics';
 *
 * const rows = [
 *   { agent: 'ana', stars: 5 },
 *   { agent: 'ben', stars: 3 },
 *   { agent: 'ana', stars: 4 },
 *   { agent: 'ben', stars: null },
 *   { agent: 'ana', stars: 3 },
 * ];
 * const ratings = agentRatings(rows, { agent: (row) => row.agent, rating: (row) => row.stars }, { minimumAnswers: 3 });
 * ratings.map((rating) => [rating.agent, rating.count, rating.mean, rating.small]);
 * // => [['ana', 3, 4, false], ['ben', 1, 3, true]]
 * ratings[0]?.interval;
 * // => { estimate: 4, lower: 1.5159, upper: 6.4841, confidenceLevel: 0.95, method: 't' }
 * ratings[1]?.interval; // => null
 * ```
 *
 * @see Student [Gosset, W. S.] (1908). The probable error of a mean. *Biometrika*, 6(1), 1–25.
 * @see Welford, B. P. (1962). Note on a method for calculating corrected sums of squares and
 * products. *Technometrics*, 4(3), 419–420.
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
 * One pass over rated contacts into an {@link AgentRatingSummary} per agent, sorted by agent:
 * the summaries that {@link agentRatingsFromSummary} turns into ratings and
 * {@link mergeAgentRatingsSummaries} adds up.
 *
 * `agentRatings(rows, accessors, options)` is exactly
 * `agentRatingsFromSummary(agentRatingsSummary(rows, accessors), options)`. Each entry is the
 * agent's {@link meanSummary}, so a warehouse's `GROUP BY agent` with `COUNT`, `AVG` and
 * `STDDEV_SAMP` gives the same shape: `sumOfSquaredDeviations = (count − 1) × stddev²`.
 *
 * @param rows - Rated contacts. Any iterable.
 * @param accessors - How to read each row's agent and rating.
 * @returns One summary per agent, sorted by agent, as plain JSON.
 * @throws {@link MetricInputError} as {@link agentRatings} does for the rows and accessors.
 *
 * @example
 * ```ts
 * import { agentRatingsSummary } from 'service-metrics';
 *
 * agentRatingsSummary([{ id: 7, csat: 4 }, { id: 7, csat: 5 }, { id: 3, csat: null }], {
 *   agent: (row) => row.id,
 *   rating: (row) => row.csat,
 * });
 * // => [{ agent: '3', count: 0, mean: 0, sumOfSquaredDeviations: 0, unanswered: 1 }, { agent: '7', count: 2, mean: 4.5, sumOfSquaredDeviations: 0.5, unanswered: 0 }]
 * ```
 *
 * @category Survey
 */
export function agentRatingsSummary<T>(rows: Iterable<T>, accessors: AgentRatingAccessors<T>): AgentRatingSummary[] {
  return summariseAgents('agentRatingsSummary', rows, accessors);
}

/**
 * Merges two lists of {@link AgentRatingSummary}, as for two days, two shards or two queries:
 * an agent in both gets the merged summary of {@link mergeMeanSummaries}, an agent in one keeps
 * its own. The result is sorted by agent. Merging is commutative, associative up to rounding,
 * with `[]` as the identity.
 *
 * @param a - One list, in any order, each agent at most once.
 * @param b - Another list.
 * @returns A new list, sorted by agent; neither input is changed.
 * @throws {@link MetricInputError} `WRONG_TYPE` for a list that is not an array or an agent that is
 * not a string; `INCONSISTENT` for an agent listed twice in one list; the summary errors of
 * {@link mergeMeanSummaries}, naming the entry (`a[2].count`), and its `OUT_OF_RANGE` for an agent
 * in both lists whose merged count passes 2⁵³ − 1 (`b[i].count`) or whose merged spread is not a
 * finite number (`b[i]`).
 *
 * @example
 * ```ts
 * import { agentRatingsFromSummary, agentRatingsSummary, mergeAgentRatingsSummaries } from 'service-metrics';
 *
 * const monday = agentRatingsSummary([{ agent: 'ana', csat: 5 }, { agent: 'ben', csat: 2 }], {
 *   agent: (row) => row.agent,
 *   rating: (row) => row.csat,
 * });
 * const tuesday = agentRatingsSummary([{ agent: 'ana', csat: 3 }], { agent: (row) => row.agent, rating: (row) => row.csat });
 * agentRatingsFromSummary(mergeAgentRatingsSummaries(monday, tuesday)).map((rating) => rating.mean); // => [4, 2]
 * ```
 *
 * @category Survey
 */
export function mergeAgentRatingsSummaries(
  a: readonly AgentRatingSummary[],
  b: readonly AgentRatingSummary[],
): AgentRatingSummary[] {
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
 * Mean rating per agent, with its interval and small-group flag, from a list of
 * {@link AgentRatingSummary}: from {@link agentRatingsSummary}, merged lists, or a warehouse's
 * `GROUP BY agent`. The same results as {@link agentRatings}, sorted by agent.
 *
 * @param summary - One summary per agent, in any order, each agent at most once.
 * @param options - The confidence level and the small-group threshold.
 * @returns One entry per agent, sorted by agent.
 * @throws {@link MetricInputError} as {@link mergeAgentRatingsSummaries} does for the list (fields
 * `summary[i]…`), and as {@link agentRatings} does for the options.
 *
 * @example
 * ```ts
 * import { agentRatingsFromSummary } from 'service-metrics';
 *
 * // From a warehouse: 400 ratings, mean 4.3, STDDEV_SAMP 0.9.
 * const [team] = agentRatingsFromSummary([
 *   { agent: 'team-a', count: 400, mean: 4.3, sumOfSquaredDeviations: 399 * 0.9 ** 2, unanswered: 0 },
 * ]);
 * team?.interval?.lower; // => 4.2115
 * team?.small; // => false
 * ```
 *
 * @see Student [Gosset, W. S.] (1908). The probable error of a mean. *Biometrika*, 6(1), 1–25.
 * @category Survey
 */
export function agentRatingsFromSummary(
  summary: readonly AgentRatingSummary[],
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

function ratingsOf(summaries: readonly AgentRatingSummary[], settings: RatingsSettings): AgentRating[] {
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

function summariseAgents(metric: string, rows: unknown, accessors: unknown): AgentRatingSummary[] {
  const read = checkObject(metric, 'accessors', accessors);
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
  (list as unknown[]).forEach((entry, i) => {
    const entryField = `${field}[${String(i)}]`;
    const agent = checkObject(metric, entryField, entry)['agent'];
    if (typeof agent !== 'string') fail(metric, `${entryField}.agent`, 'WRONG_TYPE', 'a string', agent);
    if (byAgent.has(agent)) fail(metric, `${entryField}.agent`, 'INCONSISTENT', 'an agent listed once', agent);
    byAgent.set(agent, checkMeanSummary(metric, entryField, entry));
  });
  return byAgent;
}

/** Plain `{ agent, count, mean, sumOfSquaredDeviations, unanswered }` objects, sorted by agent. */
function sortedSummaries(byAgent: ReadonlyMap<string, MeanSummary>): AgentRatingSummary[] {
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
