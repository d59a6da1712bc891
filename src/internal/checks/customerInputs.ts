import { checkAmounts, checkCount, checkFinite, fail } from './validate.js';

/** Customers at the start of a period and how many of them were still customers at its end. */
export interface CheckedRetention {
  readonly customersAtStart: number;
  /** Customers of the start base still there at the end: `customersAtEnd − newCustomers`. */
  readonly retained: number;
}

/**
 * Validates `{ customersAtStart, customersAtEnd, newCustomers }` of the input named `field`
 * (each a whole number ≥ 0, named `${field}.customersAtStart`…) and returns the start count and
 * the retained count CE − CN.
 *
 * - `EMPTY` on `${field}.customersAtStart` when it is 0 (no base to retain);
 * - `INCONSISTENT` on `${field}.newCustomers` when it exceeds `customersAtEnd`;
 * - `INCONSISTENT` on `${field}.customersAtEnd` when CE − CN exceeds `customersAtStart`.
 */
export function checkRetentionCounts(
  metric: string,
  field: string,
  object: Readonly<Record<string, unknown>>,
): CheckedRetention {
  const customersAtStart = checkCount(metric, `${field}.customersAtStart`, object['customersAtStart']);
  const customersAtEnd = checkCount(metric, `${field}.customersAtEnd`, object['customersAtEnd']);
  const newCustomers = checkCount(metric, `${field}.newCustomers`, object['newCustomers']);
  if (customersAtStart === 0) {
    fail(metric, `${field}.customersAtStart`, 'EMPTY', 'at least 1 (no customers at the start of the period)', customersAtStart);
  }
  if (newCustomers > customersAtEnd) {
    fail(metric, `${field}.newCustomers`, 'INCONSISTENT', `at most customersAtEnd (${String(customersAtEnd)})`, newCustomers);
  }
  // Rounding is monotone, so for exact integer inputs CE − CN ≤ CS holds in floating point
  // exactly when it holds in the integers.
  const retained = customersAtEnd - newCustomers;
  if (retained > customersAtStart) {
    fail(
      metric,
      `${field}.customersAtEnd`,
      'INCONSISTENT',
      `at most customersAtStart + newCustomers (${String(customersAtStart)} + ${String(newCustomers)}): more customers remain than were there at the start`,
      customersAtEnd,
    );
  }
  return { customersAtStart, retained };
}

/** The inputs shared by the discounted CLV models, validated. */
export interface CheckedClvTerms {
  readonly margin: number;
  readonly retention: number;
  readonly discount: number;
}

const FRACTION = 'a fraction from 0 to 1 (0.1 for 10 %)';

/**
 * A rate supplied to a formula as a fraction 0–1 (`OUT_OF_RANGE` outside it, which also
 * catches a percentage such as 10 given for 10 %).
 */
export function checkFraction(metric: string, field: string, value: unknown): number {
  const number = checkFinite(metric, field, value, FRACTION);
  if (number < 0 || number > 1) fail(metric, field, 'OUT_OF_RANGE', FRACTION, value);
  return number;
}

/**
 * Validates `{ marginPerPeriod, retentionProbability, discountRate }` of the input named `field`
 * (errors name `${field}.discountRate`…), the terms of the Gupta–Lehmann models: a finite margin
 * of either sign, and two fractions 0–1.
 */
export function checkClvTerms(metric: string, field: string, object: Readonly<Record<string, unknown>>): CheckedClvTerms {
  return {
    margin: checkFinite(metric, `${field}.marginPerPeriod`, object['marginPerPeriod']),
    retention: checkFraction(metric, `${field}.retentionProbability`, object['retentionProbability']),
    discount: checkFraction(metric, `${field}.discountRate`, object['discountRate']),
  };
}

/** The input object of a function: `WRONG_TYPE` on `input` when it is not one, `UNKNOWN_VALUE` for a key not in `keys`. */
export function checkInput(metric: string, input: unknown, keys: readonly string[]): Readonly<Record<string, unknown>> {
  return checkAmounts(metric, 'input', input, keys);
}

/**
 * Returns a computed value if it is finite; inputs that are each valid can still multiply past
 * the largest double, which is `OUT_OF_RANGE` on `input` rather than an `Infinity`.
 */
export function finiteResult(metric: string, value: number, input: unknown): number {
  if (!Number.isFinite(value)) {
    fail(metric, 'input', 'OUT_OF_RANGE', 'values whose result is a finite number (the result overflows)', input);
  }
  // Normalise −0 (a zero result with a negative margin) to 0.
  return value + 0;
}
