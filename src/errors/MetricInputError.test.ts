import { describe, expect, test } from 'vitest';
import { MetricInputError } from './MetricInputError.js';

/** The part of a message that describes the value received. */
function described(received: unknown): string {
  const { message } = new MetricInputError({ metric: 'm', field: 'f', code: 'WRONG_TYPE', expected: 'e', received });
  expect(message.startsWith('m: f must be e; received ')).toBe(true);
  return message.slice('m: f must be e; received '.length);
}

describe('MetricInputError messages', () => {
  test('is an Error named MetricInputError', () => {
    const error = new MetricInputError({ metric: 'm', field: 'f', code: 'EMPTY', expected: 'e', received: 0 });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('MetricInputError');
    expect(String(error)).toBe('MetricInputError: m: f must be e; received 0');
  });

  test('name the type of what was received unless it is a number, and cut long strings', () => {
    const forty = 'x'.repeat(40);
    const cases: [unknown, string][] = [
      ['9', '"9" (a string)'],
      [forty, `"${forty}" (a string)`],
      [`${forty}y`, `"${forty}…" (a string)`],
      [2.5, '2.5'],
      [-0, '-0'],
      [9n, '9n (a bigint)'],
      [true, 'true (a boolean)'],
      [null, 'null'],
      [undefined, 'undefined'],
      [[1, 2, 3], 'an array of length 3'],
      [() => 1, 'a function'],
      [Symbol('s'), 'Symbol(s) (a symbol)'],
      [new RangeError('bad'), 'a RangeError: "bad"'],
      [new Error('z'.repeat(100)), `an Error: "${'z'.repeat(80)}"`],
      [{}, 'an object'],
      [Object.create(null), 'an object'],
      [new Date(0), 'a Date'],
      [new Int8Array(2), 'an Int8Array'],
      [new Map(), 'a Map'],
      // Prototypes without a usable constructor name: none, an empty one, 'Object', not a string.
      [Object.create(Object.create(null) as object), 'an object'],
      [Object.create({ constructor: { name: '' } }), 'an object'],
      [Object.create({}), 'an object'],
      [Object.create({ constructor: { name: 5 } }), 'an object'],
      // A parsed JSON row may have a field named constructor: a plain object is still an object.
      [{ constructor: { name: 'Date' } }, 'an object'],
      [Object.assign(Object.create(null) as object, { constructor: { name: 'Map' } }), 'an object'],
    ];
    for (const [received, text] of cases) expect(described(received)).toBe(text);
  });
});
