import { checkConfidenceLevel } from '../internal/numeric/confidence.js';
import { checkLabel } from '../internal/checks/labels.js';
import { checkOptions, fail } from '../internal/checks/validate.js';
import { checkContactMixSummary, mergeContactMixSummaries, tallyContactMix, type ContactMixSummary } from '../operations/contactMix.js';
import type { ConfidenceOptions } from '../internal/types/statistics.js';
import type { ProportionInterval } from '../stats/proportionInterval.js';
import { proportionParts } from './proportionParts.js';
import type { SegmentMetric } from '../internal/types/segments.js';

/** The options of {@link contactMixMetric}. @category Segments */
export interface ContactMixMetricOptions extends ConfidenceOptions {
  /** The category (channel, reason) whose share of the classified contacts is the value: a non-empty string. */
  readonly category: string;
}

/**
 * The share of one category in the contact mix (the email share of contacts, the share of
 * billing complaints) as a {@link SegmentMetric}, to track by {@link periodSeries} or compare by
 * {@link groupBy}: the `value` accessor reads each row's category (`null` or `undefined` for
 * none, counted as `unclassified`), and a group is a {@link ContactMixSummary}.
 *
 * ## Formula
 * share = 100 × contacts in `category` / contacts with a category (the group's `answered`), as
 * {@link contactMixFromSummary} gives it. Interval and tests: {@link proportionMetric}'s.
 *
 * @param options - The category (required) and the confidence level.
 * @returns The metric descriptor.
 * @throws {@link MetricInputError} the common input checks on `options`, and in `summarise` on
 * each category (`rows[i].by`).
 *
 * @example
 * ```ts
 * import { contactMixMetric, periodSeries } from 'service-metrics';
 *
 * const contacts = [
 *   { at: Date.UTC(2026, 0, 5), channel: 'email' }, { at: Date.UTC(2026, 0, 6), channel: 'phone' },
 *   { at: Date.UTC(2026, 0, 7), channel: 'phone' }, { at: Date.UTC(2026, 0, 8), channel: 'phone' },
 *   { at: Date.UTC(2026, 1, 2), channel: 'email' }, { at: Date.UTC(2026, 1, 3), channel: 'chat' },
 * ];
 * const emailShare = periodSeries(contacts, { time: (c) => c.at, period: 'month', value: (c) => c.channel, metric: contactMixMetric({ category: 'email' }) });
 * emailShare.map((month) => [month.key, month.value]); // => [['2026-01', 25], ['2026-02', 50]]
 * ```
 *
 * @see {@link https://www.thinkhdi.com/library/supportworld/2019/metric-of-month-channel-mix | Rumburg, J. (2019). Metric of the month: channel mix. HDI SupportWorld}
 * @category Segments
 */
export function contactMixMetric(
  options: ContactMixMetricOptions,
): SegmentMetric<string | null | undefined, ContactMixSummary, ProportionInterval> {
  const metric = 'contactMixMetric';
  const settings = checkOptions(metric, options, ['category', 'confidenceLevel']);
  const category = checkLabel(metric, 'options.category', settings['category'], 'a category');
  const confidenceLevel = checkConfidenceLevel(metric, settings['confidenceLevel']);
  const proportionOf = (summary: ContactMixSummary, field: string, name: string): { successes: number; trials: number } => {
    const { groups } = checkContactMixSummary(name, field, summary);
    let trials = 0;
    for (const group of groups.values()) trials += group.contacts;
    return { successes: groups.get(category)?.contacts ?? 0, trials };
  };
  return {
    summarise: (values) => tallyContactMix(metric, values, { by: (value) => value }),
    merge: mergeContactMixSummaries,
    answered: (summary) => proportionOf(summary, 'summary', metric).trials,
    value: (summary) => {
      const { successes, trials } = proportionOf(summary, 'summary', metric);
      if (trials === 0) fail(metric, 'summary', 'EMPTY', 'at least one row with a category', summary);
      return (100 * successes) / trials;
    },
    ...proportionParts(confidenceLevel, proportionOf),
  };
}
