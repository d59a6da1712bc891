import { describe, expect, test } from 'vitest';
import { deepFreeze, expectMetricError, iterate } from '../../test/helpers.js';
import { csatMetric, meanMetric, npsMetric, periodSeries, type Period, type Timestamp } from '../index.js';

interface Row {
  readonly at: Timestamp;
  readonly score: number | null;
}

function series(rows: readonly Row[], period: Period, timeZone?: string): [string, number | null, number][] {
  return periodSeries(rows, {
    time: (row) => row.at,
    period,
    value: (row) => row.score,
    metric: npsMetric(),
    ...(timeZone === undefined ? {} : { timeZone }),
  }).map((entry) => [entry.key, entry.value, entry.answered]);
}

describe('periodSeries', () => {
  test('days in London across both 2026 clock changes', () => {
    // GNU date 9.1 (TZ=Europe/London): 2026-03-28T23:30Z → 23:30 GMT on 28 March;
    // 2026-03-29T23:30Z → 00:30 BST on 30 March; 2026-10-24T23:30Z → 00:30 BST on 25 October;
    // 2026-10-25T23:30Z → 23:30 GMT on 25 October.
    const rows: Row[] = [
      { at: '2026-03-28T23:30:00Z', score: 10 },
      { at: '2026-03-29T23:30:00Z', score: 0 },
      { at: '2026-10-24T23:30:00Z', score: 9 },
      { at: '2026-10-25T23:30:00Z', score: 3 },
    ];
    const london = series(rows, 'day', 'Europe/London').filter(([, , answered]) => answered > 0);
    expect(london).toEqual([
      ['2026-03-28', 100, 1],
      ['2026-03-30', -100, 1],
      ['2026-10-25', 0, 2],
    ]);
    // In UTC, the same rows fall on their UTC dates.
    expect(series(rows, 'day').filter(([, , answered]) => answered > 0).map(([key]) => key)).toEqual([
      '2026-03-28',
      '2026-03-29',
      '2026-10-24',
      '2026-10-25',
    ]);
  });

  test('days in New York across both 2026 clock changes', () => {
    // GNU date 9.1 (TZ=America/New_York): 2026-03-08T04:30Z → 23:30 EST on 7 March;
    // 2026-03-09T03:30Z → 23:30 EDT on 8 March; 2026-03-09T04:30Z → 00:30 EDT on 9 March;
    // 2026-11-01T04:30Z → 00:30 EDT on 1 November; 2026-11-02T04:30Z → 23:30 EST on 1 November;
    // 2026-11-02T05:30Z → 00:30 EST on 2 November. The clocks change at 2026-03-08T07:00Z and
    // 2026-11-01T06:00Z; the rows at 06:59:59Z and 07:00Z are both on 8 March.
    const rows: Row[] = [
      { at: Date.UTC(2026, 2, 8, 4, 30), score: 10 },
      { at: Date.UTC(2026, 2, 8, 6, 59, 59), score: 10 },
      { at: Date.UTC(2026, 2, 8, 7, 0, 0), score: 0 },
      { at: Date.UTC(2026, 2, 9, 3, 30), score: 0 },
      { at: Date.UTC(2026, 2, 9, 4, 30), score: 9 },
      { at: new Date(Date.UTC(2026, 10, 1, 4, 30)), score: 9 },
      { at: new Date(Date.UTC(2026, 10, 2, 4, 30)), score: 8 },
      { at: new Date(Date.UTC(2026, 10, 2, 5, 30)), score: 2 },
    ];
    const newYork = series(rows, 'day', 'America/New_York').filter(([, , answered]) => answered > 0);
    expect(newYork).toEqual([
      ['2026-03-07', 100, 1],
      ['2026-03-08', -100 / 3, 3],
      ['2026-03-09', 100, 1],
      ['2026-11-01', 50, 2],
      ['2026-11-02', -100, 1],
    ]);
  });

  test('ISO weeks across the new year, and the week-year in the key', () => {
    // GNU date / Python isocalendar: 2026-12-28 Mon 2026-W53, 2027-01-03 Sun 2026-W53,
    // 2027-01-04 Mon 2027-W01. 2027-01-03T23:30Z is Monday 00:30 CET in Paris: 2027-W01.
    const rows: Row[] = [
      { at: '2026-12-28', score: 10 },
      { at: '2027-01-01T12:00:00Z', score: 10 },
      { at: '2027-01-03T23:30:00Z', score: 0 },
      { at: '2027-01-04T08:00:00+01:00', score: 0 },
    ];
    expect(series(rows, 'week')).toEqual([
      ['2026-W53', 100 / 3, 3],
      ['2027-W01', -100, 1],
    ]);
    expect(series(rows, 'week', 'Europe/Paris')).toEqual([
      ['2026-W53', 100, 2],
      ['2027-W01', -100, 2],
    ]);
  });

  test('gaps are filled by default, each with its own empty summary', () => {
    const rows: Row[] = [
      { at: '2026-11-15', score: 10 },
      { at: '2027-02-01', score: 5 },
    ];
    const input = { time: (row: Row) => row.at, period: 'month' as const, value: (row: Row) => row.score, metric: npsMetric() };
    const filled = periodSeries(rows, input);
    expect(filled.map((month) => [month.key, month.value, month.interval === null, month.small])).toEqual([
      ['2026-11', 100, false, true],
      ['2026-12', null, true, true],
      ['2027-01', null, true, true],
      ['2027-02', -100, false, true],
    ]);
    expect(filled[1]?.summary).toEqual({ promoters: 0, passives: 0, detractors: 0, unanswered: 0 });
    expect(filled[1]?.summary).not.toBe(filled[2]?.summary);
    expect(periodSeries(rows, { ...input, fillGaps: false }).map((month) => month.key)).toEqual(['2026-11', '2027-02']);
    expect(periodSeries([], input)).toEqual([]);
  });

  test('a calendar date falls on that day in every zone', () => {
    const rows: Row[] = [{ at: '2026-11-25', score: 9 }];
    for (const timeZone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      expect(series(rows, 'day', timeZone).map(([key]) => key)).toEqual(['2026-11-25']);
    }
  });

  test('reads time then value once per row, in order; any iterable; no mutation', () => {
    const rows = deepFreeze([
      { at: '2026-11-25T10:00:00Z', score: 4 },
      { at: '2026-11-24T10:00:00Z', score: 5 },
    ]);
    const calls: string[] = [];
    const input = {
      time: (row: (typeof rows)[number], index: number) => {
        calls.push(`time ${String(index)}`);
        return row.at;
      },
      period: 'day' as const,
      value: (row: (typeof rows)[number], index: number) => {
        calls.push(`value ${String(index)}`);
        return row.score;
      },
      metric: csatMetric(),
    };
    const fromArray = periodSeries(rows, input);
    expect(calls).toEqual(['time 0', 'value 0', 'time 1', 'value 1']);
    expect(periodSeries(iterate(rows), input)).toStrictEqual(fromArray);
    expect(fromArray.map((day) => [day.key, day.summary.counts])).toEqual([
      ['2026-11-24', [0, 0, 0, 0, 1]],
      ['2026-11-25', [0, 0, 0, 1, 0]],
    ]);
  });

  describe('errors', () => {
    const metric = 'periodSeries';
    const input = { time: (row: { at: unknown }) => row.at as Timestamp, period: 'day' as const, value: () => 9, get metric() { return npsMetric(); } }; // built in each test (a getter), not while vitest collects them
    const at = (time: unknown): { at: unknown }[] => [{ at: '2026-11-25' }, { at: time }];

    test('a bad time names its row', () => {
      const cases: [unknown, string][] = [
        ['2026-11-25T10:00:00', 'UNKNOWN_VALUE'], // no offset
        ['25/11/2026', 'UNKNOWN_VALUE'],
        ['2026-11-31', 'OUT_OF_RANGE'],
        ['2026-11-25T25:00:00Z', 'OUT_OF_RANGE'],
        [new Date(''), 'NOT_FINITE'],
        [Number.NaN, 'NOT_FINITE'],
        [Number.POSITIVE_INFINITY, 'NOT_FINITE'],
        [1e16, 'OUT_OF_RANGE'],
        [Date.UTC(-1, 0, 1), 'OUT_OF_RANGE'],
        [null, 'WRONG_TYPE'],
        [undefined, 'WRONG_TYPE'],
        [true, 'WRONG_TYPE'],
        [{ date: '2026-11-25' }, 'WRONG_TYPE'],
        [10n, 'WRONG_TYPE'],
      ];
      for (const [time, code] of cases) {
        expectMetricError(() => periodSeries(at(time), input), { metric, field: 'times[1]', code: code as never });
      }
    });

    test('a bad value names its row', () => {
      const rows = [
        { at: '2026-11-25', score: 3 },
        { at: '2026-11-26', score: 3 },
        { at: '2026-11-25', score: Number.NaN },
      ];
      expectMetricError(() => periodSeries(rows, { ...input, time: (row) => row.at, value: (row) => row.score, metric: meanMetric() }), {
        metric,
        field: 'values[2]',
        code: 'NOT_FINITE',
      });
    });

    test('bad input', () => {
      expectMetricError(() => periodSeries(at(0), { ...input, timeZone: 'Europe/Londres' }), {
        metric,
        field: 'input.timeZone',
        code: 'UNKNOWN_VALUE',
      });
      expectMetricError(() => periodSeries(at(0), { ...input, timeZone: 0 as never }), { metric, field: 'input.timeZone', code: 'WRONG_TYPE' });
      expectMetricError(() => periodSeries(at(0), { ...input, period: 'quarter' as never }), {
        metric,
        field: 'input.period',
        code: 'UNKNOWN_VALUE',
      });
      expectMetricError(() => periodSeries(at(0), { ...input, period: undefined as never }), { metric, field: 'input.period', code: 'WRONG_TYPE' });
      expectMetricError(() => periodSeries(at(0), { ...input, fillGaps: 'yes' as never }), { metric, field: 'input.fillGaps', code: 'WRONG_TYPE' });
      // Only an absent option takes its default: null is a wrong value, not "unset".
      expectMetricError(() => periodSeries(at(0), { ...input, fillGaps: null as never }), { metric, field: 'input.fillGaps', code: 'WRONG_TYPE' });
      expectMetricError(() => periodSeries(at(0), { ...input, time: undefined as never }), { metric, field: 'input.time', code: 'WRONG_TYPE' });
      expectMetricError(() => periodSeries(at(0), { ...input, minimumAnswers: -3 }), { metric, field: 'input.minimumAnswers', code: 'NEGATIVE' });
      expectMetricError(() => periodSeries(at(0), undefined as never), { metric, field: 'input', code: 'WRONG_TYPE' });
    });
  });
});
