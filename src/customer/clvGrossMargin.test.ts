import { describe, expect, test } from 'vitest';
import { deepFreeze, expectMetricError, NOT_NUMBERS } from '../../test/helpers.js';
import { clvGrossMargin, type ClvGrossMarginInput } from '../index.js';

describe('clvGrossMargin', () => {
  test('is total gross margin ÷ customers', () => {
    // By hand: 1 250 000 / 5000 = 250; −900 / 12 = −75; 10 / 4 = 2.5; 1 / 3 not rounded.
    expect(clvGrossMargin({ grossMargin: 1_250_000, customers: 5000 })).toBe(250);
    expect(clvGrossMargin({ grossMargin: -900, customers: 12 })).toBe(-75);
    expect(clvGrossMargin({ grossMargin: 10, customers: 4 })).toBe(2.5);
    expect(clvGrossMargin({ grossMargin: 1, customers: 3 })).toBe(1 / 3);
  });

  test('zero margin is 0, never −0', () => {
    expect(Object.is(clvGrossMargin({ grossMargin: 0, customers: 3 }), 0)).toBe(true);
    expect(Object.is(clvGrossMargin({ grossMargin: -0, customers: 3 }), 0)).toBe(true);
  });

  test('does not mutate its input', () => {
    expect(clvGrossMargin(deepFreeze({ grossMargin: 30, customers: 3 }))).toBe(10);
  });

  test('rejects zero customers as EMPTY', () => {
    expectMetricError(() => clvGrossMargin({ grossMargin: 100, customers: 0 }), {
      metric: 'clvGrossMargin',
      code: 'EMPTY',
      field: 'input.customers',
    });
  });

  test.each([[-1, 'NEGATIVE'], [2.5, 'NOT_INTEGER'], [undefined, 'WRONG_TYPE'], ...NOT_NUMBERS] as const)(
    'rejects customers = %o with %s',
    (bad, code) => {
      const input = { grossMargin: 100, customers: bad } as unknown as ClvGrossMarginInput;
      expectMetricError(() => clvGrossMargin(input), { metric: 'clvGrossMargin', code, field: 'input.customers' });
    },
  );

  test.each([[undefined, 'WRONG_TYPE'], [null, 'WRONG_TYPE'], ...NOT_NUMBERS] as const)('rejects grossMargin = %o with %s', (bad, code) => {
    const input = { grossMargin: bad, customers: 10 } as unknown as ClvGrossMarginInput;
    expectMetricError(() => clvGrossMargin(input), { metric: 'clvGrossMargin', code, field: 'input.grossMargin' });
  });

  test('rejects what is not an object', () => {
    // (The result cannot overflow: |grossMargin| / customers ≤ |grossMargin| for customers ≥ 1.)
    for (const bad of [undefined, null, 250, [1, 2]]) {
      expectMetricError(() => clvGrossMargin(bad as unknown as ClvGrossMarginInput), {
        metric: 'clvGrossMargin',
        code: 'WRONG_TYPE',
        field: 'input',
      });
    }
  });
});
