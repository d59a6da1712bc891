/**
 * Behaviour of the input checks that mutation testing (`npm run mutation:shared`) found
 * unchecked: the texts of their errors (`expected` is what the caller reads after "must be"), the
 * edges of their ranges, the −0 they turn into 0, and the fast paths that must agree with the
 * general ones.
 *
 * Equivalent mutants left alive (no test can tell them apart):
 * - a fast path switched off or narrowed (`checkQueueContact`'s `typeof waitSeconds === 'number'
 *   && waitSeconds >= 0 && …` as `false`, `> 0` or `typeof … === ""`): the general path it falls
 *   back to (`checkNonNegative`) returns the same number, −0 as 0 included;
 * - `readRules`' `typeof rule !== 'string'` as `false`: `includes` is false for a non-string;
 * - `amountOrComponents`' `sum >= amount` as `sum > amount`: at equality both branches of
 *   Neumaier's step are the same expression;
 * - `checkScale`'s `typeof number === 'number'` as `true`: `Number.isInteger` is false for
 *   anything but a number, and its `min + 1` as `min - 1`: a whole number at or below `scaleMin`
 *   is already `INCONSISTENT` before that check.
 */
import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../../test/helpers.js';
import type { MetricInputErrorCode } from '../../errors/MetricInputError.js';
import { amountOrComponents } from './componentSum.js';
import { RUN_RULES, readLaney, readRules } from './controlChart.js';
import { checkRetentionCounts, finiteResult } from './customerInputs.js';
import { readGrossMarginInput } from './grossMarginInput.js';
import { MAX_TIME, checkInstant } from './instant.js';
import { checkLabel } from './labels.js';
import { readList } from './lists.js';
import { checkQueueContact } from './queueContact.js';
import { checkSample, forEachValue, splitSampleArguments } from './sample.js';
import { checkScale } from './scale.js';
import { checkShrinkageFraction, headcountAfterShrinkage } from './shrinkageFactor.js';
import {
  checkAmounts,
  checkFinite,
  checkInRange,
  checkNonNegative,
  checkObject,
  checkOptions,
  checkPositive,
  checkRequiredOptions,
  numberIfBigint,
  pickOptions,
} from './validate.js';
import { checkBlocking, checkTraffic, trafficOf } from './workforceInputs.js';

describe('validate', () => {
  test('each check says what it expected', () => {
    const cases: [() => unknown, MetricInputErrorCode, string][] = [
      [() => checkFinite('m', 'f', 'x'), 'WRONG_TYPE', 'a finite number'],
      [() => checkNonNegative('m', 'f', -1), 'NEGATIVE', 'a finite number ≥ 0'],
      [() => checkPositive('m', 'f', -1), 'NEGATIVE', 'a finite number > 0'],
      [() => checkInRange('m', 'f', 5, 0, 1), 'OUT_OF_RANGE', 'a number from 0 to 1'],
      [() => checkObject('m', 'f', []), 'WRONG_TYPE', 'an object'],
      [() => checkAmounts('m', 'input', new Date(0), ['a']), 'WRONG_TYPE', 'a plain object'],
      [() => checkAmounts('m', 'input', { c: 1 }, ['a', 'b']), 'UNKNOWN_VALUE', "a field of input, one of 'a', 'b'"],
      [() => checkOptions('m', new Date(0), ['a']), 'WRONG_TYPE', 'a plain object of options'],
      [() => checkOptions('m', { c: 1 }, ['a', 'b']), 'UNKNOWN_VALUE', "an option key, one of 'a', 'b'"],
      [() => checkOptions('m', { c: 1 }, []), 'UNKNOWN_VALUE', 'an option key, no option'],
      [() => checkRequiredOptions('m', undefined, ['a', 'b']), 'WRONG_TYPE', 'a plain object (keys: a, b)'],
    ];
    for (const [run, code, expected] of cases) expect(expectMetricError(run, { metric: 'm', code }).expected).toBe(expected);
  });

  test('a bigint is read exactly down to −(2⁵³ − 1), and is OUT_OF_RANGE below', () => {
    expect(checkFinite('m', 'f', -(2n ** 53n - 1n))).toBe(-(2 ** 53 - 1));
    const error = expectMetricError(() => checkFinite('m', 'f', -(2n ** 53n)), { metric: 'm', code: 'OUT_OF_RANGE', field: 'f' });
    expect(error.received).toBe(-(2n ** 53n));
  });

  test('numberIfBigint reads a bigint as a number and leaves anything else for the caller', () => {
    expect(numberIfBigint('m', 'f', 5n, 'e')).toBe(5);
    expect(numberIfBigint('m', 'f', '5', 'e')).toBe('5');
    const error = expectMetricError(() => numberIfBigint('m', 'f', 2n ** 53n, 'e'), { metric: 'm', code: 'OUT_OF_RANGE', field: 'f' });
    expect(error.expected).toBe('e');
  });

  test('pickOptions leaves out the keys that are not set', () => {
    expect(pickOptions({ a: 1, c: 3 }, ['a', 'b'])).toStrictEqual({ a: 1 });
  });
});

describe('amounts and components', () => {
  test('Neumaier keeps the bits the larger term drops: 4 + 3·2⁵⁴ + 24 rounds, as the exact sum does, to 3·2⁵⁴ + 32', () => {
    // The exact sum, 3·2⁵⁴ + 28, lies halfway between the doubles 3·2⁵⁴ + 24 and 3·2⁵⁴ + 32
    // (spacing 8); ties go to the even significand, 3·2⁵⁴ + 32. Compensating as if the running
    // sum were always the larger term gives 3·2⁵⁴ + 24.
    expect(amountOrComponents('m', 'f', { a: 4, b: 3 * 2 ** 54, c: 24 }, 'a cost breakdown')).toBe(3 * 2 ** 54 + 32);
  });

  test('an empty breakdown, an overflowing one and a wrong type say what was expected', () => {
    expect(expectMetricError(() => amountOrComponents('m', 'f', {}, 'a cost breakdown'), { metric: 'm', code: 'EMPTY', field: 'f' }).expected).toBe(
      'a cost breakdown with at least one component',
    );
    const overflow = expectMetricError(() => amountOrComponents('m', 'f', { a: 1e308, b: 1e308 }, 'w'), { metric: 'm', code: 'OUT_OF_RANGE', field: 'f' });
    expect(overflow.expected).toBe('components whose sum is a finite number');
    const cost = expectMetricError(() => readGrossMarginInput('m', { revenue: 1, directCost: 'x' }), {
      metric: 'm',
      code: 'WRONG_TYPE',
      field: 'input.directCost',
    });
    expect(cost.expected).toBe('a finite number ≥ 0 or a cost breakdown { name: amount }');
  });
});

describe('control charts', () => {
  test('rules: an unknown set, a wrong type and an unknown rule say what is accepted', () => {
    const sets = "'westernElectric', 'nelson', 'nhs' or a list of rules";
    expect(expectMetricError(() => readRules('m', 'bogus'), { metric: 'm', code: 'UNKNOWN_VALUE', field: 'options.rules' }).expected).toBe(sets);
    expect(expectMetricError(() => readRules('m', 5), { metric: 'm', code: 'WRONG_TYPE', field: 'options.rules' }).expected).toBe(sets);
    for (const rule of ['nope', 5]) {
      const error = expectMetricError(() => readRules('m', [RUN_RULES[0], rule]), { metric: 'm', code: 'UNKNOWN_VALUE', field: 'options.rules[1]' });
      expect(error.expected).toBe(`a run rule: ${RUN_RULES.join(', ')}`);
      expect(error.received).toBe(rule);
    }
  });

  test('laney: true or false, and no sigmaZ without it', () => {
    const fixed = { kind: 'fixed', values: { sigmaZ: 1.2 } } as const;
    expect(readLaney('m', { laney: true }, fixed)).toBe(true);
    const wrong = expectMetricError(() => readLaney('m', { laney: 'yes' }, fixed), { metric: 'm', code: 'WRONG_TYPE', field: 'options.laney' });
    expect([wrong.expected, wrong.received]).toEqual(['true or false', 'yes']);
    const error = expectMetricError(() => readLaney('m', {}, fixed), { metric: 'm', code: 'UNKNOWN_VALUE', field: 'options.baseline.sigmaZ' });
    expect([error.expected, error.received]).toEqual(['no sigmaZ without laney: true', 'sigmaZ']);
  });
});

describe('customer inputs', () => {
  test('the texts of retention counts that cannot be, and of an overflowing result', () => {
    const read = (counts: Readonly<Record<string, unknown>>) => () => checkRetentionCounts('m', 'input', counts);
    expect(expectMetricError(read({ customersAtStart: 0, customersAtEnd: 0, newCustomers: 0 }), { metric: 'm', code: 'EMPTY', field: 'input.customersAtStart' }).expected).toBe(
      'at least 1 (no customers at the start of the period)',
    );
    expect(expectMetricError(read({ customersAtStart: 10, customersAtEnd: 13, newCustomers: 2 }), { metric: 'm', code: 'INCONSISTENT', field: 'input.customersAtEnd' }).expected).toBe(
      'at most customersAtStart + newCustomers (10 + 2): more customers remain than were there at the start',
    );
    expect(expectMetricError(() => finiteResult('m', Infinity, {}), { metric: 'm', code: 'OUT_OF_RANGE', field: 'input' }).expected).toBe(
      'values whose result is a finite number (the result overflows)',
    );
  });
});

describe('workforce inputs', () => {
  test('a workload of exactly 10⁸ Erlangs is accepted; above, the text says the limit', () => {
    expect(trafficOf('m', 'f', 1e8, 1, 1)).toBe(1e8);
    expect(expectMetricError(() => trafficOf('m', 'f', 1e8 + 2, 1, 1), { metric: 'm', code: 'OUT_OF_RANGE', field: 'f' }).expected).toBe(
      'a workload of at most 10⁸ Erlangs (contacts × averageHandleSeconds / intervalSeconds)',
    );
    expect(expectMetricError(() => checkTraffic('m', 'f', -1), { metric: 'm', code: 'NEGATIVE' }).expected).toBe('a number of Erlangs from 0 to 10⁸');
    expect(expectMetricError(() => checkBlocking('m', 'f', 1), { metric: 'm', code: 'OUT_OF_RANGE' }).expected).toBe('a probability strictly between 0 and 1');
  });

  test('shrinkage of 1 is OUT_OF_RANGE with its text; no agents need no headcount', () => {
    expect(expectMetricError(() => checkShrinkageFraction('m', 'f', 1), { metric: 'm', code: 'OUT_OF_RANGE' }).expected).toBe('a fraction from 0 to below 1');
    expect(headcountAfterShrinkage(0, 0.3)).toBe(0);
    expect(headcountAfterShrinkage(21, 0.3)).toBe(30);
  });
});

describe('instants, labels, lists, contacts and samples', () => {
  test('an instant: its texts, the edge of the range of Date, and −0 read as 0', () => {
    expect(expectMetricError(() => checkInstant('m', 'f', '2026-01-01'), { metric: 'm', code: 'WRONG_TYPE' }).expected).toBe(
      'a valid Date or epoch milliseconds (a finite number); parse strings first',
    );
    expect(checkInstant('m', 'f', -MAX_TIME)).toBe(-8.64e15);
    expect(expectMetricError(() => checkInstant('m', 'f', MAX_TIME + 1), { metric: 'm', code: 'OUT_OF_RANGE' }).expected).toBe(
      'epoch milliseconds within ±8.64e15 (the range of Date)',
    );
    expect(Object.is(checkInstant('m', 'f', -0), 0)).toBe(true);
  });

  test('a label: the texts of a wrong type and of a blank', () => {
    expect(expectMetricError(() => checkLabel('m', 'f', 5, 'a channel'), { metric: 'm', code: 'WRONG_TYPE' }).expected).toBe('a channel: a non-empty string, or null for none');
    expect(expectMetricError(() => checkLabel('m', 'f', '', 'a channel'), { metric: 'm', code: 'OUT_OF_RANGE' }).expected).toBe('a channel: a non-empty string, or null for none');
  });

  test('a list: an array is read as it is (not copied), and a hole is named with its text', () => {
    const list = [1, 2];
    expect(readList('m', 'f', list, 'e')).toBe(list);
    // eslint-disable-next-line no-sparse-arrays
    const error = expectMetricError(() => readList('m', 'f', [1, , 3], 'e'), { metric: 'm', code: 'WRONG_TYPE', field: 'f[1]' });
    expect(error.expected).toBe('a value (this array has a hole here)');
  });

  test('a contact: the text of a wrong type, and a wait of −0 read as 0', () => {
    expect(expectMetricError(() => checkQueueContact('m', 'contacts', 2, null), { metric: 'm', code: 'WRONG_TYPE', field: 'contacts[2]' }).expected).toBe(
      'a queue contact { waitSeconds, outcome }',
    );
    expect(Object.is(checkQueueContact('m', 'contacts', 0, { waitSeconds: -0, outcome: 'answered' }).waitSeconds, 0)).toBe(true);
  });

  test('a sample: the texts of a bad accessor and of a value that does not iterate', () => {
    expect(expectMetricError(() => splitSampleArguments('m', 5, {}, 'score'), { metric: 'm', code: 'WRONG_TYPE', field: 'score' }).expected).toBe(
      'a function (row, index) => value',
    );
    expect(expectMetricError(() => checkSample('m', 'scores', 5), { metric: 'm', code: 'WRONG_TYPE', field: 'scores' }).expected).toBe(
      'an iterable (an array, a Set, a generator…)',
    );
  });

  test('an array is read by index, as documented, even when its iterator is replaced', () => {
    const values = Object.assign([1, 2], {
      *[Symbol.iterator]() {
        yield 9;
      },
    });
    const seen: unknown[] = [];
    forEachValue('m', 'values', values, undefined, (value) => seen.push(value));
    expect(seen).toEqual([1, 2]);
  });
});

describe('scales', () => {
  test('scaleMax at or below scaleMin is INCONSISTENT, a bigint too, with the range in the text', () => {
    for (const scaleMax of [1, 0, 1n]) {
      const error = expectMetricError(() => checkScale('m', 'options', 1, scaleMax), { metric: 'm', code: 'INCONSISTENT', field: 'options.scaleMax' });
      expect(error.expected).toBe('an integer from 2 to 101 (above scaleMin, at most 100 steps)');
      expect(error.received).toBe(scaleMax);
    }
    expect(checkScale('m', 'options', 1, 5n)).toEqual({ scaleMin: 1, scaleMax: 5 });
  });

  test('a fraction is NOT_INTEGER, whichever side of scaleMin it is', () => {
    expectMetricError(() => checkScale('m', 'options', 2, 1.5), { metric: 'm', code: 'NOT_INTEGER', field: 'options.scaleMax' });
  });
});
