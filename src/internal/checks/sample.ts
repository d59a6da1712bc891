import type { Accessor } from '../../types.js';
import { fail } from './validate.js';

/** Whether a sample value means "no answer": `null` or `undefined`. */
export function isMissing(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

/**
 * Splits the `(values, valueof?, options?)` arguments of a sample metric: the second argument is
 * the accessor when it is a function, else the options. A non-function followed by options is
 * `WRONG_TYPE` on `accessor`, the accessor's parameter name in the signature (`score`).
 */
export function splitSampleArguments(
  metric: string,
  second: unknown,
  third: unknown,
  accessor: string,
): { valueof: Accessor<unknown, unknown> | undefined; options: unknown } {
  if (typeof second === 'function') return { valueof: second as Accessor<unknown, unknown>, options: third };
  if (third !== undefined) fail(metric, accessor, 'WRONG_TYPE', 'a function (row, index) => value', second);
  return { valueof: undefined, options: second };
}

/** Rejects a sample that cannot be iterated (and a string, which iterates by character). */
export function checkSample(metric: string, field: string, values: unknown): Iterable<unknown> {
  if (
    typeof values !== 'object' ||
    values === null ||
    typeof (values as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function'
  ) {
    fail(metric, field, 'WRONG_TYPE', 'an iterable (an array, a Set, a generator…)', values);
  }
  return values as Iterable<unknown>;
}

/**
 * Calls `visit` with each value of a sample, read through `valueof` when given, in order and
 * exactly once. Arrays are read by index (fast path); any other iterable is iterated once.
 */
export function forEachValue(
  metric: string,
  field: string,
  values: unknown,
  valueof: Accessor<unknown, unknown> | undefined,
  visit: (value: unknown, index: number) => void,
): void {
  const sample = checkSample(metric, field, values);
  if (Array.isArray(sample)) {
    const n = sample.length;
    if (valueof === undefined) {
      for (let i = 0; i < n; i++) visit(sample[i], i);
    } else {
      for (let i = 0; i < n; i++) visit(valueof(sample[i], i), i);
    }
    return;
  }
  let index = 0;
  for (const row of sample) {
    visit(valueof === undefined ? row : valueof(row, index), index);
    index++;
  }
}
