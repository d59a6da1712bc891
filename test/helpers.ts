import { expect } from 'vitest';
import { MetricInputError, type MetricInputErrorCode } from '../src/index.js';

/** Freezes a value and everything inside it, so a test fails if a function mutates its input. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Expects `run` to throw a {@link MetricInputError} with the given metric, field and code. */
export function expectMetricError(
  run: () => unknown,
  expected: { metric: string; code: MetricInputErrorCode; field?: string },
): MetricInputError {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'expected a MetricInputError').toBeInstanceOf(MetricInputError);
  const error = thrown as MetricInputError;
  expect(error.metric).toBe(expected.metric);
  expect(error.code).toBe(expected.code);
  if (expected.field !== undefined) expect(error.field).toBe(expected.field);
  expect(error.message.startsWith(`${expected.metric}: `)).toBe(true);
  return error;
}

/** A call that must fail, with the code, field and text of what was expected that its error must carry. */
export type ErrorTextCase = readonly [run: () => unknown, code: MetricInputErrorCode, field: string, expected: string];

/** Expects each call to throw a {@link MetricInputError} of `metric` with that code, field and `expected` text. */
export function expectErrorTexts(metric: string, cases: readonly ErrorTextCase[]): void {
  for (const [run, code, field, expected] of cases) {
    const error = expectMetricError(run, { metric, code, field });
    expect(error.expected, field).toBe(expected);
  }
}

/** Yields the values of an array one by one, so a test can pass a non-array iterable. */
export function* iterate<T>(values: readonly T[]): Generator<T> {
  yield* values;
}

/**
 * Values that are not finite numbers, each with the error code a number check gives it:
 * the inputs every numeric field of the library must reject.
 */
export const NOT_NUMBERS: readonly (readonly [unknown, MetricInputErrorCode])[] = [
  ['7', 'WRONG_TYPE'],
  [true, 'WRONG_TYPE'],
  [{}, 'WRONG_TYPE'],
  [[1], 'WRONG_TYPE'],
  [2n ** 63n, 'OUT_OF_RANGE'],
  [Number.NaN, 'NOT_FINITE'],
  [Number.POSITIVE_INFINITY, 'NOT_FINITE'],
  [Number.NEGATIVE_INFINITY, 'NOT_FINITE'],
];
