import { MetricInputError, type MetricInputErrorCode } from '../../errors/MetricInputError.js';

/** Throws a {@link MetricInputError}. The message reads "`metric`: `field` must be `expected`; received …". */
export function fail(
  metric: string,
  field: string,
  code: MetricInputErrorCode,
  expected: string,
  received: unknown,
): never {
  throw new MetricInputError({ metric, field, code, expected, received });
}

/**
 * Rejects anything that is not a finite number, with `WRONG_TYPE` or `NOT_FINITE`. A bigint
 * (a DuckDB or Arrow Int64 column) is read as the number it equals, exactly, when within
 * ±(2⁵³ − 1); beyond, it is `OUT_OF_RANGE`. `-0` is read as `0`, so no result turns into `-0`.
 */
export function checkFinite(metric: string, field: string, value: unknown, expected = 'a finite number'): number {
  if (typeof value === 'bigint') return bigintToNumber(metric, field, value, expected);
  if (typeof value !== 'number') fail(metric, field, 'WRONG_TYPE', expected, value);
  if (!Number.isFinite(value)) fail(metric, field, 'NOT_FINITE', expected, value);
  return value === 0 ? 0 : value;
}

const MAX_SAFE_BIGINT = BigInt(Number.MAX_SAFE_INTEGER);

/** A bigint within ±(2⁵³ − 1) as the number it equals (exact); beyond, `OUT_OF_RANGE` on `field`. */
export function bigintToNumber(metric: string, field: string, value: bigint, expected: string): number {
  if (value > MAX_SAFE_BIGINT || value < -MAX_SAFE_BIGINT) fail(metric, field, 'OUT_OF_RANGE', expected, value);
  return Number(value);
}

/**
 * A sample value as a number when it is a bigint within ±(2⁵³ − 1) (else `OUT_OF_RANGE` on
 * `field`); any other value unchanged, for the caller's own checks.
 */
export function numberIfBigint(metric: string, field: string, value: unknown, expected: string): unknown {
  return typeof value === 'bigint' ? bigintToNumber(metric, field, value, expected) : value;
}

/** A finite number ≥ 0: a duration, an amount of money, a time total. */
export function checkNonNegative(metric: string, field: string, value: unknown): number {
  const expected = 'a finite number ≥ 0';
  const number = checkFinite(metric, field, value, expected);
  if (number < 0) fail(metric, field, 'NEGATIVE', expected, value);
  return number;
}

/** A finite number > 0. Zero is `EMPTY` when `zeroIsEmpty` (a denominator with nothing in it), else `OUT_OF_RANGE`. */
export function checkPositive(metric: string, field: string, value: unknown, zeroIsEmpty = false): number {
  const expected = 'a finite number > 0';
  const number = checkFinite(metric, field, value, expected);
  if (number < 0) fail(metric, field, 'NEGATIVE', expected, value);
  if (number === 0) fail(metric, field, zeroIsEmpty ? 'EMPTY' : 'OUT_OF_RANGE', expected, value);
  return number;
}

/**
 * A whole number from 0 to 2⁵³ − 1 (`Number.MAX_SAFE_INTEGER`): a count of people, contacts,
 * answers. Larger whole numbers are `OUT_OF_RANGE`: a double cannot count past 2⁵³ one by one,
 * and sums or products of such counts would round or overflow.
 */
export function checkCount(metric: string, field: string, value: unknown): number {
  const expected = 'a whole number from 0 to 2⁵³ − 1';
  const number = checkFinite(metric, field, value, expected);
  if (!Number.isInteger(number)) fail(metric, field, 'NOT_INTEGER', expected, value);
  if (number < 0) fail(metric, field, 'NEGATIVE', expected, value);
  if (number > Number.MAX_SAFE_INTEGER) fail(metric, field, 'OUT_OF_RANGE', expected, value);
  return number;
}

/** A finite number in the closed range [`min`, `max`]. */
export function checkInRange(metric: string, field: string, value: unknown, min: number, max: number): number {
  const expected = `a number from ${String(min)} to ${String(max)}`;
  const number = checkFinite(metric, field, value, expected);
  if (number < min || number > max) fail(metric, field, 'OUT_OF_RANGE', expected, value);
  return number;
}

/** A whole number in the closed range [`min`, `max`]. */
export function checkIntegerInRange(metric: string, field: string, value: unknown, min: number, max: number): number {
  const expected = `an integer from ${String(min)} to ${String(max)}`;
  const number = checkFinite(metric, field, value, expected);
  if (!Number.isInteger(number)) fail(metric, field, 'NOT_INTEGER', expected, value);
  if (number < min || number > max) fail(metric, field, 'OUT_OF_RANGE', expected, value);
  return number;
}

/** An object (not `null`, not an array), such as a function's input object. */
export function checkObject(metric: string, field: string, value: unknown): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(metric, field, 'WRONG_TYPE', 'an object', value);
  }
  return value as Readonly<Record<string, unknown>>;
}

/**
 * A formula's named amounts (`clvPurchases(input)`, `erlangC(input)`): a plain object (as
 * options are: `WRONG_TYPE` on `field` for a Date, an array, a Map) whose every own key is one
 * of `keys` (`UNKNOWN_VALUE` on `field.key` otherwise), so a typo in an optional field
 * (`grossMarginRat`) cannot silently change a result. Summaries stay lax (warehouse rows carry
 * key columns); amounts are not rows.
 */
export function checkAmounts(metric: string, field: string, value: unknown, keys: readonly string[]): Readonly<Record<string, unknown>> {
  if (!isPlainObject(value)) fail(metric, field, 'WRONG_TYPE', 'a plain object', value);
  const object = value;
  for (const key of Object.keys(object)) {
    if (!keys.includes(key)) {
      fail(metric, `${field}.${key}`, 'UNKNOWN_VALUE', `a field of ${field}, one of ${keys.map((name) => `'${name}'`).join(', ')}`, key);
    }
  }
  return object;
}

/** Whether `value` is a plain object: `{…}` or `Object.create(null)`, not a Date, a Map, an array or a class instance. */
export function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Options are optional: `undefined` reads as `{}`; anything else must be a plain object
 * (`WRONG_TYPE` on `field`: a Date, an array or a Map is not read as "no options") whose every
 * own key is one of `keys` (`UNKNOWN_VALUE` on `field.key` otherwise, so that a typo such as
 * `promotorsFrom` cannot silently leave a default in place).
 */
export function checkOptions(
  metric: string,
  options: unknown,
  keys: readonly string[],
  field = 'options',
): Readonly<Record<string, unknown>> {
  if (options === undefined) return {};
  if (!isPlainObject(options)) fail(metric, field, 'WRONG_TYPE', 'a plain object of options', options);
  for (const key of Object.keys(options)) {
    if (!keys.includes(key)) {
      const accepted = keys.length === 0 ? 'no option' : `one of ${keys.map((name) => `'${name}'`).join(', ')}`;
      fail(metric, `${field}.${key}`, 'UNKNOWN_VALUE', `an option key, ${accepted}`, key);
    }
  }
  return options;
}

/**
 * The options among `keys` of an options object already checked by the caller, for a function it
 * calls with part of them (`npsInterval` passing the class breaks on to `npsSummary`).
 */
export function pickOptions<T>(options: T, keys: readonly string[]): T {
  if (!isPlainObject(options)) return options;
  const picked: Record<string, unknown> = {};
  for (const key of keys) if (options[key] !== undefined) picked[key] = options[key];
  return picked as T;
}

/** Options that must be given (they hold a required field): {@link checkOptions}, but `undefined` is `WRONG_TYPE`. */
export function checkRequiredOptions(
  metric: string,
  options: unknown,
  keys: readonly string[],
  field = 'options',
): Readonly<Record<string, unknown>> {
  if (options === undefined) {
    // Required because it holds a required field: list the keys, so the message says what to pass.
    fail(metric, field, 'WRONG_TYPE', `a plain object (keys: ${keys.join(', ')})`, options);
  }
  return checkOptions(metric, options, keys, field);
}
