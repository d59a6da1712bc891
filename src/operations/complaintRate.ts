import { checkCount, checkObject, checkOptions, checkPositive, fail } from '../internal/checks/validate.js';

/**
 * The input of {@link complaintRate}: complaints received in a period and the customer base
 * they came from.
 *
 * @category Operations
 */
export interface ComplaintRateInput {
  /** Complaints received in the period: a whole number ≥ 0. */
  readonly complaints: number;
  /**
   * The customer base of the same period: customers, accounts or policies in force, at the end
   * of the period or on average over it (so it may be fractional). A finite number > 0.
   */
  readonly customers: number;
}

/**
 * Options of {@link complaintRate}.
 *
 * @category Operations
 */
export interface ComplaintRateOptions {
  /**
   * The size of the base the rate is expressed per: 1,000 for "complaints per 1,000
   * customers", 100,000 for the per-100,000 figures some regulators publish. A finite number
   * above 0.
   * @defaultValue 1000
   */
  readonly per?: number;
}

/**
 * Complaint rate: complaints received per 1,000 customers (or per any base size), so that
 * businesses and periods of different sizes compare.
 *
 * ## Formula
 * complaint rate = complaints × per / customers, with per = 1,000 by default
 *
 * Not a percentage and not bounded above: a customer may complain more than once. Not rounded.
 *
 * ## Variants
 * - **Per 1,000 accounts or customers.** UK financial firms publish complaints per 1,000
 *   accounts (or policies in force, or balances outstanding) at the end of the reporting
 *   period, as the FCA's complaints rules require (for example, Cumberland Building Society:
 *   1.91 complaints per 1,000 banking accounts). Health plans divide by the *average*
 *   membership of the period instead. Give whichever base a report uses as `customers`.
 * - **Per 100,000** (energy retail in the UK, for example): `{ per: 100_000 }`.
 * - **Per million units sold** (CPMU, in manufacturing): units as `customers`,
 *   `{ per: 1_000_000 }`.
 * - **Which complaints.** Regulators' counts may leave some out (the FCA does not require
 *   firms to report complaints resolved by the end of the next business day); complaints by
 *   cause are a tally: {@link contactMix} over the complaint log, grouped by cause, gives each
 *   cause's count and share.
 *
 * @param input - Complaints (a whole number) and the customer base (a number > 0).
 * @param options - The base size the rate is expressed per.
 * @returns Complaints per `per` customers, ≥ 0.
 * @throws {@link MetricInputError} `WRONG_TYPE`, `NOT_FINITE`, `NOT_INTEGER`, `NEGATIVE` or
 * `OUT_OF_RANGE` for an `input.complaints` that is not a whole number from 0 to 2⁵³ − 1;
 * `WRONG_TYPE`, `NOT_FINITE` or `NEGATIVE` for an `input.customers` that is not a finite number
 * ≥ 0, and `EMPTY` when it is 0; `WRONG_TYPE`, `NOT_FINITE`, `NEGATIVE` or `OUT_OF_RANGE` for an
 * `options.per` that is not a number above 0; `OUT_OF_RANGE` when the result is too large for a
 * number; `WRONG_TYPE` (`input`) when the input is not an object.
 *
 * @example
 * ```ts
 * import { complaintRate, contactMix } from 'service-metrics';
 *
 * complaintRate({ complaints: 45, customers: 30_000 }); // => 1.5
 * complaintRate({ complaints: 45, customers: 30_000 }, { per: 100_000 }); // => 150
 * complaintRate({ complaints: 3, customers: 0 }); // => throws EMPTY
 *
 * // Complaints by cause: a tally of the complaint log.
 * const complaints = [
 *   { cause: 'billing', resolved: true },
 *   { cause: 'billing', resolved: false },
 *   { cause: 'delivery', resolved: true },
 *   { cause: 'billing', resolved: true },
 * ];
 * const byCause = contactMix(complaints, { by: (c) => c.cause, resolved: (c) => c.resolved });
 * byCause.groups['billing']?.contacts; // => 3
 * byCause.groups['billing']?.share; // => 75
 * byCause.groups['billing']?.resolutionRate; // => 66.67
 * ```
 *
 * @see {@link https://www.fca.org.uk/data/complaints-data/aggregate-complaints-data/technical-information | FCA: Complaints data, technical information}
 * @see {@link https://cumberland.co.uk/complaints/data | Cumberland Building Society: complaints data, per 1,000 accounts, with the main cause of complaints}
 * @category Operations
 */
export function complaintRate(input: ComplaintRateInput, options?: ComplaintRateOptions): number {
  const metric = 'complaintRate';
  const object = checkObject(metric, 'input', input);
  const complaints = checkCount(metric, 'input.complaints', object['complaints']);
  const customers = checkPositive(metric, 'input.customers', object['customers'], true);
  const { per = 1000 } = checkOptions(metric, options, ['per']);
  const base = checkPositive(metric, 'options.per', per);
  const rate = (complaints * base) / customers;
  // A huge `per` over a tiny base can overflow: report it rather than return Infinity.
  if (!Number.isFinite(rate)) fail(metric, 'options.per', 'OUT_OF_RANGE', 'a base size that keeps complaints × per / customers finite', per);
  return rate;
}
