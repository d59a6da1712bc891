/**
 * The texts of the errors raised by src/internal/segments (timestamps, time zones, periods and
 * period keys, business calendars, chart baselines and custom metrics), which no test read: a
 * caller reads the message, so a changed or emptied text must fail a test. Each case goes
 * through the public function a caller would use. Then how rows become groups: chunks, row
 * numbers in errors, groups without answers.
 *
 * Mutants left alive, equivalent:
 * - grouping's `compareKeys` string branch (`<` as `<=`, `>` as `>=` or as false): keys are
 *   unique, and the sort only asks whether a comparison is negative;
 * - `collectSummaries` taking the iterable branch for an array: `for…of` visits the same rows;
 * - `periodGroups` without its early return for no periods: both loops then run zero times;
 * - chartBaseline's `otherKeys = []` default filled with a key no caller passes, the starts of
 *   an empty series (nothing reads them), the key-kind test without its string check (a number
 *   never matches a key pattern), and its range loop reading one past the last start
 *   (`undefined < to` is false).
 */
import { describe, expect, test } from 'vitest';
import { expectErrorTexts, expectMetricError } from '../../../test/helpers.js';
import { businessCalendar, compareGroups, groupBy, individualsChart, MetricInputError, npsMetric, periodSeries } from '../../index.js';

describe('timestamps, time zones and periods (periodSeries)', () => {
  const series = (time: unknown, input: Record<string, unknown> = {}) => () =>
    periodSeries([{ time }], { time: (row) => row.time as number, period: 'day', value: () => 9, metric: npsMetric(), ...input });
  const timestamp = 'a Date, epoch milliseconds, or an ISO-8601 string: a date (2026-11-25) or a date-time with Z or an offset (2026-11-25T09:30:00Z)';
  const range = 'a valid date and time from year 0001 to 9999';
  const zone = 'an IANA time zone name such as "Europe/London" or "UTC"';
  const period = 'one of "day", "week", "month"';

  test('a bad timestamp, zone or period says what it must be', () => {
    expectErrorTexts('periodSeries', [
      [series(true), 'WRONG_TYPE', 'times[0]', timestamp],
      [series(new Date(Number.NaN)), 'NOT_FINITE', 'times[0]', `${timestamp} (not an Invalid Date)`],
      [series('yesterday'), 'UNKNOWN_VALUE', 'times[0]', timestamp],
      [series('2026-11-25T09:30'), 'UNKNOWN_VALUE', 'times[0]', timestamp],
      [series(9e15), 'OUT_OF_RANGE', 'times[0]', range],
      [series('2026-02-30'), 'OUT_OF_RANGE', 'times[0]', range],
      [series('2026-11-25T24:00Z'), 'OUT_OF_RANGE', 'times[0]', range],
      [series(Date.UTC(10000, 0, 2)), 'OUT_OF_RANGE', 'times[0]', range],
      [series(0, { timeZone: 0 }), 'WRONG_TYPE', 'input.timeZone', zone],
      [series(0, { timeZone: 'Europe/Londres' }), 'UNKNOWN_VALUE', 'input.timeZone', zone],
      [series(0, { period: undefined }), 'WRONG_TYPE', 'input.period', period],
      [series(0, { period: 'quarter' }), 'UNKNOWN_VALUE', 'input.period', period],
      [series(0, { fillGaps: 'yes' }), 'WRONG_TYPE', 'input.fillGaps', 'true or false'],
      [series(0, { time: 5 }), 'WRONG_TYPE', 'input.time', 'a function (row, index) => value'],
    ]);
  });

  test('filling more than 100,000 periods names the span', () => {
    const rows = [{ time: '2026-01-01' }, { time: '2400-01-01' }];
    const run = () => periodSeries(rows, { time: (row) => row.time, period: 'day', value: () => 9, metric: npsMetric() });
    const error = expectMetricError(run, { metric: 'periodSeries', code: 'OUT_OF_RANGE', field: 'input.fillGaps' });
    expect(error.expected).toBe('false for times spanning more than 100,000 periods (2026-01-01 to 2400-01-01)');
    expect(error.received).toBe(true);
  });
});

describe('business calendars', () => {
  const day = [['09:00', '17:00']];
  const week = { monday: day, tuesday: day, wednesday: day, thursday: day, friday: day, saturday: [], sunday: [] };
  const calendar = (change: Record<string, unknown>) => () => businessCalendar({ timeZone: 'UTC', week, ...change } as never);
  const monday = (hours: unknown) => calendar({ week: { ...week, monday: hours } });
  const holiday = (entry: unknown) => calendar({ holidays: [entry] });
  const pair = "a pair of local times ['HH:MM', 'HH:MM'], such as ['09:00', '17:30']";
  const start = "a local time 'HH:MM' from '00:00' to '23:59'";
  const end = "a local time 'HH:MM' from '00:00' to '24:00'";
  const dayKey = 'a day key such as "2026-11-25"';

  test('bad opening hours say what they must be', () => {
    expectErrorTexts('businessCalendar', [
      [monday(5), 'WRONG_TYPE', 'calendar.week.monday', `a list of opening hours, each ${pair}; [] when closed`],
      [monday(['09:00']), 'WRONG_TYPE', 'calendar.week.monday[0]', pair],
      [monday([[9, '17:00']]), 'WRONG_TYPE', 'calendar.week.monday[0][0]', start],
      [monday([['9am', '17:00']]), 'UNKNOWN_VALUE', 'calendar.week.monday[0][0]', start],
      [monday([['24:00', '17:00']]), 'OUT_OF_RANGE', 'calendar.week.monday[0][0]', start],
      [monday([['09:00', '24:01']]), 'OUT_OF_RANGE', 'calendar.week.monday[0][1]', end],
      [monday([['09:00', '09:00']]), 'INCONSISTENT', 'calendar.week.monday[0]', "an interval that is not empty (a whole day is ['00:00', '24:00'])"],
      [
        monday([['09:00', '12:00'], ['11:00', '17:00']]),
        'INCONSISTENT',
        'calendar.week.monday[1]',
        'opening hours that overlap no others; they overlap calendar.week.monday[0] (09:00–12:00)',
      ],
      [calendar({ week: 5 }), 'WRONG_TYPE', 'calendar.week', 'an object of opening hours by weekday (monday, tuesday, wednesday, thursday, friday, saturday, sunday)'],
      [
        calendar({ week: { ...week, sunday: undefined } }),
        'WRONG_TYPE',
        'calendar.week.sunday',
        `a list of opening hours, each ${pair}; [] when closed (every weekday is listed)`,
      ],
      [
        calendar({ week: { monday: [], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday: [] } }),
        'EMPTY',
        'calendar.week',
        'a week with some opening hours',
      ],
    ]);
  });

  test('bad holidays say what they must be', () => {
    expectErrorTexts('businessCalendar', [
      [calendar({ holidays: 5 }), 'WRONG_TYPE', 'calendar.holidays', "a list of holidays { date: 'YYYY-MM-DD', hours? }"],
      [holiday('2026-12-25'), 'WRONG_TYPE', 'calendar.holidays[0]', "a holiday { date: 'YYYY-MM-DD', hours? }"],
      [holiday({ date: 20261225 }), 'WRONG_TYPE', 'calendar.holidays[0].date', dayKey],
      [holiday({ date: '25/12/2026' }), 'UNKNOWN_VALUE', 'calendar.holidays[0].date', dayKey],
      [holiday({ date: '2026-02-30' }), 'OUT_OF_RANGE', 'calendar.holidays[0].date', `${dayKey}, naming a real day`],
      [
        holiday({ date: '2026-12-24', hours: [['22:00', '02:00']] }),
        'INCONSISTENT',
        'calendar.holidays[0].hours[0]',
        "hours within the holiday's date: an end after the start ('24:00' for midnight)",
      ],
      [
        calendar({ holidays: [{ date: '2026-12-25' }, { date: '2026-12-25' }] }),
        'INCONSISTENT',
        'calendar.holidays[1].date',
        'a date listed once among the holidays',
      ],
    ]);
  });
});

describe('chart baselines and period keys (individualsChart)', () => {
  const chart = (options: Record<string, unknown>) => () => individualsChart([10, 12, 11], options as never);
  const keys = 'the period key of each point, in time order, as periodSeries keys them ("2026-11-25", "2026-W48" or "2026-11")';
  const months = ['2026-09', '2026-10', '2026-11'];

  test('a bad baseline or period list says what it must be', () => {
    expectErrorTexts('individualsChart', [
      [chart({}), 'WRONG_TYPE', 'options.baseline', '{ points: k } (the first k points), { from, to } (the points of a date range) or fixed values { centre, sigma }'],
      [chart({ baseline: { points: 2, centre: 10 } }), 'UNKNOWN_VALUE', 'options.baseline.centre', 'points alone, or the fixed values without points'],
      [chart({ baseline: { centre: 10, spread: 1 } }), 'UNKNOWN_VALUE', 'options.baseline.spread', 'one of points, from, to, centre, sigma'],
      [chart({ baseline: { from: '2026-09-01', to: '2026-11-01', points: 2 }, periods: months }), 'UNKNOWN_VALUE', 'options.baseline.points', 'from and to alone'],
      [
        chart({ baseline: { from: '2026-11-01', to: '2026-09-01' }, periods: months }),
        'INCONSISTENT',
        'options.baseline.to',
        'a date after from, 2026-11-01 (the range is from ≤ start < to)',
      ],
      [chart({ baseline: { from: '2026-09-01', to: '2026-11-01' } }), 'WRONG_TYPE', 'options.periods', `${keys}: a baseline { from, to } needs them`],
      [
        chart({ baseline: { from: '2027-01-01', to: '2027-06-01' }, periods: months }),
        'EMPTY',
        'options.baseline',
        'a date range holding the start of at least one period; the series runs from 2026-09 to 2026-11',
      ],
      [chart({ baseline: { points: 2 }, periods: 5 }), 'WRONG_TYPE', 'options.periods', keys],
      [chart({ baseline: { points: 2 }, periods: months.slice(1) }), 'INCONSISTENT', 'options.periods', 'one period key per point: 3'],
      [chart({ baseline: { points: 2 }, periods: ['Q3', '2026-10', '2026-11'] }), 'UNKNOWN_VALUE', 'options.periods[0]', keys],
      [chart({ baseline: { points: 2 }, periods: [9, '2026-10', '2026-11'] }), 'WRONG_TYPE', 'options.periods[0]', keys],
      [
        chart({ baseline: { points: 2 }, periods: ['2026-10', '2026-09', '2026-11'] }),
        'INCONSISTENT',
        'options.periods[1]',
        'a period after 2026-10: one key per point, in time order',
      ],
      [chart({ baseline: { points: 2 }, periods: ['2025-W52', '2025-W53', '2026-W01'] }), 'OUT_OF_RANGE', 'options.periods[1]', 'an ISO week key such as "2026-W48", naming a real week'],
      [chart({ baseline: { points: 2 }, periods: ['2026-11', '2026-12', '2026-13'] }), 'OUT_OF_RANGE', 'options.periods[2]', 'a month key such as "2026-11", naming a real month'],
      [chart({ baseline: { points: 2 }, periods: ['2026-11', '2026-12', '2027-1'] }), 'UNKNOWN_VALUE', 'options.periods[2]', 'a month key such as "2026-11"'],
    ]);
  });

  test('a range needs both ends; an empty series has no first point and no date in range', () => {
    expectErrorTexts('individualsChart', [
      [chart({ baseline: { from: '2026-09-01' }, periods: months }), 'WRONG_TYPE', 'options.baseline.to', 'a day key such as "2026-11-25"'],
      [() => individualsChart([], { baseline: { points: 1 } }), 'OUT_OF_RANGE', 'options.baseline.points', 'at most the 0 points of the series'],
    ]);
    expectErrorTexts('individualsChart', [[chart({ baseline: { to: '2026-11-01' }, periods: months }), 'WRONG_TYPE', 'options.baseline.from', 'a day key such as "2026-11-25"']]);
    // The value received is the caller's: the points asked for, the end before the start.
    expect(expectMetricError(() => individualsChart([], { baseline: { points: 1 } }), { metric: 'individualsChart', code: 'OUT_OF_RANGE' }).received).toBe(1);
    const backwards = chart({ baseline: { from: '2026-11-01', to: '2026-09-01' }, periods: months });
    expect(expectMetricError(backwards, { metric: 'individualsChart', code: 'INCONSISTENT' }).received).toBe('2026-09-01');
    const range = { from: '2026-01-01', to: '2026-02-01' };
    const error = expectMetricError(() => individualsChart([], { baseline: range, periods: [] }), { metric: 'individualsChart', code: 'EMPTY', field: 'options.baseline' });
    expect(error.expected).toBe('a date range holding the start of at least one period; the series has none');
    expect(error.received).toBe('2026-01-01 to 2026-02-01');
  });
});

describe('custom metrics (groupBy)', () => {
  const rows = [{ channel: 'chat' }];
  const group = (metric: Record<string, unknown>) => () =>
    groupBy(rows, { key: (row) => row.channel, value: () => 9, metric: { ...npsMetric(), ...metric } as never });
  const bounds = 'a function returning an object with finite bounds, lower ≤ upper for group "chat"';

  test('a group is named by a string key in quotes, a number key bare, and not at all when there is none', () => {
    const answered = () => groupBy(rows, { key: () => 3, value: () => 9, metric: { ...npsMetric(), answered: () => 1.5 } as never });
    expectErrorTexts('groupBy', [[answered, 'NOT_INTEGER', 'input.metric.answered', 'a function returning a whole number from 0 to 2⁵³ − 1 for group 3']]);
    // compareGroups first summarises no rows, for no group.
    const noGroup = () => compareGroups([], { metric: { ...npsMetric(), summarise: () => 5 } as never, against: 'previous' });
    expectErrorTexts('compareGroups', [[noGroup, 'WRONG_TYPE', 'input.metric.summarise', 'a function returning a summary object']]);
  });

  test('a member that is not a function, or returns what it must not, is named with the group', () => {
    expectErrorTexts('groupBy', [
      [group({ merge: 5 }), 'WRONG_TYPE', 'input.metric.merge', 'a function (build the metric with npsMetric(), csatMetric()…)'],
      [group({ summarise: () => 5 }), 'WRONG_TYPE', 'input.metric.summarise', 'a function returning a summary object for group "chat"'],
      [group({ answered: () => 1.5 }), 'NOT_INTEGER', 'input.metric.answered', 'a function returning a whole number from 0 to 2⁵³ − 1 for group "chat"'],
      [group({ value: () => Number.NaN }), 'NOT_FINITE', 'input.metric.value', 'a function returning a finite number for group "chat"'],
      [group({ interval: () => 5 }), 'WRONG_TYPE', 'input.metric.interval', bounds],
      [group({ interval: () => ({ lower: Number.NaN, upper: 1 }) }), 'NOT_FINITE', 'input.metric.interval', `${bounds} (lower)`],
      [group({ interval: () => ({ lower: 0, upper: Number.NaN }) }), 'NOT_FINITE', 'input.metric.interval', `${bounds} (upper)`],
      [group({ interval: () => ({ lower: 2, upper: 1 }) }), 'INCONSISTENT', 'input.metric.interval', `${bounds} (lower is 2)`],
    ]);
  });
});

describe('rows into groups (groupBy)', () => {
  const nps = npsMetric();
  const recording = () => {
    const chunks: number[] = [];
    const metric = { ...nps, summarise: (values: readonly number[]) => (chunks.push(values.length), nps.summarise(values)) };
    return { chunks, metric };
  };

  test('values are summarised 4,096 at a time, with no empty chunk after a full one', () => {
    for (const [rows, chunks] of [
      [8197, [4096, 4096, 5]],
      [8192, [4096, 4096]],
      [3, [3]],
    ] as const) {
      const spy = recording();
      const [group] = groupBy(Array.from({ length: rows }, () => 9), { key: () => 'all', value: (score) => score, metric: spy.metric });
      expect(spy.chunks).toEqual(chunks);
      expect(group?.summary).toEqual({ promoters: rows, passives: 0, detractors: 0, unanswered: 0 });
    }
  });

  test('rows from a generator are numbered from 0, in the keys and in errors', () => {
    function* scores(): Generator {
      yield* [9, 7, 3, 10, 2];
      yield 11;
    }
    const seen: number[] = [];
    const key = (_row: unknown, index: number) => (seen.push(index), index % 2 === 0 ? 'even' : 'odd');
    expectMetricError(() => groupBy(scores(), { key, value: (score) => score as number, metric: nps }), { metric: 'groupBy', code: 'OUT_OF_RANGE', field: 'scores[5]' });
    expect(seen).toEqual([0, 1, 2, 3, 4, 5]);
  });

  test("an error from a chunk names the row's index in the caller's rows, and only a leading index is renumbered", () => {
    const failing = (field: string) => ({
      ...nps,
      summarise: (values: readonly unknown[]) => {
        if (values.includes('bad')) throw new MetricInputError({ metric: 'custom', field, code: 'WRONG_TYPE', expected: 'a score', received: 'bad' });
        return nps.summarise([]);
      },
    });
    // Group "b" holds rows 1 and 3: its chunk's index 1 is row 3.
    const rows = ['x', 'y', 'x', 'bad'];
    const run = (field: string) => () => groupBy(rows, { key: (_row, index) => (index % 2 === 0 ? 'a' : 'b'), value: (row) => row, metric: failing(field) as never });
    expectMetricError(run('scores[1]'), { metric: 'groupBy', code: 'WRONG_TYPE', field: 'scores[3]' });
    expectMetricError(run('contacts[1].waitSeconds'), { metric: 'groupBy', code: 'WRONG_TYPE', field: 'contacts[3].waitSeconds' });
    // An index the chunk does not have, or a field whose first brackets are not an index, is kept.
    expectMetricError(run('scores[2]'), { metric: 'groupBy', code: 'WRONG_TYPE', field: 'scores[2]' });
    expectMetricError(run('weights[x][1]'), { metric: 'groupBy', code: 'WRONG_TYPE', field: 'weights[x][1]' });
  });

  test("a metric's own error from an empty summary is raised for the function called, with its field", () => {
    const throwing = {
      ...nps,
      summarise: () => {
        throw new MetricInputError({ metric: 'custom', field: 'options.scale', code: 'WRONG_TYPE', expected: 'a scale', received: 1 });
      },
    };
    // compareGroups summarises no rows first, outside any group.
    const error = expectMetricError(() => compareGroups([], { metric: throwing as never, against: 'previous' }), {
      metric: 'compareGroups',
      code: 'WRONG_TYPE',
      field: 'options.scale',
    });
    expect(error.expected).toBe('a scale');
  });

  test('a group with no answers has no value and no interval, whatever the members would return', () => {
    const metric = { ...nps, answered: () => 0, value: () => 42, interval: () => ({ lower: 1, upper: 2 }) };
    const [group] = groupBy([9], { key: () => 'all', value: (score) => score, metric: metric as never });
    expect(group).toMatchObject({ answered: 0, value: null, interval: null, small: true });
  });

  test('answered may be 2⁵³ − 1 but not 2⁵³', () => {
    const run = (answered: number) => groupBy([9], { key: () => 'all', value: (score) => score, metric: { ...nps, answered: () => answered } as never });
    expect(run(Number.MAX_SAFE_INTEGER)[0]?.answered).toBe(Number.MAX_SAFE_INTEGER);
    expectErrorTexts('groupBy', [[() => run(2 ** 53), 'OUT_OF_RANGE', 'input.metric.answered', 'a function returning a whole number from 0 to 2⁵³ − 1 for group "all"']]);
  });

  test('a bigint key past 2⁵³ − 1 is refused with a way to keep it exact', () => {
    const byKey = (key: unknown) => () => groupBy([9], { key: () => key as never, value: (score) => score, metric: nps });
    expectErrorTexts('groupBy', [
      [byKey(2n ** 60n), 'OUT_OF_RANGE', 'keys[0]', 'a string or a finite number (for a bigint id past 2⁵³ − 1, return String(id))'],
      [byKey(null), 'WRONG_TYPE', 'keys[0]', 'a string or a finite number'],
    ]);
  });
});
