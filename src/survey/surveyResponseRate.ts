import { checkCount, checkObject, fail } from '../internal/checks/validate.js';

/**
 * How many survey invitations went out and how many came back.
 *
 * @category Survey
 */
export interface SurveyResponseCounts {
  /**
   * Responses received, a whole number ≥ 0. Count completed surveys only for the strictest rate
   * (AAPOR's RR1), or completed and partial ones (RR2); say which in the report.
   */
  readonly responses: number;
  /** Survey invitations sent, a whole number ≥ 0 (emails, SMS, post-call IVR offers). */
  readonly surveysSent: number;
  /**
   * Invitations that could not reach anyone (bounced emails, invalid numbers), a whole number
   * from 0 to `surveysSent`, taken out of the denominator.
   * @defaultValue 0
   */
  readonly undeliverable?: number;
}

/**
 * Survey response rate: the percentage of survey invitations that were answered.
 *
 * ## Formula
 * response rate = 100 × responses / (surveysSent − undeliverable)
 *
 * The result is a percentage in 0–100 and is not rounded. More responses than delivered
 * invitations is a data error (`INCONSISTENT`), never a rate above 100 %.
 *
 * ## Variants
 * The American Association for Public Opinion Research (AAPOR) defines six response rates,
 * RR1 to RR6, for surveys whose cases are classified by final disposition: complete (I),
 * partial (P), refusal and break-off (R), non-contact (NC), other (O), and unknown eligibility
 * (UH, UO). RR1 = I / ((I + P) + (R + NC + O) + (UH + UO)) is the most conservative; RR2
 * counts partials as responses; RR3 and RR4 count only an estimated share e of the unknown
 * cases; RR5 and RR6 leave the unknown cases out.
 *
 * This function is the simple rate of customer-feedback tools. With completed surveys as
 * `responses` and every delivered invitation in the denominator (a delivered invitation that
 * was not answered is a non-contact or a refusal, one whose fate is unknown stays in), it is
 * AAPOR's RR1; with partial surveys counted as responses, RR2. Removing undeliverable
 * invitations treats them as not eligible, as AAPOR allows only for cases known to be
 * ineligible: leave `undeliverable` at 0 when a bounce does not prove that.
 *
 * @param counts - Responses, invitations sent and, optionally, undeliverable invitations.
 * @returns The response rate, 0–100.
 * @throws {@link MetricInputError} `EMPTY` when no invitation was delivered; `WRONG_TYPE`,
 * `NOT_FINITE`, `NOT_INTEGER`, `NEGATIVE` or `OUT_OF_RANGE` for a count that is not a whole number
 * from 0 to 2⁵³ − 1; `INCONSISTENT` for more undeliverable invitations than sent, or more responses
 * than delivered invitations.
 *
 * @example
 * ```ts
 * import { surveyResponseRate } from 'service-metrics';
 *
 * surveyResponseRate({ responses: 150, surveysSent: 1000 }); // => 15
 * surveyResponseRate({ responses: 150, surveysSent: 1000, undeliverable: 40 }); // => 15.63
 * surveyResponseRate({ responses: 12, surveysSent: 10 }); // => throws INCONSISTENT
 * ```
 *
 * @see The American Association for Public Opinion Research (2015). *Standard Definitions:
 * Final Dispositions of Case Codes and Outcome Rates for Surveys* (8th ed.), "Response rates".
 * AAPOR. Later editions keep RR1–RR6.
 * @see {@link https://aapor.org/standards-and-ethics/standard-definitions/ | AAPOR: Standard Definitions}
 * @category Survey
 */
export function surveyResponseRate(counts: SurveyResponseCounts): number {
  const metric = 'surveyResponseRate';
  const object = checkObject(metric, 'counts', counts);
  const responses = checkCount(metric, 'counts.responses', object['responses']);
  const surveysSent = checkCount(metric, 'counts.surveysSent', object['surveysSent']);
  const undeliverable =
    object['undeliverable'] === undefined ? 0 : checkCount(metric, 'counts.undeliverable', object['undeliverable']);
  if (undeliverable > surveysSent) {
    fail(metric, 'counts.undeliverable', 'INCONSISTENT', `at most surveysSent (${String(surveysSent)})`, undeliverable);
  }
  const delivered = surveysSent - undeliverable;
  if (delivered === 0) {
    fail(metric, 'counts.surveysSent', 'EMPTY', 'at least one delivered invitation', surveysSent);
  }
  if (responses > delivered) {
    fail(
      metric,
      'counts.responses',
      'INCONSISTENT',
      `at most the delivered invitations (surveysSent − undeliverable = ${String(delivered)})`,
      responses,
    );
  }
  // Whole numbers: 100 × responses and the difference are exact, so the one division rounds once.
  return (100 * responses) / delivered;
}
