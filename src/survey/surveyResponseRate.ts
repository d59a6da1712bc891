import { checkAmounts, checkCount, fail } from '../internal/checks/validate.js';
import type { FromWarehouse } from '../types.js';

/** How many survey invitations went out and how many came back. @category Survey */
export interface SurveyResponseCounts {
  /** Responses received: completed surveys only (AAPOR's RR1) or with partials (RR2); say which. */
  readonly responses: number;
  /** Survey invitations sent, a whole number ≥ 0 (emails, SMS, post-call IVR offers). */
  readonly surveysSent: number;
  /** Invitations that could not reach anyone (bounces), at most `surveysSent`; out of the denominator. @defaultValue 0 */
  readonly undeliverable?: number;
}

/**
 * Survey response rate: the percentage of survey invitations that were answered.
 *
 * ## Formula
 * response rate = 100 × responses / (surveysSent − undeliverable), a percentage in 0–100, not rounded.
 *
 * ## Variants
 * AAPOR's RR1–RR6 over dispositions complete (I), partial (P), refusal (R), non-contact (NC), other (O), unknown
 * (UH, UO): RR1 = I / ((I + P) + (R + NC + O) + (UH + UO)), the strictest; RR2 counts partials; RR3/RR4 count a share
 * e of the unknowns; RR5/RR6 leave them out. With completed surveys this is RR1 (with partials, RR2). Removing
 * undeliverables treats them as ineligible: leave it 0 unless a bounce proves that.
 *
 * @param counts - Responses, invitations sent and, optionally, undeliverable invitations.
 * @returns The response rate, 0–100.
 * @throws {@link MetricInputError} the common input checks; `EMPTY` when no invitation was delivered;
 * `INCONSISTENT` for more undeliverable than sent, or more responses than delivered.
 * @example
 * ```ts
 * import { surveyResponseRate } from 'service-metrics';
 * surveyResponseRate({ responses: 150, surveysSent: 1000, undeliverable: 40 }); // => 15.63
 * ```
 * @see The American Association for Public Opinion Research (2015). *Standard Definitions:
 * Final Dispositions of Case Codes and Outcome Rates for Surveys* (8th ed.), "Response rates".
 * AAPOR. Later editions keep RR1–RR6.
 * @see {@link https://aapor.org/standards-and-ethics/standard-definitions/ | AAPOR: Standard Definitions}
 * @category Survey
 */
export function surveyResponseRate(counts: FromWarehouse<SurveyResponseCounts>): number {
  const metric = 'surveyResponseRate';
  const object = checkAmounts(metric, 'counts', counts, ['surveysSent', 'responses', 'undeliverable']);
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
