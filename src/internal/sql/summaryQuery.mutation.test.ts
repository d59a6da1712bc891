/**
 * The texts of the errors raised while building a summary query and reading its rows (the
 * source table or query, group columns, the portable dialect, result rows, group keys, period
 * keys, the runner), which no test read: a caller reads the message, so a changed or emptied
 * text must fail a test. No engine is needed: the rows are the ones a driver would return.
 *
 * Equivalent: in `SqlWriter.periodKey`, the zone 'UTC' of DuckDB's fast path as '' (every zone then goes through
 * `timezone()`, which gives UTC the same keys, only slower).
 */
import { describe, expect, test } from 'vitest';
import { expectErrorTexts, expectMetricError } from '../../../test/helpers.js';
import { MetricInputError } from '../../errors/MetricInputError.js';
import { npsSummarySql, querySummaries, readSummaries } from '../../sql/index.js';
import { SqlWriter } from './sqlText.js';

const valid = { dialect: 'duckdb', from: 'answers', score: 'score' } as const;
const counts = { s_promoters: 5n, s_passives: 3n, s_detractors: 2n, s_answered: 10n, s_rows: 10n };

describe('building a query', () => {
  const build = (input: Record<string, unknown>) => () => npsSummarySql({ ...valid, ...input });

  test('a bad source, group list or period says what it must be', () => {
    expectErrorTexts('npsSummarySql', [
      [build({ from: [] }), 'EMPTY', 'input.from', 'a table name or its parts'],
      [build({ from: 5 }), 'WRONG_TYPE', 'input.from', 'a table name, its parts, or { query, values? }'],
      [build({ from: { query: 5 } }), 'WRONG_TYPE', 'input.from.query', 'the SQL text of a query'],
      [build({ from: { query: '  ' } }), 'EMPTY', 'input.from.query', 'the SQL text of a query'],
      [build({ from: { query: 'SELECT 1', values: 5 } }), 'WRONG_TYPE', 'input.from.values', 'an array of parameter values'],
      [build({ groupBy: 'channel' }), 'WRONG_TYPE', 'input.groupBy', 'an array of column names'],
      [
        build({ dialect: 'portable', period: { column: 'at', unit: 'day' } }),
        'INCONSISTENT',
        'input.period',
        'absent in the portable dialect (bucket time in your own query)',
      ],
    ]);
  });

  test('the portable writer has no period key of its own either', () => {
    const writer = new SqlWriter('portable', '"', []);
    const error = expectMetricError(() => writer.periodKey('m', '"at"', 'day', 'UTC', 'instant'), { metric: 'm', code: 'INCONSISTENT', field: 'input.period' });
    expect([error.expected, error.received]).toEqual(['absent in the portable dialect (bucket time in your own query)', 'day']);
  });
});

describe('reading rows', () => {
  const query = npsSummarySql(valid);
  const grouped = npsSummarySql({ ...valid, groupBy: ['channel'] });
  const byDay = npsSummarySql({ ...valid, period: { column: 'at', unit: 'day' } });

  test('bad rows, keys or checks say what they must be', () => {
    expectErrorTexts('readSummaries', [
      [() => readSummaries({} as typeof query, []), 'WRONG_TYPE', 'query', 'a query built by an xSummarySql function, such as npsSummarySql'],
      [() => readSummaries(query, 5 as never), 'WRONG_TYPE', 'rows', 'result rows: objects keyed by column name'],
      [() => readSummaries(query, [5 as never]), 'WRONG_TYPE', 'rows[0]', 'a row object keyed by column name'],
      [() => readSummaries(query, [counts], 5 as never), 'WRONG_TYPE', 'checks', 'an object of check rows by field'],
      [() => readSummaries(grouped, [{ ...counts, g0: {} }]), 'WRONG_TYPE', 'rows[0].g0', 'a group key: a string, number, bigint, boolean, Date or NULL'],
      [() => readSummaries(byDay, [{ ...counts, period: 5 }]), 'WRONG_TYPE', 'rows[0].period', 'a period key (a string)'],
      [
        () => readSummaries(grouped, [{ ...counts, g0: 'chat' }, { ...counts, g0: 'chat' }]),
        'INCONSISTENT',
        'rows[1]',
        'one row per group (the rows of the query as it was built)',
      ],
    ]);
  });

  test('a runner that is not a function says what it must be', async () => {
    const error: unknown = await querySummaries(query, 5 as never).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(MetricInputError);
    const { metric, code, field, expected } = error as MetricInputError;
    expect({ metric, code, field, expected }).toEqual({ metric: 'querySummaries', code: 'WRONG_TYPE', field: 'run', expected: 'a function (text, values) => Promise<rows>' });
  });
});
