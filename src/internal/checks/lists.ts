import { fail } from './validate.js';

/**
 * A list inside a summary or an options object (`counts`, `percentiles`, SERVQUAL `items`), given
 * as any iterable — an array, a typed array (`Float64Array`, `BigInt64Array`), a `Set`, a
 * generator — returned as an array to read by index. A hole in a sparse array is `WRONG_TYPE`
 * naming its index (`summary.counts[1]`): unlike a sample, where a hole reads as "no answer", a
 * list in a summary has no missing entries. Anything else (a string, a plain object) is
 * `WRONG_TYPE` on `field`, with `expected`.
 */
export function readList(metric: string, field: string, value: unknown, expected: string): readonly unknown[] {
  if (Array.isArray(value)) {
    const list = value as readonly unknown[];
    for (let i = 0; i < list.length; i++) {
      if (!(i in list)) fail(metric, `${field}[${String(i)}]`, 'WRONG_TYPE', 'a value (this array has a hole here)', undefined);
    }
    return list;
  }
  if (typeof value === 'object' && value !== null && typeof (value as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function') {
    return Array.from(value as Iterable<unknown>);
  }
  return fail(metric, field, 'WRONG_TYPE', expected, value);
}
