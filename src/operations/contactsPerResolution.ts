import { checkCount, checkObject, fail } from '../internal/checks/validate.js';

/**
 * The input of {@link contactsPerResolution}: contacts handled for a set of issues, and how
 * many of those issues were resolved.
 *
 * @category Operations
 */
export interface ContactsPerResolutionCounts {
  /**
   * Every contact (call, chat, email, callback) that the issues took, first contacts and
   * repeats alike: a whole number ≥ `resolutions`.
   */
  readonly contacts: number;
  /** Issues resolved: a whole number ≥ 1, each issue counted once. */
  readonly resolutions: number;
}

/**
 * Contacts per resolution: how many contacts it takes, on average, to resolve one issue.
 *
 * ## Formula
 * contacts per resolution = contacts / resolutions
 *
 * A ratio ≥ 1, not a percentage, not rounded: 1 means every issue was resolved in one contact;
 * 1.9 means 19 contacts for every 10 issues. Count both over the same issues (all contacts
 * about the issues resolved in the period), so that every resolution has at least one contact.
 *
 * ## Variants
 * - **Per resolution or per problem raised.** Call Centre Helper's "repeat contact rate"
 *   divides all calls by all problems raised, resolved or not; dividing by resolutions alone
 *   leaves out open issues and their contacts. Use the same set of issues for both counts.
 * - **The inverse.** resolutions / contacts is sometimes reported as a rough first-contact
 *   resolution (1.9 contacts per problem ≈ 53 %, Call Centre Helper). It is the share of
 *   contacts that ended their issue: the per-contact FCR of
 *   {@link firstContactResolution} when every issue is resolved and each of its contacts
 *   falls within the repeat window of the one before. The share of *issues* solved in a single
 *   contact is a different number; see {@link firstContactResolutionFromSummary}.
 * - **Cost per resolution** multiplies this by the cost per contact (see {@link costPerTicket}
 *   for a cost per resolved ticket).
 *
 * @param counts - Contacts and resolutions, whole numbers.
 * @returns The contacts per resolution, ≥ 1.
 * @throws {@link MetricInputError} `WRONG_TYPE`, `NOT_FINITE`, `NOT_INTEGER`, `NEGATIVE` or
 * `OUT_OF_RANGE` for a count that is not a whole number from 0 to 2⁵³ − 1 (`counts.contacts`,
 * `counts.resolutions`); `INCONSISTENT` (`counts.resolutions`) when it exceeds `contacts` (a
 * resolution without a contact); `EMPTY` (`counts.resolutions`) when it is 0; `WRONG_TYPE`
 * (`counts`) when the input is not an object.
 *
 * @example
 * ```ts
 * import { contactsPerResolution } from 'service-metrics';
 *
 * // Call Centre Helper's example: 1.9 calls per problem.
 * contactsPerResolution({ contacts: 1900, resolutions: 1000 }); // => 1.9
 * contactsPerResolution({ contacts: 12, resolutions: 12 }); // => 1
 * contactsPerResolution({ contacts: 5, resolutions: 0 }); // => throws EMPTY
 * ```
 *
 * @see {@link https://www.callcentrehelper.com/forum/formula-to-calculate-the-call-resolution-111044.htm | Call Centre Helper: Formula to calculate the call resolution (calls per problem)}
 * @category Operations
 */
export function contactsPerResolution(counts: ContactsPerResolutionCounts): number {
  const metric = 'contactsPerResolution';
  const object = checkObject(metric, 'counts', counts);
  const contacts = checkCount(metric, 'counts.contacts', object['contacts']);
  const resolutions = checkCount(metric, 'counts.resolutions', object['resolutions']);
  if (resolutions > contacts) {
    fail(metric, 'counts.resolutions', 'INCONSISTENT', `at most contacts (${String(contacts)}): every resolution takes a contact`, resolutions);
  }
  if (resolutions === 0) fail(metric, 'counts.resolutions', 'EMPTY', 'at least 1 resolution', resolutions);
  return contacts / resolutions;
}
