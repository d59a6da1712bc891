/**
 * The stable reason a {@link MetricInputError} was thrown; codes never change meaning, so
 * callers may branch on them.
 *
 * | code | meaning |
 * | --- | --- |
 * | `EMPTY` | nothing to compute over: no answers, zero contacts offered, no customers at start |
 * | `WRONG_TYPE` | a value of the wrong type, such as the string `"7"` where a number belongs, or options that are not a plain object |
 * | `NOT_FINITE` | `NaN`, `Infinity` or `-Infinity` |
 * | `NEGATIVE` | a negative count, duration or amount |
 * | `NOT_INTEGER` | a fractional count or score where only whole numbers make sense |
 * | `OUT_OF_RANGE` | outside the allowed range: 11 on a 0–10 scale, a count past 2⁵³ − 1, a result that would overflow |
 * | `UNKNOWN_VALUE` | a name, label or option key that is not one of the allowed ones |
 * | `INCONSISTENT` | values that contradict each other, such as more new customers than customers at the end |
 * | `UNSTABLE` | a queue that can never keep up: no more agents than offered traffic |
 *
 * **The common input checks** are `WRONG_TYPE` to `UNKNOWN_VALUE`: each parameter is checked
 * against the type and range its `@param` (or its type's field) documents. A `@throws` cites
 * them by that phrase and names only what is specific to it: `EMPTY`, `INCONSISTENT`, `UNSTABLE`.
 *
 * @category Errors
 */
export type MetricInputErrorCode =
  | 'EMPTY'
  | 'WRONG_TYPE'
  | 'NOT_FINITE'
  | 'NEGATIVE'
  | 'NOT_INTEGER'
  | 'OUT_OF_RANGE'
  | 'UNKNOWN_VALUE'
  | 'INCONSISTENT'
  | 'UNSTABLE';

/** What a {@link MetricInputError} is built from. @category Errors */
export interface MetricInputErrorDetails {
  /** The exported function that rejected its input, such as `"nps"`. */
  readonly metric: string;
  /** The input at fault, as a path from the parameter's name: `"scores[3]"`, `"options.scaleMax"`. */
  readonly field: string;
  /** The stable reason. */
  readonly code: MetricInputErrorCode;
  /** What the field must be, completing "`field` must be …", such as `"an integer from 0 to 10"`. */
  readonly expected: string;
  /** The offending value, kept as received. */
  readonly received: unknown;
}

/**
 * The one error every function of the library throws for bad input. Its message starts with the
 * function's name and says what was received and what was expected
 * (`nps: scores[3] must be an integer from 0 to 10; received 11`); its fields let a program
 * react without parsing the message.
 *
 * @example
 * ```ts
 * import { nps, MetricInputError } from 'service-metrics';
 *
 * try {
 *   nps([10, 9, 11]);
 * } catch (error) {
 *   if (error instanceof MetricInputError) {
 *     error.code; // => 'OUT_OF_RANGE'
 *     error.field; // => 'scores[2]'
 *   }
 * }
 * ```
 *
 * @category Errors
 */
export class MetricInputError extends Error {
  /** Always `"MetricInputError"`, also after minification. */
  override readonly name = 'MetricInputError';
  /** The exported function that rejected its input, such as `"nps"`. */
  readonly metric: string;
  /** The input at fault, as a path from the parameter's name: `"scores[3]"`, `"options.scaleMax"`. */
  readonly field: string;
  /** The stable reason; see {@link MetricInputErrorCode}. */
  readonly code: MetricInputErrorCode;
  /** What the field must be, such as `"an integer from 0 to 10"`. */
  readonly expected: string;
  /** The offending value, kept as received. */
  readonly received: unknown;

  constructor(details: MetricInputErrorDetails) {
    super(
      `${details.metric}: ${details.field} must be ${details.expected}; received ${describeValue(details.received)}`,
    );
    this.metric = details.metric;
    this.field = details.field;
    this.code = details.code;
    this.expected = details.expected;
    this.received = details.received;
  }
}

/** A received value for a message, naming its type unless a number: `"9" (a string)`, `9n (a bigint)`, `a Date`. */
function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    return `${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)} (a string)`;
  }
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'bigint') return `${String(value)}n (a bigint)`;
  if (typeof value === 'boolean') return `${String(value)} (a boolean)`;
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return `an array of length ${String(value.length)}`;
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return `${value.toString()} (a symbol)`;
  if (value instanceof Error) return `${article(value.name)} ${value.name}: ${JSON.stringify(value.message.slice(0, 80))}`;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype === null || prototype === Object.prototype) return 'an object';
  const name: unknown = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name !== '' && name !== 'Object' ? `${article(name)} ${name}` : 'an object';
}

/** "an" before a vowel sound as a type name starts (an Int8Array, an Error), "a" otherwise (a Date, a Map). */
function article(name: string): string {
  return /^[AEIOU]/i.test(name) ? 'an' : 'a';
}
