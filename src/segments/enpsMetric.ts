import type { NpsComparison } from '../stats/compareNps.js';
import type { NpsInterval } from '../stats/npsInterval.js';
import { enpsFromSummary } from '../survey/enps.js';
import type { NpsSummary } from '../survey/nps.js';
import type { Answer } from '../types.js';
import { npsCountsMetric, type NpsMetricOptions } from './npsMetric.js';
import type { SegmentMetric } from '../internal/types/segments.js';

/**
 * Employee NPS as a {@link SegmentMetric}: {@link npsMetric} under the name eNPS (errors name
 * `enpsMetric`, the value is {@link enpsFromSummary}), so a report by team says what it measures.
 *
 * @param options - As for {@link npsMetric}.
 * @returns The metric descriptor.
 * @throws {@link MetricInputError} the common input checks, as {@link npsMetric} does.
 *
 * @example
 * ```ts
 * import { enpsMetric, groupBy } from 'service-metrics';
 *
 * const answers = [{ team: 'support', recommend: 9 }, { team: 'support', recommend: 10 }, { team: 'support', recommend: 4 }, { team: 'sales', recommend: 7 }];
 * const teams = groupBy(answers, { key: (row) => row.team, value: (row) => row.recommend, metric: enpsMetric() });
 * teams.map((team) => [team.key, team.value]); // => [['sales', 0], ['support', 33.33]]
 * ```
 *
 * @see {@link https://www.netpromotersystem.com/about/employee-nps/ | Bain & Company: The Employee Net Promoter System}
 * @category Segments
 */
export function enpsMetric(options?: NpsMetricOptions): SegmentMetric<Answer, NpsSummary, NpsInterval, NpsComparison> {
  return npsCountsMetric('enpsMetric', options, enpsFromSummary);
}
