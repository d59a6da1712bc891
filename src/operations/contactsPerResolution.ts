import { checkAmounts, checkCount, fail } from '../internal/checks/validate.js';
import type { FromWarehouse } from '../types.js';

/** The input of {@link contactsPerResolution}: contacts taken by a set of issues, and those resolved. @category Operations */
export interface ContactsPerResolutionCounts {
  /** Every contact the issues took, first contacts and repeats: a whole number ≥ `resolutions`. */
  readonly contacts: number;
  /** Issues resolved, each counted once: a whole number ≥ 1. */
  readonly resolutions: number;
}

/**
 * Contacts per resolution: how many contacts it takes, on average, to resolve one issue.
 *
 * ## Formula
 * contacts per resolution = contacts / resolutions
 *
 * A ratio ≥ 1: 1 means every issue took one contact; 1.9 means 19 contacts per 10 issues. Count
 * both over the same issues.
 *
 * ## Variants
 * - **Per problem raised**: Call Centre Helper's "repeat contact rate" divides all calls by all
 *   problems, resolved or not.
 * - **The inverse**, resolutions / contacts, is sometimes called a rough FCR (1.9 → 53 %): the
 *   per-contact {@link firstContactResolution} when every issue is resolved within the repeat
 *   window. The share of *issues* solved in one contact differs:
 *   {@link firstContactResolutionFromSummary}.
 * - **Cost per resolution** multiplies this by the cost per contact (see {@link costPerTicket}).
 *
 * @param counts - Contacts and resolutions.
 * @returns The contacts per resolution, ≥ 1.
 * @throws {@link MetricInputError} the common input checks; `INCONSISTENT` when
 * `counts.resolutions` > `contacts`; `EMPTY` when `counts.resolutions` is 0.
 *
 * @example
 * ```ts
 * import { contactsPerResolution } from 'service-metrics';
 *
 * // Call Centre Helper's example: 1.9 calls per problem.
 * contactsPerResolution({ contacts: 1900, resolutions: 1000 }); // => 1.9
 * ```
 *
 * @see {@link https://www.callcentrehelper.com/forum/formula-to-calculate-the-call-resolution-111044.htm | Call Centre Helper: Formula to calculate the call resolution (calls per problem)}
 * @category Operations
 */
export function contactsPerResolution(counts: FromWarehouse<ContactsPerResolutionCounts>): number {
  const metric = 'contactsPerResolution';
  const object = checkAmounts(metric, 'counts', counts, ['contacts', 'resolutions']);
  const contacts = checkCount(metric, 'counts.contacts', object['contacts']);
  const resolutions = checkCount(metric, 'counts.resolutions', object['resolutions']);
  if (resolutions > contacts) {
    fail(metric, 'counts.resolutions', 'INCONSISTENT', `at most contacts (${String(contacts)}): every resolution takes a contact`, resolutions);
  }
  if (resolutions === 0) fail(metric, 'counts.resolutions', 'EMPTY', 'at least 1 resolution', resolutions);
  return contacts / resolutions;
}
