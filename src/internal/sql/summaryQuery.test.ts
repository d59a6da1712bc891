import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../../test/helpers.js';
import { meanSummarySql, readSummaries } from '../../sql/index.js';
import { readCount, readReal } from './summaryQuery.js';

// Each driver sends numbers its own way: node-postgres `numeric` and `int8` as decimal strings
// ('-3.50', '1e3', 'NaN'), DuckDB BIGINT as bigint, doubles as numbers.
describe('reading a driver value', () => {
  test('a real: a number, a bigint, a decimal string or the special strings; −0 is 0; NULL is null', () => {
    const cases: [unknown, number | null][] = [
      [2.5, 2.5],
      [7n, 7],
      ['-3.50', -3.5],
      [' 1e3 ', 1000],
      ['.5', 0.5],
      ['NaN', Number.NaN],
      ['Infinity', Number.POSITIVE_INFINITY],
      ['-Infinity', Number.NEGATIVE_INFINITY],
      [null, null],
      [undefined, null],
    ];
    for (const [value, expected] of cases) expect(readReal('m', 's_x', value)).toBe(expected);
    for (const zero of [-0, '-0', '-0.0']) expect(Object.is(readReal('m', 's_x', zero), 0)).toBe(true);
    for (const bad of ['3,5', 'abc', '', true, {}, [1]]) expectMetricError(() => readReal('m', 's_x', bad), { metric: 'm', field: 's_x', code: 'WRONG_TYPE' });
    expectMetricError(() => readReal('m', 's_x', 2n ** 63n), { metric: 'm', field: 's_x', code: 'OUT_OF_RANGE' });
  });

  test('a count: a whole number ≥ 0 as a number, a bigint or a string of digits; NULL is 0', () => {
    expect([3, 3n, '3', ' 12 ', null, undefined].map((value) => readCount('m', 's_n', value))).toStrictEqual([3, 3, 3, 12, 0, 0]);
    expectMetricError(() => readCount('m', 's_n', -1n), { metric: 'm', field: 's_n', code: 'NEGATIVE' });
    expectMetricError(() => readCount('m', 's_n', '-2'), { metric: 'm', field: 's_n', code: 'NEGATIVE' });
    expectMetricError(() => readCount('m', 's_n', 2.5), { metric: 'm', field: 's_n', code: 'NOT_INTEGER' });
    expectMetricError(() => readCount('m', 's_n', Number.POSITIVE_INFINITY), { metric: 'm', field: 's_n', code: 'NOT_FINITE' });
    expectMetricError(() => readCount('m', 's_n', 2 ** 53), { metric: 'm', field: 's_n', code: 'OUT_OF_RANGE' });
    expectMetricError(() => readCount('m', 's_n', 'x'), { metric: 'm', field: 's_n', code: 'WRONG_TYPE' });
  });
});

describe('reading group keys', () => {
  const query = meanSummarySql({ dialect: 'duckdb', from: 't', value: 'v', groupBy: ['queue'] });
  const row = (key: unknown) => ({ g0: key, s_count: 1n, s_mean: 5, s_spread: 0, s_rows: 1n, bad_value: 0n });

  test('a bigint within 2⁵³ is a number, beyond it its digits; a Date its ISO instant; scalars as sent', () => {
    const keys = readSummaries(query, [row(42n), row(2n ** 60n), row(new Date(Date.UTC(2026, 10, 2))), row('chat'), row(3), row(true), row(null)]).map((found) => found.groups['queue']);
    expect(keys).toStrictEqual([42, '1152921504606846976', '2026-11-02T00:00:00.000Z', 'chat', 3, true, null]);
  });

  test('a list or another object is WRONG_TYPE, naming the row and column', () => {
    for (const bad of [[1, 2], { a: 1 }]) {
      expectMetricError(() => readSummaries(query, [row('chat'), row(bad)]), { metric: 'readSummaries', field: 'rows[1].g0', code: 'WRONG_TYPE' });
    }
  });
});
