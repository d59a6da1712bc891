import { checkAmounts, checkCount, checkOptions, checkPositive, fail } from '../internal/checks/validate.js';
import type { FromWarehouse } from '../types.js';

/** The input of {@link complaintRate}: a period's complaints and customer base. @category Operations */
export interface ComplaintRateInput {
  /** Complaints received in the period: a whole number ≥ 0. */
  readonly complaints: number;
  /** The customer base (customers, accounts, policies in force), at period end or averaged, so maybe fractional: > 0. */
  readonly customers: number;
}

/** Options of {@link complaintRate}. @category Operations */
export interface ComplaintRateOptions {
  /** The base size the rate is per (1,000; 100,000 for some regulators): > 0. @defaultValue 1000 */
  readonly per?: number;
}

/**
 * Complaint rate: complaints received per 1,000 customers (or any base size), so businesses
 * and periods of different sizes compare. Not a percentage and not bounded: a customer may
 * complain more than once.
 *
 * ## Formula
 * complaint rate = complaints × per / customers, with per = 1,000 by default
 *
 * ## Variants
 * - **Per 1,000 accounts** at period end, as the FCA requires of UK financial firms (Cumberland
 *   Building Society: 1.91 per 1,000 banking accounts); health plans use *average* membership.
 * - **Per 100,000** (UK energy retail): `{ per: 100_000 }`; **per million units sold** (CPMU):
 *   units as `customers`, `{ per: 1_000_000 }`.
 * - **Which complaints**: the FCA leaves out those resolved by the next business day. By
 *   cause: {@link contactMix} over the complaint log.
 *
 * @param input - Complaints and the customer base.
 * @param options - The base size the rate is expressed per.
 * @returns Complaints per `per` customers, ≥ 0.
 * @throws {@link MetricInputError} the common input checks (and a result too large for a
 * number); `EMPTY` when `input.customers` is 0.
 *
 * @example
 * ```ts
 * import { complaintRate } from 'service-metrics';
 *
 * complaintRate({ complaints: 45, customers: 30_000 }); // => 1.5
 * complaintRate({ complaints: 45, customers: 30_000 }, { per: 100_000 }); // => 150
 * ```
 *
 * @see {@link https://www.fca.org.uk/data/complaints-data/aggregate-complaints-data/technical-information | FCA: Complaints data, technical information}
 * @see {@link https://cumberland.co.uk/complaints/data | Cumberland Building Society: complaints data, per 1,000 accounts, with the main cause of complaints}
 * @category Operations
 */
export function complaintRate(input: FromWarehouse<ComplaintRateInput>, options?: ComplaintRateOptions): number {
  const metric = 'complaintRate';
  const object = checkAmounts(metric, 'input', input, ['complaints', 'customers']);
  const complaints = checkCount(metric, 'input.complaints', object['complaints']);
  const customers = checkPositive(metric, 'input.customers', object['customers'], true);
  const { per = 1000 } = checkOptions(metric, options, ['per']);
  const base = checkPositive(metric, 'options.per', per);
  const rate = (complaints * base) / customers;
  // A huge `per` over a tiny base can overflow: report it rather than return Infinity.
  if (!Number.isFinite(rate)) fail(metric, 'options.per', 'OUT_OF_RANGE', 'a base size that keeps complaints × per / customers finite', per);
  return rate;
}
