// Results written by hand for the report's tests, in the shape of cli/src/result.ts. The numbers
// are plausible, not computed: the report shows what it is given.
import type { GroupJson, IntervalJson, MetricResultJson } from '../result.js';

function interval(lower: number, upper: number, method = 'wilson'): IntervalJson {
  return { lower, upper, method, confidence: 0.95 };
}

function group(fields: Partial<GroupJson> & Pick<GroupJson, 'value'>): GroupJson {
  return { key: {}, interval: null, answered: 100, unanswered: 5, small: false, summary: null, ...fields };
}

/** NPS of the whole file: no `--by`, no `--period`. */
export const npsOverall: MetricResultJson = {
  metric: 'nps',
  label: 'NPS',
  unit: 'points',
  source: 'survey.csv',
  value: 42.3,
  interval: interval(35.1, 49.04, 'wald'),
  answered: 812,
  unanswered: 95,
  summary: { promoters: 450, passives: 240, detractors: 122 },
  by: [],
  groups: [],
};

/** NPS `--by channel --compare phone`: one group negative, one small, one significant. */
export const npsByChannel: MetricResultJson = {
  ...npsOverall,
  by: ['channel'],
  groups: [
    group({
      key: { channel: 'email' },
      value: 51.5,
      interval: interval(44, 59, 'wald'),
      answered: 400,
      comparison: { baseline: 'phone', difference: 63.9, pValue: 0.00001, adjustedPValue: 0.00002, significant: true },
    }),
    group({ key: { channel: 'phone' }, value: -12.4, interval: interval(-20.5, -4.3, 'wald'), answered: 380, comparison: null }),
    group({
      key: { channel: 'chat' },
      value: 25,
      interval: interval(-8.2, 58.2, 'wald'),
      answered: 32,
      small: true,
      comparison: { baseline: 'phone', difference: 37.4, pValue: 0.03, adjustedPValue: 0.06, significant: false },
    }),
  ],
};

/** CSAT `--period week`, a week without answers among them. */
export const csatByWeek: MetricResultJson = {
  metric: 'csat',
  label: 'CSAT',
  unit: '%',
  source: 'survey.csv',
  value: 81.25,
  interval: interval(78.9, 83.4),
  answered: 1200,
  unanswered: 0,
  summary: null,
  by: [],
  period: 'week',
  groups: [
    group({ period: '2026-W45', value: 80.1, interval: interval(75, 84.5) }),
    group({ period: '2026-W46', value: 83.7, interval: interval(79.2, 87.4) }),
    group({ period: '2026-W47', value: null, interval: null, answered: 0, unanswered: 12, small: true }),
    group({ period: '2026-W48', value: 79.9, interval: interval(74.8, 84.2) }),
  ],
};

/** Average handle time `--by channel --period week`, in seconds. */
export const handleTimeByChannelAndWeek: MetricResultJson = {
  metric: 'handle-time',
  label: 'Average handle time',
  unit: 'seconds',
  source: 'calls.parquet',
  value: 3725,
  interval: interval(3600, 3850, 't'),
  answered: 600,
  unanswered: 3,
  summary: null,
  by: ['channel'],
  period: 'week',
  groups: [
    group({ key: { channel: 'phone' }, period: '2026-W47', value: 3725, interval: interval(3500, 3950, 't') }),
    group({ key: { channel: 'phone' }, period: '2026-W48', value: 3410.4, interval: interval(3200, 3620, 't') }),
    group({ key: { channel: 'chat' }, period: '2026-W47', value: 185.5, interval: interval(160, 211, 't') }),
    group({ key: { channel: 'chat' }, period: '2026-W48', value: 42.25, interval: interval(30, 54.5, 't') }),
  ],
};

/** Service level `--by team region`, one group without answers and a null key value. */
export const withNullValues: MetricResultJson = {
  metric: 'service-level',
  label: 'Service level (20 s)',
  unit: '%',
  source: 'calls.csv',
  value: 72.5,
  interval: interval(70, 75),
  answered: 300,
  unanswered: 40,
  summary: null,
  by: ['team', 'region'],
  groups: [
    group({ key: { team: 'north', region: 'eu' }, value: 72.5, interval: interval(70, 75) }),
    group({ key: { team: 'south', region: null }, value: null, interval: null, answered: 0, unanswered: 40, small: true }),
  ],
};

/** Every group without answers, and no overall value: charts must still draw (empty). */
export const allNull: MetricResultJson = {
  ...withNullValues,
  value: null,
  interval: null,
  answered: 0,
  unanswered: 80,
  groups: [
    group({ key: { team: 'north', region: 'eu' }, value: null, answered: 0, unanswered: 40, small: true }),
    group({ key: { team: 'south', region: 'us' }, value: null, answered: 0, unanswered: 40, small: true }),
  ],
};

/** Markup that would run or fetch something if it were not escaped. */
export const hostileText = '<script>window.pwned = 1</script><img src="https://example.invalid/x.png" onerror="window.pwned = 2">';

/** Every text field of a result hostile: label, source, column names, key values, method, baseline. */
export const hostile: MetricResultJson = {
  metric: 'nps"><script>window.pwned = 3</script>',
  label: `NPS ${hostileText}`,
  unit: 'points',
  source: `'; DROP TABLE x; -- ${hostileText}`,
  value: 10,
  interval: interval(0, 20, `wald${hostileText}`),
  answered: 50,
  unanswered: 0,
  summary: null,
  by: [`</th>${hostileText}`, 'a.b["c"]'],
  groups: [
    group({
      key: { [`</th>${hostileText}`]: hostileText, 'a.b["c"]': 'x"]+alert(1)+["' },
      value: 10,
      interval: interval(0, 20, 'other'),
      comparison: { baseline: hostileText, difference: 5, pValue: 0.2, adjustedPValue: 0.4, significant: false },
    }),
    group({ key: { [`</th>${hostileText}`]: '&amp; {{x}} ${y}', 'a.b["c"]': true }, value: 5, interval: interval(-5, 15) }),
  ],
};

/** `contact-mix --by channel`: no overall value, each group's share of the contacts. */
export const contactMix: MetricResultJson = {
  metric: 'contact-mix',
  label: 'Contact mix',
  unit: '%',
  source: 'contacts.csv',
  value: null,
  interval: null,
  answered: 1234,
  unanswered: 0,
  summary: null,
  by: ['channel'],
  groups: [
    group({ key: { channel: 'phone' }, value: 61.2, interval: interval(58.5, 63.9), answered: 1234, unanswered: 0 }),
    group({ key: { channel: 'chat' }, value: 38.8, interval: interval(36.1, 41.5), answered: 1234, unanswered: 0 }),
  ],
};

/** CSAT `--by agent` over 30 agents (more than fit side by side), every seventh without answers. */
export const csatByAgent: MetricResultJson = {
  metric: 'csat',
  label: 'CSAT',
  unit: '%',
  source: 'survey.csv',
  value: 81.25,
  interval: interval(78.9, 83.4),
  answered: 2400,
  unanswered: 0,
  summary: null,
  by: ['agent'],
  groups: Array.from({ length: 30 }, (_, index) =>
    index % 7 === 3
      ? group({ key: { agent: `agent ${String(index + 1).padStart(2, '0')}` }, value: null, answered: 0, small: true })
      : group({
          key: { agent: `agent ${String(index + 1).padStart(2, '0')}` },
          value: 60 + index,
          interval: interval(55 + index, 64 + index),
        }),
  ),
};

/**
 * Abandonment `--period day --control 4`: a p-chart whose limits vary by day, a day without
 * answers (no point), and two days with signals.
 */
export const abandonmentControlled: MetricResultJson = {
  metric: 'abandonment',
  label: 'Abandonment rate',
  unit: '%',
  source: 'calls.csv',
  value: 10.4,
  interval: interval(9.1, 11.8),
  answered: 1420,
  unanswered: 0,
  summary: null,
  by: [],
  period: 'day',
  control: { chart: 'pChart', laney: false, baseline: { periods: 4 }, ruleSet: 'westernElectric', rules: ['beyondLimits', 'twoOfThreeBeyondTwoSigma', 'fourOfFiveBeyondOneSigma', 'runOfEight'] },
  groups: [
    group({ period: '2026-11-02', value: 10, answered: 300, interval: interval(7, 13.8), control: { centre: 9.5, lower: 4.4, upper: 14.6, baseline: true, signals: [] } }),
    group({ period: '2026-11-03', value: 9, answered: 250, interval: interval(6, 13), control: { centre: 9.5, lower: 3.9, upper: 15.1, baseline: true, signals: [] } }),
    group({ period: '2026-11-04', value: 8.5, answered: 200, interval: interval(5.4, 13.1), control: { centre: 9.5, lower: 3.3, upper: 15.7, baseline: true, signals: [] } }),
    group({ period: '2026-11-05', value: 10.5, answered: 270, interval: interval(7.4, 14.7), control: { centre: 9.5, lower: 3.6, upper: 15.4, baseline: true, signals: [] } }),
    group({ period: '2026-11-06', value: null, answered: 0, small: true, control: null }),
    group({ period: '2026-11-07', value: 21, answered: 200, interval: interval(16, 27), control: { centre: 9.5, lower: 3.3, upper: 15.7, baseline: false, signals: ['beyondLimits', 'twoOfThreeBeyondTwoSigma'] } }),
    group({ period: '2026-11-08', value: 14, answered: 200, interval: interval(9.9, 19.4), control: { centre: 9.5, lower: 3.3, upper: 15.7, baseline: false, signals: ['twoOfThreeBeyondTwoSigma'] } }),
  ],
};

/** NPS `--by channel --period week --control 2`: an individuals chart per channel. */
export const npsControlledByChannel: MetricResultJson = {
  ...npsOverall,
  period: 'week',
  by: ['channel'],
  control: { chart: 'individualsChart', laney: false, baseline: { periods: 2 }, ruleSet: 'nhs', rules: ['beyondLimits', 'runOfSeven', 'trendOfSix', 'twoOfThreeBeyondTwoSigma'] },
  groups: [
    group({ key: { channel: 'chat' }, period: '2026-W46', value: 30, control: { centre: 32, lower: 21.4, upper: 42.6, baseline: true, signals: [] } }),
    group({ key: { channel: 'chat' }, period: '2026-W47', value: 34, control: { centre: 32, lower: 21.4, upper: 42.6, baseline: true, signals: [] } }),
    group({ key: { channel: 'chat' }, period: '2026-W48', value: 45, control: { centre: 32, lower: 21.4, upper: 42.6, baseline: false, signals: ['beyondLimits'] } }),
    group({ key: { channel: 'phone' }, period: '2026-W46', value: 5, control: { centre: 6, lower: 0.7, upper: 11.3, baseline: true, signals: [] } }),
    group({ key: { channel: 'phone' }, period: '2026-W47', value: 7, control: { centre: 6, lower: 0.7, upper: 11.3, baseline: true, signals: [] } }),
    group({ key: { channel: 'phone' }, period: '2026-W48', value: 6, control: { centre: 6, lower: 0.7, upper: 11.3, baseline: false, signals: [] } }),
  ],
};
