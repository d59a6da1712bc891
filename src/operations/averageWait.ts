import { meanOfSummary, summariseWaits, type DurationSummary } from '../internal/summaries/durations.js';
import { splitSampleArguments } from '../internal/checks/sample.js';
import { checkOptions, fail } from '../internal/checks/validate.js';
import type { Accessor } from '../types.js';
import type { ContactOutcome, QueueContact } from '../internal/types/contacts.js';

/** Whose waits {@link averageWait} takes from a contact log. @category Operations */
export interface AverageWaitOptions {
  /** `'all'` contacts that queued, or only the `'answered'` or `'abandoned'` ones. @defaultValue 'all' */
  readonly outcome?: ContactOutcome | 'all';
}

/**
 * Average wait in the queue, in seconds, from a contact log: of every contact (answered and
 * abandoned), or of the answered or the abandoned ones only.
 *
 * ## Formula
 * average wait = Σ waitSeconds / contacts, over the contacts of the chosen outcome. O(n).
 *
 * ## Variants
 * - `'all'` (default): how long customers waited, abandons with the time they held on.
 * - `'answered'`: the average speed of answer as ACDs report it, abandons left out (Sisense,
 *   Klipfolio); also {@link averageSpeedOfAnswer}. `'abandoned'`: the average time to abandon
 *   (Amazon Connect's "average queue abandon time"), a measure of patience.
 * - The clock usually starts at the agent queue, after the IVR; the caller's starts at dialling
 *   (CCa2z): compare figures with the same start (Klenke, SWPP 2021). Averages hide the tail
 *   (CCa2z): report a percentile too ({@link durationStats}).
 *
 * Mergeable summary: `meanSummary(contacts, (c) => (c.outcome === 'answered' ? c.waitSeconds : null))`
 * (or `c.waitSeconds` for all), then {@link mergeMeanSummaries} and {@link meanFromSummary};
 * a `null` wait counts in `unanswered`, not averaged.
 *
 * @param contacts - Queue contacts (`{ waitSeconds, outcome }`), or rows read through
 * `contact`. Any iterable.
 * @param options - Which contacts' waits to average.
 * @returns The average wait, in seconds.
 * @throws {@link MetricInputError} the common input checks (`contacts[i].waitSeconds`, missing
 * for an abandon unless `outcome` is `'answered'`); `EMPTY` (`contacts`) when no contact has the outcome.
 *
 * @example
 * ```ts
 * import { averageWait } from 'service-metrics';
 *
 * const log = [{ waitSeconds: 12, outcome: 'answered' }, { waitSeconds: 95, outcome: 'abandoned' },
 *   { waitSeconds: 3, outcome: 'abandoned' }, { waitSeconds: 40, outcome: 'answered' }] as const;
 * averageWait(log); // => 37.5
 * averageWait(log, { outcome: 'answered' }); // => 26
 * averageWait(log, { outcome: 'abandoned' }); // => 49
 * ```
 *
 * @see {@link https://www.cca2z.com/article/average-speed-of-answer-asa-average-delay/237 | CCa2z (2009): Average speed of answer (ASA) / average delay}
 * @see {@link https://swpp.org/on-target-fall-2021/measuring-speed-of-answer/ | Klenke, M. (2021). Measuring speed of answer. SWPP On Target}
 * @category Operations
 */
export function averageWait(contacts: Iterable<QueueContact>, options?: AverageWaitOptions): number;
export function averageWait<T>(rows: Iterable<T>, contact: Accessor<T, QueueContact>, options?: AverageWaitOptions): number;
export function averageWait(contacts: unknown, second?: unknown, third?: unknown): number {
  const metric = 'averageWait';
  return meanOfSummary(metric, 'contacts', waitsOf(metric, contacts, second, third));
}

function waitsOf(metric: string, contacts: unknown, second: unknown, third: unknown): DurationSummary {
  const { valueof, options } = splitSampleArguments(metric, second, third, 'contact');
  const { outcome = 'all' } = checkOptions(metric, options, ['outcome']);
  if (outcome !== 'all' && outcome !== 'answered' && outcome !== 'abandoned') {
    const code = typeof outcome === 'string' ? 'UNKNOWN_VALUE' : 'WRONG_TYPE';
    fail(metric, 'options.outcome', code, "'all', 'answered' or 'abandoned'", outcome);
  }
  return summariseWaits(metric, contacts, valueof, outcome);
}
