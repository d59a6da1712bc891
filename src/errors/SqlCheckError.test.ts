import { describe, expect, test } from 'vitest';
import { MetricInputError } from './MetricInputError.js';
import { SqlCheckError } from './SqlCheckError.js';

const base = { metric: 'npsSummarySql', field: 'column "score"', code: 'OUT_OF_RANGE', expected: 'an integer from 0 to 10', received: 11 } as const;

describe('SqlCheckError', () => {
  test('adds the bad rows and the most frequent bad values to the message', () => {
    const examples = [
      { value: 11, rows: 2 },
      { value: 'n/a', rows: 1 },
    ];
    const error = new SqlCheckError({ ...base, column: 'score', badRows: 3, examples });
    expect(error).toBeInstanceOf(MetricInputError);
    expect(error.message).toBe('npsSummarySql: column "score" must be an integer from 0 to 10; received 11 (3 rows with bad values: 11 in 2 rows, "n/a" in 1 row)');
    expect(error).toMatchObject({ column: 'score', badRows: 3, examples, code: 'OUT_OF_RANGE', field: 'column "score"', received: 11 });
  });

  test('lists only the values whose row count is known, and no list when none is', () => {
    const one = new SqlCheckError({ ...base, column: 'score', badRows: 1, examples: [{ value: 11, rows: null }] });
    expect(one.message).toBe('npsSummarySql: column "score" must be an integer from 0 to 10; received 11 (1 row with bad values)');
    const mixed = new SqlCheckError({
      ...base,
      column: 'score',
      badRows: 5,
      examples: [
        { value: 12, rows: null },
        { value: 7.5, rows: 4 },
      ],
    });
    expect(mixed.message).toBe('npsSummarySql: column "score" must be an integer from 0 to 10; received 11 (5 rows with bad values: 7.5 in 4 rows)');
  });
});
